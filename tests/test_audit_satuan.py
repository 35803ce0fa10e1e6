"""Rupiah printed in a unit ("dalam ribuan rupiah") and findings in the report's own notation.

The report of tests/data/satuan is consistent; each test plants one error in a copy and
checks that the audit finds it, names the unit, and writes its figures as the place prints.
"""

from __future__ import annotations

import io
import shutil
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip import contoh
from sakip.audit import Temuan, Tingkat, periksa, periksa_baris
from sakip.errors import InvalidValueError, ReportFormatError
from sakip.laporan import (
    SATUAN_RUPIAH,
    Cetakan,
    JenisBesaran,
    KolomLampiran,
    Lampiran,
    baca_csv_anggaran,
    baca_toml,
    dari_dict,
)
from sakip.laporan.berkas import MAKS_SARANG, muat_toml
from tests._bangun import TANPA, angka, kegiatan, kepala, laporan, program, sub, tabel

DATA = Path(__file__).parent / "data" / "satuan"
UTAMA = "bappeda_2024.toml"
LAMPIRAN = "bappeda_2024_lampiran.toml"
L3 = "Lampiran 3 (Realisasi Anggaran, dalam ribuan rupiah)"


def _salin(tmp_path: Path, berkas: str = "", lama: str = "", baru: str = "") -> Path:
    """A copy of the report, with ``lama`` replaced once by ``baru`` in ``berkas``."""
    for nama in (UTAMA, LAMPIRAN):
        shutil.copy(DATA / nama, tmp_path / nama)
    if berkas:
        f = tmp_path / berkas
        teks = f.read_text(encoding="utf-8")
        assert teks.count(lama) == 1, lama
        f.write_text(teks.replace(lama, baru), encoding="utf-8")
    return tmp_path / UTAMA


def _temuan(tmp_path: Path, berkas: str, lama: str, baru: str) -> list[Temuan]:
    return list(periksa(baca_toml(_salin(tmp_path, berkas, lama, baru))).temuan)


def test_the_report_in_units_and_dot_decimals_is_consistent() -> None:
    hasil = periksa(baca_toml(DATA / UTAMA))
    assert hasil.temuan == ()
    assert hasil.diperiksa == 53
    assert [p.rumus for p in hasil.penjelasan] == [
        "114.29 = 80 / 70 x 100, higher is better, at 2 places"
    ]


def test_the_units_are_read_at_table_and_column_level() -> None:
    lap = baca_toml(DATA / UTAMA)
    assert lap.lampiran is not None
    assert lap.lampiran.satuan_rupiah == "ribu"
    satuan = {(c.baris, c.kolom): c.satuan_rupiah for c in lap.semua_cetakan()}
    baris = "p1.k1.s1 Penyusunan Dokumen RKPD"
    assert satuan[baris, "Pagu"] == "ribu"  # the lampiran's, on a Rupiah column
    assert satuan[baris, "RPJMD (juta)"] == "juta"  # the column's own wins
    assert satuan[baris, "K %"] == "rupiah"  # not Rupiah: the lampiran's unit skips it
    assert satuan["p1", "Anggaran"] == "juta"  # one printed figure of a main-text table
    assert satuan["Jumlah", "terbilang"] == "rupiah"


