"""Hostile report files: every case gives a SakipError naming the file and the place, never a traceback."""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

import pytest

from sakip.audit import periksa, periksa_baris, periksa_berkas
from sakip.errors import InvalidTypeError, ReportFormatError, SakipError
from sakip.laporan import (
    MAKS_BERKAS,
    MAKS_PANJANG_SEL,
    BarisAnggaran,
    baca_csv_anggaran,
    baca_csv_indikator,
    baca_toml,
)

KEPALA = """skema = 1
[laporan]
instansi = "Dinas Contoh"
tahun = 2024
judul = "LKjIP 2024"
sumber = "contoh"
renstra = [2021, 2026]
skala_predikat = "PERMENDAGRI_86_2017"
"""

INDIKATOR = """
[[indikator]]
kode = "i1"
nama = "Indikator"
satuan = "%"
arah = "naik"
target = {{ {kunci} = "90" }}
"""


def _tulis(tmp_path: Path, teks: str | bytes, nama: str = "lap.toml") -> Path:
    f = tmp_path / nama
    if isinstance(teks, bytes):
        f.write_bytes(teks)
    else:
        f.write_text(teks, encoding="utf-8")
    return f


def _galat(f: Path) -> ReportFormatError:
    with pytest.raises(ReportFormatError) as info:
        periksa_berkas(f)
    assert info.value.berkas.endswith(f.name) or f.name in str(info.value)
    assert "\n" not in str(info.value)
    return info.value


@pytest.mark.parametrize(
    ("isi", "pesan"),
    [
        (KEPALA.encode("utf-16"), "UTF-16"),
        (KEPALA.replace("Contoh", "Contóh").encode("latin-1"), "UTF-8"),
        (b"\x00\x01\x02binary\xff\xfe" * 10, "UTF-8"),
        (b"skema = 1\x00", "binary"),
        (KEPALA.encode() + b"x = " + b"9" * 5000 + b"\n", "TOML"),
        (b"x = " + b"[" * 5000 + b"]" * 5000, "deep"),
        (b"skema = [", "valid TOML"),
        (b'skema = 1\njudul = "x\n', "line 2, column 11 must be valid TOML: Illegal character"),
    ],
    ids=["utf16", "latin1", "binary", "nul", "5000-digits", "deep-nesting", "broken", "line"],
)
def test_unreadable_toml(tmp_path: Path, isi: bytes, pesan: str) -> None:
    e = _galat(_tulis(tmp_path, isi))
    assert pesan in str(e)


@pytest.mark.parametrize("kunci", ['"²⁰²⁴"', '"٢٠٢٤"', '"tahun"', '"20245"'])
def test_year_keys_must_be_four_ascii_digits(tmp_path: Path, kunci: str) -> None:
    e = _galat(_tulis(tmp_path, KEPALA + INDIKATOR.format(kunci=kunci)))
    assert e.letak.startswith("indikator[0].target.")
    assert "4 ASCII digits" in str(e)


def test_devices_directories_and_fifos_are_refused(tmp_path: Path) -> None:
    for path in (Path("/dev/zero"), tmp_path):
        with pytest.raises(ReportFormatError, match="regular file"):
            baca_toml(path)
        with pytest.raises(ReportFormatError, match="regular file"):
            baca_csv_anggaran(path)
    fifo = tmp_path / "fifo.toml"
    os.mkfifo(fifo)
    with pytest.raises(ReportFormatError, match="regular file"):
        baca_toml(fifo)


def test_an_include_of_a_device_is_refused(tmp_path: Path) -> None:
    f = _tulis(tmp_path, 'sertakan = ["/dev/zero"]\n' + KEPALA)
    with pytest.raises(ReportFormatError, match="regular file") as info:
        baca_toml(f)
    assert info.value.berkas == "/dev/zero"


def test_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    f = tmp_path / "besar.toml"
    with f.open("wb") as h:
        h.truncate(MAKS_BERKAS + 1)  # sparse: nothing is written, nothing may be read
    assert "at most" in str(_galat(f))


