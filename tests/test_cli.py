"""The sakip command: audit formats, exit codes, one-off calculations, bad input."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from sakip.cli import main


def _jalankan(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(args), out=out)
    return status, out.getvalue()


def test_audit_text_fits_80_columns() -> None:
    status, teks = _jalankan("audit")
    assert status == 0
    assert "39 findings" in teks
    assert "99,58" in teks
    assert max(len(baris) for baris in teks.splitlines()) <= 80


def test_audit_json() -> None:
    status, teks = _jalankan("audit", "--format", "json")
    data = json.loads(teks)
    assert status == 0
    assert data["jumlah_temuan"] == len(data["temuan"]) == 39
    assert data["temuan"][0]["tingkat"] in {"tinggi", "sedang", "rendah"}


def test_audit_markdown() -> None:
    status, teks = _jalankan("audit", "--format", "markdown")
    assert status == 0
    assert teks.startswith("# sakip audit")
    assert "| # | severity | rule | place | printed | computed | formula | note |" in teks


def test_strict_exits_1_with_findings() -> None:
    assert _jalankan("audit", "--strict")[0] == 1


def test_bad_file_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["audit", str(tmp_path / "x.toml")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "x.toml" in err
    assert "Traceback" not in err


def test_csv_audit(tmp_path: Path) -> None:
    f = tmp_path / "anggaran.csv"
    f.write_text(
        "kode;nama;pagu;realisasi;penyerapan_dicetak\n"
        "p9;Program LPM;1.539.632.000;1.529.080.716;99,58\n"
        "p6;Program Bencana;238.280.000;236.647.478;99,31\n",
        encoding="utf-8",
    )
    status, teks = _jalankan("audit", str(f), "--strict")
    assert status == 1
    assert "1 finding\n" in teks
    assert "row 2" in teks


def test_capaian_and_penyerapan_commands() -> None:
    assert _jalankan("capaian", "--realisasi", "75", "--target", "42")[1].startswith(
        "capaian 178,57%"
    )
    status, teks = _jalankan(
        "capaian", "--realisasi", "9", "--target", "8", "--arah", "turun", "--metode", "rasio"
    )
    assert (status, teks.split()[1]) == (0, "88,89%")
    teks = _jalankan("penyerapan", "--realisasi", "13.628.836.667", "--pagu", "13.904.271.740")[1]
    assert teks == "penyerapan 98,02%  sisa anggaran Rp 275.435.073\n"
    assert _jalankan("terbilang", "1001000")[1] == "satu juta seribu\n"


def test_bad_number_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["capaian", "--realisasi", "x", "--target", "1"]) == 2
    assert "--realisasi" in capsys.readouterr().err
    assert main(["penyerapan", "--realisasi", "5", "--pagu", "0"]) == 2


def test_missing_csv_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["audit", str(tmp_path / "tidak-ada.csv")]) == 2
    assert "tidak-ada.csv" in capsys.readouterr().err


def test_malformed_printed_figure_in_csv_names_the_row(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    f = tmp_path / "a.csv"
    f.write_text(
        "kode,nama,pagu,realisasi,penyerapan_dicetak\np1,A,10,5,95.03\n", encoding="utf-8"
    )
    assert main(["audit", str(f)]) == 2
    assert "row 2" in capsys.readouterr().err


def test_unknown_quantity_in_a_report_names_its_place(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    f = tmp_path / "lap.toml"
    f.write_text(
        """skema = 1
