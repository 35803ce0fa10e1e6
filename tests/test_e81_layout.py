"""E.81 layouts other than the real workbook's read to the same records.

Three workbooks are built here from one reference table, each the way some
agency might keep it:

* ``permendagri``: the column order of Permendagri 86/2017 with a code column
  (hierarchy by codes), merged headers, the K/Rp row above the captions, a
  tingkat capaian Renja column and the responsible unit;
* ``urutan_lain``: another column order (satuan before indikator, the Renstra
  columns after the quarters, a "Sasaran" column in between), one header
  row, no merged cells, hierarchy by indentation;
* ``persen``: a cumulative % per quarter (K of a quarter is what it added),
  hierarchy by fill colour, as in the Deli Serdang workbook.

And the same table as CSV (no formulas, hierarchy by leading spaces).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from fractions import Fraction
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.styles import Alignment, PatternFill

from sakip import e81
from sakip.e81 import Bagian, Jenjang, Kolom, TabelE81
from sakip.e81.model import KOLOM_TRIWULAN
from sakip.e81.penghitungan import KOLOM_MASUKAN
from sakip.triwulan import Konsolidasi

F = Fraction

# The reference table: (jenjang, kode, nama, indikator, satuan,
#   target renstra K/Rp, realisasi lalu K/Rp, target renja K/Rp, quarters K (levels), quarters Rp)
RUJUKAN: list[tuple[Any, ...]] = [
    (
        Jenjang.PROGRAM,
        "1.06.01",
        "Program Penunjang",
        "Nilai AKIP",
        "Nilai",
        (80, None),
        (70, None),
        (75, None),
        (0, 0, 0, 76),
        None,
    ),
    (
        Jenjang.KEGIATAN,
        "1.06.01.2.01",
        "Perencanaan dan Evaluasi",
        "Persentase dokumen tepat waktu",
        "%",
        (100, None),
        (90, None),
        (100, None),
        (40, 60, 80, 100),
        None,
    ),
    (
        Jenjang.SUB_KEGIATAN,
        "1.06.01.2.01.0001",
        "Penyusunan Renja",
        "Jumlah dokumen Renja",
        "Dok",
        (5, 500_000_000),
        (3, 280_000_000),
        (1, 100_000_000),
        (0, 0, 1, 0),
        (10_000_000, 20_000_000, 30_000_000, 35_500_000),
    ),
    (
        Jenjang.SUB_KEGIATAN,
        "1.06.01.2.01.0002",
        "Evaluasi Kinerja",
        "Jumlah laporan evaluasi",
        "Lap",
        (20, 200_000_000),
        (12, 110_000_000),
        (4, 40_000_000),
        (1, 1, 1, 1),
        (9_000_000, 9_000_000, 9_500_000, 12_250_750),
    ),
    (
        Jenjang.KEGIATAN,
        "1.06.01.2.02",
        "Administrasi Keuangan",
        "Persentase laporan keuangan tertib",
        "%",
        (100, None),
        (95, None),
        (100, None),
        (100, 100, 100, 100),
        None,
    ),
    (
        Jenjang.SUB_KEGIATAN,
        "1.06.01.2.02.0001",
        "Penyediaan Gaji ASN",
        "Jumlah orang/bulan",
        "Orang / Bulan",
        (2700, 40_000_000_000),
        (1620, 24_000_000_000),
        (540, 8_100_000_000),
        (135, 135, 135, 135),
        (2_000_000_000, 2_000_000_000, 2_000_000_000, 2_050_000_000),
    ),
]

_DAUN = {i for i, r in enumerate(RUJUKAN) if r[0] is Jenjang.SUB_KEGIATAN}


def _anak(i: int) -> list[int]:
    j0 = RUJUKAN[i][0]
    hasil = []
    for j in range(i + 1, len(RUJUKAN)):
        if RUJUKAN[j][0] <= j0:
            break
        if RUJUKAN[j][0] == j0 + 1:
            hasil.append(j)
    return hasil


def _rp(i: int, n: int) -> int:
    """Rp input n (0 target renstra, 1 lalu, 2 target renja, 3..6 quarters) of row i."""
    r = RUJUKAN[i]
    if i in _DAUN:
        return int(r[5 + n][1]) if n < 3 else int(r[9][n - 3])
    return sum(_rp(j, n) for j in _anak(i))


def _k(i: int, n: int) -> int:
    r = RUJUKAN[i]
    return int(r[5 + n][0]) if n < 3 else int(r[8][n - 3])


def _inden(i: int) -> int:
    return int(RUJUKAN[i][0]) - int(Jenjang.PROGRAM)


# -- the three workbooks ----------------------------------------------------------


def _simpan(wb: Any, path: Path) -> Path:
    wb.save(path)
    return path


def buat_permendagri(path: Path, *, ubah: Callable[[Any], None] | None = None) -> Path:
    """Permendagri order, codes, merged headers, K/Rp row above the captions."""
    wb = openpyxl.Workbook()
    ws: Any = wb.active
    ws.title = "E81"
    ws["A1"] = "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH"
    ws.merge_cells("A1:AC1")
    ws["A2"] = "DINAS CONTOH TAHUN 2025"
    ws.merge_cells("A2:AC2")
    kepala = [  # (first column, width, header)
        (1, 1, "No"),
        (2, 1, "Kode"),
        (3, 1, "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan"),
        (4, 1, "Indikator Kinerja Program (outcome)/ Kegiatan (output)"),
        (5, 1, "Satuan"),
        (6, 2, "Target Renstra SKPD pada Tahun 2026 (Akhir Periode Renstra SKPD)"),
        (
            8,
            2,
            "Realisasi Capaian Kinerja Renstra SKPD sampai dengan Renja SKPD Tahun Lalu (2024)",
        ),
        (10, 2, "Target Kinerja dan Anggaran Renja SKPD Tahun Berjalan (2025) yang Dievaluasi"),
        (12, 8, "Realisasi Kinerja Pada Triwulan"),
        (20, 2, "Realisasi Capaian Kinerja dan Anggaran Renja SKPD yang Dievaluasi"),
        (22, 2, "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja SKPD yang Dievaluasi (%)"),
        (
            24,
            2,
            "Realisasi Kinerja dan Anggaran Renstra SKPD s/d Tahun 2025 (Akhir Tahun Pelaksanaan Renja SKPD Tahun 2025)",
        ),
        (26, 2, "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra SKPD s/d Tahun 2025 (%)"),
        (28, 1, "Unit SKPD Penanggung Jawab"),
        (29, 1, "Keterangan"),
    ]
    for c, w, teks in kepala:
        ws.cell(row=4, column=c, value=teks)
        tinggi = 4 if c == 12 else 5
        if w > 1 or tinggi == 5:
            ws.merge_cells(start_row=4, start_column=c, end_row=tinggi, end_column=c + w - 1)
    for n, nama in enumerate(["I", "II", "III", "IV"]):
        ws.cell(row=5, column=12 + 2 * n, value=nama)
        ws.merge_cells(start_row=5, start_column=12 + 2 * n, end_row=5, end_column=13 + 2 * n)
    for c in range(6, 28, 2):
        ws.cell(row=6, column=c, value="K")
        ws.cell(row=6, column=c + 1, value="Rp")
    nomor = {
        1: 1,
        2: 2,
        3: 3,
        4: 4,
        5: 5,
        6: 6,
        8: 7,
        10: 8,
        12: 9,
        14: 10,
        16: 11,
        18: 12,
        20: "13 = 9 + 10 + 11 + 12",
        22: "14 = 13 / 8 x 100%",
        24: "15 = 7 + 13",
        26: "16 = 15 / 6 x 100%",
        28: 17,
        29: 18,
    }
    for c, v in nomor.items():
        ws.cell(row=7, column=c, value=v)
    for i, r in enumerate(RUJUKAN):
        row = 8 + i
        ws.cell(row=row, column=1, value=i + 1)
        ws.cell(row=row, column=2, value=r[1])
        ws.cell(row=row, column=3, value=r[2])
        ws.cell(row=row, column=4, value=r[3])
        ws.cell(row=row, column=5, value=r[4])
        for n in range(7):
            ck = 6 + 2 * n
            ws.cell(row=row, column=ck, value=_k(i, n))
            ws.cell(row=row, column=ck + 1, value=_rp(i, n))
        ws.cell(row=row, column=20, value=f"=L{row}+N{row}+P{row}+R{row}")
        ws.cell(row=row, column=21, value=f"=M{row}+O{row}+Q{row}+S{row}")
        ws.cell(row=row, column=28, value="Bidang Perencanaan")
    if ubah:
        ubah(ws)
    return _simpan(wb, path)


def buat_urutan_lain(path: Path, *, spasi: bool = False) -> Path:
    """Another column order, one header row, indentation, a LAIN column."""
    wb = openpyxl.Workbook()
    ws: Any = wb.active
    ws.title = "Evaluasi Renja"
    kepala = [
        (1, 1, "No."),
        (2, 1, "Sasaran"),
        (3, 1, "Program / Kegiatan / Sub Kegiatan"),
        (4, 1, "Satuan"),
        (5, 1, "Indikator Kinerja"),
        (6, 2, "Target Kinerja dan Anggaran Renja Tahun 2025"),
        (8, 2, "Realisasi Triwulan I"),
        (10, 2, "Realisasi Triwulan II"),
        (12, 2, "Realisasi Triwulan III"),
        (14, 2, "Realisasi Triwulan IV"),
        (16, 2, "Target Renstra Tahun 2026"),
        (18, 2, "Realisasi Renstra s/d Renja Tahun 2024"),
        (20, 2, "Realisasi Renja yang dievaluasi"),
        (22, 2, "Realisasi Renstra s.d. Tahun 2025"),
        (24, 2, "Tingkat Capaian Renstra (%)"),
    ]
    for c, _w, teks in kepala:
        ws.cell(row=1, column=c, value=teks)
    for c in range(6, 26, 2):
        ws.cell(row=2, column=c, value="K")
        ws.cell(row=2, column=c + 1, value="Rp.")
    nomor = {
        1: 1,
        2: 2,
        3: 3,
        4: 4,
        5: 5,
        6: 6,
        8: 7,
        10: 8,
        12: 9,
        14: 10,
        16: 11,
        18: 12,
        20: "13 = 7 + 8 + 9 + 10",
        22: "14 = 12 + 13",
        24: "15 = 14 / 11 x 100",
    }
    for c, v in nomor.items():
        ws.cell(row=3, column=c, value=v)
    susunan = {2: 6, 3: 8, 4: 10, 5: 12, 6: 14, 0: 16, 1: 18}
    for i, r in enumerate(RUJUKAN):
        row = 4 + i
        ws.cell(row=row, column=1, value=i + 1)
        ws.cell(row=row, column=2, value="Meningkatnya kinerja" if i == 0 else None)
        nama = ws.cell(row=row, column=3, value=(" " * 2 * _inden(i) + r[2]) if spasi else r[2])
        if not spasi:
            nama.alignment = Alignment(indent=_inden(i))
        ws.cell(row=row, column=4, value=r[4])
        ws.cell(row=row, column=5, value=r[3])
        for n, ck in susunan.items():
            ws.cell(row=row, column=ck, value=_k(i, n))
            ws.cell(row=row, column=ck + 1, value=_rp(i, n))
    return _simpan(wb, path)


def buat_persen(path: Path) -> Path:
    """A cumulative % per quarter (K per quarter = what it added), fill-colour levels."""
    wb = openpyxl.Workbook()
    ws: Any = wb.active
    ws.title = "TW IV"
    ws["A1"] = "Evaluasi Terhadap Hasil RKPD"
    kepala = [
        (1, "No"),
        (2, "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan"),
        (3, "Indikator Kinerja Program (Outcome)/Kegiatan (Output)"),
        (4, "Satuan"),
        (5, "Target Renstra Perangkat Daerah Pada Tahun 2030 (Akhir Periode Renstra)"),
        (7, "Realisasi Capaian Kinerja Renstra Perangkat Daerah sampai dengan Renja Tahun 2024"),
        (9, "Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan (Tahun 2025)"),
        (11, "Realisasi Kinerja Pada Triwulan"),
        (23, "Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi"),
    ]
    for c, teks in kepala:
        ws.cell(row=3, column=c, value=teks)
    ws.merge_cells("K3:V3")
    for n, nama in enumerate(["I", "II", "III", "IV"]):
        ws.cell(row=4, column=11 + 3 * n, value=nama)
        ws.merge_cells(start_row=4, start_column=11 + 3 * n, end_row=4, end_column=13 + 3 * n)
    nomor = {
        1: 1,
        2: 2,
        3: 3,
        4: 4,
        5: 5,
        7: 6,
        9: 7,
        11: 8,
        14: 9,
        17: 10,
        20: 11,
        23: "12 = 8 + 9 + 10 + 11",
    }
    for c, v in nomor.items():
        ws.cell(row=5, column=c, value=v)
    for c in (5, 7, 9, 23):
        ws.cell(row=6, column=c, value="K")
        ws.cell(row=6, column=c + 1, value="Rp.")
    for n in range(4):
        ws.cell(row=6, column=11 + 3 * n, value="K")
        ws.cell(row=6, column=12 + 3 * n, value="%")
        ws.cell(row=6, column=13 + 3 * n, value="Rp.")
    warna = {
        Jenjang.PROGRAM: "FFB4C6E7",
        Jenjang.KEGIATAN: "FFFFE699",
        Jenjang.SUB_KEGIATAN: "FFFFFFFF",
    }
    for i, r in enumerate(RUJUKAN):
        row = 7 + i
        ws.cell(row=row, column=1, value=i + 1)
        nama = ws.cell(row=row, column=2, value=r[2])
        nama.fill = PatternFill(fill_type="solid", fgColor=warna[r[0]])
        ws.cell(row=row, column=3, value=r[3])
        ws.cell(row=row, column=4, value=r[4])
        for n, c in enumerate((5, 7, 9)):
            ws.cell(row=row, column=c, value=_k(i, n))
            ws.cell(row=row, column=c + 1, value=_rp(i, n))
        target = _k(i, 2)
        levels = [_k(i, 3 + n) for n in range(4)]
        konsolidasi = r[4] in ("%", "Nilai")
        kumulatif = levels if konsolidasi else [sum(levels[: n + 1]) for n in range(4)]
        sebelum = 0
        for n in range(4):
            c = 11 + 3 * n
            ws.cell(row=row, column=c, value=kumulatif[n] - sebelum)
            persen = ws.cell(
                row=row, column=c + 1, value=Fraction(kumulatif[n], target).__float__()
            )
            persen.number_format = "0%"
            ws.cell(row=row, column=c + 2, value=_rp(i, 3 + n))
            sebelum = kumulatif[n]
    return _simpan(wb, path)


def buat_csv(path: Path) -> Path:
    """The urutan_lain layout as CSV: semicolons, Indonesian numbers, leading spaces."""
    baris = [
        [
            "No",
            "Program / Kegiatan / Sub Kegiatan",
            "Satuan",
            "Indikator",
            "Target Renja",
            "",
            "Realisasi Triwulan I",
            "",
            "Realisasi Triwulan II",
            "",
            "Realisasi Triwulan III",
            "",
            "Realisasi Triwulan IV",
            "",
            "Target Renstra",
            "",
            "Realisasi Renstra s/d Renja Tahun Lalu",
            "",
        ],
        ["1", "2", "3", "4", "5", "", "6", "", "7", "", "8", "", "9", "", "10", "", "11", ""],
        ["", "", "", "", *(["K", "Rp"] * 7)],
    ]
    susunan = (2, 3, 4, 5, 6, 0, 1)
    for i, r in enumerate(RUJUKAN):
        isi = [str(i + 1), " " * 2 * _inden(i) + r[2], r[4], r[3]]
        for n in susunan:
            isi += [str(_k(i, n)), f"{_rp(i, n):,}".replace(",", ".")]
        baris.append(isi)
    path.write_text("\n".join(";".join(b) for b in baris) + "\n", encoding="utf-8")
    return path


# -- what "the same records" means -----------------------------------------------


def rekaman(tabel: TabelE81, *, kolom: Sequence[Kolom] = KOLOM_MASUKAN) -> list[tuple[Any, ...]]:
    """Each row's structure and its input K and Rp (blank as None)."""
    hasil = []
    for b in tabel.baris:
        nilai = tuple(
            (k.value, bg.value, b.angka(k, bg)) for k in kolom for bg in (Bagian.K, Bagian.RP)
        )
        hasil.append((b.jenjang, b.nama, b.indikator, b.satuan, b.konsolidasi, nilai))
    return hasil