@pytest.mark.parametrize("nama", ["", "  "])
def test_an_include_that_names_no_file_is_refused_at_its_place(tmp_path: Path, nama: str) -> None:
    f = _tulis(tmp_path, f'sertakan = ["{nama}"]\n' + KEPALA)
    e = _galat(f)
    assert e.letak == "sertakan[0]"
    assert "must name a file" in str(e)


def test_include_cycles_name_the_chain(tmp_path: Path) -> None:
    _tulis(tmp_path, 'sertakan = ["b.toml"]\n', "a.toml")
    _tulis(tmp_path, 'sertakan = ["c.toml"]\n', "b.toml")
    _tulis(tmp_path, 'sertakan = ["a.toml"]\n', "c.toml")
    f = _tulis(tmp_path, 'sertakan = ["a.toml"]\n' + KEPALA)
    e = _galat(f)
    assert "a.toml -> b.toml -> c.toml -> a.toml" in str(e)


def test_nested_includes_are_followed(tmp_path: Path) -> None:
    _tulis(tmp_path, 'sertakan = ["b.toml"]\n', "a.toml")
    _tulis(tmp_path, INDIKATOR.format(kunci='"2024"'), "b.toml")
    lap = baca_toml(_tulis(tmp_path, 'sertakan = ["a.toml"]\n' + KEPALA))
    assert lap.indikator[0].kode == "i1"


@pytest.mark.parametrize(
    ("besaran", "pesan"),
    [
        (
            "banyak:kegiatn",
            "one of ('program', 'kegiatan', 'sub', 'indikator', 'sasaran', 'tujuan')",
        ),
        # the K of one row of any level (a program's outcome too), never of a sum of rows
        ("k_persen:total", "needs one node code"),
        ("rpjmd_k:p1+p1.k1", "needs one node code"),
        ("tw_rp:p1.k1.s1:1", "must be a kegiatan"),
        ("tw_rp:p1.k1:5", "quarter"),
        ("pagu:p1:extra", "1 argument"),
        ("rata_rata:anything", "one of ('k_persen', 'penyerapan')"),
        ("pagu:p9", "no program, kegiatan or sub kegiatan"),
        ("iku.capaian:iku9:2024", "no indicator"),
        ("iku.atribut:i1:2024", "skala_atribut"),
        ("iku.capaian:i1:²⁰²⁴", "4 ASCII digits"),
        ("terbilang:", "nested quantity"),
        ("volume:p1", "quantity kind"),
    ],
)
def test_malformed_quantities_are_refused_at_load(
    tmp_path: Path, besaran: str, pesan: str
) -> None:
    teks = (
        KEPALA
        + INDIKATOR.format(kunci='"2024"')
        + PROGRAM
        + f'[[tabel]]\ntabel = "Tabel 1"\nangka = [{{ baris = "x", kolom = "y", teks = "1", besaran = "{besaran}" }}]\n'
    )
    e = _galat(_tulis(tmp_path, teks))
    assert pesan in str(e)
    assert e.letak.startswith("tabel[0].angka[0].besaran (Tabel 1 / x / y)")


PROGRAM = """
[[program]]
kode = "p1"
nama = "Program Satu"
[[program.kegiatan]]
kode = "p1.k1"
nama = "Kegiatan Satu"
[[program.kegiatan.sub]]
kode = "p1.k1.s1"
nama = "Sub | satu \x1b[31m"
indikator = "Dokumen"
satuan = "Dokumen"
target_k = "0"
pagu = 0
tw_k = ["0", "0", "0", "0"]
tw_rp = [0, 0, 0, 0]
realisasi_k = "0"
realisasi_rp = 0
""".replace("\x1b", "\\u001b")


def test_a_huge_pagu_is_blamed_on_the_pagu(tmp_path: Path) -> None:
    e = _galat(_tulis(tmp_path, KEPALA + PROGRAM.replace("pagu = 0", "pagu = " + "1" + "0" * 40)))
    assert e.letak == "program[0].kegiatan[0].sub[0].pagu"


def test_an_unknown_scale_names_the_field(tmp_path: Path) -> None:
    e = _galat(_tulis(tmp_path, KEPALA.replace("PERMENDAGRI_86_2017", "SKALA_X")))
    assert e.letak == "laporan.skala_predikat"


