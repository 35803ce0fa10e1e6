"""The exact-number core: reading inputs, one rounding, persentase."""

from __future__ import annotations

import decimal
import pickle
from decimal import Decimal
from fractions import Fraction

import pytest

import sakip
from sakip import InvalidTypeError, InvalidValueError, NotComputableError, SakipError
from sakip._eksak import ke_pecahan


@pytest.mark.parametrize(
    ("nilai", "eksak"),
    [
        (7, Fraction(7)),
        (-7, Fraction(-7)),
        (Decimal("98.48"), Fraction(2462, 25)),
        (Fraction(1, 3), Fraction(1, 3)),
        ("98.48", Fraction(2462, 25)),
        (" 12 ", Fraction(12)),
        ("-0.5", Fraction(-1, 2)),
        (".5", Fraction(1, 2)),
        ("1e3", Fraction(1000)),
        ("1.500", Fraction(3, 2)),  # plain ASCII decimal: one and a half
        (98.48, Fraction(2462, 25)),  # shortest repr, not the binary double
        (0.1, Fraction(1, 10)),
        (1e16, Fraction(10**16)),
        (Decimal("1.000000000000000000000000000000000000"), Fraction(1)),
        (Decimal("0E-1000"), Fraction(0)),
    ],
)
def test_reads_numbers_exactly(nilai: object, eksak: Fraction) -> None:
    assert ke_pecahan(nilai, "x") == eksak


@pytest.mark.parametrize("nilai", [True, False, None, [1], {"a": 1}, b"12", 1j])
def test_refuses_non_numbers_with_a_type_error(nilai: object) -> None:
    with pytest.raises(InvalidTypeError) as info:
        ke_pecahan(nilai, "realisasi")
    assert isinstance(info.value, TypeError)
    assert info.value.field == "realisasi"
    assert info.value.value is nilai or info.value.value == nilai


@pytest.mark.parametrize(
    "nilai",
    [
        float("nan"),
        float("inf"),
        float("-inf"),
        Decimal("NaN"),
        Decimal("sNaN"),
        Decimal("Infinity"),
        "nan",
        "inf",
        "",
        "abc",
        "1,5",
        "98,48",
        "98,48%",
        "13.904.271.740",
        "Rp 1.000",
        "1_000",
        "١٢",  # Arabic-Indic digits: not ASCII
        "0x10",
    ],
)
def test_refuses_bad_values_with_a_value_error(nilai: object) -> None:
    with pytest.raises(InvalidValueError) as info:
        ke_pecahan(nilai, "target")
    assert isinstance(info.value, ValueError)
    assert "target" in str(info.value)


@pytest.mark.parametrize("teks", ["98,48", "13.904.271.740", "98,48%"])
def test_indonesian_strings_point_to_the_parser(teks: str) -> None:
    with pytest.raises(InvalidValueError, match=r"sakip\.angka\.baca"):
        ke_pecahan(teks, "realisasi")


@pytest.mark.parametrize(
    "nilai",
    [
        "1e999999999",
        "1e-999999",
        Decimal("1e999999999"),
        Decimal("1e-999999999"),
        10**30,
        -(10**30),
        pytest.param(10**5000, id="10**5000"),
        "9" * 31,
        "0." + "0" * 30 + "1",
        Fraction(1, 10**31),
        Fraction(10**31, 3),
        1e300,
        "1" * 101,
    ],
)
def test_absurd_magnitudes_are_refused_at_once(nilai: object) -> None:
    with pytest.raises(InvalidValueError):
        ke_pecahan(nilai, "pagu")


def test_limits_cover_rupiah_to_10_18_and_ten_decimal_percentages() -> None:
    assert ke_pecahan(10**18, "pagu") == 10**18
    assert ke_pecahan("999999999999999999999999999999", "pagu") == 10**30 - 1
    assert ke_pecahan("98.1234567891", "x") == Fraction(981234567891, 10**10)


@pytest.mark.parametrize(
    ("nilai", "tempat", "hasil"),
    [
        ("0.125", 2, "0.13"),
        ("-0.125", 2, "-0.13"),
        ("0.124999", 2, "0.12"),
        (1.005, 2, "1.01"),  # builtin round() gives 1.0
        (2.675, 2, "2.68"),  # builtin round() gives 2.67
        ("178.5714285", 0, "179"),
        ("0.5", 0, "1"),
        ("-0.5", 0, "-1"),
        ("1.5", 0, "2"),
        ("2.5", 0, "3"),  # not banker's rounding
        ("-0.001", 2, "0.00"),  # no negative zero
        (7, 2, "7.00"),
        (7, 0, "7"),
        (Fraction(2, 3), 10, "0.6666666667"),
        (10**18, 2, "1000000000000000000.00"),
    ],
)
def test_bulatkan_half_up_exactly(nilai: sakip.Number, tempat: int, hasil: str) -> None:
    got = sakip.bulatkan(nilai, tempat)
    assert got == Decimal(hasil)
    assert str(got) == hasil  # exactly `tempat` places


