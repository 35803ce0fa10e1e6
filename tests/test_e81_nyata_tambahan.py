"""More real workbooks of other agencies, and what sakip does with each today.

Each workbook is published data kept unchanged (its source is in ``tests/data/e81/README.md``
or ``tests/data/lke/README.md``); its sha256 is checked so that a test never runs on an
edited copy. Neither is a filled E.81: both are refused, and the tests pin each refusal.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import openpyxl
import pytest

from sakip import e81, lke
from sakip.errors import ReportFormatError
from tests.test_e81_nyata_lain import LAYOUT, _audit, _refusal

DATA = Path(__file__).parent / "data"
MUNA_BARAT = DATA / "e81" / "rkpd_muna_barat_program_kegiatan_2018.xlsx"
TRENGGALEK = DATA / "lke" / "kke_sakip_perangkat_daerah_trenggalek_draf.xlsx"

SHA256 = {
    MUNA_BARAT: "9bc87f89be0b66306d2e4deb0711c98e4e0fb841b7aa554299fe2aae6dc25a56",
    TRENGGALEK: "e3dcb1bfb1c8d5847a109416e8f8c174036f6038ebc0a68afc8a97033ec1a86c",
}


@pytest.mark.parametrize("path", list(SHA256), ids=lambda p: p.name)
def test_each_copy_is_the_published_file(path: Path) -> None:
    assert hashlib.sha256(path.read_bytes()).hexdigest() == SHA256[path]


# -- Kabupaten Muna Barat 2018: the RKPD's program and kegiatan table, not an E.81 ----------


def test_muna_barat_is_a_numbered_plan_table_without_realisasi() -> None:
    """Captions 1-8 as in E.81, but the columns of a plan: lokasi, target, pagu indikatif."""
    ws = openpyxl.load_workbook(MUNA_BARAT).active
    assert ws is not None
    assert ws["A2"].value == "PROGRAM DAN KEGIATAN SKPD"
    assert [ws.cell(7, c).value for c in range(1, 9)] == [str(n) for n in range(1, 9)]
    assert [ws.cell(6, c).value for c in range(4, 7)] == [
        "Lokasi",
        "Target Capaian Kinerja",
        "Kebutuhan Dana/Pagu Indikatif",
    ]
    assert ws["A12"].value == "1.01.1.1.01.01"


def test_muna_barat_is_refused_at_its_first_header_that_is_not_e81(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Right: the table has no realisasi to recompute; the message names the cell and text."""
    galat = (
        "'Sheet1'!D5 must be a header of form E.81 (caption 4); not understood "
        f"(got 'Rencana Tahun 2018 / Lokasi'); {LAYOUT}"
    )
    with pytest.raises(ReportFormatError) as info:
        e81.periksa_berkas(MUNA_BARAT)
    assert str(info.value) == f"{MUNA_BARAT}: {galat}"
    assert _audit(MUNA_BARAT, capsys) == (2, "", f"sakip: error: {MUNA_BARAT}: {galat}\n")
    status, teks, _ = _audit(MUNA_BARAT, capsys, "--format", "json")
    assert status == 2
    assert json.loads(teks) == {"berkas": str(MUNA_BARAT), "galat": galat, "internal": False}


# -- Kabupaten Trenggalek: a draft KKE (LKE) of a perangkat daerah, PermenPANRB 88/2021 ----


def test_trenggalek_kke_is_an_lke_with_the_weights_of_permenpanrb_88_2021() -> None:
    """Komponen 30/30/15/25 and a self-assessment, with its caption row in row 1."""
    wb = openpyxl.load_workbook(TRENGGALEK, data_only=True)
    assert wb.sheetnames == ["RESUME", "PENILAIAN", "BUKTI DUKUNG"]
    ws = wb["RESUME"]
    assert [ws.cell(1, c).value for c in range(1, 7)] == [1, 2, 3, 4, 5, 6]
    assert [ws.cell(r, 5).value for r in (4, 8, 12, 16, 21)] == [0.3, 0.3, 0.15, 0.25, 1]
    assert ws["F3"].value == "PENILAIAN MANDIRI (OPD)"


def test_trenggalek_kke_is_refused_by_the_lke_command_asking_for_csv_or_toml() -> None:
    """Right: ``sakip lke`` reads .csv and .toml sheets only (a transcription is needed)."""
    with pytest.raises(ReportFormatError) as info:
        lke.baca(TRENGGALEK)
    pesan = f"{TRENGGALEK.name} must be a .csv or .toml sheet: an LKE workbook is not read"
    assert str(info.value).startswith(pesan)
    assert "save its sheet as CSV with the columns komponen" in str(info.value)


def test_trenggalek_kke_is_refused_by_the_e81_audit(capsys: pytest.CaptureFixture[str]) -> None:
    """Right: an LKE is not an E.81. Its caption row is the sheet's first, so no header says
    what the columns are (the refusal named row 0, a cell no sheet has, before)."""
    galat = (
        "'RESUME'!A1 must have the header text of form E.81 above it (what each numbered "
        f"column is); this row is the sheet's first (got '1'); {LAYOUT}"
    )
    assert _refusal(TRENGGALEK) == f"{TRENGGALEK}: {galat}"
    assert _audit(TRENGGALEK, capsys) == (2, "", f"sakip: error: {TRENGGALEK}: {galat}\n")


def test_trenggalek_kke_refusal_names_a_cell_that_exists() -> None:
    pesan = _refusal(TRENGGALEK)
    assert pesan
    assert "!A0 " not in pesan
    assert "'RESUME'!A1 " in pesan


def test_a_caption_row_in_row_1_is_refused_naming_a_real_cell(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for c in range(1, 8):
        ws.cell(1, c, c)
    ws.cell(2, 1, "x")
    berkas = tmp_path / "baris_1.xlsx"
    wb.save(berkas)
    pesan = _refusal(berkas)
    assert pesan.startswith(f"{berkas}: 'Sheet'!A1 ")
