"""``sakip audit`` on E.81 workbooks: the same command, formats and exit codes as reports."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
from pathlib import Path

import openpyxl
import pytest

from sakip import e81
from sakip.cli import main

WORKBOOK = Path(__file__).parent / "data" / "e81" / "e81_deli_serdang_bappedalitbang_2025.xlsx"


def _jalankan(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(args), out=out), out.getvalue()


def test_the_real_workbook_audits_in_one_command() -> None:
    status, teks = _jalankan("audit", str(WORKBOOK))
    assert status == 0
    assert "103 baris, 1279 sel diperiksa, 214 temuan" in teks
    assert _jalankan("audit", str(WORKBOOK), "--strict")[0] == 1


def test_json_is_the_workbooks_own_result() -> None:
    status, teks = _jalankan("audit", str(WORKBOOK), "--format", "json")
    assert status == 0
    data = json.loads(teks)
    assert data == json.loads(json.dumps(e81.periksa_berkas(WORKBOOK).ke_dict()))
    assert data["jumlah_temuan"] == 214


def test_markdown_renders_the_workbook() -> None:
    status, teks = _jalankan("audit", str(WORKBOOK), "--format", "markdown")
    assert status == 0
    assert teks == e81.markdown(e81.periksa_berkas(WORKBOOK))


def test_a_marked_copy_and_the_original_untouched(tmp_path: Path) -> None:
    asal = tmp_path / "e81.xlsx"
    shutil.copy(WORKBOOK, asal)
    sebelum = hashlib.sha256(asal.read_bytes()).hexdigest()
    keluaran = tmp_path / "tanda.xlsx"
    status, teks = _jalankan("audit", str(asal), "--format", "xlsx", "--output", str(keluaran))
    assert status == 0
    assert teks.endswith(f"214 findings marked in {keluaran}\n")
    assert hashlib.sha256(asal.read_bytes()).hexdigest() == sebelum
    wb = openpyxl.load_workbook(keluaran)
    assert e81.tulis.NAMA_LEMBAR_TEMUAN in wb.sheetnames
    assert wb["Realisasi TW IV"]["R12"].comment is not None


@pytest.mark.parametrize(
    ("args", "pesan"),
    [
        (("--format", "xlsx"), "takes one E.81 workbook and --output FILE"),
        (("--output", "x.xlsx"), "--output goes with --format xlsx only"),
    ],
)
def test_xlsx_output_needs_its_options(
    args: tuple[str, ...], pesan: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _jalankan("audit", str(WORKBOOK), *args) == (2, "")
    err = capsys.readouterr().err
    assert pesan in err
    assert err.count("\n") == 1


def test_only_a_workbook_is_marked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    laporan = tmp_path / "a.toml"
    laporan.write_text("skema = 1\n", encoding="utf-8")
    status, _ = _jalankan(
        "audit", str(laporan), "--format", "xlsx", "--output", str(tmp_path / "o.xlsx")
    )
    assert status == 2
    assert "marks an .xlsx workbook" in capsys.readouterr().err


def test_a_broken_workbook_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rusak = tmp_path / "rusak.xlsx"
    rusak.write_bytes(b"PK\x03\x04 not really a zip")
    assert _jalankan("audit", str(rusak))[0] == 2
    err = capsys.readouterr().err
    assert err.startswith("sakip: error: ")
    assert err.count("\n") == 1


def test_a_folder_takes_workbooks_beside_reports(tmp_path: Path) -> None:
    shutil.copy(WORKBOOK, tmp_path / "e81.xlsx")
    status, teks = _jalankan("audit", str(tmp_path), "--jobs", "1")
    assert status == 0
    assert f"  {tmp_path / 'e81.xlsx'}: 214 findings (1279 printed figures recomputed)" in teks
