"""The result record shared by the indicator formulas."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import attrs

from sakip._eksak import _SERATUS, Number, _periksa_tempat, bulatkan_pecahan, ke_pecahan
from sakip.errors import InvalidValueError, NotComputableError

__all__ = ["HasilIndikator", "rasio_bagian"]


@attrs.frozen(kw_only=True)
class HasilIndikator:
    """A computed indicator: the percentage and the components behind it.

    Attributes:
        nilai: the percentage, rounded to the requested places.
        eksak: the same, exact.
        pembilang: numerator (the part).
        penyebut: denominator (the whole).
        rumus: the formula, in words.
        sumber: the regulation that defines it.

    Examples:
        >>> from sakip.indikator import lpm_aktif
        >>> h = lpm_aktif(aktif=35, jumlah=36)
        >>> h.nilai, h.eksak, h.pembilang, h.penyebut
        (Decimal('97.22'), Fraction(875, 9), Fraction(35, 1), Fraction(36, 1))
    """

    nilai: Decimal
    eksak: Fraction
    pembilang: Fraction
    penyebut: Fraction
    rumus: str
    sumber: str

    def __str__(self) -> str:
        return str(self.nilai)


def _cacah(nilai: Number, field: str) -> Fraction:
    x = ke_pecahan(nilai, field)
    if x < 0:
        raise InvalidValueError(field=field, value=nilai, expected="must be >= 0")
    return x


def cacah_bulat(nilai: Number, field: str) -> int:
    """A count: a whole number >= 0."""
    x = _cacah(nilai, field)
    if x.denominator != 1:
        raise InvalidValueError(field=field, value=nilai, expected="must be a whole count")
    return x.numerator


def rasio_bagian(
    *,
    bagian: Number,
    keseluruhan: Number,
    nama_bagian: str,
    nama_keseluruhan: str,
    rumus: str,
    sumber: str,
    tempat: int,
    boleh_melebihi: bool = False,
) -> HasilIndikator:
    """``bagian / keseluruhan x 100`` for counts: whole, non-negative, part within whole."""
    _periksa_tempat(tempat)
    a = Fraction(cacah_bulat(bagian, nama_bagian))
    b = Fraction(cacah_bulat(keseluruhan, nama_keseluruhan))
    if b == 0:
        raise NotComputableError(
            field=nama_keseluruhan, value=keseluruhan, expected="must not be 0", rule=rumus
        )
    if a > b and not boleh_melebihi:
        raise InvalidValueError(
            field=nama_bagian,
            value=bagian,
            expected=f"must not exceed {nama_keseluruhan} ({keseluruhan})",
            rule=rumus,
        )
    eksak = a * _SERATUS / b
    return HasilIndikator(
        nilai=bulatkan_pecahan(eksak, tempat),
        eksak=eksak,
        pembilang=a,
        penyebut=b,
        rumus=rumus,
        sumber=sumber,
    )
