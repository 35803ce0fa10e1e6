"""Tulis (write) E.81 workbooks: a table with live formulas, and a marked copy of an audit.

:func:`tulis_xlsx` writes the form with Excel formulas where the form
computes (realisasi Renja and Renstra, tingkat capaian, a parent's Rp as the
sum of its children), so that staff keep working in Excel; each formula cell
also carries the value sakip computed, as Excel itself stores it, so that the
workbook reads back (and audits) without being opened in Excel first.

:func:`tulis_temuan_xlsx` writes a copy of an audited workbook with each
finding's cell filled and explained in a comment, and a sheet listing the
findings, keeping the values its formulas stored. The original file is never
modified.
"""

from __future__ import annotations

import contextlib
import io
import math
import os
import re
import tempfile
import zipfile
from collections.abc import Callable, Mapping, Sequence
from fractions import Fraction
from pathlib import Path
from typing import Any, Final
from xml.sax.saxutils import escape

from sakip._eksak import KONTEKS_NOL, bulatkan_pecahan
from sakip._tabel import KATA, kepala_temuan
from sakip.audit import Temuan
from sakip.e81._xlsx import modul_openpyxl, tanpa_peringatan
from sakip.e81._xml import bagian_lembar
from sakip.e81.berkas_xlsx import bait_xlsx
from sakip.e81.model import (
    KOLOM_TRIWULAN,
    Bagian,
    Jenjang,
    Kolom,
    TabelE81,
    huruf_kolom,
    kolom_persen,
    label_rupiah,
)
from sakip.e81.pemeriksaan import HasilE81
from sakip.e81.penghitungan import anak, hitung
from sakip.errors import InvalidTypeError, InvalidValueError
from sakip.triwulan import Konsolidasi

__all__ = ["NAMA_LEMBAR_TEMUAN", "berkas_tujuan", "tulis_temuan_xlsx", "tulis_xlsx"]

#: The name of the sheet listing the findings in a marked copy: English, as every
#: output of sakip frames its findings (the words of :data:`sakip._tabel.KATA`).
NAMA_LEMBAR_TEMUAN: Final = "sakip findings"
#: The names an earlier sakip gave that sheet: a marked copy marked again loses it too.
_NAMA_LEMBAR_LAMA: Final = ("Temuan sakip",)
#: The fields of a finding (its cell, then :class:`Temuan`'s attributes) the sheet lists
#: after its number and sheet, and those each cell's note gives after its first line
#: (rule and severity): each headed by its :data:`KATA` word.
_BIDANG_DAFTAR: Final = (
    "sel",
    "aturan",
    "tingkat",
    "dicetak",
    "dihitung",
    "rumus",
    "keterangan",
    "letak",
)
_BIDANG_CATATAN: Final = ("dicetak", "dihitung", "rumus", "keterangan")

# The written layout: (column, caption number, header, parts). The headers
# follow Permendagri 86/2017 form E.81; the quarters share one header.
_TATA: Final[tuple[tuple[Kolom, str, tuple[Bagian, ...]], ...]] = (
    (Kolom.NO, "No", ()),
    (Kolom.KODE, "Kode", ()),
    (Kolom.URAIAN, "Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan", ()),
    (Kolom.INDIKATOR, "Indikator Kinerja Program (Outcome)/Kegiatan (Output)", ()),
    (Kolom.SATUAN, "Satuan", ()),
    (
        Kolom.TARGET_RENSTRA,
        "Target Renstra Perangkat Daerah pada Akhir Periode Renstra",
        (Bagian.K, Bagian.RP),
    ),
    (
        Kolom.REALISASI_RENSTRA_LALU,
        "Realisasi Capaian Kinerja Renstra Perangkat Daerah s/d Renja Perangkat Daerah Tahun Lalu",
        (Bagian.K, Bagian.RP),
    ),
    (
        Kolom.TARGET_RENJA,
        "Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan yang Dievaluasi",
        (Bagian.K, Bagian.RP),
    ),
    (Kolom.TRIWULAN_1, "I", (Bagian.K, Bagian.RP)),
    (Kolom.TRIWULAN_2, "II", (Bagian.K, Bagian.RP)),
    (Kolom.TRIWULAN_3, "III", (Bagian.K, Bagian.RP)),
    (Kolom.TRIWULAN_4, "IV", (Bagian.K, Bagian.RP)),
    (
        Kolom.REALISASI_RENJA,
        "Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi",
        (Bagian.K, Bagian.RP),
    ),
    (
        Kolom.CAPAIAN_RENJA,
        "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja Perangkat Daerah yang Dievaluasi (%)",
        (Bagian.K, Bagian.RP),
    ),
    (
        Kolom.REALISASI_RENSTRA,
        "Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah s/d Tahun Berjalan",
        (Bagian.K, Bagian.RP),
    ),
    (
        Kolom.CAPAIAN_RENSTRA,
        "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra Perangkat Daerah s/d Tahun Berjalan (%)",
        (Bagian.K, Bagian.RP),
    ),
    (Kolom.PENANGGUNG_JAWAB, "Unit Perangkat Daerah Penanggung Jawab", ()),
    (Kolom.KETERANGAN, "Keterangan", ()),
    (Kolom.KONSOLIDASI, "Konsolidasi", ()),
)