# (file, printed, planted, place, computed, severity, words of the explanation)
TANAM: list[tuple[str, str, str, str, str, Tingkat, str]] = [
    (
        LAMPIRAN,
        'pagu = "1.234.568", realisasi = "1.200.000"',
        'pagu = "1.234.567", realisasi = "1.200.000"',
        f"{L3} / p1.k1.s1 Penyusunan Dokumen RKPD / Pagu",
        "1.234.568",
        Tingkat.RENDAH,
        "printed in ribu rupiah (satuan_rupiah = 'ribu'): 1.234.567.890 / 1.000 rounded half "
        "up at 0 places; difference -1; reproduced by truncating instead of rounding half up",
    ),
    (
        LAMPIRAN,
        'pagu = "2.000.001", realisasi = "1.987.654"',
        'pagu = "2.000.000", realisasi = "1.987.654"',
        f"{L3} / p1.k1.s2 Evaluasi Rencana Pembangunan / Pagu",
        "2.000.001",  # 2.000.000,5 thousand: a tie, rounded half up
        Tingkat.RENDAH,
        "2.000.000.500 / 1.000",
    ),
    (
        LAMPIRAN,
        'realisasi = "3.187.655", sisa = "46.914"',
        'realisasi = "3.178.655", sisa = "46.914"',
        f"{L3} / p1 Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah / Realisasi",
        "3.187.655",
        Tingkat.TINGGI,
        "difference -9.000",
    ),
    (
        LAMPIRAN,
        'rpjmd_rp = "1.987,65"',
        'rpjmd_rp = "1.987,66"',
        f"{L3} / p1.k1.s2 Evaluasi Rencana Pembangunan / RPJMD (juta)",
        "1.987,65",
        Tingkat.RENDAH,
        "printed in juta rupiah (satuan_rupiah = 'juta'): 1.987.654.321 / 1.000.000 rounded "
        "half up at 2 places; difference 0,01",
    ),
    (
        LAMPIRAN,
        'sisa = "65.309", rp_persen = "91.47" }\n\n[[program.kegiatan]]',
        'sisa = "65.309", rp_persen = "91.48" }\n\n[[program.kegiatan]]',
        f"{L3} / p2 Program Koordinasi dan Sinkronisasi Perencanaan Pembangunan Daerah / Rp %",
        "91.47",  # the lampiran's notation: a decimal point
        Tingkat.SEDANG,
        "no program, kegiatan or sub kegiatan of the report has this penyerapan",
    ),
    (
        UTAMA,
        'teks = "700,12"',
        'teks = "700,13"',
        "Tabel 3.4 / p2 / Realisasi",
        "700,12",
        Tingkat.RENDAH,
        "printed in juta rupiah (satuan_rupiah = 'juta'): 700.123.456 / 1.000.000",
    ),
    (
        UTAMA,
        'teks = "3,89"',
        'teks = "3,98"',
        "Tabel 3.6 / Belanja / Realisasi",
        "3,89",
        Tingkat.TINGGI,
        "printed in miliar rupiah (satuan_rupiah = 'miliar'): 3.887.778.276 / 1.000.000.000",
    ),
    (
        UTAMA,
        'teks = "114.29"',
        'teks = "114.28"',
        "Tabel 3.2 / iku1 / Capaian",
        "114.29",
        Tingkat.SEDANG,
        "reproduced by truncating 114.2857 to 2 places instead of rounding half up",
    ),
    (
        UTAMA,
        'teks = "15.74"',
        'teks = "15.73"',
        "Tabel 3.2 / iku1 / Efisiensi",
        "15.74",
        Tingkat.SEDANG,
        "reproduced by truncating 15.7361 to 2 places instead of rounding half up",
    ),
]


@pytest.mark.parametrize(
    ("berkas", "lama", "baru", "letak", "dihitung", "tingkat", "keterangan"),
    TANAM,
    ids=[
        "ribu-truncated",
        "ribu-tie",
        "ribu-wrong",
        "juta-column",
        "dot-percent",
        "juta-figure",
        "miliar",
        "dot-capaian",
        "dot-efisiensi",
    ],
)
def test_a_planted_error_is_found_in_the_unit_and_notation_of_its_place(
    tmp_path: Path,
    berkas: str,
    lama: str,
    baru: str,
    letak: str,
    dihitung: str,
    tingkat: Tingkat,
    keterangan: str,
) -> None:
    temuan = _temuan(tmp_path, berkas, lama, baru)
    t = next(t for t in temuan if t.letak == letak)
    assert t.dihitung == dihitung
    assert t.tingkat is tingkat
    assert keterangan in t.keterangan


def test_a_sum_of_printed_rows_in_a_unit_is_checked_in_that_unit(tmp_path: Path) -> None:
    # the RPJMD column above a sub kegiatan adds the rows below as printed (in juta)
    temuan = _temuan(tmp_path, LAMPIRAN, 'rpjmd_rp = "1.987,65"', 'rpjmd_rp = "1.987,66"')
    t = next(t for t in temuan if t.letak.startswith(f"{L3} / p1.k1 ") and "RPJMD" in t.letak)
    assert (t.dicetak, t.dihitung) == ("3.187,65", "3.187,66")


