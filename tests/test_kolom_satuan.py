"""The unit of a column result after arithmetic: kept only where the result is provably in it.

A ScaledArray holds integers in units of ``10**-tempat``; numpy.ma copies its
attributes into every result, so without a rule ``c * c`` (ten-thousandths)
and ``c + 1`` (one hundredth, or one percentage point?) would still say
``tempat == 2`` and be rated as such. The rule (see ScaledArray): sign,
magnitude, sums, differences and choices among operands of one unit keep it;
every other arithmetic result loses it and is refused when read.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import sakip
from sakip import PERMENDAGRI_86_2017, kolom

np = pytest.importorskip("numpy")

HILANG = r"must be carried by the array.*c \* c, c \+ 1, c / 2"
FLOAT = "changed by arithmetic"


def _c() -> Any:
    """capaian 178.57, 73.08 and a missing row, in hundredths (tempat=2)."""
    return kolom.capaian(
        realisasi=np.array([75, 19, 5]), target=np.array([42, 26, 0]), errors="null"
    )


def _tempat(x: Any) -> int | None:
    """The unit an array carries, None when it lost it (read from numpy.ma's record of it)."""
    from sakip.kolom._numpy import satuan_dibawa

    return satuan_dibawa(x)


# operation -> the unit its result must carry (None: lost)
OPERASI: dict[str, tuple[Callable[[Any], Any], int | None]] = {
    # operators
    "c + c": (lambda c: c + c, 2),
    "c - c": (lambda c: c - c, 2),
    "c + 0": (lambda c: c + 0, 2),
    "0 + c": (lambda c: 0 + c, 2),
    "c - 0": (lambda c: c - 0, 2),
    "-c": (lambda c: -c, 2),
    "+c": (lambda c: +c, 2),
    "abs(c)": (lambda c: abs(c), 2),
    "c + 1": (lambda c: c + 1, None),
    "1 + c": (lambda c: 1 + c, None),
    "c - 1": (lambda c: c - 1, None),
    "100 - c": (lambda c: 100 - c, None),
    "c * c": (lambda c: c * c, None),
    "c * 1": (lambda c: c * 1, None),
    "2 * c": (lambda c: 2 * c, None),
    "c / 2": (lambda c: c / 2, None),
    "c / c": (lambda c: c / c, None),
    "c // 2": (lambda c: c // 2, None),
    "2 // c": (lambda c: 2 // c, None),
    "c % 7": (lambda c: c % 7, None),
    "c ** 2": (lambda c: c**2, None),
    "2 ** c": (lambda c: 2 ** (c // 10000), None),
    "c + c.data": (lambda c: c + np.ma.getdata(c), None),  # a plain array: no unit
    "c + np.int64(0)": (lambda c: c + np.int64(0), 2),
    "c + True": (lambda c: c + True, None),  # a bool is no zero of a unit
    # numpy functions
    "np.add(c, c)": (lambda c: np.add(c, c), 2),
    "np.add(c, 1)": (lambda c: np.add(c, 1), None),
    "np.subtract(c, c)": (lambda c: np.subtract(c, c), 2),
    "np.multiply(c, c)": (lambda c: np.multiply(c, c), None),
    "np.multiply(c, 2)": (lambda c: np.multiply(c, 2), None),
    "np.true_divide(c, 2)": (lambda c: np.true_divide(c, 2), None),
    "np.abs(c)": (lambda c: np.abs(c), 2),
    "np.negative(c)": (lambda c: np.negative(c), 2),
    "np.maximum(c, c)": (lambda c: np.maximum(c, c), 2),
    "np.maximum(c, 0)": (lambda c: np.maximum(c, 0), 2),
    "np.maximum(c, 10000)": (lambda c: np.maximum(c, 10000), None),
    "np.minimum(c, -c)": (lambda c: np.minimum(c, -c), 2),
    "np.round(c)": (lambda c: np.round(c), 2),
    "np.round(c, 1)": (lambda c: np.round(c, 1), 2),
    "np.round(c, -2)": (lambda c: np.round(c, -2), None),  # half to even: not the reports'
    "np.where(c > 10000, c, 0)": (lambda c: np.where(c > 10000, c, 0), 2),
    "np.where(c > 10000, c, -c)": (lambda c: np.where(c > 10000, c, -c), 2),
    "np.where(c > 10000, c, 100)": (lambda c: np.where(c > 10000, c, 100), None),
    "np.clip(c, 0, None)": (lambda c: np.clip(c, 0, None), 2),
    "np.clip(c, -c, c)": (lambda c: np.clip(c, -c, c), 2),
    "np.clip(c, 0, 100)": (lambda c: np.clip(c, 0, 100), None),
    "np.sqrt(c)": (lambda c: np.sqrt(c), None),
    "np.rint(c)": (lambda c: np.rint(c), None),
    "c.cumsum()": (lambda c: c.cumsum(), None),
}


@pytest.mark.parametrize("nama", list(OPERASI), ids=list(OPERASI))
def test_the_unit_after_arithmetic(nama: str) -> None:
    hitung, tempat = OPERASI[nama]
    c = _c()
    hasil = hitung(c)
    assert isinstance(hasil, np.ma.MaskedArray)
    assert c.tempat == 2  # the operand keeps its own
    if tempat is not None:
        assert _tempat(hasil) == tempat
        # read as the exact values of the same operation on the operands' values
        nilai = kolom.ke_desimal(hasil)
        assert nilai[2] is None
        assert nilai[:2] == [Decimal(int(n)).scaleb(-2) for n in np.ma.getdata(hasil)[:2]]
        kolom.predikat(PERMENDAGRI_86_2017, hasil, errors="null")
        return
    pesan = FLOAT if hasil.dtype.kind == "f" else HILANG
    if type(hasil) is np.ma.MaskedArray:  # numpy.ma made a plain one (2 ** c): no unit at all
        pesan = "must say its unit"
    with pytest.raises(sakip.InvalidValueError, match=pesan):
        kolom.predikat(PERMENDAGRI_86_2017, hasil)
    with pytest.raises(sakip.InvalidValueError, match=pesan):
        kolom.ke_desimal(hasil)
    with pytest.raises(sakip.InvalidValueError, match=pesan):
        kolom.efisiensi(capaian=hasil, pagu=10, realisasi=5)
    if hasil.dtype.kind != "f":
        # the way out the message names: state the unit where the array is read
        assert kolom.ke_desimal(hasil, tempat=2)[:2] == [
            Decimal(int(n)).scaleb(-2) for n in np.ma.getdata(hasil)[:2]
        ]


def test_values_of_a_kept_unit_are_the_exact_values() -> None:
    c = _c()
    assert kolom.ke_desimal(c - c) == [Decimal("0.00"), Decimal("0.00"), None]
    assert kolom.ke_desimal(c + c) == [Decimal("357.14"), Decimal("146.16"), None]
    assert kolom.ke_desimal(-c) == [Decimal("-178.57"), Decimal("-73.08"), None]
    assert kolom.predikat(PERMENDAGRI_86_2017, np.maximum(c, 0)).tolist() == [
        "Sangat Tinggi",
        "Sedang",
        None,
    ]


@pytest.mark.parametrize(
    ("operasi", "tempat"),
    [
        (operator.iadd, None),  # c += 1
        (operator.isub, None),
        (operator.imul, None),
        (operator.ifloordiv, None),
        (operator.ipow, None),
        (operator.imod, None),
    ],
)
def test_in_place_arithmetic_by_a_number_loses_the_unit_of_the_array_itself(
    operasi: Callable[[Any, Any], Any], tempat: int | None
) -> None:
    c = _c()
    awal = c.copy()
    d = operasi(c, 1)
    assert d is c
    assert _tempat(c) is tempat
    assert awal.tempat == 2  # a copy taken before keeps it
    with pytest.raises(sakip.InvalidValueError, match=HILANG):
        kolom.predikat(PERMENDAGRI_86_2017, c)


def test_in_place_true_division_gives_floats_that_are_refused() -> None:
    c = kolom.capaian(realisasi=np.array([75.0]), target=np.array([42]))
    c = c.astype(float)
    c /= 2
    with pytest.raises(sakip.InvalidValueError):
        kolom.predikat(PERMENDAGRI_86_2017, c)


@pytest.mark.parametrize("operasi", [operator.iadd, operator.isub])
def test_in_place_sum_of_the_same_unit_keeps_it(operasi: Callable[[Any, Any], Any]) -> None:
    c = _c()
    operasi(c, _c())
    assert c.tempat == 2
    operasi(c, 0)
    assert c.tempat == 2


def test_operands_of_different_units_lose_it() -> None:
    dua = kolom.capaian(realisasi=np.array([75]), target=np.array([42]))
    tiga = kolom.capaian(realisasi=np.array([75]), target=np.array([42]), tempat=3)
    for hasil in (dua + tiga, tiga - dua, np.maximum(dua, tiga), np.where(True, dua, tiga)):
        assert _tempat(hasil) is None


def test_a_unit_lost_stays_lost() -> None:
    c = _c()
    hilang = c * 1
    for turunan in (hilang + hilang, -hilang, hilang[1:], hilang.copy(), np.sort(hilang)):
        assert _tempat(turunan) is None


def test_comparisons_and_reductions_are_as_numpy_makes_them() -> None:
    c = _c()
    assert (c > 10000).tolist() == [True, False, None]
    assert c[c > 10000].tempat == 2  # a boolean index keeps the values and their unit
    assert int(np.sum(c)) == 17857 + 7308  # a numpy number: no unit to carry
    assert float(np.mean(c)) == (17857 + 7308) / 2


def test_pickle_keeps_a_lost_unit_lost() -> None:
    import pickle

    c = _c() * 1
    assert _tempat(pickle.loads(pickle.dumps(c))) is None


# -- a property over the whole table ---------------------------------------------------------

_BINER: dict[str, Callable[[Any, Any], Any]] = {
    "add": operator.add,
    "sub": operator.sub,
    "mul": operator.mul,
    "floordiv": operator.floordiv,
    "np.maximum": np.maximum,
    "np.minimum": np.minimum,
    "np.fmax": np.fmax,
    "np.add": np.add,
    "np.subtract": np.subtract,
    "np.multiply": np.multiply,
}
_TETAP = {"add", "sub", "np.maximum", "np.minimum", "np.fmax", "np.add", "np.subtract"}

_nilai = st.lists(st.integers(-(10**6), 10**6), min_size=1, max_size=8)


@settings(max_examples=200, deadline=None)
@given(
    a=_nilai,
    data=st.data(),
    nama=st.sampled_from(sorted(_BINER)),
    ta=st.integers(0, 4),
    tb=st.integers(0, 4),
    lain=st.sampled_from(["array", "zero", "number", "plain"]),
)
def test_a_kept_unit_always_means_the_exact_values(
    a: list[int], data: Any, nama: str, ta: int, tb: int, lain: str
) -> None:
    """Whenever a result says a unit, its values are exactly the operation on the operands' values."""
    from sakip.kolom._numpy import ScaledArray

    kiri = ScaledArray(np.array(a), tempat=ta)
    b = data.draw(st.lists(st.integers(-(10**6), 10**6), min_size=len(a), max_size=len(a)))
    kanan: Any = {
        "array": ScaledArray(np.array(b), tempat=tb),
        "zero": 0,
        "number": b[0] or 1,
        "plain": np.array(b),
    }[lain]
    hasil = _BINER[nama](kiri, kanan)
    tempat = _tempat(hasil)
    sama = lain == "zero" or (lain == "array" and ta == tb)
    assert (tempat is not None) == (nama in _TETAP and sama)
    if tempat is None:
        return
    x = [Decimal(n).scaleb(-ta) for n in a]
    y = [Decimal(0)] * len(a) if lain == "zero" else [Decimal(n).scaleb(-tb) for n in b]
    harap: Any = {
        "add": operator.add,
        "np.add": operator.add,
        "sub": operator.sub,
        "np.subtract": operator.sub,
        "np.maximum": max,
        "np.fmax": max,
        "np.minimum": min,
    }[nama]
    assert kolom.ke_desimal(hasil) == [harap(p, q) for p, q in zip(x, y, strict=True)]


# -- pandas and polars: how they carry the unit through arithmetic ---------------------------


def test_pandas_arithmetic_gives_a_plain_integer_column_that_is_refused() -> None:
    pd = pytest.importorskip("pandas")
    c = kolom.capaian(
        realisasi=pd.Series([75, 19, None], dtype="Int64"), target=pd.Series([42, 26, 3])
    )
    for hasil in (c * c, c + 1, c + c, c - c, c // 2, c % 7, c**2, np.add(c, c), np.maximum(c, c)):
        assert str(hasil.dtype) == "Int64"  # pandas builds a new array: the unit is not kept
        with pytest.raises(sakip.InvalidValueError, match="must say its unit"):
            kolom.predikat(PERMENDAGRI_86_2017, hasil)
    with pytest.raises(sakip.InvalidValueError, match="integer columns only"):
        kolom.ke_desimal(c / 2, tempat=2)  # Float64: no integer units to state
    assert kolom.predikat(PERMENDAGRI_86_2017, c / 2).tolist()[:2] == [
        "Sangat Tinggi",  # 8928.5 read as it is (a plain float column is its values)
        "Sangat Tinggi",
    ]
    # sign and magnitude keep the dtype, and the values
    for hasil, harap in ((-c, ["-178.57", "-73.08"]), (abs(c), ["178.57", "73.08"])):
        assert hasil.dtype == c.dtype
        assert kolom.ke_desimal(hasil)[:2] == [Decimal(x) for x in harap]


def test_polars_arithmetic_is_on_the_values_themselves() -> None:
    pl = pytest.importorskip("polars")
    c = kolom.capaian(realisasi=pl.Series([75, 19]), target=pl.Series([42, 26]))
    assert kolom.ke_desimal(c + c) == [Decimal("357.14"), Decimal("146.16")]
    assert kolom.ke_desimal(c + 1) == [Decimal("179.57"), Decimal("74.08")]  # one point
    assert kolom.predikat(PERMENDAGRI_86_2017, c - 100).to_list() == ["Tinggi", "Sangat Rendah"]


def test_a_sum_that_overflows_int64_is_refused_not_kept() -> None:
    # int64 arithmetic wraps around: a sum that keeps its unit must be exact or refused
    from sakip.errors import InvalidValueError

    c = kolom.baca(np.array(["50.000.000.000", "0,00000001"]))  # tempat 8: 5e18 in units
    with pytest.raises(InvalidValueError, match="must not overflow int64"):
        c + c
    with pytest.raises(InvalidValueError, match="must not overflow int64"):
        np.add(c, c)
    with pytest.raises(InvalidValueError, match="must not overflow int64"):
        c - (-c)
    d = c.copy()
    with pytest.raises(InvalidValueError, match="must not overflow int64"):
        d += c
    kecil = kolom.capaian(realisasi=np.array([75, 19]), target=np.array([42, 26]))
    assert kolom.ke_desimal(kecil + kecil) == [Decimal("357.14"), Decimal("146.16")]


# every test of this module on both column paths (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("jalur_kolom")
