"""Explanations: when a printed figure disagrees, which method in real use reproduces it.

For a percentage, a capaian or an efisiensi that does not match, the audit
tries, on any report, the mistakes and variants seen in practice: the other
lower-is-better formula, R / T on a lower-is-better indicator, a cap at 100,
truncation instead of rounding, operands rounded before use, another
denominator (the original pagu, the breakdown's sum), and the same figure in a
neighbouring row or year. The first that reproduces the printed figure is
named. Lookups use maps built once per report, so explaining stays linear.

Examples:
    >>> from sakip import contoh
    >>> from sakip.audit import periksa
    >>> t = next(t for t in periksa(contoh.dumai_2023()).temuan if t.aturan == "metode")
    >>> t.keterangan.startswith("reproduced")
    True
"""

from __future__ import annotations

import math
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from functools import partial

from sakip._eksak import bulatkan_pecahan
from sakip.audit._tulis import (
    SERATUS,
    Notasi,
    TakTerhitungError,
    desimal_dalam,
    jumlah,
    persen,
    persen_dari,
    rasio_persen,
    rumus_capaian,
    tulis,
)
from sakip.audit.besaran import Hitung, KomponenCapaian, Nilai, Rasio, Selisih
from sakip.errors import SakipError
from sakip.kinerja import Arah, MetodeTurun, Rentang, capaian
from sakip.laporan import Kegiatan, Program, SubKegiatan

__all__: list[str] = []  # used by sakip.audit.periksa only


def _potong(x: int | Fraction, tempat: int) -> Decimal:
    """x truncated (toward zero) at ``tempat`` places, instead of rounded."""
    skala = 10**tempat
    return Decimal(math.trunc(x * skala)) / Decimal(skala)


def _tempat(n: int) -> str:
    return f"{n} place" if n == 1 else f"{n} places"


def _dua_kali(x: Fraction, tempat: int, dicetak: Decimal, notasi: Notasi) -> str:
    """Whether rounding twice reproduces the figure: to more places first, then to the printed ones.

    96,54995 rounded to two places is 96,55, then to one 96,6; rounded once it is 96,5.
    """
    for lebih in range(tempat + 1, tempat + 4):
        antara = bulatkan_pecahan(x, lebih)
        if bulatkan_pecahan(Fraction(antara), tempat) == dicetak:
            return (
                f"reproduced by rounding twice: {tulis(x, lebih + 2, notasi)} rounded first to "
                f"{_tempat(lebih)} ({tulis(Fraction(antara), lebih, notasi)}), then to "
                f"{_tempat(tempat)}; rounded once it is {tulis(x, tempat, notasi)}"
            )
    return ""


