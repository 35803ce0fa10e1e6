"""dari_laporan: a program's outcome and a kegiatan's output reach their E.81 rows.

Each row's K is its own (never the sum of the rows below), and each consolidates by
its own ``konsolidasi``; the written workbook reads back to the same rows and audits
without a finding on those K.
"""

from __future__ import annotations

import tomllib
from fractions import Fraction
from pathlib import Path

from sakip import e81
from sakip.e81 import Bagian, Jenjang, Kolom
from sakip.laporan import dari_dict
from sakip.triwulan import Konsolidasi
from tests.test_laporan_kinerja_program import LAPORAN


def _tabel() -> e81.TabelE81:
    teks = LAPORAN.replace(
        'realisasi_k = "50"\n',
        'realisasi_k = "50"\ntw_k = ["10", "20", "40", "50"]\nkonsolidasi = "terakhir"\n',
    )
    return e81.dari_laporan(dari_dict(tomllib.loads(teks)))


def test_program_and_kegiatan_rows_carry_their_own_k_and_rule() -> None:
    program, kegiatan, sub = _tabel().baris
    assert [b.jenjang for b in (program, kegiatan, sub)] == [
        Jenjang.PROGRAM,
        Jenjang.KEGIATAN,
        Jenjang.SUB_KEGIATAN,
    ]
    assert (program.indikator, program.satuan) == ("Persentase PPKS yang tertangani", "%")
    assert program.angka(Kolom.TARGET_RENJA, Bagian.K) == 90
    assert program.angka(Kolom.TRIWULAN_4, Bagian.K) == Fraction(8713, 100)
    assert program.konsolidasi is Konsolidasi.TERAKHIR
    assert kegiatan.angka(Kolom.TARGET_RENJA, Bagian.K) == 120  # not the sub's 100
    assert [kegiatan.angka(k, Bagian.K) for k in e81.model.KOLOM_TRIWULAN] == [30, 30, 30, 36]
    assert kegiatan.konsolidasi is Konsolidasi.JUMLAH
    # a sub kegiatan keeps its own rule (it was always written as a sum)
    assert sub.konsolidasi is Konsolidasi.TERAKHIR
    assert sub.konsolidasi_asal == ""  # declared, not inferred
    # the Rupiah are still the sums of the rows below
    assert program.angka(Kolom.TARGET_RENJA, Bagian.RP) == 100_000_000


def test_a_budget_only_program_row_keeps_blank_k_cells() -> None:
    teks = LAPORAN.replace(
        'indikator = "Persentase PPKS yang tertangani"\nsatuan = "%"\ntarget_k = "90"\n'
        'tw_k = ["80", "84", "86", "87.13"]\nkonsolidasi = "terakhir"\nrealisasi_k = "87.13"\n'
        'dicetak = { k_persen = "96,81", rp_persen = "90,00", rpjmd_k = "87,13" }\n',
        'dicetak = { rp_persen = "90,00" }\n',
    )
    program = e81.dari_laporan(dari_dict(tomllib.loads(teks))).baris[0]
    assert (program.indikator, program.satuan) == ("", "")
    assert program.isi(Kolom.TARGET_RENJA, Bagian.K).kosong
    assert program.konsolidasi is Konsolidasi.JUMLAH


def test_the_written_workbook_reads_back_and_audits_its_k(tmp_path: Path) -> None:
    tabel = _tabel()
    e81.tulis_xlsx(tabel, tmp_path / "e81.xlsx")
    baca = e81.baca_xlsx(tmp_path / "e81.xlsx")
    for asli, lagi in zip(tabel.baris, baca.baris, strict=True):
        assert (lagi.kode, lagi.indikator, lagi.konsolidasi) == (
            asli.kode,
            asli.indikator,
            asli.konsolidasi,
        )
        assert lagi.angka(Kolom.TARGET_RENJA, Bagian.K) == asli.angka(Kolom.TARGET_RENJA, Bagian.K)
    # the year's K of each row follows its own rule (87,13 the last quarter, 126 the sum,
    # 50 the last quarter): no finding on any K; the report gives no quarters' Rp, so each
    # row's column 13 Rp is its typed year (triwulan-kosong), the report's realisasi
    hasil = e81.periksa(baca)
    assert [(t.sel, t.temuan.aturan) for t in hasil.temuan] == [
        ("U8", "triwulan-kosong"),
        ("U9", "triwulan-kosong"),
        ("U10", "triwulan-kosong"),
    ]
    assert [b.angka(Kolom.REALISASI_RENJA, Bagian.RP) for b in baca.baris] == [90_000_000] * 3
