"""The quantity table: one row per kind of :class:`~sakip.laporan.Besaran`.

Each row says how the quantity is computed from the report's primary data,
what kind of value it is (Rupiah, a count, a percentage or a text), which rule
a mismatch breaks, the mismatch's default severity, and how a mismatch is
explained (see :mod:`sakip.audit.penjelasan`). The audit dispatches on this
table, never on the text of a quantity.

Examples:
    >>> from sakip.laporan import JenisBesaran
    >>> BESARAN[JenisBesaran.PENYERAPAN].nilai, BESARAN[JenisBesaran.PENYERAPAN].tingkat
    ('persen', <Tingkat.SEDANG: 'sedang'>)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from types import MappingProxyType
from typing import Final, Literal, NamedTuple, overload

import attrs

from sakip._tabel import banyak
from sakip.anggaran import sisa_anggaran
from sakip.angka import terbilang
from sakip.audit._cetak import baca_rupiah
from sakip.audit._tulis import (
    Notasi,
    TakTerhitungError,
    desimal_dalam,
    jumlah,
    nilai_dinilai,
    persen,
    predikat_dari,
    rasio_persen,
    rumus_capaian,
    teks_rasio,
    tulis,
    tulis_tepat,
)
from sakip.audit.temuan import Tingkat
from sakip.errors import NotComputableError, SakipError
from sakip.kinerja import Rasio as RasioKinerja
from sakip.kinerja import Rentang, capaian
from sakip.laporan import (
    SATUAN_RUPIAH,
    Besaran,
    Cetakan,
    Indikator,
    JenisBesaran,
    JenjangIndikator,
    Kegiatan,
    Keluaran,
    Laporan,
    Program,
    SubKegiatan,
)
from sakip.laporan.rumus import realisasi_dengan
from sakip.skala import Skala
from sakip.triwulan import Konsolidasi, realisasi_renstra

__all__ = ["BESARAN", "BarisBesaran"]

JenisNilai = Literal["rupiah", "bilangan", "persen", "teks"]


@attrs.frozen
class Rasio:
    """A percentage of two numbers, for explanations: what else it could have been divided by."""

    pembilang: Fraction
    penyebut: Fraction
    penyebut_lain: tuple[tuple[str, Fraction], ...] = ()


@attrs.frozen
class KomponenCapaian:
    """A capaian's inputs, for explanations.

    ``realisasi`` and ``target`` are the values compared: a ratio ("1 : 14") as its
    value ``kanan / kiri``. ``pembilang`` and ``penyebut`` are None where the report
    gives the realisasi only as its value or a ratio
    (:attr:`~sakip.laporan.Indikator.nilai_realisasi`).
    """

    indikator: Indikator
    tahun: int
    realisasi: Fraction
    target: Fraction | Rentang
    pembilang: Fraction | None
    penyebut: Fraction | None


@attrs.frozen
class Selisih:
    """A difference of two percentages (efisiensi, change in capaian), for explanations."""

    kiri: Fraction
    kanan: Fraction
    kiri_capaian: bool  # the left side is a capaian, which some reports cap at 100


Komponen = Rasio | KomponenCapaian | Selisih | None


#: A text, or what writes it when it is first asked for.
Tertunda = str | Callable[[], str]


class Nilai:
    """A recomputed quantity: exact number or text, with its formula in words.

    The formula and the components are written only when a finding or an
    explanation asks for them (``rumus`` and ``komponen`` may be given as
    functions): most printed figures agree, and need neither.
    """

    __slots__ = ("_eksak", "_komponen", "_rasio", "_rumus", "jenis", "teks", "teks_lain")

    def __init__(
        self,
        jenis: JenisNilai,
        rumus: Tertunda,
        eksak: int | Fraction | None = None,
        teks: str | None = None,
        komponen: Komponen | Callable[[], Komponen] = None,
        *,
        rasio: tuple[int, int] | None = None,
        teks_lain: tuple[str, ...] = (),
    ) -> None:
        self.jenis = jenis
        #: other texts accepted beside ``teks`` (a target the report prints two ways)
        self.teks_lain = teks_lain
        self._rumus = rumus
        self._eksak = eksak
        self._rasio = rasio
        self.teks = teks
        self._komponen = komponen

    @property
    def eksak(self) -> int | Fraction | None:
        """The exact value (None for a text)."""
        if self._eksak is None and self._rasio is not None:
            self._eksak = Fraction(*self._rasio)
        return self._eksak

    @property
    def rasio(self) -> tuple[int, int]:
        """The exact value as two integers, the second > 0 (not necessarily reduced)."""
        if self._rasio is None:
            e = self.eksak
            assert e is not None
            self._rasio = e.numerator, e.denominator
        return self._rasio

    @property
    def rumus(self) -> str:
        """The formula in words."""
        if not isinstance(self._rumus, str):
            self._rumus = self._rumus()
        return self._rumus

    @property
    def komponen(self) -> Rasio | KomponenCapaian | Selisih | None:
        """What the value was computed from, for explanations."""
        if callable(self._komponen):
            self._komponen = self._komponen()
        return self._komponen


@overload
def _nilai_banding(x: Fraction | RasioKinerja) -> Fraction: ...
@overload
def _nilai_banding(x: Fraction | Rentang | RasioKinerja) -> Fraction | Rentang: ...
def _nilai_banding(x: Fraction | Rentang | RasioKinerja) -> Fraction | Rentang:
    """A target or realisasi as a formula writes it: a ratio ("1 : 14") by its value
    ``kanan / kiri``, as :func:`sakip.capaian` compares a :class:`sakip.Rasio`; a number
    or a range as it is.

    Examples:
        >>> from sakip.kinerja import Arah
        >>> _nilai_banding(RasioKinerja(kiri=2, kanan=35, arah=Arah.TURUN))
        Fraction(35, 2)
        >>> _nilai_banding(Rentang(bawah=80))
        Rentang(bawah=Fraction(80, 1), atas=None)
    """
    return x.nilai if isinstance(x, RasioKinerja) else x


class Hitung:
    """Evaluates quantities on one report; totals and indexes are built once.

    ``notasi`` is the notation its formulas and reasons write figures in (the
    notation of the places it computes for, see :mod:`sakip.audit._tulis`).
    """

    def __init__(self, laporan: Laporan, notasi: Notasi = ",") -> None:
        self.lap = laporan
        self.notasi: Notasi = notasi
        self.skala_predikat: Skala | None = (
            laporan.skala_bernama(laporan.skala_predikat) if laporan.skala_predikat else None
        )
        self.skala_atribut: Skala | None = (
            laporan.skala_bernama(laporan.skala_atribut) if laporan.skala_atribut else None
        )
        self.dicetak_rpjmd: dict[str, Cetakan] = {}
        for c in laporan.semua_cetakan():
            if c.besaran.jenis is JenisBesaran.RPJMD_RP:
                self.dicetak_rpjmd[c.besaran.kode[0]] = c
        self._total: tuple[int, int] | None = None
        self._cache: dict[object, Nilai] = {}

    # -- budget -------------------------------------------------------------
    def jumlah(self, b: Besaran) -> tuple[int, int]:
        """Pagu and realisasi summed over the nodes of ``b`` (each node's sums are kept).

        A program or kegiatan recorded with no sub kegiatan under it (``kegiatan = []``)
        has no pagu: the report does not give what it sums, and 0 would stand for it.
        """
        if b.semua:
            if self._total is None:
                if (tanpa := self.tanpa_sub()) is not None:
                    raise tanpa
                self._total = (self.lap.pagu, self.lap.realisasi_rp)
            return self._total
        if len(b.kode) == 1:
            obj = _ada_sub(self.lap.cari(b.kode[0]))
            return obj.pagu, obj.realisasi_rp
        pagu = real = 0
        for k in b.kode:
            obj = _ada_sub(self.lap.cari(k))
            pagu += obj.pagu
            real += obj.realisasi_rp
        return pagu, real

    def anggaran(self, obj: Program | Kegiatan | SubKegiatan) -> tuple[int, int] | None:
        """The pagu and realisasi of a node, or None where it has no sub kegiatan under it
        (its sums are not given; 0 would stand for them)."""
        try:
            _ada_sub(obj)
        except TakTerhitungError:
            return None
        return obj.pagu, obj.realisasi_rp

    def tanpa_sub(self) -> TakTerhitungError | None:
        """Why the report's total pagu is not given (a program or kegiatan recorded with no
        sub kegiatan under it), or None."""
        for p in self.lap.program:
            try:
                _ada_sub(p)
            except TakTerhitungError as e:
                return e
        return None

    def pagu_awal_dari(self, b: Besaran) -> int:
        program = self.lap.program if b.semua else [self.lap.cari(k) for k in b.kode]
        total = 0
        for p in program:
            if not isinstance(p, Program) or p.pagu_awal is None:
                raise TakTerhitungError(
                    f"pagu_awal:{p.kode}", "no original pagu recorded", tanpa_data=True
                )
            total += p.pagu_awal
        return total

    def subs(self) -> list[SubKegiatan]:
        return list(self.lap.semua_sub())

    # -- indicators ---------------------------------------------------------
    def target(self, ind: Indikator, tahun: int) -> Fraction | Rentang | RasioKinerja:
        """A year's target as recorded: a number, a range or a ratio."""
        if tahun not in ind.target:
            raise TakTerhitungError(
                f"target {ind.kode} {tahun}", "no target recorded for that year", tanpa_data=True
            )
        return ind.target[tahun]

    def realisasi(self, ind: Indikator, tahun: int) -> Fraction:
        """A year's realisasi as a number (a ratio's value ``kanan / kiri``)."""
        return _nilai_banding(self.realisasi_tercatat(ind, tahun))

    def realisasi_tercatat(self, ind: Indikator, tahun: int) -> Fraction | RasioKinerja:
        """A year's realisasi as :func:`sakip.capaian` takes it: a ratio as the
        :class:`sakip.Rasio` it is, else its value (as printed, or from its components)."""
        nilai = ind.nilai_realisasi.get(tahun)
        if nilai is not None:  # the value as the report prints it: no formula to apply
            return nilai
        if tahun not in ind.realisasi:
            raise TakTerhitungError(
                f"realisasi {ind.kode} {tahun}",
                "no realisasi recorded for that year",
                tanpa_data=True,
            )
        k = ind.realisasi[tahun]
        rumus = f"{self.tulis(k.pembilang)} / {self.tulis(k.penyebut)} x 100"
        if k.penyebut == 0:
            raise TakTerhitungError(rumus, "the denominator is 0")
        try:
            return realisasi_dengan(ind.rumus, pembilang=k.pembilang, penyebut=k.penyebut)
        except SakipError as e:
            raise TakTerhitungError(f"{ind.rumus or 'persentase'}: {rumus}", str(e)) from None

    def capaian_dari(
        self, ind: Indikator, tahun_realisasi: int, tahun_target: int
    ) -> tuple[Fraction, str, Fraction, Fraction | Rentang]:
        """The exact capaian of one year's realisasi against one year's target, its formula,
        and the two values it compares.

        A ratio ("1:14", a :class:`sakip.Rasio` in :attr:`~sakip.laporan.Indikator.target`
        or :attr:`~sakip.laporan.Indikator.nilai_realisasi`) goes to
        :func:`sakip.capaian` as the :class:`sakip.Rasio` it is, which compares its
        value ``kanan / kiri`` in the indicator's direction (sakip's reading of
        ratio targets, see ``docs/rumus.md``); a ratio realisasi against a plain
        number is refused there, and does not exist here.
        """
        rr = self.realisasi_tercatat(ind, tahun_realisasi)
        tr = self.target(ind, tahun_target)
        r, t = _nilai_banding(rr), _nilai_banding(tr)
        rumus = self.rumus_capaian(r, t, ind) + self.rumus_rasio(rr, tr)
        try:
            c = capaian(realisasi=rr, target=tr, arah=ind.arah, metode=ind.metode, tempat=None)
        except SakipError as e:  # NotComputableError, or a target capaian refuses (< 0)
            raise TakTerhitungError(rumus, str(e)) from None
        return c, rumus, r, t

    def capaian(self, ind: Indikator, tahun: int) -> tuple[Fraction, str, KomponenCapaian]:
        c, rumus, r, t = self.capaian_dari(ind, tahun, tahun)
        k = ind.realisasi.get(tahun)
        return (
            c,
            rumus,
            KomponenCapaian(
                indikator=ind,
                tahun=tahun,
                realisasi=r,
                target=t,
                pembilang=None if k is None else k.pembilang,
                penyebut=None if k is None else k.penyebut,
            ),
        )

    # -- writing, in the notation -------------------------------------------------
    def tulis(self, x: int | Fraction | Decimal, tempat: int = 0) -> str:
        """``x`` rounded once to ``tempat`` places, in this computation's notation."""
        return tulis(x, tempat, self.notasi)

    def tulis_tepat(self, x: int | Fraction) -> str:
        return tulis_tepat(x, self.notasi)

    def persen(self, x: Fraction) -> str:
        return persen(x, notasi=self.notasi)

    def rumus_capaian(self, r: Fraction, t: Fraction | Rentang, ind: Indikator) -> str:
        return rumus_capaian(r, t, ind.arah, ind.metode, self.notasi)

    def rumus_rasio(self, r: Fraction | RasioKinerja, t: Fraction | Rentang | RasioKinerja) -> str:
        """What a formula adds for ratios: each as printed, and that its value is compared."""
        rasio = [
            f"{nama} {teks_rasio(x, self.notasi)}"
            for nama, x in (("realisasi", r), ("target", t))
            if isinstance(x, RasioKinerja)
        ]
        if not rasio:
            return ""
        return f" (ratio {', '.join(rasio)}: second term per one of the first)"

    def predikat(self, skala: Skala, nilai: Fraction | Decimal, rumus: str) -> str:
        return predikat_dari(skala, nilai, rumus, self.notasi)

    def iku(self) -> list[Indikator]:
        """The IKU with a realisasi: the indikator sasaran (an indikator tujuan is no IKU,
        as ``banyak:indikator`` does not count it)."""
        return [
            i
            for i in self.lap.indikator
            if (i.realisasi or i.nilai_realisasi) and i.jenjang is JenjangIndikator.SASARAN
        ]

    def program_iku(self, ind: Indikator) -> Besaran:
        if not ind.program:
            raise TakTerhitungError(
                f"program of {ind.kode}", "the indicator names no program", tanpa_data=True
            )
        hilang = [k for k in ind.program if not isinstance(self.lap._indeks.get(k), Program)]
        if hilang:
            raise TakTerhitungError(
                f"program of {ind.kode}",
                f"the program {hilang[0]} is not in the report",
                tanpa_data=True,
            )
        return Besaran(jenis=JenisBesaran.PAGU, kode=ind.program)

    def skala(self, nama: Literal["predikat", "atribut"]) -> Skala:
        s = self.skala_predikat if nama == "predikat" else self.skala_atribut
        if s is None:  # the reader refuses such reports; a report built in Python may have none
            raise TakTerhitungError(
                f"skala_{nama}", f"the report declares no {nama} scale", tanpa_data=True
            )
        return s

    def nilai(self, b: Besaran, baris: BarisBesaran | None = None) -> Nilai:
        """The value of a quantity (kept where computing it again costs more).

        ``baris`` is the quantity's row of :data:`BESARAN`, when the caller has it.
        """
        if baris is None:
            baris = BESARAN[b.jenis]
        if not baris.simpan:
            return baris.hitung(self, b)
        n = self._cache.get(b)
        if n is None:
            n = baris.hitung(self, b)
            self._cache[b] = n
        return n