def rekaman_rujukan() -> list[tuple[Any, ...]]:
    hasil = []
    for i, r in enumerate(RUJUKAN):
        nilai = []
        for n, k in enumerate(KOLOM_MASUKAN):
            nilai.append((k.value, "K", F(_k(i, n))))
            nilai.append((k.value, "Rp", F(_rp(i, n))))
        aturan = Konsolidasi.TERAKHIR if r[4] in ("%", "Nilai") else Konsolidasi.JUMLAH
        hasil.append((r[0], r[2], r[3], r[4], aturan, tuple(nilai)))
    return hasil


# -- tests ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "buat", [buat_permendagri, buat_urutan_lain], ids=["permendagri", "urutan_lain"]
)
def test_layouts_read_to_the_reference_records(
    tmp_path: Path, buat: Callable[[Path], Path]
) -> None:
    tabel = e81.baca_xlsx(buat(tmp_path / "e81.xlsx"))
    assert rekaman(tabel) == rekaman_rujukan()


def test_indentation_by_leading_spaces(tmp_path: Path) -> None:
    tabel = e81.baca_xlsx(buat_urutan_lain(tmp_path / "e81.xlsx", spasi=True))
    assert rekaman(tabel) == rekaman_rujukan()


def test_csv_reads_to_the_reference_records(tmp_path: Path) -> None:
    tabel = e81.baca_csv(buat_csv(tmp_path / "e81.csv"))
    assert rekaman(tabel) == rekaman_rujukan()
    assert not tabel.rumus_terbaca


