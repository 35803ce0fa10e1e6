"""Evaluasi Renja (form E.81 of Permendagri 86/2017): read, compute, audit, write.

Every Perangkat Daerah evaluates its Renja each quarter on form E.81, in a
spreadsheet. This package reads that workbook as the agency keeps it (the
columns found from the numbered caption row and the headers, not from fixed
letters), computes the derived columns exactly, audits every stored figure
and formula against its recomputation, and writes E.81 workbooks with live
formulas.

Examples:
    >>> from sakip import e81
    >>> hasil = e81.periksa_berkas(e81.CONTOH_DELI_SERDANG)
    >>> hasil.lembar, len(hasil.tabel.baris), hasil.diperiksa > 1000
    ('Realisasi TW IV', 103, True)
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from sakip.e81._susun import FormatKolom, IsianTanpaPersen
from sakip.e81.berkas_csv import baca_csv
from sakip.e81.berkas_xlsx import (
    MAKS_BARIS,
    MAKS_BYTE,
    MAKS_KOLOM,
    MAKS_SEL,
    MAKS_TERURAI,
    MAKS_TOKEN,
    MAKS_TOKEN_LAMBAT,
    baca_xlsx,
)
from sakip.e81.konversi import dari_laporan
from sakip.e81.layout import kenali
from sakip.e81.model import Bagian, Baris, BarisRingkasan, Isian, Jenjang, Kolom, Sel, TabelE81
from sakip.e81.pemeriksaan import HasilE81, TemuanE81, periksa, periksa_berkas
from sakip.e81.penghitungan import HasilBaris, hitung, konsolidasi_disimpulkan
from sakip.e81.tampil import markdown, teks
from sakip.e81.tulis import tulis_temuan_xlsx, tulis_xlsx

#: The real workbook shipped with sakip: the E.81 of Bappedalitbang Kabupaten
#: Deli Serdang, Renja 2025 at triwulan IV (source: see the guide, "Evaluasi
#: Renja (E.81)").
CONTOH_DELI_SERDANG: Final = (
    Path(__file__).parent / "data" / "e81_deli_serdang_bappedalitbang_2025.xlsx"
)

__all__ = [
    "CONTOH_DELI_SERDANG",
    "MAKS_BARIS",
    "MAKS_BYTE",
    "MAKS_KOLOM",
    "MAKS_SEL",
    "MAKS_TERURAI",
    "MAKS_TOKEN",
    "MAKS_TOKEN_LAMBAT",
    "Bagian",
    "Baris",
    "BarisRingkasan",
    "FormatKolom",
    "HasilBaris",
    "HasilE81",
    "Isian",
    "IsianTanpaPersen",
    "Jenjang",
    "Kolom",
    "Sel",
    "TabelE81",
    "TemuanE81",
    "baca_csv",
    "baca_xlsx",
    "dari_laporan",
    "hitung",
    "kenali",
    "konsolidasi_disimpulkan",
    "markdown",
    "periksa",
    "periksa_berkas",
    "teks",
    "tulis_temuan_xlsx",
    "tulis_xlsx",
]
