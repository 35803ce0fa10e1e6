"""A rows CSV is read up to :data:`sakip.laporan.berkas_csv.MAKS_BARIS` rows.

A review measured the reader linear but unbounded: 300,000 rows took 81 s and 420 MB, and
a file at the 64 MiB size limit (about 2.7 million rows) would take minutes and gigabytes.
The limit is checked while reading (the rows beyond it are never kept), on every reader of
a rows CSV and on the command.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from sakip.errors import ReportFormatError
from sakip.laporan import baca_csv_anggaran, baca_csv_indikator, berkas_csv
from tests._perintah import ditolak

KEPALA = "kode,nama,arah,target,realisasi\n"


def _baris(n: int) -> str:
    return KEPALA + "".join(f"i{i},Indikator {i},naik,80,72\n" for i in range(n))


def test_the_limit_is_far_above_any_report() -> None:
    assert berkas_csv.MAKS_BARIS == 100_000


def test_a_file_at_the_limit_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(berkas_csv, "MAKS_BARIS", 3)
    assert len(baca_csv_indikator(io.StringIO(_baris(3)))) == 3


def test_blank_lines_do_not_count(monkeypatch: pytest.MonkeyPatch) -> None:
    """Blank lines are skipped by the reader, so the limit does not count them either."""
    monkeypatch.setattr(berkas_csv, "MAKS_BARIS", 2)
    teks = KEPALA + "\n" + "i1,A,naik,80,72\n" + " , , \n" + "i2,B,naik,80,72\n"
    assert len(baca_csv_indikator(io.StringIO(teks))) == 2


def test_one_row_beyond_the_limit_is_refused_naming_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(berkas_csv, "MAKS_BARIS", 3)
    with pytest.raises(ReportFormatError) as info:
        baca_csv_indikator(io.StringIO(_baris(4)), berkas="i.csv")
    assert str(info.value) == (
        "i.csv: row 5 must not be there: a rows CSV has at most 3 rows under its header "
        "(split the file) (got 4)"
    )


def test_the_budget_rows_are_bounded_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(berkas_csv, "MAKS_BARIS", 2)
    teks = "kode,nama,pagu,realisasi\n" + "".join(f"p{i},P,10,9\n" for i in range(3))
    with pytest.raises(ReportFormatError, match="at most 2 rows"):
        baca_csv_anggaran(io.StringIO(teks))


def test_the_command_refuses_it_in_one_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(berkas_csv, "MAKS_BARIS", 3)
    f = tmp_path / "iku.csv"
    f.write_text(_baris(10), encoding="utf-8")
    assert "at most 3 rows under its header" in ditolak("audit", str(f))


def test_blank_lines_are_bounded_too(monkeypatch: pytest.MonkeyPatch) -> None:
    """Blank lines are not kept, and at most MAKS_BARIS are read: a file of blank lines
    under a header took gigabytes when they were kept and not counted (a review)."""
    monkeypatch.setattr(berkas_csv, "MAKS_BARIS", 3)
    with pytest.raises(ReportFormatError) as info:
        baca_csv_indikator(io.StringIO(KEPALA + ",\n" * 4), berkas="i.csv")
    assert str(info.value) == (
        "i.csv: row 5 must not be there: a rows CSV has at most 3 blank lines (got 4)"
    )
