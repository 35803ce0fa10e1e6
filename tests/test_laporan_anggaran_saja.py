"""Budget-only sub kegiatan: a row with pagu and realisasi, and no output indicator (K).

Many LKjIP print a budget table without output indicators. Such a row is read
without invented placeholders; every quantity that needs its output is not
computable (a printed figure of it is a ``tak-terhitung`` finding, a printed
"-" is consistent), the structural checks skip what it does not record, the
mean K% leaves it out, and the E.81 conversion leaves its K cells blank.
"""

from __future__ import annotations

import tomllib
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip import e81
from sakip.audit import periksa, periksa_berkas
from sakip.e81 import Bagian, Jenjang, Kolom
from sakip.errors import InvalidValueError, ReportFormatError
from sakip.laporan import SubKegiatan, baca_toml, dari_dict
from sakip.laporan.rekaman import KELUARAN

DATA = Path(__file__).parent / "data" / "anggaran_saja"
HANYA_ANGGARAN = DATA / "hanya_anggaran.toml"
CAMPURAN = DATA / "campuran.toml"
TABEL = "Tabel 3.5 Realisasi Anggaran"
#: The output fields of a sub kegiatan, in the order the reader names a missing one.


def _periksa_teks(teks: str) -> Any:
    return periksa(dari_dict(tomllib.loads(teks)))


def test_a_budget_only_report_is_read_without_placeholders() -> None:
    lap = baca_toml(HANYA_ANGGARAN)
    s = lap.cari("p1.k1.s1")
    assert isinstance(s, SubKegiatan)
    assert s.keluaran is None
    assert (s.indikator, s.satuan, s.target_k, s.tw_k, s.realisasi_k, s.tw_rp) == (None,) * 6
    assert lap.pagu == 1_700_000_000
    assert lap.realisasi_rp == 1_560_154_321


def test_a_budget_only_report_with_correct_figures_has_no_finding() -> None:
    h = periksa_berkas(HANYA_ANGGARAN)
    assert h.temuan == ()
    assert h.diperiksa == 23


#: One planted error each: (the printed text, what replaces it, where the finding is).
SALAH = [
    (
        'kode = "p1.k1.s1"',
        'dicetak = { pagu = "1.000.000.000"',
        'dicetak = { pagu = "1.100.000.000"',
        f"{TABEL} / p1.k1.s1 Penyediaan Gaji dan Tunjangan ASN / Anggaran (Rp)",
        "1.000.000.000",
    ),
    (
        'kode = "p1.k1.s2"',
        'realisasi = "442.500.000"',
        'realisasi = "442.000.000"',
        f"{TABEL} / p1.k1.s2 Penyediaan Administrasi Pelaksanaan Tugas ASN / Realisasi (Rp)",
        "442.500.000",
    ),
    (
        'kode = "p1"',
        'persen = "91,50"',
        'persen = "91,05"',
        f"{TABEL} / p1 Program Penunjang Urusan Pemerintahan / Capaian (%)",
        "91,50",
    ),
    (
        'kode = "p2.k1.s1"',
        'persen = "93,83"',
        'persen = "39,83"',
        f"{TABEL} / p2.k1.s1 Pengelolaan Arsip Dinamis pada Perangkat Daerah / Capaian (%)",
        "93,83",
    ),
    (
        'kode = "p1"',
        'sisa = "127.500.000"',
        'sisa = "127.000.000"',
        f"{TABEL} / p1 Program Penunjang Urusan Pemerintahan / Sisa (Rp)",
        "127.500.000",
    ),
]


def _ganti(teks: str, baris: str, lama: str, baru: str) -> str:
    """``lama`` replaced by ``baru`` once, in the table that starts with ``baris``."""
    awal = teks.index(baris + "\n")
    akhir = teks.index(lama, awal)
    return teks[:akhir] + baru + teks[akhir + len(lama) :]


@pytest.mark.parametrize(("baris", "lama", "baru", "letak", "dihitung"), SALAH)
def test_each_planted_budget_error_is_found(
    baris: str, lama: str, baru: str, letak: str, dihitung: str
) -> None:
    teks = _ganti(HANYA_ANGGARAN.read_text(encoding="utf-8"), baris, lama, baru)
    temuan = _periksa_teks(teks).temuan
    assert [(t.letak, t.dihitung) for t in temuan] == [(letak, dihitung)]
    assert temuan[0].aturan == "angka"


def test_quarters_of_a_budget_only_row_are_still_checked() -> None:
    teks = HANYA_ANGGARAN.read_text(encoding="utf-8").replace("67_654_321]", "67_654_000]")
    (t,) = _periksa_teks(teks).temuan
    assert t.aturan == "triwulan"
    assert t.letak.endswith("p2.k1.s1 Pengelolaan Arsip Dinamis pada Perangkat Daerah / Rp")


