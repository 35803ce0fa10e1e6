"""Writing exact values for findings, and the one percentage helper of the audit.

A figure in a finding or an explanation is written in the notation of the place
it is about (:data:`Notasi`): the Indonesian one ("1.234,5") unless the place
declares ``pemisah_desimal = "."``, where it is written as such a place prints
and :func:`sakip.angka.baca` reads it back ("1234.5"), so an auditor compares
like with like.

Examples:
    >>> tulis(Fraction(24691, 20), 1), tulis(Fraction(24691, 20), 1, ".")
    ('1.234,6', '1234.6')
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction
from typing import Final, Literal

from sakip._eksak import MAKS_TEMPAT, bulatkan_pecahan, tempat_tepat
from sakip.angka import tulis_desimal
from sakip.errors import InvalidValueError
from sakip.kinerja import Arah, MetodeTurun, Rasio, Rentang
from sakip.skala import Skala

SERATUS: Final = Fraction(100)

#: The places a capaian is rounded to, once and half up, before it is rated: every
#: predikat of the audit rates that value (``iku.predikat``, ``iku.atribut``, their mean,
#: ``predikat:``, the recomputed tables, the CSV rows), as reports print it. A scale whose
#: bounds show more places rates at those (:func:`tempat_nilai`).
TEMPAT_PENILAIAN: Final = 2


@functools.lru_cache(maxsize=32)  # a report names a few scales; each rated row asks
def tempat_nilai(acuan: Skala) -> int:
    """The places of the values a scale rates: a capaian's two, or more where the scale's own
    bounds show more (the IDM's 0,4907: indices of four places).

    Examples:
        >>> from sakip.skala import PERMENDAGRI_86_2017, skala_bernama
        >>> tempat_nilai(PERMENDAGRI_86_2017), tempat_nilai(skala_bernama("PERMENDESA_2_2016"))
        (2, 4)
    """
    batas = [b for p in acuan.pita for b in (p.bawah, p.atas) if b is not None]
    return max([TEMPAT_PENILAIAN, *(tempat_tepat(b, MAKS_TEMPAT) for b in batas)])


def nilai_dinilai(acuan: Skala, eksak: Fraction) -> Decimal:
    """The value a scale rates for an exact capaian: rounded once, half up, at the scale's
    places (:func:`tempat_nilai`), so 0,49104 is rated 0,4910 on the IDM's scale, not 0,49.

    Examples:
        >>> from sakip.skala import PERMENDAGRI_86_2017, skala_bernama
        >>> idm = skala_bernama("PERMENDESA_2_2016")
        >>> nilai_dinilai(PERMENDAGRI_86_2017, Fraction(99995, 1000)), nilai_dinilai(idm, Fraction(49104, 100000))
        (Decimal('100.00'), Decimal('0.4910'))
    """
    return bulatkan_pecahan(eksak, tempat_nilai(acuan))


#: The notation a figure is written in: "," is the Indonesian one (dots group thousands,
#: a comma marks decimals), "." a decimal point and no grouping, as ``pemisah_desimal = "."``.
Notasi = Literal[",", "."]


def notasi_dari(pemisah: str | None) -> Notasi:
    """The notation of a place from its declared ``pemisah_desimal`` (None: Indonesian).

    Examples:
        >>> notasi_dari(None), notasi_dari("."), notasi_dari(",")
        (',', '.', ',')
    """
    return "." if pemisah == "." else ","


def desimal_dalam(d: Decimal, notasi: Notasi = ",") -> str:
    """Write an already rounded Decimal in a notation (no rounding here).

    Examples:
        >>> desimal_dalam(Decimal("-1234.50")), desimal_dalam(Decimal("-1234.50"), ".")
        ('-1.234,50', '-1234.50')
    """
    if notasi == ",":
        return tulis_desimal(d)
    tanda = "-" if d < 0 else ""
    return f"{tanda}{d.copy_abs():f}"  # copy_abs is exact; abs() would use the context


class TakTerhitungError(Exception):
    """A quantity the audit cannot recompute: it does not exist (a 0 denominator, a value
    outside its scale), or, with ``tanpa_data``, the report does not give what it is
    computed from (no target for that year, no quarters, the number of years of a mean)."""

    def __init__(self, rumus: str, alasan: str, *, tanpa_data: bool = False) -> None:
        super().__init__(alasan)
        self.rumus = rumus
        self.alasan = alasan
        self.tanpa_data = tanpa_data


def predikat_dari(
    skala: Skala, nilai: Fraction | Decimal, rumus: str, notasi: Notasi = ","
) -> str:
    """The band of ``nilai`` on ``skala``.

    Raises TakTerhitungError when the scale has no band for it (a capaian of
    178,57% on a 0-100 scale): the predikat does not exist, and a report that
    prints one gets a finding instead of ending the audit.
    """
    try:
        return skala.predikat(nilai)
    except InvalidValueError as e:
        raise TakTerhitungError(
            f"{skala.nama} of {rumus}",
            f"the value {persen(Fraction(nilai), notasi=notasi)} {e.expected}",
        ) from None


def persen_dari(
    pembilang: int | Fraction, penyebut: int | Fraction, rumus: str = "", notasi: Notasi = ","
) -> Fraction:
    """``pembilang / penyebut x 100``, exact: the one percentage of the audit.

    Raises TakTerhitungError when the denominator is 0.
    """
    if penyebut == 0:
        raise TakTerhitungError(
            rumus or f"{tulis(pembilang, notasi=notasi)} / 0 x 100",
            "the denominator is 0: the percentage does not exist",
        )
    return Fraction(*rasio_persen(pembilang, penyebut))


def rasio_persen(pembilang: int | Fraction, penyebut: int | Fraction) -> tuple[int, int]:
    """``pembilang / penyebut x 100`` as two integers, the second > 0, not reduced.

    An int has a numerator and a denominator (1) too; the denominator must not be 0.
    """
    atas = pembilang.numerator * 100 * penyebut.denominator
    bawah = pembilang.denominator * penyebut.numerator
    return (-atas, -bawah) if bawah < 0 else (atas, bawah)


def jumlah(rasio: Iterable[tuple[int, int]]) -> Fraction:
    """The exact sum of ``a / b`` over pairs (b > 0): numerators added per denominator.

    A report's percentages share few denominators; adding Fractions one by one
    would reduce after every step.
    """
    per: dict[int, int] = {}
    for atas, bawah in rasio:
        per[bawah] = per.get(bawah, 0) + atas
    return sum((Fraction(atas, bawah) for bawah, atas in per.items()), Fraction(0))


def tulis(x: int | Fraction | Decimal, tempat: int = 0, notasi: Notasi = ",") -> str:
    """Write an exact internal value in a notation, rounded once (no input limits)."""
    if tempat == 0 and type(x) is int:
        return desimal_dalam(Decimal(x), notasi)
    return desimal_dalam(bulatkan_pecahan(Fraction(x), tempat), notasi)


def tulis_tepat(x: int | Fraction, notasi: Notasi = ",") -> str:
    """Write x with the decimal places that show it exactly (at most 6)."""
    if x.denominator == 1:
        return tulis(x.numerator, notasi=notasi)
    return tulis(x, tempat_tepat(Fraction(x)), notasi)


def persen(x: Fraction, tempat: int = 2, notasi: Notasi = ",") -> str:
    return tulis(x, tempat, notasi)


def angka_rumus(x: Fraction, notasi: Notasi = ",") -> str:
    """A number inside a formula: exact when short, else 4 places and an ellipsis."""
    n = tempat_tepat(x, 5)
    return tulis(x, n, notasi) if n <= 4 else tulis(x, 4, notasi) + "…"


def rumus_capaian(
    r: Fraction,
    t: Fraction | Rentang,
    arah: Arah,
    metode: MetodeTurun | None,
    notasi: Notasi = ",",
) -> str:
    rs = angka_rumus(r, notasi)
    if isinstance(t, Rentang):
        return (
            f"capaian of {rs} against the target {teks_rentang(t, notasi)}, {_ARAH[arah, metode]}"
        )
    ts = angka_rumus(t, notasi)
    if arah is Arah.NAIK:
        return f"{rs} / {ts} x 100, higher is better"
    if metode is MetodeTurun.RASIO:
        return f"{ts} / {rs} x 100, lower is better (rasio)"
    return f"(2 x {ts} - {rs}) / {ts} x 100, lower is better (selisih)"


#: How a formula names its direction and method, for a range target.
_ARAH: Final = {
    (Arah.NAIK, None): "higher is better",
    (Arah.TURUN, None): "lower is better (selisih)",
    (Arah.TURUN, MetodeTurun.SELISIH): "lower is better (selisih)",
    (Arah.TURUN, MetodeTurun.RASIO): "lower is better (rasio)",
}


def teks_rentang(t: Rentang, notasi: Notasi = ",") -> str:
    """A range target as a reader writes it: "80 - 90", "at most 5", "at least 70"."""
    if t.bawah is None:
        return f"at most {angka_rumus(Fraction(t.atas), notasi)}"  # type: ignore[arg-type]
    if t.atas is None:
        return f"at least {angka_rumus(Fraction(t.bawah), notasi)}"
    return f"{angka_rumus(Fraction(t.bawah), notasi)} - {angka_rumus(Fraction(t.atas), notasi)}"


def teks_rasio(r: Rasio, notasi: Notasi = ",") -> str:
    """A ratio as a report prints it, its terms exact in a notation: "1:14", "1:17,9".

    Examples:
        >>> teks_rasio(Rasio(kiri=1, kanan="17.9", arah=Arah.TURUN))
        '1:17,9'
        >>> teks_rasio(Rasio(kiri=1, kanan="1250.5", arah=Arah.TURUN), ".")
        '1:1250.5'
    """
    return f"{tulis_tepat(r.kiri, notasi)}:{tulis_tepat(r.kanan, notasi)}"
