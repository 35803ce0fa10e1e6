"""An int target, accepted unconverted by 0.2.0, is deprecated: it becomes a Fraction."""

from __future__ import annotations

from fractions import Fraction

import pytest

from sakip import Arah
from sakip.errors import InvalidTypeError
from sakip.laporan import Indikator


def _indikator(target: dict[int, object]) -> Indikator:
    return Indikator(kode="i1", nama="Cakupan", satuan="%", arah=Arah.NAIK, target=target)


def test_an_int_target_warns_and_is_held_as_a_fraction() -> None:
    with pytest.warns(DeprecationWarning, match=r"int in Indikator\.target.*0\.4\.0") as w:
        i = _indikator({2024: 80, 2025: Fraction(85)})
    assert w[0].filename == __file__  # the warning points at the caller
    assert i.target == {2024: Fraction(80), 2025: Fraction(85)}
    assert all(type(x) is Fraction for x in i.target.values())


@pytest.mark.parametrize("nilai", [True, 80.0, "80", None])
def test_other_non_fraction_targets_are_refused(nilai: object) -> None:
    with pytest.raises(InvalidTypeError, match=r"target\[2024\] must be a Fraction"):
        _indikator({2024: nilai})


@pytest.mark.parametrize("teks", [80, None, b"80"])
def test_a_printed_target_must_be_text(teks: object) -> None:
    with pytest.raises(InvalidTypeError, match=r"target_dicetak\[2024\] must be the text"):
        Indikator(
            kode="i1",
            nama="Cakupan",
            satuan="%",
            arah=Arah.NAIK,
            target={2024: Fraction(80)},
            target_dicetak={2024: teks},
        )
