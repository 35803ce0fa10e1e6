"""kolom.baca's bulk reading of text (sakip.kolom._baca.bentuk) is sakip.angka.baca's rule, on hostile text too."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import sakip
from sakip import kolom
from sakip.angka import baca as baca_satu
from sakip.kolom import _baca

np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")
pl = pytest.importorskip("polars")

PEMISAH = [None, ",", "."]


def _ribuan(digit: str) -> str:
    """Digits grouped by dots in threes from the right."""
    kepala = len(digit) % 3 or 3
    return ".".join([digit[:kepala], *(digit[i : i + 3] for i in range(kepala, len(digit), 3))])


@st.composite
def _angka_indonesia(draw: Any) -> str:
    """A number as the reports print it, or a near miss: every mark the rule knows, misplaced too."""
    digit = draw(st.text("0123456789", min_size=1, max_size=34))
    utuh = draw(
        st.sampled_from(
            [
                digit,
                _ribuan(digit),
                _ribuan(digit.lstrip("0") or "0"),
                # thousands groups of the wrong length
                ".".join(
                    draw(st.lists(st.text("0123456789", min_size=1, max_size=4), min_size=2))
                ),
            ]
        )
    )
    pecahan = draw(st.text("0123456789", max_size=33))
    teks = utuh + draw(st.sampled_from(["", ",", "."])) + pecahan if pecahan else utuh
    sebelum = draw(st.sampled_from(["", "", "-", "+", "(", "Rp ", "Rp. ", "-Rp ", " ", "\u2212"]))
    sesudah = draw(st.sampled_from(["", "", "%", "%%", " persen", ",-", ")", " ", "\x00"]))
    if sebelum.endswith("(") and draw(st.booleans()):
        sesudah = ")" + sesudah
    return f"{sebelum}{teks}{sesudah}"


_HURUF = "0123456789.,%-+() Rpersn\x00\u0663\uff10\u2212"
_SEL = st.one_of(
    _angka_indonesia(),
    st.text(_HURUF, max_size=16),
    st.sampled_from(
        ["", "-", " ", "\u2013", "n/a", "-0", "-0,00", "-0.00%", "0", "00,0", "1.500"]
    ),
    st.text("0123456789.", min_size=38, max_size=110),  # long cells, about the width limit
)


def _harap(
    teks: str, pemisah: str | None, kosong: int | None = None
) -> Decimal | sakip.SakipError:
    """One cell as sakip.angka.baca reads it, within sakip's limits (the oracle)."""
    try:
        d = baca_satu(teks, pemisah_desimal=pemisah, kosong=kosong)  # type: ignore[arg-type]
        sakip.bulatkan(d, 0)
    except sakip.SakipError as e:
        return e
    return d


# -- the common shapes, read from their bytes, are read as baca reads them ---------------------


@settings(max_examples=3000, deadline=None)
@given(teks=_SEL, pemisah=st.sampled_from(PEMISAH))
@example(teks="0.500", pemisah=",")  # a first group starting with 0
@example(teks="-0.500,5", pemisah=None)
@example(teks="1.500", pemisah=None)  # ambiguous: refused by baca with its hint
@example(teks="1.500", pemisah=",")
@example(teks="12.34,5", pemisah=",")  # a group of the wrong length
@example(teks="1,5.000", pemisah=",")  # a dot past the decimal comma
@example(teks="9.999.999.999.999.999.999.999.999.999", pemisah=",")  # 31 digits
@example(teks="1" * 19, pemisah=None)  # past int64
@example(teks="-0,00%", pemisah=None)  # a zero has no sign
@example(teks="12\x00", pemisah=None)  # a NUL of the cell's own
@example(teks="\u0663", pemisah=None)  # a non-ASCII digit
@example(teks="-", pemisah=None)
def test_a_cell_of_a_common_shape_is_read_as_baca_reads_it(teks: str, pemisah: str | None) -> None:
    b = _baca.bentuk(np, [teks], pemisah)
    umum, muat = bool(b.umum[0]), bool(b.muat[0])
    assert umum or not muat
    if not umum:
        return
    harap = _harap(teks, pemisah)
    assert isinstance(harap, Decimal)  # a common shape is never refused
    if muat:
        digit, tempat = int(b.digit[0]), int(b.tempat[0])
        assert harap.as_tuple().exponent == -tempat  # the places as written
        assert harap.as_tuple().sign == (digit < 0)  # "-0,00" is 0.00, with no sign
        assert Fraction(harap) * 10**tempat == digit
    # and the plain decimal the list path writes for it
    (polos,) = _baca.polos([teks], pemisah)
    assert polos is not None
    assert Decimal(polos).as_tuple() == harap.as_tuple()