class Penjelas:
    """Explains mismatches on one report; the maps it searches are built on first use.

    Its figures are written in the notation of ``h`` (``h.notasi``).
    """

    def __init__(self, h: Hitung) -> None:
        self.h = h
        self.notasi: Notasi = h.notasi
        self._kembaran: dict[int, dict[Decimal, list[str]]] = {}
        self._agregat: str | None = None

    # -- other methods -------------------------------------------------------------
    def metode(self, n: Nilai, dicetak: Decimal, tempat: int) -> str:
        """A different formula or rounding that reproduces the printed figure, in words, or ''."""
        k = n.komponen
        if isinstance(k, Selisih):
            return self._selisih(k, n, dicetak, tempat)
        if isinstance(k, KomponenCapaian):
            return self._capaian(k, dicetak, tempat)
        if isinstance(k, Rasio):
            return self._rasio(k, dicetak, tempat)
        return self._umum(n, dicetak, tempat)

    def _umum(self, n: Nilai, dicetak: Decimal, tempat: int) -> str:
        assert n.eksak is not None
        if n.eksak >= 0 and _potong(n.eksak, tempat) == dicetak:
            return (
                f"reproduced by truncating {tulis(n.eksak, tempat + 2, self.notasi)} to "
                f"{tempat} places instead of rounding half up"
            )
        return _dua_kali(Fraction(n.eksak), tempat, dicetak, self.notasi)

    def _selisih(self, k: Selisih, n: Nilai, dicetak: Decimal, tempat: int) -> str:
        if k.kiri_capaian and k.kiri > 100:
            dibatasi = min(k.kiri, SERATUS) - k.kanan
            if bulatkan_pecahan(dibatasi, tempat) == dicetak:
                p = self.notasi
                return (
                    f"reproduced only with capaian capped at 100: min({persen(k.kiri, notasi=p)}, "
                    f"100) - {persen(k.kanan, notasi=p)} = {persen(dibatasi, notasi=p)}; the report "
                    "applies no cap to its other figures and declares none"
                )
        for t in sorted({0, tempat, 1, 2}):
            a, b = bulatkan_pecahan(k.kiri, t), bulatkan_pecahan(k.kanan, t)
            if bulatkan_pecahan(Fraction(a - b), tempat) == dicetak:
                return (
                    f"reproduced by subtracting figures already rounded "
                    f"({desimal_dalam(a, self.notasi)} - {desimal_dalam(b, self.notasi)}); "
                    f"rounded once, the difference is {tulis(k.kiri - k.kanan, 2, self.notasi)} points"
                )
        return self._umum(n, dicetak, tempat)

    def _capaian(self, k: KomponenCapaian, dicetak: Decimal, tempat: int) -> str:
        ind, r, t = k.indikator, k.realisasi, k.target
        for arah, metode in (
            (Arah.NAIK, None),
            (Arah.TURUN, MetodeTurun.SELISIH),
            (Arah.TURUN, MetodeTurun.RASIO),
        ):
            if (arah, metode) == (
                ind.arah,
                ind.metode or (MetodeTurun.SELISIH if ind.arah is Arah.TURUN else None),
            ):
                continue
            x = self._coba(
                partial(capaian, realisasi=r, target=t, arah=arah, metode=metode, tempat=None)
            )
            if x is not None and bulatkan_pecahan(x, tempat) == dicetak:
                return (
                    f"reproduced by {rumus_capaian(r, t, arah, metode, self.notasi)}, not the "
                    "indicator's declared direction"
                )
        c = self._coba(
            lambda: capaian(realisasi=r, target=t, arah=ind.arah, metode=ind.metode, tempat=None)
        )
        if c is None:
            return ""
        p = self.notasi
        if c > 100 and dicetak == 100:
            return (
                f"reproduced with capaian capped at 100 (computed {persen(c, notasi=p)}); "
                "the indicator declares no cap"
            )
        if c >= 0 and _potong(c, tempat) == dicetak and bulatkan_pecahan(c, tempat) != dicetak:
            return (
                f"reproduced by truncating {persen(c, tempat + 2, p)} to {tempat} places "
                "instead of rounding half up"
            )
        dua_kali = _dua_kali(c, tempat, dicetak, p)
        if dua_kali:
            return dua_kali
        if not isinstance(t, Rentang):
            for tr in (0, 1, 2):
                rr = Fraction(bulatkan_pecahan(r, tr))
                x = self._coba(
                    partial(
                        capaian,
                        realisasi=rr,
                        target=t,
                        arah=ind.arah,
                        metode=ind.metode,
                        tempat=None,
                    )
                )
                if rr != r and x is not None and bulatkan_pecahan(x, tempat) == dicetak:
                    return (
                        f"reproduced from the realisasi rounded first to {tr} places "
                        f"({tulis(rr, tr, p)}): {rumus_capaian(rr, t, ind.arah, ind.metode, p)}"
                    )
        return ""

    def _rasio(self, k: Rasio, dicetak: Decimal, tempat: int) -> str:
        if k.penyebut == 0:
            return ""
        x = k.pembilang * SERATUS / k.penyebut
        p = self.notasi
        if x > 100 and dicetak == 100:
            return f"reproduced with the percentage capped at 100 (computed {persen(x, notasi=p)})"
        if x >= 0 and _potong(x, tempat) == dicetak:
            return (
                f"reproduced by truncating {persen(x, tempat + 2, p)} to {tempat} places "
                "instead of rounding half up"
            )
        dua_kali = _dua_kali(x, tempat, dicetak, p)
        if dua_kali:
            return dua_kali
        for nama, penyebut in k.penyebut_lain:
            if (
                penyebut
                and bulatkan_pecahan(persen_dari(k.pembilang, penyebut), tempat) == dicetak
            ):
                return (
                    f"reproduced with another denominator, {nama}: {tulis(k.pembilang, 0, p)} / "
                    f"{tulis(penyebut, 0, p)} x 100"
                )
        if (
            k.pembilang
            and bulatkan_pecahan(persen_dari(k.penyebut, k.pembilang), tempat) == dicetak
        ):
            return (
                "reproduced by dividing the other way round: "
                f"{tulis(k.penyebut, 0, p)} / {tulis(k.pembilang, 0, p)} x 100"
            )
        return ""

    @staticmethod
    def _coba(f: Callable[[], Fraction | Decimal]) -> Fraction | None:
        try:
            return Fraction(f())
        except (SakipError, TakTerhitungError, ZeroDivisionError):
            return None

    # -- the same figure elsewhere ---------------------------------------------------
    def kembaran_penyerapan(self, dicetak: Decimal, tempat: int) -> str:
        """Programs, kegiatan or sub kegiatan whose penyerapan rounds to the printed figure."""
        peta = self._kembaran.get(tempat)
        if peta is None:
            peta = {}
            for p in self.h.lap.program:
                semua: list[Program | Kegiatan | SubKegiatan] = [p, *p.kegiatan, *p.semua_sub()]
                for obj in semua:
                    if obj.pagu:
                        kunci = bulatkan_pecahan(
                            Fraction(obj.realisasi_rp * 100, obj.pagu), tempat
                        )
                        peta.setdefault(kunci, []).append(f"{obj.kode} ({obj.nama[:60]})")
            self._kembaran[tempat] = peta
        kembar = peta.get(dicetak, [])
        if not kembar:
            return "no program, kegiatan or sub kegiatan of the report has this penyerapan"
        return "the same figure is the penyerapan of " + "; ".join(kembar[:3])

    def kembaran_capaian(self, k: KomponenCapaian, dicetak: Decimal, tempat: int) -> str:
        """The capaian of the same indicator in a neighbouring year, or of another indicator."""
        calon = [
            (k.indikator, k.tahun - 1, "the previous year's"),
            (k.indikator, k.tahun + 1, "the next year's"),
        ]
        calon += [
            (i, k.tahun, f"indicator {i.kode}'s")
            for i in self.h.lap.indikator
            if i.kode != k.indikator.kode
        ]
        for ind, tahun, nama in calon:
            try:
                c, rumus, _ = self.h.capaian(ind, tahun)
            except (TakTerhitungError, SakipError):
                continue
            if bulatkan_pecahan(c, tempat) == dicetak:
                return f"the printed figure is {nama} capaian ({ind.kode} {tahun}: {rumus})"
        return ""

    def agregat(self) -> str:
        """Other aggregations of the report's percentages, with their values (written once)."""
        if self._agregat is None:
            self._agregat = self._tulis_agregat()
        return self._agregat

    def _tulis_agregat(self) -> str:
        subs = self.h.subs()
        kp = [rasio_persen(s.realisasi_k, s.target_k) for s in subs if s.target_k]
        rp = [(s.realisasi_rp * 100, s.pagu) for s in subs if s.pagu]
        bobot = [s.pagu for s in subs if s.target_k]
        calon: dict[str, Fraction] = {}
        if kp:
            jumlah_kp = jumlah(kp)
            calon[f"mean K% over {len(kp)} sub kegiatan with a target"] = jumlah_kp / len(kp)
            calon[f"mean K% over all {len(subs)} (0 for no target)"] = jumlah_kp / len(subs)
        if kp and sum(bobot):
            calon["K% weighted by pagu"] = jumlah(
                (a * w, b) for (a, b), w in zip(kp, bobot, strict=True)
            ) / sum(bobot)
        if rp:
            calon[f"mean Rp% over {len(rp)} sub kegiatan"] = jumlah(rp) / len(rp)
        program = [p for p in self.h.lap.program if p.pagu]
        if program:
            calon["mean of the programs' Rp%"] = sum(
                (persen_dari(p.realisasi_rp, p.pagu) for p in program), Fraction(0)
            ) / len(program)
        return "; ".join(f"{nama} = {persen(x, notasi=self.notasi)}" for nama, x in calon.items())