def test_a_formula_is_written_in_the_notation_of_its_place(tmp_path: Path) -> None:
    temuan = _temuan(
        tmp_path,
        LAMPIRAN,
        '"91.47" }\n\n[[program.kegiatan]]',
        '"91.48" }\n\n[[program.kegiatan]]',
    )
    t = next(t for t in temuan if t.letak.endswith("/ Rp %"))
    assert t.rumus == "700123456 / 765432100 x 100"  # a decimal point: no dots grouping thousands
    temuan = _temuan(tmp_path, UTAMA, 'teks = "15.74"', 'teks = "15.73"')
    t = next(t for t in temuan if t.letak.endswith("/ Efisiensi"))
    assert t.rumus == "capaian 114.29 - penyerapan 98.55 (MetodeEfisiensi.SELISIH_CAPAIAN)"


def test_a_place_without_a_declared_notation_keeps_the_indonesian_one(tmp_path: Path) -> None:
    temuan = _temuan(
        tmp_path,
        UTAMA,
        '{ baris = "iku1", kolom = "Capaian", teks = "114.29", besaran = "iku.capaian:iku1:2024", pemisah_desimal = "." }',
        '{ baris = "iku1", kolom = "Capaian", teks = "114,28", besaran = "iku.capaian:iku1:2024" }',
    )
    t = next(t for t in temuan if t.letak == "Tabel 3.2 / iku1 / Capaian")
    assert t.dihitung == "114,29"
    assert "truncating 114,2857" in t.keterangan


def test_printed_quarters_in_a_unit_may_differ_from_the_year_by_their_rounding(
    tmp_path: Path,
) -> None:
    # 100.000 + 200.123 + 200.000 + 200.000 thousand is 456 Rupiah short of 700.123.456:
    # within half a thousand per quarter, so consistent (the clean report shows it)
    temuan = _temuan(
        tmp_path,
        LAMPIRAN,
        'tw = ["100.000", "200.123", "200.000", "200.000"]',
        'tw = ["100.000", "200.000", "200.000", "200.000"]',
    )
    (t,) = [t for t in temuan if t.aturan == "triwulan"]
    assert t.letak.endswith("/ Triwulan 1-4 Rp")
    assert t.dihitung == "700.123"
    assert "in ribu rupiah" in t.rumus
    assert t.keterangan == "123 missing from the quarters"


# -- what is refused ---------------------------------------------------------------

SALAH = ["1000", "1000.0", '"Ribu"', '""', '"ribuan"', '["ribu"]', "true", '{ a = "ribu" }']


@pytest.mark.parametrize("nilai", SALAH)
@pytest.mark.parametrize(
    ("berkas", "lama", "letak"),
    [
        (LAMPIRAN, 'satuan_rupiah = "ribu"\npemisah', "lampiran.satuan_rupiah"),
        (
            LAMPIRAN,
            'besaran = "rpjmd_rp", satuan_rupiah = "juta"',
            "lampiran.kolom.rpjmd_rp.satuan_rupiah",
        ),
        (
            UTAMA,
            'besaran = "pagu:p1", satuan_rupiah = "juta"',
            "tabel[1].angka[0].satuan_rupiah",
        ),
    ],
    ids=["table", "column", "figure"],
)
def test_an_unknown_unit_is_refused_naming_the_place_and_the_units(
    tmp_path: Path, nilai: str, berkas: str, lama: str, letak: str
) -> None:
    _awal, _, akhir = lama.partition("satuan_rupiah = ")
    asli = akhir.split("\n")[0]
    baru = lama.replace(f"satuan_rupiah = {asli}", f"satuan_rupiah = {nilai}")
    with pytest.raises(ReportFormatError) as e:
        baca_toml(_salin(tmp_path, berkas, lama, baru))
    assert e.value.letak == letak
    assert "must be one of 'rupiah', 'ribu', 'juta', 'miliar'" in str(e.value)