@settings(max_examples=1000, deadline=None)
@given(teks=_SEL, pemisah=st.sampled_from(PEMISAH))
def test_the_bytes_and_the_regular_expression_find_the_same_cells(
    teks: str, pemisah: str | None
) -> None:
    # (the regular expression reads a column where numpy is not installed)
    (p,), (r,) = _baca.polos([teks], pemisah), _baca.polos_regex([teks], pemisah)
    assert _sama_atau_sendiri(p, r, teks), teks


def _sama_atau_sendiri(p: str | None, r: str | None, teks: str) -> bool:
    """The two finders agree on a cell both read in bulk; a cell the numpy finder leaves to
    baca (one of more than 40 characters) is read alone, as baca reads it, whatever the
    regular expression makes of it."""
    return p == r or (p is None and len(teks) > _baca._LEBAR_MAKS)


@settings(max_examples=300, deadline=None)
@given(sel=st.lists(_SEL, max_size=20), pemisah=st.sampled_from(PEMISAH))
def test_a_block_is_read_as_its_cells_are(sel: list[str], pemisah: str | None) -> None:
    # a long, non-ASCII or NUL cell in a block leaves the others as they are
    b = _baca.bentuk(np, sel, pemisah)
    sendiri = [_baca.bentuk(np, [s], pemisah) for s in sel]
    for k in range(4):
        assert b[k].tolist() == [x[k][0] for x in sendiri]
    # the two finders agree on every cell both read in bulk; a cell one leaves to baca (the
    # numpy finder leaves cells of more than 40 characters) is read alone, as baca reads it
    for p, r, teks in zip(
        _baca.polos(sel, pemisah), _baca.polos_regex(sel, pemisah), sel, strict=True
    ):
        assert _sama_atau_sendiri(p, r, teks), teks


@settings(max_examples=300, deadline=None)
@given(sel=st.lists(_SEL, max_size=20), pemisah=st.sampled_from(PEMISAH))
def test_the_shapes_alone_are_the_shapes_bentuk_finds(sel: list[str], pemisah: str | None) -> None:
    """bentuk_umum (the check without the values) marks the cells bentuk marks."""
    assert (
        _baca.bentuk_umum(np, sel, pemisah).tolist()
        == _baca.bentuk(np, sel, pemisah).umum.tolist()
    )


