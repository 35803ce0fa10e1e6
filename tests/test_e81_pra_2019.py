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
from sakip.e81 import Jenjang
from sakip.e81._susun import jenjang_akhir, rentang_jumlah
from sakip.e81.model import huruf_kolom
from sakip.errors import ReportFormatError

SUKABUMI = Path(__file__).parent / "data" / "e81" / "e81_sukabumi_bappeda_2018.xlsx"
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
    assert "the codes give no levels: B15 has none" in str(e.value)


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
        ws["A37"] = "Jumlah sementara"

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
