"""Aggregation of capaian: plain, capped, weighted; bounds as properties."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip import (
    PERMENDAGRI_86_2017,
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
    assert capped is not None and plain is not None
    assert capped <= 100
    assert capped <= plain