def test_a_list_column_computes_no_value_from_the_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A list's Decimals are written from the plain decimals' text: bentuk's values go unused,
    so polos checks the shapes only (no Horner's rule over the bytes)."""

    def tak_dipakai(*args: object) -> object:
        raise AssertionError("the values of the cells were computed, and not used")

    monkeypatch.setattr(_baca, "bentuk", tak_dipakai)
    monkeypatch.setattr(_baca, "_bentuk_blok", tak_dipakai)
    teks = ["5.898.976.029", "98,48%", "-1.055,00", "1.500", "Rp 1.000,-"]
    assert _baca.polos(teks, None) == ["5898976029", "98.48", "-1055.00", None, None]
    assert kolom.baca([*teks[:3], None]) == [
        Decimal("5898976029"),
        Decimal("98.48"),
        Decimal("-1055.00"),
        None,
    ]
    n = 2 * _baca._BLOK + 3  # in blocks too
    panjang = [_ribuan(str(10**9 + i)) + ",5%" for i in range(n)]
    assert _baca.polos(panjang, None)[-1] == f"{10**9 + n - 1}.5"


def test_a_column_longer_than_a_block_is_read_in_blocks() -> None:
    n = 2 * _baca._BLOK + 3
    teks = [_ribuan(str(10**9 + i)) + ",5%" for i in range(n)]
    teks[_baca._BLOK] = "x" * 100  # a long cell in the second block only
    b = _baca.bentuk(np, teks, None)
    assert b.umum.sum() == n - 1
    assert int(b.digit[-1]) == (10**9 + n - 1) * 10 + 5
    assert b.tempat.tolist() == [0 if i == _baca._BLOK else 1 for i in range(n)]


# -- the whole column on every backend: the same values, the same errors ------------------------


def _wadah(sel: list[str | None]) -> list[Any]:
    return [
        sel,
        np.array(sel, dtype=object),
        pd.Series(sel, dtype=object),
        pd.Series(sel, dtype="str"),
        pl.Series(sel, dtype=pl.String),
    ]


@settings(max_examples=300, deadline=None)
@given(
    sel=st.lists(st.one_of(_SEL, st.none()), max_size=12),
    pemisah=st.sampled_from(PEMISAH),
    kosong=st.sampled_from([None, 0]),
)
@example(sel=["1.234.567.890.123.456.789,5", "-0,00", None], pemisah=None, kosong=None)  # int64+
@example(sel=["1,5", "x", "(5)", "1.500"], pemisah=None, kosong=None)  # the first bad row
def test_every_backend_reads_hostile_text_as_baca_does(
    sel: list[str | None], pemisah: str | None, kosong: int | None
) -> None:
    harap = [None if x is None else _harap(x, pemisah, kosong) for x in sel]
    nilai = [d if isinstance(d, Decimal) else None for d in harap]
    salah = [(i, d) for i, d in enumerate(harap) if isinstance(d, sakip.SakipError)]
    pesan = None
    if salah:
        i, pertama = salah[0]
        pesan = str(
            type(pertama)(
                field=f"kolom[{i}]",
                value=pertama.value,
                expected=pertama.expected,
                rule=pertama.rule,
            )
        )
    for wadah in _wadah(sel):
        if pesan is not None:  # the first bad row's error, as baca words it
            with pytest.raises(sakip.SakipError) as galat:
                kolom.baca(wadah, pemisah_desimal=pemisah, kosong=kosong)  # type: ignore[arg-type]
            assert str(galat.value) == pesan
            continue
        try:
            hasil = kolom.baca(wadah, pemisah_desimal=pemisah, kosong=kosong)  # type: ignore[arg-type]
        except sakip.InvalidValueError as e:  # (past the 38 digits a polars Decimal holds)
            if isinstance(wadah, pl.Series) and "38 digits a polars Decimal" in str(e):
                continue
            raise
        dibaca = hasil if isinstance(hasil, list) else kolom.ke_desimal(hasil)
        assert dibaca == nilai
        if isinstance(hasil, list):  # places and sign as written
            assert [d.as_tuple() if d is not None else None for d in hasil] == [
                d.as_tuple() if d is not None else None for d in nilai
            ]


def test_a_mixed_column_reads_its_text_in_bulk_and_refuses_its_numbers_by_row() -> None:
    sel: list[object] = ["1.055,00", None, "98,48%", 7, "-0,00"]
    for wadah in (sel, np.array(sel, dtype=object), pd.Series(sel, dtype=object)):
        with pytest.raises(sakip.InvalidTypeError, match=r"^kolom\[3\] must be a str \(got 7\)"):
            kolom.baca(wadah)
    alasan: dict[int, str] = {}
    hasil = kolom.baca(np.array(sel, dtype=object), errors="null", alasan=alasan)
    assert kolom.ke_desimal(hasil) == [Decimal("1055"), None, Decimal("98.48"), None, 0]
    assert sorted(alasan) == [3]