def test_codes_give_the_hierarchy_and_are_kept(tmp_path: Path) -> None:
    tabel = e81.baca_xlsx(buat_permendagri(tmp_path / "e81.xlsx"))
    assert [b.kode for b in tabel.baris] == [r[1] for r in RUJUKAN]
    assert {b.penanggung_jawab for b in tabel.baris} == {"Bidang Perencanaan"}


def test_layouts_are_recognised_by_meaning_not_letter(tmp_path: Path) -> None:
    lembar_a = e81.baca_xlsx(buat_permendagri(tmp_path / "a.xlsx"))
    lembar_b = e81.baca_xlsx(buat_urutan_lain(tmp_path / "b.xlsx"))
    sel_a = lembar_a.baris[2].isi(Kolom.TARGET_RENJA, Bagian.K).sel
    sel_b = lembar_b.baris[2].isi(Kolom.TARGET_RENJA, Bagian.K).sel
    assert sel_a is not None
    assert sel_b is not None
    assert (sel_a.a1, sel_b.a1) == ("J10", "F6")


def test_cumulative_percent_layout_gives_the_same_evaluation(tmp_path: Path) -> None:
    rujukan = e81.baca_xlsx(buat_urutan_lain(tmp_path / "a.xlsx"))
    persen = e81.baca_xlsx(buat_persen(tmp_path / "p.xlsx"))
    assert persen.persen_triwulan
    assert not rujukan.persen_triwulan
    # the same structure, targets and Rp
    tetap = (Kolom.TARGET_RENSTRA, Kolom.REALISASI_RENSTRA_LALU, Kolom.TARGET_RENJA)
    assert rekaman(persen, kolom=tetap) == rekaman(rujukan, kolom=tetap)
    # the same realisasi and capaian, though the quarters' K are written differently
    for a, b in zip(e81.hitung(rujukan), e81.hitung(persen), strict=True):
        for kunci in (
            (Kolom.REALISASI_RENJA, Bagian.K),
            (Kolom.REALISASI_RENJA, Bagian.RP),
            (Kolom.REALISASI_RENSTRA, Bagian.K),
            (Kolom.CAPAIAN_RENSTRA, Bagian.K),
        ):
            assert a.angka(*kunci) == b.angka(*kunci), kunci
    # and the quarters add up in the % layout
    assert [t for t in e81.periksa(persen).temuan if t.temuan.aturan == "triwulan"] == []


