"""Budget rows CSV: a row's Renstra realisasi up to last year (form E.81, column 7:
``realisasi_lalu_k``, ``realisasi_lalu_rp``) and the Renstra realisasi up to this year it
printed (column 14: ``rpjmd_k_dicetak``, ``rpjmd_rp_dicetak``), read by the model's rules
and audited as a TOML report's ``rpjmd_k`` / ``rpjmd_rp``. Figures: rows 94 and 95 of the
Deli Serdang 2025 E.81 workbook, as ``tests/test_laporan_realisasi_lalu.py`` has them."""

from __future__ import annotations

import io
from fractions import Fraction

import pytest

from sakip.audit import periksa_baris
from sakip.audit.baris import periksa_csv_teks
from sakip.errors import ReportFormatError
from sakip.laporan import BarisAnggaran, baca_csv_anggaran

KEPALA = (
    "kode;nama;pagu;realisasi;indikator;satuan;target_k;realisasi_k;"
    "realisasi_lalu_k;realisasi_lalu_rp;rpjmd_k_dicetak;rpjmd_rp_dicetak\n"
)
#: Rows 94 and 95: 1,84 + 2 = 3,84 and 34.051.100 + 19.244.000 = 53.295.100; 1,86 + 2 = 3,86
#: and 34.267.300 + 19.925.000 = 54.192.300.
BARIS_94_95 = (
    "p1.k1.s1;Koordinasi dan Penyusunan KUA dan PPAS;46.830.540;19.244.000;"
    "Jumlah Dokumen KUA-PPAS;Dok;2;2;1,84;34.051.100;3,84;53.295.100\n"
    "p1.k1.s2;Koordinasi dan Penyusunan Perubahan KUA dan PPAS;47.302.540;19.925.000;"
    "Jumlah Dokumen Perubahan KUA-PPAS;Dok;2;2;1,86;34.267.300;3,86;54.192.300\n"
)


def _baca(isi: str, kepala: str = KEPALA) -> list[BarisAnggaran]:
    return baca_csv_anggaran(io.StringIO(kepala + isi), berkas="k.csv")


def _galat(isi: str, kepala: str = KEPALA) -> str:
    with pytest.raises(ReportFormatError) as e:
        _baca(isi, kepala)
    return str(e.value)


# -- reading -----------------------------------------------------------------------------


def test_the_columns_round_trip_into_the_rows_fields() -> None:
    s1, s2 = _baca(BARIS_94_95)
    assert (s1.realisasi_lalu_k, s1.realisasi_lalu_rp) == (Fraction(46, 25), 34_051_100)
    assert (s1.rpjmd_k_dicetak, s1.rpjmd_rp_dicetak) == ("3,84", "53.295.100")
    assert (s2.realisasi_lalu_k, s2.realisasi_lalu_rp) == (Fraction(93, 50), 34_267_300)


def test_the_columns_are_optional_and_blank_is_none() -> None:
    (b,) = _baca("p1;P;10;9;Dok;Dok;2;2;;;;\n")
    assert (b.realisasi_lalu_k, b.realisasi_lalu_rp, b.rpjmd_k_dicetak, b.rpjmd_rp_dicetak) == (
        None,
        None,
        None,
        None,
    )
    # Rupiah up to last year on a budget-only row: the model takes it on any sub kegiatan
    (b,) = _baca("p1;P;10;9;;;;;;5;;\n")
    assert (b.keluaran, b.realisasi_lalu_rp) == (None, 5)


def test_the_columns_are_read_in_the_files_notation() -> None:
    (b,) = _baca(
        "p1.k1.s1;KUA;46,830,540;19.244.000;Dok;Dok;2;2;1.84;34,051,100;3.84;53,295,100\n",
        "# pemisah_desimal: .\n" + KEPALA,
    )
    assert (b.realisasi_lalu_k, b.realisasi_lalu_rp, b.rpjmd_k_dicetak) == (
        Fraction(46, 25),
        34_051_100,
        "3.84",
    )


