"""The fast paths against an exact Fraction oracle: same value, same refusals.

``capaian`` and ``Skala.predikat`` read numbers into integers
(:func:`sakip._eksak.rasio_cepat`) and round in integers. Each property here
computes the same thing independently, with Fractions read by the test's own
rule (a float by its shortest repr), rounds with a Decimal-based oracle, and
checks the fast path agrees on every input type, both directions and every
method, and refuses exactly what the exact reader refuses.
"""

from __future__ import annotations

import decimal
import itertools
from decimal import Decimal
from fractions import Fraction
from typing import Any
from unittest import mock

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

import sakip._eksak
from sakip import (
    SKALA_BAWAAN,
    Arah,
    InvalidValueError,
    MetodeTurun,
    NotComputableError,
    Pita,
    SakipError,
    Skala,
    capaian,
    persentase,
)
from sakip._eksak import (
    _bagi_float,
    bagi_cepat,
    bulat_setengah_atas,
    desimal_dalam_batas,
    ke_pecahan,
    persen_rasio,
    rasio_cepat,
    semua_desimal_dalam_batas,
)
from sakip._eksak import hasil as _hasil_eksak
from sakip.kinerja import _capaian_pecahan


def _eksak(x: object) -> Fraction:
    """The test's own reading: a float by its shortest repr, a str as a plain decimal."""
    if isinstance(x, float):
        return Fraction(Decimal(repr(x)))
    if isinstance(x, str):
        return Fraction(Decimal(x))
    assert isinstance(x, (int, Decimal, Fraction))
    return Fraction(x)


def _bulat(x: Fraction, places: int) -> Decimal:
    """ROUND_HALF_UP through an explicit Decimal context, independent of sakip."""
    ctx = decimal.Context(prec=300, rounding=decimal.ROUND_HALF_UP)
    q = ctx.divide(Decimal(x.numerator), Decimal(x.denominator))
    return q.quantize(Decimal(1).scaleb(-places), context=ctx)


_int = st.integers(min_value=-(10**15), max_value=10**15)
_dec: st.SearchStrategy[Decimal] = st.decimals(
    min_value=Decimal(-(10**9)), max_value=Decimal(10**9), allow_nan=False, allow_infinity=False
).filter(lambda d: d.adjusted() - len(d.as_tuple().digits) >= -13)
_teks = st.builds(
    lambda tanda, a, b: f"{tanda}{a}{'.' + b if b else ''}",
    st.sampled_from(["", "-", "+"]),
    st.from_regex(r"[0-9]{1,12}", fullmatch=True),
    st.from_regex(r"[0-9]{0,8}", fullmatch=True),
)
_float = st.floats(min_value=-1e12, max_value=1e12, allow_nan=False, allow_infinity=False).filter(
    lambda f: f == 0 or abs(f) >= 1e-12
)
_pecahan = st.fractions(
    min_value=Fraction(-(10**9)), max_value=Fraction(10**9), max_denominator=10**6
)
#: Every kind of number sakip accepts.
angka = st.one_of(_int, _dec, _teks, _float, _pecahan)
#: Values near and past the limits, and spellings only the exact reader takes.
sulit = st.one_of(
    st.integers(min_value=10**29, max_value=10**31).map(lambda n: n * (-1) ** (n % 2)),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.floats(),
    st.text(alphabet="0123456789.+-eE _,٣", max_size=40),
    st.from_regex(r"[+-]?[0-9]{0,35}\.?[0-9]{0,35}", fullmatch=True),
    st.fractions(),
)


@given(x=st.one_of(angka, sulit))
@example(x=Decimal("1.0000000000000000000000000000000000001"))
@example(x=Decimal("0E-1000"))
@example(x=Decimal(2) ** -31)
@example(x="0" * 31 + "1")
@example(x="1" + "0" * 30)
@example(x=-0.0)
@example(x=Fraction(1, 2**40))
def test_fast_reading_is_the_exact_reading_or_steps_aside(x: object) -> None:
    cepat = rasio_cepat(x)
    try:
        eksak = ke_pecahan(x, "x")
    except SakipError:
        assert cepat is None  # the fast reading never accepts what is refused
        return
    if cepat is not None:
        pembilang, penyebut = cepat
        assert penyebut > 0
        assert Fraction(pembilang, penyebut) == eksak


