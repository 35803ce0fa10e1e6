"""Printed number forms of other agencies' reports: the word "persen", a sign beside "Rp",
commas grouping thousands in a table that uses a decimal point.

Each is read by :func:`sakip.angka.baca`'s one rule, or refused with a hint where a
reading would be a guess; :func:`sakip.audit._cetak.baca_cetakan` reads them as baca does.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Literal

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from sakip import InvalidValueError, SakipError
from sakip.angka import _baca, baca, sel_kosong
from sakip.audit._cetak import baca_cetakan
from sakip.errors import AmbiguousValueError

Pemisah = Literal[",", "."] | None
PEMISAH: tuple[Pemisah, ...] = (None, ",", ".")


def _hasil(teks: str, pemisah: Pemisah) -> Decimal | str:
    """baca's value, or the name of what it raised."""
    try:
        return baca(teks, pemisah_desimal=pemisah)
    except SakipError as e:
        return type(e).__name__


#: baca's refusal of a text that is no number, without a choice or with each one.
_BUKAN_ANGKA = "Indonesian way|digits with one decimal point"


# -- 1. the word "persen" for "%" ---------------------------------------------------------


@pytest.mark.parametrize("kata", [" persen", " Persen", " PERSEN", "persen", "\u00a0persen"])
@pytest.mark.parametrize("angka", ["98,02", "100", "-1,5", "- 12,25", "1.234,5"])
def test_persen_reads_as_the_percent_sign(kata: str, angka: str) -> None:
    for pemisah in (None, ","):
        assert baca(angka + kata, pemisah_desimal=pemisah) == baca(angka + "%")
    assert baca("98.02" + kata, pemisah_desimal=".") == Decimal("98.02")
    assert baca("(12,25" + kata + ")") == Decimal("-12.25")  # inside the parentheses, as "%"


@pytest.mark.parametrize(
    ("teks", "pesan"),
    [
        ("98,02 persen%", "mark a percentage once"),
        ("98,02% persen", "mark a percentage once"),
        ("98,02 persen persen", "mark a percentage once"),
        ("98,02%%", "mark a percentage once"),
        ("Rp 5 persen", "both Rupiah and a percentage"),
        ("5 persen,-", "both Rupiah and a percentage"),
        ("(Rp 5 persen)", "both Rupiah and a percentage"),
        ("98,02 pErSeN", _BUKAN_ANGKA),
        ("98,02 persenan", _BUKAN_ANGKA),
        ("98,02 per sen", _BUKAN_ANGKA),
        ("persen 98,02", _BUKAN_ANGKA),
    ],
)
def test_persen_is_marked_once_and_never_as_rupiah(teks: str, pesan: str) -> None:
    for pemisah in PEMISAH:
        with pytest.raises(InvalidValueError, match=pesan):
            baca(teks, pemisah_desimal=pemisah)


# -- 2. negative Rupiah, the sign beside "Rp" -----------------------------------------------


@pytest.mark.parametrize(
    "teks",
    [
        "Rp -2.500.000,-",
        "-Rp 2.500.000",
        "Rp (2.500.000)",
        "(Rp 2.500.000)",
        "Rp(2.500.000),-",
        "Rp. -2.500.000",
        "Rp - 2.500.000",
        "-Rp2.500.000,-",
        "(Rp 2.500.000,-)",
        "Rp (2.500.000,-)",
        "(2.500.000),-",
        "-2.500.000,-",
    ],
)
def test_negative_rupiah_with_the_sign_on_either_side(teks: str) -> None:
    for pemisah in PEMISAH:
        assert baca(teks, pemisah_desimal=pemisah) == -2_500_000


@pytest.mark.parametrize(
    ("teks", "pesan"),
    [
        ("-Rp (5)", "one sign"),
        ("(Rp -5)", "one sign"),
        ("-Rp -5", "one sign"),
        ("(Rp (5))", "one sign"),
        ("((5))", "one sign"),
        ("-(Rp 5)", "sign before parentheses"),
        ("Rp -(5)", "sign before parentheses"),
        ("Rp (-5)", "sign inside parentheses"),
        ("(-Rp 5)", "sign inside parentheses"),
        ("Rp (+5)", "sign inside parentheses"),
        ("-Rp (5),-", "one sign"),
        ("(5),-)", "Indonesian way"),
        ("Rp Rp 5", "Indonesian way"),
        ("Rp +5", "Indonesian way"),
        ("5,-,-", "Indonesian way"),
    ],
)
def test_two_signs_are_refused_never_a_double_negative(teks: str, pesan: str) -> None:
    for pemisah in PEMISAH:
        with pytest.raises(InvalidValueError, match=pesan):
            baca(teks, pemisah_desimal=pemisah)