# -- one function per kind ---------------------------------------------------------


def _nama(b: Besaran) -> str:
    return "total" if b.semua else "+".join(b.kode)


_Simpul = Program | Kegiatan | SubKegiatan


def _ada_sub(obj: _Simpul) -> _Simpul:
    """``obj``, whose pagu and realisasi are sums over its sub kegiatan: refused (as not
    computable) when it has none, which a sum would give as 0."""
    kosong: _Simpul | None = None
    if isinstance(obj, Program):
        kosong = obj if not obj.kegiatan else next((k for k in obj.kegiatan if not k.sub), None)
    elif isinstance(obj, Kegiatan) and not obj.sub:
        kosong = obj
    if kosong is not None:
        raise TakTerhitungError(
            f"pagu of {obj.kode}",
            f"{kosong.kode} is recorded with no {'sub kegiatan' if isinstance(kosong, Kegiatan) else 'kegiatan'} "
            f"under it: the pagu and realisasi of {obj.kode}, sums of its sub kegiatan's, are "
            "not given",
            tanpa_data=True,
        )
    return obj


def _pagu(h: Hitung, b: Besaran) -> Nilai:
    pagu, _ = h.jumlah(b)
    return Nilai("rupiah", lambda: f"jumlah pagu sub kegiatan {_nama(b)}", pagu)


