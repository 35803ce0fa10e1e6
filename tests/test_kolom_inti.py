"""The column core (``sakip.kolom._inti``): its state record and the exact core it shares."""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip import PERMENDAGRI_86_2017, _eksak, kolom
from sakip._eksak import MAKS_TEMPAT, desimal_satuan, float_numpy
from sakip.kolom import _daftar, _inti, _kecil

np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")
pl = pytest.importorskip("polars")

from sakip.kolom import _numpy, _pandas, _polars  # noqa: E402  (after the backends are found)


def test_decimals_are_written_by_the_exact_core_multiply_not_a_copy() -> None:
    """One exact multiply and one table of units, the exact core's (no private copies)."""
    assert vars(_inti)["_KALI"] is _eksak._KALI
    assert vars(_kecil)["_KALI"] is _eksak._KALI
    assert "_SATUAN" not in vars(_inti)
    assert vars(_daftar)["_SATUAN_TEMPAT"] is _eksak._SATUAN_TEMPAT


@given(
    bulat=st.lists(st.integers(min_value=-(10**40), max_value=10**40), max_size=8),
    tempat=st.integers(min_value=0, max_value=MAKS_TEMPAT),
)
def test_units_become_the_decimals_the_scalar_api_writes(bulat: list[int], tempat: int) -> None:
    """Every unit at every place: the value and exactly ``tempat`` places, as the scalar API."""
    hasil = _inti.ke_desimal_daftar(bulat, tempat)
    harap = [desimal_satuan(n, tempat) for n in bulat]
    assert [d.as_tuple() for d in hasil] == [d.as_tuple() for d in harap]
    assert [Fraction(d) for d in hasil] == [Fraction(n, 10**tempat) for n in bulat]


# -- missing cells: one test per cell made cheap, and a whole column tested at once ------------


def _hilang_dulu(x: object) -> bool:
    """The missing-value test as it was written before its table of exact types (the oracle)."""
    if x is None:
        return True
    if isinstance(x, float):
        return math.isnan(x)
    if float_numpy(x):
        return bool(x != x)
    return type(x).__name__ in ("NAType", "NaTType")


class _Int(int):
    pass


class _Float(float):
    pass


_SEL_APA_SAJA = st.one_of(
    st.none(),
    st.integers(),
    st.booleans(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.floats(allow_nan=True, width=32).map(np.float32),
    st.floats(allow_nan=True, width=16).map(np.float16),
    st.floats(allow_nan=True).map(np.float64),
    st.integers(min_value=-(2**63), max_value=2**63 - 1).map(np.int64),
    st.decimals(allow_nan=True),
    st.fractions(),
    st.text(max_size=3),
    st.integers().map(_Int),
    st.floats(allow_nan=True).map(_Float),
    st.sampled_from([pd.NA, pd.NaT, np.datetime64("NaT", "ns"), float("nan"), Decimal("sNaN")]),
)


@given(x=_SEL_APA_SAJA)
def test_a_missing_cell_is_what_it_always_was(x: object) -> None:
    """The exact-type shortcut answers every cell as the general test answers it."""
    assert _inti.hilang(x) is _hilang_dulu(x)


def test_small_float_and_integer_columns_are_not_tested_cell_by_cell(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A float column's NaN and a polars column's nulls are found by the backend, at once."""

    def per_sel(x: object) -> bool:
        raise AssertionError(f"a cell was tested alone: {x!r}")

    monkeypatch.setattr(_inti, "hilang", per_sel)
    for modul in (_numpy, _pandas, _polars):
        monkeypatch.setattr(modul, "hilang", per_sel)
    kolom_ = [
        np.array([98.5, np.nan, 70.0]),
        np.array([98.5, np.nan, 70.0], dtype=np.float32),
        pd.Series([98.5, np.nan, 70.0]),
        pl.Series([98.5, None, float("nan")]),
        pl.Series([98.5, None, float("nan")], dtype=pl.Float32),
        pl.Series([98, None, 70]),
    ]
    for k in kolom_:
        label = kolom.predikat(PERMENDAGRI_86_2017, k, errors="null")
        sel = label.tolist() if hasattr(label, "tolist") else label.to_list()
        assert [None if x is None or x != x else x for x in sel][1] is None
        assert kolom.banyak_hilang(kolom.capaian(realisasi=k, target=2)) >= 1
