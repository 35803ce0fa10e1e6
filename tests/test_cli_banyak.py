"""sakip audit on several files and folders, and on hostile files: one line, exit 2, the rest go on."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import pytest

from sakip import cli
from sakip.cli import main
from sakip.errors import ReportFormatError
from sakip.laporan import berkas

DATA = Path(str(files("sakip") / "data"))

CSV_BERSIH = "kode;nama;pagu;realisasi;penyerapan_dicetak\np6;Program Bencana;238.280.000;236.647.478;99,31\n"
CSV_TEMUAN = "kode;nama;pagu;realisasi;penyerapan_dicetak\np9;Program LPM;1.539.632.000;1.529.080.716;99,58\n"


def _jalankan(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(args), out=out)
    return status, out.getvalue()


def _laporan(folder: Path, nama: str = "dumai.toml") -> Path:
    """A copy of the embedded 2023 report (and its included lampiran) in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(DATA / "dumai_2023.toml", folder / nama)
    lampiran = folder / "lampiran"
    lampiran.mkdir(exist_ok=True)
    shutil.copy(DATA / "dumai_2023_lampiran.toml", lampiran / "dumai_2023_lampiran.toml")
    teks = (folder / nama).read_text(encoding="utf-8")
    teks = teks.replace('"dumai_2023_lampiran.toml"', '"lampiran/dumai_2023_lampiran.toml"')
    (folder / nama).write_text(teks, encoding="utf-8")
    return folder / nama


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder as an Inspektorat keeps it: two reports, a clean CSV, notes, a subfolder."""
    f = tmp_path / "opd"
    _laporan(f, "b_dumai.toml")
    (f / "a_bersih.csv").write_text(CSV_BERSIH, encoding="utf-8")
    (f / "c_temuan.CSV").write_text(CSV_TEMUAN, encoding="utf-8")
    (f / "catatan.txt").write_text("not a report", encoding="utf-8")
    (f / ".tersembunyi.toml").write_text("junk", encoding="utf-8")
    (f / "bagian.toml").mkdir()  # a folder with a report's name is not a report
    return f


# -- one file: the output it always had ----------------------------------------


@pytest.mark.parametrize("format_", ["text", "json", "markdown"])
def test_one_file_prints_what_it_always_printed(tmp_path: Path, format_: str) -> None:
    f = _laporan(tmp_path, "dumai_2023.toml")  # the embedded report's own file name
    assert _jalankan("audit", str(f), "--format", format_) == _jalankan(
        "audit", "--format", format_
    )


def test_one_report_in_json_stays_one_indented_document(tmp_path: Path) -> None:
    status, teks = _jalankan("audit", str(_laporan(tmp_path)), "--format", "json")
    assert status == 0
    assert json.loads(teks)["jumlah_temuan"] == 39
    assert teks.startswith("{\n  ")


# -- several files ----------------------------------------------------------------


def test_folder_takes_its_report_files_sorted(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, teks = _jalankan("audit", str(folder), "--jobs", "1")
    assert status == 0  # findings, but no --strict
    kepala = [b for b in teks.splitlines() if b.startswith("==> ")]
    assert kepala == [
        f"==> {folder / 'a_bersih.csv'} <==",
        f"==> {folder / 'b_dumai.toml'} <==",
        f"==> {folder / 'c_temuan.CSV'} <==",
    ]
    ringkasan = teks[teks.index("Summary of 3 reports") :].splitlines()
    assert ringkasan == [
        "Summary of 3 reports",
        f"  {folder / 'a_bersih.csv'}: 0 findings (1 printed figure recomputed)",
        f"  {folder / 'b_dumai.toml'}: 39 findings (590 printed figures recomputed)",
        f"  {folder / 'c_temuan.CSV'}: 1 finding (1 printed figure recomputed)",
        "Total: 3 reports, 3 audited, 0 refused, 40 findings",
    ]
    assert capsys.readouterr().err == ""


def test_worst_status_wins(folder: Path, tmp_path: Path) -> None:
    bersih = folder / "a_bersih.csv"
    assert _jalankan("audit", str(bersih), str(bersih), "--strict", "--jobs", "1")[0] == 0
    assert _jalankan("audit", str(folder), "--strict", "--jobs", "1")[0] == 1
    rusak = tmp_path / "rusak.toml"
    rusak.write_text("skema = ", encoding="utf-8")
    assert _jalankan("audit", str(folder), str(rusak), "--jobs", "1")[0] == 2
    assert _jalankan("audit", str(rusak), str(folder), "--strict", "--jobs", "1")[0] == 2


def test_a_bad_file_is_reported_and_the_rest_go_on(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rusak = tmp_path / "rusak.toml"
    rusak.write_text("skema = ", encoding="utf-8")
    hilang = tmp_path / "hilang.toml"
    status, teks = _jalankan("audit", str(rusak), str(folder), str(hilang), "--jobs", "1")
    assert status == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2
    assert err[0].startswith(f"sakip: error: {rusak}: ")
    assert "must be valid TOML" in err[0]
    assert err[1] == f"sakip: error: {hilang} must exist (got '{hilang}')"
    assert f"  {rusak}: refused: " in teks
    assert f"  {folder / 'b_dumai.toml'}: 39 findings" in teks
    assert teks.endswith("Total: 5 reports, 3 audited, 2 refused, 40 findings\n")


def test_json_lines_one_report_per_line(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hilang = tmp_path / "hilang.toml"
    status, teks = _jalankan("audit", str(folder), str(hilang), "--format", "json", "--jobs", "1")
    assert status == 2
    baris = [json.loads(b) for b in teks.splitlines()]
    assert [b["berkas"] for b in baris] == [
        str(folder / "a_bersih.csv"),
        str(folder / "b_dumai.toml"),
        str(folder / "c_temuan.CSV"),
        str(hilang),
    ]
    assert [len(b.get("temuan", [])) for b in baris] == [0, 39, 1, 0]
    assert baris[1]["jumlah_temuan"] == 39
    assert baris[3] == {
        "berkas": str(hilang),
        "galat": f"must exist (got '{hilang}')",
        "internal": False,
    }
    assert capsys.readouterr().err.count("\n") == 1


def test_markdown_summary_escapes_the_table(tmp_path: Path) -> None:
    f = tmp_path / "a|b.csv"
    f.write_text(CSV_TEMUAN, encoding="utf-8")
    status, teks = _jalankan("audit", str(f), str(f), "--format", "markdown", "--jobs", "1")
    assert status == 0
    assert "# sakip audit: summary" in teks
    assert "\n| file | findings | recomputed | status |\n" in teks
    assert f"| {tmp_path}/a\\|b.csv | 1 | 1 | audited |" in teks


def test_a_process_pool_gives_the_same_output(folder: Path) -> None:
    args = ("audit", str(folder), str(folder / "a_bersih.csv"), "--format", "json")
    assert _jalankan(*args, "--jobs", "2") == _jalankan(*args, "--jobs", "1")


def test_workers_return_text_and_counts_that_pickle(folder: Path) -> None:
    import pickle

    k = cli._audit_satu(str(folder / "b_dumai.toml"), "text", True, False)
    assert (k.temuan, k.diperiksa, k.galat) == (39, 590, None)
    assert pickle.loads(pickle.dumps(k)) == k


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    _, teks = _jalankan("audit", str(folder), "--jobs", "1")
    assert terminal.getvalue().startswith("\r\x1b[Ksakip audit: 0/3 ")
    assert "\r\x1b[Ksakip audit: 3/3 " in terminal.getvalue()
    assert terminal.getvalue().endswith("\r\x1b[K")
    assert "\x1b" not in teks  # progress never reaches stdout
    bukan_terminal = io.StringIO()
    monkeypatch.setattr(sys, "stderr", bukan_terminal)
    _jalankan("audit", str(folder), "--jobs", "1")
    assert bukan_terminal.getvalue() == ""


def test_the_number_of_files_is_bounded(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(cli, "_BERKAS_MAKS", 2)
    assert _jalankan("audit", str(folder))[0] == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "at most 2 report files" in err
    assert _jalankan("audit", *[str(folder / "a_bersih.csv")] * 3)[0] == 2


def test_an_empty_folder_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "catatan.txt").write_text("x", encoding="utf-8")
    status, teks = _jalankan("audit", str(tmp_path))
    assert status == 2
    assert capsys.readouterr().err == (
        f"sakip: error: {tmp_path} must hold report files (.toml, .csv, .xlsx, .xlsm) directly "
        "inside (got none)\n"
    )
    assert "0 audited, 1 refused" in teks


def test_an_entry_that_cannot_be_followed_is_refused_alone(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "putar.toml").symlink_to("putar.toml")  # a symlink to itself
    status, teks = _jalankan("audit", str(folder))
    err = capsys.readouterr().err
    assert status == 2
    assert "putar.toml must be readable" in err
    assert "1 refused" in teks
    assert "a_bersih.csv" in teks  # the rest of the folder was audited


# -- hostile files: one line naming the file, exit 2, never a traceback ----------------

# the embedded report, its lampiran in a subfolder (see _tulis_hostile)
_DUMAI = (
    (DATA / "dumai_2023.toml")
    .read_text(encoding="utf-8")
    .replace('"dumai_2023_lampiran.toml"', '"lampiran/dumai_2023_lampiran.toml"')
)

HOSTILE: dict[str, bytes] = {
    "utf16.toml": _DUMAI.encode("utf-16"),
    "latin1.toml": 'skema = 1\n[laporan]\ninstansi = "Dinas Sosial Café"\n'.encode("latin-1"),
    "biner.toml": bytes(range(256)) * 8,
    "nul.toml": b"skema = 1\x00\n",
    "dalam.toml": b"a = " + b"[" * 50_000 + b"]" * 50_000 + b"\n",
    "digit.toml": b"skema = " + b"9" * 5000 + b"\n",
    "kosong.toml": b"",
    "utf16.csv": CSV_BERSIH.encode("utf-16"),
    "biner.csv": bytes(range(256)) * 8,
    "sel_besar.csv": b"kode;nama;pagu;realisasi\np1;" + b"x" * 200_000 + b";1;1\n",
    # the malformed reports: a key that is no year, quantities nothing validated
    "kunci_superskrip.toml": _DUMAI.replace('2024 = "100"', '"²⁰²⁴" = "100"', 1).encode(),
    "kunci_kata.toml": _DUMAI.replace('2024 = "100"', 'tahun = "100"', 1).encode(),
    "besaran_salah_eja.toml": _DUMAI.replace('"banyak:program"', '"banyak:kegiatn"', 1).encode(),
    # the K of one row (a program's outcome too, where it records one), never of two rows
    "besaran_k_persen.toml": _DUMAI.replace('"banyak:program"', '"k_persen:p1+p2"', 1).encode(),
    "besaran_lebih.toml": _DUMAI.replace('"banyak:program"', '"pagu:p1:extra"', 1).encode(),
}


def _tulis_hostile(folder: Path) -> None:
    for nama, isi in HOSTILE.items():
        (folder / nama).write_bytes(isi)
    (folder / "lampiran").mkdir()
    shutil.copy(DATA / "dumai_2023_lampiran.toml", folder / "lampiran")


def test_the_hostile_reports_are_broken_only_where_meant(tmp_path: Path) -> None:
    (tmp_path / "utuh.toml").write_text(_DUMAI, encoding="utf-8")
    _tulis_hostile(tmp_path)
    assert _jalankan("audit", str(tmp_path / "utuh.toml"))[0] == 0


@pytest.mark.parametrize("nama", sorted(HOSTILE))
def test_hostile_file_is_one_line_and_exit_2(
    nama: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _tulis_hostile(tmp_path)
    f = tmp_path / nama
    status, teks = _jalankan("audit", str(f))
    err = capsys.readouterr().err
    assert (status, teks) == (2, "")
    assert err.count("\n") == 1
    assert err.startswith(("sakip: error: ", "sakip: internal error: "))
    assert str(f) in err
    assert "must exist" not in err  # refused for what is wrong in it, not for a lost lampiran
    assert "Traceback" not in err


def test_hostile_files_among_good_ones_leave_the_good_ones_audited(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _tulis_hostile(tmp_path)
    (tmp_path / "z_bersih.csv").write_text(CSV_BERSIH, encoding="utf-8")
    status, teks = _jalankan("audit", str(tmp_path), "--jobs", "1")
    assert status == 2
    assert f"  {tmp_path / 'z_bersih.csv'}: 0 findings" in teks
    assert f"{len(HOSTILE) + 1} reports, 1 audited, {len(HOSTILE)} refused" in teks
    assert len(capsys.readouterr().err.splitlines()) == len(HOSTILE)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_device_is_refused_before_it_is_read(capsys: pytest.CaptureFixture[str]) -> None:
    assert _jalankan("audit", "/dev/zero") == (2, "")
    assert capsys.readouterr().err == (
        "sakip: error: /dev/zero must be a regular file, not a device, directory or FIFO "
        "(got '/dev/zero')\n"
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_refused_without_waiting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pipa = tmp_path / "pipa.toml"
    os.mkfifo(pipa)
    assert _jalankan("audit", str(pipa))[0] == 2
    assert "must be a regular file" in capsys.readouterr().err


def test_a_file_over_the_size_bound_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(berkas, "MAKS_BERKAS", 1000)
    f = _laporan(tmp_path)
    assert _jalankan("audit", str(f))[0] == 2
    size = f.stat().st_size
    assert f" must be at most 1000 bytes (got {size})\n" in capsys.readouterr().err


def test_control_characters_in_a_name_never_reach_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "a\x1b[31m\nb.toml"
    status, teks = _jalankan("audit", str(f), str(f), "--jobs", "1")
    err = capsys.readouterr().err
    assert status == 2
    assert "\x1b" not in err + teks
    assert err.count("\n") == 2
    assert "a\\x1b[31m\\nb.toml" in err


def test_an_error_while_writing_names_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from sakip.errors import NotComputableError

    def tabel_gagal(hasil: object, out: object) -> None:
        raise NotComputableError(field="pagu", value=0, expected="must not be 0")

    monkeypatch.setattr(cli, "tampil_teks", tabel_gagal)
    f = _laporan(tmp_path)
    assert _jalankan("audit", str(f)) == (2, "")
    assert capsys.readouterr().err == (
        f"sakip: error: {f}: while writing the text output: pagu must not be 0 (got 0)\n"
    )


@pytest.mark.parametrize("akhiran", [".toml", ".csv", ".xlsx"])
def test_a_name_no_file_can_have_is_one_line(
    capsys: pytest.CaptureFixture[str], akhiran: str
) -> None:
    """In sakip's words, the same on every Python (the OS's wording changed in 3.13)."""
    assert _jalankan("audit", f"a\x00b{akhiran}", "--jobs", "1") == (2, "")
    assert capsys.readouterr().err == (
        f"sakip: error: a\\x00b{akhiran} must be a file name without a NUL character "
        "(got 'NUL at character 2')\n"
    )


def test_a_name_no_file_can_have_is_refused_by_every_reader() -> None:
    from sakip import e81, lke
    from sakip.laporan import baca_toml
    from sakip.laporan.berkas_csv import baca_csv_anggaran

    for baca in (baca_toml, baca_csv_anggaran, e81.periksa_berkas, lke.baca):
        with pytest.raises(ReportFormatError, match="without a NUL character"):
            baca("x\x00.toml")


def test_an_unexpected_exception_is_one_line_internal_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def rusak(path: Path) -> object:
        raise KeyError("kegiatn")

    monkeypatch.setattr(cli, "_periksa_berkas", rusak)
    status, _ = _jalankan("audit", str(tmp_path / "x.toml"))
    assert status == 2
    assert capsys.readouterr().err == (
        f"sakip: internal error: {tmp_path / 'x.toml'}: while reading and auditing it: "
        "KeyError: 'kegiatn' (a bug in sakip; please report it with the file)\n"
    )


# -- the real command, in a real process ------------------------------------------


def _sakip(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sakip.cli", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, **env},
        timeout=120,
        check=False,
    )


def test_a_non_utf8_terminal_gets_escapes_not_a_crash() -> None:
    r = _sakip("audit", PYTHONIOENCODING="ascii")
    assert r.returncode == 0, r.stderr
    assert "\\u2026" in r.stdout  # "…" of a shortened program name
    r = _sakip("audit", "--format", "json", PYTHONIOENCODING="ascii")
    assert json.loads(r.stdout)["jumlah_temuan"] == 39
    r = _sakip("capaian", "--realisasi", "1.250", "--target", "900", PYTHONIOENCODING="ascii")
    assert (r.returncode, r.stdout) == (2, "")
    assert r.stderr.count("\n") == 1


def test_several_files_on_the_pool_in_a_real_process(folder: Path, tmp_path: Path) -> None:
    (tmp_path / "rusak.toml").write_bytes(HOSTILE["dalam.toml"])
    r = _sakip("audit", str(folder), str(tmp_path / "rusak.toml"), "--jobs", "2", "--strict")
    assert r.returncode == 2
    assert r.stdout.endswith("Total: 4 reports, 3 audited, 1 refused, 40 findings\n")
    assert r.stderr.count("\n") == 1
    assert "Traceback" not in r.stderr


def test_the_guides_folder_example_is_true(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import re

    monkeypatch.chdir(tmp_path)
    folder = Path("laporan-2023")
    _laporan(folder, "dinsos-dumai.toml")
    (folder / "anggaran-program.csv").write_text(CSV_TEMUAN, encoding="utf-8")
    panduan = Path(__file__).parent.parent / "docs" / "panduan" / "audit.md"
    blok = re.search(
        r"\$ sakip audit laporan-2023/ --strict\n.*?\n\.\.\.\n(.*?)```",
        panduan.read_text(encoding="utf-8"),
        re.S,
    )
    assert blok is not None
    status, teks = _jalankan("audit", "laporan-2023/", "--strict")
    assert status == 1
    assert teks.startswith("==> laporan-2023/anggaran-program.csv <==\n")
    assert teks.endswith(blok.group(1))


def test_the_nul_is_placed_in_the_name_the_message_shows(tmp_path: Path) -> None:
    """The CSV readers name the file by its name alone: the NUL's place is counted there."""
    from sakip import lke

    with pytest.raises(ReportFormatError) as info:
        lke.baca(str(tmp_path / "a\x00b.csv"))
    assert str(info.value).endswith("(got 'NUL at character 2')")


def test_a_folders_xls_is_listed_as_refused_with_its_advice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a review found a folder's .xls skipped without a word (named alone, it is refused
    # asking for .xlsx), and a folder of only .xls said it held no report file
    (tmp_path / "renja.xls").write_bytes(b"\xd0\xcf\x11\xe0 junk")
    (tmp_path / "catatan.txt").write_text("not a report", encoding="utf-8")
    status, teks = _jalankan("audit", str(tmp_path), "--jobs", "1")
    assert status == 2
    assert "Total: 1 report, 0 audited, 1 refused, 0 findings" in teks
    assert f"{tmp_path / 'renja.xls'}: refused: it is an Excel 97-2003 workbook" in teks
    err = capsys.readouterr().err
    assert f"sakip: error: {tmp_path / 'renja.xls'} is an Excel 97-2003 workbook" in err
    assert "catatan.txt" not in err + teks
