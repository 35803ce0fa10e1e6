"""Audit: recompute every printed figure of a Laporan Kinerja, list where it disagrees.

:func:`periksa` takes a :class:`~sakip.laporan.Laporan` and returns a
:class:`HasilAudit`: the findings (:class:`Temuan`), and for every printed
capaian the formula and rounding that reproduce it (:class:`Penjelasan`).
Figures that are consistent produce no finding.

Each printed figure (:class:`~sakip.laporan.Cetakan`) names the quantity it
claims to be (``besaran``). The quantities are:

==================================  ============================================
besaran                             recomputed as
==================================  ============================================
``pagu:X``, ``realisasi_rp:X``      sums over the sub kegiatan of X (a program,
                                    kegiatan, sub kegiatan, ``total``, or
                                    codes joined by ``+``)
``pagu_awal:X``                     original Perjanjian Kinerja pagu
``penyerapan:X``, ``sisa:X``        :func:`sakip.penyerapan`, :func:`sakip.sisa_anggaran`
``k_persen:S``                      realisasi K / target K x 100 of sub kegiatan S
``rpjmd_k:S``, ``rpjmd_rp:X``       the RPJMD column: a sub kegiatan's own
                                    realisasi; a kegiatan or program: the sum
                                    of the rows below it as printed
``tw_rp:K:n``                       sum of quarter n of the sub kegiatan of K
``iku.target:I:T``                  the target of indicator I in year T
``iku.realisasi:I:T``               pembilang / penyebut x 100
``iku.capaian:I:T``                 :func:`sakip.capaian` (the indicator's arah)
``iku.predikat:I:T``                predikat on the report's declared scale
``iku.atribut:I:T``                 atribut (Tabel 3.2 style scale)
``iku.atribut_rata_rata:T``         atribut of the plain mean of the IKU capaian
``iku.penyebut:I:T``                the denominator
``iku.jumlah_rincian:I:T``          the sum of the denominator's breakdown
``iku.kemajuan:I``                  capaian against the Renstra's final target
``iku.selisih_capaian:I:T``         capaian T minus capaian T-1, in points
``iku.penyerapan:I``                penyerapan of the programs funding I
``iku.efisiensi:I``                 capaian - penyerapan (MetodeEfisiensi.SELISIH_CAPAIAN)
``iku.efisiensi_rp:I``              sisa anggaran of the programs funding I
``iku.efisiensi_kategori:I``        "Efisien" / "Tidak Efisien"
``belanja.operasi`` etc.            the belanja record; ``belanja.total`` =
                                    operasi + modal
``terbilang:Q``                     :func:`sakip.angka.terbilang` of quantity Q
``banyak:program|kegiatan|sub``     counts
``rata_rata:k_persen``              mean of the sub kegiatan's K% (see below)
``rata_rata:penyerapan``            total realisasi / total pagu x 100
``predikat:Q``                      predikat of quantity Q on the declared scale
==================================  ============================================

Besides the printed figures, the audit checks the structure: quarters against
the year of every sub kegiatan, the breakdowns of denominators against the
denominators, the kegiatan's printed quarters against their year, belanja
operasi + modal against the programs, and the report's declared scales
(overlaps, gaps, differences from the regulation, values rated outside them).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Final

import attrs

from sakip import skala as _skala
from sakip._eksak import bulatkan_pecahan, tempat_tepat
from sakip.anggaran import sisa_anggaran
from sakip.angka import baca, terbilang, tulis_desimal
from sakip.errors import (
    InvalidTypeError,
    InvalidValueError,
    NotComputableError,
    ReportFormatError,
    SakipError,
    _usang,
)
from sakip.kinerja import Arah, MetodeTurun, Rentang, capaian
from sakip.laporan import (
    BarisAnggaran,
    BarisIndikator,
    Cetakan,
    Kegiatan,
    Laporan,
    Program,
    SubKegiatan,
)
from sakip.skala import masalah_pita, skala_bernama

__all__ = ["HasilAudit", "Penjelasan", "Temuan", "Tingkat", "periksa", "periksa_baris"]

_SERATUS: Final = Fraction(100)


class Tingkat(enum.Enum):
    """How serious a finding is.

    * ``TINGGI``: a wrong Rupiah amount or total, or a figure that changes
      a conclusion (predikat, kategori, count of activities).
    * ``SEDANG``: a wrong percentage, or one reproduced only by a method the
      report does not declare.
    * ``RENDAH``: rounding, presentation, or a printed figure for something
      that cannot be computed.

    Examples:
        >>> Tingkat("tinggi")
        <Tingkat.TINGGI: 'tinggi'>
    """

    TINGGI = "tinggi"
    SEDANG = "sedang"
    RENDAH = "rendah"


@attrs.frozen(kw_only=True)
class Temuan:
    """A finding: where the report disagrees with itself or with its rules.

    Attributes:
        aturan: the check that failed (``angka``, ``metode``, ``rincian``,
            ``triwulan``, ``tak-terhitung``, ``skala``, ``banyak``, ``teks``,
            ``agregat``).
        tingkat: severity.
        letak: where: table, row and column (or file, sheet and cell).
        dicetak: what the report printed.
        dihitung: what sakip computes.
        rumus: the formula or rule behind the computed figure.
        keterangan: explanation: which other formula reproduces the printed
            figure, if any.

    Examples:
        >>> from sakip import contoh
        >>> t = periksa(contoh.dumai_2023()).temuan[0]
        >>> t.aturan, t.tingkat, t.dicetak, t.dihitung
        ('banyak', <Tingkat.TINGGI: 'tinggi'>, '7', '18')
    """

    aturan: str
    tingkat: Tingkat
    letak: str
    dicetak: str
    dihitung: str
    rumus: str
    keterangan: str = ""

    @property
    def tempat(self) -> str:
        """Deprecated name of :attr:`letak` (``tempat`` means decimal places); removed in 0.3.0."""
        _usang("Temuan.tempat", "Temuan.letak")
        return self.letak


@attrs.frozen(kw_only=True)
class Penjelasan:
    """Which formula and rounding reproduce a printed capaian.

    Examples:
        >>> from sakip import contoh
        >>> p = periksa(contoh.dumai_2023()).penjelasan[1]
        >>> p.dicetak, p.rumus
        ('179%', '179 = 75 / 42 x 100, higher is better, at 0 places')
    """

    letak: str
    dicetak: str
    rumus: str
    cocok: bool

    @property
    def tempat(self) -> str:
        """Deprecated name of :attr:`letak` (``tempat`` means decimal places); removed in 0.3.0."""
        _usang("Penjelasan.tempat", "Penjelasan.letak")
        return self.letak


@attrs.frozen(kw_only=True)
class HasilAudit:
    """The result of :func:`periksa`.

    Attributes:
        laporan: the audited report.
        temuan: the findings, in the order of the report.
        penjelasan: for every printed capaian, how it is reproduced.
        diperiksa: how many printed figures were recomputed.

    Examples:
        >>> from sakip import contoh
        >>> h = periksa(contoh.dumai_2023())
        >>> h.diperiksa, len(h.temuan)
        (588, 39)
    """

    laporan: Laporan
    temuan: tuple[Temuan, ...]
    penjelasan: tuple[Penjelasan, ...]
    diperiksa: int

    def ke_dict(self) -> dict[str, object]:
        """A JSON-ready dict: the report, the counts, the explanations and the findings.

        Examples:
            >>> from sakip import contoh
            >>> periksa(contoh.dumai_2023()).ke_dict()["jumlah_temuan"]
            39
        """
        return {
            "laporan": {
                "instansi": self.laporan.instansi,
                "tahun": self.laporan.tahun,
                "judul": self.laporan.judul,
            },
            "diperiksa": self.diperiksa,
            "jumlah_temuan": len(self.temuan),
            "penjelasan": [attrs.asdict(p) for p in self.penjelasan],
            "temuan": [
                {
                    **attrs.asdict(t, filter=lambda a, _: a.name != "tingkat"),
                    "tingkat": t.tingkat.value,
                }
                for t in self.temuan
            ],
        }


# -- computed quantities -------------------------------------------------------


@attrs.frozen
class _Nilai:
    """A recomputed quantity: exact number or text, with its formula in words."""

    jenis: str  # "rupiah", "bilangan", "persen", "teks"
    rumus: str
    eksak: Fraction | None = None
    teks: str | None = None


class _TakTerhitungError(Exception):
    def __init__(self, rumus: str, alasan: str) -> None:
        super().__init__(alasan)
        self.rumus = rumus
        self.alasan = alasan


def _tulis(x: int | Fraction | Decimal, tempat: int = 0) -> str:
    """Write an exact internal value the Indonesian way, rounded once (no input limits)."""
    return tulis_desimal(bulatkan_pecahan(Fraction(x), tempat))


def _tulis_tepat(x: Fraction) -> str:
    """Write x with the decimal places that show it exactly (at most 6)."""
    return _tulis(x, tempat_tepat(x))


def _rp(n: int | Fraction) -> str:
    return _tulis(n)


def _persen(x: Fraction, tempat: int = 2) -> str:
    return _tulis(x, tempat)


class _Hitung:
    """Evaluates besaran expressions on one report."""

    def __init__(self, laporan: Laporan) -> None:
        self.lap = laporan
        self.skala_predikat = skala_bernama(laporan.skala_predikat)
        self.skala_atribut = skala_bernama(laporan.skala_atribut)
        self.dicetak_rpjmd = {
            c.besaran.split(":", 1)[1]: c
            for c in laporan.semua_cetakan()
            if c.besaran.startswith("rpjmd_rp:")
        }

    # paths
    def _subs(self, kode: str) -> list[SubKegiatan]:
        if kode == "total":
            return [s for p in self.lap.program for s in p.semua_sub()]
        hasil: list[SubKegiatan] = []
        for bagian in kode.split("+"):
            obj = self.lap.cari(bagian)
            if isinstance(obj, Program):
                hasil += list(obj.semua_sub())
            elif isinstance(obj, Kegiatan):
                hasil += list(obj.sub)
            else:
                hasil.append(obj)
        return hasil

    def _jumlah(self, kode: str) -> tuple[int, int]:
        """Pagu and realisasi summed over the sub kegiatan of ``kode``, in one pass."""
        subs = self._subs(kode)
        return sum(s.pagu for s in subs), sum(s.realisasi_rp for s in subs)

    def pagu(self, kode: str) -> _Nilai:
        return _Nilai(
            "rupiah",
            f"jumlah pagu sub kegiatan {kode}",
            Fraction(sum(s.pagu for s in self._subs(kode))),
        )

    def realisasi_rp(self, kode: str) -> _Nilai:
        return _Nilai(
            "rupiah",
            f"jumlah realisasi sub kegiatan {kode}",
            Fraction(sum(s.realisasi_rp for s in self._subs(kode))),
        )

    def pagu_awal(self, kode: str) -> _Nilai:
        kodes = [p.kode for p in self.lap.program] if kode == "total" else kode.split("+")
        total = 0
        for k in kodes:
            p = self.lap.cari(k)
            if not isinstance(p, Program) or p.pagu_awal is None:
                raise _TakTerhitungError(f"pagu_awal:{k}", "no original pagu recorded")
            total += p.pagu_awal
        return _Nilai("rupiah", f"pagu Perjanjian Kinerja awal {kode}", Fraction(total))

    def penyerapan(self, kode: str) -> _Nilai:
        pagu, real = self._jumlah(kode)
        rumus = f"{_rp(real)} / {_rp(pagu)} x 100"
        if pagu == 0:
            raise _TakTerhitungError(rumus, "pagu is 0: penyerapan does not exist")
        return _Nilai("persen", rumus, Fraction(real * 100, pagu))

    def sisa(self, kode: str) -> _Nilai:
        pagu, real = self._jumlah(kode)
        return _Nilai(
            "rupiah",
            f"{_rp(pagu)} - {_rp(real)}",
            Fraction(sisa_anggaran(pagu=pagu, realisasi=real)),
        )

    def k_persen(self, kode: str) -> _Nilai:
        s = self.lap.cari(kode)
        assert isinstance(s, SubKegiatan)
        rumus = f"{_tulis_tepat(s.realisasi_k)} / {_tulis_tepat(s.target_k)} x 100"
        if s.target_k == 0:
            raise _TakTerhitungError(rumus, "target K is 0: the percentage does not exist")
        return _Nilai("persen", rumus, s.realisasi_k * _SERATUS / s.target_k)

    def rpjmd_k(self, kode: str) -> _Nilai:
        s = self.lap.cari(kode)
        assert isinstance(s, SubKegiatan)
        return _Nilai("bilangan", "realisasi K of the sub kegiatan", s.realisasi_k)

    def rpjmd_rp(self, kode: str) -> _Nilai:
        obj = self.lap.cari(kode)
        if isinstance(obj, SubKegiatan):
            return _Nilai("rupiah", "realisasi Rp of the sub kegiatan", Fraction(obj.realisasi_rp))
        anak = obj.kegiatan if isinstance(obj, Program) else obj.sub
        total = Fraction(0)
        for a in anak:
            c = self.dicetak_rpjmd.get(a.kode)
            if c is None:
                raise _TakTerhitungError(f"RPJMD column of {a.kode}", "row below not printed")
            total += Fraction(baca(c.teks, pemisah_desimal=",", kosong=0))
        return _Nilai(
            "rupiah", f"sum of the RPJMD column of the rows under {kode}, as printed", total
        )

    def tw_rp(self, kode: str, n: str) -> _Nilai:
        k = self.lap.cari(kode)
        assert isinstance(k, Kegiatan)
        i = int(n) - 1
        return _Nilai(
            "rupiah",
            f"sum of triwulan {n} of the sub kegiatan of {kode}",
            Fraction(sum(s.tw_rp[i] for s in k.sub)),
        )

    # indicators
    def _target(self, kode: str, tahun: int) -> Fraction | Rentang:
        ind = self.lap.indikator_dengan(kode)
        if tahun not in ind.target:
            raise _TakTerhitungError(f"target {kode} {tahun}", "no target recorded for that year")
        return ind.target[tahun]

    def _realisasi(self, kode: str, tahun: int) -> Fraction:
        ind = self.lap.indikator_dengan(kode)
        if tahun not in ind.realisasi:
            raise _TakTerhitungError(
                f"realisasi {kode} {tahun}", "no realisasi recorded for that year"
            )
        k = ind.realisasi[tahun]
        if k.penyebut == 0:
            raise _TakTerhitungError(f"{k.pembilang} / 0", "the denominator is 0")
        return k.pembilang * _SERATUS / k.penyebut

    def iku_target(self, kode: str, tahun: str) -> _Nilai:
        t = self._target(kode, int(tahun))
        if isinstance(t, Rentang):
            raise _TakTerhitungError(f"target {kode}", "a range target has no single value")
        return _Nilai("persen", f"target {kode} {tahun}", t)

    def iku_realisasi(self, kode: str, tahun: str) -> _Nilai:
        k = self.lap.indikator_dengan(kode).realisasi.get(int(tahun))
        nilai = self._realisasi(kode, int(tahun))
        assert k is not None
        return _Nilai("persen", f"{_tulis(k.pembilang)} / {_tulis(k.penyebut)} x 100", nilai)

    def _capaian(self, kode: str, tahun: int) -> tuple[Fraction, str]:
        ind = self.lap.indikator_dengan(kode)
        r = self._realisasi(kode, tahun)
        t = self._target(kode, tahun)
        try:
            c = capaian(realisasi=r, target=t, arah=ind.arah, metode=ind.metode, tempat=None)
        except NotComputableError as e:
            raise _TakTerhitungError("capaian", str(e)) from None
        return c, _rumus_capaian(r, t, ind.arah, ind.metode)

    def iku_capaian(self, kode: str, tahun: str) -> _Nilai:
        c, rumus = self._capaian(kode, int(tahun))
        return _Nilai("persen", rumus, c)

    def iku_predikat(self, kode: str, tahun: str) -> _Nilai:
        c, rumus = self._capaian(kode, int(tahun))
        return _Nilai(
            "teks", f"{self.skala_predikat.nama} of {rumus}", teks=self.skala_predikat.predikat(c)
        )

    def iku_atribut(self, kode: str, tahun: str) -> _Nilai:
        c, rumus = self._capaian(kode, int(tahun))
        return _Nilai(
            "teks", f"{self.skala_atribut.nama} of {rumus}", teks=self.skala_atribut.predikat(c)
        )

    def _iku(self) -> list[str]:
        return [i.kode for i in self.lap.indikator if i.realisasi]

    def iku_atribut_rata_rata(self, tahun: str) -> _Nilai:
        cs = [self._capaian(k, int(tahun))[0] for k in self._iku()]
        rata = sum(cs, Fraction(0)) / len(cs)
        return _Nilai(
            "teks",
            f"{self.skala_atribut.nama} of the mean capaian {_persen(rata)}",
            teks=self.skala_atribut.predikat(rata),
        )

    def iku_penyebut(self, kode: str, tahun: str) -> _Nilai:
        k = self.lap.indikator_dengan(kode).realisasi[int(tahun)]
        return _Nilai("bilangan", f"denominator of {kode} {tahun}", k.penyebut)

    def iku_jumlah_rincian(self, kode: str, tahun: str) -> _Nilai:
        k = self.lap.indikator_dengan(kode).realisasi[int(tahun)]
        if not k.rincian_penyebut:
            raise _TakTerhitungError("rincian", "no breakdown recorded")
        rumus = " + ".join(f"{_tulis(v)} ({n})" for n, v in k.rincian_penyebut.items())
        return _Nilai("bilangan", rumus, Fraction(sum(k.rincian_penyebut.values())))

    def iku_kemajuan(self, kode: str) -> _Nilai:
        ind = self.lap.indikator_dengan(kode)
        akhir = self.lap.renstra[1]
        r = self._realisasi(kode, self.lap.tahun)
        t = self._target(kode, akhir)
        c = capaian(realisasi=r, target=t, arah=ind.arah, metode=ind.metode, tempat=None)
        return _Nilai(
            "persen", f"{_rumus_capaian(r, t, ind.arah, ind.metode)} (target {akhir})", c
        )

    def iku_selisih_capaian(self, kode: str, tahun: str) -> _Nilai:
        c1, _ = self._capaian(kode, int(tahun))
        c0, _ = self._capaian(kode, int(tahun) - 1)
        return _Nilai(
            "persen",
            f"capaian {tahun} - capaian {int(tahun) - 1} = {_persen(c1)} - {_persen(c0)} (points)",
            c1 - c0,
        )

    def _program_iku(self, kode: str) -> str:
        ind = self.lap.indikator_dengan(kode)
        if not ind.program:
            raise _TakTerhitungError(f"program of {kode}", "the indicator names no program")
        return "+".join(ind.program)

    def iku_penyerapan(self, kode: str) -> _Nilai:
        return self.penyerapan(self._program_iku(kode))

    def iku_efisiensi(self, kode: str) -> _Nilai:
        c, _ = self._capaian(kode, self.lap.tahun)
        s = self.penyerapan(self._program_iku(kode))
        assert s.eksak is not None
        return _Nilai(
            "persen",
            f"capaian {_persen(c)} - penyerapan {_persen(s.eksak)} (MetodeEfisiensi.SELISIH_CAPAIAN)",
            c - s.eksak,
        )

    def iku_efisiensi_rp(self, kode: str) -> _Nilai:
        return self.sisa(self._program_iku(kode))

    def iku_efisiensi_kategori(self, kode: str) -> _Nilai:
        e = self.iku_efisiensi(kode)
        assert e.eksak is not None
        return _Nilai(
            "teks",
            e.rumus + ", efisien when > 0",
            teks="Efisien" if e.eksak > 0 else "Tidak Efisien",
        )

    # budget, counts, words
    def belanja(self, bagian: str) -> _Nilai:
        b = self.lap.belanja
        if b is None:
            raise _TakTerhitungError("belanja", "no belanja recorded")
        nilai = {
            "operasi": b.operasi,
            "modal": b.modal,
            "total": b.operasi + b.modal,
            "realisasi_operasi": b.realisasi_operasi,
            "realisasi_modal": b.realisasi_modal,
            "realisasi_total": b.realisasi_operasi + b.realisasi_modal,
        }
        if bagian not in nilai:
            raise InvalidValueError(
                field="besaran", value=f"belanja.{bagian}", expected="must name a belanja figure"
            )
        return _Nilai("rupiah", f"belanja {bagian.replace('_', ' ')}", Fraction(nilai[bagian]))

    def banyak(self, apa: str) -> _Nilai:
        program = self.lap.program
        n = {
            "program": len(program),
            "kegiatan": sum(len(p.kegiatan) for p in program),
            "sub": sum(len(k.sub) for p in program for k in p.kegiatan),
        }[apa]
        return _Nilai("bilangan", f"number of {apa} in the lampiran", Fraction(n))

    def rata_rata(self, apa: str) -> _Nilai:
        if apa == "penyerapan":
            n = self.penyerapan("total")
            return _Nilai("persen", f"total: {n.rumus}", n.eksak)
        kp = [s.realisasi_k * _SERATUS / s.target_k for s in self._subs("total") if s.target_k]
        return _Nilai(
            "persen",
            f"plain mean of the K% of the {len(kp)} sub kegiatan with a target",
            sum(kp, Fraction(0)) / len(kp),
        )

    def terbilang_(self, besaran: str) -> _Nilai:
        n = self.nilai(besaran)
        assert n.eksak is not None
        return _Nilai(
            "teks",
            f"terbilang({_tulis(n.eksak)}) rupiah",
            teks=terbilang(n.eksak, huruf="judul", rupiah=True),
        )

    def predikat_(self, besaran: str) -> _Nilai:
        n = self.nilai(besaran)
        assert n.eksak is not None
        nilai = bulatkan_pecahan(n.eksak, 2)
        return _Nilai(
            "teks",
            f"{self.skala_predikat.nama} of {nilai}",
            teks=self.skala_predikat.predikat(nilai),
        )

    def nilai(self, besaran: str) -> _Nilai:
        jenis, _, arg = besaran.partition(":")
        if jenis == "terbilang":
            return self.terbilang_(arg)
        if jenis == "predikat":
            return self.predikat_(arg)
        if jenis.startswith("belanja."):
            return self.belanja(jenis.removeprefix("belanja."))
        fungsi = _BESARAN.get(jenis)
        if fungsi is None:
            raise InvalidValueError(
                field="besaran",
                value=besaran,
                expected="must be a quantity sakip knows (see sakip.audit)",
            )
        return fungsi(self, *arg.split(":"))


_BESARAN: Final[dict[str, Callable[..., _Nilai]]] = {
    "pagu": _Hitung.pagu,
    "pagu_awal": _Hitung.pagu_awal,
    "realisasi_rp": _Hitung.realisasi_rp,
    "penyerapan": _Hitung.penyerapan,
    "sisa": _Hitung.sisa,
    "k_persen": _Hitung.k_persen,
    "rpjmd_k": _Hitung.rpjmd_k,
    "rpjmd_rp": _Hitung.rpjmd_rp,
    "tw_rp": _Hitung.tw_rp,
    "iku.target": _Hitung.iku_target,
    "iku.realisasi": _Hitung.iku_realisasi,
    "iku.capaian": _Hitung.iku_capaian,
    "iku.predikat": _Hitung.iku_predikat,
    "iku.atribut": _Hitung.iku_atribut,
    "iku.atribut_rata_rata": _Hitung.iku_atribut_rata_rata,
    "iku.penyebut": _Hitung.iku_penyebut,
    "iku.jumlah_rincian": _Hitung.iku_jumlah_rincian,
    "iku.kemajuan": _Hitung.iku_kemajuan,
    "iku.selisih_capaian": _Hitung.iku_selisih_capaian,
    "iku.penyerapan": _Hitung.iku_penyerapan,
    "iku.efisiensi": _Hitung.iku_efisiensi,
    "iku.efisiensi_rp": _Hitung.iku_efisiensi_rp,
    "iku.efisiensi_kategori": _Hitung.iku_efisiensi_kategori,
    "banyak": _Hitung.banyak,
    "rata_rata": _Hitung.rata_rata,
}


def _angka_rumus(x: Fraction) -> str:
    """A number inside a formula: exact when short, else 4 places and an ellipsis."""
    n = tempat_tepat(x, 5)
    return _tulis(x, n) if n <= 4 else _tulis(x, 4) + "…"


def _rumus_capaian(
    r: Fraction, t: Fraction | Rentang, arah: Arah, metode: MetodeTurun | None
) -> str:
    rs = _angka_rumus(r)
    if isinstance(t, Rentang):
        return f"capaian({rs} against range {t.bawah}-{t.atas}, {arah})"
    ts = _angka_rumus(t)
    if arah is Arah.NAIK:
        return f"{rs} / {ts} x 100, higher is better"
    if metode is MetodeTurun.RASIO:
        return f"{ts} / {rs} x 100, lower is better (rasio)"
    return f"(2 x {ts} - {rs}) / {ts} x 100, lower is better (selisih)"


# -- comparing ---------------------------------------------------------------


def _tempat_dicetak(teks: str, pemisah: str | None) -> int:
    isi = teks.strip().rstrip("%").strip().removesuffix(",-")
    tanda = "." if pemisah == "." else ","
    return len(isi.rsplit(tanda, 1)[1]) if tanda in isi else 0


def _sama_teks(a: str, b: str) -> bool:
    return " ".join(a.lower().split()) == " ".join(b.lower().split())


class _Audit:
    def __init__(self, laporan: Laporan) -> None:
        self.lap = laporan
        self.h = _Hitung(laporan)
        self.temuan: list[Temuan] = []
        self.penjelasan: list[Penjelasan] = []
        self.diperiksa = 0
        self.tw_tidak_pasti = {
            k.kode
            for p in laporan.program
            for k in p.kegiatan
            if any(not s.tw_pasti for s in k.sub)
        }

    def tambah(self, **kw: object) -> None:
        self.temuan.append(Temuan(**kw))  # type: ignore[arg-type]

    def jalankan(self) -> HasilAudit:
        for c in self.lap.semua_cetakan():
            self.periksa_cetakan(c)
        self.periksa_struktur()
        return HasilAudit(
            laporan=self.lap,
            temuan=tuple(self.temuan),
            penjelasan=tuple(self.penjelasan),
            diperiksa=self.diperiksa,
        )

    # printed figures
    def periksa_cetakan(self, c: Cetakan) -> None:
        if c.besaran.startswith("tw_rp:") and c.besaran.split(":")[1] in self.tw_tidak_pasti:
            return  # positions uncertain: checked as a whole in periksa_struktur
        self.diperiksa += 1
        try:
            n = self.h.nilai(c.besaran)
        except _TakTerhitungError as e:
            self.tak_terhitung(c, e)
            return
        except SakipError as e:
            raise InvalidValueError(
                field=f"besaran of {c.letak}", value=c.besaran, expected=e.expected
            ) from None
        if n.jenis == "teks":
            assert n.teks is not None
            if not _sama_teks(c.teks, n.teks):
                self.tambah(
                    aturan="teks",
                    tingkat=Tingkat.TINGGI
                    if "predikat" in c.besaran or "atribut" in c.besaran
                    else Tingkat.SEDANG,
                    letak=c.letak,
                    dicetak=c.teks,
                    dihitung=n.teks,
                    rumus=n.rumus,
                )
            return
        assert n.eksak is not None
        pemisah = c.pemisah_desimal
        if pemisah is None and n.jenis == "rupiah":
            pemisah = ","  # Rupiah are whole: a dot in a Rupiah column groups thousands
        dicetak = baca(c.teks, pemisah_desimal=pemisah, kosong=0)
        if n.jenis == "persen":
            self.periksa_persen(c, n, dicetak)
            return
        if Fraction(dicetak) != n.eksak:
            jenis = c.besaran.partition(":")[0]
            aturan = {"tw_rp": "triwulan", "banyak": "banyak"}.get(jenis, "angka")
            tingkat = Tingkat.SEDANG if jenis in ("rpjmd_rp", "rpjmd_k") else Tingkat.TINGGI
            self.tambah(
                aturan=aturan,
                tingkat=tingkat,
                letak=c.letak,
                dicetak=c.teks,
                dihitung=_tulis_tepat(n.eksak),
                rumus=n.rumus,
                keterangan=self.keterangan_selisih(c, n, dicetak),
            )

    def periksa_persen(self, c: Cetakan, n: _Nilai, dicetak: Decimal) -> None:
        assert n.eksak is not None
        tempat = _tempat_dicetak(c.teks, c.pemisah_desimal)
        dihitung = bulatkan_pecahan(n.eksak, tempat)
        cocok = dihitung == dicetak
        if c.besaran.startswith("iku.capaian:"):
            self.penjelasan.append(
                Penjelasan(
                    letak=c.letak,
                    dicetak=c.teks,
                    cocok=cocok,
                    rumus=f"{_tulis(dihitung, tempat)} = {n.rumus}, at {tempat} places"
                    if cocok
                    else f"not reproduced: {n.rumus} = {_tulis(n.eksak, 2)}",
                )
            )
        if cocok:
            return
        alternatif = self.alternatif(c, n, dicetak, tempat)
        selisih = abs(Fraction(dicetak) - n.eksak)
        if alternatif:
            aturan, tingkat = "metode", Tingkat.SEDANG
            if c.besaran.startswith("iku.selisih_capaian"):
                tingkat = Tingkat.RENDAH
        elif c.besaran.startswith("rata_rata:"):
            aturan, tingkat = "agregat", Tingkat.SEDANG
            alternatif = "none of the aggregations tried reproduces it: " + self.agregat_dicoba()
        else:
            aturan = "angka"
            tingkat = Tingkat.RENDAH if selisih * 10**tempat <= 1 else Tingkat.SEDANG
            cari = self.cari_kembaran(c, dicetak, tempat)
            alternatif = cari
        self.tambah(
            aturan=aturan,
            tingkat=tingkat,
            letak=c.letak,
            dicetak=c.teks,
            dihitung=_tulis(dihitung, tempat),
            rumus=n.rumus,
            keterangan=alternatif,
        )

    def alternatif(self, c: Cetakan, n: _Nilai, dicetak: Decimal, tempat: int) -> str:
        """A different formula that reproduces the printed figure, in words, or ''."""
        jenis, _, arg = c.besaran.partition(":")
        if jenis == "iku.efisiensi":
            cap, _ = self.h._capaian(arg, self.lap.tahun)
            s = self.h.penyerapan(self.h._program_iku(arg)).eksak
            assert s is not None
            dibatasi = min(cap, _SERATUS) - s
            if bulatkan_pecahan(dibatasi, tempat) == dicetak and cap > 100:
                return (
                    f"reproduced only with capaian capped at 100: min({_persen(cap)}, 100) - "
                    f"{_persen(s)} = {_persen(dibatasi)}; the report applies no cap to its other "
                    "figures and declares none"
                )
        if jenis == "iku.selisih_capaian":
            kode, tahun = arg.split(":")
            c1, _ = self.h._capaian(kode, int(tahun))
            c0, _ = self.h._capaian(kode, int(tahun) - 1)
            a, b = bulatkan_pecahan(c1, 0), bulatkan_pecahan(c0, 0)
            if a - b == dicetak:
                return (
                    f"reproduced by subtracting figures already rounded ({a} - {b}); "
                    f"rounded once, the difference is {_tulis(c1 - c0, 2)} points"
                )
        if jenis == "iku.capaian":
            kode, tahun = arg.split(":")
            ind = self.h.lap.indikator_dengan(kode)
            r = self.h._realisasi(kode, int(tahun))
            t = self.h._target(kode, int(tahun))
            for arah, metode in (
                (Arah.NAIK, None),
                (Arah.TURUN, MetodeTurun.SELISIH),
                (Arah.TURUN, MetodeTurun.RASIO),
            ):
                if (arah, metode) == (ind.arah, ind.metode):
                    continue
                try:
                    x = capaian(realisasi=r, target=t, arah=arah, metode=metode, tempat=tempat)
                except SakipError:
                    continue
                if x == dicetak:
                    return f"reproduced by {_rumus_capaian(r, t, arah, metode)}, not the indicator's declared direction"
        return ""

    def cari_kembaran(self, c: Cetakan, dicetak: Decimal, tempat: int) -> str:
        """Other figures of the same kind that equal the printed value."""
        jenis = c.besaran.partition(":")[0]
        if jenis not in ("penyerapan", "iku.penyerapan"):
            return ""
        kembar = []
        for p in self.lap.program:
            semua: list[Program | Kegiatan | SubKegiatan] = [p, *p.kegiatan, *p.semua_sub()]
            for obj in semua:
                if (
                    obj.pagu
                    and bulatkan_pecahan(Fraction(obj.realisasi_rp * 100, obj.pagu), tempat)
                    == dicetak
                ):
                    kembar.append(f"{obj.kode} ({obj.nama[:60]})")
        if not kembar:
            return "no program, kegiatan or sub kegiatan of the report has this penyerapan"
        return "the same figure is the penyerapan of " + "; ".join(kembar[:3])

    def agregat_dicoba(self) -> str:
        subs = self.h._subs("total")
        kp = [s.realisasi_k * _SERATUS / s.target_k for s in subs if s.target_k]
        rp = [Fraction(s.realisasi_rp * 100, s.pagu) for s in subs if s.pagu]
        bobot = [s.pagu for s in subs if s.target_k]
        calon = {
            f"mean K% over {len(kp)} sub kegiatan with a target": sum(kp, Fraction(0)) / len(kp),
            f"mean K% over all {len(subs)} (0 for no target)": sum(kp, Fraction(0)) / len(subs),
            "K% weighted by pagu": sum(
                (k * w for k, w in zip(kp, bobot, strict=True)), Fraction(0)
            )
            / sum(bobot),
            f"mean Rp% over {len(rp)} sub kegiatan": sum(rp, Fraction(0)) / len(rp),
            "mean of the programs' Rp%": sum(
                (self.h.penyerapan(p.kode).eksak or Fraction(0) for p in self.lap.program),
                Fraction(0),
            )
            / len(self.lap.program),
        }
        return "; ".join(f"{nama} = {_persen(x)}" for nama, x in calon.items())

    def keterangan_selisih(self, c: Cetakan, n: _Nilai, dicetak: Decimal) -> str:
        assert n.eksak is not None
        beda = Fraction(dicetak) - n.eksak
        return f"difference {_tulis_tepat(beda)}"

    def tak_terhitung(self, c: Cetakan, e: _TakTerhitungError) -> None:
        isi = c.teks.strip()
        if isi in ("", "-"):
            return  # nothing printed for nothing computable: consistent
        self.tambah(
            aturan="tak-terhitung",
            tingkat=Tingkat.RENDAH,
            letak=c.letak,
            dicetak=c.teks,
            dihitung="tidak terhitung",
            rumus=e.rumus,
            keterangan=f"{e.alasan}; the report prints a figure where none exists (print '-')",
        )

    # structure
    def periksa_struktur(self) -> None:
        for p in self.lap.program:
            for k in p.kegiatan:
                for s in k.sub:
                    self.periksa_triwulan_sub(s)
                if k.kode in self.tw_tidak_pasti:
                    self.periksa_triwulan_kegiatan(k)
        for ind in self.lap.indikator:
            for tahun, komp in sorted(ind.realisasi.items()):
                if komp.rincian_penyebut and sum(komp.rincian_penyebut.values()) != komp.penyebut:
                    rincian = " + ".join(f"{_tulis(v)}" for v in komp.rincian_penyebut.values())
                    self.tambah(
                        aturan="rincian",
                        tingkat=Tingkat.TINGGI,
                        letak=f"indikator {ind.kode} {tahun} / penyebut",
                        dicetak=_tulis(komp.penyebut),
                        dihitung=f"{rincian} = {_tulis(sum(komp.rincian_penyebut.values()))}",
                        rumus="the denominator equals the sum of its printed breakdown",
                        keterangan=f"the calculation uses {_tulis(komp.pembilang)} / {_tulis(komp.penyebut)}",
                    )
        if self.lap.belanja is not None:
            b = self.lap.belanja
            for nama, jumlah, program in (
                ("pagu", b.operasi + b.modal, self.lap.pagu),
                ("realisasi", b.realisasi_operasi + b.realisasi_modal, self.lap.realisasi_rp),
            ):
                if jumlah != program:
                    self.tambah(
                        aturan="angka",
                        tingkat=Tingkat.TINGGI,
                        letak=f"belanja operasi + modal / {nama}",
                        dicetak=_tulis(jumlah),
                        dihitung=_tulis(program),
                        rumus=f"belanja operasi + modal = {nama} of all programs",
                    )
        self.periksa_skala()

    def periksa_triwulan_sub(self, s: SubKegiatan) -> None:
        letak = f"Lampiran 6 / {s.kode} {s.nama}"
        if sum(s.tw_rp) != s.realisasi_rp:
            self.tambah(
                aturan="triwulan",
                tingkat=Tingkat.TINGGI,
                letak=f"{letak} / Rp",
                dicetak=_rp(s.realisasi_rp),
                dihitung=" + ".join(_rp(x) for x in s.tw_rp) + f" = {_rp(sum(s.tw_rp))}",
                rumus="realisasi Rp of the year = sum of the quarters",
            )
        total_k = sum(s.tw_k, Fraction(0))
        if total_k != s.realisasi_k:
            self.tambah(
                aturan="triwulan",
                tingkat=Tingkat.SEDANG,
                letak=f"{letak} / K",
                dicetak=_tulis_tepat(s.realisasi_k),
                dihitung=" + ".join(_tulis_tepat(x) for x in s.tw_k)
                + f" = {_tulis_tepat(total_k)}",
                rumus="realisasi K of the year = sum of the quarters (Konsolidasi.JUMLAH, Permendagri 86/2017 form E.81)",
            )

    def periksa_triwulan_kegiatan(self, k: Kegiatan) -> None:
        tw = [c for c in k.dicetak if c.besaran.startswith("tw_rp:")]
        if not tw:
            return
        self.diperiksa += 1
        total = sum((baca(c.teks, pemisah_desimal=",", kosong=0) for c in tw), Decimal(0))
        if total != k.realisasi_rp:
            self.tambah(
                aturan="triwulan",
                tingkat=Tingkat.TINGGI,
                letak=f"Lampiran 6 / {k.kode} {k.nama} / Triwulan 1-4 Rp",
                dicetak=" + ".join(c.teks for c in tw) + f" = {_rp(int(total))}",
                dihitung=_rp(k.realisasi_rp),
                rumus="the printed quarters of a kegiatan add up to its realisasi",
                keterangan=f"{_rp(k.realisasi_rp - int(total))} missing from the quarters",
            )

    def _dinilai_dengan(self, acuan: str) -> list[tuple[str, Fraction]]:
        """The capaian the report rates with the scale named ``acuan``: those of its printed
        predikat (the declared predikat scale) or atribut (the declared atribut scale)."""
        jenis = {self.lap.skala_predikat: "iku.predikat:", self.lap.skala_atribut: "iku.atribut:"}
        awalan = jenis.get(acuan)
        if awalan is None:
            return []
        hasil: dict[str, Fraction] = {}
        for c in self.lap.semua_cetakan():
            if c.besaran.startswith(awalan):
                kode, tahun = c.besaran.removeprefix(awalan).split(":")
                try:
                    hasil[f"{kode} {tahun}"] = self.h._capaian(kode, int(tahun))[0]
                except _TakTerhitungError:
                    continue
        return list(hasil.items())

    def periksa_skala(self) -> None:
        for sd in self.lap.skala_dicetak:
            for m in masalah_pita(sd.pita):
                self.tambah(
                    aturan="skala",
                    tingkat=Tingkat.RENDAH,
                    letak=f"{sd.tabel} ({sd.nama})",
                    dicetak=str(m),
                    dihitung="no overlaps or gaps",
                    rumus="every value maps to exactly one band",
                    keterangan=_keterangan_masalah(m),
                )
            acuan = skala_bernama(sd.acuan)
            for p in sd.pita:
                # Bands are compared by their lower bound: upper bounds printed at integer
                # edges ("76 - 90") are the gaps reported above, not a different band.
                pa = next((q for q in acuan.pita if q.nama.lower() == p.nama.lower()), None)
                if pa is not None and p.bawah != pa.bawah:
                    self.tambah(
                        aturan="skala",
                        tingkat=Tingkat.RENDAH,
                        letak=f"{sd.tabel} / {p.nama}",
                        dicetak=str(p),
                        dihitung=str(pa),
                        rumus=f"{acuan.sumber}",
                        keterangan="the table cites the regulation but prints a different bound",
                    )
            for label, nilai in self._dinilai_dengan(sd.acuan):
                if not any(p.memuat(nilai) for p in sd.pita):
                    self.tambah(
                        aturan="skala",
                        tingkat=Tingkat.RENDAH,
                        letak=f"{sd.tabel} ({sd.nama})",
                        dicetak=f"capaian {label} = {_persen(nilai)} rated with this table",
                        dihitung=f"no band of the table holds {_persen(nilai)}",
                        rumus="a rating scale covers every value it is applied to",
                        keterangan=f"bands as printed: {'; '.join(str(p) for p in sd.pita)}",
                    )


def _keterangan_masalah(m: _skala.MasalahPita) -> str:
    if m.jenis == "celah":
        return f"a value between {_tulis_tepat(m.dari)} and {_tulis_tepat(m.sampai)} has no band"
    return f"a value of {_tulis_tepat(m.dari)} falls in two bands"


def periksa(laporan: Laporan) -> HasilAudit:
    """Periksa (audit): recompute every printed figure of a report and list findings.

    Args:
        laporan: the report, e.g. :func:`sakip.contoh.dumai_2023`.

    Returns:
        A :class:`HasilAudit` with the findings and the explanation of every
        printed capaian.

    Raises:
        InvalidValueError: the report names a scale or quantity sakip does not know.

    Sumber:
        The formulas of sakip (each cites its regulation); the checks follow
        PermenPANRB 53/2014, Lampiran IV (reviu atas Laporan Kinerja:
        keandalan dan konsistensi data kinerja).

    Examples:
        >>> from sakip import contoh
        >>> hasil = periksa(contoh.dumai_2023())
        >>> t = next(t for t in hasil.temuan if t.letak.startswith("Tabel 3.5.1 / Program pemberdayaan lembaga"))
        >>> t.dicetak, t.dihitung
        ('99,58', '99,31')
    """
    if not isinstance(laporan, Laporan):
        raise InvalidTypeError(
            field="laporan", value=laporan, expected="must be a sakip.laporan.Laporan"
        )
    return _Audit(laporan).jalankan()


def periksa_baris(
    baris: Sequence[BarisAnggaran] | Sequence[BarisIndikator], *, berkas: str = "<csv>"
) -> tuple[Temuan, ...]:
    """Audit rows read from CSV: each printed penyerapan or capaian against its inputs.

    Examples:
        >>> import io
        >>> from sakip.laporan import baca_csv_anggaran
        >>> rows = baca_csv_anggaran(io.StringIO(
        ...     "kode;nama;pagu;realisasi;penyerapan_dicetak\\n"
        ...     "p9;Program LPM;1.539.632.000;1.529.080.716;99,58\\n"))
        >>> [(t.dicetak, t.dihitung) for t in periksa_baris(rows)]
        [('99,58', '99,31')]
    """
    temuan: list[Temuan] = []
    for b in baris:
        if isinstance(b, BarisAnggaran):
            if b.penyerapan_dicetak is None:
                continue
            teks, rumus = b.penyerapan_dicetak, f"{_rp(b.realisasi)} / {_rp(b.pagu)} x 100"
            eksak = None if b.pagu == 0 else Fraction(b.realisasi * 100, b.pagu)
        else:
            if b.capaian_dicetak is None:
                continue
            teks = b.capaian_dicetak
            rumus = _rumus_capaian(b.realisasi, b.target, b.arah, None)
            try:
                eksak = capaian(realisasi=b.realisasi, target=b.target, arah=b.arah, tempat=None)
            except NotComputableError:
                eksak = None
        letak_ = f"{berkas} / row {b.baris} ({b.kode})"
        try:
            dicetak = baca(teks)
        except SakipError as e:
            raise ReportFormatError(
                berkas=berkas,
                letak=f"row {b.baris}, printed figure",
                expected=e.expected,
                value=teks,
            ) from None
        if eksak is None:
            temuan.append(
                Temuan(
                    aturan="tak-terhitung",
                    tingkat=Tingkat.RENDAH,
                    letak=letak_,
                    dicetak=teks,
                    dihitung="tidak terhitung",
                    rumus=rumus,
                )
            )
            continue
        n = _tempat_dicetak(teks, None)
        dihitung = bulatkan_pecahan(eksak, n)
        if dihitung != dicetak:
            temuan.append(
                Temuan(
                    aturan="angka",
                    tingkat=Tingkat.SEDANG,
                    letak=letak_,
                    dicetak=teks,
                    dihitung=_tulis(dihitung, n),
                    rumus=rumus,
                )
            )
    return tuple(temuan)