def _dengan_kolom_k(teks_k: str) -> str:
    """The budget-only report with a K % column, printing ``teks_k`` on one budget-only row."""
    teks = HANYA_ANGGARAN.read_text(encoding="utf-8")
    teks = teks.replace(
        "[lampiran.kolom]\n", '[lampiran.kolom]\nk = { judul = "K %", besaran = "k_persen" }\n'
    )
    return _ganti(teks, 'kode = "p1.k1.s2"', "dicetak = { ", f'dicetak = {{ k = "{teks_k}", ')


def test_a_printed_k_percent_on_a_budget_only_row_is_tak_terhitung() -> None:
    (t,) = _periksa_teks(_dengan_kolom_k("100,00")).temuan
    assert t.aturan == "tak-terhitung"
    assert t.letak == f"{TABEL} / p1.k1.s2 Penyediaan Administrasi Pelaksanaan Tugas ASN / K %"
    assert t.dicetak == "100,00"
    assert "budget-only row" in t.keterangan


@pytest.mark.parametrize("kosong", ["-", ""])
def test_a_printed_dash_on_a_budget_only_row_is_consistent(kosong: str) -> None:
    assert _periksa_teks(_dengan_kolom_k(kosong)).temuan == ()


#: The output fields of a full row of the mix (p1.k1.s1), as TOML lines.
KELUARAN_TOML = {
    "indikator": 'indikator = "Jumlah perpustakaan sekolah yang dibina"',
    "satuan": 'satuan = "perpustakaan"',
    "target_k": 'target_k = "10"',
    "tw_k": 'tw_k = ["2", "2", "2", "2"]',
    "realisasi_k": 'realisasi_k = "8"',
}


@given(st.sets(st.sampled_from(KELUARAN), min_size=1, max_size=len(KELUARAN) - 1))
def test_a_partial_output_set_is_refused_naming_what_is_missing(buang: set[str]) -> None:
    teks = CAMPURAN.read_text(encoding="utf-8")
    for kunci in buang:
        teks = teks.replace(KELUARAN_TOML[kunci] + "\n", "", 1)
    with pytest.raises(ReportFormatError) as e:
        dari_dict(tomllib.loads(teks))
    hilang = [k for k in KELUARAN if k in buang]
    pesan = str(e.value)
    assert f"program[0].kegiatan[0].sub[0].{hilang[0]} is required with" in pesan
    assert f"(missing: {', '.join(hilang)})" in pesan


def test_a_partial_output_set_is_refused_by_the_record() -> None:
    with pytest.raises(InvalidValueError, match="target_k must be given with indikator"):
        SubKegiatan(
            kode="s1",
            nama="Rapat",
            pagu=100,
            realisasi_rp=90,
            indikator="Jumlah rapat",
            satuan="kali",
        )


@pytest.mark.parametrize(
    ("kunci", "baris"),
    [("konsolidasi", 'konsolidasi = "terakhir"'), ("tw_pasti", "tw_pasti = false")],
)
def test_a_quarter_setting_on_a_row_without_such_quarters_is_refused(
    kunci: str, baris: str
) -> None:
    teks = CAMPURAN.read_text(encoding="utf-8").replace(
        "# budget only, no quarters either\n", baris + "\n"
    )
    with pytest.raises(ReportFormatError, match=rf"sub\[1\]\.{kunci} applies to the quarters"):
        dari_dict(tomllib.loads(teks))


def test_a_mix_of_full_and_budget_only_rows_has_no_finding() -> None:
    h = periksa_berkas(CAMPURAN)
    assert h.temuan == ()
    assert h.diperiksa == 34


def test_the_mean_k_percent_leaves_budget_only_rows_out() -> None:
    # the mean over all four rows, a budget-only row counted as 0, would be 38,75
    teks = CAMPURAN.read_text(encoding="utf-8").replace('teks = "77,50"', 'teks = "38,75"')
    (t,) = _periksa_teks(teks).temuan
    assert t.dihitung == "77,50"
    assert "(2 budget-only rows, with no output, left out)" in t.rumus
    # and the means the explanation tries leave them out as well
    assert (
        "mean K% over all 2 with an output (0 for no target; 2 budget-only left out) = 77,50"
        in (t.keterangan)
    )


def test_the_k_sum_of_a_full_row_is_still_checked() -> None:
    teks = CAMPURAN.read_text(encoding="utf-8").replace(
        'realisasi_k = "8"\n', 'realisasi_k = "7"\n', 1
    )
    temuan = [(t.aturan, t.letak.split(" / ")[-1]) for t in _periksa_teks(teks).temuan]
    assert sorted(temuan) == [
        ("agregat", "K %"),  # the mean
        ("angka", "K %"),
        ("angka", "Realisasi K"),
        ("triwulan", "K"),
    ]


