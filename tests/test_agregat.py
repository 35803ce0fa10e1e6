"""Aggregation of capaian: plain, capped, weighted; bounds as properties."""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sakip import (
    PERMENDAGRI_86_2017,
    CaraRataRata,
    InvalidTypeError,
    InvalidValueError,
    NotComputableError,
    rata_rata_capaian,
)


def test_iku_2023_plain_and_capped() -> None:
    iku = [100, 179, 100, 100]
    r = rata_rata_capaian(iku, skala=PERMENDAGRI_86_2017)
    assert (r.nilai, r.banyak, r.predikat) == (Decimal("119.75"), 4, "Sangat Tinggi")
    assert rata_rata_capaian(iku, maksimum=100).nilai == 100


def test_weighted_by_pagu() -> None:
    r = rata_rata_capaian([100, 50], bobot=[3, 1])
    assert r.nilai == Decimal("87.50")


def test_refusals() -> None:
    with pytest.raises(InvalidValueError):
        rata_rata_capaian([])
    with pytest.raises(InvalidValueError):
        rata_rata_capaian([1, 2], bobot=[1])
    with pytest.raises(NotComputableError):
        rata_rata_capaian([1, 2], bobot=[0, 0])
    with pytest.raises(InvalidValueError):
        rata_rata_capaian([1, 2], bobot=[1, -1])


@given(
    st.lists(st.integers(0, 500), min_size=1, max_size=30).flatmap(
        lambda xs: st.tuples(
            st.just(xs), st.lists(st.integers(1, 10**9), min_size=len(xs), max_size=len(xs))
        )
    )
)
def test_means_lie_between_min_and_max(data: tuple[list[int], list[int]]) -> None:
    xs, ws = data
    for r in (rata_rata_capaian(xs), rata_rata_capaian(xs, bobot=ws)):
        assert r.eksak is not None
        assert min(xs) <= r.eksak <= max(xs)
    capped = rata_rata_capaian(xs, maksimum=100).eksak
    plain = rata_rata_capaian(xs).eksak
    assert capped is not None
    assert plain is not None
    assert capped <= 100
    assert capped <= plain


# --- issue 12: the geometric mean of PMK 22/PMK.02/2021, proven to its rounding

GEO = CaraRataRata.GEOMETRIK


def _rounding_is_right(nilai: Decimal, hasil_kali: Fraction, n: int, tempat: int) -> bool:
    """Exact oracle: d is the half-up rounding of g = P^(1/n) iff d - h <= g < d + h."""
    d = Fraction(nilai)
    h = Fraction(1, 2 * 10**tempat)
    bawah, atas = d - h, d + h
    return (bawah <= 0 or bawah**n <= hasil_kali) and hasil_kali < atas**n


@pytest.mark.parametrize(
    ("capaian", "hasil"),
    [
        # PMK 22/PMK.02/2021, Lampiran huruf A.1.a.1), worked example
        ([100, 90], "94.87"),  # Output Program 1a: 5/5 and 9/10
        ([Fraction(200, 3), Fraction(200, 3), 100], "76.31"),  # 1b: 2/3, 4/6, 5/5
        (["66.67", "66.67", 100], "76.32"),  # the printed 66,67 gives 76,32, not 76,31
        (["94.87", "76.31"], "85.09"),  # program 1 from its two outputs
        (["85.09", 100], "92.24"),  # unit eselon I from its two programs
        ([100], "100.00"),
        ([100, 100, 100], "100.00"),
        ([0, 100], "0.00"),
    ],
)
def test_geometric_mean_reproduces_pmk_22_2021(capaian: list[object], hasil: str) -> None:
    r = rata_rata_capaian(capaian, cara=GEO)  # type: ignore[arg-type]
    assert str(r.nilai) == hasil
    assert r.eksak is None
    assert r.cara is GEO
    assert r.hasil_kali is not None
    assert _rounding_is_right(r.nilai, r.hasil_kali, r.banyak, 2)