program = []
[laporan]
instansi = "Dinas Contoh"
tahun = 2024
judul = "LKjIP"
sumber = "-"
renstra = [2021, 2026]
skala_predikat = "PERMENDAGRI_86_2017"
skala_atribut = "ATRIBUT_CAPAIAN"
[[tabel]]
tabel = "Tabel 1"
angka = [{ baris = "x", kolom = "y", teks = "1", besaran = "volume:p1" }]
""",
        encoding="utf-8",
    )
    assert main(["audit", str(f)]) == 2
    err = capsys.readouterr().err
    assert "Tabel 1 / x / y" in err
    assert "volume:p1" in err


def test_efisiensi_command() -> None:
    args = ["efisiensi", "--capaian", "179", "--pagu", "93.568.000", "--realisasi", "92.944.034"]
    assert _jalankan(*args)[1] == "efisiensi 79,67%  Rp 623.966  Efisien\n"
    assert _jalankan(*args, "--maksimum-capaian", "100")[1].startswith("efisiensi 0,67%")
    teks = _jalankan(
        "efisiensi",
        "--capaian",
        "100",
        "--pagu",
        "1000",
        "--realisasi",
        "500",
        "--metode",
        "kemenkeu",
    )[1]
    assert teks == "efisiensi 50,00%  Rp 500  Efisien  skor 100,00\n"


# -- numbers typed on the command: one reader, baca's rule ----------------------------


def test_ambiguous_numbers_are_refused_with_both_readings_and_the_option(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # the examples: 0,14%, "satu koma lima nol nol rupiah", "pagu must be whole Rupiah"
    for args in (
        ["capaian", "--realisasi", "1.250", "--target", "900"],
        ["terbilang", "1.500", "--rupiah"],
        ["penyerapan", "--realisasi", "2.000", "--pagu", "2.500"],
    ):
        assert _jalankan(*args) == (2, "")
        err = capsys.readouterr().err
        assert err.count("\n") == 1
        assert "is ambiguous" in err
        assert "with --pemisah-desimal , (dots group thousands" in err
        assert "with --pemisah-desimal . (a dot is the decimal point)" in err
    _jalankan("capaian", "--realisasi", "1.250", "--target", "900")
    assert "it reads 1250 with" in capsys.readouterr().err


def test_pemisah_desimal_chooses() -> None:
    capaian = ["capaian", "--realisasi", "1.250", "--target", "900"]
    assert _jalankan(*capaian, "--pemisah-desimal", ",")[1].startswith("capaian 138,89%")
    assert _jalankan(*capaian, "--pemisah-desimal", ".")[1].startswith("capaian 0,14%")
    assert _jalankan("terbilang", "1.500", "--rupiah", "--pemisah-desimal", ",") == (
        0,
        "seribu lima ratus rupiah\n",
    )
    assert _jalankan(
        "penyerapan", "--realisasi", "2.000", "--pagu", "2.500", "--pemisah-desimal", ","
    ) == (0, "penyerapan 80,00%  sisa anggaran Rp 500\n")
    # unambiguous Indonesian numbers need no choice
    assert _jalankan("capaian", "--realisasi", "98,48", "--target", "100")[1].startswith(
        "capaian 98,48%"
    )


@pytest.mark.parametrize(
    ("args", "awal"),
    [
        (["capaian", "--realisasi", "-1,41", "--target", "2"], "capaian -70,50%"),
        (
            ["capaian", "--realisasi", "-1,41", "--target", "2", "--arah", "turun"],
            "capaian 270,50%",
        ),
        (["capaian", "--realisasi", "(5)", "--target", "10"], "capaian -50,00%"),
        (["capaian", "--realisasi=-5", "--target", "10"], "capaian -50,00%"),
        (["terbilang", "-1.500", "--pemisah-desimal", ","], "minus seribu lima ratus"),
        (["terbilang", "--huruf", "judul", "-12,5"], "Minus Dua Belas Koma Lima"),
        (["terbilang", "-Rp 1.500", "--rupiah"], "minus seribu lima ratus rupiah"),
        (["terbilang", "-rp1.500,-", "--rupiah"], "minus seribu lima ratus rupiah"),
        (
            ["efisiensi", "--capaian", "-10", "--pagu", "100", "--realisasi", "50"],
            "efisiensi -60,00%",
        ),
    ],
)
def test_negative_numbers_typed_as_written(args: list[str], awal: str) -> None:
    status, teks = _jalankan(*args)
    assert status == 0
    assert teks.startswith(awal)


def test_a_second_sign_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert _jalankan("capaian", "--realisasi", "(-5)", "--target", "10") == (2, "")
    assert "--realisasi must not have a sign inside parentheses" in capsys.readouterr().err


@pytest.mark.parametrize(
    "args",
    [
        ["capaian", "--realisasi", "75", "--target", "42", "--maksimum", ""],
        ["capaian", "--realisasi", "75", "--target", "", "--maksimum", "100"],
        ["terbilang", "-"],  # an empty cell in a table; on the command, no number at all
        [
            "efisiensi",
            "--capaian",
            "100",
            "--pagu",
            "10",
            "--realisasi",
            "5",
            "--maksimum-capaian",
            " ",
        ],
    ],
)
def test_an_empty_number_is_refused_not_ignored(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert _jalankan(*args) == (2, "")
    assert "must be a number, not empty (got " in capsys.readouterr().err


@pytest.mark.parametrize("tempat", ["x", "-1", "1,5", "٣", "1.000"])
def test_tempat_is_read_by_the_same_rule(tempat: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["capaian", "--realisasi", "1", "--target", "3", "--tempat", tempat])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "argument --tempat" in err


def test_usage_errors_are_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    for args in (["capaian", "--target", "1"], ["audit", "--format", "pdf"], ["nope"]):
        with pytest.raises(SystemExit) as info:
            main(args)
        assert info.value.code == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1
        assert "--help" in err


def test_the_guides_command_examples_are_true(capsys: pytest.CaptureFixture[str]) -> None:
    import re
    import shlex

    panduan = Path(__file__).parent.parent / "docs" / "panduan" / "angka.md"
    blok = re.findall(r"```text\n(.*?)```", panduan.read_text(encoding="utf-8"), re.S)
    contoh = re.findall(r"^\$ sakip (.*)\n((?:[^$].*\n)*)", "".join(blok), re.M)
    assert len(contoh) >= 4
    for perintah, keluaran in contoh:
        _, teks = _jalankan(*shlex.split(perintah))
        assert teks + capsys.readouterr().err == keluaran, perintah


def test_a_refusal_names_the_option_not_the_python_argument(
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = ["capaian", "--realisasi", "1.000.000", "--target", "5", "--pemisah-desimal", "."]
    assert _jalankan(*args) == (2, "")
    assert capsys.readouterr().err == (
        "sakip: error: --realisasi must be digits with one decimal point "
        "(--pemisah-desimal .) (got '1.000.000')\n"
    )


def test_terbilang_takes_no_places(capsys: pytest.CaptureFixture[str]) -> None:
    # it writes every digit it is given: a --tempat it would ignore is refused
    with pytest.raises(SystemExit) as info:
        main(["terbilang", "1,567", "--tempat", "2"])
    assert info.value.code == 2
    assert "unrecognized arguments: --tempat 2" in capsys.readouterr().err
    assert _jalankan("terbilang", "1,567") == (0, "satu koma lima enam tujuh\n")


def test_many_places_are_printed_exactly() -> None:
    _status, teks = _jalankan("penyerapan", "--realisasi", "1", "--pagu", "3", "--tempat", "30")
    assert teks.startswith("penyerapan 33," + "3" * 30 + "%")
