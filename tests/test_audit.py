"""The audit of the embedded 2023 report: every finding pinned, and none on a corrected copy."""

from __future__ import annotations

import copy
import csv
import tomllib
from importlib.resources import files
from pathlib import Path
from typing import Any

from sakip import contoh
from sakip.audit import Tingkat, periksa
from sakip.laporan import dari_dict

DATA = Path(__file__).parent / "data" / "dumai_2023_temuan.csv"


def _temuan_diharapkan() -> list[dict[str, str]]:
    with DATA.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_every_finding_of_the_2023_report_and_nothing_else() -> None:
    hasil = periksa(contoh.dumai_2023())
    got = [(t.aturan, t.tingkat.value, t.letak, t.dicetak, t.dihitung) for t in hasil.temuan]
    expected = [
        (r["aturan"], r["tingkat"], r["tempat"], r["dicetak"], r["dihitung"])
        for r in _temuan_diharapkan()
    ]
    assert got == expected


def test_the_issue_s_starting_point_is_found() -> None:
    hasil = periksa(contoh.dumai_2023())
    t = next(
        t for t in hasil.temuan if t.letak.startswith("Tabel 3.5.1 / Program pemberdayaan lembaga")
    )
    assert (t.dicetak, t.dihitung) == ("99,58", "99,31")
    assert "1.529.080.716 / 1.539.632.000" in t.rumus
    assert "p9.k1.s5" in t.keterangan  # where 99,58 really comes from


def test_every_printed_capaian_is_explained() -> None:
    hasil = periksa(contoh.dumai_2023())
    assert hasil.penjelasan
    assert all(p.cocok for p in hasil.penjelasan)
    rumus = {p.dicetak: p.rumus for p in hasil.penjelasan}
    assert rumus["179%"] == "179 = 75 / 42 x 100, higher is better, at 0 places"


def test_findings_say_what_reproduces_the_printed_figure() -> None:
    hasil = periksa(contoh.dumai_2023())
    efisiensi = next(
        t for t in hasil.temuan if t.letak == "Tabel VI / iku2 / Tingkat Efisiensi (%)"
    )
    assert efisiensi.aturan == "metode"
    assert "capped at 100" in efisiensi.keterangan
    rata = next(t for t in hasil.temuan if t.aturan == "agregat")
    assert "none of the aggregations" in rata.keterangan


def test_severity_levels_are_used() -> None:
    tingkat = {t.tingkat for t in periksa(contoh.dumai_2023()).temuan}
    assert tingkat == {Tingkat.TINGGI, Tingkat.SEDANG, Tingkat.RENDAH}


def _muat_mentah() -> dict[str, Any]:
    folder = files("sakip") / "data"
    data = tomllib.loads((folder / "dumai_2023.toml").read_text(encoding="utf-8"))
    lampiran = tomllib.loads((folder / "dumai_2023_lampiran.toml").read_text(encoding="utf-8"))
    data["program"] = lampiran["program"]
    data["lampiran"] = lampiran["lampiran"]
    del data["sertakan"]
    return data


def _angka(data: dict[str, Any], tabel: str, baris: str, kolom: str) -> dict[str, Any]:
    for t in data["tabel"]:
        if t["tabel"] == tabel:
            for a in t["angka"]:
                if a["baris"] == baris and a["kolom"] == kolom:
                    return a  # type: ignore[no-any-return]
    raise KeyError((tabel, baris, kolom))