def test_bulatkan_ignores_the_ambient_decimal_context() -> None:
    with decimal.localcontext() as ctx:
        ctx.prec = 3
        ctx.rounding = decimal.ROUND_DOWN
        assert str(sakip.bulatkan(Fraction(123456789125, 1000), 2)) == "123456789.13"
        assert str(sakip.persentase(pembilang=556_479_000, penyebut=924_000_000)) == "60.23"


@pytest.mark.parametrize("tempat", [-1, 31, 100])
def test_bulatkan_refuses_places_out_of_range(tempat: int) -> None:
    with pytest.raises(InvalidValueError, match="tempat"):
        sakip.bulatkan(1, tempat)


@pytest.mark.parametrize("tempat", [2.0, "2", True, None])
def test_bulatkan_refuses_places_of_wrong_type(tempat: object) -> None:
    with pytest.raises(InvalidTypeError, match="tempat"):
        sakip.bulatkan(1, tempat)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("pembilang", "penyebut", "hasil"),
    [
        (556_479_000, 924_000_000, "60.23"),  # float gives 60.22
        (115, 800, "14.38"),  # float gives 14.37
        (13_999, 20_000, "70.00"),  # 69.995: float gives 69.99
        (13_628_836_667, 13_904_271_740, "98.02"),
        (3_470_356_630, 3_523_998_700, "98.48"),
        (0, 5, "0.00"),
    ],
)
def test_persentase_ties_that_float_gets_wrong(pembilang: int, penyebut: int, hasil: str) -> None:
    assert str(sakip.persentase(pembilang=pembilang, penyebut=penyebut)) == hasil


def test_float_formula_really_is_wrong_on_these_ties() -> None:
    # Guards the test above: if float ever got these right, the ties would be no test.
    assert round(556_479_000 / 924_000_000 * 100, 2) == 60.22
    assert round(13_999 / 20_000 * 100, 2) == 69.99


def test_persentase_exact_form() -> None:
    assert sakip.persentase(pembilang=1, penyebut=3, tempat=None) == Fraction(100, 3)


def test_persentase_zero_denominator_is_not_computable() -> None:
    with pytest.raises(NotComputableError) as info:
        sakip.persentase(pembilang=1, penyebut=0)
    assert info.value.field == "penyebut"
    assert info.value.rule is not None


def test_errors_carry_their_data_and_pickle() -> None:
    with pytest.raises(SakipError) as info:
        sakip.persentase(pembilang=1, penyebut="x")
    err = info.value
    assert (err.field, err.value) == ("penyebut", "x")
    again = pickle.loads(pickle.dumps(err))
    assert type(again) is type(err)
    assert str(again) == str(err)
    assert again.field == err.field


def test_numpy_integer_scalars_are_read_as_integers() -> None:
    np = pytest.importorskip("numpy")
    assert ke_pecahan(np.int64(42), "x") == 42


def test_numpy_float_scalars_are_read_by_the_shortest_repr_of_their_type() -> None:
    np = pytest.importorskip("numpy")
    # np.float64 is a float whose repr (numpy 2) is "np.float64(98.48)": read as 98.48
    assert ke_pecahan(np.float64(98.48), "x") == Fraction(2462, 25)
    assert sakip.capaian(realisasi=np.float64(98.48), target=100) == Decimal("98.48")
    # float32 0.00145 widens to 0.0014499999814...: read as typed, it rounds up
    assert ke_pecahan(np.float32(0.00145), "x") == Fraction(145, 100_000)
    assert sakip.capaian(realisasi=np.float32(0.00145), target=1) == Decimal("0.15")
    assert ke_pecahan(np.float16(0.1), "x") == Fraction(1, 10)
    assert ke_pecahan(np.longdouble("0.1"), "x") == Fraction(1, 10)
    assert sakip.PERMENDAGRI_86_2017.predikat(np.float32(90.99)) == "Tinggi"


@pytest.mark.parametrize("nama", ["float16", "float32", "float64", "longdouble"])
@pytest.mark.parametrize("teks", ["nan", "inf", "-inf"])
def test_numpy_float_scalars_that_are_not_numbers_are_refused(nama: str, teks: str) -> None:
    np = pytest.importorskip("numpy")
    with pytest.raises(InvalidValueError, match="finite"):
        ke_pecahan(getattr(np, nama)(teks), "x")


def test_numpy_float_scalars_past_the_limits_are_refused() -> None:
    np = pytest.importorskip("numpy")
    with pytest.raises(InvalidValueError, match="10\\*\\*30"):
        ke_pecahan(np.float32(1e-40), "x")
    with pytest.raises(InvalidValueError, match="10\\*\\*30"):
        ke_pecahan(np.float32(3e38), "x")