def test_fill_levels_map_onto_the_lowest_levels(tmp_path: Path) -> None:
    tabel = e81.baca_xlsx(buat_persen(tmp_path / "p.xlsx"))
    assert [b.jenjang for b in tabel.baris] == [r[0] for r in RUJUKAN]


def test_percentage_cells_formatted_as_percent_are_read_as_percent(tmp_path: Path) -> None:
    tabel = e81.baca_xlsx(buat_persen(tmp_path / "p.xlsx"))
    assert [tabel.baris[1].angka(k, Bagian.PERSEN) for k in KOLOM_TRIWULAN] == [40, 60, 80, 100]


@pytest.mark.parametrize(
    ("kepala", "kolom"),
    [
        ("Target Renstra SKPD pada Tahun 2026 (Akhir Periode Renstra SKPD)", Kolom.TARGET_RENSTRA),
        (
            "Target RPJMD Kabupaten/kota pada Tahun 2026 (Akhir Periode RPJMD)",
            Kolom.TARGET_RENSTRA,
        ),
        (
            "Target Kinerja dan Anggaran RKPD Kabupaten Tahun Berjalan (Tahun n-1) yang dievaluasi",
            Kolom.TARGET_RENJA,
        ),
        (
            "Realisasi Capaian Kinerja RPJMD Kabupaten/kota sampai dengan RKPD Kabupaten/kota Tahun Lalu (n-2)",
            Kolom.REALISASI_RENSTRA_LALU,
        ),
        ("Realisasi capaian Kinerja Renstra Tahun 2021 (n-2)", Kolom.REALISASI_RENSTRA_LALU),
        ("Realisasi Capaian Kinerja Renstra s/d Tahun Lalu", Kolom.REALISASI_RENSTRA_LALU),
        (
            "Realisasi Kinerja dan Anggaran Renstra SKPD s/d Renja SKPD Tahun 2025 "
            "(Akhir Tahun Pelaksanaan Renja SKPD Tahun 2025)",
            Kolom.REALISASI_RENSTRA,
        ),
        (
            "Realisasi Kinerja dan Anggaran RPJMD Kabupaten s/d Tahun 2018 "
            "(Akhir Tahun Pelaksanaan RKPD Tahun 2018)",
            Kolom.REALISASI_RENSTRA,
        ),
        ("Realisasi Capaian Kinerja dan Anggaran RKPD yang Dievaluasi", Kolom.REALISASI_RENJA),
        ("Tingkat Capaian Kinerja dan Realisasi Anggaran RKPD (%)", Kolom.CAPAIAN_RENJA),
        (
            "Tingkat Capaian Kinerja dan Realisasi Anggaran RPJMD s/d Tahun 2025 (%)",
            Kolom.CAPAIAN_RENSTRA,
        ),
        ("Unit Kerja Perangkat Daerah Penanggungjawab", Kolom.PENANGGUNG_JAWAB),
        ("Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan", Kolom.URAIAN),
        ("Indikator Program/Kegiatan/Sub Kegiatan", Kolom.INDIKATOR),
    ],
)
def test_header_variants(kepala: str, kolom: Kolom) -> None:
    from sakip.e81.layout import arti_kepala

    assert arti_kepala(kepala) is kolom