def _semua(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    hasil = {}
    for p in data["program"]:
        hasil[p["kode"]] = p
        for k in p["kegiatan"]:
            hasil[k["kode"]] = k
            for s in k["sub"]:
                hasil[s["kode"]] = s
    return hasil


def _koreksi(data: dict[str, Any]) -> dict[str, Any]:
    """The report as it should have been printed."""
    d = copy.deepcopy(data)
    _angka(d, "Ringkasan Eksekutif", "Kegiatan", "jumlah")["teks"] = "18"
    _angka(d, "Ringkasan Eksekutif", "Sub Kegiatan", "jumlah")["teks"] = "57"
    _angka(d, "Bab 3.1 (analisis IKU)", "iku2", "capaian meningkat sebesar")["teks"] = "23%"
    for tabel, baris, kolom in [
        ("Tabel 3.5.1", "Program pemberdayaan lembaga kemasyarakatan", "%"),
        (
            "Tabel 3.6.1 / Tabel V",
            "Program pemberdayaan lembaga kemasyarakatan",
            "Capaian anggaran",
        ),
        ("Tabel VI", "iku3", "Penyerapan Anggaran"),
        ("Tabel VI", "iku4", "Penyerapan Anggaran"),
        ("Bab 3.7 / Ringkasan Eksekutif (analisis efisiensi)", "iku3", "penyerapan dikurangkan"),
        ("Bab 3.7 / Ringkasan Eksekutif (analisis efisiensi)", "iku4", "penyerapan dikurangkan"),
    ]:
        _angka(d, tabel, baris, kolom)["teks"] = "99,31"
    _angka(d, "Tabel VI", "iku2", "Tingkat Efisiensi (%)")["teks"] = "79,24%"
    _angka(d, "Bab 3.7 / Ringkasan Eksekutif (analisis efisiensi)", "iku2", "tingkat efisiensi")[
        "teks"
    ] = "79,24%"
    lampiran = "Lampiran 6 (Program, Kegiatan, Sub Kegiatan dan Realisasi Belanja)"
    _angka(d, lampiran, "Rata-Rata Capaian Kinerja", "K")["teks"] = "99,01%"
    rows = _semua(d)
    # the RPJMD column: every total equals the realisasi below it
    for kode in (
        "p1",
        "p1.k8",
        "p2",
        "p2.k1",
        "p4",
        "p4.k1",
        "p5.k1",
        "p6",
        "p6.k1",
        "p8",
        "p8.k1",
        "p9",
        "p9.k1",
    ):
        rows[kode]["dicetak"]["rpjmd_rp"] = rows[kode]["dicetak"]["realisasi"]
    rows["p5"]["dicetak"]["rpjmd_rp"] = rows["p5"]["dicetak"]["realisasi"]
    # kegiatan quarters: the sums of their sub kegiatan
    rows["p1.k3"]["dicetak"]["tw_rp"][3] = "12.150.000"
    rows["p1.k8"]["dicetak"]["tw_rp"][3] = "182.932.015"
    rows["p5.k2"]["dicetak"]["tw_rp"][3] = "1.446.523.300"
    rows["p6.k2"]["dicetak"]["tw_rp"][0] = "5.868.500"
    rows["p7.k1"]["dicetak"]["tw_rp"][0] = "625.000"
    rows["p9.k1"]["dicetak"]["tw_rp"][3] = "950.924.786"
    # nothing printed where nothing can be computed
    rows["p1.k4"]["dicetak"]["rp_persen"] = "-"
    for kode in ("p1.k4.s1", "p1.k7.s3"):
        rows[kode]["dicetak"]["k_persen"] = "-"
        rows[kode]["dicetak"]["rp_persen"] = "-"
    rows["p2.k1.s2"]["tw_k"] = ["0", "2", "1", "4"]
    iku4 = next(i for i in d["indikator"] if i["kode"] == "iku4")
    iku4["realisasi"]["2023"]["rincian_penyebut"]["bencana_sosial"] = 213
    _angka(d, "Tabel 3.2.2 to 3.2.9", "iku4 2023", "populasi (teks)")["teks"] = "459"
    for s in d["skala_dicetak"]:
        if s["tabel"] == "Tabel 3.1":
            s["pita"] = [
                {"nama": "Sangat Tinggi", "bawah": "91"},
                {"nama": "Tinggi", "bawah": "76", "atas": "91"},
                {"nama": "Sedang", "bawah": "66", "atas": "76"},
                {"nama": "Rendah", "bawah": "51", "atas": "66"},
                {"nama": "Sangat Rendah", "atas": "51"},
            ]
        else:
            s["pita"][0] = {"nama": "Sangat Berhasil", "bawah": "85"}
    return d


def test_a_corrected_copy_of_the_report_gives_no_findings() -> None:
    laporan = dari_dict(_koreksi(_muat_mentah()), berkas="koreksi.toml")
    hasil = periksa(laporan)
    assert [(t.aturan, t.letak) for t in hasil.temuan] == []
    assert hasil.diperiksa == periksa(contoh.dumai_2023()).diperiksa


def test_the_raw_copy_builds_the_same_report() -> None:
    assert dari_dict(_muat_mentah(), berkas="dumai_2023.toml") == contoh.dumai_2023()


def test_a_printed_band_whose_lower_bound_differs_from_the_cited_scale_is_reported() -> None:
    data = _koreksi(_muat_mentah())
    tabel_3_2 = next(s for s in data["skala_dicetak"] if s["tabel"] == "Tabel 3.2")
    tabel_3_2["pita"] = [
        {"nama": "Sangat Berhasil", "bawah": "85"},
        {"nama": "Berhasil", "bawah": "75", "atas": "85"},
        {"nama": "Cukup Berhasil", "bawah": "55", "atas": "75"},
        {"nama": "Tidak Berhasil", "atas": "55"},
    ]
    hasil = periksa(dari_dict(data, berkas="koreksi.toml"))
    assert [(t.letak, t.dicetak, t.dihitung) for t in hasil.temuan] == [
        # bands are compared by their lower bound: Cukup Berhasil still starts at 55
        ("Tabel 3.2 / Berhasil", "Berhasil: 75 <= x < 85", "Berhasil: 70 <= x < 85"),
    ]
