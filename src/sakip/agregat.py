"""Aggregation: rata-rata capaian over indicators or sub kegiatan, and its predikat."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction

import attrs

from sakip._eksak import (
    Number,
    _periksa_tempat,
    bulatkan_pecahan,
    ke_pecahan,
    periksa_maksimum,
    urutan_angka,
)
from sakip.errors import InvalidTypeError, InvalidValueError, NotComputableError
from sakip.skala import Skala

__all__ = ["RataRata", "rata_rata_capaian"]


@attrs.frozen(kw_only=True)
class RataRata:
    """An average of capaian and its predikat.

    Attributes:
        nilai: the average, rounded.
        eksak: the exact average.
        banyak: how many values were averaged.
        predikat: the label on the chosen scale, or ``None`` when no scale was given.

    Examples:
        >>> rata_rata_capaian([90, 95]).eksak
        Fraction(185, 2)
    """

    nilai: Decimal
    eksak: Fraction
    banyak: int
    predikat: str | None


def rata_rata_capaian(
    capaian: Sequence[Number],
    *,
    bobot: Sequence[Number] | None = None,
    maksimum: Number | None = None,
    skala: Skala | None = None,
    tempat: int = 2,
) -> RataRata:
    """Rata-rata capaian (average achievement): plain, capped, or weighted.

    * plain: ``sum(capaian) / n``;
    * with ``maksimum``: each capaian capped first (``min(c, maksimum)``);
    * with ``bobot`` (for example the pagu of each sub kegiatan):
      ``sum(capaian x bobot) / sum(bobot)``.

    Args:
        capaian: the values, in percent; none may be missing.
        bobot: optional non-negative weights, one per value.
        maksimum: optional cap, at least 100.
        skala: optional scale for the predikat of the rounded average.
        tempat: decimal places.

    Raises:
        InvalidValueError: empty input, lengths that differ, negative weights,
            a cap below 100.
        NotComputableError: weights that sum to 0.

    Sumber:
        Local practice: LKjIP lampiran "Rata-Rata Capaian Kinerja" and
        Permendagri 86/2017 form E.81 ("rata-rata capaian kinerja"), which do
        not fix the kind of mean; sakip names each.

    Examples:
        >>> rata_rata_capaian([100, 179, 100, 100]).nilai
        Decimal('119.75')
        >>> rata_rata_capaian([100, 179, 100, 100], maksimum=100).nilai
        Decimal('100.00')
        >>> r = rata_rata_capaian(["99.50", "83.33"], bobot=[300, 100], skala=None)
        >>> r.nilai, r.banyak
        (Decimal('95.46'), 2)
    """
    _periksa_tempat(tempat)
    cs = [ke_pecahan(c, f"capaian[{i}]") for i, c in enumerate(urutan_angka(capaian, "capaian"))]
    if maksimum is not None:
        batas = periksa_maksimum(maksimum)
        cs = [min(c, batas) for c in cs]
    if bobot is None:
        eksak = sum(cs, Fraction(0)) / len(cs)
    else:
        ws = [
            ke_pecahan(w, f"bobot[{i}]")
            for i, w in enumerate(urutan_angka(bobot, "bobot", paling_sedikit=0))
        ]
        if len(ws) != len(cs):
            raise InvalidValueError(
                field="bobot",
                value=len(ws),
                expected=f"must have {len(cs)} values, one per capaian",
            )
        for i, w in enumerate(ws):
            if w < 0:
                raise InvalidValueError(field=f"bobot[{i}]", value=w, expected="must be >= 0")
        total = sum(ws, Fraction(0))
        if total == 0:
            raise NotComputableError(
                field="bobot",
                value=bobot,
                expected="must not sum to 0",
                rule="weighted mean = sum(capaian x bobot) / sum(bobot)",
            )
        eksak = sum((c * w for c, w in zip(cs, ws, strict=True)), Fraction(0)) / total
    if skala is not None and not isinstance(skala, Skala):
        raise InvalidTypeError(field="skala", value=skala, expected="must be a Skala or None")
    nilai = bulatkan_pecahan(eksak, tempat)
    return RataRata(
        nilai=nilai,
        eksak=eksak,
        banyak=len(cs),
        predikat=None if skala is None else skala.predikat(nilai),
    )