_AMPLOP = ("-Rp {}", "Rp -{}", "(Rp {})", "Rp ({})", "Rp({}),-", "Rp -{},-", "({}),-")
_DUA_TANDA = ("-Rp ({})", "Rp -({})", "(Rp -{})", "-Rp -{}", "(Rp ({}))", "-({}),-")


@given(st.integers(0, 10**15), st.sampled_from(_AMPLOP), st.sampled_from(PEMISAH))
def test_every_sign_beside_rp_reads_the_negative_amount(
    n: int, bentuk: str, pemisah: Pemisah
) -> None:
    tertulis = f"{n:,}".replace(",", ".")
    assert baca(bentuk.format(tertulis), pemisah_desimal=pemisah) == -n


@given(st.integers(0, 10**15), st.sampled_from(_DUA_TANDA), st.sampled_from(PEMISAH))
def test_two_signs_beside_rp_are_always_refused(n: int, bentuk: str, pemisah: Pemisah) -> None:
    with pytest.raises(InvalidValueError, match="sign"):
        baca(bentuk.format(n), pemisah_desimal=pemisah)


# -- 3. commas grouping thousands where the text uses a decimal point -----------------------


@pytest.mark.parametrize(
    ("teks", "nilai"),
    [
        ("5,911,830,000", "5911830000"),
        ("1,234.56", "1234.56"),
        ("1,234,567.890", "1234567.890"),
        ("-5,911,830", "-5911830"),
        ("(1,234.5)", "-1234.5"),
        ("99,999.99%", "99999.99"),
        ("1,234.5 persen", "1234.5"),
        ("Rp 5,911,830,000", "5911830000"),
        ("Rp 5,911,830,000,-", "5911830000"),
        ("Rp 1,234.56", "1234.56"),
        ("-Rp 5,911,830", "-5911830"),
        # Rupiah text keeps the Indonesian reading where it is not English grouping
        ("Rp 1.500", "1500"),
        ("Rp 5,5", "5.5"),
        ("Rp 0,500", "0.500"),
        ("Rp 1.500,500", "1500.500"),
    ],
)
def test_english_grouping_with_a_decimal_point(teks: str, nilai: str) -> None:
    d = baca(teks, pemisah_desimal=".")
    assert d == Decimal(nilai)
    assert str(d) == nilai  # the places as written


@pytest.mark.parametrize(
    "teks",
    ["1,5", "12,34", "1,2345", "0,500", "12,345,67", "1,23,456", ",123", "1,234,", "1.234,5"],
)
def test_a_comma_that_does_not_group_thousands_is_refused_with_a_decimal_point(
    teks: str,
) -> None:
    with pytest.raises(InvalidValueError, match=r"pemisah_desimal='\.'"):
        baca(teks, pemisah_desimal=".")


@pytest.mark.parametrize("teks", ["5,500", "Rp 5,500", "12,345,-", "-5,500", "(Rp 999,000)"])
def test_one_comma_group_is_ambiguous_with_a_decimal_point(teks: str) -> None:
    with pytest.raises(InvalidValueError, match="ambiguous") as info:
        baca(teks, pemisah_desimal=".")
    assert "if the comma marks decimals" in str(info.value)
    assert "pemisah_desimal=','" in str(info.value)


@pytest.mark.parametrize(
    ("teks", "dibaca"),
    [
        ("5,911,830", "5911830"),
        ("5,911,830,000", "5911830000"),
        ("1,234.56", "1234,56"),
        ("-1,234,567", "-1234567"),
        ("Rp 5,911,830,000", "5911830000"),
    ],
)
def test_english_grouping_without_the_choice_is_refused_with_a_hint(
    teks: str, dibaca: str
) -> None:
    for pemisah in (None, ","):
        with pytest.raises(InvalidValueError) as info:
            baca(teks, pemisah_desimal=pemisah)
        assert f"it reads {dibaca} with pemisah_desimal='.'" in str(info.value)
    with pytest.raises(InvalidValueError, match=r"reads 5911830 with --pemisah-desimal \."):
        _baca("5,911,830", field="--realisasi", pilihan="--pemisah-desimal {}")


@pytest.mark.parametrize(
    ("teks", "pemisah", "nilai"),
    [("5,500", None, "5.500"), ("Rp 5,500", None, "5.500"), ("Rp 5,500", ",", "5.500")],
)
def test_a_decimal_comma_keeps_its_indonesian_reading(
    teks: str, pemisah: Pemisah, nilai: str
) -> None:
    assert str(baca(teks, pemisah_desimal=pemisah)) == nilai