_JUDUL_TRIWULAN: Final = "Realisasi Kinerja pada Triwulan"
_BARIS_KEPALA: Final = 4  # headers in rows 4-5, parts in 6, captions in 7, data from 8
_BARIS_AWAL: Final = 8


def _letak_kolom() -> dict[tuple[Kolom, Bagian | None], int]:
    letak: dict[tuple[Kolom, Bagian | None], int] = {}
    c = 1
    for kolom, _, bagian in _TATA:
        if not bagian:
            letak[(kolom, None)] = c
            c += 1
        for b in bagian:
            letak[(kolom, b)] = c
            c += 1
    return letak


_LETAK: Final = _letak_kolom()


def _label(kolom: Kolom, bagian: Bagian, tabel: TabelE81) -> str:
    """The part label over a column: a Rp amount's names the table's unit ("Rp (000)").

    Examples:
        >>> _label(Kolom.TARGET_RENJA, Bagian.RP, TabelE81(judul="", baris=(), satuan_rupiah="ribu"))
        'Rp (000)'
        >>> _label(Kolom.CAPAIAN_RENJA, Bagian.RP, TabelE81(judul="", baris=(), satuan_rupiah="ribu"))
        'Rp'
    """
    if bagian is Bagian.RP and not kolom_persen(kolom, bagian):
        return label_rupiah(tabel.satuan_rupiah)
    return bagian.value


def _sel(kolom: Kolom, bagian: Bagian, r: int) -> str:
    return f"{huruf_kolom(_LETAK[(kolom, bagian)])}{r}"


def _keterangan_nomor(nomor: Mapping[Kolom, int]) -> dict[Kolom, str]:
    tw = " + ".join(str(nomor[k]) for k in KOLOM_TRIWULAN)
    return {
        Kolom.REALISASI_RENJA: f"{nomor[Kolom.REALISASI_RENJA]} = {tw}",
        Kolom.CAPAIAN_RENJA: (
            f"{nomor[Kolom.CAPAIAN_RENJA]} = {nomor[Kolom.REALISASI_RENJA]} / "
            f"{nomor[Kolom.TARGET_RENJA]} x 100"
        ),
        Kolom.REALISASI_RENSTRA: (
            f"{nomor[Kolom.REALISASI_RENSTRA]} = {nomor[Kolom.REALISASI_RENSTRA_LALU]} + "
            f"{nomor[Kolom.REALISASI_RENJA]}"
        ),
        Kolom.CAPAIAN_RENSTRA: (
            f"{nomor[Kolom.CAPAIAN_RENSTRA]} = {nomor[Kolom.REALISASI_RENSTRA]} / "
            f"{nomor[Kolom.TARGET_RENSTRA]} x 100"
        ),
    }


def _rumus_k(kolom: Kolom, aturan: Konsolidasi, r: int) -> str | None:
    tw = [_sel(k, Bagian.K, r) for k in KOLOM_TRIWULAN]
    if kolom is Kolom.REALISASI_RENJA:
        if aturan is Konsolidasi.JUMLAH:
            return "=" + "+".join(tw)
        if aturan is Konsolidasi.TERAKHIR:
            rumus = "0"
            for s in tw:
                rumus = f'IF({s}<>"",{s},{rumus})'
            return "=" + rumus
        return f'=IFERROR(AVERAGE({",".join(tw)}),"")'
    renja = _sel(Kolom.REALISASI_RENJA, Bagian.K, r)
    if kolom is Kolom.REALISASI_RENSTRA:
        if aturan is Konsolidasi.JUMLAH:
            return f"={_sel(Kolom.REALISASI_RENSTRA_LALU, Bagian.K, r)}+{renja}"
        if aturan is Konsolidasi.TERAKHIR:
            return f"={renja}"
        return None
    return _rumus_capaian(kolom, Bagian.K, r)


