"""The command reads a file by its suffix and refuses the others; what it writes, likewise.

A review found a report named ``report.txt`` read as TOML without a word, ``-`` refused as
a missing file, ``--format xlsx --output out.csv`` writing a workbook under a CSV name, and
names read from a file reaching rendered Markdown as HTML.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import sakip
from sakip._tabel import sel_markdown
from tests._perintah import ditolak, jalankan

DATA = Path(sakip.__file__).parent / "data"
DUMAI = DATA / "dumai_2023.toml"
DS = Path(__file__).parent / "data" / "e81" / "e81_deli_serdang_bappedalitbang_2025.xlsx"


@pytest.mark.parametrize("nama", ["laporan.txt", "laporan", "laporan.TOML.bak"])
def test_a_suffix_sakip_does_not_read_is_refused_naming_those_it_reads(
    nama: str, tmp_path: Path
) -> None:
    f = tmp_path / nama
    shutil.copy(DUMAI, f)
    shutil.copy(DATA / "dumai_2023_lampiran.toml", tmp_path)
    assert ditolak("audit", str(f)) == (
        f"sakip: error: {f} must be a .toml, .csv, .xlsx, .xlsm file: a file is read by its "
        f"suffix (got {f.suffix or f.name!r})\n"
    )


def test_the_same_report_named_toml_is_audited(tmp_path: Path) -> None:
    f = tmp_path / "laporan.Toml"
    shutil.copy(DUMAI, f)
    shutil.copy(DATA / "dumai_2023_lampiran.toml", tmp_path)
    assert jalankan("audit", str(f))[0] == 0


def test_a_dash_is_no_standard_input() -> None:
    assert ditolak("audit", "-") == (
        "sakip: error: - is standard input, which sakip does not read: name the file (got '-')\n"
    )


def test_a_missing_file_without_a_suffix_is_refused_as_missing(tmp_path: Path) -> None:
    hilang = tmp_path / "hilang"
    assert ditolak("audit", str(hilang)) == f"sakip: error: {hilang} must exist (got '{hilang}')\n"


@pytest.mark.parametrize("keluaran", ["bertanda.csv", "bertanda.xlsm", "bertanda"])
def test_the_marked_copy_must_be_named_xlsx(keluaran: str, tmp_path: Path) -> None:
    tujuan = tmp_path / keluaran
    galat = ditolak("audit", str(DS), "--format", "xlsx", "--output", str(tujuan))
    assert "--output must end in .xlsx: the file written is an Excel workbook" in galat
    assert not tujuan.exists()


def test_a_report_is_no_workbook_to_mark(tmp_path: Path) -> None:
    galat = ditolak("audit", str(DUMAI), "--format", "xlsx", "--output", str(tmp_path / "x.xlsx"))
    assert "--format xlsx marks an .xlsx workbook (form E.81)" in galat


@pytest.mark.parametrize(
    ("teks", "md"),
    [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("Sarana & Prasarana", "Sarana &amp; Prasarana"),
        ("a|b", "a\\|b"),
        ('"kutip"', '"kutip"'),
    ],
)
def test_a_markdown_cell_is_text_never_html(teks: str, md: str) -> None:
    assert sel_markdown(teks) == md


def test_the_e81_markdown_writes_the_title_as_text() -> None:
    from sakip import e81

    h = e81.periksa(e81.TabelE81(judul="Evaluasi <script>x</script> & RKPD", baris=()))
    assert e81.tampil.markdown(h).splitlines()[0] == (
        "# Evaluasi Renja (E.81): Evaluasi &lt;script&gt;x&lt;/script&gt; &amp; RKPD"
    )


def test_the_summary_of_several_files_writes_names_as_text(tmp_path: Path) -> None:
    aneh = tmp_path / "x<b>.csv"
    aneh.write_text("kode,nama\n", encoding="utf-8")
    shutil.copy(DUMAI, tmp_path / "d.toml")
    shutil.copy(DATA / "dumai_2023_lampiran.toml", tmp_path)
    keluaran = jalankan("audit", str(aneh), str(tmp_path / "d.toml"), "--format", "markdown")[1]
    assert "x&lt;b&gt;.csv" in keluaran
    assert "<b>" not in keluaran


@pytest.mark.parametrize(
    ("nama", "isi"), [("lama.xls", b"junk"), ("rusak.xlsx", b"junk"), ("a.toml", b"skema = 1\n")]
)
def test_a_refusal_reads_alike_with_every_format(nama: str, isi: bytes, tmp_path: Path) -> None:
    # "x.xls is ..." for the file as a whole, "a.toml: laporan is required" for a place in
    # it, whatever the format; the plain audit printed "x.xls: is ..." where --format xlsx
    # printed "x.xls is ..."
    f = tmp_path / nama
    f.write_bytes(isi)
    xlsx = ("--format", "xlsx", "--output", str(tmp_path / "o.xlsx"))
    semua = {
        ditolak("audit", str(f), *opsi)
        for opsi in ((), ("--format", "markdown"), *((xlsx,) if nama != "a.toml" else ()))
    }
    assert len(semua) == 1
    (baris,) = semua
    assert baris.startswith(f"sakip: error: {f}{': ' if nama == 'a.toml' else ' '}")
