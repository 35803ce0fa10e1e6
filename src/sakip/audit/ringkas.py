"""The summary tables of an audit (IKU, program budgets, efisiensi), recomputed once.

A figure that does not exist (a target or a pagu of 0, a program the report
does not hold, a scale it does not declare) is printed "-", never 0 or 100. A
table with no rows (no indicators, no programs) is left out, in every output
format, and no total is written over no rows.

Examples:
    >>> from sakip import contoh
    >>> from sakip.audit import periksa
    >>> [t.judul for t in periksa(contoh.dumai_2023()).tabel]
    ['Capaian IKU', 'Anggaran per program', 'Efisiensi']
"""

from __future__ import annotations

from fractions import Fraction
from typing import Final

from sakip._eksak import bulatkan_pecahan, tempat_tepat
from sakip.anggaran import efisiensi, sisa_anggaran
from sakip.angka import bilangan, tulis_desimal
from sakip.audit._tulis import (
    TakTerhitungError,
    nilai_dinilai,
    persen_dari,
    predikat_dari,
    teks_rasio,
    teks_rentang,
)
from sakip.audit.besaran import Hitung
from sakip.audit.temuan import TabelRingkas
from sakip.errors import SakipError
from sakip.kinerja import Rasio, Rentang
from sakip.laporan import Indikator, Program
from sakip.skala import Skala

__all__: list[str] = []  # used by sakip.audit.pemeriksaan only

KEPALA_IKU: Final = ("IKU", "tahun", "target", "realisasi", "capaian", "predikat", "atribut")
KEPALA_PROGRAM: Final = ("kode", "program", "pagu (Rp)", "realisasi (Rp)", "%")
KEPALA_EFISIENSI: Final = ("IKU", "capaian", "penyerapan", "efisiensi", "sisa (Rp)", "kategori")
KOSONG: Final = "-"


def _p(x: Fraction, tempat: int = 2) -> str:
    return tulis_desimal(bulatkan_pecahan(x, tempat))


def _pendek(teks: str, n: int) -> str:
    return teks if len(teks) <= n else teks[: n - 1] + "…"


def label_skala(skala: Skala | None, capaian: Fraction) -> str:
    """The band of an exact capaian for a recomputed table, rated as the audit rates it
    (:func:`~sakip.audit._tulis.nilai_dinilai`), or :data:`KOSONG` (no scale, no band)."""
    if skala is None:
        return KOSONG
    try:
        return predikat_dari(skala, nilai_dinilai(skala, capaian), "")
    except TakTerhitungError:
        return KOSONG  # the printed predikat, if any, is a finding


def _tabel_iku(h: Hitung) -> TabelRingkas:
    baris: list[tuple[str, ...]] = []
    for ind in h.iku():
        for tahun in sorted(ind.tahun_realisasi()):
            try:
                r: Fraction | None = h.realisasi(ind, tahun)
            except TakTerhitungError:
                r = None
            c: Fraction | None = None
            if r is not None:
                try:
                    c = h.capaian(ind, tahun)[0]
                except TakTerhitungError:
                    c = None
            predikat = atribut = KOSONG
            if c is not None:
                predikat = label_skala(h.skala_predikat, c)
                atribut = label_skala(h.skala_atribut, c)
            baris.append(
                (
                    ind.kode,
                    str(tahun),
                    _target(ind, tahun),
                    _realisasi(ind, tahun, r),
                    KOSONG if c is None else _p(c),
                    predikat,
                    atribut,
                )
            )
    return TabelRingkas(judul="Capaian IKU", kolom=KEPALA_IKU, baris=baris, kanan=(2, 3, 4))


def _target(ind: Indikator, tahun: int) -> str:
    """A target as the table shows it: the number, a range or a ratio as the report prints
    it, or '-'."""
    t = ind.target.get(tahun)
    if t is None:
        return KOSONG
    if isinstance(t, Rasio):
        return ind.target_dicetak.get(tahun) or teks_rasio(t)
    if isinstance(t, Rentang):
        return ind.target_dicetak.get(tahun) or teks_rentang(t)
    return tulis_desimal(bulatkan_pecahan(t, tempat_tepat(t, 4)))