def _rumus_capaian(kolom: Kolom, bagian: Bagian, r: int) -> str:
    if kolom is Kolom.CAPAIAN_RENJA:
        real, target = Kolom.REALISASI_RENJA, Kolom.TARGET_RENJA
    else:
        real, target = Kolom.REALISASI_RENSTRA, Kolom.TARGET_RENSTRA
    return f'=IFERROR({_sel(real, bagian, r)}/{_sel(target, bagian, r)}*100,"")'


def _rumus_rp(kolom: Kolom, r: int) -> str:
    if kolom is Kolom.REALISASI_RENJA:
        return "=" + "+".join(_sel(k, Bagian.RP, r) for k in KOLOM_TRIWULAN)
    if kolom is Kolom.REALISASI_RENSTRA:
        return (
            f"={_sel(Kolom.REALISASI_RENSTRA_LALU, Bagian.RP, r)}"
            f"+{_sel(Kolom.REALISASI_RENJA, Bagian.RP, r)}"
        )
    return _rumus_capaian(kolom, Bagian.RP, r)


def _nilai_tersimpan(x: Fraction) -> str:
    """A cached value as Excel stores one: a decimal, at most 10 places."""
    d = KONTEKS_NOL.normalize(bulatkan_pecahan(x, 10))  # exact, not the caller's context
    return format(d, "f")


#: A cached value as a cell stores it: its type attribute (None for a number) and its text.
_Tersimpan = tuple[str | None, str]

