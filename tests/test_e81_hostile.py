"""E.81 readers and functions under hostile input: typed errors naming the sheet and cell."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import given, settings

import sakip
from sakip import e81
from sakip.e81 import berkas_xlsx
from sakip.e81.model import huruf_kolom
from sakip.errors import ReportFormatError, SakipError
from tests.property.strategies import junk
from tests.test_e81_layout import buat_csv, buat_permendagri


def _permendagri(tmp_path: Path, ubah: Callable[[Any], None]) -> Path:
    return buat_permendagri(tmp_path / "e81.xlsx", ubah=ubah)


def test_not_a_zip(tmp_path: Path) -> None:
    p = tmp_path / "palsu.xlsx"
    p.write_bytes(b"No;Program\n1;x\n")
    with pytest.raises(ReportFormatError, match="a zip archive") as e:
        e81.baca_xlsx(p)
    assert (e.value.berkas, e.value.letak) == (str(p), "-")


def test_a_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    p = tmp_path / "arsip.xlsx"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("catatan.txt", "bukan workbook")
    with pytest.raises(ReportFormatError, match=r"xl/workbook.xml missing"):
        e81.periksa_berkas(p)


def test_a_broken_workbook(tmp_path: Path) -> None:
    p = tmp_path / "rusak.xlsx"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("[Content_Types].xml", "<x")
        z.writestr("xl/workbook.xml", "<y")
    with pytest.raises(ReportFormatError, match=r"readable \.xlsx workbook"):
        e81.baca_xlsx(p)


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ReportFormatError, match="must exist"):
        e81.baca_xlsx(tmp_path / "tidak-ada.xlsx")


def test_a_file_too_large_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(berkas_xlsx, "MAKS_BYTE", 1000)
    with pytest.raises(ReportFormatError, match="at most 1000 bytes"):
        e81.baca_xlsx(e81.CONTOH_DELI_SERDANG)


def test_a_zip_bomb_is_refused_before_unpacking(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(berkas_xlsx, "MAKS_TERURAI", 10_000)
    with pytest.raises(ReportFormatError, match="unpack to at most 10000 bytes"):
        e81.baca_xlsx(e81.CONTOH_DELI_SERDANG)


def test_a_huge_sheet_is_refused_naming_the_sheet(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws: Any = wb.active
    ws.title = "Besar"
    ws.cell(row=e81.MAKS_BARIS + 1, column=1, value=1)
    p = tmp_path / "besar.xlsx"
    wb.save(p)
    with pytest.raises(ReportFormatError, match=r"at most 100000 rows") as e:
        e81.baca_xlsx(p)
    assert e.value.letak.startswith("'Besar'!")


def test_row_and_column_bounds_are_parameters() -> None:
    with pytest.raises(ReportFormatError, match="at most 50 rows"):
        e81.baca_xlsx(e81.CONTOH_DELI_SERDANG, maks_baris=50)
    with pytest.raises(ReportFormatError, match="and 20 columns"):
        e81.baca_xlsx(e81.CONTOH_DELI_SERDANG, maks_kolom=20)


def test_text_in_a_numeric_cell_names_sheet_and_cell(tmp_path: Path) -> None:
    def ubah(ws: Any) -> None:
        ws["L10"] = "sekitar dua"

    with pytest.raises(ReportFormatError, match="must hold a number") as e:
        e81.baca_xlsx(_permendagri(tmp_path, ubah))
    assert e.value.letak == "'E81'!L10"
    assert e.value.value == "sekitar dua"


def test_text_numbers_follow_the_indonesian_rule(tmp_path: Path) -> None:
    def ubah(ws: Any) -> None:
        ws["M10"] = "Rp 10.000.000,-"
        ws["M11"] = "95.03"  # a decimal point where Indonesian numbers have none: refused

    with pytest.raises(ReportFormatError, match="has a decimal point") as e:
        e81.baca_xlsx(_permendagri(tmp_path, ubah))
    assert e.value.letak == "'E81'!M11"


def test_a_bool_in_a_numeric_cell(tmp_path: Path) -> None:
    def ubah(ws: Any) -> None:
        ws["J9"] = True

    with pytest.raises(ReportFormatError, match="must hold a number") as e:
        e81.baca_xlsx(_permendagri(tmp_path, ubah))
    assert e.value.letak == "'E81'!J9"


def test_a_missing_caption_row(tmp_path: Path) -> None:
    def ubah(ws: Any) -> None:
        for c in range(1, 30):
            ws.cell(row=7, column=c).value = None

    with pytest.raises(ReportFormatError, match="numbered caption row") as e:
        e81.baca_xlsx(_permendagri(tmp_path, ubah))
    assert e.value.letak.startswith("'E81'!")


def test_a_header_not_understood_is_named(tmp_path: Path) -> None:
    def ubah(ws: Any) -> None:
        ws["F4"] = "Pagu Indikatif"

    with pytest.raises(ReportFormatError, match="not understood") as e:
        e81.baca_xlsx(_permendagri(tmp_path, ubah))
    assert e.value.letak == "'E81'!F4"
    assert e.value.value == "Pagu Indikatif"


def test_a_part_label_other_than_k_rp_percent(tmp_path: Path) -> None:
    def ubah(ws: Any) -> None:
        ws["K6"] = "Anggaran"

    with pytest.raises(ReportFormatError, match="K, Rp or %") as e:
        e81.baca_xlsx(_permendagri(tmp_path, ubah))
    assert e.value.letak == "'E81'!K6"


def test_a_caption_formula_contradicting_its_header_is_a_finding(tmp_path: Path) -> None:
    def ubah(ws: Any) -> None:
        ws["T7"] = "13 = 9 + 10 + 11"

    temuan = e81.periksa_berkas(_permendagri(tmp_path, ubah)).temuan
    assert (temuan[0].sel, temuan[0].temuan.aturan) == ("T7", "rumus-nomor")


def test_a_caption_formula_naming_no_column_is_refused(tmp_path: Path) -> None:
    def ubah(ws: Any) -> None:
        ws["T7"] = "13 = jumlah triwulan"

    with pytest.raises(ReportFormatError, match=r"by their numbers \(\[9, 10, 11, 12\]") as e:
        e81.baca_xlsx(_permendagri(tmp_path, ubah))
    assert e.value.letak == "'E81'!T7"


def test_a_malformed_code_is_named(tmp_path: Path) -> None:
    def ubah(ws: Any) -> None:
        ws["B9"] = "1.06.01.2"  # four segments

    with pytest.raises(ReportFormatError, match="1, 2, 3, 5 or 6 segments") as e:
        e81.baca_xlsx(_permendagri(tmp_path, ubah))
    assert e.value.letak == "'E81'!B9"


def test_numbers_below_a_blank_row_are_not_silently_dropped(tmp_path: Path) -> None:
    def ubah(ws: Any) -> None:
        ws["J20"] = 5

    with pytest.raises(ReportFormatError, match="below the blank row 14") as e:
        e81.baca_xlsx(_permendagri(tmp_path, ubah))
    assert e.value.letak == "'E81'!J20"


def test_an_excel_error_in_an_input_is_a_finding_not_a_crash(tmp_path: Path) -> None:
    def ubah(ws: Any) -> None:
        ws["L10"] = "#REF!"

    h = e81.periksa_berkas(_permendagri(tmp_path, ubah))
    t = next(t for t in h.temuan if t.sel == "L10")
    assert (t.temuan.aturan, t.temuan.dicetak) == ("galat-excel", "#REF!")


def test_csv_not_utf8(tmp_path: Path) -> None:
    p = tmp_path / "e81.csv"
    p.write_bytes("No;Program\n1;Kegiatan \xe9\n".encode("latin-1"))
    with pytest.raises(ReportFormatError, match="UTF-8"):
        e81.baca_csv(p)


def test_csv_junk_cell_names_row_and_column(tmp_path: Path) -> None:
    p = buat_csv(tmp_path / "e81.csv")
    teks = p.read_text(encoding="utf-8").replace(";4;40.000.000;", ";4;empat puluh juta;", 1)
    p.write_text(teks, encoding="utf-8")
    with pytest.raises(ReportFormatError, match="must hold a number") as e:
        e81.baca_csv(p)
    assert e.value.letak == "F7"


def test_unrecognised_workbook_reports_the_first_sheet(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws: Any = wb.active
    ws.title = "Catatan"
    ws["A1"] = "bukan E.81"
    p = tmp_path / "lain.xlsx"
    wb.save(p)
    with pytest.raises(ReportFormatError, match="numbered caption row") as e:
        e81.baca_xlsx(p)
    assert e.value.letak == "'Catatan'!A1"
    with pytest.raises(ReportFormatError, match="must name a sheet"):
        e81.baca_xlsx(p, lembar="Tidak Ada")


# every public callable of sakip.e81 refuses junk with a SakipError
_BUKAN_TEKS: Any = 1
_BUKAN_PECAHAN: Any = 1.5
_BUKAN_BULAT: Any = "1"

PANGGIL: dict[str, Callable[[Any], object]] = {
    "baca_xlsx": lambda j: e81.baca_xlsx(j if not isinstance(j, str) else f"/nonexistent/{j!r}"),
    "baca_csv": lambda j: e81.baca_csv(j if not isinstance(j, str) else f"/nonexistent/{j!r}.csv"),
    "periksa_berkas": lambda j: e81.periksa_berkas(
        j if not isinstance(j, str) else f"/nonexistent/{j!r}"
    ),
    "periksa": lambda j: e81.periksa(j),
    "hitung": lambda j: e81.hitung(j),
    "dari_laporan": lambda j: e81.dari_laporan(j),
    "tulis_xlsx": lambda j: e81.tulis_xlsx(j, "x.xlsx"),
    "tulis_temuan_xlsx": lambda j: e81.tulis_temuan_xlsx(j, "x.xlsx"),
    "teks": lambda j: e81.teks(j),
    "markdown": lambda j: e81.markdown(j),
    "konsolidasi_disimpulkan": lambda j: e81.konsolidasi_disimpulkan(
        satuan=j if not isinstance(j, str) else _BUKAN_TEKS,
        triwulan=[],
        target=None,
    ),
    "huruf_kolom": lambda j: huruf_kolom(j if j != 1 else 0),
    "Baris": lambda j: e81.Baris(
        jenjang=e81.Jenjang.PROGRAM, nama=j if not isinstance(j, str) else _BUKAN_TEKS
    ),
    "Baris.isian": lambda j: e81.Baris(jenjang=e81.Jenjang.PROGRAM, nama="p", isian=j),
    "Isian": lambda j: e81.Isian(
        nilai=j if j is not None and not isinstance(j, Fraction) else _BUKAN_PECAHAN
    ),
    "Sel": lambda j: e81.Sel(lembar="S", baris=j if type(j) is not int else _BUKAN_BULAT, kolom=1),
    "TabelE81": lambda j: e81.TabelE81(judul="t", baris=[j]),
}


@pytest.mark.parametrize("nama", sorted(PANGGIL))
@settings(max_examples=25, deadline=None)
@given(j=junk)
def test_junk_raises_a_sakip_error(nama: str, j: object) -> None:
    with pytest.raises(SakipError) as e:
        PANGGIL[nama](j)
    assert isinstance(e.value, (TypeError, ValueError))


def test_every_public_function_is_fed_junk() -> None:
    fungsi = {
        n
        for n in e81.__all__
        if callable(getattr(e81, n)) and not isinstance(getattr(e81, n), type)
    }
    assert fungsi - {"kenali"} <= set(PANGGIL)
    assert {"Baris", "Isian", "Sel", "TabelE81"} <= set(PANGGIL)


def test_kenali_refuses_a_sheet_without_captions() -> None:
    from sakip.e81.layout import Lembar, SelMentah

    with pytest.raises(ReportFormatError):
        e81.kenali(Lembar(nama="S", berkas="f", sel=((SelMentah(nilai="x"),),)))
    assert sakip.e81 is e81


@pytest.mark.parametrize("akhiran", [".xlsx", ".csv"])
def test_a_device_is_refused_before_it_is_read(akhiran: str, tmp_path: Path) -> None:
    """/dev/zero behind an E.81 name would be read for ever: refused from its stat."""
    nama = tmp_path / f"nol{akhiran}"
    nama.symlink_to("/dev/zero")
    baca = e81.periksa_berkas
    with pytest.raises(ReportFormatError, match="regular file"):
        baca(nama)