@given(x=angka)
def test_fast_reading_takes_every_common_input(x: object) -> None:
    assume(not (isinstance(x, float) and "e" in repr(x)))  # 1e-05: the exact reader's
    assert rasio_cepat(x) is not None


def _dalam_batas(x: Decimal) -> bool:
    try:
        ke_pecahan(x, "x")
    except SakipError:
        return False
    return True


#: Decimals at two places (sakip's results), the largest past the limits.
_dua_tempat = st.integers(min_value=-(10**33), max_value=10**33).map(lambda n: Decimal(f"{n}E-2"))


@given(nilai=st.lists(st.one_of(_dua_tempat, _dec, st.decimals()), max_size=20))
@example(nilai=[Decimal("98.48"), Decimal("1000000000000000000000000000000.00")])
@example(nilai=[Decimal("-1000000000000000000000000000000.00")])
@example(nilai=[Decimal("999999999999999999999999999999.99")])
@example(nilai=[Decimal("98.48"), Decimal("NaN")])
@example(nilai=[Decimal("sNaN")])
@example(nilai=[])
def test_the_list_check_of_decimals_is_the_exact_reading(nilai: list[Decimal]) -> None:
    assert semua_desimal_dalam_batas(nilai) is all(map(_dalam_batas, nilai))


#: Two values of one type: the hot paths divide them in one call (bagi_cepat).
sejenis = st.one_of(
    *(st.tuples(s, s) for s in (_int, _dec, _teks, _float, _pecahan)),
    st.tuples(sulit, sulit),
    st.tuples(st.one_of(angka, sulit), st.one_of(angka, sulit)),
)


@given(pasangan=sejenis)
@example(pasangan=("5", "0"))
@example(pasangan=("0" * 31 + "1", "2"))
@example(pasangan=("1.5", "-2"))
@example(pasangan=(".5", "2."))
@example(pasangan=("1.2.3", "4"))
@example(pasangan=("١", "2"))
@example(pasangan=(Decimal("1E-31"), Decimal(2)))
@example(pasangan=(Decimal(2) ** -31, Decimal(1)))
@example(pasangan=(Decimal("NaN"), Decimal(1)))
@example(pasangan=(1.5, -0.0))
@example(pasangan=(10**30, 1))
def test_fast_quotient_is_the_exact_quotient_or_steps_aside(pasangan: tuple[Any, Any]) -> None:
    a, b = pasangan
    cepat = bagi_cepat(a, b)
    try:
        ea, eb = ke_pecahan(a, "a"), ke_pecahan(b, "b")
    except SakipError:
        assert cepat is None  # never accepts what the exact reader refuses
        return
    if cepat is None:
        # it steps aside only where a value does, or b is not above zero
        assert eb <= 0 or rasio_cepat(a) is None or rasio_cepat(b) is None
        return
    p, q = cepat
    assert q > 0
    assert eb > 0
    assert Fraction(p, q) == ea / eb


@given(
    pasangan=sejenis,
    arah_metode=st.sampled_from(
        [
            (Arah.NAIK, None),
            (Arah.TURUN, None),
            (Arah.TURUN, MetodeTurun.SELISIH),
            (Arah.TURUN, MetodeTurun.RASIO),
        ]
    ),
    tempat=st.one_of(st.none(), st.just(2), st.integers(0, 6)),
)
@example(pasangan=("300", "100"), arah_metode=(Arah.TURUN, None), tempat=2)
@example(pasangan=(Decimal("200.005"), Decimal(100)), arah_metode=(Arah.TURUN, None), tempat=2)
@example(pasangan=(2.5, 1.0), arah_metode=(Arah.TURUN, None), tempat=2)
@example(pasangan=("0", "0"), arah_metode=(Arah.TURUN, None), tempat=2)
def test_capaian_of_two_values_of_one_type_against_the_oracle(
    pasangan: tuple[Any, Any], arah_metode: tuple[Arah, MetodeTurun | None], tempat: int | None
) -> None:
    r, t = pasangan
    arah, metode = arah_metode
    try:
        er, et = ke_pecahan(r, "r"), ke_pecahan(t, "t")
    except SakipError:
        with pytest.raises(SakipError):
            capaian(realisasi=r, target=t, arah=arah, metode=metode, tempat=tempat)
        return
    nol_terpenuhi = arah is Arah.TURUN and er == et == 0
    if not (nol_terpenuhi or (et > 0 and not (metode is MetodeTurun.RASIO and er <= 0))):
        with pytest.raises(SakipError):
            capaian(realisasi=r, target=t, arah=arah, metode=metode, tempat=tempat)
        return
    hasil = capaian(realisasi=r, target=t, arah=arah, metode=metode, tempat=tempat)
    nilai = _oracle_capaian(er, et, arah, metode)
    assert hasil == (nilai if tempat is None else _bulat(nilai, tempat))


