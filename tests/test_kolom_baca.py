"""kolom.baca: a column of Indonesian text read by exactly sakip.angka.baca's rule, in every kind."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import sakip
from sakip import PERMENDAGRI_86_2017, kolom
from sakip.angka import baca as baca_satu
from sakip.kolom import _baca
from sakip.kolom._inti import tempat_desimal

np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")
pl = pytest.importorskip("polars")

PEMISAH = [None, ",", "."]


def _ribuan(n: int) -> str:
    return f"{n:,}".replace(",", ".")


@st.composite
def _tulisan(draw: Any) -> str:
    """A number as the reports print it (mostly), or a near miss."""
    n = draw(st.integers(0, 10**32))
    bentuk = draw(
        st.sampled_from(["polos", "ribuan", "koma", "ribuan_koma", "titik", "rp", "kurung"])
    )
    pecahan = draw(st.text("0123456789", min_size=1, max_size=32))
    teks = {
        "polos": str(n),
        "ribuan": _ribuan(n),
        "koma": f"{n},{pecahan}",
        "ribuan_koma": f"{_ribuan(n)},{pecahan}",
        "titik": f"{n}.{pecahan}",
        "rp": f"Rp {_ribuan(n)},-",
        "kurung": f"({_ribuan(n)})",
    }[bentuk]
    if draw(st.booleans()):
        teks = "-" + teks
    if draw(st.booleans()):
        teks += "%"
    return teks


_TEKS = st.one_of(
    _tulisan(),
    st.text("0123456789.,%-+() Rp\x00٣", max_size=14),
    st.sampled_from(["", "-", " ", "–", "1.500", "0,5", "007", "-0", "-0,00", "1.500,00"]),
)


def _harap(teks: str, pemisah: str | None, kosong: int | None) -> Decimal | sakip.SakipError:
    """One cell as sakip.angka.baca reads it, within sakip's limits (the oracle)."""
    try:
        d = baca_satu(teks, pemisah_desimal=pemisah, kosong=kosong)  # type: ignore[arg-type]
        sakip.bulatkan(d, 0)  # within sakip's limits, as every column function reads it
    except sakip.SakipError as e:
        return e
    return d


# -- the bulk reading of the common shapes is baca's ------------------------------------------


@settings(max_examples=1500, deadline=None)
@given(teks=_TEKS, pemisah=st.sampled_from(PEMISAH))
@example(teks="1.500", pemisah=None)
@example(teks="1.500", pemisah=",")
@example(teks="٣", pemisah=None)
@example(teks="9" * 30 + ",5", pemisah=None)
@example(teks="-0", pemisah=None)
def test_a_common_shape_is_written_as_the_decimal_baca_reads(
    teks: str, pemisah: str | None
) -> None:
    (polos,) = _baca.polos([teks], pemisah)
    if polos is None:
        return
    harap = baca_satu(teks, pemisah_desimal=pemisah)  # type: ignore[arg-type]
    d = Decimal(polos)
    assert d.as_tuple() == harap.as_tuple()  # the same value, sign and places
    assert sakip.bulatkan(d, 0) is not None  # and within sakip's limits


@settings(max_examples=300, deadline=None)
@given(sel=st.lists(_TEKS, max_size=12), pemisah=st.sampled_from(PEMISAH))
def test_a_block_is_read_as_its_cells_are(sel: list[str], pemisah: str | None) -> None:
    assert _baca.polos(sel, pemisah) == [_baca.polos([s], pemisah)[0] for s in sel]


# -- the whole column against baca, cell by cell ------------------------------------------------


