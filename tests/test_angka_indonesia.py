"""Indonesian numbers: reading, writing, terbilang, dates."""

from __future__ import annotations

import datetime as dt
import decimal
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip import InvalidTypeError, InvalidValueError
from sakip.angka import (
    baca,
    baca_bulan,
    baca_tanggal,
    bilangan,
    persen,
    rupiah,
    tanggal,
    terbilang,
)


@pytest.mark.parametrize(
    ("teks", "nilai"),
    [
        ("13.904.271.740", "13904271740"),
        ("Rp 13.904.271.740,-", "13904271740"),
        ("Rp. 309.164.140,-", "309164140"),
        ("Rp13.904.271.740,00", "13904271740.00"),
        ("98,48", "98.48"),
        ("98,48%", "98.48"),
        ("100,00%", "100.00"),
        ("1.055,00", "1055.00"),
        ("0,25", "0.25"),
        ("(19.588.000)", "-19588000"),
        ("-19.588.000", "-19588000"),
        ("8397", "8397"),
        ("2000,00", "2000.00"),
        (" 75% ", "75"),
    ],
)
def test_baca(teks: str, nilai: str) -> None:
    got = baca(teks)
    assert got == Decimal(nilai)
    assert str(got) == nilai  # places as written


@pytest.mark.parametrize("teks", ["95.03", "88.27", "1.500", "1.055"])
def test_baca_refuses_ambiguous_dots(teks: str) -> None:
    with pytest.raises(InvalidValueError, match="pemisah_desimal"):
        baca(teks)


def test_baca_explicit_choice_decides() -> None:
    assert baca("95.03", pemisah_desimal=".") == Decimal("95.03")
    assert baca("1.500", pemisah_desimal=",") == 1500
    assert baca("1.500", pemisah_desimal=".") == Decimal("1.5")
    with pytest.raises(InvalidValueError):
        baca("95.03", pemisah_desimal=",")  # not a valid grouping


@pytest.mark.parametrize("teks", ["-", "", "  "])
def test_baca_empty_cells(teks: str) -> None:
    with pytest.raises(InvalidValueError, match="empty cell"):
        baca(teks)
    assert baca(teks, kosong=0) == 0


@pytest.mark.parametrize("teks", ["abc", "1,2,3", "12.34.5", "1.2345,6", "Rp", "98,48x", "١٢"])
def test_baca_refuses_malformed(teks: str) -> None:
    with pytest.raises(InvalidValueError):
        baca(teks)


def test_baca_refuses_non_text() -> None:
    with pytest.raises(InvalidTypeError):
        baca(98.48)  # type: ignore[arg-type]


def test_writing() -> None:
    assert rupiah(13_904_271_740) == "Rp 13.904.271.740,-"
    assert rupiah(13_904_271_740, gaya="sen") == "Rp13.904.271.740,00"
    assert rupiah("1.234,5", gaya="sen") == "Rp1.234,50"
    assert rupiah("1234.5", gaya="sen", pemisah_desimal=".") == "Rp1.234,50"
    assert persen("98,475") == "98,48%"
    assert persen(Decimal("69.995")) == "70,00%"
    assert bilangan(8397) == "8.397"
    assert bilangan(0) == "0"
    assert bilangan(999) == "999"
    with pytest.raises(InvalidValueError, match="whole Rupiah"):
        rupiah("1,5")
    with pytest.raises(InvalidValueError, match="at most 2 decimals"):
        rupiah("1,555", gaya="sen")


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_round_trip_rupiah(n: int) -> None:
    assert baca(rupiah(n)) == n
    assert baca(rupiah(n, gaya="sen")) == n
    assert baca(bilangan(n), pemisah_desimal=",") == n


@given(
    st.decimals(min_value=-1000, max_value=1000, places=2, allow_nan=False, allow_infinity=False)
)
def test_round_trip_persen(x: Decimal) -> None:
    assert baca(persen(x)) == x