def _realisasi(ind: Indikator, tahun: int, r: Fraction | None) -> str:
    """A realisasi as the table shows it: a value recorded as printed at its own places,
    as a target is ("4.067", "84,1"; a value of more than 4 places at 4); one computed from
    its components at 2 (a percentage); a ratio as the report prints it ("1:12", not its
    value 12); or '-'."""
    nilai = ind.nilai_realisasi.get(tahun)
    if isinstance(nilai, Rasio):
        return ind.realisasi_dicetak.get(tahun) or teks_rasio(nilai)
    if r is not None and nilai is not None:
        return _p(r, tempat_tepat(r, 4))
    return KOSONG if r is None else _p(r)


def _serap(real: int, pagu: int) -> str:
    return _p(persen_dari(real, pagu)) if pagu else KOSONG


def _sisa(pagu: int, real: int) -> str:
    try:
        return bilangan(sisa_anggaran(pagu=pagu, realisasi=real))
    except SakipError:
        return KOSONG


def _anggaran(a: tuple[int, int] | None) -> tuple[str, str, str]:
    """Pagu, realisasi and penyerapan as the table shows them; '-' where not given."""
    if a is None:
        return KOSONG, KOSONG, KOSONG
    pagu, real = a
    return bilangan(pagu), bilangan(real), _serap(real, pagu)


def _tabel_program(h: Hitung) -> TabelRingkas:
    lap = h.lap
    baris: list[tuple[str, ...]] = [
        (p.kode, _pendek(p.nama.removeprefix("Program "), 26), *_anggaran(h.anggaran(p)))
        for p in lap.program
    ]
    if baris:  # a total over no programs is no total
        total = None if h.tanpa_sub() else (lap.pagu, lap.realisasi_rp)
        baris.append(("", "Jumlah", *_anggaran(total)))
    return TabelRingkas(
        judul="Anggaran per program", kolom=KEPALA_PROGRAM, baris=baris, kanan=(2, 3, 4)
    )


def _tabel_efisiensi(h: Hitung) -> TabelRingkas:
    lap = h.lap
    baris: list[tuple[str, ...]] = []
    for ind in lap.indikator:
        if not ind.program or lap.tahun not in ind.tahun_realisasi():
            continue
        program = [lap._indeks.get(k) for k in ind.program]
        ada = [p for p in program if isinstance(p, Program)]
        try:
            c: Fraction | None = h.capaian(ind, lap.tahun)[0]
        except TakTerhitungError:
            c = None
        pagu = sum(p.pagu for p in ada)
        real = sum(p.realisasi_rp for p in ada)
        # every program named is in the report, each with its sub kegiatan (its sums given)
        lengkap = len(ada) == len(program) and all(h.anggaran(p) for p in ada)
        if not lengkap:
            serap = sisa = KOSONG
        else:
            serap = _serap(real, pagu)
            sisa = _sisa(pagu, real)
        e_persen = kategori = KOSONG
        if c is not None and lengkap and pagu:
            try:
                e = efisiensi(capaian=c, pagu=pagu, realisasi=real)
                e_persen, kategori = tulis_desimal(e.nilai), e.kategori
            except SakipError:
                pass
        baris.append((ind.kode, KOSONG if c is None else _p(c), serap, e_persen, sisa, kategori))
    return TabelRingkas(
        judul="Efisiensi",
        keterangan="capaian - penyerapan",
        kolom=KEPALA_EFISIENSI,
        baris=baris,
        kanan=(1, 2, 3, 4),
    )


def berisi(*tabel: TabelRingkas) -> tuple[TabelRingkas, ...]:
    """The tables that have rows: a table with none is left out of every output format.

    Examples:
        >>> kosong = TabelRingkas(judul="Efisiensi", kolom=("IKU",), baris=[])
        >>> isi = TabelRingkas(judul="Capaian IKU", kolom=("IKU",), baris=[("iku1",)])
        >>> [t.judul for t in berisi(kosong, isi)]
        ['Capaian IKU']
    """
    return tuple(t for t in tabel if t.baris)


def tabel_ringkas(h: Hitung) -> tuple[TabelRingkas, ...]:
    """The summary tables of a report: those with something to show (:func:`berisi`)."""
    return berisi(_tabel_iku(h), _tabel_program(h), _tabel_efisiensi(h))