def test_an_ambiguous_printed_figure_names_the_file_table_and_row(tmp_path: Path) -> None:
    teks = (
        KEPALA
        + PROGRAM.replace("pagu = 0", "pagu = 100").replace(
            "realisasi_rp = 0", "realisasi_rp = 95"
        )
        + PROGRAM_TW
        + '[[tabel]]\ntabel = "Tabel 3"\nangka = [{ baris = "p1", kolom = "%", teks = "95.00", besaran = "penyerapan:p1" }]\n'
    )
    e = _galat(_tulis(tmp_path, teks))
    assert e.letak == "Tabel 3 / p1 / %"
    assert e.berkas == "lap.toml"


PROGRAM_TW = ""


def test_csv_hostile_cells_and_rows(tmp_path: Path) -> None:
    besar = "x" * (MAKS_PANJANG_SEL + 1)
    with pytest.raises(ReportFormatError, match="row 2"):
        baca_csv_anggaran(io.StringIO(f"kode,nama,pagu,realisasi\np1,{besar},1,1\n"))
    with pytest.raises(ReportFormatError, match="row 3") as info:
        baca_csv_anggaran(io.StringIO("kode;nama;pagu;realisasi\np1;A;1;1\np2;B;1\n"))
    assert "4 cells" in str(info.value)
    with pytest.raises(ReportFormatError, match="once"):
        baca_csv_anggaran(io.StringIO("kode,nama,pagu,pagu,realisasi\np1,A,1,2,1\n"))
    with pytest.raises(ReportFormatError, match="header"):
        baca_csv_anggaran(io.StringIO(""))
    f = _tulis(tmp_path, "kode,nama,pagu,realisasi\n".encode("utf-16"), "a.csv")
    with pytest.raises(ReportFormatError, match="UTF-16"):
        baca_csv_anggaran(f)


def test_csv_sources_of_the_wrong_type() -> None:
    for sumber in (None, 5, b"kode", io.BytesIO(b"kode,nama,pagu,realisasi\n")):
        with pytest.raises(InvalidTypeError):
            baca_csv_anggaran(sumber)  # type: ignore[arg-type]
        with pytest.raises(InvalidTypeError):
            baca_csv_indikator(sumber)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "panggil",
    [
        lambda: baca_toml("a\x00b"),
        lambda: baca_toml(None),  # type: ignore[arg-type]
        lambda: baca_toml(io.BytesIO(b"skema = 1")),  # type: ignore[arg-type]
        lambda: periksa_baris([None]),  # type: ignore[arg-type]
        lambda: periksa_baris(None),  # type: ignore[arg-type]
        lambda: BarisAnggaran(baris=2, kode="p", nama="n", pagu="x", realisasi=1),  # type: ignore[arg-type]
        lambda: BarisAnggaran(baris=2, kode="p", nama="n", pagu=True, realisasi=1),
        lambda: periksa(None),  # type: ignore[arg-type]
        lambda: periksa_berkas(None),  # type: ignore[arg-type]
    ],
)
def test_api_junk_raises_a_sakip_error(panggil: object) -> None:
    with pytest.raises(SakipError):
        panggil()  # type: ignore[operator]


def test_names_from_a_report_cannot_break_a_table_or_a_terminal(tmp_path: Path) -> None:
    from sakip.audit.tampil import tampil_markdown, tampil_teks

    teks = KEPALA + PROGRAM.replace("realisasi_rp = 0", "realisasi_rp = 5")  # quarters say 0
    hasil = periksa_berkas(_tulis(tmp_path, teks))
    (t,) = [t for t in hasil.temuan if t.aturan == "triwulan"]
    assert "|" in t.letak
    assert "\x1b" in t.letak
    md, txt = io.StringIO(), io.StringIO()
    tampil_markdown(hasil, md)
    tampil_teks(hasil, txt)
    baris = next(b for b in md.getvalue().splitlines() if "Sub \\| satu" in b)
    assert len(re.findall(r"(?<!\\)\|", baris)) == 9  # eight cells: the name's bar is escaped
    assert "\x1b" not in md.getvalue()
    assert "\x1b" not in txt.getvalue()
    assert "\\x1b[31m" in txt.getvalue()