#: Text as callers write it, for the str quotient reader (_bagi_teks) and the
#: reader it falls back to: many digits, signs, exponents, "-0", whitespace,
#: the one-dot "1.250" (a plain decimal here, 1.25: sakip.angka.baca is the
#: reader that refuses it as ambiguous), and spellings every reader refuses.
_teks_liar = st.one_of(
    _teks,
    st.from_regex(
        r"[ \t]?[+-]?[0-9]{0,32}(\.[0-9]{0,32})?([eE][+-]?[0-9]{1,3})?[ \t]?", fullmatch=True
    ),
    st.sampled_from(
        [
            *("-0", "+0", "0", "-0.00", "00", "0.0", "5.", ".5", "-.5", "+5."),
            *("1.250", " 1.250", "1.250 ", "1.250\n", "1,250", "1.250,00", "(5)"),
            *("1e2", "1E-2", "1.5e+3", "-0e5", "1e30", "1e29", "1e-31"),
            *("9" * 30, "9" * 31, "-" + "9" * 29, "0." + "0" * 29 + "1", "0." + "0" * 30 + "1"),
            *("", " ", ".", "-", "+", "1.2.3", "--5", "+-5", "1_000", "١", "²", "0x10"),
        ]
    ),
)
#: Decimals for the Decimal quotient reader (_bagi_decimal): many digits,
#: exponents, signed zeros, values at and past the limits.
_desimal_liar = st.one_of(
    _dec,
    _dua_tempat,
    st.decimals(allow_nan=False, allow_infinity=False),
    st.sampled_from(
        [
            *(Decimal("-0"), Decimal("-0.00"), Decimal("0E+5"), Decimal("0E-40")),
            *(Decimal("1E+29"), Decimal("1E+30"), Decimal("-1E+29"), Decimal("9" * 30)),
            *(Decimal("1E-30"), Decimal("1E-31"), Decimal("1.250"), Decimal("1.2500E+3")),
            *(Decimal(2) ** -30, Decimal(5) ** -13, Decimal("NaN"), Decimal("-Infinity")),
        ]
    ),
)


def _hasil_atau_galat(hitung: Any) -> tuple[type, str]:
    """A result or a refusal, each as its type and its text (so -0.00 differs from 0.00)."""
    try:
        nilai = hitung()
    except SakipError as galat:
        return type(galat), str(galat)
    return type(nilai), str(nilai)