@pytest.mark.parametrize(
    ("berkas", "lama", "baru", "letak", "jenis"),
    [
        (
            LAMPIRAN,
            'k_persen = { judul = "K %", besaran = "k_persen" }',
            'k_persen = { judul = "K %", besaran = "k_persen", satuan_rupiah = "ribu" }',
            "lampiran.kolom.k_persen.satuan_rupiah",
            "k_persen",
        ),
        (
            UTAMA,
            'teks = "97.19", besaran = "penyerapan:total"',
            'teks = "97.19", besaran = "penyerapan:total", satuan_rupiah = "ribu"',
            "tabel[1].angka[6].satuan_rupiah",
            "penyerapan",
        ),
        (
            UTAMA,
            'besaran = "terbilang:pagu:total"',
            'besaran = "terbilang:pagu:total", satuan_rupiah = "ribu"',
            "tabel[1].angka[7].satuan_rupiah",
            "terbilang",
        ),
    ],
    ids=["percent-column", "percent-figure", "terbilang"],
)
def test_a_unit_on_what_is_not_rupiah_is_refused(
    tmp_path: Path, berkas: str, lama: str, baru: str, letak: str, jenis: str
) -> None:
    with pytest.raises(ReportFormatError) as e:
        baca_toml(_salin(tmp_path, berkas, lama, baru))
    assert e.value.letak == letak
    assert f"applies only to a Rupiah quantity, not {jenis}" in str(e.value)


def test_a_full_rupiah_unit_may_be_stated_anywhere(tmp_path: Path) -> None:
    lap = baca_toml(
        _salin(
            tmp_path,
            LAMPIRAN,
            'k_persen = { judul = "K %", besaran = "k_persen" }',
            'k_persen = { judul = "K %", besaran = "k_persen", satuan_rupiah = "rupiah" }',
        )
    )
    assert periksa(lap).temuan == ()


@pytest.mark.parametrize("nilai", [1000, "Ribu", "", ["ribu"], None, 1.0, True])
def test_records_refuse_an_unknown_unit(nilai: Any) -> None:
    with pytest.raises(InvalidValueError, match="must be one of 'rupiah', 'ribu'"):
        Cetakan(tabel="T", baris="b", kolom="k", teks="1", besaran="pagu:p1", satuan_rupiah=nilai)
    if nilai is not None:
        with pytest.raises(InvalidValueError, match="must be one of"):
            Lampiran(tabel="T", kolom=(), satuan_rupiah=nilai)
        with pytest.raises(InvalidValueError, match="must be one of"):
            KolomLampiran(kunci="k", judul="k", besaran=JenisBesaran.PAGU, satuan_rupiah=nilai)


def test_the_units_are_a_read_only_table() -> None:
    assert dict(SATUAN_RUPIAH) == {"rupiah": 1, "ribu": 10**3, "juta": 10**6, "miliar": 10**9}
    with pytest.raises(TypeError):
        SATUAN_RUPIAH["ribu"] = 1  # type: ignore[index]


def test_a_csv_of_budget_rows_in_thousands_is_refused() -> None:
    csv = "# satuan_rupiah: ribu\nkode,nama,pagu,realisasi\np1,A,1.000,999\n"
    with pytest.raises(ReportFormatError) as e:
        baca_csv_anggaran(io.StringIO(csv))
    assert e.value.letak == "line 1, # satuan_rupiah"
    assert "must be 'rupiah'" in str(e.value)
    assert "primary data" in str(e.value)
    with pytest.raises(ReportFormatError, match=r"must be one of \['rupiah'"):
        baca_csv_anggaran(io.StringIO(csv.replace("ribu", "Ribu")))
    rows = baca_csv_anggaran(io.StringIO(csv.replace("ribu", "rupiah")))
    assert rows[0].pagu == 1000


def test_a_csv_finding_is_written_in_the_files_notation() -> None:
    rows = baca_csv_anggaran(
        io.StringIO(
            "# pemisah_desimal: .\n"
            "kode,nama,pagu,realisasi,penyerapan_dicetak\n"
            "p1,A,1932982000,1836886900,95.04\n"
        )
    )
    (t,) = periksa_baris(rows, berkas="a.csv", pemisah_desimal=".")
    assert (t.dicetak, t.dihitung) == ("95.04", "95.03")
    assert t.rumus == "1836886900 / 1932982000 x 100"


# -- the default is full Rupiah: nothing else changes -------------------------------


def test_the_embedded_report_is_unchanged() -> None:
    lap = contoh.dumai_2023()
    assert {c.satuan_rupiah for c in lap.semua_cetakan()} == {"rupiah"}
    hasil = periksa(lap)
    assert len(hasil.temuan) == 39
    assert "difference -487.185.429" in {t.keterangan for t in hasil.temuan}


