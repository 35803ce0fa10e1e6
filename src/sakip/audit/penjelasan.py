"""Explanations: when a printed figure disagrees, which method in real use reproduces it.

For a percentage, a capaian or an efisiensi that does not match, the audit
tries, on any report, the mistakes and variants seen in practice: the other
lower-is-better formula, R / T on a lower-is-better indicator, a cap at 100,
truncation instead of rounding, operands rounded before use, another
denominator (the original pagu, the breakdown's sum), the plain mean of the
percentages printed on the rows below an aggregate, and the same figure in a
neighbouring row or year. The first that reproduces the printed figure is
named. The audit of CSV rows (:mod:`sakip.audit.baris`) explains with the same
functions. Lookups use maps built once per report, so explaining stays linear.

Examples:
    >>> from sakip import contoh
    >>> from sakip.audit import periksa
    >>> t = next(t for t in periksa(contoh.dumai_2023()).temuan if t.aturan == "metode")
    >>> t.keterangan.startswith("reproduced")
    True
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from functools import partial
from types import MappingProxyType
from typing import Final, NamedTuple

from sakip._eksak import MAKS_TEMPAT, bulatkan_pecahan
from sakip.angka import sel_kosong
from sakip.audit._cetak import baca_cetakan, desimal
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
from sakip.laporan import Besaran, Cetakan, JenisBesaran, Kegiatan, Program, SubKegiatan

__all__: list[str] = []  # used by sakip.audit.pemeriksaan only


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
    # sakip writes at most MAKS_TEMPAT places: a figure printed with nearly that many
    # tries fewer intermediate roundings
    for lebih in range(tempat + 1, min(tempat + 4, MAKS_TEMPAT + 1)):
        antara = bulatkan_pecahan(x, lebih)
        if bulatkan_pecahan(Fraction(antara), tempat) == dicetak:
            return (
                f"reproduced by rounding twice: {tulis(x, min(lebih + 2, MAKS_TEMPAT), notasi)}"
                " rounded first to "
                f"{_tempat(lebih)} ({tulis(Fraction(antara), lebih, notasi)}), then to "
                f"{_tempat(tempat)}; rounded once it is {tulis(x, tempat, notasi)}"
            )
    return ""


def _coba(f: Callable[[], Fraction | Decimal]) -> Fraction | None:
    try:
        return Fraction(f())
    except (SakipError, TakTerhitungError, ZeroDivisionError):
        return None


def capaian_lain(
    r: Fraction,
    t: Fraction | Rentang,
    arah_dinyatakan: Arah,
    metode_dinyatakan: MetodeTurun | None,
    dicetak: Decimal,
    tempat: int,
    notasi: Notasi,
) -> str:
    """Another formula or rounding of a capaian that reproduces the printed figure, in words, or ''.

    Tries the other directions and lower-is-better methods, a cap at 100, truncation,
    rounding twice, and the realisasi rounded before use; ``arah_dinyatakan`` and
    ``metode_dinyatakan`` are what the indicator (or the CSV row) declares.

    Examples:
        >>> from fractions import Fraction as F
        >>> capaian_lain(F(80), F(100), Arah.TURUN, None, Decimal("80"), 0, ",")
        "reproduced by 80 / 100 x 100, higher is better, not the indicator's declared direction"
        >>> capaian_lain(F(80), F(100), Arah.NAIK, None, Decimal("81"), 0, ",")
        ''
    """
    dinyatakan = (
        arah_dinyatakan,
        metode_dinyatakan or (MetodeTurun.SELISIH if arah_dinyatakan is Arah.TURUN else None),
    )
    for arah, metode in (
        (Arah.NAIK, None),
        (Arah.TURUN, MetodeTurun.SELISIH),
        (Arah.TURUN, MetodeTurun.RASIO),
    ):
        if (arah, metode) == dinyatakan:
            continue
        x = _coba(partial(capaian, realisasi=r, target=t, arah=arah, metode=metode, tempat=None))
        if x is not None and bulatkan_pecahan(x, tempat) == dicetak:
            return (
                f"reproduced by {rumus_capaian(r, t, arah, metode, notasi)}, not the "
                "indicator's declared direction"
            )
    c = _coba(
        partial(
            capaian,
            realisasi=r,
            target=t,
            arah=arah_dinyatakan,
            metode=metode_dinyatakan,
            tempat=None,
        )
    )
    if c is None:
        return ""
    p = notasi
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
            x = _coba(
                partial(
                    capaian,
                    realisasi=rr,
                    target=t,
                    arah=arah_dinyatakan,
                    metode=metode_dinyatakan,
                    tempat=None,
                )
            )
            if rr != r and x is not None and bulatkan_pecahan(x, tempat) == dicetak:
                rumus = rumus_capaian(rr, t, arah_dinyatakan, metode_dinyatakan, p)
                return (
                    f"reproduced from the realisasi rounded first to {tr} places "
                    f"({tulis(rr, tr, p)}): {rumus}"
                )
    return ""


def rasio_lain(k: Rasio, dicetak: Decimal, tempat: int, notasi: Notasi) -> str:
    """Another rounding or denominator of ``pembilang / penyebut x 100`` that reproduces the
    printed figure, in words, or ''.

    Examples:
        >>> from fractions import Fraction as F
        >>> rasio_lain(Rasio(F(2), F(3)), Decimal("66.6"), 1, ".")
        'reproduced by truncating 66.667 to 1 places instead of rounding half up'
        >>> rasio_lain(Rasio(F(2), F(3)), Decimal("150"), 0, ",")
        'reproduced by dividing the other way round: 3 / 2 x 100'
    """
    if k.penyebut == 0:
        return ""
    x = k.pembilang * SERATUS / k.penyebut
    p = notasi
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
        if penyebut and bulatkan_pecahan(persen_dari(k.pembilang, penyebut), tempat) == dicetak:
            return (
                f"reproduced with another denominator, {nama}: {tulis(k.pembilang, 0, p)} / "
                f"{tulis(penyebut, 0, p)} x 100"
            )
    if k.pembilang and bulatkan_pecahan(persen_dari(k.penyebut, k.pembilang), tempat) == dicetak:
        return (
            "reproduced by dividing the other way round: "
            f"{tulis(k.penyebut, 0, p)} / {tulis(k.pembilang, 0, p)} x 100"
        )
    return ""


class Keterangan(NamedTuple):
    """An explanation tried on a printed figure: whether it reproduces it, and in words."""

    cocok: bool  # whether it reproduces the printed figure
    teks: str  # what was tried, in words, with figures in the place's notation


def keterangan(metode: str, rerata: Keterangan | None, lain: Callable[[], str]) -> Keterangan:
    """The explanation of a printed percentage that does not match, from what was tried in turn:
    another method (``metode``, '' when none reproduces it), then the mean of the rows below
    (``rerata``, None where it does not apply), else ``lain()`` (the same figure elsewhere,
    other aggregations) followed by the mean that was tried.

    Examples:
        >>> keterangan("", Keterangan(False, "mean 3"), lambda: "nowhere else")
        Keterangan(cocok=False, teks='nowhere else; mean 3')
        >>> keterangan("", Keterangan(True, "mean 2"), lambda: "nowhere else")
        Keterangan(cocok=True, teks='mean 2')
    """
    if metode:
        return Keterangan(True, metode)
    if rerata is not None and rerata.cocok:
        return rerata
    teks = (lain(), "" if rerata is None else rerata.teks)
    return Keterangan(False, "; ".join(x for x in teks if x))


#: Written out in a formula in full up to this many rows; beyond, the first three and the last.
_RERATA_DITULIS: Final = 6


def rerata_dicetak(
    nilai: Sequence[Decimal], dicetak: Decimal, tempat: int, notasi: Notasi
) -> Keterangan | None:
    """The plain (unweighted) mean of the percentages printed on the rows below, tried as the
    printed figure of the row above; None when fewer than two rows below print one.

    ``nilai`` are those percentages as printed (read, not recomputed). The mean is exact
    and rounded once, half up, at the printed figure's places.

    Sumber:
        Local practice, seen in LKjIP budget tables: a program's, kegiatan's or total
        percentage printed as the mean of the rows below it, instead of the ratio of the
        summed amounts (the figure the audit computes, which remains the finding).

    Examples:
        >>> cetak = [Decimal(x) for x in ("93.6", "87.4", "92.9", "80.5")]
        >>> rerata_dicetak(cetak, Decimal("88.6"), 1, ".").cocok
        True
        >>> print(rerata_dicetak(cetak, Decimal("88.6"), 1, ".").teks)
        reproduced by the plain (unweighted) mean of the percentages printed on the 4 rows \