@given(
    pasangan=st.one_of(
        st.tuples(_teks_liar, _teks_liar),
        st.tuples(_desimal_liar, _desimal_liar),
        st.tuples(_teks_liar, _desimal_liar),
    ),
    arah_metode=st.sampled_from(
        [
            (Arah.NAIK, None),
            (Arah.TURUN, None),
            (Arah.TURUN, MetodeTurun.SELISIH),
            (Arah.TURUN, MetodeTurun.RASIO),
        ]
    ),
    tempat=st.sampled_from([2, 2, 0, 4, None]),
)
@example(pasangan=("1.250", "900"), arah_metode=(Arah.NAIK, None), tempat=2)
@example(pasangan=("-0", "5"), arah_metode=(Arah.NAIK, None), tempat=2)
@example(pasangan=("-0.00", "0"), arah_metode=(Arah.TURUN, None), tempat=2)
@example(pasangan=(" 5", "10"), arah_metode=(Arah.NAIK, None), tempat=2)
@example(pasangan=("5", "1e1"), arah_metode=(Arah.NAIK, None), tempat=2)
@example(pasangan=("9" * 30, "0." + "0" * 29 + "1"), arah_metode=(Arah.NAIK, None), tempat=2)
@example(pasangan=("12.5", "-40"), arah_metode=(Arah.TURUN, None), tempat=2)
@example(pasangan=("١", "2"), arah_metode=(Arah.NAIK, None), tempat=2)
@example(pasangan=(Decimal("-0"), Decimal("7")), arah_metode=(Arah.TURUN, None), tempat=2)
@example(pasangan=(Decimal("1E+30"), Decimal(1)), arah_metode=(Arah.NAIK, None), tempat=2)
@example(pasangan=(Decimal("1E-31"), Decimal(1)), arah_metode=(Arah.NAIK, None), tempat=2)
@example(pasangan=("5", Decimal("1E+30")), arah_metode=(Arah.NAIK, None), tempat=2)
@example(pasangan=(Decimal("1.250"), Decimal("-0.00")), arah_metode=(Arah.TURUN, None), tempat=2)
def test_capaian_of_text_and_decimals_is_the_exact_path(
    pasangan: tuple[Any, Any], arah_metode: tuple[Arah, MetodeTurun | None], tempat: int | None
) -> None:
    # The fast readers of str and Decimal pairs give the exact path's result, to
    # the digit and sign, or its refusal, with the same type and message.
    r, t = pasangan
    arah, metode = arah_metode
    cepat = _hasil_atau_galat(
        lambda: capaian(realisasi=r, target=t, arah=arah, metode=metode, tempat=tempat)
    )
    eksak = _hasil_atau_galat(
        lambda: _hasil_eksak(
            _capaian_pecahan(realisasi=r, target=t, arah=arah, metode=metode), tempat
        )
    )
    assert cepat == eksak


@given(p=st.integers(min_value=-(10**40), max_value=10**40), q=st.integers(1, 10**20))
def test_the_one_rounding_against_the_oracle(p: int, q: int) -> None:
    assert bulat_setengah_atas(p, q) == _bulat(Fraction(p, q), 0)


@given(
    p=st.integers(min_value=-(10**30), max_value=10**30),
    q=st.integers(1, 10**20),
    tempat=st.integers(0, 8),
)
def test_the_percentage_formula_against_the_oracle(p: int, q: int, tempat: int) -> None:
    hasil = persen_rasio(p, q, tempat)
    assert hasil == _bulat(Fraction(100 * p, q), tempat)
    assert hasil.as_tuple().exponent == -tempat


def _oracle_capaian(r: Fraction, t: Fraction, arah: Arah, metode: MetodeTurun | None) -> Fraction:
    if arah is Arah.TURUN and r == t == 0:
        return Fraction(100)  # a zero-incident target met
    if arah is Arah.NAIK:
        return r * 100 / t
    if metode is MetodeTurun.RASIO:
        return t * 100 / r
    return (2 * t - r) * 100 / t


