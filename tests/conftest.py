"""Shared fixtures."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(scope="module", params=["kecil", "vektor"])
def jalur_kolom(request: pytest.FixtureRequest) -> Iterator[str]:
    """Run a module of column tests on each path: as shipped (small tables row by row,
    ``sakip.kolom._inti.BARIS_KECIL``) and with the vectorised path forced for every size,
    so that the small inputs most tests use keep covering the vectorised path too."""
    from sakip.kolom import _inti

    asli = _inti.BARIS_KECIL
    if request.param == "vektor":
        _inti.BARIS_KECIL = dict.fromkeys(asli, -1)  # no size, not even 0 rows
    try:
        yield request.param
    finally:
        _inti.BARIS_KECIL = asli