REPORT_AMOUNTS = [
    (
        13_904_271_740,
        "Tiga Belas Miliar Sembilan Ratus Empat Juta Dua Ratus Tujuh Puluh Satu Ribu "
        "Tujuh Ratus Empat Puluh Rupiah",
    ),
    (
        7_464_445_202,
        "Tujuh Miliar Empat Ratus Enam Puluh Empat Juta Empat Ratus Empat Puluh Lima Ribu "
        "Dua Ratus Dua Rupiah",
    ),
    (
        13_849_393_240,
        "Tiga Belas Miliar Delapan Ratus Empat Puluh Sembilan Juta Tiga Ratus Sembilan Puluh "
        "Tiga Ribu Dua Ratus Empat Puluh Rupiah",
    ),
    (54_878_500, "Lima Puluh Empat Juta Delapan Ratus Tujuh Puluh Delapan Ribu Lima Ratus Rupiah"),
    (
        13_628_836_667,
        "Tiga Belas Miliar Enam Ratus Dua Puluh Delapan Juta Delapan Ratus Tiga Puluh Enam Ribu "
        "Enam Ratus Enam Puluh Tujuh Rupiah",
    ),
]


@pytest.mark.parametrize(("n", "teks"), REPORT_AMOUNTS)
def test_terbilang_report_amounts(n: int, teks: str) -> None:
    assert terbilang(n, huruf="judul", rupiah=True) == teks


@pytest.mark.parametrize(
    ("n", "teks"),
    [
        (0, "nol"),
        (1, "satu"),
        (10, "sepuluh"),
        (11, "sebelas"),
        (12, "dua belas"),
        (19, "sembilan belas"),
        (20, "dua puluh"),
        (21, "dua puluh satu"),
        (100, "seratus"),
        (101, "seratus satu"),
        (110, "seratus sepuluh"),
        (111, "seratus sebelas"),
        (200, "dua ratus"),
        (1_000, "seribu"),
        (1_001, "seribu satu"),
        (1_100, "seribu seratus"),
        (2_000, "dua ribu"),
        (11_000, "sebelas ribu"),
        (101_000, "seratus satu ribu"),
        (1_000_000, "satu juta"),
        (1_001_000, "satu juta seribu"),
        (1_000_000_000, "satu miliar"),
        (1_000_000_000_000, "satu triliun"),
        (10**15, "satu kuadriliun"),
        (1_000_001, "satu juta satu"),
        (-5, "minus lima"),
    ],
)
def test_terbilang_scale_words_and_se_forms(n: int, teks: str) -> None:
    assert terbilang(n) == teks


def test_terbilang_decimals_and_cases() -> None:
    assert terbilang(Decimal("98.48")) == "sembilan puluh delapan koma empat delapan"
    assert terbilang("0,05") == "nol koma nol lima"
    assert terbilang("0.05", pemisah_desimal=".") == "nol koma nol lima"
    assert terbilang("1,50") == "satu koma lima nol"
    assert terbilang(Decimal("1.50")) == "satu koma lima nol"
    assert terbilang(2.5) == "dua koma lima"
    assert terbilang(1_001_000, huruf="kalimat") == "Satu juta seribu"
    with pytest.raises(InvalidValueError):
        terbilang(10**18)


def _oracle_terbilang(n: int) -> str:
    """An independent implementation: recursive, by magnitude."""
    small = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]

    def rec(x: int) -> str:
        if x < 10:
            return small[x]
        if x == 10:
            return "sepuluh"
        if x == 11:
            return "sebelas"
        if x < 20:
            return f"{small[x - 10]} belas"
        if x < 100:
            return f"{small[x // 10]} puluh" + (f" {small[x % 10]}" if x % 10 else "")
        if x < 200:
            return "seratus" + (f" {rec(x - 100)}" if x - 100 else "")
        if x < 1000:
            return f"{small[x // 100]} ratus" + (f" {rec(x % 100)}" if x % 100 else "")
        if x < 2000:
            return "seribu" + (f" {rec(x - 1000)}" if x - 1000 else "")
        for size, word in (
            (10**15, "kuadriliun"),
            (10**12, "triliun"),
            (10**9, "miliar"),
            (10**6, "juta"),
            (10**3, "ribu"),
        ):
            if x >= size:
                head, rest = divmod(x, size)
                return f"{rec(head)} {word}" + (f" {rec(rest)}" if rest else "")
        raise AssertionError(x)

    return rec(n)