def _realisasi_rp(h: Hitung, b: Besaran) -> Nilai:
    _, real = h.jumlah(b)
    return Nilai("rupiah", lambda: f"jumlah realisasi sub kegiatan {_nama(b)}", real)


def _pagu_awal(h: Hitung, b: Besaran) -> Nilai:
    return Nilai("rupiah", lambda: f"pagu Perjanjian Kinerja awal {_nama(b)}", h.pagu_awal_dari(b))


def _penyerapan(h: Hitung, b: Besaran) -> Nilai:
    pagu, real = h.jumlah(b)
    if pagu == 0:
        raise TakTerhitungError(
            f"{h.tulis(real)} / {h.tulis(pagu)} x 100", "pagu is 0: penyerapan does not exist"
        )

    def komponen() -> Rasio:
        lain: list[tuple[str, Fraction]] = []
        try:
            awal = h.pagu_awal_dari(b)
            if awal and awal != pagu:
                lain.append(("the original pagu of the Perjanjian Kinerja", Fraction(awal)))
        except (TakTerhitungError, SakipError):
            pass
        return Rasio(Fraction(real), Fraction(pagu), tuple(lain))

    return Nilai(
        "persen",
        lambda: f"{h.tulis(real)} / {h.tulis(pagu)} x 100",
        komponen=komponen,
        rasio=(real * 100, pagu),
    )


def _sisa(h: Hitung, b: Besaran) -> Nilai:
    pagu, real = h.jumlah(b)
    if real > pagu:
        # Overspent: the structural check reports it; the difference the report prints
        # (negative) still exists, and sakip.sisa_anggaran, which refuses it, is for plans.
        return Nilai("rupiah", lambda: f"{h.tulis(pagu)} - {h.tulis(real)}", pagu - real)
    sisa = sisa_anggaran(pagu=pagu, realisasi=real)
    return Nilai("rupiah", lambda: f"{h.tulis(pagu)} - {h.tulis(real)}", sisa)


@attrs.frozen(kw_only=True)
class BarisTanpaJenjang(SubKegiatan):
    """A row whose level its source does not say: a row of a rows CSV, which
    :mod:`sakip.audit.baris` audits as a sub kegiatan of its model.

    The model and the checks take it as the sub kegiatan it is built as; the
    explanations of its K quantities name it "the row" (:data:`_JENJANG`), where a
    report's row names its level ("realisasi K of the sub kegiatan"), so that no
    level is guessed for it.

    It lives here, beside :data:`_JENJANG`, the one place that reads it: the rows
    CSV's reader never builds it (it gives :class:`~sakip.laporan.BarisAnggaran`), the
    audit of rows does (:mod:`sakip.audit.baris`, which imports this module, so it
    could not hold the class this table names without an import cycle).

    Examples:
        >>> b = BarisTanpaJenjang(kode="p1", nama="Program", indikator="Persentase", satuan="%",
        ...                       target_k=Fraction(100), realisasi_k=Fraction(100), pagu=0,
        ...                       realisasi_rp=0)
        >>> isinstance(b, SubKegiatan), _jenjang(b).nama
        (True, 'row')
    """


class _Jenjang(NamedTuple):
    """How the K quantities name a row of one level in formulas and findings."""

    nama: str  # the level, in a formula ("realisasi K of the program")
    tanpa_keluaran: str  # why a row of it without output has no K to compute from


#: The levels of row that may carry K: a sub kegiatan and a kegiatan their output
#: (keluaran), a program its outcome (hasil), each its own indicator (Permendagri
#: 86/2017, Lampiran, form E.81, column "Indikator Kinerja Program (Outcome)/Kegiatan
#: (Output)"). A program's K is never a sum of its kegiatan's. A row of no level
#: (:class:`BarisTanpaJenjang`) is "the row", and a budget-only one "a budget-only row",
#: the words a sub kegiatan's reason has always used.
_JENJANG: Final[Mapping[type, _Jenjang]] = MappingProxyType(
    {
        BarisTanpaJenjang: _Jenjang(
            "row",
            "is a budget-only row: the report records no output "
            "(indikator, target K, realisasi K) for it",
        ),
        SubKegiatan: _Jenjang(
            "sub kegiatan",
            "is a budget-only row: the report records no output "
            "(indikator, target K, realisasi K) for it",
        ),
        Kegiatan: _Jenjang(
            "kegiatan",
            "is a budget-only kegiatan row: the report records no output "
            "(indikator, target K, realisasi K) for it",
        ),
        Program: _Jenjang(
            "program",
            "is a budget-only program row: the report records no outcome "
            "(indikator, target K, realisasi K) for it",
        ),
    }
)


def _jenjang(baris: Program | Kegiatan | SubKegiatan) -> _Jenjang:
    """The level of ``baris`` as its explanations name it (:data:`_JENJANG`): that of its
    nearest class in the table, so a report built in Python may hold a subclass's rows.

    Examples:
        >>> _jenjang(SubKegiatan(kode="s1", nama="S", pagu=1, realisasi_rp=1)).nama
        'sub kegiatan'
    """
    return next(_JENJANG[kelas] for kelas in type(baris).__mro__ if kelas in _JENJANG)


def _keluaran(
    h: Hitung, b: Besaran
) -> tuple[Program | Kegiatan | SubKegiatan, Keluaran, _Jenjang]:
    """The row ``b`` cites, its output and its level; a budget-only row has no output."""
    baris = h.lap.cari(b.kode[0])
    jenjang = _jenjang(baris)
    k = baris.keluaran
    if k is None:
        raise TakTerhitungError(str(b), f"{baris.kode} {jenjang.tanpa_keluaran}", tanpa_data=True)
    return baris, k, jenjang