@given(
    r=angka,
    t=angka,
    arah_metode=st.sampled_from(
        [
            (Arah.NAIK, None),
            (Arah.TURUN, None),
            (Arah.TURUN, MetodeTurun.SELISIH),
            (Arah.TURUN, MetodeTurun.RASIO),
        ]
    ),
    tempat=st.one_of(st.none(), st.integers(0, 6)),
)
@example(r=5, t=2, arah_metode=(Arah.NAIK, None), tempat=0)
@example(r="0.125", t="100", arah_metode=(Arah.NAIK, None), tempat=2)
@example(r=-1, t=8000, arah_metode=(Arah.NAIK, None), tempat=2)
@example(r=7.5, t=7, arah_metode=(Arah.TURUN, None), tempat=0)
def test_capaian_against_the_fraction_oracle(
    r: Any, t: Any, arah_metode: tuple[Arah, MetodeTurun | None], tempat: int | None
) -> None:
    arah, metode = arah_metode
    er, et = _eksak(r), _eksak(t)
    nol_terpenuhi = arah is Arah.TURUN and er == et == 0
    bisa = nol_terpenuhi or (et > 0 and not (metode is MetodeTurun.RASIO and er <= 0))
    if not bisa:
        with pytest.raises(SakipError):
            capaian(realisasi=r, target=t, arah=arah, metode=metode, tempat=tempat)
        return
    hasil = capaian(realisasi=r, target=t, arah=arah, metode=metode, tempat=tempat)
    nilai = _oracle_capaian(er, et, arah, metode)
    if tempat is None:
        assert hasil == nilai
        assert isinstance(hasil, Fraction)
    else:
        assert hasil == _bulat(nilai, tempat)
        assert isinstance(hasil, Decimal)
        assert hasil.as_tuple().exponent == -tempat


@given(r=angka, t=angka, tempat=st.integers(0, 6))
def test_capaian_fast_path_is_the_exact_path(r: Any, t: Any, tempat: int) -> None:
    """The integer paths and the Fraction path (forced by a cap no value reaches) agree."""
    assume(_eksak(t) > 0)
    tanpa = capaian(realisasi=r, target=t, tempat=tempat)
    dengan = capaian(realisasi=r, target=t, tempat=tempat, maksimum=10**20)
    assert tanpa == dengan


@given(a=angka, b=angka, tempat=st.one_of(st.none(), st.integers(0, 6)))
def test_persentase_against_the_oracle(a: Any, b: Any, tempat: int | None) -> None:
    eb = _eksak(b)
    if eb == 0:
        with pytest.raises(NotComputableError):
            persentase(pembilang=a, penyebut=b, tempat=tempat)
        return
    hasil = persentase(pembilang=a, penyebut=b, tempat=tempat)
    nilai = _eksak(a) * 100 / eb
    assert hasil == (nilai if tempat is None else _bulat(nilai, tempat))


def _pita_oracle(skala: Skala, x: Fraction) -> str | None:
    """The band by the definition: the one band whose bounds hold x (None outside)."""
    cocok = [p.nama for p in skala.pita if p.memuat(x)]
    assert len(cocok) <= 1
    return cocok[0] if cocok else None


@st.composite
def skala_acak(draw: st.DrawFn) -> Skala:
    """A scale of 1 to 5 contiguous bands with random edges and inclusions."""
    tepi = sorted(
        set(
            draw(
                st.lists(
                    st.fractions(min_value=-50, max_value=150, max_denominator=40),
                    min_size=2,
                    max_size=6,
                )
            )
        )
    )
    assume(len(tepi) >= 2)
    terbuka_bawah = draw(st.booleans())
    terbuka_atas = draw(st.booleans())
    pita: list[Pita] = []
    for i, (lo, hi) in enumerate(itertools.pairwise(tepi)):
        ke_atas = draw(st.booleans())  # whether this band's upper edge belongs to it
        pita.append(
            Pita(
                nama=f"P{i}",
                bawah=None if (i == 0 and terbuka_bawah) else lo,
                atas=None if (i == len(tepi) - 2 and terbuka_atas) else hi,
                termasuk_bawah=True if i == 0 else not pita[-1].termasuk_atas,
                termasuk_atas=ke_atas,
            )
        )
    return Skala(nama="acak", sumber="test", pita=pita)


@given(skala=st.one_of(st.sampled_from(list(SKALA_BAWAAN.values())), skala_acak()), x=angka)
def test_predikat_against_the_definition(skala: Skala, x: Any) -> None:
    oracle = _pita_oracle(skala, _eksak(x))
    if oracle is None:
        with pytest.raises(SakipError):
            skala.predikat(x)
    else:
        assert skala.predikat(x) == oracle
        assert skala.pita_untuk(x).nama == oracle


