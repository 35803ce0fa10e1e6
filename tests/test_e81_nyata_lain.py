"""E.81: real workbooks of other agencies, and what sakip does with each today.

Each workbook is published data kept unchanged (its source is in ``tests/data/e81/README.md``);
its sha256 is checked so that a test never runs on an edited copy. Where sakip is right, the
test pins what it does; where it is wrong, an ``xfail(strict=True)`` test pins the right
behaviour, so that the fix turns it into a failure to be promoted to a plain test (as the
Sukabumi 2018 workbook's was, now read and audited, its findings pinned in
``tests/data/e81/sukabumi_2018_temuan.csv``).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from fractions import Fraction
from pathlib import Path

import openpyxl
import pytest

from sakip import e81
from sakip.cli import main
from sakip.e81 import Bagian, Jenjang, Kolom
from sakip.e81.berkas_xlsx import muat_lembar
from sakip.e81.model import huruf_kolom
from sakip.errors import ReportFormatError, SakipError

DATA = Path(__file__).parent / "data" / "e81"
SUKABUMI = DATA / "e81_sukabumi_bappeda_2018.xlsx"
JEMBER = DATA / "templat_evaluasi_rkpd_jember_2020.xlsx"
JABAR_XLS = DATA / "renja_jabar_biro_perekonomian_lampiran.xls"

SHA256 = {
    SUKABUMI: "234de6a966e4c1d0e57434821a2cf778b1684c402ed06e4a52a415652745ecd5",
    JEMBER: "045488c931cb49be36e081fc7cbe1752d46bdd5ed886cd2107a81b81e0fde7bb",
    JABAR_XLS: "67739005c89c382de510f614bd8181045705974a801fe1030d794c61ed0a6fdd",
}

CAPAIAN = (Kolom.CAPAIAN_RENJA, Kolom.CAPAIAN_RENSTRA)
LAYOUT = "E.81 layout: numbered caption row, K/Rp row, header text per column group"


def _audit(path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    out = io.StringIO()
    status = main(["audit", str(path), *args], out=out)
    return status, out.getvalue(), capsys.readouterr().err


def _refusal(path: Path) -> str:
    """The message sakip refuses the workbook with, or "" when it reads it."""
    try:
        e81.periksa_berkas(path)
    except SakipError as galat:
        return str(galat)
    return ""


@pytest.mark.parametrize("path", list(SHA256), ids=lambda p: p.name)
def test_each_copy_is_the_published_file(path: Path) -> None:
    assert hashlib.sha256(path.read_bytes()).hexdigest() == SHA256[path]


# -- Bappeda Kabupaten Sukabumi 2018: a filled E.81, Rp in thousands -------------------------


def test_sukabumi_headers_are_e81_with_rupiah_in_thousands() -> None:
    """The shape the refusal is about: captions 1-17, K / Rp. (000) under the number groups."""
    ws = openpyxl.load_workbook(SUKABUMI).active
    assert ws is not None
    assert ws["A3"].value == "Evaluasi Hasil terhadap RENJA PD "
    assert [ws[s].value for s in ("W13", "Y13", "AA13", "AC13")] == [
        "12 = 8+9+10+11",
        "13 = 12/7*100",
        "14 = 6 + 12",
        "15 = 14/5*100",
    ]
    assert [ws.cell(12, c).value for c in range(8, 13)] == [
        "K",
        None,
        "Rp. (000)",
        "K",
        "Rp. (000)",
    ]
    assert ws["J18"].value == 375000  # pagu of 375,000 thousand rupiah, the unit of the column
    assert ws["W18"].value == "=O18+Q18+S18+U18"


def test_sukabumi_rupiah_in_thousands_is_understood() -> None:
    """'Rp. (000)' over every amount, 'Rp.' over the tingkat capaian (a percentage)."""
    _, tata = muat_lembar(SUKABUMI)
    assert tata.satuan_rupiah == "ribu"
    assert [huruf_kolom(tata.kolom[(k, Bagian.RP)]) for k in (Kolom.TARGET_RENJA, *CAPAIAN)] == [
        "N",
        "Z",
        "AD",
    ]
    assert "J12 must be K, Rp or %" not in _refusal(SUKABUMI)


def _dipatok_sukabumi() -> list[dict[str, str]]:
    with (DATA / "sukabumi_2018_temuan.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_sukabumi_pre_2019_codes_and_headings_are_understood() -> None:
    assert _refusal(SUKABUMI) == ""


def test_sukabumi_levels_come_from_headings_bold_and_totals_not_from_its_codes() -> None:
    """'1.01.01' on program 17 and on kegiatan 18: the codes are kept as text, not read."""
    tabel = e81.baca_xlsx(SUKABUMI)
    dibaca = {b.sel_nama.baris: (b.jenjang, b.kode) for b in tabel.baris if b.sel_nama and b.nama}
    assert dibaca == {
        15: (Jenjang.URUSAN, ""),
        16: (Jenjang.BIDANG, "1"),
        17: (Jenjang.PROGRAM, "1.01.01"),
        18: (Jenjang.KEGIATAN, "1.01.01"),
        36: (Jenjang.KEGIATAN, ""),
        37: (Jenjang.KEGIATAN, ""),
        42: (Jenjang.PROGRAM, ""),
        43: (Jenjang.KEGIATAN, ""),
        44: (Jenjang.KEGIATAN, ""),
    }
    lanjutan = [b.sel_nama.baris for b in tabel.baris if b.lanjutan and b.sel_nama]
    assert lanjutan == list(range(19, 36))  # further indicators of kegiatan 18


def test_sukabumi_summary_rows_are_kept_and_their_averages_and_predikat_audited() -> None:
    tabel = e81.baca_xlsx(SUKABUMI)
    assert [(r.baris, r.label[:16]) for r in tabel.ringkasan] == [
        (38, "Rata-rata capaia"),
        (39, ""),
        (40, ""),
        (41, "Predikat kinerja"),
        (45, "Rata-rata capaia"),
        (46, ""),
        (47, ""),
        (48, "RATA-RATA CAPAIA"),
        (49, "PREDIKAT KINERJA"),
    ]
    predikat = tabel.ringkasan[3]
    assert str(predikat.sel_label) == "'Sheet-1'!A41"
    assert predikat.teks[(Kolom.CAPAIAN_RENJA, Bagian.K)] == "Sangat Tinggi"
    rumus = predikat.isian[(Kolom.CAPAIAN_RENJA, Bagian.K)].rumus
    assert str(rumus).startswith('=IF(Y38<=50,"Sangat')
    rata = tabel.ringkasan[0].isian[(Kolom.TARGET_RENJA, Bagian.RP)]
    assert (str(rata.sel), rata.rumus) == ("'Sheet-1'!N38", "=SUM(N18:N37)")
    assert rata.nilai == Fraction(1874960)
    hasil = e81.periksa(tabel)
    di_ringkasan = {t.sel: t.temuan.aturan for t in hasil.temuan}.items() & {
        (huruf_kolom(c) + str(r.baris), a)
        for r in tabel.ringkasan
        for c in range(1, 35)
        for a in (
            "predikat",
            "tangga-predikat",
            "rata-rata",
            "rumus-rata",
            "jumlah-ringkasan",
            "rumus-jumlah",
            "salinan",
            "format-campur",
            "rasio-ringkasan",
            "rujukan-program",
        )
    }
    # Y41 and Z41 rate Y38 and Z38, which hold a space; the Rp sums of row 38 repeat the
    # program's double count of the further indicators 19-35 (as J17 does), and so do the
    # averages of capaian Rp AD38 and Z40; L38 and AB45 average Rp amounts, which the row
    # sums elsewhere; row 46's ratios of the quarters divide by program 1's $M$38 / $N$38
    assert sorted(di_ringkasan) == sorted(
        [
            ("AB38", "rumus-jumlah"),
            ("AC41", "tangga-predikat"),
            *((f"{c}38", "rumus-jumlah") for c in "JNPRTVX"),
            ("Y41", "predikat"),
            ("Z41", "predikat"),
            *((c, "rumus-rata") for c in ("L38", "AD38", "Z40", "AB45")),
            *((f"{c}46", "rujukan-program") for c in "OPQRSTUV"),
        ]
    )
    diperiksa = {x.a1 for x in hasil.ringkasan_diperiksa}
    assert {"Y40", "Z40", "AC38", "Y47", "AD45", "Y41", "AD49"} <= diperiksa
    # the sums, the copies and the means of the programs' averages are audited too, and
    # the ratios of two averages or two sums (M38/H38*100, P45/$N$38*100)
    assert {"J38", "X45", "H39", "AC40", "O47", "Y48", "AD48", "M39", "O46", "K46"} <= diperiksa
    # ratios of unlike figures (K38/H38*100: a sum over an average; AC39 = AA39/H39*100, a
    # ratio over a copy) and sums across columns (O40+Q40+S40+U40) are not; each filled
    # summary cell is in one list
    tidak = {x.a1 for x in hasil.ringkasan_tidak}
    assert tidak == {
        *("K39", "AC39", "AD39", "AB46", "AC46", "AD46"),
        *("W40", "X40", "W47", "X47"),
    }
    assert not diperiksa & tidak
    assert (len(diperiksa), len(tidak)) == (110, 10)


def test_sukabumi_every_finding_is_pinned_with_its_reason() -> None:
    hasil = e81.periksa_berkas(SUKABUMI)
    dipatok = _dipatok_sukabumi()
    didapat = [
        {
            "aturan": t.temuan.aturan,
            "tingkat": t.temuan.tingkat.value,
            "sel": t.sel,
            "dicetak": t.temuan.dicetak,
            "dihitung": t.temuan.dihitung,
        }
        for t in hasil.temuan
    ]
    assert didapat == [{k: v for k, v in d.items() if k != "alasan"} for d in dipatok]
    assert all(len(d["alasan"]) > 40 for d in dipatok)


def test_sukabumi_audit_lists_its_summary_rows_as_not_audited(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, teks, _ = _audit(SUKABUMI, capsys)
    assert status == 0  # findings are a report, not a failure
    baris = teks.splitlines()
    assert baris[2] == "26 rows, 264 cells checked, 38 findings"  # 154 + 110 summary cells
    assert baris[3].startswith(
        "summary rows: 38 'Rata-rata capaian kinerja (%)', 39, 40, 41 'Predikat kinerja', 45 "
    )
    assert baris[4].startswith("summary cells checked: H38, J38, K38, L38, ")
    assert baris[5] == (
        "summary cells not checked: K39, AC39, AD39, W40, X40, AB46, AC46, AD46, W47, X47"
    )
    assert sum(b.startswith("[") for b in baris) == 38
    data = json.loads(_audit(SUKABUMI, capsys, "--format", "json")[1])
    assert [r["baris"] for r in data["ringkasan"]] == [38, 39, 40, 41, 45, 46, 47, 48, 49]
    assert data["ringkasan"][3] == {
        "baris": 41,
        "label": "Predikat kinerja",
        "sel_label": "A41",
        "diperiksa": ["Y41", "Z41", "AC41", "AD41"],
        "tidak_diperiksa": [],
    }
    assert data["ringkasan"][7]["diperiksa"] == ["Y48", "Z48", "AC48", "AD48"]
    assert data["ringkasan"][7]["tidak_diperiksa"] == []
    md = _audit(SUKABUMI, capsys, "--format", "markdown")[1].splitlines()
    assert md[4].startswith("- summary rows: 38 ")
    assert md[6].startswith("- summary cells not")


def test_a_refusal_in_json_is_one_line_there_and_one_json_record_on_stdout(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # as for several files: a caller reading JSON gets JSON (stdout was empty for one file)
    status, teks, err = _audit(JEMBER, capsys, "--format", "json")
    galat = f"'Sheet1'!D6 must have at least one row under the headers (got 'none'); {LAYOUT}"
    assert status == 2
    assert err == f"sakip: error: {JEMBER}: {galat}\n"
    assert teks.count("\n") == 1
    assert json.loads(teks) == {"berkas": str(JEMBER), "galat": galat, "internal": False}


# -- Kabupaten Jember 2020: an empty template whose own caption is wrong ---------------------


def test_jember_template_caption_16_is_a_finding_and_the_empty_template_is_refused(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Caption 16 reads '14/6*100', but its header is the RPJMD level (15/6): a slip of the
    printed form, which the audit reports (``rumus-nomor``) and reads past, by the headers.
    The template is then refused for what it is, a form with no rows to audit; the finding
    on a filled workbook is pinned in ``test_e81_rumus_nomor``."""
    ws = openpyxl.load_workbook(JEMBER).active
    assert ws is not None
    assert (ws["W4"].value, ws["Y4"].value) == ("15 = 7+13", "16 = 14/6*100")
    _, tata = muat_lembar(JEMBER)
    assert [(str(k.sel), k.tertera, k.seharusnya) for k in tata.keterangan_salah] == [
        ("'Sheet1'!Y4", "16 = 14/6*100", "16 = 15 / 6 x 100")
    ]
    pesan = f"{JEMBER}: 'Sheet1'!D6 must have at least one row under the headers (got 'none'); {LAYOUT}"
    with pytest.raises(ReportFormatError) as info:
        e81.periksa_berkas(JEMBER)
    assert str(info.value) == pesan
    assert _audit(JEMBER, capsys)[::2] == (2, f"sakip: error: {pesan}\n")


