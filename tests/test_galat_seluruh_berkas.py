"""An error about a file as a whole names the file alone, and an LKE CSV error its row.

A review found ``lke.csv: - must be valid CSV (got 'field larger than field limit
(131072)')``: a dash where the place goes, and no row although the reader knows it.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from sakip import lke
from sakip.errors import ReportFormatError
from tests._perintah import ditolak

KEPALA = (
    "# judul: x\n# acuan: PERMENPANRB_88_2021\nkomponen;subkomponen;kriteria;skala;evaluator\n"
)


@pytest.mark.parametrize("letak", ["-", ""])
def test_a_whole_file_error_names_the_file_alone(letak: str) -> None:
    e = ReportFormatError(berkas="x.toml", letak=letak, expected="must exist", value="x.toml")
    assert str(e) == "x.toml must exist (got 'x.toml')"
    assert (e.berkas, e.letak) == ("x.toml", letak)


def test_a_place_is_named_after_the_file() -> None:
    e = ReportFormatError(berkas="x.toml", letak="laporan", expected="must be a table", value=1)
    assert str(e) == "x.toml: laporan must be a table (got 1)"


def test_the_command_names_a_missing_file_once(tmp_path: Path) -> None:
    hilang = tmp_path / "hilang.toml"
    assert ditolak("audit", str(hilang)) == (
        f"sakip: error: {hilang} must exist (got '{hilang}')\n"
    )


def test_an_lke_csv_cell_over_the_limit_names_its_row() -> None:
    teks = KEPALA + "1;1.a;1.a.1;Y/T;Y\n" + "1;1.a;1.a.2;Y/T;" + "a" * 200_000 + "\n"
    with pytest.raises(ReportFormatError) as info:
        lke.baca_csv(io.StringIO(teks))
    assert info.value.letak == "row 5"
    assert str(info.value).startswith(
        "<csv>: row 5 must be valid CSV with cells of at most 131072 characters"
    )
