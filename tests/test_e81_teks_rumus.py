"""E.81 workbooks: a formula is a cell stored as one, not text that begins with "=".

openpyxl types a formula cell ``data_type == "f"`` and a text cell ``"s"`` (a
shared or inline string), whatever its text: ``="Target"`` or ``=`` typed as text
is text, read in a text column as text, judged in a number column as any text is.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl.worksheet.formula import ArrayFormula

from sakip import e81
from sakip.e81 import Bagian, Kolom
from sakip.e81.berkas_xlsx import muat_lembar
from sakip.errors import ReportFormatError
from tests.test_e81_layout import buat_permendagri


def _teks(ws: Any, baris: int, kolom: int, teks: str) -> None:
    """Type ``teks`` into a cell as text (openpyxl would take a leading "=" for a formula)."""
    sel = ws.cell(row=baris, column=kolom, value=teks)
    sel.data_type = "s"


def test_a_formula_cell_is_read_as_a_formula(tmp_path: Path) -> None:
    def ubah(ws: Any) -> None:
        ws["U9"] = ArrayFormula("U9", "=M9+O9+Q9+S9")

    path = buat_permendagri(tmp_path / "e81.xlsx", ubah=ubah)
    lembar, _ = muat_lembar(path)
    assert lembar.mentah(8, 20).rumus == "=L8+N8+P8+R8"  # T8, as the builder wrote it
    assert lembar.mentah(9, 21).rumus == "=M9+O9+Q9+S9"  # an array formula's text
    b = e81.baca_xlsx(path).baris[0]
    assert b.isi(Kolom.REALISASI_RENJA, Bagian.K).rumus == "=L8+N8+P8+R8"


@pytest.mark.parametrize("teks", ['="Target"', "=", "=Target"])
def test_text_beginning_with_equals_in_a_text_column_is_text(tmp_path: Path, teks: str) -> None:
    def ubah(ws: Any) -> None:
        _teks(ws, 8, 4, teks)  # D8, the indikator
        _teks(ws, 9, 29, teks)  # AC9, the keterangan

    path = buat_permendagri(tmp_path / "e81.xlsx", ubah=ubah)
    lembar, _ = muat_lembar(path)
    assert (lembar.mentah(8, 4).rumus, lembar.mentah(8, 4).nilai) == (None, teks)
    assert lembar.mentah(9, 29).rumus is None
    t = e81.baca_xlsx(path)
    assert (t.baris[0].indikator, t.baris[1].keterangan) == (teks, teks)
    assert (
        e81.periksa(t).temuan == e81.periksa_berkas(buat_permendagri(tmp_path / "a.xlsx")).temuan
    )


@pytest.mark.parametrize("teks", ['="Target"', "=", "Target"])
def test_text_beginning_with_equals_in_a_number_column_is_judged_as_text(
    tmp_path: Path, teks: str
) -> None:
    path = buat_permendagri(tmp_path / "e81.xlsx", ubah=lambda ws: _teks(ws, 9, 6, teks))
    lembar, _ = muat_lembar(path)
    assert (lembar.mentah(9, 6).rumus, lembar.mentah(9, 6).nilai) == (None, teks)
    with pytest.raises(ReportFormatError) as e:
        e81.baca_xlsx(path)
    assert str(e.value).startswith(
        f"{path}: 'E81'!F9 must hold a number; text is read as an Indonesian number"
    )
    assert f"(got {teks!r})" in str(e.value)


@pytest.mark.parametrize("teks", ['="Catatan"', "="])
def test_text_beginning_with_equals_below_the_table_is_no_formula(
    tmp_path: Path, teks: str
) -> None:
    """Text under the blank row that ends the table is allowed, a formula is not."""
    teks_di_bawah = buat_permendagri(tmp_path / "t.xlsx", ubah=lambda ws: _teks(ws, 16, 6, teks))
    assert len(e81.baca_xlsx(teks_di_bawah).baris) == 6

    def rumus(ws: Any) -> None:
        ws["F16"] = "=F8"

    with pytest.raises(ReportFormatError, match="must not hold a number or formula below"):
        e81.baca_xlsx(buat_permendagri(tmp_path / "r.xlsx", ubah=rumus))