def test_nested_groups_from_exact_values_agree_with_the_printed_chain() -> None:
    # program 1 from the exact output values: (100 x 90)^(1/4) x (2/3 x 2/3 x 1 x 100^3)^(1/6)
    a = rata_rata_capaian([100, 90], cara=GEO, tempat=12).nilai
    b = rata_rata_capaian([Fraction(200, 3), Fraction(200, 3), 100], cara=GEO, tempat=12).nilai
    assert rata_rata_capaian([a, b], cara=GEO).nilai == Decimal("85.09")


@pytest.mark.parametrize(
    ("capaian", "tempat", "hasil"),
    [
        ([2, 8], 0, "4"),  # a rational root, exactly
        ([1, 2], 10, "1.4142135624"),
        ([100, 225], 0, "150"),
        (["0.25", 1], 1, "0.5"),  # exact tie at 0.5 -> rounds half up from an exact root
        (["12.25"], 1, "12.3"),  # single value 12.25 -> tie to 12.3
        ([Fraction(1, 4)], 1, "0.3"),
    ],
)
def test_geometric_mean_rational_roots_and_ties(
    capaian: list[object], tempat: int, hasil: str
) -> None:
    r = rata_rata_capaian(capaian, cara=GEO, tempat=tempat)  # type: ignore[arg-type]
    assert str(r.nilai) == hasil


@given(
    st.lists(
        st.fractions(min_value=0, max_value=1000, max_denominator=10**6), min_size=1, max_size=8
    ),
    st.integers(0, 8),
)
@settings(max_examples=300, deadline=None)
def test_geometric_mean_is_the_correct_rounding(cs: list[Fraction], tempat: int) -> None:
    r = rata_rata_capaian(cs, cara=GEO, tempat=tempat)
    assert r.hasil_kali == math.prod(cs, start=Fraction(1))
    assert _rounding_is_right(r.nilai, r.hasil_kali, len(cs), tempat)
    assert r.nilai.as_tuple().exponent == -tempat


@given(st.lists(st.integers(1, 500), min_size=1, max_size=20))
@settings(max_examples=200, deadline=None)
def test_geometric_mean_never_exceeds_the_arithmetic(xs: list[int]) -> None:
    g = rata_rata_capaian(xs, cara=GEO, tempat=6).nilai
    a = rata_rata_capaian(xs, tempat=6).nilai
    assert min(xs) <= g <= a + Decimal("0.000001")


def test_geometric_mean_refusals() -> None:
    with pytest.raises(InvalidValueError, match="bobot"):
        rata_rata_capaian([100, 90], bobot=[1, 2], cara=GEO)
    with pytest.raises(InvalidValueError, match=r"capaian\[1\] must be >= 0"):
        rata_rata_capaian([100, -1], cara=GEO)
    with pytest.raises(InvalidValueError, match="at most"):
        rata_rata_capaian([100] * 1_001, cara=GEO)
    with pytest.raises(InvalidTypeError, match="CaraRataRata"):
        rata_rata_capaian([100], cara="geometrik")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="must not be empty"):
        rata_rata_capaian([], cara=GEO)


def test_geometric_mean_with_cap_and_scale() -> None:
    r = rata_rata_capaian([179, 100], cara=GEO, maksimum=100, skala=PERMENDAGRI_86_2017)
    assert (r.nilai, r.predikat) == (Decimal("100.00"), "Sangat Tinggi")


def test_aritmetik_is_the_default_and_unchanged() -> None:
    assert rata_rata_capaian([100, 90]).cara is CaraRataRata.ARITMETIK
    assert rata_rata_capaian([100, 90], cara=CaraRataRata.ARITMETIK).nilai == Decimal("95.00")
    assert rata_rata_capaian([100, 90]).hasil_kali is None
    assert str(GEO.aturan).startswith("PMK 22/PMK.02/2021, Lampiran huruf A.1.a.1)")