def _k_persen(h: Hitung, b: Besaran) -> Nilai:
    _, k, _ = _keluaran(h, b)

    def rumus() -> str:
        return f"{h.tulis_tepat(k.realisasi_k)} / {h.tulis_tepat(k.target_k)} x 100"

    if k.target_k == 0:
        raise TakTerhitungError(rumus(), "target K is 0: the percentage does not exist")
    return Nilai(
        "persen",
        rumus,
        komponen=lambda: Rasio(k.realisasi_k, k.target_k),
        rasio=rasio_persen(k.realisasi_k, k.target_k),
    )


def _rumus_renstra_k_jumlah(
    h: Hitung, lalu: Fraction, ini: Fraction, jenjang: _Jenjang, aturan: str
) -> str:
    """A count: last years' K + this year's."""
    return (
        f"realisasi K s/d last year + realisasi K of the {jenjang.nama} ({aturan}): "
        f"{h.tulis_tepat(lalu)} + {h.tulis_tepat(ini)}"
    )


def _rumus_renstra_k_terakhir(
    h: Hitung, lalu: Fraction, ini: Fraction, jenjang: _Jenjang, aturan: str
) -> str:
    """A level: this year's K; last years' is not added to it."""
    return (
        f"realisasi K of the {jenjang.nama}, {h.tulis_tepat(ini)} ({aturan}: "
        f"a level is not added to last years' {h.tulis_tepat(lalu)})"
    )


def _rumus_renstra_k_rata_rata(
    h: Hitung, lalu: Fraction, ini: Fraction, jenjang: _Jenjang, aturan: str
) -> str:
    """A mean: what it would be, were the number of years given."""
    return (
        f"mean of realisasi K s/d last year {h.tulis_tepat(lalu)} and realisasi K of the "
        f"{jenjang.nama} {h.tulis_tepat(ini)} ({aturan})"
    )


#: How the explanation writes the Renstra realisasi K up to this year (form E.81,
#: column 14 = column 7 + column 13) of a row that gives last years' K, by the row's rule
#: across years (``konsolidasi_renstra``, by default its ``konsolidasi``). The value is
#: :func:`sakip.triwulan.realisasi_renstra`'s, as :mod:`sakip.e81` computes it (its
#: source there); a mean (``RATA_RATA``) is not computable.
_RUMUS_RENSTRA_K: Final[
    Mapping[Konsolidasi, Callable[[Hitung, Fraction, Fraction, _Jenjang, str], str]]
] = MappingProxyType(
    {
        Konsolidasi.JUMLAH: _rumus_renstra_k_jumlah,
        Konsolidasi.TERAKHIR: _rumus_renstra_k_terakhir,
        Konsolidasi.RATA_RATA: _rumus_renstra_k_rata_rata,
    }
)


def _aturan_renstra(baris: Program | Kegiatan | SubKegiatan) -> str:
    """The rule across years as the explanation names it: by the key that set it.

    ``konsolidasi`` when the row's one rule does both jobs (the default),
    ``konsolidasi_renstra`` when the row gives a rule of its own for the years.

    Examples:
        >>> s = SubKegiatan(kode="s1", nama="S", indikator="Persentase", satuan="%",
        ...                 target_k=Fraction(100), realisasi_k=Fraction(100), pagu=1,
        ...                 realisasi_rp=1, realisasi_lalu_k=Fraction(83))
        >>> _aturan_renstra(s), _aturan_renstra(attrs.evolve(s, konsolidasi_renstra=Konsolidasi.TERAKHIR))
        ('konsolidasi jumlah', 'konsolidasi_renstra terakhir')
    """
    kunci = "konsolidasi" if baris.konsolidasi_renstra is None else "konsolidasi_renstra"
    return f"{kunci} {baris.konsolidasi_renstra_berlaku.value}"


def _rpjmd_k(h: Hitung, b: Besaran) -> Nilai:
    """The realisasi K of the RPJMD / Renstra column of a row.

    A row that gives last years' K (``realisasi_lalu_k``) has its Renstra realisasi
    up to this year, by its rule across years, ``konsolidasi_renstra`` (by default
    its ``konsolidasi``; :func:`sakip.triwulan.realisasi_renstra`): ``JUMLAH`` last years' + this year's
    ("1,84 + 2"), ``TERAKHIR`` this year's, ``RATA_RATA`` not computable; the
    explanation names the rule and the key that set it. A row that does not give
    it has this year's realisasi K, as before the field existed. The explanation
    names the row's level (:func:`_jenjang`): "the row" for a row of no level
    (:class:`BarisTanpaJenjang`, a row of a rows CSV).

    Examples:
        >>> from sakip.laporan import Kegiatan, Program, SubKegiatan
        >>> s = SubKegiatan(kode="s1", nama="KUA-PPAS", indikator="Dokumen", satuan="Dok",
        ...                 target_k=Fraction(2), realisasi_k=Fraction(2), pagu=1, realisasi_rp=1,
        ...                 realisasi_lalu_k=Fraction("1.84"))
        >>> k = Kegiatan(kode="k1", nama="K", sub=[s], indikator="Persentase", satuan="%",
        ...              target_k=Fraction(100), realisasi_k=Fraction(100),
        ...              tw_k=[Fraction(0), Fraction(30), Fraction(45), Fraction(25)],
        ...              realisasi_lalu_k=Fraction(93), konsolidasi_renstra=Konsolidasi.TERAKHIR)
        >>> p = Program(kode="p1", nama="P", kegiatan=[k])
        >>> h = Hitung(Laporan(instansi="D", tahun=2025, judul="J", sumber="-",
        ...                    renstra=(2025, 2030), program=[p]))
        >>> n = h.nilai(Besaran(jenis=JenisBesaran.RPJMD_K, kode=("s1",)))
        >>> n.eksak, n.rumus
        (Fraction(96, 25), 'realisasi K s/d last year + realisasi K of the sub kegiatan (konsolidasi jumlah): 1,84 + 2')
        >>> n = h.nilai(Besaran(jenis=JenisBesaran.RPJMD_K, kode=("k1",)))
        >>> n.eksak, n.rumus
        (Fraction(100, 1), "realisasi K of the kegiatan, 100 (konsolidasi_renstra terakhir: a level is not added to last years' 93)")
    """
    baris, k, jenjang = _keluaran(h, b)
    lalu, ini = baris.realisasi_lalu_k, k.realisasi_k
    if lalu is None:
        return Nilai("bilangan", f"realisasi K of the {jenjang.nama}", ini)
    aturan = baris.konsolidasi_renstra_berlaku

    def rumus() -> str:
        return _RUMUS_RENSTRA_K[aturan](h, lalu, ini, jenjang, _aturan_renstra(baris))

    try:
        renstra = realisasi_renstra(lalu=lalu, tahun_ini=ini, aturan=aturan)
    except NotComputableError:
        raise TakTerhitungError(
            rumus(),
            "a mean across years needs the number of years, which the report does not give",
            tanpa_data=True,
        ) from None
    return Nilai("bilangan", rumus, renstra)