@settings(max_examples=400, deadline=None)
@given(
    sel=st.lists(st.one_of(_TEKS, st.none()), max_size=10),
    pemisah=st.sampled_from(PEMISAH),
    kosong=st.sampled_from([None, 0]),
)
def test_a_column_is_read_as_baca_reads_each_cell(
    sel: list[str | None], pemisah: str | None, kosong: int | None
) -> None:
    harap = [None if x is None else _harap(x, pemisah, kosong) for x in sel]
    alasan: dict[int, str] = {}
    hasil = kolom.baca(sel, pemisah_desimal=pemisah, kosong=kosong, errors="null", alasan=alasan)  # type: ignore[arg-type]
    nilai = [h if isinstance(h, Decimal) else None for h in harap]
    assert [None if d is None else d.as_tuple() for d in hasil] == [
        None if d is None else d.as_tuple() for d in nilai
    ]
    salah = {i: h for i, h in enumerate(harap) if isinstance(h, sakip.SakipError)}
    assert sorted(alasan) == sorted(salah)
    for i, e in salah.items():  # baca's own error, its field the column
        assert alasan[i] == str(
            type(e)(field="kolom", value=e.value, expected=e.expected, rule=e.rule)
        )
    # every other kind gives the same values
    for wadah in _wadah(sel):
        if isinstance(wadah, pl.Series) and _digit_polars(nilai) > 38:
            with pytest.raises(sakip.InvalidValueError, match="38 digits a polars Decimal holds"):
                kolom.baca(wadah, pemisah_desimal=pemisah, kosong=kosong, errors="null")  # type: ignore[arg-type]
            continue
        lain = kolom.baca(wadah, pemisah_desimal=pemisah, kosong=kosong, errors="null")  # type: ignore[arg-type]
        assert kolom.ke_desimal(lain) == nilai
    if salah:
        pertama = min(salah)
        with pytest.raises(sakip.SakipError, match=rf"^kolom\[{pertama}\] "):
            kolom.baca(sel, pemisah_desimal=pemisah, kosong=kosong)  # type: ignore[arg-type]


def _digit_polars(nilai: list[Decimal | None]) -> int:
    """The digits of the largest value at the fewest places that write every value exactly."""
    pecahan = [Fraction(d) for d in nilai if d is not None]
    if not pecahan:
        return 0
    tempat = max(tempat_desimal(p) or 0 for p in pecahan)
    return len(str(max(abs(int(p * 10**tempat)) for p in pecahan)))


def _wadah(sel: list[str | None]) -> list[Any]:
    return [
        tuple(sel),
        np.array(sel, dtype=object),
        pd.Series(sel, dtype=object),
        pd.Series(sel, dtype="string"),
        pl.Series(sel, dtype=pl.String),
    ]


# -- missing values, kinds, rows ---------------------------------------------------------------


@pytest.mark.parametrize(
    "wadah",
    [
        ["98,48%", None, "-"],
        ["98,48%", float("nan"), "-"],
        np.array(["98,48%", None, "-"], dtype=object),
        np.array(["98,48%", float("nan"), "-"], dtype=object),
        np.ma.MaskedArray(np.array(["98,48%", "x", "-"]), mask=[False, True, False]),
        pd.Series(["98,48%", None, "-"], dtype=object),
        pd.Series(["98,48%", pd.NA, "-"], dtype="string"),
        pd.Series(["98,48%", None, "-"], dtype="str"),
        pl.Series(["98,48%", None, "-"]),
    ],
    ids=lambda w: type(w).__name__ + ":" + str(getattr(w, "dtype", "")),
)
def test_missing_cells_are_missing_not_zero(wadah: Any) -> None:
    hasil = kolom.baca(wadah, kosong=0)
    assert kolom.ke_desimal(hasil) == [Decimal("98.48"), None, Decimal("0")]
    assert kolom.banyak_hilang(hasil) == 1
    with pytest.raises(sakip.InvalidValueError, match=r"kolom\[2\] is an empty cell"):
        kolom.baca(wadah)


def test_each_kind_gives_its_natural_exact_column() -> None:
    teks = ["98,48%", "100%", None]
    daftar = kolom.baca(teks)
    assert type(daftar) is list
    assert daftar == [Decimal("98.48"), Decimal("100"), None]  # places as written
    larik = kolom.baca(np.array(teks, dtype=object))
    assert larik.tempat == 2
    assert larik.tolist() == [9848, 10000, None]
    seri = kolom.baca(pd.Series(teks, index=["a", "b", "c"], name="capaian"))
    assert seri.dtype.tempat == 2
    assert list(seri.index) == ["a", "b", "c"]
    assert seri.name == "capaian"
    p = kolom.baca(pl.Series("capaian", teks))
    assert p.name == "capaian"
    assert p.to_list() == [Decimal("98.48"), Decimal("100.00"), None]
    rupiah = kolom.baca(pl.Series(["Rp 1.539.632.000,-", "93.568.000"]))
    assert rupiah.dtype == pl.Int64  # whole Rupiah are their own unit
    # and they go straight into the formulas
    label = kolom.predikat(PERMENDAGRI_86_2017, kolom.baca(pd.Series(["90,99%", "91,00%"])))
    assert label.tolist() == ["Tinggi", "Sangat Tinggi"]