@given(st.integers(min_value=0, max_value=10**16))
def test_terbilang_agrees_with_an_independent_implementation(n: int) -> None:
    assert terbilang(n) == _oracle_terbilang(n)


def test_terbilang_is_injective_on_a_sample() -> None:
    import random

    rng = random.Random(7)
    sample = {rng.randrange(0, 10**15) for _ in range(3000)} | set(range(3000))
    words = {terbilang(n) for n in sample}
    assert len(words) == len(sample)


@pytest.mark.parametrize(
    ("teks", "tanggal_"),
    [
        ("25 September 2023", dt.date(2023, 9, 25)),
        ("Dumai, 25 September 2023", dt.date(2023, 9, 25)),
        ("25 Sept 2023", dt.date(2023, 9, 25)),
        ("8 Desember 2023", dt.date(2023, 12, 8)),
        ("27 mei 2022", dt.date(2022, 5, 27)),
        ("1 Agt 2023", dt.date(2023, 8, 1)),
        ("2023-09-25", dt.date(2023, 9, 25)),
    ],
)
def test_baca_tanggal(teks: str, tanggal_: dt.date) -> None:
    assert baca_tanggal(teks) == tanggal_
    assert baca_tanggal(tanggal(tanggal_)) == tanggal_


@pytest.mark.parametrize(
    "teks", ["Januari 2024", "09/10/2023", "31 Februari 2023", "25 Septembre 2023", "2023", ""]
)
def test_baca_tanggal_refuses_ambiguous_or_unknown(teks: str) -> None:
    with pytest.raises(InvalidValueError):
        baca_tanggal(teks)


def test_baca_bulan() -> None:
    assert baca_bulan("Januari 2024") == (2024, 1)
    assert baca_bulan("Dumai, Januari 2024") == (2024, 1)
    with pytest.raises(InvalidValueError):
        baca_bulan("Brumaire 2024")


@given(st.text(alphabet="0123456789.,-()Rp% ", max_size=20))
def test_baca_never_fails_untyped(teks: str) -> None:
    from sakip import SakipError

    try:
        hasil = baca(teks)
    except SakipError:
        return
    assert isinstance(hasil, Decimal)
    assert hasil.is_finite()


# -- one reader, one rule (issue: numbers read one way) ---------------------------------------


@pytest.mark.parametrize(
    ("teks", "dengan_koma", "dengan_titik"),
    [
        ("1.500", "reads 1500 with pemisah_desimal=','", "reads 1,5 with pemisah_desimal='.'"),
        ("1.250", "reads 1250 with pemisah_desimal=','", "reads 1,25 with pemisah_desimal='.'"),
        ("-2.000", "reads -2000 with", "reads -2 with pemisah_desimal='.'"),
        ("(1.500)", "reads -1500 with", "reads -1,5 with"),
    ],
)
def test_ambiguous_text_is_refused_with_both_readings(
    teks: str, dengan_koma: str, dengan_titik: str
) -> None:
    with pytest.raises(InvalidValueError) as info:
        baca(teks)
    pesan = str(info.value)
    assert dengan_koma in pesan
    assert dengan_titik in pesan
    assert "choose one" in pesan


@pytest.mark.parametrize(
    ("teks", "dibaca"), [("95.03", "95,03"), ("-0.5", "-0,5"), ("1234.5", "1234,5")]
)
def test_a_decimal_point_alone_is_refused_with_its_one_reading(teks: str, dibaca: str) -> None:
    # one reading only: not called ambiguous, yet not taken as the document's convention
    with pytest.raises(InvalidValueError) as info:
        baca(teks)
    pesan = str(info.value)
    assert (
        f"has a decimal point, which the Indonesian way does not use: it reads {dibaca} " in pesan
    )
    assert "pemisah_desimal='.'" in pesan
    assert "ambiguous" not in pesan
    assert baca(teks, pemisah_desimal=".") == Decimal(teks)


