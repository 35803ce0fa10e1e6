"""``sakip audit FILE.csv``: one reading, the kind decided once, each kind's own errors."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sakip import e81
from sakip.audit import HasilAudit
from sakip.audit import jenis_csv as modul
from sakip.audit.jenis_csv import JenisCsv, hasil_csv, jenis_csv
from sakip.cli import main
from sakip.e81 import CONTOH_DELI_SERDANG
from sakip.e81 import berkas_csv as e81_csv
from sakip.errors import InvalidTypeError, ReportFormatError
from sakip.laporan import baca_csv_anggaran, baca_csv_indikator
from sakip.laporan import berkas as berkas_laporan

# the small E.81 form of tests/test_e81_tepi.py: two rows, every input filled
E81 = (
    "No;Program/Kegiatan;Indikator;Satuan;Target Renja;;Realisasi Triwulan I;;"
    "Realisasi Triwulan II;;Realisasi Triwulan III;;Realisasi Triwulan IV;\n"
    "1;2;3;4;5;;6;;7;;8;;9;\n"
    ";;;;K;Rp;K;Rp;K;Rp;K;Rp;K;Rp\n"
    "1;Program A;;;;1.000;;100;;200;;300;;400\n"
    "2;  Kegiatan A1;Jumlah dokumen;Dok;4;1.000;1;100;1;200;1;300;1;400\n"
)
KEPALA_E81, KETERANGAN_E81, BAGIAN_E81 = E81.splitlines(keepends=True)[:3]
ANGGARAN = "kode;nama;pagu;realisasi;penyerapan_dicetak\np1;A;300;290;96,67\n"
INDIKATOR = "kode,nama,arah,target,realisasi,capaian_dicetak\niku1,A,naik,42,75,179\n"


def _tulis(tmp_path: Path, teks: str, nama: str = "berkas.csv") -> Path:
    p = tmp_path / nama
    p.write_text(teks, encoding="utf-8", newline="")
    return p


def _audit(p: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    import contextlib

    with contextlib.redirect_stderr(err):
        status = main(["audit", str(p)], out=out)
    return status, out.getvalue(), err.getvalue()


# -- the kind, from the first lines ------------------------------------------------------


@pytest.mark.parametrize(
    ("teks", "jenis"),
    [
        (ANGGARAN, JenisCsv.BARIS),
        (INDIKATOR, JenisCsv.BARIS),
        ("# pemisah_desimal: .\n" + INDIKATOR, JenisCsv.BARIS),
        ("# anything\nkode\n", JenisCsv.BARIS),  # '#' lines: a rows CSV, its reader judges
        ("Kode;Nama;Pagu;Realisasi\n", JenisCsv.BARIS),
        (E81, JenisCsv.E81),
        ("Evaluasi Terhadap Hasil Renja\n\n" + E81, JenisCsv.E81),  # a title above
        (E81.replace(";", ","), JenisCsv.E81),
        (KEPALA_E81, JenisCsv.E81),  # headers without their caption row
        (E81.replace("No;", "Kode;", 1), JenisCsv.E81),  # a code column first
    ],
)
def test_the_kind_is_read_from_the_first_lines(teks: str, jenis: JenisCsv) -> None:
    assert jenis_csv(teks) is jenis


@pytest.mark.parametrize(
    "teks",
    ["", "\n", "\ufeff", "lorem ipsum\n", "a;b;c\n1;2;3\n", "kode\n", ";;;;\n;;;\n", '"kode\n'],
    ids=[
        "empty",
        "blank-line",
        "bom",
        "prose",
        "other-table",
        "kode-alone",
        "separators",
        "quote",
    ],
)
def test_neither_kind_is_refused_naming_what_each_needs(teks: str) -> None:
    with pytest.raises(ReportFormatError) as e:
        jenis_csv(teks, berkas="x.csv")
    pesan = str(e.value)
    assert (e.value.berkas, e.value.letak) == ("x.csv", "line 1")
    assert "\n" not in pesan
    for perlu in ("kode, nama, pagu, realisasi", "kode, nama, arah, target", "'Target Renja'"):
        assert perlu in pesan


def test_the_columns_named_are_the_readers_own() -> None:
    # the refusal names what the rows readers require: exactly those columns read, none fewer
    for jenis, baca in (("anggaran", baca_csv_anggaran), ("indikator", baca_csv_indikator)):
        kolom = modul._KEPALA_BARIS[jenis]
        assert baca(io.StringIO(",".join(kolom) + "\n")) == []
        for k in kolom:
            with pytest.raises(ReportFormatError, match="must have the columns"):
                baca(io.StringIO(",".join(c for c in kolom if c != k) + "\n"))


def test_junk_arguments_are_typed_errors() -> None:
    with pytest.raises(InvalidTypeError):
        jenis_csv(b"kode")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError):
        jenis_csv("kode", berkas=1)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError):
        hasil_csv(3)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError):
        e81_csv.baca_csv_teks(None, berkas="x")  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_is_a_kind_or_a_refusal(teks: str) -> None:
    jenis: JenisCsv | str
    try:
        jenis = jenis_csv(teks)
    except ReportFormatError as e:
        jenis = str(e)
    assert isinstance(jenis, JenisCsv) or "\n" not in jenis


_KOLOM_ANGGARAN = ("kode", "nama", "pagu", "realisasi", "penyerapan_dicetak")
_KOLOM_INDIKATOR = ("kode", "nama", "arah", "target", "realisasi", "metode", "capaian_dicetak")


@settings(max_examples=100, deadline=None)
@given(
    kolom=st.sampled_from([_KOLOM_ANGGARAN, _KOLOM_INDIKATOR]).flatmap(st.permutations),
    pemisah=st.sampled_from([",", ";", "\t"]),
    opsi=st.lists(st.sampled_from(["# pemisah_desimal: .", "# skala: PERMENDAGRI_86_2017"])),
    huruf=st.sampled_from([str.lower, str.upper, str.title]),
)
def test_a_rows_header_in_any_order_case_and_separator_is_rows(
    kolom: list[str], pemisah: str, opsi: list[str], huruf: object
) -> None:
    kepala = pemisah.join(huruf(k) for k in kolom)  # type: ignore[operator]
    assert jenis_csv("\n".join([*opsi, kepala, ""])) is JenisCsv.BARIS


@settings(max_examples=50, deadline=None)
@given(
    judul=st.lists(st.sampled_from(["Evaluasi Renja", "Tahun 2025;;;", ";;;;"]), max_size=5),
    akhir=st.sampled_from(["\n", "\r\n", "\r"]),
)
def test_an_e81_form_under_any_title_lines_is_e81(judul: list[str], akhir: str) -> None:
    teks = akhir.join([*judul, *E81.splitlines()]) + akhir
    assert jenis_csv(teks) is JenisCsv.E81


# -- hostile files, through the command ----------------------------------------------------


def test_an_e81_csv_with_a_bad_cell_gets_its_own_message(tmp_path: Path) -> None:
    p = _tulis(tmp_path, E81.replace(";1;200;", ";1;2x0;"))
    status, _, err = _audit(p)
    assert status == 2
    assert "J5 must hold a number" in err
    assert "'2x0'" in err
    assert "column" not in err.split("J5")[0]  # not the rows reader's "header ... columns"
    assert len(err.splitlines()) == 1


@pytest.mark.parametrize(
    ("rusak", "pesan"),
    [
        ((";Satuan;", ";Foo;"), "D1 must be a header of form E.81 (caption 4); not understood"),
        (("Realisasi Triwulan II;", "Realisasi Triwulan;"), "must name its quarter"),
        (("1;2;3;4;5;;6;;7;;8;;9;", "1;2;3;4;6;;7;;8;;9;;10;"), "numbered caption row"),
        ((";;;;K;Rp;K;Rp", ";;;;K;Rx;K;Rp"), "F3 must be K, Rp or %"),
    ],
    ids=["header-not-understood", "quarter-unnamed", "caption-row-broken", "part-label"],
)
def test_an_e81_csv_with_a_broken_header_gets_the_e81_message(
    tmp_path: Path, rusak: tuple[str, str], pesan: str
) -> None:
    p = _tulis(tmp_path, E81.replace(*rusak))
    status, _, err = _audit(p)
    assert status == 2
    assert pesan in err, err
    assert "must have the columns" not in err


def test_an_e81_csv_whose_header_names_kode_indikator_and_satuan_is_e81(tmp_path: Path) -> None:
    # indikator and satuan are optional columns of a rows CSV too (its K), and words of every
    # E.81 header: they are no sign of a rows CSV, so this form gets the E.81 reader's message
    teks = (
        "Kode;Program/Kegiatan;Indikator;Satuan;Target Renja;Realisasi Triwulan I\n"
        "p1;Program A;Persen;%;100;50\n"
    )
    assert jenis_csv(teks) is JenisCsv.E81
    status, _, err = _audit(_tulis(tmp_path, teks))
    assert status == 2
    assert "numbered caption row" in err, err
    assert "must have the columns" not in err


def test_a_rows_csv_whose_header_looks_half_like_e81_gets_the_rows_message(
    tmp_path: Path,
) -> None:
    p = _tulis(tmp_path, "kode;nama;Target Renja;Realisasi Triwulan I\np1;A;1;1\n")
    status, _, err = _audit(p)
    assert status == 2
    assert "header must have the columns ['kode', 'nama', 'pagu', 'realisasi']" in err


def test_a_rows_csv_with_a_bad_cell_gets_the_rows_message(tmp_path: Path) -> None:
    p = _tulis(tmp_path, "kode;nama;pagu;realisasi\np1;A;3x0;290\n")
    status, _, err = _audit(p)
    assert status == 2
    assert "row 2, column pagu" in err


@pytest.mark.parametrize(
    ("teks", "temuan"),
    [("kode;nama;pagu;realisasi\n", 0), ("kode,nama,arah,target,realisasi\n", 0)],
    ids=["anggaran", "indikator"],
)
def test_a_header_only_rows_csv_audits_to_nothing(tmp_path: Path, teks: str, temuan: int) -> None:
    h = hasil_csv(_tulis(tmp_path, teks))
    assert isinstance(h, HasilAudit)
    assert (len(h.temuan), h.diperiksa) == (temuan, 0)


def test_a_header_only_e81_csv_is_refused_by_the_e81_reader(tmp_path: Path) -> None:
    p = _tulis(tmp_path, KEPALA_E81 + KETERANGAN_E81 + BAGIAN_E81)
    with pytest.raises(ReportFormatError, match="must have at least one row under the headers"):
        hasil_csv(p)


@pytest.mark.parametrize(
    "data",
    [b"", b"\xef\xbb\xbf", b"\x00\x01\x02junk", bytes(range(256)), b"lorem ipsum\n" * 3],
    ids=["empty", "bom-only", "binary", "all-bytes", "prose"],
)
def test_junk_files_are_one_line_naming_the_file(tmp_path: Path, data: bytes) -> None:
    p = tmp_path / "sampah.csv"
    p.write_bytes(data)
    status, out, err = _audit(p)
    assert (status, out) == (2, "")
    assert len(err.splitlines()) == 1
    assert "sampah.csv" in err


def test_an_e81_csv_over_its_own_bound_is_refused_by_that_bound(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(e81_csv, "MAKS_BYTE", len(E81.encode()) - 1)
    with pytest.raises(ReportFormatError, match=f"must be at most {len(E81.encode()) - 1} bytes"):
        hasil_csv(_tulis(tmp_path, E81))


# -- one reading ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "teks",
    [E81, E81.replace(";1;200;", ";1;2x0;"), ANGGARAN, INDIKATOR, "lorem\n"],
    ids=["e81", "e81-bad-cell", "anggaran", "indikator", "neither"],
)
def test_the_file_is_read_and_decoded_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, teks: str
) -> None:
    dibaca: list[str] = []
    asli = berkas_laporan.dekode

    def dekode(data: bytes, berkas: str) -> str:
        dibaca.append(berkas)
        return asli(data, berkas)

    monkeypatch.setattr(berkas_laporan, "dekode", dekode)
    _audit(_tulis(tmp_path, teks))
    assert len(dibaca) == 1


# -- valid files audit as before --------------------------------------------------------------


def test_the_small_e81_csv_audits_as_the_e81_reader_does(tmp_path: Path) -> None:
    p = _tulis(tmp_path, E81)
    h = hasil_csv(p)
    assert h.ke_dict() == e81.periksa_berkas(p).ke_dict()


def _ekspor_deli_serdang(path: Path) -> Path:
    """The real Deli Serdang workbook as Excel exports it to CSV (semicolons, decimal commas):
    stored values, a merged header's text in each of its cells, the levels by indentation."""
    import openpyxl

    ws = openpyxl.load_workbook(CONTOH_DELI_SERDANG, data_only=True).worksheets[0]

    def sel(v: object) -> str:
        if v is None:
            return ""
        if isinstance(v, float):
            return format(Decimal(repr(v)), "f").replace(".", ",")
        return str(v)

    baris = [[sel(v) for v in r] for r in ws.iter_rows(values_only=True)]
    keterangan = 8  # the numbered caption row
    for m in ws.merged_cells.ranges:
        if m.max_row < keterangan:
            for r in range(m.min_row, m.max_row + 1):
                for c in range(m.min_col, m.max_col + 1):
                    baris[r - 1][c - 1] = baris[m.min_row - 1][m.min_col - 1]
    for b in e81.baca_xlsx(CONTOH_DELI_SERDANG).baris:
        if b.sel_nama is not None and not b.lanjutan:
            r, c = b.sel_nama.baris - 1, b.sel_nama.kolom - 1
            baris[r][c] = "  " * b.jenjang.value + baris[r][c].lstrip(" ")
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter=";", lineterminator="\r\n").writerows(baris)
    return path