def test_a_kegiatan_quarter_over_a_row_without_quarters_is_tak_terhitung() -> None:
    teks = CAMPURAN.read_text(encoding="utf-8").replace(
        'rp_persen = "90,00" }\n\n[[program.kegiatan.sub]]\nkode = "p1.k2.s1"',
        'rp_persen = "90,00", tw_rp = ["0", "0", "0", "0"] }\n\n'
        '[[program.kegiatan.sub]]\nkode = "p1.k2.s1"',
    )
    temuan = _periksa_teks(teks).temuan
    assert [t.aturan for t in temuan] == ["tak-terhitung"] * 4
    assert "p1.k2.s1 records no quarters (tw_rp)" in temuan[0].keterangan


def test_the_e81_conversion_leaves_what_is_not_recorded_blank() -> None:
    t = e81.dari_laporan(baca_toml(CAMPURAN))
    baris = {b.kode: b for b in t.baris}
    penuh, anggaran, kosong = baris["p1.k1.s1"], baris["p1.k1.s2"], baris["p1.k2.s2"]
    assert (penuh.indikator, penuh.angka(Kolom.TARGET_RENJA, Bagian.K)) == (
        "Jumlah perpustakaan sekolah yang dibina",
        Fraction(10),
    )
    for b in (anggaran, kosong):
        assert (b.jenjang, b.indikator, b.satuan) == (Jenjang.SUB_KEGIATAN, "", "")
        assert b.angka(Kolom.TARGET_RENJA, Bagian.K) is None
        assert all(b.angka(k, Bagian.K) is None for k in e81.model.KOLOM_TRIWULAN)
    tw1 = e81.model.KOLOM_TRIWULAN[0]
    assert anggaran.angka(tw1, Bagian.RP) == Fraction(10_000_000)
    assert kosong.angka(tw1, Bagian.RP) is None
    # a parent's quarter is blank when a row under it records none: no partial sum
    assert baris["p1.k1"].angka(tw1, Bagian.RP) == Fraction(20_000_000)
    assert baris["p1.k2"].angka(tw1, Bagian.RP) is None
    assert baris["p1"].angka(tw1, Bagian.RP) is None
    assert baris["p1"].angka(Kolom.TARGET_RENJA, Bagian.RP) == Fraction(400_000_000)


def test_the_e81_conversion_of_the_mix_writes_and_audits(tmp_path: Path) -> None:
    tabel = e81.dari_laporan(baca_toml(CAMPURAN))
    kembali = e81.baca_xlsx(e81.tulis_xlsx(tabel, tmp_path / "campuran.xlsx"))
    baris = {b.kode: b for b in kembali.baris}
    assert baris["p1.k1.s2"].angka(Kolom.TARGET_RENJA, Bagian.K) is None
    assert baris["p1.k1.s2"].angka(Kolom.TARGET_RENJA, Bagian.RP) == Fraction(140_000_000)
    # blank K cells are no finding; the rows that print the year's Rp without its quarters
    # (p1.k2's sub kegiatan, and so p1.k2 and p1) carry it typed in column 13
    temuan = e81.periksa(kembali).temuan
    assert [(t.sel, t.temuan.aturan) for t in temuan] == [
        (sel, "triwulan-kosong") for sel in ("U8", "U12", "U13", "U14")
    ]
    realisasi = {b.kode: b.angka(Kolom.REALISASI_RENJA, Bagian.RP) for b in kembali.baris}
    assert [realisasi[k] for k in ("p1", "p1.k1", "p1.k2")] == [
        360_000_000,
        270_000_000,
        90_000_000,
    ]
    # p1's quarters stay blank (p1.k2 records none), not p1.k1's partial sum
    assert baris["p1"].isi(Kolom.TRIWULAN_1, Bagian.RP).kosong


def test_a_full_row_may_print_the_years_k_only() -> None:
    # some reports print target and realisasi K without quarters: tw_k is optional beside
    # the output fields, and the quarters' K are then not checked against the year's
    teks = CAMPURAN.read_text(encoding="utf-8").replace(KELUARAN_TOML["tw_k"] + "\n", "", 1)
    lap = dari_dict(tomllib.loads(teks))
    s = lap.cari("p1.k1.s1")
    assert isinstance(s, SubKegiatan)
    k = s.keluaran
    assert k is not None
    assert k.tw_k is None
    assert k.realisasi_k == 8
    assert [t for t in periksa(lap).temuan if t.aturan == "triwulan"] == []


def test_quarters_k_or_their_rule_without_what_they_belong_to_are_refused() -> None:
    teks = CAMPURAN.read_text(encoding="utf-8")
    tanpa_tw = teks.replace(KELUARAN_TOML["tw_k"] + "\n", 'konsolidasi = "terakhir"\n', 1)
    with pytest.raises(ReportFormatError, match="konsolidasi applies to the quarters' K"):
        dari_dict(tomllib.loads(tanpa_tw))
    with pytest.raises(InvalidValueError, match="tw_k needs the output fields"):
        SubKegiatan(kode="s1", nama="Rapat", pagu=100, realisasi_rp=90, tw_k=(Fraction(1),) * 4)
