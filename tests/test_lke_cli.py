"""The ``sakip lke`` command: formats, the example sheets, exit 2 with one line on bad input."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from sakip.cli import main

RAKSASA = Path(__file__).parent.parent
CONTOH_CSV = RAKSASA / "examples" / "lke_contoh.csv"
CONTOH_TOML = RAKSASA / "src" / "sakip" / "lke" / "data" / "contoh.toml"


def _jalankan(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(args), out=out)
    return status, out.getvalue()


def test_text_of_the_example_toml() -> None:
    status, teks = _jalankan("lke", str(CONTOH_TOML))
    assert status == 0
    assert "Penilaian evaluator: nilai 69,03, predikat B" in teks
    assert "Penilaian mandiri: nilai 87,77, predikat A" in teks
    assert "Printed results checked: 3 findings" in teks
    assert "bulat-per-kriteria" in teks
    assert max(len(b) for b in teks.splitlines()) <= 80


def test_json_of_the_example_csv() -> None:
    status, teks = _jalankan("lke", str(CONTOH_CSV), "--format", "json")
    assert status == 0
    d = json.loads(teks)
    assert [h["nilai"] for h in d["hasil"]] == ["87.77", "69.03"]
    assert d["berkas"] == "lke_contoh.csv"
    assert d["temuan"] == []  # the CSV carries no printed results


def test_markdown() -> None:
    status, teks = _jalankan("lke", str(CONTOH_TOML), "--format", "markdown")
    assert status == 0
    assert teks.startswith("# sakip lke: LKE AKIP Dinas Contoh")
    assert "## Findings (3)" in teks


def test_missing_answers_exit_2_unless_scored_as_zero(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "kosong.csv"
    f.write_text(
        CONTOH_CSV.read_text(encoding="utf-8").replace(";A;B\n", ";A;\n", 1), encoding="utf-8"
    )
    assert main(["lke", str(f)], out=io.StringIO()) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith(f"sakip: error: {f}: row ")  # the path as typed, as the audit
    assert ", evaluator must have an answer" in err
    status, teks = _jalankan("lke", str(f), "--kosong-nol")
    assert status == 0
    assert "scored as zero (no answer): 1.b.1" in teks


@pytest.mark.parametrize(
    ("nama", "isi", "pesan"),
    [
        ("x.toml", None, "x.toml must exist"),
        ("x.xlsx", "", "x.xlsx must be a .csv or .toml sheet: an LKE workbook is not read"),
        ("x.toml", "skema = [", "x.toml: end of document must be valid TOML: Invalid value"),
        ("x.toml", "[[a]\nb = 1\n", "x.toml: line 1, column 4 must be valid TOML: Expected"),
        ("x.toml", "skema = " + "1" * 5000 + "\n", "must hold values TOML can read"),
        ("x.toml", "x = " + "[" * 5000 + "]" * 5000, "must not nest arrays or tables this deep"),
        ("x.csv", "komponen;kriteria\n1;2\n", "x.csv: header must have the columns"),
        (
            "x.toml",
            "skema = 1\njudul = 'x'\nkomponen = []\n",
            "x.toml: komponen must be a non-empty list",
        ),
    ],
)
def test_bad_input_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], nama: str, isi: str | None, pesan: str
) -> None:
    f = tmp_path / nama
    if isi is not None:
        f.write_text(isi, encoding="utf-8")
    assert main(["lke", str(f)], out=io.StringIO()) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert pesan in err
    assert "Traceback" not in err


def test_a_sheet_without_answers_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "tanpa.csv"
    f.write_text(
        "# acuan: PERMENPANRB_88_2021\nkomponen,subkomponen,kriteria,skala\n"
        + "".join(f"{k},{k}.{h},{k}.{h}.1,Y/T\n" for k in "1234" for h in "abc"),
        encoding="utf-8",
    )
    assert main(["lke", str(f)], out=io.StringIO()) == 2
    assert "answers on at least one side" in capsys.readouterr().err


def test_unknown_format_is_an_argparse_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        main(["lke", str(CONTOH_TOML), "--format", "csv"])
    assert e.value.code == 2


def test_the_installed_command() -> None:
    r = subprocess.run(
        [sys.executable, "-m", "sakip.cli", "lke", str(CONTOH_CSV)],
        capture_output=True,
        text=True,
        check=False,
        cwd=RAKSASA,
    )
    assert r.returncode == 0, r.stderr
    assert "nilai 69,03, predikat B" in r.stdout


def test_names_from_a_sheet_never_reach_the_terminal_or_break_markdown() -> None:
    import attrs

    from sakip import lke

    lembar = attrs.evolve(lke.contoh_lembar(), judul="LKE\x9b31m|x\ny", instansi="Dinas\tA")
    lap = lke.laporan(lembar)
    teks = lke.teks(lap)
    assert "\x9b" not in teks
    assert "\t" not in teks
    assert "LKE\\x9b31m|x\\ny" in teks
    md = lke.markdown(lap)
    assert md.splitlines()[0] == "# sakip lke: LKE\\x9b31m\\|x y"
    assert "Dinas\\tA" in md


def test_a_refusal_in_json_is_json_as_the_audits(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "x.csv"
    f.write_text("komponen;kriteria\n1;2\n", encoding="utf-8")
    out = io.StringIO()
    assert main(["lke", str(f), "--format", "json"], out=out) == 2
    assert json.loads(out.getvalue()) == {
        "berkas": str(f),
        "galat": "header must have the columns ['komponen', 'subkomponen', 'kriteria', "
        "'skala'] (got ['komponen', 'kriteria'])",
        "internal": False,
    }
    assert capsys.readouterr().err.count("\n") == 1
