"""Konversi (conversion): a Laporan Kinerja's lampiran as an E.81 table.

The lampiran of a Laporan Kinerja lists programs, kegiatan and sub kegiatan
with their output target (K), pagu (Rp) and realisation, by quarter or for the
year only: the Renja part of form E.81. :func:`dari_laporan` turns it into the E.81 model,
so that it can be written as a workbook and audited the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from fractions import Fraction
from types import MappingProxyType
from typing import Any, Final, TypeVar

from sakip.e81.model import KOLOM_TRIWULAN, Bagian, Baris, Isian, Jenjang, Kolom, TabelE81
from sakip.errors import InvalidTypeError
from sakip.laporan import Kegiatan, Laporan, Program, SubKegiatan
from sakip.triwulan import Konsolidasi, kumulatif

__all__ = ["dari_laporan"]

_T = TypeVar("_T")

#: A quarter's K as a rule reads it, from ``n`` (the quarter, 1 to 4) and the year's K up
#: to it and up to the quarter before (0 before the first): the figure whose rule gives
#: that year-to-date K. The inverse of :func:`sakip.triwulan.kumulatif`, per rule.
_TRIWULAN_MENURUT: Final[Mapping[Konsolidasi, Callable[[int, Fraction, Fraction], Fraction]]] = (
    MappingProxyType(
        {
            # what the quarter added
            Konsolidasi.JUMLAH: lambda n, sampai, sebelum: sampai - sebelum,
            # the level reached
            Konsolidasi.TERAKHIR: lambda n, sampai, sebelum: sampai,
            # the value whose mean with the earlier quarters' is the year-to-date K
            Konsolidasi.RATA_RATA: lambda n, sampai, sebelum: n * sampai - (n - 1) * sebelum,
        }
    )
)


def _tw_k(tw_k: tuple[Fraction, ...], dari: Konsolidasi, ke: Konsolidasi) -> list[Fraction]:
    """The quarters' K of a report's row (read by ``dari``) as the rule ``ke`` reads them.

    An E.81 row has one rule, for its quarters and its years; a report's row may
    have two (``konsolidasi``, ``konsolidasi_renstra``). Written under its rule
    across years, the row's quarters are re-expressed so that the year's K up to
    each quarter is the report's: increments 0, 30, 45, 25 of a percentage
    (``jumlah``) become the levels 0, 30, 75, 100 (``terakhir``). The same rule
    gives the quarters back unchanged.

    Sumber:
        Local practice, seen in the Deli Serdang 2025 E.81 workbook
        (``sakip.e81.CONTOH_DELI_SERDANG``, rows 92 and 93): a percentage's
        quarter K is what the quarter added, and the level reached is the
        cumulative % beside it (0%, 30%, 75%, 100% of the target 100).

    Examples:
        >>> J, T = Konsolidasi.JUMLAH, Konsolidasi.TERAKHIR
        >>> [str(x) for x in _tw_k((Fraction(0), Fraction(30), Fraction(45), Fraction(25)), J, T)]
        ['0', '30', '75', '100']
        >>> [str(x) for x in _tw_k((Fraction(1), Fraction(3), Fraction(2), Fraction(2)), T, J)]
        ['1', '2', '-1', '0']
        >>> [str(x) for x in _tw_k((Fraction(2), Fraction(4), Fraction(6), Fraction(8)),
        ...                        Konsolidasi.RATA_RATA, Konsolidasi.RATA_RATA)]
        ['2', '4', '6', '8']
    """
    ke_triwulan = _TRIWULAN_MENURUT[ke]
    hasil, sebelum = [], Fraction(0)
    for n in range(1, len(tw_k) + 1):
        sampai = kumulatif(tw_k, aturan=dari, sampai=n)
        hasil.append(ke_triwulan(n, sampai, sebelum))
        sebelum = sampai
    return hasil


def _keluaran(baris: SubKegiatan | Kegiatan | Program) -> dict[str, Any]:
    """A row's own K (its target, last years' realisasi and quarters), indicator, satuan
    and konsolidasi, as :class:`~sakip.e81.model.Baris` fields; a budget-only row gives
    blank K cells and an empty indicator and satuan.

    The E.81 row's one rule is the report's rule across years
    (``konsolidasi_renstra``): it makes column 14 of column 7 and 13 as the
    report audit's ``rpjmd_k`` does. Where it differs from the quarters' rule
    (``konsolidasi``), the quarters are written as it reads them (:func:`_tw_k`),
    so column 13 is still the report's year.
    """
    isi: dict[tuple[Kolom, Bagian], Isian] = {}
    keluaran = baris.keluaran
    aturan = baris.konsolidasi_renstra_berlaku
    if keluaran is None:
        return {"isian": isi, "konsolidasi": aturan}
    isi[(Kolom.TARGET_RENJA, Bagian.K)] = Isian(nilai=keluaran.target_k)
    if baris.realisasi_lalu_k is not None:  # column 7, K; blank when the report does not say
        isi[(Kolom.REALISASI_RENSTRA_LALU, Bagian.K)] = Isian(nilai=baris.realisasi_lalu_k)
    if keluaran.tw_k is None:  # a row that prints the year's K only: quarters blank
        isi[(Kolom.REALISASI_RENJA, Bagian.K)] = Isian(nilai=keluaran.realisasi_k)
    else:
        tw_k = _tw_k(keluaran.tw_k, baris.konsolidasi, aturan)
        for kolom, k in zip(KOLOM_TRIWULAN, tw_k, strict=True):
            isi[(kolom, Bagian.K)] = Isian(nilai=k)
    return {
        "isian": isi,
        "indikator": keluaran.indikator,
        "satuan": keluaran.satuan,
        "konsolidasi": aturan,
    }


def _sub(s: SubKegiatan) -> Baris:
    """A sub kegiatan's row; what the report does not record stays a blank cell."""
    medan = _keluaran(s)
    isi = medan.pop("isian")
    isi[(Kolom.TARGET_RENJA, Bagian.RP)] = Isian(nilai=Fraction(s.pagu))
    isi.update(_lalu_rp([s]))
    if s.tw_rp is None:  # the year's Rp only: quarters blank, column 13 the report's
        isi[(Kolom.REALISASI_RENJA, Bagian.RP)] = Isian(nilai=Fraction(s.realisasi_rp))
    else:
        for kolom, rp in zip(KOLOM_TRIWULAN, s.tw_rp, strict=True):
            isi[(kolom, Bagian.RP)] = Isian(nilai=Fraction(rp))
    return Baris(jenjang=Jenjang.SUB_KEGIATAN, kode=s.kode, nama=s.nama, isian=isi, **medan)


