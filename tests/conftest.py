"""Shared fixtures, and the hypothesis profile of CI."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from hypothesis import settings

# CI (`.ci/run` sets CI=true) draws the same examples on every run, from no saved
# database: a commit that is green here is green there, and a red run reproduces.
# Elsewhere hypothesis explores at random and keeps what it finds in .hypothesis/.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")


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