def _rpjmd_rp(h: Hitung, b: Besaran) -> Nilai:
    """The realisasi Rp of the RPJMD / Renstra column of a row.

    A sub kegiatan that gives last years' Rupiah (``realisasi_lalu_rp``) has its
    Renstra realisasi up to this year, last years' + this year's (Rupiah are always
    added, as :mod:`sakip.e81` adds them; form E.81, column 14 = column 7 + column
    13); one that does not give it has this year's realisasi Rp, as before the
    field existed. A kegiatan or program has the sum of the column as printed on
    the rows under it. The explanation names a sub kegiatan so, and a row of no
    level (:class:`BarisTanpaJenjang`, a row of a rows CSV) "the row".
    """
    obj = h.lap.cari(b.kode[0])
    if isinstance(obj, SubKegiatan):
        lalu, real = obj.realisasi_lalu_rp, obj.realisasi_rp
        jenjang = _jenjang(obj).nama  # "sub kegiatan"; "row" for a row of no level
        if lalu is None:
            return Nilai("rupiah", f"realisasi Rp of the {jenjang}", real)
        return Nilai(
            "rupiah",
            lambda: (
                f"realisasi Rp s/d last year + realisasi Rp of the {jenjang}: "
                f"{h.tulis(lalu)} + {h.tulis(real)}"
            ),
            lalu + real,
        )
    anak: tuple[Kegiatan | SubKegiatan, ...] = (
        obj.kegiatan if isinstance(obj, Program) else obj.sub
    )
    total: int | Fraction = 0
    for a in anak:
        c = h.dicetak_rpjmd.get(a.kode)
        if c is None:
            raise TakTerhitungError(
                f"RPJMD column of {a.kode}", "row below not printed", tanpa_data=True
            )
        try:
            # a Rupiah figure, by the one Rupiah rule, in its column's unit
            satuan, tempat = baca_rupiah(c)
            satuan *= SATUAN_RUPIAH[c.satuan_rupiah]
            total += Fraction(satuan, 10**tempat) if tempat else satuan
        except SakipError:
            raise TakTerhitungError(
                f"RPJMD column of {a.kode}", "the row below is not a number", tanpa_data=True
            ) from None
    return Nilai(
        "rupiah", f"sum of the RPJMD column of the rows under {b.kode[0]}, as printed", total
    )


def _tw_rp(h: Hitung, b: Besaran) -> Nilai:
    k = h.lap.cari(b.kode[0])
    if not isinstance(k, Kegiatan) or b.triwulan is None:
        raise TakTerhitungError(str(b), f"{b.kode[0]} is not a kegiatan")
    i = b.triwulan - 1
    total = 0
    for s in k.sub:
        if s.tw_rp is None:
            raise TakTerhitungError(
                f"sum of triwulan {b.triwulan} of the sub kegiatan of {b.kode[0]}",
                f"{s.kode} records no quarters (tw_rp)",
                tanpa_data=True,
            )
        total += s.tw_rp[i]
    return Nilai(
        "rupiah",
        lambda: f"sum of triwulan {b.triwulan} of the sub kegiatan of {b.kode[0]}",
        total,
    )


def _ind(h: Hitung, b: Besaran) -> Indikator:
    return h.lap.indikator_dengan(str(b.indikator))


def _tahun(b: Besaran) -> int:
    assert b.tahun is not None  # the syntax table guarantees it
    return b.tahun


def _iku_target(h: Hitung, b: Besaran) -> Nilai:
    ind, tahun = _ind(h, b), _tahun(b)
    t = h.target(ind, tahun)
    dicetak = ind.target_dicetak.get(tahun)
    lain = ind.target_dicetak_lain.get(tahun, ())
    if isinstance(t, RasioKinerja):
        return _teks_rasio(h, t, dicetak, f"target {ind.kode} {tahun}", lain)
    if dicetak is not None:
        # A range or one-sided target ("3 - 4", "maks. 5%") has no single value, and a
        # single value printed with words ("80 dibawah ambang batas") is more than its
        # value: the printed text is checked against the text the report states for it.
        # A single value may also be printed alone ("80"): it is then checked as a number.
        # A target the report prints more than one way ("≥ HPP", "HPP≤ 3.700") accepts each.
        return Nilai(
            "teks",
            f"target {b.indikator} {b.tahun} as the report states it",
            eksak=None if isinstance(t, Rentang) else t,
            teks=dicetak,
            teks_lain=lain,
        )
    if isinstance(t, Rentang):
        raise TakTerhitungError(
            f"target {b.indikator}",
            "a range target has no single value, and the report states no printed text "
            "for it (target = { bawah, atas, dicetak })",
            tanpa_data=True,
        )
    return Nilai("persen", f"target {b.indikator} {b.tahun}", t)


def _teks_rasio(
    h: Hitung, rasio: RasioKinerja, dicetak: str | None, nama: str, lain: tuple[str, ...] = ()
) -> Nilai:
    """A ratio target or realisasi ("1 : 14") is checked as a text: the text the report
    states for it (or any of the other texts it states, ``lain``), else its terms in the
    place's notation ("1:14")."""
    if dicetak is not None:
        return Nilai(
            "teks",
            f"{nama}, the ratio {teks_rasio(rasio, h.notasi)} as the report states it",
            teks=dicetak,
            teks_lain=lain,
        )
    return Nilai(
        "teks", f"{nama}, a ratio (no printed text stated)", teks=teks_rasio(rasio, h.notasi)
    )


def _iku_realisasi(h: Hitung, b: Besaran) -> Nilai:
    ind = _ind(h, b)
    nilai = h.realisasi_tercatat(ind, _tahun(b))
    if isinstance(nilai, RasioKinerja):
        return _teks_rasio(
            h, nilai, ind.realisasi_dicetak.get(_tahun(b)), f"realisasi {ind.kode} {b.tahun}"
        )
    if _tahun(b) in ind.nilai_realisasi:
        return Nilai("persen", f"realisasi {ind.kode} {b.tahun} as the report gives it", nilai)
    k = ind.realisasi[_tahun(b)]
    lain: tuple[tuple[str, Fraction], ...] = ()
    if k.rincian_penyebut and sum(k.rincian_penyebut.values()) != k.penyebut:
        lain = (
            (
                "the sum of the printed breakdown of the denominator",
                Fraction(sum(k.rincian_penyebut.values())),
            ),
        )
    nama = f"{ind.rumus}: " if ind.rumus else ""
    return Nilai(
        "persen",
        f"{nama}{h.tulis(k.pembilang)} / {h.tulis(k.penyebut)} x 100",
        nilai,
        komponen=Rasio(k.pembilang, k.penyebut, lain),
    )


def _iku_capaian(h: Hitung, b: Besaran) -> Nilai:
    c, rumus, komp = h.capaian(_ind(h, b), _tahun(b))
    return Nilai("persen", rumus, c, komponen=komp)


def _iku_predikat(h: Hitung, b: Besaran) -> Nilai:
    c, rumus, _ = h.capaian(_ind(h, b), _tahun(b))
    s = h.skala("predikat")
    return Nilai("teks", f"{s.nama} of {rumus}", teks=h.predikat(s, nilai_dinilai(s, c), rumus))


def _iku_atribut(h: Hitung, b: Besaran) -> Nilai:
    c, rumus, _ = h.capaian(_ind(h, b), _tahun(b))
    s = h.skala("atribut")
    return Nilai("teks", f"{s.nama} of {rumus}", teks=h.predikat(s, nilai_dinilai(s, c), rumus))


def _rata_rata_capaian_iku(h: Hitung, b: Besaran) -> tuple[Fraction, int]:
    """The plain mean of the IKU's capaian of a year, and how many indicators it is over."""
    cs = [h.capaian(i, _tahun(b))[0] for i in h.iku()]
    if not cs:
        raise TakTerhitungError(
            "mean capaian", "no IKU (indikator sasaran) has a realisasi", tanpa_data=True
        )
    return sum(cs, Fraction(0)) / len(cs), len(cs)


def _iku_atribut_rata_rata(h: Hitung, b: Besaran) -> Nilai:
    rata, _ = _rata_rata_capaian_iku(h, b)
    s = h.skala("atribut")
    rumus = f"the mean capaian {h.persen(rata)}"
    return Nilai("teks", f"{s.nama} of {rumus}", teks=h.predikat(s, nilai_dinilai(s, rata), rumus))