def _dicatat_semua(nilai: list[_T | None]) -> list[_T] | None:
    """The values every row below records, or None when one of them records none or there is
    no row (a kegiatan without sub kegiatan): a sum over some of the rows, or over none,
    would be a figure the report does not give, so the cells stay blank, never 0."""
    if not nilai or any(x is None for x in nilai):
        return None
    return [x for x in nilai if x is not None]


def _triwulan_rp(subs: list[SubKegiatan]) -> dict[tuple[Kolom, Bagian], Isian]:
    """The quarters' Rp summed over ``subs``; none unless each records its quarters
    (:func:`_dicatat_semua`)."""
    semua = _dicatat_semua([s.tw_rp for s in subs])
    if semua is None:
        return {}
    return {
        (kolom, Bagian.RP): Isian(nilai=Fraction(sum(tw[n] for tw in semua)))
        for n, kolom in enumerate(KOLOM_TRIWULAN)
    }


def _lalu_rp(subs: list[SubKegiatan]) -> dict[tuple[Kolom, Bagian], Isian]:
    """Last years' Rp (column 7) summed over ``subs``; none unless each gives it
    (:func:`_dicatat_semua`), as the quarters' (:func:`_triwulan_rp`)."""
    lalu = _dicatat_semua([s.realisasi_lalu_rp for s in subs])
    if lalu is None:
        return {}
    return {(Kolom.REALISASI_RENSTRA_LALU, Bagian.RP): Isian(nilai=Fraction(sum(lalu)))}


