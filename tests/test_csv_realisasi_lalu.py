"""Budget rows CSV: a row's Renstra realisasi up to last year (form E.81, column 7:
``realisasi_lalu_k``, ``realisasi_lalu_rp``), the rule that makes its Renstra realisasi of
last years' K and this year's (``konsolidasi_renstra``) and the Renstra realisasi up to this
year it printed (column 14: ``rpjmd_k_dicetak``, ``rpjmd_rp_dicetak``), read by the model's
rules and audited as a TOML report's ``rpjmd_k`` / ``rpjmd_rp``. Figures: rows 92 to 95 of
the Deli Serdang 2025 E.81 workbook, as ``tests/test_laporan_realisasi_lalu.py`` and the
guide have them."""

from __future__ import annotations

import io
from fractions import Fraction
from typing import Any

import pytest

from sakip.audit import periksa, periksa_baris
from sakip.audit.baris import periksa_csv_teks
from sakip.errors import InvalidTypeError, InvalidValueError, ReportFormatError
from sakip.laporan import BarisAnggaran, Keluaran, SubKegiatan, baca_csv_anggaran, dari_dict
from sakip.triwulan import Konsolidasi

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
            "realisasi K s/d last year + realisasi K of the row (konsolidasi jumlah): 1,84 + 2",
        ),
        (
            "e81.csv / row 2 (p1.k1.s1) / rpjmd_rp_dicetak",
            "angka",
            "19.244.000",
            "53.295.100",
            "realisasi Rp s/d last year + realisasi Rp of the row: 34.051.100 + 19.244.000",
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


def test_without_column_7_column_14_names_the_row_and_no_level() -> None:
    teks = KEPALA + "p1;P;10;9;Dok;Dok;2;2;;;3;7\n"
    temuan = periksa_csv_teks(teks, berkas="k.csv").temuan
    assert [(t.letak.rpartition(" / ")[2], t.rumus) for t in temuan] == [
        ("rpjmd_k_dicetak", "realisasi K of the row"),
        ("rpjmd_rp_dicetak", "realisasi Rp of the row"),
    ]


def test_a_csv_row_names_no_level_where_the_same_toml_row_names_its_own() -> None:
    """A CSV does not say a row's level: its explanation does not guess one (the model
    builds every row as a sub kegiatan); the same row of a TOML report names its level."""
    (t,) = periksa_csv_teks(KEPALA + "p1;P;10;9;Dok;Dok;2;2;1;;4;\n", berkas="k.csv").temuan
    assert (
        t.rumus == "realisasi K s/d last year + realisasi K of the row (konsolidasi jumlah): 1 + 2"
    )
    laporan = dari_dict(
        {
            "skema": 1,
            "laporan": {
                "instansi": "I",
                "tahun": 2024,
                "judul": "J",
                "sumber": "S",
                "renstra": [2021, 2026],
            },
            "lampiran": {
                "tabel": "T",
                "kolom": {"rpjmd_k": {"judul": "rpjmd_k_dicetak", "besaran": "rpjmd_k"}},
            },
            "program": [
                {
                    "kode": "p1",
                    "nama": "P",
                    "indikator": "Dok",
                    "satuan": "Dok",
                    "target_k": "2",
                    "realisasi_k": "2",
                    "realisasi_lalu_k": "1",
                    "dicetak": {"rpjmd_k": "4"},
                    "kegiatan": [],
                }
            ],
        }
    )
    (t,) = periksa(laporan).temuan
    assert t.rumus == (
        "realisasi K s/d last year + realisasi K of the program (konsolidasi jumlah): 1 + 2"
    )


# -- the rule across years (konsolidasi_renstra) ------------------------------------------

#: Rows 92 and 93 of the Deli Serdang 2025 E.81 workbook (as ``docs/panduan/format-berkas.md``
#: has them): percentages whose quarters add (``konsolidasi`` jumlah, column 13 = 9 + 10 +
#: 11 + 12) while a percentage is a level, not added across years (``konsolidasi_renstra``
#: terakhir); columns 7 (83, 93) and the column 14 K they printed (183, 193: 7 + 13).
KEPALA_RENSTRA = (
    "kode;nama;pagu;realisasi;indikator;satuan;target_k;tw_k_1;tw_k_2;tw_k_3;tw_k_4;"
    "realisasi_k;konsolidasi;realisasi_lalu_k;konsolidasi_renstra;rpjmd_k_dicetak\n"
)
BARIS_92_93 = (
    "p1;Program Pengelolaan Keuangan Daerah;94.133.080;39.169.000;Persentase Pendanaan;%;"
    "100;0;30;45;25;100;jumlah;83;terakhir;183\n"
    "p1.k1;Koordinasi dan Penyusunan Rencana Anggaran Daerah;94.133.080;39.169.000;"
    "Persentase Ketersediaan Dokumen;%;100;0;30;45;25;100;jumlah;93;terakhir;193\n"
)


def test_the_rule_across_years_round_trips_into_the_rows_field() -> None:
    program, kegiatan = _baca(BARIS_92_93, KEPALA_RENSTRA)
    assert (program.konsolidasi, program.konsolidasi_renstra) == (
        Konsolidasi.JUMLAH,
        Konsolidasi.TERAKHIR,
    )
    assert kegiatan.konsolidasi_renstra is Konsolidasi.TERAKHIR
    # blank: None, the row's konsolidasi does both jobs
    (b,) = _baca("p1;P;1;1;Dok;Dok;2;;;;;2;;1;;\n", KEPALA_RENSTRA)
    assert (b.konsolidasi_renstra, b.realisasi_lalu_k) == (None, Fraction(1))
    # it needs no quarters (konsolidasi does), and is read as konsolidasi is (any case)
    (b,) = _baca("p1;P;1;1;Dok;Dok;2;;;;;2;;1;Rata-Rata;\n", KEPALA_RENSTRA)
    assert b.keluaran is not None
    assert (b.keluaran.tw_k, b.konsolidasi_renstra) == (None, Konsolidasi.RATA_RATA)


@pytest.mark.parametrize(
    ("isi", "aturan"),
    [
        # on a budget-only row: no K to consolidate
        ("p1;P;1;1;;;;;;;;;;;terakhir;\n", "applies to a row's K, and this row's K is blank"),
        # without last years' K: it would change nothing
        (
            "p1;P;1;1;Dok;Dok;2;;;;;2;;;terakhir;\n",
            "applies to last years' K (realisasi_lalu_k), and this row gives none: without "
            "them the Renstra realisasi is this year's K whatever the rule (write "
            "realisasi_lalu_k, or leave konsolidasi_renstra blank) (got 'terakhir')",
        ),
        (
            "p1;P;1;1;Dok;Dok;2;0;1;1;0;2;jumlah;;terakhir;\n",
            "applies to last years' K (realisasi_lalu_k)",
        ),
        # a rule of none of the three
        (
            "p1;P;1;1;Dok;Dok;2;;;;;2;;1;sum;\n",
            "must be 'jumlah', 'terakhir' or 'rata-rata' (got 'sum')",
        ),
        ("p1;P;1;1;Dok;Dok;2;;;;;2;;1;-;\n", "(got '-')"),
    ],
)
def test_a_bad_rule_across_years_is_refused_naming_file_row_column_and_rule(
    isi: str, aturan: str
) -> None:
    pesan = _galat(isi, KEPALA_RENSTRA)
    assert pesan.startswith("k.csv: row 2, column konsolidasi_renstra ")
    assert aturan in pesan


def test_a_budget_only_row_names_the_rule_across_years_among_its_blank_k() -> None:
    pesan = _galat("p1;P;1;1;Dok;Dok;2;;;;;;;;;\n", KEPALA_RENSTRA)
    assert "konsolidasi, realisasi_lalu_k and konsolidasi_renstra) all blank" in pesan


def test_the_row_refuses_a_rule_across_years_without_last_years_k() -> None:
    k = Keluaran(
        indikator="Dok", satuan="Dok", target_k=Fraction(2), tw_k=None, realisasi_k=Fraction(2)
    )
    with pytest.raises(InvalidValueError, match=r"^konsolidasi_renstra needs realisasi_lalu_k"):
        BarisAnggaran(
            baris=2,
            kode="p1",
            nama="P",
            pagu=1,
            realisasi=1,
            keluaran=k,
            konsolidasi_renstra=Konsolidasi.TERAKHIR,
        )
    with pytest.raises(InvalidTypeError, match=r"^konsolidasi_renstra must be None or a"):
        BarisAnggaran(
            baris=2,
            kode="p1",
            nama="P",
            pagu=1,
            realisasi=1,
            keluaran=k,
            realisasi_lalu_k=Fraction(1),
            konsolidasi_renstra="terakhir",  # type: ignore[arg-type]
        )


_DOK = Keluaran(
    indikator="Dok", satuan="Dok", target_k=Fraction(2), tw_k=None, realisasi_k=Fraction(2)
)


@pytest.mark.parametrize(
    ("kolom", "nilai", "keluaran"),
    [
        # last years' K on a budget-only row: no K to add to
        ("realisasi_lalu_k", Fraction(2), None),
        # a rule across years with no last years' K to apply to
        ("konsolidasi_renstra", Konsolidasi.TERAKHIR, _DOK),
    ],
)
def test_the_row_and_the_model_refuse_by_one_rule_each_naming_its_place(
    kolom: str, nilai: object, keluaran: Keluaran | None
) -> None:
    lebih: dict[str, Any] = {kolom: nilai}
    with pytest.raises(InvalidValueError) as csv:
        BarisAnggaran(
            baris=7, kode="p1", nama="P", pagu=1, realisasi=1, keluaran=keluaran, **lebih
        )
    k = {} if keluaran is None else keluaran._asdict()
    with pytest.raises(InvalidValueError) as model:
        SubKegiatan(kode="p1", nama="P", pagu=1, realisasi_rp=1, **k, **lebih)
    assert csv.value.field == model.value.field == kolom
    # the CSV's row names its line, the model's its code; the rule is one text
    assert " on row 7" in csv.value.expected
    assert " on row 'p1'" in model.value.expected
    assert csv.value.expected.replace("on row 7", "on row 'p1'") == model.value.expected


def test_rows_92_and_93_audit_as_the_toml_report_does() -> None:
    temuan = periksa_csv_teks(KEPALA_RENSTRA + BARIS_92_93, berkas="e81.csv").temuan
    assert [(t.letak, t.aturan, t.dicetak, t.dihitung, t.rumus) for t in temuan] == [
        (
            f"e81.csv / row {i} ({kode}) / rpjmd_k_dicetak",
            "angka",
            dicetak,
            "100",
            f"realisasi K of the row, 100 (konsolidasi_renstra terakhir: a level is not "
            f"added to last years' {lalu})",
        )
        for i, kode, dicetak, lalu in ((2, "p1", "183", "83"), (3, "p1.k1", "193", "93"))
    ]
    # what they should have printed: this year's level
    benar = BARIS_92_93.replace(";183\n", ";100\n").replace(";193\n", ";100\n")
    assert periksa_csv_teks(KEPALA_RENSTRA + benar, berkas="e81.csv").temuan == ()


@pytest.mark.parametrize(
    ("konsolidasi", "renstra", "dihitung", "rumus"),
    [
        # blank: the row's konsolidasi does both jobs, and the formula names that key
        ("terakhir", "", "2", "realisasi K of the row, 2 (konsolidasi terakhir: a level"),
        # its own rule for the years, apart from the quarters'
        ("terakhir", "jumlah", "3", "realisasi K of the row (konsolidasi_renstra jumlah): 1 + 2"),
        ("jumlah", "terakhir", "2", "realisasi K of the row, 2 (konsolidasi_renstra terakhir"),
        ("jumlah", "rata-rata", "tidak terhitung", "(konsolidasi_renstra rata-rata)"),
    ],
)
def test_column_14_follows_the_rule_across_years(
    konsolidasi: str, renstra: str, dihitung: str, rumus: str
) -> None:
    tw = "0;1;1;0" if konsolidasi == "jumlah" else "1;1;2;2"
    teks = KEPALA_RENSTRA + f"p1;P;1;1;Dok;Dok;2;{tw};2;{konsolidasi};1;{renstra};9\n"
    (t,) = periksa_csv_teks(teks, berkas="k.csv").temuan
    assert (t.letak, t.dihitung) == ("k.csv / row 2 (p1) / rpjmd_k_dicetak", dihitung)
    assert rumus in t.rumus


def test_a_rule_across_years_without_quarters_is_applied() -> None:
    teks = KEPALA_RENSTRA + "p1;P;1;1;Persen;%;100;;;;;100;;83;terakhir;183\n"
    (t,) = periksa_csv_teks(teks, berkas="k.csv").temuan
    assert (t.dicetak, t.dihitung) == ("183", "100")


@pytest.mark.parametrize(
    ("kepala", "isi", "kolom"),
    [
        ("kode;nama;pagu;realisasi;realisasi_lalu_rp\n", "p1.s1;Sub;;;50\n", "realisasi_lalu_rp"),
        ("kode;nama;pagu;realisasi;rpjmd_rp_dicetak\n", "p1.s1;Sub;;;50\n", "rpjmd_rp_dicetak"),
    ],
)
def test_renstra_rupiah_on_a_row_without_amounts_is_refused_not_added_to_0(
    kepala: str, isi: str, kolom: str
) -> None:
    # last years' Rp + this year's has no second term on a row that prints no Rupiah
    pesan = _galat(isi, kepala)
    assert pesan.startswith(f"k.csv: row 2, column {kolom} needs this row's realisasi")
    assert pesan.endswith("(got '50')")


@pytest.mark.parametrize("kolom", ["realisasi_lalu_rp", "rpjmd_rp_dicetak"])
def test_a_parent_row_s_renstra_rupiah_gets_the_parent_refusal(kolom: str) -> None:
    # a parent prints no Rupiah of its own (they are its rows' sums): the column belongs on
    # the rows below it, which is what the refusal must say, not "write its realisasi"
    kepala = f"kode;nama;pagu;realisasi;{kolom}\n"
    pesan = _galat("p1;Program;;;200\np1.s1;Sub;100;90;\n", kepala)
    assert pesan.startswith(f"k.csv: row 2, column {kolom} applies to a sub kegiatan")
    assert "(row 3, 'p1.s1', is under this one)" in pesan
