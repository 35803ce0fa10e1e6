"""CSV rows as full citizens: metode, a per-file decimal separator, predikat, totals, the same result shape."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Literal

import pytest

from sakip import contoh
from sakip.audit import periksa, periksa_baris, periksa_berkas
from sakip.audit.tampil import tampil_markdown, tampil_teks
from sakip.errors import InvalidTypeError, ReportFormatError
from sakip.laporan import baca_csv_anggaran

INDIKATOR = """# pemisah_desimal: .
# skala: PERMENDAGRI_86_2017
kode,nama,arah,metode,target,realisasi,capaian_dicetak,predikat_dicetak
i1,Angka kemiskinan,turun,rasio,7.5,6,125.00,Sangat Tinggi
i2,Waktu layanan,turun,,10,8,120.00,Tinggi
i3,Cakupan,naik,,90,45,50.00,Sangat Rendah
"""

ANGGARAN = """kode;nama;pagu;realisasi;penyerapan_dicetak
p1;Program Satu;1.000.000;950.000;95,00
p1.k1;Kegiatan A;600.000;600.000;100,00
p1.k2;Kegiatan B;400.000;350.000;87,50
p2;Program Dua;500.000;550.000;110,00
total;Jumlah;1.500.000;1.400.000;93,33
"""


def _berkas(tmp_path: Path, nama: str, isi: str) -> Path:
    f = tmp_path / nama
    f.write_text(isi, encoding="utf-8")
    return f


def test_indicator_rows_with_method_separator_and_predikat(tmp_path: Path) -> None:
    hasil = periksa_berkas(_berkas(tmp_path, "iku.csv", INDIKATOR))
    assert [(t.letak, t.dicetak, t.dihitung) for t in hasil.temuan] == [
        ("iku.csv / row 5 (i2) / predikat", "Tinggi", "Sangat Tinggi"),
    ]
    assert hasil.diperiksa == 6
    # the recomputed table is in the file's notation, as its findings are
    assert hasil.tabel[0].baris[0][1:4] == ("7.50", "6.00", "125.00")


def test_the_recomputed_budget_table_is_in_the_files_notation(tmp_path: Path) -> None:
    titik = "# pemisah_desimal: .\n" + ANGGARAN.replace(".", "").replace(",", ".")
    baris = periksa_berkas(_berkas(tmp_path, "titik.csv", titik)).tabel[0].baris
    assert baris[0][2:] == ("1000000", "950000", "95.00")
    baris = periksa_berkas(_berkas(tmp_path, "koma.csv", ANGGARAN)).tabel[0].baris
    assert baris[0][2:] == ("1.000.000", "950.000", "95,00")


def test_budget_rows_totals_and_overspending(tmp_path: Path) -> None:
    hasil = periksa_berkas(_berkas(tmp_path, "anggaran.csv", ANGGARAN))
    got = [(t.aturan, t.letak, t.dicetak, t.dihitung) for t in hasil.temuan]
    assert got == [
        ("anggaran", "anggaran.csv / row 5 (p2) / realisasi", "550.000", "pagu 500.000"),
        ("angka", "anggaran.csv / row 6 (total) / realisasi", "1.400.000", "1.500.000"),
    ]


def test_csv_and_toml_results_have_the_same_shape(tmp_path: Path) -> None:
    csv_ = periksa_berkas(_berkas(tmp_path, "anggaran.csv", ANGGARAN)).ke_dict()
    toml_ = periksa(contoh.dumai_2023()).ke_dict()
    assert csv_.keys() == toml_.keys()
    assert csv_["laporan"] is None
    json.dumps(csv_)
    for hasil in (periksa_berkas(tmp_path / "anggaran.csv"),):
        for tampil in (tampil_teks, tampil_markdown):
            out = io.StringIO()
            tampil(hasil, out)
            assert "Anggaran per program" in out.getvalue()


@pytest.mark.parametrize(
    ("isi", "pesan"),
    [
        ("# skala: TIDAK_ADA\nkode,nama,pagu,realisasi\n", "line 1, # skala must be one of"),
        ("# pemisah_desimal: x\nkode,nama,pagu,realisasi\n", "line 1, # pemisah_desimal"),
        (
            "# skala: ATRIBUT_CAPAIAN\n# skala: PERMENDAGRI_86_2017\nkode,nama,pagu,realisasi\n",
            "line 2, # skala must be set once",
        ),
        (
            "kode,nama,pagu,realisasi\np1,A,3,2\np1,B,3,2\n",
            "row 3, column kode must be unique (also on row 2)",
        ),
        (
            "kode,nama,arah,target,realisasi\ni1,A,naik,1,1\ni1,B,naik,1,1\n",
            "row 3, column kode must be unique",
        ),
        ("kode,nama,arah,target,realisasi\nk,n,naik,95.03,1\n", "row 2, column target"),
        (
            'kode,nama,arah,target,realisasi\nk,n,naik,5,"0,00000000000000000000000000000001"\n',
            "row 2, column realisasi must be smaller than 10**30",
        ),
        ("kode,nama,arah,metode,target,realisasi\nk,n,turun,bagi,1,1\n", "row 2, column metode"),
    ],
)
def test_csv_errors_name_the_file_and_row(tmp_path: Path, isi: str, pesan: str) -> None:
    with pytest.raises(ReportFormatError) as info:
        periksa_berkas(_berkas(tmp_path, "x.csv", isi))
    assert info.value.berkas == "x.csv"
    assert pesan in str(info.value)


def test_a_capaian_outside_the_scale_is_a_finding_for_its_row(tmp_path: Path) -> None:
    # The AKIP scale stops at 100: a capaian of 118,79 has no band there.
    isi = (
        "# skala: PERMENPANRB_88_2021\n"
        "kode,nama,arah,target,realisasi,capaian_dicetak,predikat_dicetak\n"
        'i1,A,naik,100,"118,79","118,79",A\n'
        'i2,B,naik,100,90,"90,00",A\n'
    )
    hasil = periksa_berkas(_berkas(tmp_path, "iku.csv", isi))
    assert [(t.aturan, t.letak, t.dihitung) for t in hasil.temuan] == [
        ("tak-terhitung", "iku.csv / row 3 (i1) / predikat", "tidak terhitung"),
    ]
    assert "118,79 must lie within the scale" in hasil.temuan[0].keterangan
    assert [r[-1] for r in hasil.tabel[0].baris] == ["-", "A"]


@pytest.mark.parametrize(
    ("dicetak", "temuan"), [("-", []), ("n/a", []), ("0,00", ["tak-terhitung"])]
)
def test_a_dash_printed_where_no_percentage_exists(
    tmp_path: Path, dicetak: str, temuan: list[str]
) -> None:
    # a pagu of 0 has no penyerapan: "-" or "n/a" there is consistent, as in a TOML report
    isi = f"kode;nama;pagu;realisasi;penyerapan_dicetak\np1;Program Satu;0;0;{dicetak}\n"
    hasil = periksa_berkas(_berkas(tmp_path, "nol.csv", isi))
    assert [t.aturan for t in hasil.temuan] == temuan


def test_a_dash_printed_where_a_percentage_exists_is_a_finding(tmp_path: Path) -> None:
    isi = "kode;nama;pagu;realisasi;penyerapan_dicetak\np1;Program Satu;1.000;950;-\n"
    hasil = periksa_berkas(_berkas(tmp_path, "strip.csv", isi))
    assert [(t.aturan, t.dicetak, t.dihitung) for t in hasil.temuan] == [("angka", "-", "95")]


@pytest.mark.parametrize(
    ("dicetak", "temuan"),
    [("42,86 persen", []), ("42,9 Persen", []), ("42,86%", []), ("(42,86)", ["angka"])],
)
def test_places_are_counted_as_baca_reads_the_figure(
    tmp_path: Path, dicetak: str, temuan: list[str]
) -> None:
    # 3 / 7 = 42,857...%: "42,86 persen" shows two places (it was counted as 9, and 42,86
    # compared with 42,857142857)
    isi = f"kode;nama;pagu;realisasi;penyerapan_dicetak\np1;A;7;3;{dicetak}\n"
    hasil = periksa_berkas(_berkas(tmp_path, "p.csv", isi))
    assert [t.aturan for t in hasil.temuan] == temuan


@pytest.mark.parametrize("tempat", [28, 29, 30])
def test_a_percentage_printed_with_nearly_the_most_places(tmp_path: Path, tempat: int) -> None:
    # rounding twice tried more places than sakip writes: an IndexError, not a finding
    dicetak = "99," + "0" * (tempat - 1) + "1"
    isi = f"kode;nama;pagu;realisasi;penyerapan_dicetak\np1;A;100000;99000;{dicetak}\n"
    hasil = periksa_berkas(_berkas(tmp_path, "p.csv", isi))
    assert [t.aturan for t in hasil.temuan] == ["angka"]


def test_a_percentage_printed_with_more_places_than_sakip_reads(tmp_path: Path) -> None:
    dicetak = "99," + "0" * 30 + "1"
    isi = f"kode;nama;pagu;realisasi;penyerapan_dicetak\np1;A;100000;99000;{dicetak}\n"
    with pytest.raises(ReportFormatError, match="must show at most 30 decimal places"):
        periksa_berkas(_berkas(tmp_path, "p.csv", isi))


@pytest.mark.parametrize("pemisah", [";", "", " ,", 1, b",", [","], True])
def test_periksa_baris_refuses_a_separator_at_its_edge(pemisah: object) -> None:
    rows = baca_csv_anggaran(io.StringIO(ANGGARAN))
    with pytest.raises(InvalidTypeError) as info:
        periksa_baris(rows, pemisah_desimal=pemisah)  # type: ignore[arg-type]
    assert str(info.value) == f"pemisah_desimal must be ',', '.' or None (got {pemisah!r})"


@pytest.mark.parametrize(
    ("pemisah", "dicetak", "dihitung"),
    [(None, "90,0", "92,5"), (",", "90,0", "92,5"), (".", "90.0", "92.5")],
)
def test_periksa_baris_writes_a_k_finding_in_the_separator_it_takes(
    pemisah: Literal[",", "."] | None, dicetak: str, dihitung: str
) -> None:
    # the separator reaches the model of the rows with K (its Lampiran and Cetakan)
    rows = baca_csv_anggaran(
        io.StringIO(
            "kode;nama;pagu;realisasi;indikator;satuan;target_k;realisasi_k;k_persen_dicetak\n"
            f"p1;P;10;9;Dokumen;Dok;40;37;{dicetak}\n"
        )
    )
    (t,) = periksa_baris(rows, berkas="a.csv", pemisah_desimal=pemisah)
    assert (t.letak, t.dicetak, t.dihitung) == (
        "a.csv / row 2 (p1) / k_persen_dicetak",
        dicetak,
        dihitung,
    )
