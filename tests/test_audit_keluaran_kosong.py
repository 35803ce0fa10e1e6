"""Summary tables with no rows are left out, the same way in every output format.

A report with no indicators has no IKU and no efisiensi table; one with no
programs has no budget table, and no "Jumlah" row over nothing.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from sakip.audit import HasilAudit, periksa, periksa_berkas
from sakip.audit.tampil import tampil_markdown, tampil_teks
from sakip.cli import main
from sakip.laporan import dari_dict
from tests._bangun import indikator, kegiatan, laporan, program, sub

PROGRAM: dict[str, Any] = program(
    kegiatan=[kegiatan(sub=[sub(nama="Sub Satu", satuan="dokumen")])]
)
INDIKATOR: dict[str, Any] = indikator()


def _hasil(**isi: Any) -> HasilAudit:
    return periksa(dari_dict(laporan(**isi)))


def _keluaran(hasil: HasilAudit) -> tuple[str, str, dict[str, Any]]:
    teks, md = io.StringIO(), io.StringIO()
    tampil_teks(hasil, teks)
    tampil_markdown(hasil, md)
    return teks.getvalue(), md.getvalue(), hasil.ke_dict()


def _judul(teks: str, md: str, data: dict[str, Any]) -> tuple[list[str], list[str], list[str]]:
    """The table titles each format shows."""
    judul = ("Capaian IKU", "Anggaran per program", "Efisiensi")
    return (
        [j for j in judul if f"\n{j}" in teks],
        [j for j in judul if f"## {j}" in md],
        [str(t["judul"]) for t in data["tabel"]],
    )


def test_a_report_with_programs_and_indicators_shows_every_table() -> None:
    hasil = _hasil(program=[PROGRAM], indikator=[{**INDIKATOR, "program": ["p1"]}])
    semua = ["Capaian IKU", "Anggaran per program", "Efisiensi"]
    assert _judul(*_keluaran(hasil)) == (semua, semua, semua)
    assert hasil.tabel[1].baris[-1][1] == "Jumlah"


def test_no_indicators_no_iku_and_no_efisiensi_table() -> None:
    hasil = _hasil(program=[PROGRAM])
    assert [t.judul for t in hasil.tabel] == ["Anggaran per program"]
    assert _judul(*_keluaran(hasil)) == (["Anggaran per program"],) * 3


def test_an_indicator_with_no_program_no_efisiensi_table() -> None:
    hasil = _hasil(program=[PROGRAM], indikator=[INDIKATOR])
    assert [t.judul for t in hasil.tabel] == ["Capaian IKU", "Anggaran per program"]


def test_no_programs_no_budget_table_and_no_total_over_nothing() -> None:
    hasil = _hasil(indikator=[INDIKATOR])
    assert [t.judul for t in hasil.tabel] == ["Capaian IKU"]
    teks, md, data = _keluaran(hasil)
    assert "Jumlah" not in teks
    assert "Jumlah" not in md
    assert _judul(teks, md, data) == (["Capaian IKU"],) * 3


def test_an_empty_report_prints_no_table_at_all() -> None:
    hasil = _hasil()
    assert hasil.tabel == ()
    teks, md, data = _keluaran(hasil)
    assert teks.splitlines()[:4] == [
        "sakip audit: LKjIP 2024",
        "Dinas Contoh",
        "",
        "0 printed figures recomputed; 0 findings",
    ]
    assert data["tabel"] == []
    assert "##" not in md.replace("## Findings", "")


def test_a_csv_whose_rows_all_nest_has_no_empty_table(tmp_path: Path) -> None:
    p = tmp_path / "sub.csv"
    p.write_text("kode;nama;pagu;realisasi;penyerapan_dicetak\np1.k1.s1;A;100;90;90,00\n")
    hasil = periksa_berkas(p)
    assert hasil.tabel == ()
    teks, md, data = _keluaran(hasil)
    assert "Anggaran per program" not in teks + md
    assert data["tabel"] == []
    p.write_text("kode;nama;pagu;realisasi\np1;A;100;90\n")
    assert [t.judul for t in periksa_berkas(p).tabel] == ["Anggaran per program"]


@pytest.mark.parametrize("format_", ["text", "markdown", "json"])
def test_the_command_omits_the_same_tables_in_every_format(
    tmp_path: Path, format_: str, capsys: pytest.CaptureFixture[str]
) -> None:
    p = tmp_path / "r.toml"
    p.write_text(
        "skema = 1\n[laporan]\ninstansi = 'Dinas Contoh'\ntahun = 2024\njudul = 'LKjIP 2024'\n"
        "sumber = 'synthetic'\nrenstra = [2021, 2026]\n",
        encoding="utf-8",
    )
    assert main(["audit", str(p), "--format", format_]) == 0
    out = capsys.readouterr().out
    for judul in ("Capaian IKU", "Anggaran per program", "Efisiensi", "Jumlah"):
        assert judul not in out
    if format_ == "json":
        assert json.loads(out)["tabel"] == []