def test_writers_read_text_with_bacas_rule() -> None:
    # the issue: terbilang("1.500") read 1,5 although baca("1.500") refuses it
    for tulis in (terbilang, bilangan, persen, rupiah):
        with pytest.raises(InvalidValueError, match=r"ambiguous.*reads 1500.*reads 1,5"):
            tulis("1.500")
        with pytest.raises(InvalidValueError, match="nilai is ambiguous"):
            tulis("1.500")
    assert terbilang("1.500", pemisah_desimal=",", rupiah=True) == "seribu lima ratus rupiah"
    assert terbilang("1.500", pemisah_desimal=".") == "satu koma lima nol nol"
    assert terbilang("13.904.271.740") == terbilang(13_904_271_740)
    assert bilangan("1.500", pemisah_desimal=",") == "1.500"
    assert bilangan("(19.588.000)") == "-19.588.000"
    assert persen("98,48%") == "98,48%"
    assert rupiah("Rp 309.164.140,-") == "Rp 309.164.140,-"
    with pytest.raises(InvalidValueError, match="pemisah_desimal"):
        bilangan(5, pemisah_desimal=";")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("teks", "nilai"),
    [("(5)", -5), ("(19.588.000)", -19_588_000), ("( 5 )", -5), ("(5%)", -5), ("-5", -5)],
)
def test_parentheses_are_the_accounting_negative(teks: str, nilai: int) -> None:
    assert baca(teks) == nilai


@pytest.mark.parametrize("teks", ["(-5)", "(+5)", "( -5 )", "-(5)", "--5", "(5", "5)", "()"])
def test_a_second_sign_is_refused_never_dropped(teks: str) -> None:
    with pytest.raises(InvalidValueError):
        baca(teks)


@given(
    st.decimals(
        min_value=-(10**15), max_value=10**15, places=3, allow_nan=False, allow_infinity=False
    ),
    st.integers(min_value=0, max_value=4),
)
def test_written_then_read_back_gives_the_same_value(x: Decimal, tempat: int) -> None:
    from sakip._eksak import bulatkan

    nilai = bulatkan(x, tempat)
    for teks in (bilangan(x, tempat), persen(x, tempat)):
        assert baca(teks, pemisah_desimal=",") == nilai
        # without a choice: the same value, or refused as ambiguous ("1.500"), never another
        if tempat == 0 and teks.count(".") == 1:
            with pytest.raises(InvalidValueError, match="ambiguous"):
                baca(teks)
        else:
            assert baca(teks) == nilai


_TEKS_ANGKA = st.text(alphabet="0123456789.,-()% ", max_size=16)


def _bacaan(teks: str, pemisah: str | None) -> Decimal | None:
    try:
        return baca(teks, pemisah_desimal=pemisah)  # type: ignore[arg-type]
    except InvalidValueError:
        return None


@given(_TEKS_ANGKA)
def test_baca_never_returns_a_value_for_ambiguous_text(teks: str) -> None:
    koma, titik, tanpa = _bacaan(teks, ","), _bacaan(teks, "."), _bacaan(teks, None)
    if koma is not None and titik is not None and koma != titik:
        assert tanpa is None  # the two conventions disagree: refused
    if tanpa is not None:
        # a value read without a choice is the value under every convention that reads it
        assert koma in (None, tanpa)
        assert titik in (None, tanpa)
        assert koma is not None or titik is not None


@given(_TEKS_ANGKA)
def test_every_writer_reads_text_as_baca_does(teks: str) -> None:
    dibaca = _bacaan(teks, None)
    for tulis in (bilangan, terbilang):
        # terbilang writes no unit: it refuses a percentage rather than drop its mark
        persen = tulis is terbilang and ("%" in teks or "persen" in teks.lower())
        try:
            tertulis = tulis(teks)
        except InvalidValueError:
            assert dibaca is None or abs(dibaca) >= 10**18 or persen
        else:
            assert dibaca is not None
            assert not persen
            assert tertulis == tulis(dibaca)


