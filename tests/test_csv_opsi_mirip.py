"""A ``#`` line of a rows CSV that looks like an option but is not one is refused.

A review found ``# skala_predikat: PERMENPANRB_88_2021`` (the TOML report's key) taken for
a comment: the file was rated on the default scale without a word. A line with ":" or "="
whose key names an option another way (``skala_predikat``, ``pemisah-desimal``,
``Pemisah``), or whose value is a scale's name, must be one, written ``# key: value``; any
other ``#`` line stays a comment.
"""

from __future__ import annotations

import io

import pytest

from sakip.errors import ReportFormatError
from sakip.laporan import baca_csv_indikator, baca_csv_opsi

BARIS = "kode,nama,arah,target,realisasi,predikat_dicetak\ni1,x,naik,80,72,A\n"


@pytest.mark.parametrize(
    ("baris", "maksud"),
    [
        ("# skala_predikat: PERMENPANRB_88_2021", "skala"),
        ("# skala = PERMENPANRB_88_2021", "skala"),
        ("# Skala Penilaian: PERMENPANRB_88_2021", "skala"),
        ("# pemisah-desimal: .", "pemisah_desimal"),
        ("# pemisah desimal: .", "pemisah_desimal"),
        ("#pemisah_desimal = .", "pemisah_desimal"),
        ("# satuan_rupiah = rupiah", "satuan_rupiah"),
    ],
)
def test_an_option_misspelled_is_refused_naming_the_one_it_means(baris: str, maksud: str) -> None:
    with pytest.raises(ReportFormatError) as info:
        baca_csv_indikator(io.StringIO(f"# sumber: LKjIP\n{baris}\n{BARIS}"), berkas="i.csv")
    e = info.value
    assert (e.berkas, e.letak, e.value) == ("i.csv", "line 2", baris)
    assert f"must set an option as '# {maksud}: value'" in str(e)


@pytest.mark.parametrize(
    "baris",
    [
        "# Sumber: LKjIP 2023 Dinas Sosial, Tabel 3.5",
        "# Skala penilaian mengikuti Permendagri 86/2017",  # no ":" or "=": prose
        "# satuan: persen",
        "# catatan = angka sebagaimana dicetak",
        "# Pemisahan program dan kegiatan: mengikuti Lampiran Renja 2023",  # a review's
        "# Skala pengukuran capaian: lihat Bab III",
        "# skalanya 1 = sangat rendah, 5 = sangat tinggi",
        "# Desimal ditulis dengan koma, seperti dicetak",
        "# Desimal: dua angka di belakang koma, seperti dicetak",  # a review's
        "#",
    ],
)
def test_other_hash_lines_stay_comments(baris: str) -> None:
    assert baca_csv_opsi(io.StringIO(f"{baris}\n{BARIS}")).skala == "PERMENDAGRI_86_2017"


@pytest.mark.parametrize("kunci", ["skala", "Skala", " SKALA "])
def test_the_option_itself_is_read_in_any_case(kunci: str) -> None:
    opsi = baca_csv_opsi(io.StringIO(f"#{kunci}: PERMENPANRB_88_2021\n{BARIS}"))
    assert opsi.skala == "PERMENPANRB_88_2021"
