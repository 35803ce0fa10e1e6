"""Reading a number in Indonesian words (``sakip.angka.baca_terbilang``), the inverse of terbilang.

The words are those :func:`sakip.angka.terbilang` writes, so every number has one
spelling: read exactly (a table of the words of 1 to 999, no arithmetic on guesses),
bounded (600 characters, below 10**18, at most 30 decimals), and every other text refused
with an InvalidValueError naming why.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip.angka import KATA_BILANGAN, baca_terbilang, terbilang
from sakip.errors import InvalidTypeError, InvalidValueError, SakipError

#: The amounts in words of LKjIP Dinas Sosial dan PMD Kota Dumai 2023, as printed.
DUMAI = [
    (
        "Tujuh Miliar Empat Ratus Enam Puluh Empat Juta Empat Ratus Empat Puluh Lima Ribu "
        "Dua Ratus Dua Rupiah",
        7_464_445_202,
    ),
    (
        "Tiga Belas Miliar Lima Ratus Tujuh Puluh Empat Juta Seratus Tujuh Belas ribu Enam "
        "Ratus Enam Puluh Tujuh Rupiah",
        13_574_117_667,
    ),
    ("Lima Puluh Empat Juta Delapan Ratus Tujuh Puluh Delapan Ribu Lima Ratus Rupiah", 54_878_500),
]


@pytest.mark.parametrize(
    ("teks", "nilai"),
    [
        ("nol", Decimal(0)),
        ("satu", Decimal(1)),
        ("sembilan", Decimal(9)),
        ("sepuluh", Decimal(10)),
        ("sebelas", Decimal(11)),
        ("dua belas", Decimal(12)),
        ("lima puluh lima", Decimal(55)),
        ("seratus", Decimal(100)),
        ("seratus sebelas", Decimal(111)),
        ("seribu", Decimal(1000)),
        ("seribu seratus", Decimal(1100)),
        ("sepuluh ribu", Decimal(10_000)),
        ("seratus satu ribu", Decimal(101_000)),
        ("satu juta seribu", Decimal(1_001_000)),
        ("satu kuadriliun satu", Decimal(10**15 + 1)),
        ("minus lima", Decimal(-5)),
        ("nol koma lima", Decimal("0.5")),
        ("minus nol koma lima", Decimal("-0.5")),
        ("dua belas koma nol lima", Decimal("12.05")),
    ],
)
def test_words_as_terbilang_writes_them(teks: str, nilai: Decimal) -> None:
    assert baca_terbilang(teks) == nilai
    assert terbilang(nilai) == teks


def test_decimal_places_are_those_the_words_give() -> None:
    d = baca_terbilang("dua koma lima nol")
    assert (d, str(d)) == (Decimal("2.50"), "2.50")


@pytest.mark.parametrize(("teks", "nilai"), DUMAI)
def test_amounts_printed_in_words(teks: str, nilai: int) -> None:
    assert baca_terbilang(teks, rupiah=True) == nilai
    # "rupiah" may end an amount's words, and may be left out
    assert baca_terbilang(teks.removesuffix(" Rupiah"), rupiah=True) == nilai


def test_the_largest_number_terbilang_writes() -> None:
    teks = terbilang(10**18 - 1)
    assert teks.startswith("sembilan ratus sembilan puluh sembilan kuadriliun")
    assert baca_terbilang(teks) == 10**18 - 1


@pytest.mark.parametrize(
    "teks",
    [
        "LIMA PULUH LIMA",
        "Lima Puluh Lima",
        "lima  puluh\tlima",
        " lima puluh lima\n",
        "lima\u00a0puluh lima",
    ],
)
def test_case_and_spacing_aside(teks: str) -> None:
    assert baca_terbilang(teks) == 55


@given(st.integers(min_value=-(10**18) + 1, max_value=10**18 - 1), st.booleans())
def test_reads_back_every_integer_terbilang_writes(n: int, rupiah: bool) -> None:
    for huruf in ("kecil", "kalimat", "judul"):
        assert baca_terbilang(terbilang(n, huruf=huruf, rupiah=rupiah), rupiah=rupiah) == n


@given(
    st.decimals(min_value=Decimal(-(10**17)), max_value=Decimal(10**17), places=4, allow_nan=False)
)
def test_reads_back_decimals_with_their_places(d: Decimal) -> None:
    dibaca = baca_terbilang(terbilang(d))
    assert dibaca == d
    assert dibaca.as_tuple().exponent == min(d.as_tuple().exponent, 0)


@given(st.text(max_size=60))
def test_any_text_is_read_as_terbilang_writes_or_refused(teks: str) -> None:
    try:
        d = baca_terbilang(teks)
    except InvalidValueError:
        return
    # what is read is exactly the words terbilang writes for it
    assert terbilang(d).split() == teks.lower().split()


@pytest.mark.parametrize(
    ("teks", "sebab"),
    [
        # a word that is no number word, named as printed
        ("se ratus", "'se' is not one"),
        ("se-ratus", "'se-ratus' is not one"),
        ("sejuta", "'sejuta' is not one"),
        ("sembilan buah", "'buah' is not one"),
        ("(sembilan)", "'(sembilan)' is not one"),
        ("BB", "'BB' is not one"),
        # digits, and letters that only look like Latin ones
        ("9", "'9' is not one"),
        ("sembi\u0669lan", "is not one"),  # an Arabic-Indic nine inside the word
        ("\uff53\uff45\uff4d\uff42\uff49\uff4c\uff41\uff4e", "is not one"),  # fullwidth
        ("SEMB\u0130LAN", "is not one"),  # a dotted capital I
        # "rupiah" only at the end of an amount's words
        ("sembilan rupiah", "'rupiah' ends only the words of an amount"),
        # number words in an order terbilang does not write
        ("dua dua", "name no number"),
        ("nol nol", "name no number"),
        ("satu ribu satu juta", "name no number"),
        ("ratus", "name no number"),
        ("minus minus satu", "name no number"),
        ("koma lima", "name no number"),
        ("dua koma", "name no number"),
        ("dua koma dua belas", "name no number"),
        ("", "name no number"),
        ("   ", "name no number"),
        # 10**18 and above: terbilang writes no scale word above kuadriliun
        ("seribu kuadriliun", "name no number below 10**18"),
        ("satu juta kuadriliun", "name no number below 10**18"),
        # spellings terbilang does not write, refused with the one it does
        ("satu ratus", "it writes 100 'seratus'"),
        ("satu puluh", "it writes 10 'sepuluh'"),
        ("satu belas", "it writes 11 'sebelas'"),
        ("satu ribu", "it writes 1000 'seribu'"),
        ("minus nol", "it writes 0 'nol'"),
        ("minus nol koma nol", "it writes 0.0 'nol koma nol'"),
    ],
)
def test_refused(teks: str, sebab: str) -> None:
    with pytest.raises(InvalidValueError, match="teks must") as e:
        baca_terbilang(teks)
    assert sebab in str(e.value)
    assert isinstance(e.value, SakipError)


def test_rupiah_is_refused_unless_it_ends_an_amount() -> None:
    with pytest.raises(InvalidValueError, match="'rupiah' ends only"):
        baca_terbilang("sembilan rupiah rupiah", rupiah=True)
    with pytest.raises(InvalidValueError, match="'rupiah' ends only"):
        baca_terbilang("rupiah sembilan", rupiah=True)
    with pytest.raises(InvalidValueError, match="name no number"):
        baca_terbilang("Rupiah", rupiah=True)


def test_length_is_bounded() -> None:
    terpanjang = terbilang(Decimal("-999999999999999999." + "9" * 30), rupiah=True)
    assert len(terpanjang) < 600
    assert baca_terbilang(terpanjang, rupiah=True) < 0
    with pytest.raises(InvalidValueError, match="at most 600 characters") as e:
        baca_terbilang("satu " * 200)
    assert e.value.value == "satu satu satu satu ..."


def test_decimals_are_bounded() -> None:
    assert baca_terbilang("nol koma " + "satu " * 30) == Decimal("0." + "1" * 30)
    with pytest.raises(InvalidValueError, match="at most 30 decimal digits"):
        baca_terbilang("nol koma " + "satu " * 31)


@pytest.mark.parametrize(
    ("teks", "rupiah"), [(None, False), (9, False), (b"sembilan", False), ("sembilan", "ya")]
)
def test_wrong_types_refused(teks: object, rupiah: object) -> None:
    with pytest.raises(InvalidTypeError):
        baca_terbilang(teks, rupiah=rupiah)  # type: ignore[arg-type]


def test_number_words_are_those_terbilang_writes() -> None:
    # every word of 0 to 999, and of a number with every scale word, a sign and decimals
    ditulis = {k for n in range(1000) for k in terbilang(n).split()}
    for teks in ("-1001001001002001,5", "1001"):
        ditulis |= set(terbilang(teks, pemisah_desimal=",").split())
    assert ditulis == KATA_BILANGAN
