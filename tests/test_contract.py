"""Every public callable refuses junk with a SakipError, never a stray exception or a value."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings

import sakip
from tests.property.strategies import junk

# Each entry: a callable, and how to call it with one junk argument in a given place.
CALLS: dict[str, Callable[[Any], object]] = {
    "bulatkan": lambda j: sakip.bulatkan(j),
    "persentase.pembilang": lambda j: sakip.persentase(pembilang=j, penyebut=1),
    "persentase.penyebut": lambda j: sakip.persentase(pembilang=1, penyebut=j),
    "capaian.realisasi": lambda j: sakip.capaian(realisasi=j, target=1),
    "capaian.target": lambda j: sakip.capaian(realisasi=1, target=j),
    "capaian.turun.realisasi": lambda j: sakip.capaian(
        realisasi=j, target=1, arah=sakip.Arah.TURUN
    ),
    "capaian.maksimum": lambda j: sakip.capaian(
        realisasi=1, target=1, maksimum=j if j is not None else "x"
    ),
    "Rentang": lambda j: sakip.Rentang(bawah=j if j is not None else "x"),
    "Pita": lambda j: sakip.Pita(nama="p", bawah=j if j is not None else "x"),
    "Skala.predikat": lambda j: sakip.PERMENDAGRI_86_2017.predikat(j),
    "ATRIBUT_CAPAIAN.predikat": lambda j: sakip.ATRIBUT_CAPAIAN.predikat(j),
    "PERMENPANRB_88_2021.predikat": lambda j: sakip.PERMENPANRB_88_2021.predikat(j),
}


def register(name: str, call: Callable[[Any], object]) -> None:
    """Later modules add their callables here (see the end of this file)."""
    CALLS[name] = call


@pytest.mark.parametrize("name", sorted(CALLS))
@settings(max_examples=60, deadline=None)
@given(j=junk)
def test_junk_raises_sakip_error(name: str, j: object) -> None:
    with pytest.raises(sakip.SakipError) as info:
        CALLS[name](j)
    assert isinstance(info.value, (TypeError, ValueError))
    assert str(info.value)


def test_every_public_callable_is_covered() -> None:
    covered = {name.split(".")[0] for name in CALLS}
    public = {
        n
        for n in sakip.__all__
        if (callable(getattr(sakip, n)) and not isinstance(getattr(sakip, n), type))
        or n in {"Rentang", "Pita"}
    }
    missing = public - covered - {"masalah_pita"}
    assert not missing, f"contract test misses {sorted(missing)}"
