"""E.81 forms before Permendagri 90/2019: levels from headings, bold and total formulas.

Each case edits a copy of the real Sukabumi 2018 workbook (``tests/data/e81/README.md``) as a
reviewer would by hand, and reads or audits it: conflicting signals and ambiguous codes are
refused naming the cells, a summary row where it changes a reading is refused or found.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl.styles import Font

from sakip import e81
from sakip.e81 import Bagian, Jenjang, Kolom
from sakip.e81._susun import jenjang_akhir, rentang_jumlah
from sakip.e81.model import huruf_kolom
from sakip.errors import ReportFormatError

DATA = Path(__file__).parent / "data" / "e81"
SUKABUMI = DATA / "e81_sukabumi_bappeda_2018.xlsx"
NAMA = "F"  # the uraian column
LEVELS = {
    15: Jenjang.URUSAN,
    16: Jenjang.BIDANG,
    17: Jenjang.PROGRAM,
    18: Jenjang.KEGIATAN,
    36: Jenjang.KEGIATAN,
    37: Jenjang.KEGIATAN,
    42: Jenjang.PROGRAM,
    43: Jenjang.KEGIATAN,
    44: Jenjang.KEGIATAN,
}


def _salinan(tmp_path: Path, ubah: Callable[[Any], None]) -> Path:
    wb = openpyxl.load_workbook(SUKABUMI)
    ubah(wb.active)
    p = tmp_path / "sukabumi.xlsx"
    wb.save(p)
    return p


def _jenjang(p: Path) -> dict[int, Jenjang]:
    return {b.sel_nama.baris: b.jenjang for b in e81.baca_xlsx(p).baris if b.sel_nama and b.nama}


def _tanpa_tebal(ws: Any) -> None:
    for r in range(15, 50):
        ws[f"{NAMA}{r}"].font = Font(bold=False)


def test_without_bold_the_total_formulas_give_the_same_levels(tmp_path: Path) -> None:
    # J17 =SUM(J18:J37) and J42 =SUM(J43:J44): rows 18, 36, 37, 43, 44 are one level below
    assert _jenjang(_salinan(tmp_path, _tanpa_tebal)) == LEVELS


def test_without_bold_or_total_formulas_the_sheet_is_refused_naming_why(tmp_path: Path) -> None:
    def ubah(ws: Any) -> None:
        _tanpa_tebal(ws)
        for r in (17, 42):
            for c in range(8, 31):
                if str(ws.cell(r, c).value or "").startswith("=SUM("):
                    ws.cell(r, c).value = 1

    with pytest.raises(ReportFormatError) as e:
        e81.baca_xlsx(_salinan(tmp_path, ubah))
    assert e.value.letak == "'Sheet-1'!F10"
    assert "by codes, indentation, fill, bold or the parents' Rp total formulas" in str(e.value)
    assert "the codes give no levels: B18 repeats a code" in str(e.value)


def test_bold_against_a_total_formula_is_refused_naming_both_cells(tmp_path: Path) -> None:
    def ubah(ws: Any) -> None:
        ws["F36"].font = Font(bold=True)  # bold like program 17, inside J17's =SUM(J18:J37)

    with pytest.raises(ReportFormatError) as e:
        e81.baca_xlsx(_salinan(tmp_path, ubah))
    assert e.value.letak == "'Sheet-1'!F36"
    assert "must be below F17 (program), as J17 =SUM(J18:J37) totals it; by bold it is a " in (
        str(e.value)
    )


def test_codes_of_two_numberings_are_refused(tmp_path: Path) -> None:
    def ubah(ws: Any) -> None:
        ws["E18"] = "01"  # 1.01.01.01: four segments beside 1.01.01 and 1

    with pytest.raises(ReportFormatError) as e:
        e81.baca_xlsx(_salinan(tmp_path, ubah))
    assert e.value.letak == "'Sheet-1'!B18"
    assert "as the table's other codes are (such as B16)" in str(e.value)
    assert e.value.value == "1.01.01.01"


def test_consistent_90_2019_codes_still_decide_the_levels(tmp_path: Path) -> None:
    kode = {
        15: "1",
        16: "1.06",
        17: "1.06.01",
        18: "1.06.01.2.01",
        36: "1.06.01.2.02",
        37: "1.06.01.2.03",
        42: "1.06.02",
        43: "1.06.02.2.01",
        44: "1.06.02.2.02",
    }

    def ubah(ws: Any) -> None:
        _tanpa_tebal(ws)  # the codes decide, not the look
        for r, k in kode.items():
            for c in "BCDE":
                ws[f"{c}{r}"] = None
            ws[f"B{r}"] = k

    tabel = e81.baca_xlsx(_salinan(tmp_path, ubah))
    assert {b.sel_nama.baris: b.jenjang for b in tabel.baris if b.nama and b.sel_nama} == {
        r: e81._susun.JENJANG_KODE[len(k.split("."))] for r, k in kode.items()
    }


def test_a_further_indicator_right_under_a_summary_row_is_refused(tmp_path: Path) -> None:
    def ubah(ws: Any) -> None:
        ws["G21"] = None  # row 21 loses its indicator and gets a label: a summary row
        ws["A21"] = "Rata-rata sementara"

    with pytest.raises(ReportFormatError) as e:
        e81.baca_xlsx(_salinan(tmp_path, ubah))
    assert e.value.letak == "'Sheet-1'!F22"
    assert "row 21 above is a summary row" in str(e.value)


def test_a_summary_row_inside_a_parents_range_is_a_finding(tmp_path: Path) -> None:
    def ubah(ws: Any) -> None:
        ws["F37"] = ws["G37"] = None  # kegiatan 37 becomes a labelled summary row
        ws["A37"] = "Rata-rata sementara"

    hasil = e81.periksa_berkas(_salinan(tmp_path, ubah))
    assert [r.baris for r in hasil.tabel.ringkasan][:2] == [37, 38]
    j17 = next(t for t in hasil.temuan if t.sel == "J17")
    assert j17.temuan.aturan == "rumus-induk"
    assert "rows outside the table (in 18-37)" in j17.temuan.keterangan


def test_too_many_headings_are_refused(tmp_path: Path) -> None:
    def ubah(ws: Any) -> None:
        ws["F14"] = "Urusan Pemerintahan"  # a third heading above the program

    with pytest.raises(ReportFormatError) as e:
        e81.baca_xlsx(_salinan(tmp_path, ubah))
    assert e.value.letak == "'Sheet-1'!F14"
    assert "at most 2 heading rows" in str(e.value)


@pytest.mark.parametrize(
    ("kepala", "akhir"),
    [
        ("Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan", Jenjang.KEGIATAN),
        ("Program", Jenjang.PROGRAM),
        ("Program / Kegiatan / Sub Kegiatan", Jenjang.SUB_KEGIATAN),
        ("Urusan/Bidang Urusan Pemerintahan Daerah", Jenjang.SUB_KEGIATAN),
    ],
)
def test_the_last_level_the_header_names(kepala: str, akhir: Jenjang) -> None:
    assert jenjang_akhir(kepala) is akhir


@given(
    baris=st.integers(1, 10_000),
    awal=st.integers(1, 10_000),
    panjang=st.integers(0, 500),
    kolom=st.integers(1, 200),
    lain=st.integers(1, 200),
)
def test_a_total_formula_names_rows_only_below_it_in_its_own_column(
    baris: int, awal: int, panjang: int, kolom: int, lain: int
) -> None:
    h = huruf_kolom(kolom)
    rentang = rentang_jumlah(f"=SUM({h}{awal}:${h}${awal + panjang})", baris=baris, kolom=kolom)
    assert rentang == (range(awal, awal + panjang + 1) if baris < awal else None)
    if lain != kolom:
        g = huruf_kolom(lain)
        assert (
            rentang_jumlah(f"=SUM({g}{awal}:{g}{awal + panjang})", baris=baris, kolom=kolom)
            is None
        )


@pytest.mark.parametrize("label", ["JUMLAH", "Total", "Jumlah seluruhnya"])
def test_a_labelled_total_row_stays_a_total_row_audited(tmp_path: Path, label: str) -> None:
    """A review found Deli Serdang's total row 113 taken for a summary row, not audited,
    once its No cell said "JUMLAH": only an average or a predikat makes a summary row."""
    wb = openpyxl.load_workbook(DATA / "e81_deli_serdang_bappedalitbang_2025.xlsx")
    wb["Realisasi TW IV"]["A113"] = label
    p = tmp_path / "deli.xlsx"
    wb.save(p)
    tabel = e81.baca_xlsx(p)
    assert tabel.ringkasan == ()
    assert tabel.baris[-1].jenjang is Jenjang.JUMLAH
    assert tabel.baris[-1].isi(Kolom.TARGET_RENJA, Bagian.RP).rumus == "=SUM(O12+O91+O96)"


@pytest.mark.parametrize(
    ("label", "ringkasan"),
    [("Rata-rata capaian kinerja (%)", True), ("RATA RATA", True), ("Predikat", True),
     ("Jumlah", False), ("Keterangan", False)],
)  # fmt: skip
def test_summary_labels_are_a_table(label: str, ringkasan: bool) -> None:
    assert bool(e81._susun.POLA_RINGKASAN.search(label)) is ringkasan


_KODE_90 = {
    17: "1.06.01",
    18: "1.06.01.2.01",
    36: "1.06.01.2.01.0001",
    37: "1.06.01.2.01.0002",
    42: "1.06.02",
    43: "1.06.02.2.01",
    44: "1.06.02.2.01.0001",
}


def _kode_90(ws: Any, tanpa: int | None = None) -> None:
    """Permendagri 90/2019 codes on the named rows (and a further indicator's row 19 gets
    none: it has no name), one heading left (row 16), uncoded."""
    for kolom in range(1, 35):
        ws.cell(15, kolom).value = None
    for r in [16, *_KODE_90]:
        for huruf in "BCDE":
            ws[f"{huruf}{r}"] = None
        ws[f"F{r}"].font = Font(bold=False)
    for r, k in _KODE_90.items():
        if r != tanpa:
            ws[f"B{r}"] = k


def test_90_2019_codes_decide_and_an_uncoded_heading_sits_above(tmp_path: Path) -> None:
    """A review found the levels read from the look (a program as bidang) when one heading
    lacked a code: the codes decide, the heading takes the level above the program."""
    jenjang = _jenjang(_salinan(tmp_path, _kode_90))
    assert jenjang[16] is Jenjang.BIDANG
    assert {r: jenjang[r] for r in _KODE_90} == {
        r: e81._susun.JENJANG_KODE[len(k.split("."))] for r, k in _KODE_90.items()
    }


def test_90_2019_codes_with_an_uncoded_row_that_has_figures_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ReportFormatError) as e:
        e81.baca_xlsx(_salinan(tmp_path, lambda ws: _kode_90(ws, tanpa=36)))
    assert e.value.letak == "'Sheet-1'!B36"
    assert "must carry a code of Permendagri 90/2019" in str(e.value)