def test_a_long_column_with_a_few_other_shapes() -> None:
    n = 3 * _baca._BLOK + 5
    teks = [_ribuan(10**9 + i) for i in range(n)]
    teks[7] = "Rp 1.000,-"
    teks[_baca._BLOK + 1] = None  # type: ignore[call-overload]
    teks[-1] = "(5)"
    hasil = kolom.baca(np.array(teks, dtype=object))
    nilai = kolom.ke_desimal(hasil)
    assert nilai[0] == 10**9
    assert nilai[7] == 1000
    assert nilai[_baca._BLOK + 1] is None
    assert nilai[-1] == -5
    assert nilai[-2] == 10**9 + n - 2


def test_values_past_int64_stay_exact() -> None:
    teks = ["9" * 30, "0,000000000000000000000000000001", "1.000,5"]
    harap = [baca_satu(t) for t in teks]
    assert kolom.baca(teks) == harap
    for wadah in (np.array(teks, dtype=object), pd.Series(teks)):
        assert kolom.ke_desimal(kolom.baca(wadah)) == harap
    # written with more places than sakip keeps, but only zeros past them
    nol = "0," + "1" + "0" * 34
    assert kolom.ke_desimal(kolom.baca(np.array([nol, "1"]))) == [Decimal("0.1"), 1]


@pytest.mark.parametrize(
    "wadah",
    [
        np.array([1, 2]),
        np.array([1.5]),
        pd.Series([1, 2]),
        pd.Series(["a"], dtype="category"),
        pl.Series([1, 2]),
    ],
    ids=lambda w: str(w.dtype),
)
def test_a_column_of_numbers_is_refused_with_the_way_to_read_it(wadah: Any) -> None:
    with pytest.raises(sakip.InvalidTypeError, match=r"must hold text.*kolom\.ke_desimal"):
        kolom.baca(wadah)


def test_a_number_among_text_is_refused_by_its_row() -> None:
    # an Excel percent cell holds 0.9848: a number among text is no guess to make
    with pytest.raises(sakip.InvalidTypeError, match=r"^kolom\[1\] must be a str \(got 0.9848\)"):
        kolom.baca(["98,48%", 0.9848])


def test_arguments_are_checked_as_baca_checks_them() -> None:
    with pytest.raises(sakip.InvalidValueError, match="pemisah_desimal"):
        kolom.baca(["1"], pemisah_desimal=";")  # type: ignore[arg-type]
    with pytest.raises(sakip.InvalidTypeError, match="kosong"):
        kolom.baca(["1"], kosong="0")  # type: ignore[arg-type]
    with pytest.raises(sakip.InvalidValueError, match="errors"):
        kolom.baca(["1"], errors="ignore")  # type: ignore[arg-type]
    with pytest.raises(sakip.InvalidTypeError, match="kolom"):
        kolom.baca("98,48")


def test_a_bad_row_is_named_once_per_distinct_text() -> None:
    alasan: dict[int, str] = {}
    hasil = kolom.baca(["x", "1", "x"], errors="null", alasan=alasan)
    assert hasil == [None, Decimal("1"), None]
    assert sorted(alasan) == [0, 2]
    assert alasan[0] == alasan[2]


def test_polars_holds_a_column_of_many_places() -> None:
    # 19 places of a value that fits int64: a polars Decimal's precision is at least its scale
    hasil = kolom.baca(pl.Series(["0,0000000000000000001", "1"]))
    assert hasil.to_list() == [Decimal("1E-19"), 1]
    assert kolom.persentase(
        pembilang=pl.Series([0]), penyebut=pl.Series([1]), tempat=19
    ).to_list() == [0]
    # written with more places than 38 digits hold: the zeros as written are dropped
    teks = "1000000000000," + "0" * 26
    assert kolom.baca(pl.Series([teks])).to_list() == [Decimal(10**12)]
    with pytest.raises(sakip.InvalidValueError, match=r"^kolom\[1\] must fit the 38 digits"):
        kolom.baca(pl.Series(["1", "1" + "0" * 28 + ",0000000001"]))