def _iku_capaian_rata_rata(h: Hitung, b: Besaran) -> Nilai:
    """The plain mean of the capaian of every IKU of the year (the figure
    ``iku.atribut_rata_rata`` rates): local practice, seen in LKjIP tables of IKU
    ("Rata-rata Persentase Capaian Kinerja", BKPSDM Kabupaten Tasikmalaya 2020, Tabel 3.6)."""
    rata, n = _rata_rata_capaian_iku(h, b)
    return Nilai("persen", f"plain mean of the capaian of the {n} IKU of {b.tahun}", rata)


def _komponen(h: Hitung, b: Besaran) -> tuple[Indikator, int]:
    ind = _ind(h, b)
    nilai = ind.nilai_realisasi.get(_tahun(b))
    if nilai is not None:
        raise TakTerhitungError(
            f"realisasi {ind.kode} {b.tahun}",
            "the realisasi is recorded as its value"
            + (" (a ratio)" if isinstance(nilai, RasioKinerja) else "")
            + ", with no numerator or denominator",
        )
    if _tahun(b) not in ind.realisasi:
        raise TakTerhitungError(
            f"realisasi {ind.kode} {b.tahun}",
            "no realisasi recorded for that year",
            tanpa_data=True,
        )
    return ind, _tahun(b)


def _iku_penyebut(h: Hitung, b: Besaran) -> Nilai:
    ind, tahun = _komponen(h, b)
    return Nilai("bilangan", f"denominator of {ind.kode} {tahun}", ind.realisasi[tahun].penyebut)


def _iku_jumlah_rincian(h: Hitung, b: Besaran) -> Nilai:
    ind, tahun = _komponen(h, b)
    k = ind.realisasi[tahun]
    if not k.rincian_penyebut:
        raise TakTerhitungError("rincian", "no breakdown recorded", tanpa_data=True)
    rumus = " + ".join(f"{h.tulis(v)} ({n})" for n, v in k.rincian_penyebut.items())
    return Nilai("bilangan", rumus, sum(k.rincian_penyebut.values()))


def _iku_kemajuan(h: Hitung, b: Besaran) -> Nilai:
    ind = _ind(h, b)
    akhir = h.lap.renstra[1]
    c, rumus, _, _ = h.capaian_dari(ind, h.lap.tahun, akhir)
    return Nilai("persen", f"{rumus} (target {akhir})", c)


def _iku_selisih_capaian(h: Hitung, b: Besaran) -> Nilai:
    ind, tahun = _ind(h, b), _tahun(b)
    c1, _, _ = h.capaian(ind, tahun)
    c0, _, _ = h.capaian(ind, tahun - 1)
    return Nilai(
        "persen",
        f"capaian {tahun} - capaian {tahun - 1} = {h.persen(c1)} - {h.persen(c0)} (points)",
        c1 - c0,
        komponen=Selisih(c1, c0, kiri_capaian=False),
    )


def _iku_penyerapan(h: Hitung, b: Besaran) -> Nilai:
    return _penyerapan(h, attrs.evolve(h.program_iku(_ind(h, b)), jenis=JenisBesaran.PENYERAPAN))


def _efisiensi(h: Hitung, ind: Indikator) -> tuple[Fraction, Fraction]:
    c, _, _ = h.capaian(ind, h.lap.tahun)
    s = _iku_penyerapan(h, Besaran(jenis=JenisBesaran.IKU_PENYERAPAN, indikator=ind.kode)).eksak
    assert isinstance(s, Fraction)
    return c, s


def _iku_efisiensi(h: Hitung, b: Besaran) -> Nilai:
    c, s = _efisiensi(h, _ind(h, b))
    return Nilai(
        "persen",
        f"capaian {h.persen(c)} - penyerapan {h.persen(s)} (MetodeEfisiensi.SELISIH_CAPAIAN)",
        c - s,
        komponen=Selisih(c, s, kiri_capaian=True),
    )


def _iku_efisiensi_rp(h: Hitung, b: Besaran) -> Nilai:
    return _sisa(h, h.program_iku(_ind(h, b)))


def _iku_efisiensi_kategori(h: Hitung, b: Besaran) -> Nilai:
    e = _iku_efisiensi(h, b)
    assert e.eksak is not None
    return Nilai(
        "teks", e.rumus + ", efisien when > 0", teks="Efisien" if e.eksak > 0 else "Tidak Efisien"
    )


def _belanja(bagian: str, nama: str) -> Callable[[Hitung, Besaran], Nilai]:
    def hitung(h: Hitung, b: Besaran) -> Nilai:
        bl = h.lap.belanja
        if bl is None:
            raise TakTerhitungError("belanja", "no belanja recorded", tanpa_data=True)
        nilai = {
            "operasi": bl.operasi,
            "modal": bl.modal,
            "total": bl.operasi + bl.modal,
            "realisasi_operasi": bl.realisasi_operasi,
            "realisasi_modal": bl.realisasi_modal,
            "realisasi_total": bl.realisasi_operasi + bl.realisasi_modal,
        }[bagian]
        return Nilai("rupiah", f"belanja {nama}", nilai)

    return hitung


def _banyak_lampiran(lap: Laporan, pilihan: str) -> tuple[int, str]:
    """How many programs, kegiatan or sub kegiatan the lampiran has, and the formula."""
    program = lap.program
    n = {
        "program": lambda: len(program),
        "kegiatan": lambda: sum(len(p.kegiatan) for p in program),
        "sub": lambda: sum(len(k.sub) for p in program for k in p.kegiatan),
    }[pilihan]()
    return n, f"number of {pilihan} in the lampiran"


def _indikator_dicatat(lap: Laporan, apa: str) -> tuple[Indikator, ...]:
    """The report's indicators, for a count of ``apa``; a report that records none has no
    count (its indicators were not transcribed, which is not the same as none printed)."""
    if not lap.indikator:
        raise TakTerhitungError(apa, "the report records no indicator", tanpa_data=True)
    return lap.indikator


def _indikator_sasaran(lap: Laporan, apa: str) -> tuple[tuple[Indikator, ...], str]:
    """The report's indikator sasaran (its IKU), and how a formula names them: the indikator
    tujuan (``jenjang = "tujuan"``) are left out, and the formula says how many."""
    semua = _indikator_dicatat(lap, apa)
    iku = tuple(i for i in semua if i.jenjang is JenjangIndikator.SASARAN)
    tujuan = len(semua) - len(iku)
    if not iku:
        raise TakTerhitungError(
            apa,
            f"the report records no indikator sasaran ({tujuan} indikator tujuan)",
            tanpa_data=True,
        )
    lain = (
        f", {banyak(tujuan, 'indikator tujuan', 'indikator tujuan')} not counted" if tujuan else ""
    )
    return iku, f"([[indikator]]{lain})"


def _tanpa_teks(indikator: Sequence[Indikator], apa: str, bidang: str) -> None:
    """Refuse a count of distinct ``bidang`` texts when an indicator records none: left out,
    it would make the count smaller, silently; the indicators are named."""
    tanpa = [i.kode for i in indikator if not getattr(i, bidang)]
    if tanpa:
        raise TakTerhitungError(
            apa,
            f"{len(tanpa)} of the {len(indikator)} indicators record no {bidang} "
            f"({', '.join(tanpa[:5])}{', ...' if len(tanpa) > 5 else ''})",
            tanpa_data=True,
        )


def _banyak_indikator(lap: Laporan, _: str) -> tuple[int, str]:
    """How many indikator sasaran the report records (``[[indikator]]`` but those of
    ``jenjang = "tujuan"``): the "m indikator kinerja utama" of a Ringkasan Eksekutif."""
    iku, asal = _indikator_sasaran(lap, "number of indikator")
    return len(iku), f"number of indikator sasaran recorded {asal}"


