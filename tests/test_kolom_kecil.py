"""Small tables (sakip.kolom._kecil): computed row by row, exactly as the vectorised path.

Up to ``BARIS_KECIL`` rows a column is computed by the scalar function row by
row. Each property computes the same call twice, once that way and once with
the vectorised path forced (``BARIS_KECIL = 0``), and requires the same
result (kind, dtype, name, index, values), the same error or the same reasons.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sakip import PERMENDAGRI_86_2017, PERMENPANRB_88_2021, Arah, MetodeTurun, kolom
from sakip.errors import SakipError

np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")
pl = pytest.importorskip("polars")

from sakip.kolom import _inti, _kecil  # noqa: E402  (after the optional imports)


@contextmanager
def _vektor() -> Iterator[None]:
    """The vectorised path for every size."""
    asli = _inti.BARIS_KECIL
    _inti.BARIS_KECIL = dict.fromkeys(asli, 0)
    try:
        yield
    finally:
        _inti.BARIS_KECIL = asli


def _bentuk(x: Any) -> Any:
    """A result in a comparable form: its kind, dtype, labels and exact values."""
    if isinstance(x, pd.Series):
        nilai = x.tolist() if x.dtype == "category" else kolom.ke_desimal(x)
        return ("pandas", str(x.dtype), x.name, list(x.index), [str(v) for v in nilai])
    if isinstance(x, pl.Series):
        return ("polars", str(x.dtype), x.name, [None if v is None else str(v) for v in x])
    if isinstance(x, kolom.Label):
        return ("Label", x.codes.dtype.str, x.categories, x.codes.tolist())
    if isinstance(x, np.ndarray):
        return (type(x).__name__, x.dtype.str, x.tempat, kolom.ke_desimal(x))
    return (type(x).__name__, getattr(x, "tempat", None), x)


def _hasil(f: Callable[..., Any], *args: Any, **kw: Any) -> Any:
    alasan: dict[int, str] = {}
    if kw.get("errors") == "null":
        kw = {**kw, "alasan": alasan}
    try:
        return _bentuk(f(*args, **kw)), alasan
    except SakipError as e:
        return type(e).__name__, str(e)


def _sama(f: Callable[..., Any], *args: Any, **kw: Any) -> None:
    kecil = _hasil(f, *args, **kw)
    with _vektor():
        besar = _hasil(f, *args, **kw)
    assert kecil == besar


_BACKEND: dict[str, Callable[[list[Any]], Any]] = {
    "list": list,
    "numpy": lambda xs: (
        np.array(xs, dtype=np.int64)
        if None not in xs
        else np.array([np.nan if x is None else x for x in xs], dtype=np.float64)
    ),
    "pandas": lambda xs: pd.Series(
        xs, dtype="Int64", name="r", index=[f"p{i}" for i in range(len(xs))]
    ),
    "polars": lambda xs: pl.Series("r", xs, dtype=pl.Int64),
}

_sel = st.one_of(st.none(), st.integers(-(10**6), 10**12), st.sampled_from([0, 1, 100]))


@settings(max_examples=150, deadline=None)
@given(
    baris=st.lists(st.tuples(_sel, _sel), min_size=0, max_size=16),
    backend=st.sampled_from(sorted(_BACKEND)),
    errors=st.sampled_from(["raise", "null"]),
    rumus=st.sampled_from(["naik", "turun", "rasio", "maks", "persentase", "penyerapan", "sisa"]),
)
def test_kecil_sama_dengan_vektor(
    baris: list[tuple[int | None, int | None]], backend: str, errors: str, rumus: str
) -> None:
    buat = _BACKEND[backend]
    a = buat([x for x, _ in baris])
    b = buat([y for _, y in baris])
    if backend == "pandas":
        b = b.rename("t")
    capaian = ("realisasi", "target")
    fungsi: dict[str, tuple[Callable[..., Any], tuple[str, str], dict[str, Any]]] = {
        "naik": (kolom.capaian, capaian, {}),
        "turun": (kolom.capaian, capaian, {"arah": Arah.TURUN}),
        "rasio": (kolom.capaian, capaian, {"arah": Arah.TURUN, "metode": MetodeTurun.RASIO}),
        "maks": (kolom.capaian, capaian, {"maksimum": 120, "tempat": 1}),
        "persentase": (kolom.persentase, ("pembilang", "penyebut"), {"tempat": 3}),
        "penyerapan": (kolom.penyerapan, ("realisasi", "pagu"), {}),
        "sisa": (kolom.sisa_anggaran, ("pagu", "realisasi"), {}),
    }
    f, (x, y), kw = fungsi[rumus]
    _sama(f, **{x: a, y: b}, errors=errors, **kw)
    _sama(f, **{x: a, y: 7}, errors=errors, **kw)  # a number broadcast over the rows


_persen = st.one_of(
    st.none(),
    st.decimals(min_value=-50, max_value=250, places=2, allow_nan=False),
    st.integers(-5, 150),
)


@settings(max_examples=150, deadline=None)
@given(
    nilai=st.lists(_persen, min_size=1, max_size=12),
    backend=st.sampled_from(["list", "numpy", "pandas", "polars"]),
    errors=st.sampled_from(["raise", "null"]),
    skala=st.sampled_from([PERMENDAGRI_86_2017, PERMENPANRB_88_2021]),
)
def test_predikat_kecil_sama_dengan_vektor(
    nilai: list[Decimal | int | None], backend: str, errors: str, skala: Any
) -> None:
    """Labels of values (and of capaian's own results, which carry their unit)."""
    if backend == "list":
        kol: Any = nilai
    elif backend == "numpy":
        kol = np.array([np.nan if x is None else float(x) for x in nilai])
    elif backend == "pandas":
        kol = pd.Series([np.nan if x is None else float(x) for x in nilai], name="n")
    else:
        kol = pl.Series(
            "n", [None if x is None else Decimal(x) for x in nilai], dtype=pl.Decimal(10, 2)
        )
    _sama(kolom.predikat, skala, kol, errors=errors)
    with _vektor():
        hasil = (
            kolom.capaian(realisasi=kol, target=100)
            if backend != "list"
            else kolom.capaian(realisasi=nilai, target=100)
        )
    _sama(kolom.predikat, skala, hasil, errors=errors)


@pytest.mark.parametrize(
    "kol",
    [
        [Decimal("98.48"), 1.5, "12.5", True, None, 10**31, "98,48", float("nan")],
        np.array([1.5, np.nan, np.inf, 2.0], dtype=np.float32),
        pd.Series([1, None, 3], dtype="Float64"),
        pl.Series([1.25, None, float("nan"), 2.5], dtype=pl.Float32),
        pl.Series([2**64 - 1, 5], dtype=pl.UInt64),
    ],
    ids=["list of mixed cells", "numpy float32", "pandas Float64", "polars Float32", "UInt64"],
)
@pytest.mark.parametrize("errors", ["raise", "null"])
def test_sel_lain_sama_dengan_vektor(kol: Any, errors: str) -> None:
    """Cells the fast checks decline are read as the wrapper reads them, row by row."""
    _sama(kolom.capaian, realisasi=kol, target=4, errors=errors)
    _sama(kolom.efisiensi, capaian=kol, pagu=100, realisasi=50, errors=errors)
    _sama(kolom.predikat, PERMENDAGRI_86_2017, kol, errors=errors)


@pytest.mark.parametrize(
    "kol",
    [
        pd.Series([1, 2], dtype="category"),
        pd.Series([True, False]),
        pl.Series([True, False]),
        np.array(["98.5", "7"]),
        np.ma.MaskedArray([9823, 8827]),
        pd.Series([9823, 8827], dtype="Int64"),
    ],
    ids=["pandas category", "pandas bool", "polars bool", "numpy text", "masked int", "Int64"],
)
def test_dtype_lain_sama_dengan_vektor(kol: Any) -> None:
    """Columns the small path leaves to the vectorised reader: the same refusal or result."""
    _sama(kolom.predikat, PERMENDAGRI_86_2017, kol)
    _sama(kolom.capaian, realisasi=kol, target=4)


def test_tabel_kecil_baris_demi_baris(monkeypatch: pytest.MonkeyPatch) -> None:
    """Up to BARIS_KECIL rows the scalar function computes each row; beyond, the vectorised path."""
    dipanggil: list[int] = []
    asli = _kecil.hasil

    def mata_mata(*args: Any) -> Any:
        dipanggil.append(args[1].n_baris)
        return asli(*args)

    monkeypatch.setattr(_kecil, "hasil", mata_mata)
    banyak = []
    for backend in ("list", "numpy", "pandas", "polars"):
        buat, n = _BACKEND[backend], _inti.BARIS_KECIL[backend]
        kolom.capaian(realisasi=buat([75] * n), target=buat([42] * n))
        kolom.capaian(realisasi=buat([75] * (n + 1)), target=buat([42] * (n + 1)))
        banyak.append(n)
    assert dipanggil == banyak


def test_kesalahan_baris_pertama() -> None:
    """The first bad row's error, its field naming the row, as the vectorised path raises it."""
    with pytest.raises(SakipError, match=r"^target\[1\] must not be 0"):
        kolom.capaian(realisasi=[1, 2, 3], target=[4, 0, -1])
    alasan: dict[int, str] = {}
    assert kolom.capaian(realisasi=[1, 2, 3], target=[4, 0, -1], errors="null", alasan=alasan) == [
        Decimal("25.00"),
        None,
        None,
    ]
    assert sorted(alasan) == [1, 2]
