"""One rule for a CSV's column separator (``sakip._pemisah``), and every reader following it."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Literal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip import e81, lke
from sakip._pemisah import PEMISAH_KOLOM, pemisah_kolom
from sakip.audit.jenis_csv import jenis_csv
from sakip.e81.berkas_csv import pemisah_kolom as pemisah_e81
from sakip.laporan.berkas_csv import baca_csv_anggaran

SEL = st.text(alphabet=st.sampled_from(list(';\t,"ab 1\n')), max_size=6)


def _csv(baris: list[list[str]], pemisah: str, kutip: Literal[0, 1, 2, 3]) -> str:
    keluar = io.StringIO()
    csv.writer(keluar, delimiter=pemisah, quoting=kutip, lineterminator="\n").writerows(baris)
    return keluar.getvalue()


@given(
    pemisah=st.sampled_from(PEMISAH_KOLOM),
    lebar=st.integers(2, 5),
    isi=st.lists(st.lists(SEL, min_size=5, max_size=5), min_size=1, max_size=4),
)
def test_every_cell_quoted_the_separator_is_found_whatever_the_cells_hold(
    pemisah: str, lebar: int, isi: list[list[str]]
) -> None:
    teks = _csv([b[:lebar] for b in isi], pemisah, csv.QUOTE_ALL)
    assert pemisah_kolom(teks) == pemisah
    assert pemisah_e81(teks) == pemisah


@given(
    pemisah=st.sampled_from(PEMISAH_KOLOM),
    lebar=st.integers(2, 5),
    isi=st.lists(st.lists(st.text("ab 1.", max_size=6), min_size=5, max_size=5), min_size=1),
)
def test_plain_cells_the_separator_is_found(
    pemisah: str, lebar: int, isi: list[list[str]]
) -> None:
    teks = _csv([b[:lebar] for b in isi], pemisah, csv.QUOTE_MINIMAL)
    assert pemisah_kolom(teks.partition("\n")[0]) == pemisah


@pytest.mark.parametrize(
    ("contoh", "pemisah"),
    [
        ("a;b,c", ";"),  # a tie: ";" first
        ("a\tb,c", "\t"),  # a tie: tab before ","
        ("a;b\tc", ";"),
        ("a,b,c;d", ","),
        ('"1,5";"2,5"', ";"),  # decimal commas inside quotes are text
        ('a,"x;y;z",b', ","),
        ('"a ""b;c;d"" e",f', ","),  # doubled quotes stay inside the cell
        ('a,"x;y;z', ","),  # a quote left open runs to the end
        ('Judul 24" layar;a;b,c', ";"),  # a quote inside a cell opens nothing (csv's reading)
        ('a;b 2" c, d, e;"f"', ";"),
        ("", ","),
        ("kode", ","),
    ],
)
def test_the_rule_on_its_edges(contoh: str, pemisah: str) -> None:
    assert pemisah_kolom(contoh) == pemisah


def test_a_long_quoted_run_is_read_in_linear_time() -> None:
    """No backtracking, and a bounded sample: a megabyte of quotes is one short pass."""
    assert pemisah_kolom('"' + "a;" * 500_000) == ","
    assert pemisah_kolom('""' * 500_000 + ";") == ","  # the ";" lies past the sample


def test_only_the_sample_is_read() -> None:
    from sakip._pemisah import MAKS_CONTOH

    assert pemisah_kolom("a;" * (MAKS_CONTOH // 2) + "," * MAKS_CONTOH) == ";"


# -- every reader: a tab-separated file reads as its ";" twin ---------------------------------

E81_CSV = (
    "No;Program/Kegiatan;Indikator;Satuan;Target Renja;;Realisasi Triwulan I;;"
    "Realisasi Triwulan II;;Realisasi Triwulan III;;Realisasi Triwulan IV;\n"
    "1;2;3;4;5;;6;;7;;8;;9;\n"
    ";;;;K;Rp;K;Rp;K;Rp;K;Rp;K;Rp\n"
    "1;Program A;;;;10;;1;;2;;3;;4\n"
    "2;  Kegiatan A1;Persentase dokumen;%;100;10;25;1;25;2;25;3;25;4\n"
)


@pytest.mark.parametrize("pemisah", PEMISAH_KOLOM)
def test_an_e81_csv_reads_the_same_with_each_separator(tmp_path: Path, pemisah: str) -> None:
    """Before, an E.81 CSV with tabs was split at its commas."""
    teks = E81_CSV.replace(";", pemisah)
    p = tmp_path / "e81.csv"
    p.write_text(teks, encoding="utf-8")
    q = tmp_path / "titik_koma.csv"
    q.write_text(E81_CSV, encoding="utf-8")
    assert jenis_csv(teks) == jenis_csv(E81_CSV)
    assert e81.baca_csv(p).baris == e81.baca_csv(q).baris


def test_an_e81_csv_with_as_many_commas_as_semicolons_is_split_at_semicolons() -> None:
    """A tie is ";": the list separator where "," is the decimal separator."""
    teks = "No;Uraian;Target\n1,5,0\n"
    assert pemisah_e81(teks) == ";"


LKE_CSV = "# judul: uji csv\n# acuan: PERMENPANRB_88_2021\n" + (
    "komponen;subkomponen;kriteria;skala;mandiri;evaluator\n"
    + "".join(f"{k};{k}.{h};{k}.{h}.1;Y/T;Y;Y\n" for k in "1234" for h in "abc")
)


def test_an_lke_csv_with_tabs_reads_as_with_semicolons() -> None:
    """Before, an LKE CSV with tabs was one column and refused."""
    dengan_tab = lke.baca_csv(io.StringIO(LKE_CSV.replace(";", "\t")))
    assert (
        lke.hasil(dengan_tab).eksak == lke.hasil(lke.baca_csv(io.StringIO(LKE_CSV))).eksak == 100
    )


def test_a_rows_csv_is_split_by_the_same_rule(tmp_path: Path) -> None:
    """The rows CSV reader and the audit's kind signs split the header line by the one rule."""
    teks = "kode\tnama\tpagu\trealisasi\np1\tProgram, A, B\t100\t50\n"
    p = tmp_path / "tab.csv"
    p.write_text(teks, encoding="utf-8")
    q = tmp_path / "titik_koma.csv"
    q.write_text(teks.replace("\t", ";"), encoding="utf-8")
    assert baca_csv_anggaran(p) == baca_csv_anggaran(q)
    assert jenis_csv(teks) == jenis_csv(teks.replace("\t", ";"))


@pytest.mark.parametrize("teks", ["# judul: x\n\n", "# judul: x\n;;\n", "\n"])
def test_an_lke_csv_whose_header_line_is_blank_is_refused_not_a_crash(teks: str) -> None:
    """It raised IndexError (a traceback from the command) when the header line was blank."""
    from sakip.errors import ReportFormatError

    with pytest.raises(ReportFormatError, match="must have a header row"):
        lke.baca_csv(io.StringIO(teks))