def _banyak_sasaran(lap: Laporan, _: str) -> tuple[int, str]:
    """How many distinct sasaran the report's indikator sasaran measure, each sasaran counted
    once by its text as recorded (``sasaran``); an indicator without one leaves the count
    unknown, and is named."""
    iku, asal = _indikator_sasaran(lap, "number of sasaran")
    _tanpa_teks(iku, "number of sasaran", "sasaran")
    n = len({i.sasaran for i in iku})
    return n, f"number of distinct sasaran of the {len(iku)} indikator sasaran recorded {asal}"


def _banyak_tujuan(lap: Laporan, _: str) -> tuple[int, str]:
    """How many distinct tujuan the report's indicators (of either jenjang) serve, each
    counted once by its text as recorded (``tujuan``); an indicator without one leaves the
    count unknown, and is named."""
    semua = _indikator_dicatat(lap, "number of tujuan")
    _tanpa_teks(semua, "number of tujuan", "tujuan")
    n = len({i.tujuan for i in semua})
    return n, f"number of distinct tujuan of the {len(semua)} indicators recorded"


#: How each ``banyak:`` count is made, by its word. Programs, kegiatan and sub kegiatan:
#: rows of the lampiran (local practice, seen in LKjIP Dinas Sosial dan PMD Kota Dumai
#: 2023, Ringkasan Eksekutif). Indicators and sasaran: local practice, seen in LKjIP
#: Ringkasan Eksekutif ("... sasaran strategis ... diukur dengan ... indikator kinerja
#: utama", "3 (tiga) Tujuan dengan 4 (empat) Indikator Kinerja Utama"); no regulation fixes
#: how they are counted: here, the indikator sasaran the file records, their distinct
#: sasaran texts, and the distinct tujuan texts of every indicator.
_BANYAK: Final[Mapping[str, Callable[[Laporan, str], tuple[int, str]]]] = MappingProxyType(
    {
        "program": _banyak_lampiran,
        "kegiatan": _banyak_lampiran,
        "sub": _banyak_lampiran,
        "indikator": _banyak_indikator,
        "sasaran": _banyak_sasaran,
        "tujuan": _banyak_tujuan,
    }
)


def _banyak(h: Hitung, b: Besaran) -> Nilai:
    n, rumus = _BANYAK[str(b.pilihan)](h.lap, str(b.pilihan))
    return Nilai("bilangan", rumus, n)


def _rata_rata(h: Hitung, b: Besaran) -> Nilai:
    if b.pilihan == "penyerapan":
        n = _penyerapan(h, Besaran(jenis=JenisBesaran.PENYERAPAN, semua=True))
        return Nilai("persen", f"total: {n.rumus}", n.eksak)
    keluaran = [k for s in h.subs() if (k := s.keluaran) is not None]
    kp = [rasio_persen(k.realisasi_k, k.target_k) for k in keluaran if k.target_k]
    if not kp:
        raise TakTerhitungError("mean K%", "no sub kegiatan has a target K", tanpa_data=True)
    tanpa = len(h.subs()) - len(keluaran)
    return Nilai(
        "persen",
        f"plain mean of the K% of the {len(kp)} sub kegiatan with a target"
        + (f" ({tanpa} budget-only rows, with no output, left out)" if tanpa else ""),
        jumlah(kp) / len(kp),
    )


def _terbilang(h: Hitung, b: Besaran) -> Nilai:
    assert b.isi is not None
    n = h.nilai(b.isi)
    if n.eksak is None:
        raise TakTerhitungError(f"terbilang({b.isi})", "the quantity is a text, not a number")
    try:
        teks = terbilang(n.eksak, huruf="judul", rupiah=True)
    except SakipError as e:
        raise TakTerhitungError(f"terbilang({h.tulis(n.eksak)})", e.expected) from None
    return Nilai("teks", f"terbilang({h.tulis(n.eksak)}) rupiah", teks=teks)


def _predikat(h: Hitung, b: Besaran) -> Nilai:
    assert b.isi is not None
    n = h.nilai(b.isi)
    if n.eksak is None:
        raise TakTerhitungError(f"predikat({b.isi})", "the quantity is a text, not a number")
    s = h.skala("predikat")
    nilai = nilai_dinilai(s, Fraction(n.eksak))
    teks = desimal_dalam(nilai, h.notasi)
    return Nilai("teks", f"{s.nama} of {teks}", teks=h.predikat(s, nilai, teks))


@attrs.frozen(kw_only=True)
class BarisBesaran:
    """One row of the quantity table.

    Attributes:
        hitung: computes the quantity from the primary data.
        nilai: what kind of value it is: ``rupiah``, ``bilangan``, ``persen`` or ``teks``.
        aturan: the rule a mismatch breaks (``angka``, ``triwulan``, ``banyak``,
            ``teks``, ``agregat``).
        tingkat: the default severity of a mismatch.
        tingkat_metode: the severity when another method reproduces the figure.
        jelaskan: how a mismatch is explained: ``metode`` (other formulas and
            roundings), ``kembaran`` (the same figure elsewhere in the report),
            ``agregat`` (other ways to average), or "".
        arti: what it is, in Indonesian (for the docs).
        simpan: whether its value is kept for the next figure that cites it
            (False where computing it again costs less than looking it up:
            the figures of one row of the lampiran).

    Examples:
        >>> from sakip.laporan import JenisBesaran
        >>> b = BESARAN[JenisBesaran.PENYERAPAN]
        >>> b.nilai, b.aturan, b.tingkat.value, b.arti
        ('persen', 'angka', 'sedang', 'penyerapan anggaran')
    """

    hitung: Callable[[Hitung, Besaran], Nilai]
    nilai: JenisNilai
    aturan: str
    tingkat: Tingkat
    tingkat_metode: Tingkat = Tingkat.SEDANG
    jelaskan: str = ""
    arti: str = ""
    simpan: bool = True


_J = JenisBesaran
_T = Tingkat
_B = BarisBesaran