@pytest.mark.parametrize(
    ("isi", "letak", "aturan"),
    [
        # K up to last year needs the row's K (the model's rule)
        ("p1;P;1;1;;;;;2;;;\n", "row 2, column realisasi_lalu_k", "this row's K is blank"),
        # K: a bad number, a mark of no figure, an ambiguous one
        ("p1;P;1;1;Dok;Dok;2;2;dua;;;\n", "row 2, column realisasi_lalu_k", "(got 'dua')"),
        ("p1;P;1;1;Dok;Dok;2;2;-;;;\n", "row 2, column realisasi_lalu_k", "a mark of no figure"),
        ("p1;P;1;1;Dok;Dok;2;2;1.5;;;\n", "row 2, column realisasi_lalu_k", "pemisah_desimal"),
        # Rupiah: by pagu's rule (whole, not "-")
        ("p1;P;1;1;;;;;;12,5;;\n", "row 2, column realisasi_lalu_rp", "whole, non-negative"),
        ("p1;P;1;1;;;;;;-;;\n", "row 2, column realisasi_lalu_rp", "write the amount"),
        # a sub kegiatan's Rupiah: not on a row with rows nested under it, nor on a total
        (
            "p1;P;2;2;;;;;;5;;\np1.s1;S;2;2;;;;;;;;\n",
            "row 2, column realisasi_lalu_rp",
            "(row 3, 'p1.s1', is under this one): the Rupiah up to last year",
        ),
        (
            "p1;P;2;2;;;;;;;;9\np1.s1;S;2;2;;;;;;;;9\n",
            "row 2, column rpjmd_rp_dicetak",
            "is the sum of their column as printed",
        ),
        (
            "p1;P;2;2;;;;;;;;\ntotal;Jumlah;2;2;;;;;;5;;\n",
            "row 3, column realisasi_lalu_rp",
            "(row 2, 'p1', is under this one)",
        ),
        # a printed Renstra figure cites the row's code
        ("p 1;P;1;1;;;;;;;3;\n", "row 2, column kode", "letters, digits"),
        ("p 1;P;1;1;;;;;;;;3\n", "row 2, column kode", "letters, digits"),
    ],
)
def test_a_bad_cell_is_refused_naming_file_row_column_and_rule(
    isi: str, letak: str, aturan: str
) -> None:
    pesan = _galat(isi)
    assert pesan.startswith(f"k.csv: {letak} ")
    assert aturan in pesan


@pytest.mark.parametrize(
    ("isi", "kolom"),
    [
        ("p1;P;1;1;Dok;Dok;2;2;;;tiga;\n", "rpjmd_k_dicetak"),
        ("p1;P;1;1;Dok;Dok;2;2;;;;tiga\n", "rpjmd_rp_dicetak"),
        ("p1;P;1;1;Dok;Dok;2;2;;;;1.234,5.6\n", "rpjmd_rp_dicetak"),
    ],
)
def test_a_printed_renstra_figure_that_is_no_number_is_refused_naming_its_cell(
    isi: str, kolom: str
) -> None:
    with pytest.raises(ReportFormatError, match=rf"^k\.csv: row 2, column {kolom} "):
        periksa_baris(_baca(isi), berkas="k.csv")


# -- the audit ---------------------------------------------------------------------------


def test_column_14_of_rows_94_and_95_agrees() -> None:
    h = periksa_csv_teks(KEPALA + BARIS_94_95, berkas="e81.csv")
    assert (h.temuan, h.diperiksa) == ((), 4)


def test_column_14_is_checked_as_the_toml_audit_checks_it() -> None:
    salah = BARIS_94_95.replace(";3,84;53.295.100", ";2;19.244.000")  # this year's only
    temuan = periksa_csv_teks(KEPALA + salah, berkas="e81.csv").temuan
    assert [(t.letak, t.aturan, t.dicetak, t.dihitung, t.rumus) for t in temuan] == [
        (
            "e81.csv / row 2 (p1.k1.s1) / rpjmd_k_dicetak",
            "angka",
            "2",
            "3,84",
            "realisasi K s/d last year + realisasi K of the sub kegiatan (konsolidasi jumlah): 1,84 + 2",
        ),
        (
            "e81.csv / row 2 (p1.k1.s1) / rpjmd_rp_dicetak",
            "angka",
            "19.244.000",
            "53.295.100",
            "realisasi Rp s/d last year + realisasi Rp of the sub kegiatan: "
            "34.051.100 + 19.244.000",
        ),
    ]


def test_a_dot_file_writes_the_renstra_findings_with_a_point() -> None:
    teks = (
        "# pemisah_desimal: .\n" + KEPALA + "p1.k1.s1;KUA;46830540;19244000;Dok;Dok;2;2;1.84;"
        "34051100;3.5;19244000\n"
    )
    temuan = periksa_csv_teks(teks, berkas="e81.csv").temuan
    assert [(t.dicetak, t.dihitung, t.rumus.rpartition(": ")[2]) for t in temuan] == [
        ("3.5", "3.84", "1.84 + 2"),
        ("19244000", "53295100", "34051100 + 19244000"),
    ]


def test_without_column_7_column_14_is_this_years_realisasi() -> None:
    teks = KEPALA + "p1;P;10;9;Dok;Dok;2;2;;;3,84;9\n"
    temuan = periksa_csv_teks(teks, berkas="k.csv").temuan
    assert [(t.letak.rpartition(" / ")[2], t.dicetak, t.dihitung) for t in temuan] == [
        ("rpjmd_k_dicetak", "3,84", "2")
    ]


def test_a_renstra_k_printed_on_a_row_without_k_is_not_computable() -> None:
    (t,) = periksa_csv_teks(KEPALA + "p1;P;10;9;;;;;;;3;\n", berkas="k.csv").temuan
    assert (t.letak, t.aturan) == ("k.csv / row 2 (p1) / rpjmd_k_dicetak", "tak-terhitung")


def test_realisasi_above_pagu_on_a_row_with_renstra_figures_is_one_finding() -> None:
    temuan = periksa_csv_teks(KEPALA + "p1;P;10;12;Dok;Dok;2;2;;3;;15\n", berkas="k.csv").temuan
    assert [t.aturan for t in temuan] == ["anggaran"]
