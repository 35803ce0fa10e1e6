"""Where a CSV's lines end, and where its header is: two readers a review found misreading.

The LKE CSV reader split lines with ``str.splitlines``, which also ends a line at a form
feed, U+001C to U+001E, U+0085, U+2028 and U+2029: a cell holding one broke its row. The
rows CSV told indicator rows from budget rows by the line after the ``#`` options, which
may be blank: an indicator file was read as budget rows.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sakip import lke
from sakip.audit.baris import periksa_csv_teks
from sakip.errors import ReportFormatError

CONTOH_LKE = Path(__file__).resolve().parents[1] / "examples" / "lke_contoh.csv"


def _dengan(tmp_path: Path, tanda: str) -> Path:
    asli = CONTOH_LKE.read_text(encoding="utf-8")
    ubah = asli.replace("Terdapat pedoman teknis", f"Terdapat{tanda}pedoman teknis", 1)
    assert ubah != asli
    f = tmp_path / "lke.csv"
    f.write_text(ubah, encoding="utf-8", newline="")
    return f


@pytest.mark.parametrize("tanda", ["\u2028", "\u2029"])
def test_a_cell_of_an_lke_csv_may_hold_a_unicode_line_separator(
    tanda: str, tmp_path: Path
) -> None:
    uraian = [
        k.uraian for k in lke.baca(_dengan(tmp_path, tanda)).komponen[0].subkomponen[0].kriteria
    ]
    assert uraian[0] == f"Terdapat{tanda}pedoman teknis perencanaan kinerja"
    assert len(uraian) == len(lke.baca(CONTOH_LKE).komponen[0].subkomponen[0].kriteria)


@pytest.mark.parametrize("tanda", ["\x0c", "\x1c", "\x1d", "\x1e", "\x85"])
def test_a_control_character_in_a_cell_is_refused_at_its_row(tanda: str, tmp_path: Path) -> None:
    # it broke the row in two before ("row 4 must have 9 cells like the header (got 5)")
    with pytest.raises(ReportFormatError, match=r"lke\.csv: row 6, uraian must not hold control"):
        lke.baca(_dengan(tmp_path, tanda))


@pytest.mark.parametrize("akhir", ["\r\n", "\r"])
def test_crlf_and_cr_end_lines_of_an_lke_csv_as_lf_does(akhir: str, tmp_path: Path) -> None:
    f = tmp_path / "lke_contoh.csv"
    f.write_text(CONTOH_LKE.read_text(encoding="utf-8").replace("\n", akhir), newline="")
    assert lke.baca(f).komponen == lke.baca(CONTOH_LKE).komponen


def test_blank_lines_after_the_options_do_not_hide_an_indicator_header() -> None:
    teks = (
        "# skala: PERMENDAGRI_86_2017\n"
        "\n"
        "kode;nama;arah;target;realisasi;capaian_dicetak\n"
        "iku1;Indikator;naik;80;72;90,00\n"
    )
    hasil = periksa_csv_teks(teks, berkas="iku.csv")
    assert hasil.temuan == ()
    assert hasil.diperiksa == 1


def test_blank_lines_before_and_among_the_options_are_skipped() -> None:
    teks = (
        "\n"
        "# skala: PERMENDAGRI_86_2017\n"
        "\n"
        "# pemisah_desimal: ,\n"
        "\n"
        "kode;nama;arah;target;realisasi;capaian_dicetak\n"
        "iku1;Indikator;naik;80;72;95,00\n"
    )
    (t,) = periksa_csv_teks(teks, berkas="iku.csv").temuan
    assert (t.letak, t.dicetak) == ("iku.csv / row 7 (iku1)", "95,00")


def test_blank_lines_between_an_lke_csvs_keys_and_its_header_are_skipped(tmp_path: Path) -> None:
    asli = CONTOH_LKE.read_text(encoding="utf-8")
    f = tmp_path / "lke.csv"
    f.write_text(asli.replace("\nkomponen;", "\n\n\nkomponen;", 1), encoding="utf-8")

    def kriteria(lembar: lke.Lembar) -> list[tuple[str, str]]:
        return [
            (k.kode, k.uraian)
            for km in lembar.komponen
            for s in km.subkomponen
            for k in s.kriteria
        ]

    assert kriteria(lke.baca(f)) == kriteria(lke.baca(CONTOH_LKE))


@pytest.mark.parametrize("akhir", ["\n", "\r\n", "\r"])
def test_a_rows_csv_reads_alike_whatever_its_line_ends(akhir: str) -> None:
    teks = "kode;nama;arah;target;realisasi;capaian_dicetak\niku1;Indikator;naik;80;72;95,00\n"
    (t,) = periksa_csv_teks(teks.replace("\n", akhir), berkas="iku.csv").temuan
    assert (t.letak, t.dicetak, t.dihitung) == ("iku.csv / row 2 (iku1)", "95,00", "90,00")


def test_an_lke_workbook_of_any_excel_kind_gets_the_advice() -> None:
    for akhiran in (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"):
        with pytest.raises(ReportFormatError, match="save its sheet as CSV"):
            lke.baca(f"kke{akhiran}")


@pytest.mark.parametrize(
    "awal", ["\n", "   \n", "\n# skala: PERMENDAGRI_86_2017\n\n", "# pemisah_desimal: ,\r\n\r\n"]
)
def test_the_command_reads_a_rows_csv_that_begins_with_blank_lines(
    awal: str, tmp_path: Path
) -> None:
    # a review found `sakip audit b.csv` refusing what the library read: the kind of a CSV
    # was decided from its first line, blank here
    from tests._perintah import jalankan

    f = tmp_path / "b.csv"
    f.write_text(awal + "kode;nama;pagu;realisasi;penyerapan_dicetak\n1;P;100;90;91\n", newline="")
    status, teks, galat = jalankan("audit", str(f))
    assert (status, galat) == (0, "")
    assert "1 printed figure recomputed; 1 finding" in teks