def _laporan(teks: str, satuan: str, pagu: int) -> dict[str, Any]:
    dicetak = angka("pagu:total", teks, baris="Jumlah", kolom="Pagu", satuan_rupiah=satuan)
    s1 = sub(nama="S", indikator="-", satuan="-", pagu=pagu, tw_rp=[0, 0, 0, 0])
    return laporan(
        laporan=kepala(sumber="-", skala_predikat=TANPA),
        program=[program(nama="P", kegiatan=[kegiatan(nama="K", sub=[s1])])],
        tabel=[tabel(dicetak)],
    )


def _indonesia(d: Decimal) -> str:
    utuh, _, pecahan = f"{d:f}".partition(".")
    kelompok = f"{int(utuh):,}".replace(",", ".")
    return f"{kelompok},{pecahan}" if pecahan else kelompok


@given(
    pagu=st.integers(min_value=0, max_value=10**15),
    satuan=st.sampled_from(sorted(SATUAN_RUPIAH)),
    tempat=st.integers(min_value=0, max_value=3),
    geser=st.sampled_from([-1, 0, 1]),
)
def test_a_figure_in_a_unit_is_the_amount_rounded_half_up_at_its_places(
    pagu: int, satuan: str, tempat: int, geser: int
) -> None:
    # the oracle: Decimal's own ROUND_HALF_UP of pagu / unit at the printed places
    langkah = Decimal(1).scaleb(-tempat)
    benar = (Decimal(pagu) / SATUAN_RUPIAH[satuan]).quantize(langkah, rounding=ROUND_HALF_UP)
    dicetak = benar + geser * langkah
    if dicetak < 0:
        return
    temuan = periksa(dari_dict(_laporan(_indonesia(dicetak), satuan, pagu))).temuan
    if geser == 0:
        assert temuan == ()
    else:
        (t,) = temuan
        # full Rupiah are exact: the amount itself; in a unit: rounded at the printed places
        assert t.dihitung == _indonesia(benar if satuan != "rupiah" else Decimal(pagu))
        assert (satuan == "rupiah") == ("satuan_rupiah" not in t.keterangan)


# -- the message of a document nested too deep -----------------------------------------


@pytest.mark.parametrize("buka", ["[", "{a = "])
def test_a_document_nested_too_deep_names_the_file_its_line_and_depth(buka: str) -> None:
    tutup = "]" if buka == "[" else "}"
    teks = "skema = 1\n\nx = " + buka * 5000 + "1" + tutup * 5000 + "\n"
    with pytest.raises(ReportFormatError) as e:
        muat_toml(teks, "dalam.toml")
    assert e.value.berkas == "dalam.toml"
    assert e.value.letak == "line 3"
    assert e.value.value == "5000 levels"
    assert str(e.value) == (
        "dalam.toml: line 3 must not nest arrays or tables this deep: the TOML reader follows "
        f"at least {MAKS_SARANG} levels of arrays and inline tables (got '5000 levels')"
    )


@pytest.mark.parametrize("buka", ["[", "{a = "])
def test_a_document_nested_as_deep_as_the_limit_is_read(buka: str) -> None:
    tutup = "]" if buka == "[" else "}"
    teks = 'judul = "[[[{{{"  # ]]]\nx = ' + buka * MAKS_SARANG + "1" + tutup * MAKS_SARANG
    assert "x" in muat_toml(teks, "dalam.toml")


def test_english_grouped_rupiah_under_a_lampiran_decimal_point_reads_as_in_a_csv(
    tmp_path: Path,
) -> None:
    # the lampiran's "." lets commas group the thousands of its Rupiah columns where the
    # Indonesian reading fails, as a rows CSV declaring it does: "1,234,568" is "1.234.568"
    assert _temuan(tmp_path, LAMPIRAN, 'pagu = "1.234.568"', 'pagu = "1,234,568"') == []
    with pytest.raises(ReportFormatError, match="the Indonesian way, and is ambiguous") as info:
        _temuan(tmp_path, LAMPIRAN, 'pagu = "1.234.568"', 'pagu = "234,568"')
    assert "'95.03'" not in str(info.value)
