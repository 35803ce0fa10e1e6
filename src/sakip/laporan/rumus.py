"""The formulas an indicator may name (``rumus``) to turn its components into its realisasi.

Each row maps a name of :mod:`sakip.indikator` to the exact percentage it gives
for a numerator and a denominator, with that formula's own rules (a count of
PPKS cannot exceed the population, a denominator of 0 has no value).

Examples:
    >>> from fractions import Fraction
    >>> RUMUS["pengentasan_desa_tertinggal"](Fraction(6), Fraction(8))
    Fraction(75, 1)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from fractions import Fraction
from types import MappingProxyType
from typing import Final

from sakip import indikator as _i
from sakip._eksak import persentase

__all__ = ["RUMUS", "realisasi_dengan"]


def _polos(pembilang: Fraction, penyebut: Fraction) -> Fraction:
    hasil = persentase(pembilang=pembilang, penyebut=penyebut, tempat=None)
    return Fraction(hasil)


#: name of the formula -> exact realisasi (percent) from pembilang and penyebut
RUMUS: Final[Mapping[str, Callable[[Fraction, Fraction], Fraction]]] = MappingProxyType(
    {
        "": _polos,
        "ppks_terpenuhi": lambda a, b: _i.ppks_terpenuhi(terpenuhi=a, populasi=b).eksak,
        "korban_bencana_terpenuhi": lambda a, b: (
            _i.korban_bencana_terpenuhi(terpenuhi=a, populasi=b).eksak
        ),
        "pengentasan_desa_tertinggal": lambda a, b: (
            _i.pengentasan_desa_tertinggal(menjadi_berkembang=a, tertinggal_awal_tahun=b).eksak
        ),
        "lpm_aktif": lambda a, b: _i.lpm_aktif(aktif=a, jumlah=b).eksak,
    }
)


def realisasi_dengan(rumus: str, *, pembilang: Fraction, penyebut: Fraction) -> Fraction:
    """The exact realisasi of an indicator by its named formula (``""``: pembilang / penyebut x 100).

    Raises:
        InvalidValueError: an unknown formula name, or components the formula refuses.
        NotComputableError: a denominator of 0.

    Examples:
        >>> realisasi_dengan("lpm_aktif", pembilang=Fraction(35), penyebut=Fraction(36))
        Fraction(875, 9)
    """
    from sakip.errors import InvalidValueError

    fungsi = RUMUS.get(rumus) if isinstance(rumus, str) else None
    if fungsi is None:
        raise InvalidValueError(
            field="rumus", value=rumus, expected=f"must be one of {sorted(RUMUS)}"
        )
    return fungsi(pembilang, penyebut)