def _induk(jenjang: Jenjang, baris: Kegiatan | Program, subs: list[SubKegiatan]) -> Baris:
    """A program's or kegiatan's row: the sums of its Rp, and its own K where it has one;
    its year's Rp typed in column 13 when a sub kegiatan below gives no quarters."""
    medan = _keluaran(baris)
    isi = medan.pop("isian")
    isi[(Kolom.TARGET_RENJA, Bagian.RP)] = Isian(nilai=Fraction(sum(s.pagu for s in subs)))
    isi.update(_lalu_rp(subs))
    triwulan = _triwulan_rp(subs)
    isi.update(triwulan)
    if subs and not triwulan:  # a sub kegiatan below prints the year's Rp only
        realisasi = Fraction(sum(s.realisasi_rp for s in subs))
        isi[(Kolom.REALISASI_RENJA, Bagian.RP)] = Isian(nilai=realisasi)
    return Baris(jenjang=jenjang, kode=baris.kode, nama=baris.nama, isian=isi, **medan)


def dari_laporan(laporan: Laporan) -> TabelE81:
    """The lampiran of a Laporan Kinerja as an E.81 table (the Renja columns, and column 7).

    Each sub kegiatan gives its target K, pagu and quarters (K and Rp);
    programs and kegiatan carry the sums of their Rp, as the form shows them,
    and their own K (a program's outcome, a kegiatan's output) where the
    report records it. Each row's K consolidates by its own rule (declared in
    the table, never inferred): its ``konsolidasi_renstra``, which is its
    ``konsolidasi`` unless the row gives a rule of its own across years; then
    its quarters' K are written as that rule reads them (the levels reached,
    0, 30, 75, 100, where the report gives what each quarter added, 0, 30,
    45, 25), so that columns 13 and 14 are the report's. A row that records its
    year but not its quarters (no ``tw_k``; no ``tw_rp`` for a sub kegiatan, or
    for one sub kegiatan below a kegiatan or program) keeps its quarter cells
    blank, never guessed, and holds the year in column 13 as a typed value
    (``realisasi_k``; ``realisasi_rp``, a parent's the sum of its sub
    kegiatan's), not left to the form's sum of quarters, which would be 0: the
    written workbook's columns 14 and 15 are then the report's too, and its
    audit gives ``triwulan-kosong`` there. Column 7
    (realisasi Renstra s/d tahun lalu) holds a row's ``realisasi_lalu_k`` (K) and a sub kegiatan's
    ``realisasi_lalu_rp`` (Rp; a kegiatan and a program the sum of their sub
    kegiatan's). What the report does not record stays a blank cell, never a
    0: a budget-only row (no output) has blank K cells and an empty indikator
    and satuan; a sub kegiatan without quarters (no ``tw_rp``) or without last
    years' Rp has those Rp cells blank, and so have the kegiatan and program
    above it. The Renstra target (columns 5 and 6) stays blank: a lampiran
    does not carry it.

    Args:
        laporan: the report.

    Returns:
        The :class:`~sakip.e81.model.TabelE81`.

    Sumber:
        Permendagri 86/2017, Lampiran, form E.81 (the Renja columns 8 to 13), as
        quoted in LKjIP Dumai 2023 (the lampiran itself was not read); column 7
        ("realisasi ... Renstra ... sampai dengan Renja ... Tahun" last year, K
        and Rp) as its caption is printed in the Deli Serdang 2025 workbook
        (``sakip.e81.CONTOH_DELI_SERDANG``). The year typed in column 13 over blank
        quarters: local practice, seen in LKjIP lampiran that print the year's
        realisasi only (Setda Provinsi Sumatera Utara 2021, Tabel 19).

    Examples:
        >>> from sakip import contoh
        >>> t = dari_laporan(contoh.dumai_2023())
        >>> len(t.baris), t.baris[0].jenjang.label, t.baris[0].isi(Kolom.TARGET_RENJA, Bagian.RP).nilai
        (84, 'program', Fraction(6005088000, 1))
        >>> from sakip.laporan import Kegiatan, Program, SubKegiatan
        >>> s = SubKegiatan(kode="p1.k1.s1", nama="KUA-PPAS", indikator="Dokumen", satuan="Dok",
        ...                 target_k=Fraction(2), realisasi_k=Fraction(2), pagu=46_830_540,
        ...                 realisasi_rp=19_244_000, realisasi_lalu_k=Fraction("1.84"),
        ...                 realisasi_lalu_rp=34_051_100)
        >>> p = Program(kode="p1", nama="P", kegiatan=[Kegiatan(kode="p1.k1", nama="K", sub=[s])])
        >>> lap = Laporan(instansi="D", tahun=2025, judul="J", sumber="-", renstra=(2025, 2030),
        ...               program=[p])
        >>> [b.angka(Kolom.REALISASI_RENSTRA_LALU, Bagian.K) for b in dari_laporan(lap).baris]
        [None, None, Fraction(46, 25)]
        >>> [b.angka(Kolom.REALISASI_RENSTRA_LALU, Bagian.RP) for b in dari_laporan(lap).baris]
        [Fraction(34051100, 1), Fraction(34051100, 1), Fraction(34051100, 1)]

        That row gives its year, not its quarters: column 13 holds the year, typed.

        >>> [b.isi(Kolom.REALISASI_RENJA, Bagian.RP) for b in dari_laporan(lap).baris][2]
        Isian(nilai=Fraction(19244000, 1), rumus=None, galat=None, sel=None, tak_tersimpan=False, kali_seratus=False)
        >>> b = dari_laporan(lap).baris[2]
        >>> b.angka(Kolom.REALISASI_RENJA, Bagian.K), b.angka(Kolom.TRIWULAN_4, Bagian.K)
        (Fraction(2, 1), None)

        A percentage whose quarters add while its years do not (row 92 of the
        Deli Serdang workbook) is written under ``terakhir``, quarters as levels:

        >>> from sakip.e81.penghitungan import hitung
        >>> p = Program(kode="p1", nama="P", kegiatan=[], indikator="Persentase", satuan="%",
        ...             target_k=Fraction(100), realisasi_k=Fraction(100),
        ...             tw_k=[Fraction(0), Fraction(30), Fraction(45), Fraction(25)],
        ...             realisasi_lalu_k=Fraction(83), konsolidasi_renstra=Konsolidasi.TERAKHIR)
        >>> t = dari_laporan(Laporan(instansi="D", tahun=2025, judul="J", sumber="-",
        ...                          renstra=(2025, 2030), program=[p]))
        >>> b, = t.baris
        >>> b.konsolidasi.value, [str(b.angka(k, Bagian.K)) for k in KOLOM_TRIWULAN]
        ('terakhir', ['0', '30', '75', '100'])
        >>> h, = hitung(t)
        >>> h.angka(Kolom.REALISASI_RENJA, Bagian.K), h.angka(Kolom.REALISASI_RENSTRA, Bagian.K)
        (Fraction(100, 1), Fraction(100, 1))
    """
    if not isinstance(laporan, Laporan):
        raise InvalidTypeError(field="laporan", value=laporan, expected="must be a Laporan")
    baris: list[Baris] = []
    for p in laporan.program:
        baris.append(_induk(Jenjang.PROGRAM, p, list(p.semua_sub())))
        for k in p.kegiatan:
            baris.append(_induk(Jenjang.KEGIATAN, k, list(k.sub)))
            baris.extend(_sub(s) for s in k.sub)
    return TabelE81(judul=f"{laporan.instansi} / Tahun {laporan.tahun}", baris=tuple(baris))
