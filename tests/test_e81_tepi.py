"""E.81 readers at the edges: bounded work, openpyxl's noise, float residue, % formats,
workbooks saved without values, and malformed CSV.

Most cases change one cell of the real Deli Serdang workbook's sheet XML, as a
reviewer would by hand, and audit the copy.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
import warnings
import zipfile
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path
from typing import Any, Final

import openpyxl
import pytest

from sakip import e81
from sakip.cli import main
from sakip.e81 import Bagian, Kolom, berkas_xlsx
from sakip.e81._xml import Pemindai
from sakip.errors import ReportFormatError
from tests.test_e81_layout import buat_permendagri

DS = e81.CONTOH_DELI_SERDANG
LEMBAR = "xl/worksheets/sheet1.xml"
Y15 = '<c r="Y15" s="165"><f>Z15*N15-P15-S15-V15</f><v>0</v></c>'
AF15 = '<c r="AF15" s="174"><f t="shared" si="1"/><v>233.33333333333334</v></c>'
Q15 = '<c r="Q15" s="166"><v>0.5</v></c>'  # s=166: a percent format; s=165: a number format
AB15 = '<c r="AB15" s="171"><f t="shared" si="6"/><v>4</v></c>'


def _ubah(tujuan: Path, ubah: Callable[[str], str], *, asal: Path = DS) -> Path:
    """A copy of a workbook with its first sheet's XML changed."""
    with zipfile.ZipFile(asal) as zi, zipfile.ZipFile(tujuan, "w", zipfile.ZIP_DEFLATED) as zo:
        for info in zi.infolist():
            data = zi.read(info.filename)
            if info.filename == LEMBAR:
                data = ubah(data.decode("utf-8")).encode("utf-8")
            zo.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    return tujuan


def _ganti(lama: str, baru: str) -> Callable[[str], str]:
    def ubah(xml: str) -> str:
        assert xml.count(lama) == 1, lama
        return xml.replace(lama, baru)

    return ubah


def _temuan(h: e81.HasilE81) -> set[tuple[str, str, str]]:
    return {(t.sel, t.temuan.aturan, t.temuan.dicetak) for t in h.temuan}


@pytest.fixture(scope="module")
def asli() -> e81.HasilE81:
    return e81.periksa_berkas(DS)


# -- 5. openpyxl's warnings stay inside the reader ------------------------------------

_EXT_VALIDASI = (
    '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" '
    'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
    '<x14:dataValidations count="1" '
    'xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">'
    '<x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1">'
    "<x14:formula1><xm:f>Daftar!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>I15</xm:sqref>"
    "</x14:dataValidation></x14:dataValidations></ext></extLst></worksheet>"
)


def _dengan_validasi(xml: str) -> str:
    return xml.replace("</worksheet>", _EXT_VALIDASI)


def test_openpyxl_warnings_are_not_raised_to_the_caller(tmp_path: Path) -> None:
    p = _ubah(tmp_path / "validasi.xlsx", _dengan_validasi)
    with warnings.catch_warnings(record=True) as dicatat:
        warnings.simplefilter("always")
        h = e81.periksa_berkas(p)
    assert len(h.temuan) == 215
    assert [str(w.message) for w in dicatat] == []


def test_openpyxl_warnings_are_not_raised_on_a_refusal_either(tmp_path: Path) -> None:
    def ubah(xml: str) -> str:
        return _dengan_validasi(_ganti(Q15, '<c r="Q15" s="166" t="b"><v>1</v></c>')(xml))

    p = _ubah(tmp_path / "validasi.xlsx", ubah)
    with warnings.catch_warnings(record=True) as dicatat:
        warnings.simplefilter("always")
        with pytest.raises(ReportFormatError, match="must hold a number") as e:
            e81.periksa_berkas(p)
    assert e.value.letak == "'Realisasi TW IV'!Q15"
    assert [str(w.message) for w in dicatat] == []