def test_the_real_deli_serdang_form_exported_to_csv_audits_the_same(tmp_path: Path) -> None:
    p = _ekspor_deli_serdang(tmp_path / "deli_serdang.csv")
    assert jenis_csv(p.read_text(encoding="utf-8")) is JenisCsv.E81
    langsung = e81.periksa_berkas(p)
    assert len(langsung.temuan) > 100
    assert hasil_csv(p).ke_dict() == langsung.ke_dict()
    status, teks, err = _audit(p)
    assert (status, err) == (0, "")
    assert teks == e81.teks(langsung)
    out = io.StringIO()
    assert main(["audit", str(p), "--format", "json"], out=out) == 0
    assert json.loads(out.getvalue()) == json.loads(json.dumps(langsung.ke_dict()))


# -- what the rows readers share with the audit's CSV readers --------------------------------


@settings(max_examples=200, deadline=None)
@given(
    teks=st.text(alphabet=st.sampled_from("#:,;\n .pemisah_desimalskX"), max_size=60),
)
def test_the_options_read_once_are_the_readers_options(teks: str) -> None:
    """opsi_dan_isi (the audit's one read) gives what baca_csv_opsi gives, or its refusal."""
    from sakip.laporan.berkas_csv import baca_csv_opsi, opsi_dan_isi

    try:
        sekali: object = opsi_dan_isi(teks, berkas="<csv>")[0]
    except ReportFormatError as e:
        sekali = str(e)
    try:
        pembaca: object = baca_csv_opsi(io.StringIO(teks))
    except ReportFormatError as e:
        pembaca = str(e)
    assert sekali == pembaca


def test_the_options_read_once_name_the_file_and_refuse_junk() -> None:
    from sakip.laporan.berkas_csv import opsi_dan_isi

    opsi, isi, lewat = opsi_dan_isi("# skala: PERMENPANRB_88_2021\nkode,nama\n", berkas="a.csv")
    assert (opsi.skala, isi, lewat) == ("PERMENPANRB_88_2021", "kode,nama\n", 1)
    with pytest.raises(ReportFormatError, match=r"^a\.csv: line 2, # skala must be set once"):
        opsi_dan_isi("# skala: PERMENDAGRI_86_2017\n# skala: X\nkode\n", berkas="a.csv")
    with pytest.raises(InvalidTypeError):
        opsi_dan_isi(b"kode", berkas="a.csv")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError):
        opsi_dan_isi("kode", berkas=None)  # type: ignore[arg-type]


def test_the_kind_signs_and_the_readers_share_one_column_table() -> None:
    from sakip.laporan import _csv

    assert dict(modul._KEPALA_BARIS) == {j: w for j, (w, _) in _csv.KOLOM_CSV.items()}
    assert (
        modul._awal("Kode; Nama\n").kepala == _csv.kolom_kepala("Kode; Nama") == ("kode", "nama")
    )
