"""Hypothesis strategies shared by the property tests."""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

from hypothesis import strategies as st

# Independent of sakip's own pattern: what a plain ASCII decimal looks like.
_PLAIN_DECIMAL = re.compile(r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?\Z")

#: Rupiah amounts: whole, from 0 to 10^15 (a provincial budget and then some).
rupiah = st.integers(min_value=0, max_value=10**15)
#: Positive Rupiah (a pagu or a denominator).
rupiah_positif = st.integers(min_value=1, max_value=10**15)
#: Counts of people, villages, documents.
jumlah = st.integers(min_value=0, max_value=10**7)
#: Percentages with two decimals, 0 to 1000.
persen = st.decimals(min_value=0, max_value=1000, places=2, allow_nan=False, allow_infinity=False)
#: Any exact number input sakip accepts, as an int, Decimal, Fraction or str.
angka = st.one_of(
    st.integers(min_value=-(10**15), max_value=10**15),
    st.decimals(
        min_value=Decimal(-(10**12)),
        max_value=Decimal(10**12),
        places=4,
        allow_nan=False,
        allow_infinity=False,
    ),
    st.fractions(min_value=Fraction(-(10**9)), max_value=Fraction(10**9), max_denominator=10**6),
)
#: Junk that every public callable must refuse with a SakipError.
junk = st.one_of(
    st.booleans(),
    st.none(),
    st.just(float("nan")),
    st.just(float("inf")),
    st.just(Decimal("NaN")),
    st.text(max_size=12).filter(lambda s: not _PLAIN_DECIMAL.match(s.strip())),
    st.lists(st.integers(), max_size=2),
    st.just("98,48"),
    st.just("13.904.271.740"),
    st.just("1e999999999"),
)
