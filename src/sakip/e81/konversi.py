"""Konversi (conversion): a Laporan Kinerja's lampiran as an E.81 table.

The lampiran of a Laporan Kinerja lists programs, kegiatan and sub kegiatan
with their output target (K), pagu (Rp) and quarterly realisation: the
Renja part of form E.81. :func:`dari_laporan` turns it into the E.81 model,
so that it can be written as a workbook and audited the same way.
"""

from __future__ import annotations

from fractions import Fraction

from sakip.e81.model import KOLOM_TRIWULAN, Bagian, Baris, Isian, Jenjang, Kolom, TabelE81
from sakip.errors import InvalidTypeError
from sakip.laporan import Laporan, SubKegiatan
from sakip.triwulan import Konsolidasi

__all__ = ["dari_laporan"]


def _sub(s: SubKegiatan) -> Baris:
    isi: dict[tuple[Kolom, Bagian], Isian] = {
        (Kolom.TARGET_RENJA, Bagian.K): Isian(nilai=s.target_k),
        (Kolom.TARGET_RENJA, Bagian.RP): Isian(nilai=Fraction(s.pagu)),
    }
    for kolom, k, rp in zip(KOLOM_TRIWULAN, s.tw_k, s.tw_rp, strict=True):
        isi[(kolom, Bagian.K)] = Isian(nilai=k)
        isi[(kolom, Bagian.RP)] = Isian(nilai=Fraction(rp))
    return Baris(
        jenjang=Jenjang.SUB_KEGIATAN,
        kode=s.kode,
        nama=s.nama,
        indikator=s.indikator,
        satuan=s.satuan,
        konsolidasi=Konsolidasi.JUMLAH,
        isian=isi,
    )


def _induk(jenjang: Jenjang, kode: str, nama: str, subs: list[SubKegiatan]) -> Baris:
    isi = {
        (Kolom.TARGET_RENJA, Bagian.RP): Isian(nilai=Fraction(sum(s.pagu for s in subs))),
        **{
            (kolom, Bagian.RP): Isian(nilai=Fraction(sum(s.tw_rp[n] for s in subs)))
            for n, kolom in enumerate(KOLOM_TRIWULAN)
        },
    }
    return Baris(jenjang=jenjang, kode=kode, nama=nama, konsolidasi=Konsolidasi.JUMLAH, isian=isi)


def dari_laporan(laporan: Laporan) -> TabelE81:
    """The lampiran of a Laporan Kinerja as an E.81 table (the Renja columns).

    Each sub kegiatan gives its target K, pagu and quarters (K and Rp);
    programs and kegiatan carry the sums of their Rp, as the form shows them.
    The lampiran counts outputs, so K is summed (``Konsolidasi.JUMLAH``,
    declared). The Renstra columns stay blank: a lampiran does not carry
    them.

    Args:
        laporan: the report.

    Returns:
        The :class:`~sakip.e81.model.TabelE81`.

    Sumber:
        Permendagri 86/2017, Lampiran, form E.81 (the Renja columns 8 to 13), as
        quoted in LKjIP Dumai 2023 (the lampiran itself was not read).

    Examples:
        >>> from sakip import contoh
        >>> t = dari_laporan(contoh.dumai_2023())
        >>> len(t.baris), t.baris[0].jenjang.label, t.baris[0].isi(Kolom.TARGET_RENJA, Bagian.RP).nilai
        (84, 'program', Fraction(6005088000, 1))
    """
    if not isinstance(laporan, Laporan):
        raise InvalidTypeError(field="laporan", value=laporan, expected="must be a Laporan")
    baris: list[Baris] = []
    for p in laporan.program:
        baris.append(_induk(Jenjang.PROGRAM, p.kode, p.nama, list(p.semua_sub())))
        for k in p.kegiatan:
            baris.append(_induk(Jenjang.KEGIATAN, k.kode, k.nama, list(k.sub)))
            baris.extend(_sub(s) for s in k.sub)
    return TabelE81(judul=f"{laporan.instansi} / Tahun {laporan.tahun}", baris=tuple(baris))