def _RIBUAN_SATU(teks: str) -> bool:
    """One dot before exactly three digits, 1 to 3 digits before it: "1.000", "12.500"."""
    depan, titik, belakang = teks.partition(".")
    return bool(titik) and "," not in teks and 1 <= len(depan) <= 3 and len(belakang) == 3


@given(st.integers(1000, 10**20), st.integers(0, 4))
def test_python_grouping_reads_back_exactly_with_a_decimal_point(n: int, tempat: int) -> None:
    x = Fraction(n, 10**tempat)
    tertulis = f"{Decimal(n).scaleb(-tempat):,f}"
    if tertulis.count(",") == 1 and "." not in tertulis:  # "5,500": 5,5 or 5500?
        with pytest.raises(InvalidValueError, match="ambiguous"):
            baca(tertulis, pemisah_desimal=".")
    else:
        assert baca(tertulis, pemisah_desimal=".") == x
    # without the choice: refused, or the decimal-comma reading of a single group
    dibaca = _hasil(tertulis, None)
    if "." in tertulis or tertulis.count(",") > 1:
        # refused; "1.000" (one dot before three digits) has two readings
        assert dibaca == ("AmbiguousValueError" if _RIBUAN_SATU(tertulis) else "InvalidValueError")
    else:
        assert dibaca == Decimal(tertulis.replace(",", "."))


# -- hostile input for the new branches ---------------------------------------------------


@pytest.mark.parametrize(
    "teks",
    [
        "Rp",
        "Rp.",
        "Rp ,-",
        "Rp -",
        "-Rp",
        "(Rp)",
        "Rp ()",
        ",-",
        "-,-",
        "persen",
        "- persen",
        "(persen)",
        "%",
        "Rp persen",
        "Rp %",
        " persen ",
        "PERSEN%",
    ],
)
def test_marks_without_a_number_are_refused_not_an_empty_cell(teks: str) -> None:
    for pemisah in PEMISAH:
        with pytest.raises(InvalidValueError) as info:
            baca(teks, pemisah_desimal=pemisah, kosong=0)
        assert "empty cell" not in str(info.value)


@pytest.mark.parametrize(
    "teks",
    ["\u22125", "Rp \u22122.500.000", "(\u22125)", "\u2212Rp 5", "\u20135", "\uff0d5 persen"],
)
def test_a_unicode_minus_is_refused_with_a_hint(teks: str) -> None:
    for pemisah in PEMISAH:
        with pytest.raises(InvalidValueError, match="ASCII hyphen-minus"):
            baca(teks, pemisah_desimal=pemisah)


@pytest.mark.parametrize(
    "teks",
    [
        "Rp -" + "9" * 97,
        "(" * 60 + "5" + ")" * 60,
        "Rp " * 40 + "5",
        "5" + " persen" * 20,
        "5" + ",-" * 60,
        "1" + ",000" * 30,
        "Rp " + "1,000" * 30,
        "-" * 101,
    ],
)
def test_very_long_texts_are_refused_quickly(teks: str) -> None:
    for pemisah in PEMISAH:
        with pytest.raises(InvalidValueError, match="at most 100 characters"):
            baca(teks, pemisah_desimal=pemisah)


@pytest.mark.parametrize(
    ("teks", "nilai"),
    [
        ("Rp -" + "9" * 96, -(10**96 - 1)),
        ("1" + ",000" * 24, 10**72),
        ("(" + "9" * 40 + " persen)", -(10**40 - 1)),
    ],
)
def test_long_texts_within_the_limit_are_exact(teks: str, nilai: int) -> None:
    pemisah: Pemisah = "." if "," in teks else None
    assert baca(teks, pemisah_desimal=pemisah) == nilai


@given(st.text(alphabet="0123456789.,-()%Rp persnPERSN\u2212\u00a0", max_size=40))
def test_new_branches_raise_only_typed_errors(teks: str) -> None:
    for pemisah in PEMISAH:
        hasil = _hasil(teks, pemisah)
        if isinstance(hasil, Decimal):
            assert hasil.is_finite()
        else:
            assert hasil == "InvalidValueError"


# -- 4. the audit's fast reading agrees with baca on every new shape ------------------------

