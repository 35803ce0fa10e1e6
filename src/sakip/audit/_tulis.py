"""Writing exact values for findings, and the one percentage helper of the audit."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction
from typing import Final

from sakip._eksak import bulatkan_pecahan, tempat_tepat
from sakip.angka import tulis_desimal
from sakip.errors import InvalidValueError
from sakip.kinerja import Arah, MetodeTurun, Rentang
from sakip.skala import Skala

SERATUS: Final = Fraction(100)


class TakTerhitungError(Exception):
    """A quantity that does not exist for this report (a 0 denominator, no data)."""

    def __init__(self, rumus: str, alasan: str) -> None:
        super().__init__(alasan)
        self.rumus = rumus
        self.alasan = alasan


def predikat_dari(skala: Skala, nilai: Fraction | Decimal, rumus: str) -> str:
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
            f"the value {persen(Fraction(nilai))} {e.expected}",
        ) from None


def persen_dari(pembilang: int | Fraction, penyebut: int | Fraction, rumus: str = "") -> Fraction:
    """``pembilang / penyebut x 100``, exact: the one percentage of the audit.

    Raises TakTerhitungError when the denominator is 0.
    """
    if penyebut == 0:
        raise TakTerhitungError(
            rumus or f"{tulis(pembilang)} / 0 x 100",
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


def tulis(x: int | Fraction | Decimal, tempat: int = 0) -> str:
    """Write an exact internal value the Indonesian way, rounded once (no input limits)."""
    if tempat == 0 and type(x) is int:
        return tulis_desimal(Decimal(x))
    return tulis_desimal(bulatkan_pecahan(Fraction(x), tempat))


def tulis_tepat(x: int | Fraction) -> str:
    """Write x with the decimal places that show it exactly (at most 6)."""
    if x.denominator == 1:
        return tulis(x.numerator)
    return tulis(x, tempat_tepat(Fraction(x)))


def persen(x: Fraction, tempat: int = 2) -> str:
    return tulis(x, tempat)


def angka_rumus(x: Fraction) -> str:
    """A number inside a formula: exact when short, else 4 places and an ellipsis."""
    n = tempat_tepat(x, 5)
    return tulis(x, n) if n <= 4 else tulis(x, 4) + "…"


def rumus_capaian(
    r: Fraction, t: Fraction | Rentang, arah: Arah, metode: MetodeTurun | None
) -> str:
    rs = angka_rumus(r)
    if isinstance(t, Rentang):
        return f"capaian of {rs} against the target {teks_rentang(t)}, {_ARAH[arah, metode]}"
    ts = angka_rumus(t)
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


def teks_rentang(t: Rentang) -> str:
    """A range target as a reader writes it: "80 - 90", "at most 5", "at least 70"."""
    if t.bawah is None:
        return f"at most {angka_rumus(Fraction(t.atas))}"  # type: ignore[arg-type]
    if t.atas is None:
        return f"at least {angka_rumus(Fraction(t.bawah))}"
    return f"{angka_rumus(Fraction(t.bawah))} - {angka_rumus(Fraction(t.atas))}"


def tempat_dicetak(teks: str, pemisah: str | None) -> int:
    """The decimal places a printed figure shows ("98,48%" -> 2, "179%" -> 0)."""
    isi = teks.strip().rstrip("%").strip().removesuffix(",-")
    tanda = "." if pemisah == "." else ","
    return len(isi.rsplit(tanda, 1)[1]) if tanda in isi else 0