#: The quantity table: how each kind is computed, checked and explained.
BESARAN: Final[Mapping[JenisBesaran, BarisBesaran]] = MappingProxyType(
    {
        _J.PAGU: _B(
            hitung=_pagu,
            nilai="rupiah",
            aturan="angka",
            tingkat=_T.TINGGI,
            arti="jumlah pagu sub kegiatan",
            simpan=False,
        ),
        _J.PAGU_AWAL: _B(
            hitung=_pagu_awal,
            nilai="rupiah",
            aturan="angka",
            tingkat=_T.TINGGI,
            arti="pagu Perjanjian Kinerja awal",
        ),
        _J.REALISASI_RP: _B(
            hitung=_realisasi_rp,
            nilai="rupiah",
            aturan="angka",
            tingkat=_T.TINGGI,
            arti="jumlah realisasi sub kegiatan",
            simpan=False,
        ),
        _J.PENYERAPAN: _B(
            hitung=_penyerapan,
            nilai="persen",
            aturan="angka",
            tingkat=_T.SEDANG,
            jelaskan="metode kembaran",
            arti="penyerapan anggaran",
            simpan=False,
        ),
        _J.SISA: _B(
            hitung=_sisa,
            nilai="rupiah",
            aturan="angka",
            tingkat=_T.TINGGI,
            arti="sisa anggaran",
            simpan=False,
        ),
        _J.K_PERSEN: _B(
            hitung=_k_persen,
            nilai="persen",
            aturan="angka",
            tingkat=_T.SEDANG,
            jelaskan="metode",
            arti="realisasi K / target K x 100",
            simpan=False,
        ),
        _J.RPJMD_K: _B(
            hitung=_rpjmd_k,
            nilai="bilangan",
            aturan="angka",
            tingkat=_T.SEDANG,
            arti="realisasi K baris (sub kegiatan, kegiatan atau program); dengan "
            "realisasi_lalu_k: ditambah realisasi s/d tahun lalu menurut konsolidasi_renstra-nya "
            "(bawaan: konsolidasinya)",
            simpan=False,
        ),
        _J.RPJMD_RP: _B(
            hitung=_rpjmd_rp,
            nilai="rupiah",
            aturan="angka",
            tingkat=_T.SEDANG,
            arti="realisasi Rp (dengan realisasi_lalu_rp: ditambah realisasi s/d tahun lalu); "
            "di atas sub kegiatan: jumlah baris di bawahnya seperti dicetak",
            simpan=False,
        ),
        _J.TW_RP: _B(
            hitung=_tw_rp,
            nilai="rupiah",
            aturan="triwulan",
            tingkat=_T.TINGGI,
            arti="jumlah triwulan n sub kegiatan suatu kegiatan",
            simpan=False,
        ),
        _J.IKU_TARGET: _B(
            hitung=_iku_target,
            nilai="persen",
            aturan="angka",
            tingkat=_T.SEDANG,
            arti="target indikator pada tahun itu",
        ),
        _J.IKU_REALISASI: _B(
            hitung=_iku_realisasi,
            nilai="persen",
            aturan="angka",
            tingkat=_T.SEDANG,
            jelaskan="metode",
            arti="realisasi indikator (rumusnya, atau pembilang / penyebut x 100)",
        ),
        _J.IKU_CAPAIAN: _B(
            hitung=_iku_capaian,
            nilai="persen",
            aturan="angka",
            tingkat=_T.SEDANG,
            jelaskan="metode",
            arti="capaian kinerja menurut arah indikator",
        ),
        _J.IKU_PREDIKAT: _B(
            hitung=_iku_predikat,
            nilai="teks",
            aturan="teks",
            tingkat=_T.TINGGI,
            arti="predikat capaian pada skala_predikat",
        ),
        _J.IKU_ATRIBUT: _B(
            hitung=_iku_atribut,
            nilai="teks",
            aturan="teks",
            tingkat=_T.TINGGI,
            arti="atribut capaian pada skala_atribut",
        ),
        _J.IKU_ATRIBUT_RATA_RATA: _B(
            hitung=_iku_atribut_rata_rata,
            nilai="teks",
            aturan="teks",
            tingkat=_T.TINGGI,
            arti="atribut rata-rata capaian IKU",
        ),
        _J.IKU_CAPAIAN_RATA_RATA: _B(
            hitung=_iku_capaian_rata_rata,
            nilai="persen",
            aturan="agregat",
            tingkat=_T.SEDANG,
            arti="rata-rata capaian IKU",
        ),
        _J.IKU_PENYEBUT: _B(
            hitung=_iku_penyebut,
            nilai="bilangan",
            aturan="angka",
            tingkat=_T.TINGGI,
            arti="penyebut realisasi",
        ),
        _J.IKU_JUMLAH_RINCIAN: _B(
            hitung=_iku_jumlah_rincian,
            nilai="bilangan",
            aturan="angka",
            tingkat=_T.TINGGI,
            arti="jumlah rincian penyebut",
        ),
        _J.IKU_KEMAJUAN: _B(
            hitung=_iku_kemajuan,
            nilai="persen",
            aturan="angka",
            tingkat=_T.SEDANG,
            jelaskan="metode",
            arti="capaian terhadap target akhir Renstra",
        ),
        _J.IKU_SELISIH_CAPAIAN: _B(
            hitung=_iku_selisih_capaian,
            nilai="persen",
            aturan="angka",
            tingkat=_T.SEDANG,
            tingkat_metode=_T.RENDAH,
            jelaskan="metode",
            arti="capaian tahun T dikurangi capaian T-1 (poin)",
        ),
        _J.IKU_PENYERAPAN: _B(
            hitung=_iku_penyerapan,
            nilai="persen",
            aturan="angka",
            tingkat=_T.SEDANG,
            jelaskan="metode kembaran",
            arti="penyerapan program pendukung indikator",
        ),
        _J.IKU_EFISIENSI: _B(
            hitung=_iku_efisiensi,
            nilai="persen",
            aturan="angka",
            tingkat=_T.SEDANG,
            jelaskan="metode",
            arti="capaian - penyerapan",
        ),
        _J.IKU_EFISIENSI_RP: _B(
            hitung=_iku_efisiensi_rp,
            nilai="rupiah",
            aturan="angka",
            tingkat=_T.TINGGI,
            arti="sisa anggaran program pendukung",
        ),
        _J.IKU_EFISIENSI_KATEGORI: _B(
            hitung=_iku_efisiensi_kategori,
            nilai="teks",
            aturan="teks",
            tingkat=_T.SEDANG,
            arti="Efisien / Tidak Efisien",
        ),
        _J.BELANJA_OPERASI: _B(
            hitung=_belanja("operasi", "operasi"),
            nilai="rupiah",
            aturan="angka",
            tingkat=_T.TINGGI,
            arti="pagu belanja operasi",
        ),
        _J.BELANJA_MODAL: _B(
            hitung=_belanja("modal", "modal"),
            nilai="rupiah",
            aturan="angka",
            tingkat=_T.TINGGI,
            arti="pagu belanja modal",
        ),
        _J.BELANJA_TOTAL: _B(
            hitung=_belanja("total", "total"),
            nilai="rupiah",
            aturan="angka",
            tingkat=_T.TINGGI,
            arti="belanja operasi + modal",
        ),
        _J.BELANJA_REALISASI_OPERASI: _B(
            hitung=_belanja("realisasi_operasi", "realisasi operasi"),
            nilai="rupiah",
            aturan="angka",
            tingkat=_T.TINGGI,
            arti="realisasi belanja operasi",
        ),
        _J.BELANJA_REALISASI_MODAL: _B(
            hitung=_belanja("realisasi_modal", "realisasi modal"),
            nilai="rupiah",
            aturan="angka",
            tingkat=_T.TINGGI,
            arti="realisasi belanja modal",
        ),
        _J.BELANJA_REALISASI_TOTAL: _B(
            hitung=_belanja("realisasi_total", "realisasi total"),
            nilai="rupiah",
            aturan="angka",
            tingkat=_T.TINGGI,
            arti="realisasi operasi + modal",
        ),
        _J.BANYAK: _B(
            hitung=_banyak,
            nilai="bilangan",
            aturan="banyak",
            tingkat=_T.TINGGI,
            arti="banyaknya program, kegiatan atau sub kegiatan (lampiran), indikator, "
            "atau sasaran berbeda dari indikator",
        ),
        _J.RATA_RATA: _B(
            hitung=_rata_rata,
            nilai="persen",
            aturan="agregat",
            tingkat=_T.SEDANG,
            jelaskan="metode agregat",
            arti="rata-rata K% sub kegiatan, atau penyerapan total",
        ),
        _J.TERBILANG: _B(
            hitung=_terbilang,
            nilai="teks",
            aturan="teks",
            tingkat=_T.SEDANG,
            arti="suatu besaran dalam huruf (rupiah)",
        ),
        _J.PREDIKAT: _B(
            hitung=_predikat,
            nilai="teks",
            aturan="teks",
            tingkat=_T.TINGGI,
            arti="predikat suatu besaran pada skala_predikat",
        ),
    }
)