_TANDA = ("", "-", "- ", "({})", "Rp {}", "Rp -", "-Rp ", "(Rp {})", "Rp ({})", "Rp({}),-", "{},-")
#: Whole numbers of every length alike (1,000 to 999,999 as often as 15 digits).
_BULAT = st.integers(1, 15).flatmap(lambda k: st.integers(10 ** (k - 1), 10**k - 1))
_ANGKA = st.one_of(
    _BULAT.map(lambda n: f"{n:,}".replace(",", ".")),  # Indonesian grouping
    _BULAT.map(lambda n: f"{n:,}"),  # English grouping
    _BULAT.map(str),
    st.builds(lambda n, d: f"{n:,}.{d}", _BULAT, st.integers(0, 999).map(str)),
    st.builds(
        lambda n, d: f"{n:,}".replace(",", ".") + f",{d}", _BULAT, st.integers(0, 999).map(str)
    ),
)
_PERSEN = ("", "%", " %", " persen", "persen", " Persen", " PERSEN", " persen%", " pErSeN")


def _bentuk(tanda: str, angka: str, persen: str) -> str:
    if "{}" in tanda:
        return tanda.format(angka + persen)
    return tanda + angka + persen


def _ubah(teks: str, cara: int, letak: int, huruf: str) -> str:
    """A mutation (``cara`` 1 to 4): drop, insert, double or swap the case of one character."""
    if not teks:
        return teks
    i = letak % len(teks)
    return (
        teks[:i] + teks[i + 1 :],
        teks[:i] + huruf + teks[i:],
        teks[:i] + teks[i] + teks[i:],
        teks[:i] + teks[i].swapcase() + teks[i + 1 :],
    )[cara - 1]


#: The shapes above, the plain ones (the audit's fast path) as often as all the rest.
BENTUK_CETAK = st.builds(
    _bentuk,
    st.sampled_from(["", "-"]) | st.sampled_from(_TANDA),
    _ANGKA,
    st.sampled_from(["", "%"]) | st.sampled_from(_PERSEN),
)
#: The shapes, each with one character dropped, inserted, doubled or its case swapped.
UBAHAN_CETAK = st.builds(
    _ubah,
    BENTUK_CETAK,
    st.integers(1, 4),
    st.integers(0, 40),
    st.sampled_from(list("0123456789.,-()% Rp\u2212")),
)


def _cepat(teks: str, pemisah: Pemisah) -> tuple[int, int] | str:
    try:
        return baca_cetakan(teks, pemisah)
    except SakipError as e:
        return type(e).__name__ + ": " + str(e)


def _lambat(teks: str, pemisah: Pemisah) -> Decimal | str:
    try:
        return baca(teks, pemisah_desimal=pemisah, kosong=0)
    except SakipError as e:
        return type(e).__name__ + ": " + str(e)


@settings(max_examples=300)
@given(BENTUK_CETAK | UBAHAN_CETAK)
@example("98,02 persen")
@example("Rp -2.500.000,-")
@example("Rp(2.500.000),-")
@example("5,911,830,000")
@example("1,234.56")
@example("0.000,0")  # a zero-led group: baca refuses it, so must the fast path
@example("5,500")
@example("Rp 5,500")
@example("-Rp (5)")
def test_baca_cetakan_reads_every_new_shape_as_baca(teks: str) -> None:
    for pemisah in PEMISAH:
        cepat, lambat = _cepat(teks, pemisah), _lambat(teks, pemisah)
        if isinstance(lambat, str):
            assert cepat == lambat  # the same refusal, word for word
        else:
            assert isinstance(cepat, tuple)
            satuan, tempat = cepat
            assert Fraction(satuan, 10**tempat) == Fraction(lambat)
            assert -lambat.as_tuple().exponent == tempat  # type: ignore[operator]


@pytest.mark.parametrize("teks", ["n/a", "N/A", " NA ", "n.a.", "N.A", "-", "\u2013", ""])
def test_not_available_is_an_empty_cell(teks: str) -> None:
    # "n/a" marks a cell with no figure, as "-" does: read as kosong, or refused as empty
    assert sel_kosong(teks)
    assert baca(teks, kosong=0) == 0
    with pytest.raises(InvalidValueError, match="is an empty cell"):
        baca(teks)


@pytest.mark.parametrize("teks", ["0", "nan", "n/a%", "n/ab", "Rp n/a", "-0"])
def test_other_texts_are_no_empty_cell(teks: str) -> None:
    assert not sel_kosong(teks)