@given(skala=st.one_of(st.sampled_from(list(SKALA_BAWAAN.values())), skala_acak()), x=sulit)
@example(skala=SKALA_BAWAAN["PERMENDAGRI_86_2017"], x=Decimal("9.9999999776393201E-16"))
@example(
    skala=SKALA_BAWAAN["PERMENDAGRI_86_2017"], x=Decimal("98.4800000000000000000000000000001")
)
def test_predikat_refuses_what_the_exact_reader_refuses(skala: Skala, x: Any) -> None:
    """The Decimal fast path of predikat checks places too (it took 32 places once)."""
    try:
        ke_pecahan(x, "x")
    except SakipError:
        with pytest.raises(SakipError):
            skala.predikat(x)


@given(skala=st.one_of(st.sampled_from(list(SKALA_BAWAAN.values())), skala_acak()), data=st.data())
def test_predikat_at_every_edge_and_just_beside_it(skala: Skala, data: st.DataObject) -> None:
    tepi = {b for p in skala.pita for b in (p.bawah, p.atas) if b is not None}
    geser = data.draw(st.sampled_from([Fraction(0), Fraction(1, 10**6), Fraction(-1, 10**6)]))
    for b in tepi:
        x = b + geser
        oracle = _pita_oracle(skala, x)
        for bentuk in (x, Decimal(x.numerator) / Decimal(x.denominator)):
            if isinstance(bentuk, Decimal) and Fraction(bentuk) != x:
                continue  # not a finite decimal: only the Fraction form is exact
            if oracle is None:
                with pytest.raises(SakipError):
                    skala.predikat(bentuk)
            else:
                assert skala.predikat(bentuk) == oracle


@given(
    n=st.one_of(
        st.integers(-5, 20_005),
        st.integers(min_value=-(10**20), max_value=10**20),
    ),
    tempat=st.integers(0, 8),
)
@example(n=20_000, tempat=2)
@example(n=20_001, tempat=2)
@example(n=-1, tempat=2)
def test_shared_results_are_the_exact_value(n: int, tempat: int) -> None:
    """Results built once and shared (0.00 to 200.00) equal a freshly built exact value."""
    from sakip._eksak import desimal_satuan

    hasil = desimal_satuan(n, tempat)
    assert hasil == Fraction(n, 10**tempat)
    assert hasil.as_tuple().exponent == -tempat
    assert desimal_satuan(n, tempat) == hasil  # the second, shared, answer is the same


@given(
    r=st.integers(min_value=0, max_value=10**12),
    t=st.integers(min_value=1, max_value=10**12),
)
@example(r=2, t=1)  # exactly 200.00, the last shared result
@example(r=200_001, t=100_000)  # 200.00 at two places: rounds into the table
@example(r=200_005, t=100_000)  # 200.01: just past it
def test_the_int_fast_path_at_two_places_against_the_oracle(r: int, t: int) -> None:
    hasil = capaian(realisasi=r, target=t)
    assert hasil == _bulat(Fraction(100 * r, t), 2)
    assert hasil.as_tuple().exponent == -2


