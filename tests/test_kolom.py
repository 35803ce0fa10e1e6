"""Column API: the same results as the scalar API, element by element, in every kind."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import sakip
from sakip import ATRIBUT_CAPAIAN, PERMENDAGRI_86_2017, Arah, MetodeTurun, kolom

np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")
pl = pytest.importorskip("polars")

pasangan = st.lists(
    st.tuples(st.integers(0, 10**12), st.integers(1, 10**12)), min_size=1, max_size=40
)


def _skalar(r: list[int], t: list[int], **kw: Any) -> list[Decimal]:
    return [sakip.capaian(realisasi=a, target=b, **kw) for a, b in zip(r, t, strict=True)]


@settings(max_examples=60, deadline=None)
@given(
    data=pasangan,
    arah=st.sampled_from([(Arah.NAIK, None), (Arah.TURUN, None), (Arah.TURUN, MetodeTurun.RASIO)]),
)
def test_every_kind_equals_the_scalar_api(
    data: list[tuple[int, int]], arah: tuple[Arah, MetodeTurun | None]
) -> None:
    r = [a for a, _ in data]
    t = [b for _, b in data]
    if arah[1] is MetodeTurun.RASIO:
        r = [max(a, 1) for a in r]
    kw: dict[str, Any] = {"arah": arah[0], "metode": arah[1]}
    expected = _skalar(r, t, **kw)
    assert kolom.capaian(r, t, **kw) == expected
    assert kolom.ke_desimal(kolom.capaian(np.array(r), np.array(t), **kw)) == expected
    assert kolom.ke_desimal(kolom.capaian(pd.Series(r), pd.Series(t), **kw)) == expected
    assert kolom.ke_desimal(kolom.capaian(pl.Series("r", r), pl.Series("t", t), **kw)) == expected


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.decimals(
            min_value=-500, max_value=500, places=2, allow_nan=False, allow_infinity=False
        ),
        min_size=1,
        max_size=30,
    )
)
def test_predikat_column_equals_the_scalar_api(xs: list[Decimal]) -> None:
    for skala in (PERMENDAGRI_86_2017, ATRIBUT_CAPAIAN):
        expected = [skala.predikat(x) for x in xs]
        assert kolom.predikat(skala, xs) == expected
        units = np.array([int(x * 100) for x in xs])
        assert list(kolom.predikat(skala, units)) == expected


def test_ties_and_band_edges() -> None:
    r = [556_479_000, 115, 13_999, 91, 7_599]
    t = [924_000_000, 800, 20_000, 100, 10_000]
    expected = [
        Decimal("60.23"),
        Decimal("14.38"),
        Decimal("70.00"),
        Decimal("91.00"),
        Decimal("75.99"),
    ]
    assert kolom.capaian(r, t) == expected
    assert list(kolom.capaian(np.array(r), np.array(t))) == [6023, 1438, 7000, 9100, 7599]
    assert list(kolom.predikat(PERMENDAGRI_86_2017, np.array([9100, 9099, 7600, 7599]))) == [
        "Sangat Tinggi",
        "Tinggi",
        "Tinggi",
        "Sedang",
    ]


def test_missing_values_stay_missing_in_every_kind() -> None:
    assert kolom.capaian([1, None, 3], [2, 2, None]) == [Decimal("50.00"), None, None]
    hasil = kolom.capaian(np.array([1.0, np.nan, 3.0]), np.array([2, 2, 2]))
    assert list(np.ma.getmaskarray(hasil)) == [False, True, False]
    seri = kolom.capaian(pd.Series([1, None, 3], dtype="Int64"), pd.Series([2, 2, 2]))
    assert seri.isna().tolist() == [False, True, False]
    assert kolom.banyak_hilang(seri) == 1
    polar = kolom.capaian(pl.Series("r", [1, None, 3]), pl.Series("t", [2, 2, 2]))
    assert polar.null_count() == 1
    assert polar.name == "r"


def test_pandas_keeps_index_and_name() -> None:
    r = pd.Series([75, 6], index=["iku2-2023", "x"], name="realisasi")
    hasil = kolom.capaian(r, pd.Series([42, 8], index=["iku2-2023", "x"]))
    assert hasil.index.tolist() == ["iku2-2023", "x"]
    assert hasil.name == "realisasi"
    assert str(hasil.dtype) == "Int64"


def test_no_silent_int64_overflow() -> None:
    besar = np.array([10**16, 3 * 10**16], dtype=np.int64)  # a whole national budget
    pagu = np.array([3 * 10**16, 3 * 10**16], dtype=np.int64)
    hasil = kolom.penyerapan(besar, pagu)
    assert kolom.ke_desimal(hasil) == [Decimal("33.33"), Decimal("100.00")]
    assert kolom.capaian([10**17], [3]) == [sakip.capaian(realisasi=10**17, target=3)]


def test_bad_values_raise_or_become_missing_with_a_reason() -> None:
    with pytest.raises(sakip.NotComputableError):
        kolom.penyerapan([1, 2], [0, 4])
    alasan: dict[int, str] = {}
    hasil = kolom.penyerapan(np.array([1, 2]), np.array([0, 4]), galat="kosong", alasan=alasan)
    assert list(np.ma.getmaskarray(hasil)) == [True, False]
    assert "pagu must not be 0" in alasan[0]
    with pytest.raises(sakip.InvalidValueError):
        kolom.sisa_anggaran([-1], [0])
    with pytest.raises(sakip.InvalidValueError, match="galat"):
        kolom.capaian([1], [1], galat="abaikan")  # type: ignore[arg-type]


def test_other_columns() -> None:
    assert kolom.persentase([1], [3], tempat=4) == [Decimal("33.3333")]
    assert kolom.efisiensi([179], [93_568_000], [92_944_034], maksimum_capaian=100) == [
        Decimal("0.67")
    ]
    assert kolom.sisa_anggaran([10], [3]) == [Decimal(7)]
    assert list(kolom.penyerapan(pl.Series("r", [1]), pl.Series("p", [4]))) == [2500]


def test_lengths_and_kinds_are_checked() -> None:
    with pytest.raises(sakip.InvalidValueError, match="same length"):
        kolom.capaian([1, 2], [1])
    with pytest.raises(sakip.InvalidTypeError):
        kolom.capaian({1, 2}, [1, 2])


def test_import_sakip_does_not_import_the_backends() -> None:
    kode = "import sys, sakip, sakip.kolom; print(sorted(m for m in ('numpy', 'pandas', 'polars') if m in sys.modules))"
    hasil = subprocess.run(
        [sys.executable, "-c", kode], capture_output=True, text=True, check=True
    )
    assert hasil.stdout.strip() == "[]"