@pytest.mark.parametrize(
    ("tulis", "teks", "satuan"),
    [
        ("rupiah", "50 persen", "persen"),
        ("rupiah", "50%", "persen"),
        ("terbilang", "50%", "persen"),
        ("terbilang", "50 Persen", "persen"),
        ("persen", "Rp 5", "rupiah"),
        ("persen", "5.000,-", "rupiah"),
    ],
)
def test_a_writer_refuses_the_mark_of_another_unit(tulis: str, teks: str, satuan: str) -> None:
    # the writer would drop the mark: "Rp 50,-" from "50 persen"
    import sakip.angka

    with pytest.raises(InvalidValueError, match=f"must not be marked as {satuan}"):
        getattr(sakip.angka, tulis)(teks)


def test_a_writer_keeps_reading_its_own_unit() -> None:
    from sakip.angka import persen, rupiah, terbilang

    assert rupiah("Rp 5") == "Rp 5,-"
    assert persen("5%") == "5,00%"
    assert terbilang("Rp 1.500,-") == "seribu lima ratus"


# -- the names the command and the file readers share with the library ---------------------


@given(teks=st.text(max_size=12), pemisah=st.sampled_from([None, ",", "."]))
@settings(max_examples=300)
def test_baca_with_a_field_and_a_choice_reads_as_baca_and_names_them(
    teks: str, pemisah: Literal[",", "."] | None
) -> None:
    """The command's and the readers' way in (``field=``, ``pilihan=``) is baca's one rule:
    the same value, or the same refusal in the caller's words."""

    def dibaca(**nama: str) -> Decimal | SakipError:
        try:
            return baca(teks, pemisah_desimal=pemisah, **nama)  # type: ignore[arg-type]
        except SakipError as e:
            return e

    biasa = dibaca()
    bernama = dibaca(field="--pagu", pilihan="--pemisah-desimal {}")
    if not isinstance(biasa, SakipError):
        assert bernama == biasa
        return
    assert type(bernama) is type(biasa)
    assert isinstance(bernama, SakipError)
    assert bernama.field == ("--pagu" if biasa.field == "teks" else biasa.field)
    assert "pemisah_desimal='" not in bernama.expected


@pytest.mark.parametrize(
    ("teks", "satuan", "bertanda_"),
    [
        ("Rp 5", "rupiah", True),
        ("5,-", "rupiah", True),
        ("RP. 5", "rupiah", True),
        ("5", "rupiah", False),
        ("50%", "persen", True),
        ("50 PERSEN", "persen", True),
        ("50", "persen", False),
        ("Rp 50", "persen", False),
    ],
)
def test_bertanda_sees_the_marks_baca_drops(teks: str, satuan: str, bertanda_: bool) -> None:
    from sakip.angka import bertanda

    assert bertanda(teks, satuan) is bertanda_


@pytest.mark.parametrize(
    ("teks", "satuan"), [(5, "persen"), (None, "rupiah"), ("5", "meter"), ("5", ["persen"])]
)
def test_bertanda_refuses_what_is_no_text_or_no_unit(teks: object, satuan: object) -> None:
    from sakip.angka import bertanda

    with pytest.raises(SakipError):
        bertanda(teks, satuan)  # type: ignore[arg-type]


@pytest.mark.parametrize("nama", [{"field": None}, {"pilihan": 5}, {"field": b"--pagu"}])
def test_baca_refuses_a_field_or_a_choice_that_is_no_text(nama: dict[str, object]) -> None:
    with pytest.raises(SakipError):
        baca("1.500", **nama)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "nama",
    [
        {"pilihan": "{x}"},  # a named field: KeyError
        {"pilihan": "{0}{1}"},  # two fields: IndexError
        {"pilihan": "--pemisah-desimal {"},  # a brace left open: ValueError
        {"pilihan": "--pemisah-desimal {}{}"},  # two separators in one hint
        {"pilihan": "--pemisah-desimal"},  # no place for the separator: a hint without it
        {"pilihan": "{:>5}"},  # a format spec: not the separator as typed
        {"pilihan": "{!r}"},
        {"field": ""},  # a refusal naming nothing
    ],
)
def test_baca_refuses_a_choice_that_is_no_format_with_one_place(nama: dict[str, str]) -> None:
    with pytest.raises(InvalidValueError, match=rf"^{next(iter(nama))} must be "):
        baca("1.500", **nama)  # type: ignore[arg-type]


@pytest.mark.parametrize("pilihan", ["--pemisah-desimal {}", "{}", "opsi {{pemisah}} = {}"])
def test_baca_takes_a_choice_with_one_place_for_the_separator(pilihan: str) -> None:
    with pytest.raises(AmbiguousValueError) as e:
        baca("1.500", pilihan=pilihan)
    assert pilihan.format(".") in e.value.expected
