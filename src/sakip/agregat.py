"""Aggregation: rata-rata capaian over indicators or sub kegiatan, and its predikat.

Two kinds of mean (:class:`CaraRataRata`): the arithmetic mean of the
reports, and the geometric mean with which PMK 22/PMK.02/2021 aggregates
capaian output. A geometric mean is an n-th root, in general irrational: sakip
brackets it between two integers at a growing scale until both ends round the
same way, so the rounded value is proven, then rounds once.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Final

import attrs

from sakip._eksak import (
    Number,
    _periksa_tempat,
    bulat_setengah_atas,
    bulatkan_pecahan,
    desimal_dari_bulat,
    ke_pecahan,
    periksa_maksimum,
    urutan_angka,
)
from sakip.aturan import Aturan, StatusSumber
from sakip.errors import InvalidTypeError, InvalidValueError, NotComputableError
from sakip.skala import Skala

__all__ = ["CaraRataRata", "RataRata", "rata_rata_capaian"]


class CaraRataRata(enum.Enum):
    """The kind of mean of :func:`rata_rata_capaian`.

    Examples:
        >>> CaraRataRata("geometrik")
        <CaraRataRata.GEOMETRIK: 'geometrik'>
        >>> str(CaraRataRata.GEOMETRIK.aturan)
        'PMK 22/PMK.02/2021, Lampiran huruf A.1.a.1) (capaian Output Program)'
    """

    #: sum(capaian) / n (or weighted); the mean of LKjIP lampiran and form E.81.
    ARITMETIK = "aritmetik"
    #: (product of capaian) ^ (1 / n); PMK 22/PMK.02/2021 for capaian output.
    GEOMETRIK = "geometrik"

    @property
    def aturan(self) -> Aturan:
        """The rule behind this kind of mean."""
        return _ATURAN_CARA[self]


_ATURAN_CARA: Final = {
    CaraRataRata.ARITMETIK: Aturan(
        regulasi="LKjIP lampiran 'Rata-Rata Capaian Kinerja'; Permendagri 86/2017 form E.81",
        letak="",
        status=StatusSumber.PRAKTIK_LOKAL,
        berlaku_dari=2014,
        dikutip_dari="LKjIP Dinas Sosial dan PMD Kota Dumai 2023 (which does not fix the mean)",
    ),
    # PMK 22/PMK.02/2021, Lampiran: capaian Output Program of a unit eselon I,
    # geometric means nested by output and program, with its worked example
    # (100% and 90% give 94,87%; 66,67%, 66,67% and 100% give 76,31%; the two
    # give 85,09%); read in a copy of the Lampiran.
    CaraRataRata.GEOMETRIK: Aturan(
        regulasi="PMK 22/PMK.02/2021",
        letak="Lampiran huruf A.1.a.1) (capaian Output Program)",
        status=StatusSumber.DIBACA,
        berlaku_dari=2021,
    ),
}

#: Decimal places of guard that the first bracket of a root starts with.
_JAGA_AWAL: Final = 6
#: The most values a geometric mean takes (an n-th root of n big numbers is costly).
_MAKS_GEOMETRIK: Final = 1_000
#: A root is refined at most this many times (each adds _JAGA_AWAL places).
_MAKS_PERBAIKAN: Final = 64


def _akar_bulat(x: int, n: int) -> int:
    """floor(x ** (1/n)) for an int x >= 0, exactly (Newton's method on integers).

    A floating-point estimate only chooses where Newton starts; the result is
    checked with integers.
    """
    if x < 2 or n == 1:
        return x
    if n == 2:
        return math.isqrt(x)
    y = 1 << -(-x.bit_length() // n)  # always above the root
    pangkat = math.log(x) / n
    if pangkat < 600:
        y = min(y, int(math.exp(pangkat) * (1 + 2.0**-30)) + 2)
        while y**n <= x:  # the estimate fell short: double until above
            y *= 2
    while True:
        z = ((n - 1) * y + x // y ** (n - 1)) // n
        if z >= y:
            break
        y = z
    while y**n > x:
        y -= 1
    while (y + 1) ** n <= x:
        y += 1
    return y


def _bulatkan_akar(hasil_kali: Fraction, n: int, tempat: int) -> Decimal:
    """Round ``hasil_kali ** (1/n)`` (hasil_kali >= 0) once, half up, proving the digit.

    At a scale ``10**(tempat + j)`` the root lies in ``[k, k + 1)`` with
    ``k = floor(root x scale)``. When both ends of that bracket round to the
    same ``tempat`` places (the upper end is excluded), the rounding is
    proven; otherwise ``j`` grows. A root that is rational sits on ``k``
    exactly and is rounded as is.
    """
    a, b = hasil_kali.numerator, hasil_kali.denominator
    jaga = _JAGA_AWAL
    for _ in range(_MAKS_PERBAIKAN):
        skala = 10 ** (tempat + jaga)
        kuasa = skala**n
        k = _akar_bulat(a * kuasa // b, n)
        kebawah = 10**jaga
        # half up of k / kebawah and of values just below (k + 1) / kebawah
        bawah = bulat_setengah_atas(k, kebawah)
        if k**n * b == a * kuasa:
            return desimal_dari_bulat(bawah, tempat)
        atas = -(-(2 * (k + 1) + kebawah) // (2 * kebawah)) - 1
        if bawah == atas:
            return desimal_dari_bulat(bawah, tempat)
        jaga += _JAGA_AWAL
    raise NotComputableError(  # pragma: no cover - an irrational root is never a tie
        field="capaian",
        value=hasil_kali,
        expected=f"must have a geometric mean whose rounding settles within {jaga} places",
    )


@attrs.frozen(kw_only=True)
class RataRata:
    """An average of capaian and its predikat.

    Attributes:
        nilai: the average, rounded (for a geometric mean, proven to be the
            correctly rounded value).
        eksak: the exact average; ``None`` for a geometric mean, which is in
            general irrational (see ``hasil_kali``).
        banyak: how many values were averaged.
        predikat: the label on the chosen scale, or ``None`` when no scale was given.
        cara: the kind of mean.
        hasil_kali: for a geometric mean, the exact product of the capaian
            (the mean is ``hasil_kali ** (1 / banyak)``); else ``None``.

    Examples:
        >>> rata_rata_capaian([90, 95]).eksak
        Fraction(185, 2)
        >>> g = rata_rata_capaian([100, 90], cara=CaraRataRata.GEOMETRIK)
        >>> g.nilai, g.eksak, g.hasil_kali
        (Decimal('94.87'), None, Fraction(9000, 1))
    """

    nilai: Decimal
    eksak: Fraction | None
    banyak: int
    predikat: str | None
    cara: CaraRataRata = CaraRataRata.ARITMETIK
    hasil_kali: Fraction | None = None


def rata_rata_capaian(
    capaian: Sequence[Number],
    *,
    bobot: Sequence[Number] | None = None,
    maksimum: Number | None = None,
    skala: Skala | None = None,
    tempat: int = 2,
    cara: CaraRataRata = CaraRataRata.ARITMETIK,
) -> RataRata:
    """Rata-rata capaian (average achievement): plain, capped, weighted or geometric.

    * plain: ``sum(capaian) / n``;
    * with ``maksimum``: each capaian capped first (``min(c, maksimum)``);
    * with ``bobot`` (for example the pagu of each sub kegiatan):
      ``sum(capaian x bobot) / sum(bobot)``;
    * ``cara=CaraRataRata.GEOMETRIK``: ``(c1 x c2 x ... x cn) ^ (1 / n)``,
      rounded once to a proven value (no weights; a capaian of 0 gives 0;
      at most 1.000 values, as the exact root grows with their number).
      Groups nest as the regulation nests them: pass the rounded means of the
      groups, as its worked example does.

    Args:
        capaian: the values, in percent; none may be missing.
        bobot: optional non-negative weights, one per value (arithmetic only).
        maksimum: optional cap, at least 100.
        skala: optional scale for the predikat of the rounded average.
        tempat: decimal places.
        cara: the kind of mean.

    Raises:
        InvalidValueError: empty input, lengths that differ, negative weights,
            a cap below 100, a negative capaian or weights with a geometric
            mean.
        NotComputableError: weights that sum to 0.

    Sumber:
        Arithmetic: local practice, LKjIP lampiran "Rata-Rata Capaian Kinerja"
        and Permendagri 86/2017 form E.81 ("rata-rata capaian kinerja", as
        quoted in LKjIP Dumai 2023), which do not fix the kind of mean.
        Geometric: PMK 22/PMK.02/2021, Lampiran huruf A.1.a.1) (capaian
        Output Program; read in a copy of the Lampiran), whose worked example
        gives 94,87% for 100% and 90%, 76,31% for 66,67%, 66,67% and 100%,
        and 85,09% for the two.

    Examples:
        >>> rata_rata_capaian([100, 179, 100, 100]).nilai
        Decimal('119.75')
        >>> rata_rata_capaian([100, 179, 100, 100], maksimum=100).nilai
        Decimal('100.00')
        >>> r = rata_rata_capaian(["99.50", "83.33"], bobot=[300, 100], skala=None)
        >>> r.nilai, r.banyak
        (Decimal('95.46'), 2)
        >>> geo = CaraRataRata.GEOMETRIK
        >>> [rata_rata_capaian(c, cara=geo).nilai for c in ([100, 90], ["94.87", "76.31"])]
        [Decimal('94.87'), Decimal('85.09')]
        >>> rata_rata_capaian([Fraction(200, 3), Fraction(200, 3), 100], cara=geo).nilai
        Decimal('76.31')
        >>> rata_rata_capaian(["66.67", "66.67", 100], cara=geo).nilai
        Decimal('76.32')
    """
    if not isinstance(cara, CaraRataRata):
        raise InvalidTypeError(field="cara", value=cara, expected="must be a CaraRataRata")
    _periksa_tempat(tempat)
    cs = [ke_pecahan(c, f"capaian[{i}]") for i, c in enumerate(urutan_angka(capaian, "capaian"))]
    if maksimum is not None:
        batas = periksa_maksimum(maksimum)
        cs = [min(c, batas) for c in cs]
    if cara is CaraRataRata.GEOMETRIK:
        return _geometrik(cs, bobot=bobot, skala=skala, tempat=tempat)
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


def _geometrik(cs: list[Fraction], *, bobot: object, skala: Skala | None, tempat: int) -> RataRata:
    rule = "geometric mean = (c1 x ... x cn) ^ (1/n), PMK 22/PMK.02/2021 Lampiran A.1.a.1)"
    if bobot is not None:
        raise InvalidValueError(
            field="bobot",
            value=bobot,
            expected="must be None for CaraRataRata.GEOMETRIK (the regulation weighs none)",
            rule=rule,
        )
    if len(cs) > _MAKS_GEOMETRIK:
        raise InvalidValueError(
            field="capaian",
            value=f"<{len(cs)} values>",
            expected=f"must hold at most {_MAKS_GEOMETRIK} values for a geometric mean",
            rule=rule,
        )
    for i, c in enumerate(cs):
        if c < 0:
            raise InvalidValueError(
                field=f"capaian[{i}]", value=c, expected="must be >= 0", rule=rule
            )
    if skala is not None and not isinstance(skala, Skala):
        raise InvalidTypeError(field="skala", value=skala, expected="must be a Skala or None")
    hasil_kali = math.prod(cs, start=Fraction(1))
    nilai = _bulatkan_akar(hasil_kali, len(cs), tempat)
    return RataRata(
        nilai=nilai,
        eksak=None,
        banyak=len(cs),
        predikat=None if skala is None else skala.predikat(nilai),
        cara=CaraRataRata.GEOMETRIK,
        hasil_kali=hasil_kali,
    )