below: (93.6 + 87.4 + 92.9 + 80.5) / 4 = 88.6, instead of the ratio of their sums (local \
practice, seen in LKjIP budget tables)
        >>> print(rerata_dicetak(cetak, Decimal("88.9"), 1, ",").teks)
        the plain mean of the percentages printed on the 4 rows below does not reproduce it: \
(93,6 + 87,4 + 92,9 + 80,5) / 4 = 88,6
        >>> rerata_dicetak(cetak[:1], Decimal("93.6"), 1, ".") is None
        True
    """
    n = len(nilai)
    if n < 2:
        return None
    rata = sum((Fraction(x) for x in nilai), Fraction(0)) / n
    ditulis = [desimal_dalam(x, notasi) for x in nilai]
    if n > _RERATA_DITULIS:
        ditulis = [*ditulis[:3], "…", ditulis[-1]]
    rumus = f"({' + '.join(ditulis)}) / {n} = {tulis(rata, tempat, notasi)}"
    if bulatkan_pecahan(rata, tempat) == dicetak:
        return Keterangan(
            True,
            "reproduced by the plain (unweighted) mean of the percentages printed on the "
            f"{n} rows below: {rumus}, instead of the ratio of their sums (local practice, "
            "seen in LKjIP budget tables)",
        )
    return Keterangan(
        False,
        f"the plain mean of the percentages printed on the {n} rows below does not "
        f"reproduce it: {rumus}",
    )


def peta_penyerapan(
    baris: Iterable[tuple[str, int, int]], tempat: int
) -> dict[Decimal, list[str]]:
    """Rows by their penyerapan rounded at ``tempat`` places, from (label, realisasi, pagu);
    a row without pagu has none.

    Examples:
        >>> peta_penyerapan([("p1", 1, 3), ("p2", 0, 0), ("p3", 2, 6)], 1)
        {Decimal('33.3'): ['p1', 'p3']}
    """
    peta: dict[Decimal, list[str]] = {}
    for label, realisasi, pagu in baris:
        if pagu:
            peta.setdefault(bulatkan_pecahan(Fraction(realisasi * 100, pagu), tempat), []).append(
                label
            )
    return peta


def teks_kembaran(kembar: Sequence[str]) -> str:
    """Where else the printed penyerapan is found, in words.

    Examples:
        >>> teks_kembaran([])
        'no program, kegiatan or sub kegiatan of the report has this penyerapan'
    """
    if not kembar:
        return "no program, kegiatan or sub kegiatan of the report has this penyerapan"
    return "the same figure is the penyerapan of " + "; ".join(kembar[:3])


#: A row of the lampiran.
Simpul = Program | Kegiatan | SubKegiatan


def _anak(obj: Simpul) -> Sequence[Simpul]:
    """The rows directly below a row of the lampiran."""
    if isinstance(obj, Program):
        return obj.kegiatan
    if isinstance(obj, Kegiatan):
        return obj.sub
    return ()


def _bawah_anggaran(h: Hitung, b: Besaran) -> tuple[JenisBesaran, Sequence[Simpul]]:
    if b.semua:
        return JenisBesaran.PENYERAPAN, h.lap.program
    if len(b.kode) == 1:
        return JenisBesaran.PENYERAPAN, _anak(h.lap.cari(b.kode[0]))
    return JenisBesaran.PENYERAPAN, [h.lap.cari(k) for k in b.kode]


def _bawah_iku(h: Hitung, b: Besaran) -> tuple[JenisBesaran, Sequence[Simpul]]:
    return _bawah_anggaran(h, h.program_iku(h.lap.indikator_dengan(str(b.indikator))))


def _bawah_rata_rata(h: Hitung, b: Besaran) -> tuple[JenisBesaran, Sequence[Simpul]]:
    if b.pilihan == "penyerapan":
        return JenisBesaran.PENYERAPAN, h.lap.program
    return JenisBesaran.K_PERSEN, h.subs()


#: The aggregated percentages whose rows below may print their own percentage: for each,
#: the kind of figure those rows print and the rows (a row printing none stands for the
#: rows below it).
_BARIS_BAWAH: Final[
    Mapping[JenisBesaran, Callable[[Hitung, Besaran], tuple[JenisBesaran, Sequence[Simpul]]]]
] = MappingProxyType(
    {
        JenisBesaran.PENYERAPAN: _bawah_anggaran,
        JenisBesaran.IKU_PENYERAPAN: _bawah_iku,
        JenisBesaran.RATA_RATA: _bawah_rata_rata,
    }
)

#: The kinds of figure the rows below print, for :data:`_BARIS_BAWAH`.
_DICETAK_BAWAH: Final = frozenset({JenisBesaran.PENYERAPAN, JenisBesaran.K_PERSEN})


def dibaca(teks: str, pemisah: str | None) -> Decimal | None:
    """A printed percentage as read, or None where the row prints none ("", "-", not a number).

    Examples:
        >>> dibaca("93,6%", None), dibaca("-", None), dibaca("n/a", ".")
        (Decimal('93.6'), None, None)
    """
    if sel_kosong(teks):
        return None
    try:
        return desimal(*baca_cetakan(teks, pemisah))
    except SakipError:
        return None


class Penjelas:
    """Explains mismatches on one report; the maps it searches are built on first use.

    Its figures are written in the notation of ``h`` (``h.notasi``).
    """

    def __init__(self, h: Hitung) -> None:
        self.h = h
        self.notasi: Notasi = h.notasi
        self._kembaran: dict[int, dict[Decimal, list[str]]] = {}
        self._per_baris: dict[tuple[str, JenisBesaran, str], Cetakan] | None = None
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
        ind = k.indikator
        return capaian_lain(
            k.realisasi, k.target, ind.arah, ind.metode, dicetak, tempat, self.notasi
        )

    def _rasio(self, k: Rasio, dicetak: Decimal, tempat: int) -> str:
        return rasio_lain(k, dicetak, tempat, self.notasi)

    # -- the same figure elsewhere ---------------------------------------------------
    def kembaran_penyerapan(self, dicetak: Decimal, tempat: int) -> str:
        """Programs, kegiatan or sub kegiatan whose penyerapan rounds to the printed figure."""
        peta = self._kembaran.get(tempat)
        if peta is None:
            semua: list[Simpul] = []
            for p in self.h.lap.program:
                semua += (p, *p.kegiatan, *p.semua_sub())
            # a node with no sub kegiatan under it has no penyerapan (its sums are not given)
            semua = [o for o in semua if self.h.anggaran(o) is not None]
            peta = self._kembaran[tempat] = peta_penyerapan(
                ((f"{o.kode} ({o.nama[:60]})", o.realisasi_rp, o.pagu) for o in semua), tempat
            )
        return teks_kembaran(peta.get(dicetak, []))

    # -- the mean of the rows below ------------------------------------------------
    def rerata(self, c: Cetakan, dicetak: Decimal, tempat: int) -> Keterangan | None:
        """The plain mean of the percentages printed, in the same table, on the rows below the
        figure ``c`` (:func:`rerata_dicetak`); None where it does not apply."""
        bawah = _BARIS_BAWAH.get(c.besaran.jenis)
        if bawah is None:
            return None
        try:
            jenis, simpul = bawah(self.h, c.besaran)
        except (TakTerhitungError, SakipError):
            return None
        return rerata_dicetak(
            self._dicetak_di_bawah(c.tabel, jenis, simpul), dicetak, tempat, self.notasi
        )

    def _dicetak_di_bawah(
        self, tabel: str, jenis: JenisBesaran, simpul: Sequence[Simpul]
    ) -> list[Decimal]:
        """The percentages of kind ``jenis`` printed in ``tabel`` on these rows, a row that
        prints none standing for the rows below it."""
        if self._per_baris is None:
            self._per_baris = {}
            for c in self.h.lap.semua_cetakan():
                b = c.besaran
                if b.jenis in _DICETAK_BAWAH and not b.semua and len(b.kode) == 1:
                    self._per_baris.setdefault((c.tabel, b.jenis, b.kode[0]), c)
        hasil: list[Decimal] = []
        for s in simpul:
            di = self._per_baris.get((tabel, jenis, s.kode))
            nilai = None if di is None else dibaca(di.teks, di.pemisah_desimal)
            if nilai is not None:
                hasil.append(nilai)
            else:
                hasil += self._dicetak_di_bawah(tabel, jenis, _anak(s))
        return hasil

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
        # a budget-only row (no output recorded) has no K%: left out of every K% mean,
        # never counted as 0
        keluaran = [(k, s.pagu) for s in subs if (k := s.keluaran) is not None]
        kp = [rasio_persen(k.realisasi_k, k.target_k) for k, _ in keluaran if k.target_k]
        rp = [(s.realisasi_rp * 100, s.pagu) for s in subs if s.pagu]
        bobot = [pagu for k, pagu in keluaran if k.target_k]
        tanpa = len(subs) - len(keluaran)
        calon: dict[str, Fraction] = {}
        if kp:
            jumlah_kp = jumlah(kp)
            calon[f"mean K% over {len(kp)} sub kegiatan with a target"] = jumlah_kp / len(kp)
            semua = (
                f"mean K% over all {len(keluaran)} with an output (0 for no target; "
                f"{tanpa} budget-only left out)"
                if tanpa
                else f"mean K% over all {len(subs)} (0 for no target)"
            )
            calon[semua] = jumlah_kp / len(keluaran)
        if kp and sum(bobot):
            calon["K% weighted by pagu"] = jumlah(
                (a * w, b) for (a, b), w in zip(kp, bobot, strict=True)
            ) / sum(bobot)
        if rp:
            calon[f"mean Rp% over {len(rp)} sub kegiatan"] = jumlah(rp) / len(rp)
        program = [p for p in self.h.lap.program if p.pagu and self.h.anggaran(p)]
        if program:
            calon["mean of the programs' Rp%"] = sum(
                (persen_dari(p.realisasi_rp, p.pagu) for p in program), Fraction(0)
            ) / len(program)
        return "; ".join(f"{nama} = {persen(x, notasi=self.notasi)}" for nama, x in calon.items())