def test_a_code_split_over_one_column_per_level(tmp_path: Path) -> None:
    """Some layouts print the code in five columns (urusan, bidang, program, kegiatan, sub)."""
    baris = [
        [
            "No",
            "Kode",
            "",
            "",
            "",
            "",
            "Program / Kegiatan / Sub Kegiatan",
            "Satuan",
            "Indikator",
            "Target Renja",
            "",
            "Realisasi Triwulan I",
            "",
            "Realisasi Triwulan II",
            "",
            "Realisasi Triwulan III",
            "",
            "Realisasi Triwulan IV",
            "",
        ],
        ["1", "2", "", "", "", "", "3", "4", "5", "6", "", "7", "", "8", "", "9", "", "10", ""],
        ["", "", "", "", "", "", "", "", "", *(["K", "Rp"] * 5)],
    ]
    for i, r in enumerate(RUJUKAN):
        potong = r[1].split(".")
        kode = [potong[0], potong[1], potong[2], ".".join(potong[3:5]), ".".join(potong[5:])]
        isi = [str(i + 1), *kode, r[2], r[4], r[3]]
        for n in (2, 3, 4, 5, 6):
            isi += [str(_k(i, n)), f"{_rp(i, n):,}".replace(",", ".")]
        baris.append(isi)
    p = tmp_path / "kode.csv"
    p.write_text("\n".join(";".join(b) for b in baris) + "\n", encoding="utf-8")
    tabel = e81.baca_csv(p)
    assert [b.kode for b in tabel.baris] == [r[1] for r in RUJUKAN]
    assert [b.jenjang for b in tabel.baris] == [r[0] for r in RUJUKAN]


# -- the layout's names the audit's CSV kind signs share ------------------------------------


def test_the_shared_layout_names_refuse_what_is_not_theirs() -> None:
    from sakip.e81.berkas_csv import pemisah_kolom
    from sakip.e81.layout import Lembar, arti_kepala, baris_keterangan
    from sakip.errors import InvalidTypeError, ReportFormatError

    for panggil in (
        lambda: arti_kepala(None),  # type: ignore[arg-type]
        lambda: pemisah_kolom(b"a;b"),  # type: ignore[arg-type]
        lambda: baris_keterangan("sheet"),  # type: ignore[arg-type]
        lambda: baris_keterangan(Lembar(nama="", berkas="", sel=()), batas_kepala="40"),  # type: ignore[arg-type]
    ):
        with pytest.raises(InvalidTypeError):
            panggil()
    with pytest.raises(ReportFormatError, match="numbered caption row"):
        baris_keterangan(Lembar(nama="S", berkas="f.csv", sel=()))