# -- Provinsi Jawa Barat: an Excel 97-2003 (.xls) Renja workbook -----------------------------


def test_jabar_xls_is_an_excel_97_workbook() -> None:
    assert JABAR_XLS.read_bytes()[:8] == bytes.fromhex("d0cf11e0a1b11ae1")


def test_jabar_xls_is_refused_by_the_e81_reader() -> None:
    with pytest.raises(ReportFormatError) as info:
        e81.periksa_berkas(JABAR_XLS)
    assert str(info.value) == (
        f"{JABAR_XLS} must be an .xlsx workbook (a zip archive) (got 'not a zip'); "
        "Office Open XML workbook (.xlsx), read by openpyxl"
    )


def test_jabar_xls_on_the_command_line_asks_for_xlsx(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # it was sent to the TOML reader, whose advice (save it again as UTF-8 text) was wrong
    status, teks, err = _audit(JABAR_XLS, capsys)
    assert (status, teks) == (2, "")
    assert err == (
        f"sakip: error: {JABAR_XLS} is an Excel 97-2003 workbook, which sakip does "
        "not read: save it as an Excel workbook (.xlsx) and audit that (a form E.81), or "
        "export the table to CSV (got '.xls')\n"
    )


@pytest.mark.parametrize(
    ("akhiran", "nama"),
    [
        (".xlsb", "an Excel binary workbook"),
        (".ODS", "an OpenDocument spreadsheet"),
        (".xls", "an Excel 97-2003 workbook"),
    ],
)
def test_other_spreadsheet_formats_are_refused_asking_for_xlsx(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], akhiran: str, nama: str
) -> None:
    berkas = tmp_path / f"e81{akhiran}"
    berkas.write_bytes(b"PK\x03\x04 not read")
    status, teks, err = _audit(berkas, capsys)
    assert (status, teks) == (2, "")
    assert err.startswith(f"sakip: error: {berkas} is {nama}, which sakip does not read")
    assert err.count("\n") == 1


def test_jabar_xls_marked_as_xlsx_gets_the_same_refusal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    keluar = str(tmp_path / "bertanda.xlsx")
    status, teks, err = _audit(JABAR_XLS, capsys, "--format", "xlsx", "--output", keluar)
    assert (status, teks) == (2, "")
    assert err.startswith(f"sakip: error: {JABAR_XLS} is an Excel 97-2003 workbook")
    assert not Path(keluar).exists()