def test_the_command_prints_nothing_extra(tmp_path: Path) -> None:
    """A real process: stderr is empty on success (warnings would go there)."""
    p = _ubah(tmp_path / "validasi.xlsx", _dengan_validasi)
    kode = "import sys; from sakip.cli import main; sys.exit(main(sys.argv[1:]))"
    r = subprocess.run(
        [sys.executable, "-c", kode, "audit", str(p)], capture_output=True, text=True, check=False
    )
    assert (r.returncode, r.stderr) == (0, "")
    assert "103 rows, 1318 cells checked, 215 findings" in r.stdout
    # the marked copy loads and saves the workbook again: nothing extra there either
    keluaran = tmp_path / "bertanda.xlsx"
    r = subprocess.run(
        [
            sys.executable,
            "-c",
            kode,
            "audit",
            str(p),
            "--format",
            "xlsx",
            "--output",
            str(keluaran),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (r.returncode, r.stderr) == (0, "")
    assert keluaran.is_file()


# -- 6. E.81 CSV: malformed CSV is a ReportFormatError naming the row -------------------

_CSV = (
    "No;Program/Kegiatan;Indikator;Satuan;Target Renja;;Realisasi Triwulan I;;"
    "Realisasi Triwulan II;;Realisasi Triwulan III;;Realisasi Triwulan IV;\n"
    "1;2;3;4;5;;6;;7;;8;;9;\n"
    ";;;;K;Rp;K;Rp;K;Rp;K;Rp;K;Rp\n"
    "1;Program A;;;;1.000;;100;;200;;300;;400\n"
    "2;  Kegiatan A1;Jumlah dokumen;Dok;4;1.000;1;100;1;200;1;300;1;400\n"
)


def _csv(tmp_path: Path, teks: str) -> Path:
    p = tmp_path / "e81.csv"
    p.write_text(teks, encoding="utf-8", newline="")
    return p


def test_csv_a_cell_over_the_limit_names_file_and_row(tmp_path: Path) -> None:
    p = _csv(tmp_path, _CSV.replace("Jumlah dokumen", "x" * (128 * 1024 + 1)))
    with pytest.raises(ReportFormatError, match="at most 131072 characters") as e:
        e81.baca_csv(p)
    assert (e.value.berkas, e.value.letak) == (str(p), "row 5 (line 5)")


def test_csv_an_unterminated_quote_is_refused_not_swallowed(tmp_path: Path) -> None:
    p = _csv(tmp_path, _CSV.replace(";Jumlah dokumen;", ';"Jumlah dokumen;'))
    with pytest.raises(ReportFormatError, match="quotes closed") as e:
        e81.periksa_berkas(p)
    assert e.value.letak.startswith("row 5 ")
    assert "unexpected end of data" in str(e.value)


def test_csv_text_after_a_closing_quote_is_refused(tmp_path: Path) -> None:
    p = _csv(tmp_path, _CSV.replace(";Jumlah dokumen;", ';"Jumlah" dokumen;'))
    with pytest.raises(ReportFormatError, match="row 5 "):
        e81.baca_csv(p)


def test_csv_lines_ending_in_a_lone_cr_read_like_lf(tmp_path: Path) -> None:
    lf = e81.periksa_berkas(_csv(tmp_path, _CSV))
    cr = e81.periksa_berkas(_csv(tmp_path, _CSV.replace("\n", "\r")))
    assert [b.nama for b in cr.tabel.baris] == ["Program A", "Kegiatan A1"]
    assert [(b.nama, dict(b.isian)) for b in cr.tabel.baris] == [
        (b.nama, dict(b.isian)) for b in lf.tabel.baris
    ]


def test_csv_a_quoted_cell_keeps_its_line_break(tmp_path: Path) -> None:
    p = _csv(tmp_path, _CSV.replace(";Jumlah dokumen;", ';"Jumlah\r\ndokumen";'))
    assert e81.baca_csv(p).baris[1].indikator == "Jumlah dokumen"


# -- 1. a workbook of too many cells is refused before openpyxl parses it ----------------


def _bom(banyak_baris: int) -> Callable[[str], str]:
    baris = "<row>" + "<c><v>1</v></c>" * 200 + "</row>"
    return lambda xml: xml.replace("</sheetData>", baris * banyak_baris + "</sheetData>")


def _tanpa_openpyxl(monkeypatch: pytest.MonkeyPatch) -> None:
    def jangan(*_: object, **__: object) -> None:
        raise AssertionError("openpyxl must not parse a workbook over the bound")

    monkeypatch.setattr(openpyxl, "load_workbook", jangan)


def test_many_small_cells_are_refused_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    p = _ubah(tmp_path / "bom.xlsx", _bom(2600))  # 520,000 cells, ~30 KB zipped
    assert p.stat().st_size < 100_000
    _tanpa_openpyxl(monkeypatch)
    with pytest.raises(ReportFormatError, match="at most 500000 cells and rows") as e:
        e81.periksa_berkas(p)
    assert (e.value.berkas, e.value.letak) == (str(p), LEMBAR)


def test_the_cell_bound_is_the_module_constant(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    p = _ubah(tmp_path / "bom.xlsx", _bom(60))
    monkeypatch.setattr(berkas_xlsx, "MAKS_SEL", 10_000)
    _tanpa_openpyxl(monkeypatch)
    with pytest.raises(ReportFormatError, match="at most 10000 cells and rows"):
        e81.baca_xlsx(p)


#: A content types part giving every ``.xml`` part XML's content type.
_TIPE_XML: Final = (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/></Types>'
)


def test_cells_with_a_namespace_prefix_are_counted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    baris = "<x:row>" + "<x:c><x:v>1</x:v></x:c>" * 100 + "</x:row>"
    p = tmp_path / "awalan.xlsx"
    with zipfile.ZipFile(p, "w") as z:
        # the parts scanned are chosen by content type: the sheet's is XML's
        z.writestr("[Content_Types].xml", _TIPE_XML)
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", f"<x:worksheet>{baris * 200}</x:worksheet>")
    monkeypatch.setattr(berkas_xlsx, "MAKS_SEL", 10_000)
    _tanpa_openpyxl(monkeypatch)
    with pytest.raises(ReportFormatError, match="at most 10000 cells"):
        e81.baca_xlsx(p)


def test_a_tag_cut_by_a_chunk_boundary_is_counted_once() -> None:
    xml = b"<sheetData>" + b'<row r="1"><c r="A1"><v>1</v></c><c/></row>' * 50 + b"</sheetData>"
    pemindai = Pemindai(maks_token=2**20, maks_tag=10**6)
    for i in range(0, len(xml), 7):
        assert pemindai.makan(xml[i : i + 7]) is None
    assert pemindai.makan(b"") is None
    assert pemindai.banyak_tag == 150


def test_a_wrong_dimension_does_not_cut_rows_off(tmp_path: Path) -> None:
    """Values are streamed; a <dimension> smaller than the sheet must not hide cells."""
    p = _ubah(
        tmp_path / "dimensi.xlsx",
        _ganti('<dimension ref="A1:AJ125"/>', '<dimension ref="A1:C3"/>'),
    )
    assert _temuan(e81.periksa_berkas(p)) == _temuan(e81.periksa_berkas(DS))


# -- 2. a formula's float residue is read and audited, not refused ----------------------


def test_a_formula_residue_is_read_and_agrees(tmp_path: Path, asli: e81.HasilE81) -> None:
    p = _ubah(
        tmp_path / "sisa.xlsx", _ganti(Y15, Y15.replace("<v>0<", "<v>2.2204460492503131E-16<"))
    )
    h = e81.periksa_berkas(p)
    y15 = h.tabel.baris[4].isi(Kolom.TRIWULAN_4, Bagian.K)
    assert y15.sel is not None
    assert y15.sel.a1 == "Y15"
    assert y15.nilai == Fraction(222044604925031, 10**30)  # 30 places, half up
    assert _temuan(h) == _temuan(asli)


def test_a_residue_that_disagrees_at_six_places_is_a_finding(tmp_path: Path) -> None:
    p = _ubah(tmp_path / "sisa.xlsx", _ganti(AB15, AB15.replace("<v>4<", "<v>4.0000012<")))
    t = next(t for t in e81.periksa_berkas(p).temuan if t.sel == "AB15")
    assert (t.temuan.aturan, t.temuan.dicetak) == ("angka", "4,000001")


def test_a_typed_number_beyond_thirty_places_is_still_refused(tmp_path: Path) -> None:
    p = _ubah(
        tmp_path / "ketik.xlsx",
        _ganti(Q15, '<c r="Q15" s="166"><v>2.2204460492503131E-16</v></c>'),
    )
    with pytest.raises(ReportFormatError, match="must hold a finite number") as e:
        e81.baca_xlsx(p)
    assert e.value.letak == "'Realisasi TW IV'!Q15"


# -- 4. a percent format means a fraction, in every percentage column --------------------


def test_a_percent_formatted_capaian_is_read_as_a_percentage(
    tmp_path: Path, asli: e81.HasilE81
) -> None:
    sel = '<c r="AF15" s="166"><f>AD15/J15</f><v>2.3333333333333335</v></c>'
    h = e81.periksa_berkas(_ubah(tmp_path / "af.xlsx", _ganti(AF15, sel)))
    af = h.tabel.baris[4].isi(Kolom.CAPAIAN_RENSTRA, Bagian.K)
    assert af.nilai == Fraction("233.33333333333335")
    assert not [t for t in h.temuan if t.sel == "AF15"]
    assert len(h.temuan) == len(asli.temuan)


def test_a_percent_cell_that_lost_its_format_reads_like_its_column(
    tmp_path: Path, asli: e81.HasilE81
) -> None:
    sel = Q15.replace('s="166"', 's="165"')
    h = e81.periksa_berkas(_ubah(tmp_path / "q.xlsx", _ganti(Q15, sel)))
    assert h.tabel.baris[4].angka(Kolom.TRIWULAN_1, Bagian.PERSEN) == 50
    # the same figures; the cell that shows 0,5 among percentages is reported
    assert _temuan(h) == _temuan(asli) | {("Q15", "format-persen", "0,5 (no % format)")}


def test_percent_formats_in_a_capaian_column_of_a_built_workbook(tmp_path: Path) -> None:
    def ubah(ws: Any) -> None:
        for r in range(8, 14):
            c = ws.cell(row=r, column=22, value=0.5)
            c.number_format = "0.00%"
        ws.cell(row=9, column=22).number_format = "General"  # one lost its format
        ws.cell(row=10, column=23, value=12.5)  # Rp part: unformatted column, as it stands

    tabel = e81.baca_xlsx(buat_permendagri(tmp_path / "e81.xlsx", ubah=ubah))
    assert [b.angka(Kolom.CAPAIAN_RENJA, Bagian.K) for b in tabel.baris] == [50] * 6
    assert tabel.baris[2].angka(Kolom.CAPAIAN_RENJA, Bagian.RP) == Fraction("12.5")


# -- 3. formulas without stored values: one finding, no row dropped --------------------


def test_a_workbook_saved_by_openpyxl_keeps_every_row_and_says_so_once(
    tmp_path: Path, asli: e81.HasilE81
) -> None:
    p = tmp_path / "tanpa_nilai.xlsx"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        openpyxl.load_workbook(DS).save(p)
    h = e81.periksa_berkas(p)
    assert len(h.tabel.baris) == 103
    total = h.tabel.baris[-1]
    assert total.sel_nama is not None
    assert total.sel_nama.baris == 113  # the grand total row: formulas only
    tak = [t for t in h.temuan if t.temuan.aturan == "tak-tersimpan"]
    assert len(tak) == 1
    assert "Open and save it in Excel (or LibreOffice)" in tak[0].temuan.keterangan
    assert not [t for t in h.temuan if t.temuan.dicetak == "(blank)"]
    lain = _temuan(h) - {(tak[0].sel, "tak-tersimpan", tak[0].temuan.dicetak)}
    assert lain <= _temuan(asli)  # what remains are findings of the workbook itself


def test_one_formula_without_its_value_is_one_finding(tmp_path: Path, asli: e81.HasilE81) -> None:
    p = _ubah(tmp_path / "satu.xlsx", _ganti(AB15, AB15.replace("<v>4</v>", "")))
    h = e81.periksa_berkas(p)
    tak = [t for t in h.temuan if t.temuan.aturan == "tak-tersimpan"]
    assert [(t.sel, t.temuan.letak.split(" / ")[-1]) for t in tak] == [("AB15", "1 formulas")]
    assert _temuan(h) - {("AB15", "tak-tersimpan", "(no stored value)")} <= _temuan(asli)


def test_the_uncalculated_finding_moves_past_a_cell_another_check_reported(
    tmp_path: Path,
) -> None:
    # L8, the program's triwulan I K, sums its kegiatan 9 and a row outside the table: a
    # rumus-induk finding at the first formula without a stored value (openpyxl saved it).
    # The table's tak-tersimpan finding stands at the next such formula, T8, not dropped
    def ubah(ws: Any) -> None:
        ws["L8"] = "=L9+L99"

    h = e81.periksa_berkas(buat_permendagri(tmp_path / "e81.xlsx", ubah=ubah))
    temuan = [(t.sel, t.temuan.aturan) for t in h.temuan]
    assert ("L8", "rumus-induk") in temuan
    tak = [t for t in h.temuan if t.temuan.aturan == "tak-tersimpan"]
    assert [t.sel for t in tak] == ["T8"]
    assert tak[0].temuan.keterangan.startswith("13 formulas (L8, T8, U8, T9, U9, ...)")
    assert len(temuan) == len({t for t, _ in temuan})  # one finding per cell


def test_the_uncalculated_finding_is_a_note_when_every_such_formula_was_reported(
    tmp_path: Path, asli: e81.HasilE81
) -> None:
    # R12 of the real workbook (rumus-induk: it adds bidang 91 and 96) without its stored
    # value, the only formula without one: the table's finding joins R12's as a note
    p = _ubah(
        tmp_path / "r12.xlsx",
        _ganti(
            '<c r="R12" s="112"><f>SUM(R13+R55+R70+R91+R96)</f><v>1971343265</v></c>',
            '<c r="R12" s="112"><f>SUM(R13+R55+R70+R91+R96)</f></c>',
        ),
    )
    h = e81.periksa_berkas(p)
    r12 = [t.temuan for t in h.temuan if t.sel == "R12"]
    assert [t.aturan for t in r12] == ["rumus-induk"]
    assert r12[0].keterangan == next(
        t.temuan.keterangan for t in asli.temuan if t.sel == "R12"
    ) + (
        "; tak-tersimpan: 1 formulas (R12) have no stored value: the workbook was saved by a "
        "program that does not calculate (openpyxl, pandas); the figures built on them were "
        "not compared. Open and save it in Excel (or LibreOffice) so the values are stored, "
        "then audit it again"
    )
    assert not [t for t in h.temuan if t.temuan.aturan == "tak-tersimpan"]


def test_a_formula_that_stored_empty_text_is_blank_not_missing(tmp_path: Path) -> None:
    sel = '<c r="AB15" s="171" t="str"><f>IFERROR(P15+S15+V15+Y15,"")</f><v></v></c>'
    h = e81.periksa_berkas(_ubah(tmp_path / "kosong.xlsx", _ganti(AB15, sel)))
    assert not [t for t in h.temuan if t.temuan.aturan == "tak-tersimpan"]
    isi = h.tabel.baris[4].isi(Kolom.REALISASI_RENJA, Bagian.K)
    assert (isi.nilai, isi.tak_tersimpan) == (None, False)


def test_a_formula_below_the_table_is_not_silently_dropped(tmp_path: Path) -> None:
    def ubah(ws: Any) -> None:
        ws["T20"] = "=L20+N20"

    with pytest.raises(ReportFormatError, match="number or formula below the blank row 14") as e:
        e81.baca_xlsx(buat_permendagri(tmp_path / "e81.xlsx", ubah=ubah))
    assert e.value.letak == "'E81'!T20"


def test_the_command_reports_an_uncalculated_workbook_in_its_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    p = _ubah(tmp_path / "satu.xlsx", _ganti(AB15, AB15.replace("<v>4</v>", "")))
    out = io.StringIO()
    assert main(["audit", str(p)], out=out) == 0
    assert re.search(r"\[sedang\] AB15 tak-tersimpan: printed \(no stored value\)", out.getvalue())
    assert capsys.readouterr().err == ""