#: The error values a formula can leave (stored with ``t="e"``).
_GALAT_EXCEL: Final = frozenset(
    {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"}
)


def _tersimpan_sakip(x: Fraction | None) -> _Tersimpan:
    """What sakip computed, cached: a number, or an empty text where it computed none."""
    return ("str", "") if x is None else (None, _nilai_tersimpan(x))


def _tersimpan_asli(x: object) -> _Tersimpan | None:
    """A value openpyxl read from a cell's cache, to store again; None to leave the cell as is.

    Numbers, text, booleans and Excel's error values; a date (stored by Excel
    as a serial number in a formatted cell) and a missing value are left
    without a cached value.
    """
    if isinstance(x, bool):
        return ("b", "1" if x else "0")
    if isinstance(x, int):
        return (None, str(x))
    if isinstance(x, float):
        return (None, repr(x)) if math.isfinite(x) else None
    if isinstance(x, str):
        return ("e", x) if x in _GALAT_EXCEL else ("str", escape(x))
    return None


def _sisipkan_nilai(data: bytes, nilai: Mapping[str, Mapping[str, _Tersimpan]]) -> bytes:
    """Add cached values to the formula cells of a workbook openpyxl saved.

    ``nilai``: for each sheet's part in the zip (``xl/worksheets/sheet1.xml``),
    the cached value of each formula cell, by reference. openpyxl writes a
    formula cell with an empty value; Excel stores the value with it, and
    readers that do not calculate (sakip, pandas, a previewer) show only that.
    Cells not in ``nilai`` are left as openpyxl wrote them.
    """
    masuk = zipfile.ZipFile(io.BytesIO(data))
    keluar_buf = io.BytesIO()
    pola = re.compile(r'<c r="([A-Z]+\d+)"([^>]*)><f>(.*?)</f><v\s*/></c>', re.S)

    def ganti(tersimpan: Mapping[str, _Tersimpan]) -> Callable[[re.Match[str]], str]:
        def satu(m: re.Match[str]) -> str:
            ref, atribut, rumus = m.group(1), m.group(2), m.group(3)
            v = tersimpan.get(ref)
            if v is None:
                return m.group(0)
            jenis, teks = v
            atribut = re.sub(r'\s*t="[^"]*"', "", atribut)
            tipe = "" if jenis is None else f' t="{jenis}"'
            return f'<c r="{ref}"{atribut}{tipe}><f>{rumus}</f><v>{teks}</v></c>'

        return satu

    with zipfile.ZipFile(keluar_buf, "w", zipfile.ZIP_DEFLATED) as keluar:
        for info in masuk.infolist():
            isi = masuk.read(info.filename)
            if info.filename in nilai:
                teks = isi.decode("utf-8")
                isi = pola.sub(ganti(nilai[info.filename]), teks).encode("utf-8")
            keluar.writestr(info, isi)
    return keluar_buf.getvalue()


def _bagian_lembar(data: bytes) -> dict[str, str]:
    """Each sheet's name to its part in a saved workbook (``xl/workbook.xml`` and its rels)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return bagian_lembar(z)


def tulis_xlsx(
    tabel: TabelE81, keluaran: str | os.PathLike[str], *, judul: str | None = None
) -> Path:
    """Write an E.81 workbook from the model, with live formulas.

    The hierarchy is shown by indentation (and the code, when the rows have
    one); a declared consolidation rule is written in the column
    "Konsolidasi", an inferred one is left for the reader to infer again. A
    row that records its year but not its quarters
    (:meth:`~sakip.e81.model.Baris.realisasi_tanpa_triwulan`) keeps its column
    13 a typed value and its quarters blank (a parent's too, not the sum of the
    rows below that have them); its columns 14 and 15 stay formulas over it.

    Args:
        tabel: the table.
        keluaran: the ``.xlsx`` file to write (overwritten).
        judul: the title line (default: the table's).

    Returns:
        The path written.

    Raises:
        InvalidValueError: ``keluaran`` is a folder, a device, in a folder
            that does not exist, or cannot be written (the file is written
            whole or not at all).

    Sumber:
        Permendagri 86/2017, Lampiran, form E.81 (columns and captions), as
        quoted in LKjIP Dumai 2023 and as printed in real E.81 workbooks (the
        lampiran itself was not read).

    Examples:
        >>> import tempfile, pathlib
        >>> from sakip import contoh
        >>> from sakip.e81 import baca_xlsx, dari_laporan, periksa
        >>> tabel = dari_laporan(contoh.dumai_2023())
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = tulis_xlsx(tabel, pathlib.Path(d) / "e81.xlsx")
        ...     h = periksa(baca_xlsx(p))
        >>> len(h.tabel.baris), [t.temuan.aturan for t in h.temuan if t.temuan.aturan != "melebihi"]
        (84, [])
    """
    if not isinstance(tabel, TabelE81):
        raise InvalidTypeError(field="tabel", value=tabel, expected="must be a TabelE81")
    if not isinstance(keluaran, (str, os.PathLike)):
        raise InvalidTypeError(field="keluaran", value=keluaran, expected="must be a path")
    path = berkas_tujuan(keluaran)
    openpyxl = modul_openpyxl()
    from openpyxl.styles import Alignment, Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "E.81"
    lebar = max(_LETAK.values())
    ws.cell(row=1, column=1, value="Evaluasi terhadap Hasil Renja Perangkat Daerah")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=lebar)
    ws.cell(row=2, column=1, value=judul if judul is not None else tabel.judul)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=lebar)
    nomor: dict[Kolom, int] = {}
    for n, (kolom, kepala, bagian) in enumerate(_TATA, start=1):
        nomor[kolom] = n
        c = _LETAK[(kolom, bagian[0] if bagian else None)]
        lebar_grup = max(len(bagian), 1)
        if kolom in KOLOM_TRIWULAN:
            ws.cell(row=_BARIS_KEPALA + 1, column=c, value=kepala)
            ws.merge_cells(
                start_row=_BARIS_KEPALA + 1,
                start_column=c,
                end_row=_BARIS_KEPALA + 1,
                end_column=c + lebar_grup - 1,
            )
        else:
            ws.cell(row=_BARIS_KEPALA, column=c, value=kepala)
            ws.merge_cells(
                start_row=_BARIS_KEPALA,
                start_column=c,
                end_row=_BARIS_KEPALA + 1,
                end_column=c + lebar_grup - 1,
            )
        for i, bg in enumerate(bagian):
            ws.cell(row=_BARIS_KEPALA + 2, column=c + i, value=_label(kolom, bg, tabel))
    c_tw = _LETAK[(Kolom.TRIWULAN_1, Bagian.K)]
    ws.cell(row=_BARIS_KEPALA, column=c_tw, value=_JUDUL_TRIWULAN)
    ws.merge_cells(
        start_row=_BARIS_KEPALA,
        start_column=c_tw,
        end_row=_BARIS_KEPALA,
        end_column=_LETAK[(Kolom.TRIWULAN_4, Bagian.RP)],
    )
    ket = _keterangan_nomor(nomor)
    for n, (kolom, _, bagian) in enumerate(_TATA, start=1):
        c = _LETAK[(kolom, bagian[0] if bagian else None)]
        ws.cell(row=_BARIS_KEPALA + 3, column=c, value=ket.get(kolom, n))
        if len(bagian) > 1:
            ws.merge_cells(
                start_row=_BARIS_KEPALA + 3,
                start_column=c,
                end_row=_BARIS_KEPALA + 3,
                end_column=c + len(bagian) - 1,
            )

    hasil = hitung(tabel)  # a column 13 typed over blank quarters stands
    anak_semua = anak(tabel)
    simpan: dict[str, Fraction | None] = {}
    baris_ke = {i: _BARIS_AWAL + i for i in range(len(tabel.baris))}
    no = 0
    for i, b in enumerate(tabel.baris):
        r = baris_ke[i]
        h = hasil[i]
        if not b.lanjutan and b.jenjang is not Jenjang.JUMLAH:
            no += 1
            ws.cell(row=r, column=_LETAK[(Kolom.NO, None)], value=no)
        teks = {
            Kolom.KODE: b.kode,
            Kolom.URAIAN: b.nama,
            Kolom.INDIKATOR: b.indikator,
            Kolom.SATUAN: b.satuan,
            Kolom.PENANGGUNG_JAWAB: b.penanggung_jawab,
            Kolom.KETERANGAN: b.keterangan,
            Kolom.KONSOLIDASI: "" if b.konsolidasi_asal else b.konsolidasi.value,
        }
        for kolom, isi in teks.items():
            if isi:
                ws.cell(row=r, column=_LETAK[(kolom, None)], value=isi)
        nama = ws.cell(row=r, column=_LETAK[(Kolom.URAIAN, None)])
        if b.jenjang is not Jenjang.JUMLAH and not b.lanjutan:
            nama.alignment = Alignment(indent=int(b.jenjang) - 1, wrap_text=True)
            nama.font = Font(bold=b.jenjang < Jenjang.SUB_KEGIATAN)
        setahun_k = b.realisasi_tanpa_triwulan(Bagian.K)
        setahun_rp = b.realisasi_tanpa_triwulan(Bagian.RP)
        # inputs
        for kolom in (
            Kolom.TARGET_RENSTRA,
            Kolom.REALISASI_RENSTRA_LALU,
            Kolom.TARGET_RENJA,
            *KOLOM_TRIWULAN,
        ):
            if b.jenjang is not Jenjang.JUMLAH:
                v = b.angka(kolom, Bagian.K)
                if v is not None:
                    ref = _sel(kolom, Bagian.K, r)
                    ws[ref] = _angka_excel(v, ref)
            if b.lanjutan:
                continue
            ref = _sel(kolom, Bagian.RP, r)
            if kolom in KOLOM_TRIWULAN and setahun_rp is not None:
                continue  # the row records its year only: its quarters stay blank
            if anak_semua[i] and _ada_isi(tabel, anak_semua, i, kolom):
                ws[ref] = "=" + "+".join(
                    _sel(kolom, Bagian.RP, baris_ke[j]) for j in anak_semua[i]
                )
                simpan[ref] = h.angka(kolom, Bagian.RP)
            else:
                v = b.angka(kolom, Bagian.RP)
                if v is not None:
                    ws[ref] = _angka_excel(v, ref)
        # derived
        for kolom in (
            Kolom.REALISASI_RENJA,
            Kolom.CAPAIAN_RENJA,
            Kolom.REALISASI_RENSTRA,
            Kolom.CAPAIAN_RENSTRA,
        ):
            if b.jenjang is not Jenjang.JUMLAH:
                ref = _sel(kolom, Bagian.K, r)
                rumus = _rumus_k(kolom, b.konsolidasi, r)
                if kolom is Kolom.REALISASI_RENJA and setahun_k is not None:
                    ws[ref] = _angka_excel(setahun_k, ref)  # the year, typed: no quarters
                elif rumus is not None:
                    ws[ref] = rumus
                    simpan[ref] = h.angka(kolom, Bagian.K)
            if not b.lanjutan:
                ref = _sel(kolom, Bagian.RP, r)
                if kolom is Kolom.REALISASI_RENJA and setahun_rp is not None:
                    ws[ref] = _angka_excel(setahun_rp, ref)
                else:
                    ws[ref] = _rumus_rp(kolom, r)
                    simpan[ref] = h.angka(kolom, Bagian.RP)
        for (kolom, bg_sel), c in _LETAK.items():
            if bg_sel is Bagian.RP and kolom not in (Kolom.CAPAIAN_RENJA, Kolom.CAPAIAN_RENSTRA):
                ws.cell(row=r, column=c).number_format = "#,##0"
            elif kolom in (Kolom.CAPAIAN_RENJA, Kolom.CAPAIAN_RENSTRA):
                ws.cell(row=r, column=c).number_format = "0.00"
    ws.freeze_panes = ws.cell(row=_BARIS_AWAL, column=_LETAK[(Kolom.INDIKATOR, None)])
    buf = io.BytesIO()
    wb.save(buf)
    tersimpan = {ref: _tersimpan_sakip(v) for ref, v in simpan.items()}
    data = _sisipkan_nilai(buf.getvalue(), {"xl/worksheets/sheet1.xml": tersimpan})
    _tulis_utuh(path, data)
    return path


def _ada_isi(
    tabel: TabelE81, anak_semua: tuple[tuple[int, ...], ...], i: int, kolom: Kolom
) -> bool:
    """Whether any sub kegiatan under row i has a value in a column's Rp."""
    if not anak_semua[i]:
        return tabel.baris[i].angka(kolom, Bagian.RP) is not None
    return any(_ada_isi(tabel, anak_semua, j, kolom) for j in anak_semua[i])


def _angka_excel(x: Fraction, sel: str) -> int | float:
    """A typed number as Excel stores it: an int, or a float that reads back exactly.

    Excel keeps 15 significant digits in binary floating point; a value it
    cannot hold exactly (1/3, or more than 10 decimal places) is refused, not
    rounded behind the writer's back.
    """
    if x.denominator == 1:
        return int(x)
    d = bulatkan_pecahan(x, 10)
    f = float(d)
    if Fraction(d) != x or Fraction(repr(f)) != x:
        raise InvalidValueError(
            field=sel,
            value=x,
            expected="must be a decimal Excel stores exactly (at most 10 places, 15 digits); "
            "round it first",
        )
    return f


_WARNA: Final = {"tinggi": "FFF4B6B6", "sedang": "FFFFD98C", "rendah": "FFFFF3B0"}


def _lembar_temuan(nama: str) -> bool:
    """Whether a sheet is a findings sheet an earlier marking wrote: "sakip findings", one
    of the names it took beside a sheet of that name ("sakip findings 2"), or an old name.

    Examples:
        >>> [_lembar_temuan(n) for n in ("SAKIP Findings", "sakip findings 3", "Temuan sakip", "Data")]
        [True, True, True, False]
    """
    lama = (NAMA_LEMBAR_TEMUAN, *_NAMA_LEMBAR_LAMA)
    return any(re.fullmatch(rf"{re.escape(n)}(?: \d+)?", nama, re.IGNORECASE) for n in lama)


def _nama_bebas(nama: str, ada: Sequence[str]) -> str:
    """``nama``, or ``nama 2``, ``nama 3`` ... the first no sheet of ``ada`` has (sheet
    names are compared without case, as Excel compares them).

    Examples:
        >>> _nama_bebas("sakip findings", ["Data"]), _nama_bebas("sakip findings", ["SAKIP Findings"])
        ('sakip findings', 'sakip findings 2')
    """
    dipakai = {n.casefold() for n in ada}
    return next(
        c
        for c in (nama, *(f"{nama} {i}" for i in range(2, len(ada) + 3)))
        if c.casefold() not in dipakai
    )


def tulis_temuan_xlsx(hasil: HasilE81, keluaran: str | os.PathLike[str]) -> Path:
    """A marked copy of an audited workbook: each finding's cell filled and commented.

    A sheet :data:`NAMA_LEMBAR_TEMUAN` lists the findings, each linked to
    its cell (a sheet of that name in the workbook, ignoring case, or of the
    name an earlier sakip gave it, is replaced). Each cell's note and the
    sheet's header name a finding's fields by the words of every other output
    (printed, computed, formula, note, ...). The audited file is read, never
    written: ``keluaran`` must be another file. It is read again and checked
    as the audit read it (:func:`~sakip.e81.berkas_xlsx.bait_xlsx`), and the
    copy made from the bytes checked: a file replaced since the audit is
    checked, and refused when the audited sheet is gone from it. The copy is
    written by openpyxl: values, formulas, styles,
    merged cells and comments are kept, and so are the values Excel stored
    for the formulas (stored again after openpyxl writes the copy, so that a
    reader that does not calculate, sakip's audit among them, sees the same
    figures; Excel recalculates them when it opens the copy). Charts and
    images are not kept.

    Args:
        hasil: the audit of a workbook (:func:`sakip.e81.periksa_berkas`).
        keluaran: the ``.xlsx`` file to write.

    Returns:
        The path written.

    Raises:
        InvalidValueError: the audit was not of a workbook; a sheet it found
            a finding in is no longer in the file; ``keluaran`` is the audited
            file itself, a folder, a device, in a folder that does not exist,
            or cannot be written (the file is written whole or not at all).
        ReportFormatError: the audited file, read again, is no workbook the
            reader reads (replaced or changed since the audit).

    Examples:
        >>> import tempfile, pathlib, openpyxl
        >>> from sakip import e81
        >>> h = e81.periksa_berkas(e81.CONTOH_DELI_SERDANG)
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = tulis_temuan_xlsx(h, pathlib.Path(d) / "ditandai.xlsx")
        ...     wb = openpyxl.load_workbook(p)
        ...     komentar = wb["Realisasi TW IV"]["AD14"].comment.text.splitlines()[:2]
        ...     daftar = wb["sakip findings"]
        >>> komentar
        ['sakip: konsolidasi (sedang)', 'printed: 200']
        >>> [c.value for c in daftar[1]][:5], daftar.max_row - 1 == len(h.temuan)
        (['#', 'sheet', 'cell', 'rule', 'severity'], True)
    """
    if not isinstance(hasil, HasilE81):
        raise InvalidTypeError(field="hasil", value=hasil, expected="must be a HasilE81")
    if not isinstance(keluaran, (str, os.PathLike)):
        raise InvalidTypeError(field="keluaran", value=keluaran, expected="must be a path")
    if not hasil.berkas or not hasil.lembar or str(hasil.berkas).lower().endswith(".csv"):
        raise InvalidValueError(
            field="hasil", value=hasil.berkas, expected="must be the audit of an .xlsx workbook"
        )
    asal = Path(hasil.berkas)
    tujuan = berkas_tujuan(keluaran)
    if tujuan.exists() and tujuan.resolve() == asal.resolve():
        raise InvalidValueError(
            field="keluaran", value=str(keluaran), expected="must not be the audited file itself"
        )
    openpyxl = modul_openpyxl()
    from openpyxl.comments import Comment
    from openpyxl.styles import PatternFill

    asli = bait_xlsx(asal)  # checked as the audit read it, whatever the file is now
    with tanpa_peringatan():  # openpyxl's notes on what it drops: not the user's concern here
        wb = openpyxl.load_workbook(io.BytesIO(asli))
        tersimpan = _nilai_rumus(openpyxl, wb, asli)
    hilang = sorted({t.lembar for t in hasil.temuan if t.sel and t.lembar not in wb.sheetnames})
    if hilang:
        raise InvalidValueError(
            field="hasil",
            value=hasil.berkas,
            expected=f"must be the audit of the file as it is: its sheets {hilang} are gone "
            "from it (audit the file again)",
        )
    for t in hasil.temuan:
        if not t.sel:
            continue
        sel = wb[t.lembar][t.sel]
        sel.comment = Comment(_catatan(t.temuan), "sakip", width=360, height=160)
        sel.fill = PatternFill(fill_type="solid", fgColor=_WARNA[t.temuan.tingkat.value])
    # a findings sheet of an earlier marking is replaced; the audited sheet, and any sheet
    # a finding marks, never, whatever its name
    dipakai = {hasil.lembar, *(t.lembar for t in hasil.temuan if t.sel)}
    for nama in [n for n in wb.sheetnames if _lembar_temuan(n) and n not in dipakai]:
        del wb[nama]
    daftar = wb.create_sheet(_nama_bebas(NAMA_LEMBAR_TEMUAN, wb.sheetnames))
    daftar.append(("#", "sheet", *kepala_temuan(*_BIDANG_DAFTAR)))
    for n, t in enumerate(hasil.temuan, start=1):
        tm = t.temuan
        daftar.append(
            (
                n,
                t.lembar,
                t.sel,
                tm.aturan,
                tm.tingkat.value,
                tm.dicetak,
                tm.dihitung,
                tm.rumus,
                tm.keterangan,
                tm.letak,
            )
        )
        if t.sel:
            daftar.cell(row=n + 1, column=3).hyperlink = f"#'{t.lembar}'!{t.sel}"
    wb.calculation.fullCalcOnLoad = True
    buf = io.BytesIO()
    with tanpa_peringatan():
        wb.save(buf)
    data = buf.getvalue()
    bagian = _bagian_lembar(data)
    data = _sisipkan_nilai(data, {bagian[n]: v for n, v in tersimpan.items() if n in bagian})
    _tulis_utuh(tujuan, data)
    return tujuan


def _catatan(tm: Temuan) -> str:
    """A finding's note on its cell: its rule and severity, then each field it has, by
    its :data:`KATA` word.

    Examples:
        >>> from sakip.audit import Tingkat
        >>> print(_catatan(Temuan(aturan="penjumlahan", tingkat=Tingkat.TINGGI,
        ...     letak="R12", dicetak="10", dihitung="12", rumus="=P12+Q12")))
        sakip: penjumlahan (tinggi)
        printed: 10
        computed: 12
        formula: =P12+Q12
    """
    bidang = ((KATA[b], getattr(tm, b)) for b in _BIDANG_CATATAN)
    return "\n".join(
        [f"sakip: {tm.aturan} ({tm.tingkat.value})", *(f"{k}: {v}" for k, v in bidang if v)]
    )


def berkas_tujuan(keluaran: str | os.PathLike[str]) -> Path:
    """Berkas tujuan (the file to write): a new file, or an existing regular file, in an
    existing folder, named ``.xlsx``.

    :func:`tulis_xlsx` and :func:`tulis_temuan_xlsx` check their ``keluaran`` with it
    before any work; a caller may check it first too (the command does, to refuse a
    bad ``--output`` before a long audit).

    Examples:
        >>> berkas_tujuan("laporan.xlsx").name
        'laporan.xlsx'
        >>> berkas_tujuan("")
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidValueError: keluaran must name a file (got '')
        >>> berkas_tujuan("temuan.csv")
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidValueError: keluaran must end in .xlsx: the file written is an \
Excel workbook (no macros) (got 'temuan.csv')
    """
    if not isinstance(keluaran, (str, os.PathLike)) or not isinstance(os.fspath(keluaran), str):
        raise InvalidTypeError(
            field="keluaran", value=keluaran, expected="must be a path (str or os.PathLike)"
        )
    tujuan = Path(keluaran)
    if not os.fspath(keluaran) or not tujuan.name:
        raise InvalidValueError(field="keluaran", value=str(keluaran), expected="must name a file")
    bisa = "must be a path the system can open"
    if "\x00" in os.fspath(keluaran):  # pathlib would take it for a file that does not exist
        raise InvalidValueError(field="keluaran", value=str(keluaran), expected=bisa)
    try:
        bukan_berkas = tujuan.exists() and not tujuan.is_file()
        ada_folder = tujuan.parent.is_dir()
    except OSError:  # a name too long for the system
        raise InvalidValueError(field="keluaran", value=str(keluaran), expected=bisa) from None
    if bukan_berkas:
        raise InvalidValueError(
            field="keluaran",
            value=str(keluaran),
            expected="must be a new file or a regular file (not a folder or a device)",
        )
    if not ada_folder:
        raise InvalidValueError(
            field="keluaran", value=str(keluaran), expected="must be in an existing folder"
        )
    if tujuan.suffix.lower() != ".xlsx":  # "out.csv" would hold a workbook no program opens
        raise InvalidValueError(
            field="keluaran",
            value=str(keluaran),
            expected="must end in .xlsx: the file written is an Excel workbook (no macros)",
        )
    return tujuan


def _tulis_utuh(tujuan: Path, data: bytes) -> None:
    """Write ``data`` to ``tujuan`` whole or not at all: a file beside it, then a rename."""
    try:
        fd, nama = tempfile.mkstemp(dir=tujuan.parent, prefix=f".{tujuan.name}.", suffix=".tmp")
    except OSError as e:
        raise InvalidValueError(
            field="keluaran", value=str(tujuan), expected=f"must be writable ({e.strerror})"
        ) from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(nama, tujuan)
    except OSError as e:
        with contextlib.suppress(OSError):
            os.unlink(nama)
        raise InvalidValueError(
            field="keluaran", value=str(tujuan), expected=f"must be writable ({e.strerror})"
        ) from None


def _nilai_rumus(openpyxl: Any, wb: Any, data: bytes) -> dict[str, dict[str, _Tersimpan]]:
    """The values the workbook's formula cells carry, by sheet and cell, to store in the copy."""
    wb_nilai = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    try:
        hasil: dict[str, dict[str, _Tersimpan]] = {}
        for ws in wb.worksheets:
            satu: dict[str, _Tersimpan] = {}
            baris_nilai = wb_nilai[ws.title].iter_rows(values_only=True)
            for sel_baris, nilai_baris in zip(ws.iter_rows(), baris_nilai, strict=True):
                for sel, v in zip(sel_baris, nilai_baris, strict=True):
                    if getattr(sel, "data_type", None) == "f":
                        t = _tersimpan_asli(v)
                        if t is not None:
                            satu[sel.coordinate] = t
            hasil[ws.title] = satu
        return hasil
    finally:
        wb_nilai.close()