@given(
    sen=st.integers(min_value=-(2**53), max_value=2**53),
    langkah=st.sampled_from([0, 1, -1, 2, -2]),
)
@example(sen=2**51 // 100, langkah=0)
@example(sen=2**51 // 100 + 1, langkah=0)
@example(sen=-(2**51 // 100) - 1, langkah=-1)
@example(sen=5, langkah=0)  # 0.05
@example(sen=-1, langkah=0)  # -0.01
@example(sen=0, langkah=1)  # 5e-324: 324 places, past sakip's limits
def test_a_float_near_a_two_place_decimal_is_read_by_its_shortest_repr(
    sen: int, langkah: int
) -> None:
    """Floats of two-place decimals (money, percentages) and their neighbours: the fast
    reading (two places tried first) equals the shortest repr's value; a neighbour of 0
    past the limits is refused by both."""
    import math

    x = sen / 100
    for _ in range(abs(langkah)):
        x = math.nextafter(x, math.copysign(math.inf, langkah))
    cepat = rasio_cepat(x)
    d = Decimal(repr(x))
    if not desimal_dalam_batas(d):
        assert cepat is None
        with pytest.raises(InvalidValueError, match="sakip number limits"):
            ke_pecahan(x, "x")
        return
    eksak = Fraction(d)
    if cepat is not None:
        assert Fraction(*cepat) == eksak
    assert ke_pecahan(x, "x") == eksak


#: Floats written with at most two places (98.48, 1500.0, -0.29), up to the
#: bound of the inline float pair reader and past it.
_float_dua = st.integers(min_value=-(2**44) * 100 - 10**6, max_value=2**44 * 100 + 10**6).map(
    lambda k: k / 100
)


class _Float(float):
    pass


def _tidak_dipanggil(a: object, b: object) -> None:
    raise AssertionError(f"read value by value: {a!r}, {b!r}")


@given(a=_float_dua, b=_float_dua)
@example(a=0.29, b=0.57)  # hundredths just below a whole number: 28.999999999999996
@example(a=-0.0, b=0.01)
@example(a=float(2**44), b=1.0)  # at the bound: read by _rasio_float
@example(a=1.0, b=float(2**44))
@example(a=17592186044415.99, b=0.01)
@example(a=1.0, b=0.0)
@example(a=1.0, b=-0.01)
def test_float_pairs_of_two_places_are_read_inline_and_exactly(a: float, b: float) -> None:
    eksak = _eksak(a) / _eksak(b) if b else None
    cepat = bagi_cepat(a, b)
    if b > 0 and abs(a) < 2.0**44 and b < 2.0**44:
        # the common case is read inline, never by the per-value reader
        with mock.patch.object(sakip._eksak, "_bagi_tunggal", _tidak_dipanggil):
            assert _bagi_float(a, b) == cepat
    if cepat is None:
        assert b <= 0 or rasio_cepat(a) is None or rasio_cepat(b) is None
    else:
        assert Fraction(*cepat) == eksak


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (float("nan"), 1.0),
        (1.0, float("nan")),
        (float("inf"), 1.0),
        (1.0, float("inf")),
        (-float("inf"), 1.0),
        (1e-7, 1.0),  # no two-place reading: the shortest repr decides
        (0.001, 0.001),
        (1e300, 1.0),
        (_Float(1.5), _Float(2.0)),  # a subclass: read value by value
        (True, 1.0),
        (1.0, True),
    ],
)
def test_float_pairs_the_inline_reader_leaves_to_the_exact_reader(a: Any, b: Any) -> None:
    cepat = bagi_cepat(a, b)
    try:
        ea, eb = ke_pecahan(a, "a"), ke_pecahan(b, "b")
    except SakipError:
        assert cepat is None
        return
    if cepat is not None:  # or it stepped aside: the exact reader decides
        assert Fraction(*cepat) == ea / eb


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (Decimal(2) ** -30, Decimal(2) ** -30),  # denominators 2**30: 30 places
        (Decimal(2) ** -30, Decimal(5) ** -12),
        (Decimal(5) ** -13, Decimal(1)),  # denominator 5**13 > 2**30: divides 10**30
        (Decimal(2) ** -31, Decimal(1)),  # 31 places: refused
        (Decimal(1), Decimal(2) ** -31),
        (Decimal("1.0000000000000000000000000000001"), Decimal(1)),
        (Decimal("1E-30"), Decimal("1E-30")),
        (Decimal("1E-31"), Decimal(1)),
        (Decimal("9.99E+29"), Decimal(1)),
        (Decimal("1E+30"), Decimal(1)),
        (Decimal("1E+999999999"), Decimal(1)),  # never expanded
        (Decimal(1), Decimal("1E-999999999")),
        (Decimal("-0"), Decimal("0.01")),
        (Decimal("-12.5"), Decimal("2.5")),
        (Decimal("NaN"), Decimal(1)),
        (Decimal(1), Decimal("Infinity")),
        (Decimal(1), Decimal("-0")),
    ],
)
def test_decimal_pairs_against_the_exact_reader(a: Decimal, b: Decimal) -> None:
    cepat = bagi_cepat(a, b)
    try:
        ea, eb = ke_pecahan(a, "a"), ke_pecahan(b, "b")
    except SakipError:
        assert cepat is None
        return
    if cepat is None:
        assert eb <= 0
        return
    assert Fraction(*cepat) == ea / eb
