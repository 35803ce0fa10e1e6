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
from sakip.e81 import CONTOH_DELI_SERDANG
from sakip.errors import InvalidValueError

WORKBOOK = Path(__file__).parent / "data" / "e81" / "e81_deli_serdang_bappedalitbang_2025.xlsx"


def _jalankan(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(args), out=out), out.getvalue()


def test_the_real_workbook_audits_in_one_command() -> None:
    status, teks = _jalankan("audit", str(WORKBOOK))
    assert status == 0
    assert "103 rows, 1318 cells checked, 215 findings" in teks
    assert _jalankan("audit", str(WORKBOOK), "--strict")[0] == 1


def test_json_is_the_workbooks_own_result() -> None:
    status, teks = _jalankan("audit", str(WORKBOOK), "--format", "json")
    assert status == 0
    data = json.loads(teks)
    assert data == json.loads(json.dumps(e81.periksa_berkas(WORKBOOK).ke_dict()))
    assert data["jumlah_temuan"] == 215


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
    assert teks.endswith(f"215 findings marked in {keluaran}\n")
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
    assert f"  {tmp_path / 'e81.xlsx'}: 215 findings (1318 printed figures recomputed)" in teks


@pytest.mark.parametrize(
    ("keluaran", "pesan"),
    [
        ("", "--output must name a file"),
        ("{tmp}", "--output must be a new file or a regular file (not a folder or a device)"),
        ("/dev/null", "--output must be a new file or a regular file (not a folder or a device)"),
        ("{tmp}/tidak/ada/o.xlsx", "--output must be in an existing folder"),
    ],
)
def test_a_bad_output_is_one_line_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], keluaran: str, pesan: str
) -> None:
    asal = tmp_path / "e81.xlsx"
    asal.write_bytes(Path(CONTOH_DELI_SERDANG).read_bytes())
    sebelum = sorted(tmp_path.iterdir())
    status = main(
        ["audit", str(asal), "--format", "xlsx", "--output", keluaran.format(tmp=tmp_path)]
    )
    err = capsys.readouterr().err
    assert status == 2
    assert err.count("\n") == 1
    assert pesan in err
    assert sorted(tmp_path.iterdir()) == sebelum


def test_an_unwritable_output_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def penuh(*_a: object, **_k: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("sakip.e81.tulis.os.replace", penuh)
    h = e81.periksa_berkas(CONTOH_DELI_SERDANG)
    with pytest.raises(InvalidValueError, match="must be writable"):
        e81.tulis_temuan_xlsx(h, tmp_path / "o.xlsx")
    assert list(tmp_path.iterdir()) == []


def test_standard_output_that_cannot_be_written_is_one_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    class Penuh(io.StringIO):
        def write(self, s: str) -> int:
            raise OSError(28, "No space left on device")

    status = main(["capaian", "--realisasi", "75", "--target", "42"], out=Penuh())
    err = capsys.readouterr().err
    assert status == 2
    assert err == "sakip: error: the output could not be written (No space left on device)\n"


def test_an_e81_form_exported_to_csv_is_audited_as_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.test_e81_tepi import _CSV

    f = tmp_path / "renja.csv"
    f.write_text(_CSV, encoding="utf-8", newline="")
    status, teks = _jalankan("audit", str(f))
    assert status == 0
    assert teks.startswith("Evaluasi Renja (E.81)")
    assert "2 rows, 5 cells checked, 0 findings" in teks
    # rows that are neither: the rows reader's own message, as before
    g = tmp_path / "baris.csv"
    g.write_text("kode;nama;pagu;realisasi\np1;A;300;290\np1;B;1;1\n", encoding="utf-8")
    assert _jalankan("audit", str(g))[0] == 2
    assert "column kode must be unique" in capsys.readouterr().err