@pytest.mark.parametrize("teks", ["1.500", "Rp 1.500", "1.500,-", "(1.500)", "1.500%"])
def test_terbilang_agrees_with_baca(teks: str) -> None:
    nilai = _bacaan(teks, None)
    if nilai is None:
        with pytest.raises(InvalidValueError, match="ambiguous") as info:
            baca(teks)
        with pytest.raises(InvalidValueError) as info_terbilang:
            terbilang(teks)
        assert info_terbilang.value.expected == info.value.expected
    else:
        assert terbilang(teks) == terbilang(nilai)


@pytest.mark.parametrize(
    "teks",
    ["-" + "1" * 40, "(" + "9" * 29 + ",123)", "-" + "1.234" * 1 + ".567.891.234.567.891.234.567"],
)
def test_negative_numbers_are_exact_whatever_their_length(teks: str) -> None:
    """The sign is applied exactly, never rounded to the decimal context's 28 digits."""
    d = baca(teks)
    digits = "".join(ch for ch in teks if ch.isdigit())
    assert d < 0
    assert "".join(str(x) for x in d.as_tuple().digits) == digits


# -- found by a review: the caller's decimal context, Rupiah text, groups, dates -----------


def test_writers_do_not_depend_on_the_callers_decimal_context() -> None:
    assert bilangan(10**29 - 1) == "99.999.999.999.999.999.999.999.999.999"
    assert bilangan(5, 30) == "5," + "0" * 30
    assert persen(Decimal("123456789012345678901234567.89")).endswith("567,89%")
    assert terbilang("0,12345678901234567890123456789").endswith("tujuh delapan sembilan")
    with decimal.localcontext(prec=10) as ctx:
        ctx.traps[decimal.Inexact] = ctx.traps[decimal.Rounded] = True
        assert rupiah(1_234_567_890_123) == "Rp 1.234.567.890.123,-"
        assert rupiah(1_234_567_890_123, gaya="sen") == "Rp1.234.567.890.123,00"
        assert terbilang(Decimal("1234567.891234")).endswith(
            "delapan sembilan satu dua tiga empat"
        )
        assert bilangan(10**29 - 1) == "99.999.999.999.999.999.999.999.999.999"


def test_rupiah_text_groups_thousands_whatever_the_separator() -> None:
    assert baca("Rp 1.500", pemisah_desimal=".") == 1500
    assert baca("1.500,-", pemisah_desimal=".") == 1500
    assert baca("Rp 1.000.000", pemisah_desimal=".") == 1_000_000
    with pytest.raises(InvalidValueError, match="both Rupiah and a percentage"):
        baca("Rp 5%")


@pytest.mark.parametrize("teks", ["0.000.001", "000.001,5", "0.500,5", "0.000"])
def test_a_group_of_thousands_does_not_start_with_zero(teks: str) -> None:
    with pytest.raises(InvalidValueError):
        baca(teks, pemisah_desimal=",")


@pytest.mark.parametrize("kosong", [Decimal("NaN"), Decimal("Infinity"), 10**40])
def test_the_value_of_an_empty_cell_is_a_number_within_the_limits(kosong: object) -> None:
    with pytest.raises(InvalidValueError, match="kosong"):
        baca("", kosong=kosong)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "teks",
    [
        "1 Januari 0001",
        "1 Januari 0050",
        "0050-01-01",
        "\u0662\u0665 September \u0662\u0660\u0662\u0663",  # Arabic-Indic digits
        "Dumai" * 30 + ", 25 September 2023",
    ],
)
def test_a_date_needs_a_year_of_four_ascii_digits_from_1000(teks: str) -> None:
    with pytest.raises(InvalidValueError):
        baca_tanggal(teks)


def test_a_month_needs_a_year_from_1000() -> None:
    with pytest.raises(InvalidValueError):
        baca_bulan("Januari 0000")
    assert baca_bulan("Januari 1000") == (1000, 1)


def test_a_sign_before_parentheses_is_refused_by_name() -> None:
    with pytest.raises(InvalidValueError, match="must not have a sign before parentheses"):
        baca("-(5)")
