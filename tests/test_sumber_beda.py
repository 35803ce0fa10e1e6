"""Sources that disagree: each reading a named method or scale, the default kept, never mixed.

- PermenPANRB 88/2021: secondary sources read each predikat band open at one end or the other;
  both readings are built-in scales, the open-below one the default.
- Penyerapan anggaran: PMK 214/PMK.02/2017 (read) for budget years 2018-2020, PMK 22/PMK.02/2021
  (as quoted) from 2021, one formula.
- LKjIP Inspektorat Daerah Kabupaten Sampang 2019: the Permendagri 86/2017 intervals with other
  labels, a label variant transcribed as the report's own ``[[skala]]``.
"""

from __future__ import annotations

import tomllib
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import sakip
from sakip import (
    ATURAN_PENYERAPAN,
    PERMENDAGRI_86_2017,
    PERMENPANRB_88_2021,
    RIWAYAT_SKALA,
    SKALA_BAWAAN,
    StatusSumber,
    aturan_berlaku,
    aturan_skala,
    penyerapan,
    skala_bernama,
)
from sakip.errors import InvalidValueError, NotComputableError
from sakip.laporan import dari_dict
from sakip.skala import PERMENPANRB_88_2021_TERMASUK_BAWAH

TERMASUK_BAWAH = "PERMENPANRB_88_2021_TERMASUK_BAWAH"
TITIK_POTONG = (30, 50, 60, 70, 80, 90)

# --- PermenPANRB 88/2021: two readings of the band ends ------------------------------------


@pytest.mark.parametrize(
    ("nilai", "terbuka_bawah", "tertutup_bawah"),
    [
        (0, "D", "D"),
        ("0.01", "D", "D"),
        ("29.99", "D", "D"),
        (30, "D", "C"),
        ("30.01", "C", "C"),
        ("49.99", "C", "C"),
        (50, "C", "CC"),
        ("50.01", "CC", "CC"),
        ("59.99", "CC", "CC"),
        (60, "CC", "B"),
        ("60.01", "B", "B"),
        ("69.99", "B", "B"),
        (70, "B", "BB"),
        ("70.01", "BB", "BB"),
        ("79.99", "BB", "BB"),
        (80, "BB", "A"),
        ("80.01", "A", "A"),
        ("89.99", "A", "A"),
        (90, "A", "AA"),
        ("90.01", "AA", "AA"),
        ("99.99", "AA", "AA"),
        (100, "AA", "AA"),
    ],
)
def test_every_boundary_of_both_readings(
    nilai: int | str, terbuka_bawah: str, tertutup_bawah: str
) -> None:
    assert PERMENPANRB_88_2021.predikat(nilai) == terbuka_bawah
    assert PERMENPANRB_88_2021_TERMASUK_BAWAH.predikat(nilai) == tertutup_bawah
    assert skala_bernama(TERMASUK_BAWAH).predikat(nilai) == tertutup_bawah


@pytest.mark.parametrize("nilai", [-1, "-0.01", "100.01", 101])
def test_both_readings_refuse_scores_outside_0_to_100(nilai: int | str) -> None:
    for skala in (PERMENPANRB_88_2021, PERMENPANRB_88_2021_TERMASUK_BAWAH):
        with pytest.raises(InvalidValueError, match=r"\[0, 100\]"):
            skala.predikat(nilai)


nilai_akip = st.decimals(min_value=0, max_value=100, places=2, allow_nan=False)


@given(x=nilai_akip)
@example(x=Decimal(90))
@example(x=Decimal("90.00"))
@example(x=Decimal(0))
@example(x=Decimal(100))
def test_the_readings_differ_exactly_at_the_cut_points(x: Decimal) -> None:
    sama = PERMENPANRB_88_2021.predikat(x) == PERMENPANRB_88_2021_TERMASUK_BAWAH.predikat(x)
    assert sama is (x not in TITIK_POTONG)


@given(x=st.fractions(min_value=0, max_value=100, max_denominator=10**6))
@example(x=Fraction(30))
@example(x=Fraction(9001, 100))
def test_the_readings_differ_exactly_at_the_cut_points_for_any_exact_value(x: Fraction) -> None:
    lama = PERMENPANRB_88_2021.pita_untuk(x)
    bawah = PERMENPANRB_88_2021_TERMASUK_BAWAH.pita_untuk(x)
    assert (lama.nama == bawah.nama) is (x not in TITIK_POTONG)
    assert lama.keterangan == bawah.keterangan or x in TITIK_POTONG


def test_the_default_is_unchanged_and_the_new_reading_is_registered_and_dated() -> None:
    assert SKALA_BAWAAN["PERMENPANRB_88_2021"] is PERMENPANRB_88_2021
    assert skala_bernama("PERMENPANRB_88_2021") is PERMENPANRB_88_2021
    assert SKALA_BAWAAN[TERMASUK_BAWAH] is PERMENPANRB_88_2021_TERMASUK_BAWAH
    assert getattr(sakip.skala, TERMASUK_BAWAH) is PERMENPANRB_88_2021_TERMASUK_BAWAH
    assert [str(p) for p in PERMENPANRB_88_2021.pita][-1] == "AA: 90 < x <= 100"
    aturan = aturan_skala(TERMASUK_BAWAH)
    assert aturan.status is StatusSumber.BELUM_DIVERIFIKASI
    assert aturan.berlaku_dari == 2021
    assert len(RIWAYAT_SKALA[TERMASUK_BAWAH]) == 1
    assert skala_bernama(TERMASUK_BAWAH, tahun=2023) is PERMENPANRB_88_2021_TERMASUK_BAWAH
    with pytest.raises(NotComputableError, match="known edition"):
        skala_bernama(TERMASUK_BAWAH, tahun=2020)


def test_each_reading_names_where_it_was_seen() -> None:
    assert "nilai > 90" in aturan_skala("PERMENPANRB_88_2021").dikutip_dari
    assert "nilai >= 90" in aturan_skala(TERMASUK_BAWAH).dikutip_dari
    assert "unverified" in PERMENPANRB_88_2021_TERMASUK_BAWAH.sumber


def test_the_gloss_of_cc_does_not_change_the_predikat() -> None:
    # "Cukup" or "Cukup (Memadai)": the predikat is CC either way
    for skala in (PERMENPANRB_88_2021, PERMENPANRB_88_2021_TERMASUK_BAWAH):
        p = skala.pita_untuk(55)
        assert (p.nama, p.keterangan) == ("CC", "Cukup")


def test_a_report_may_rate_with_the_other_reading() -> None:
    lap = dari_dict(
        {
            "skema": 1,
            "laporan": {
                "instansi": "Dinas Contoh",
                "tahun": 2023,
                "judul": "LKjIP 2023",
                "sumber": "-",
                "renstra": [2021, 2026],
                "skala_predikat": TERMASUK_BAWAH,
            },
        }
    )
    assert lap.skala_predikat == TERMASUK_BAWAH
    assert lap.skala_bernama(TERMASUK_BAWAH).predikat(90) == "AA"


# --- penyerapan: PMK 214/PMK.02/2017 (2018-2020), PMK 22/PMK.02/2021 (2021 on) -------------


def test_the_example_of_pmk_214_2017_is_recomputed() -> None:
    # PMK 214/PMK.02/2017, Lampiran, butir b: budget year 2016, 734,881,464,333 of
    # 855,830,897,000 is printed as 85,87%.
    assert penyerapan(realisasi=734_881_464_333, pagu=855_830_897_000) == Decimal("85.87")


@pytest.mark.parametrize(
    ("tahun", "regulasi", "status"),
    [
        (2018, "PMK 214/PMK.02/2017", StatusSumber.DIBACA),
        (2020, "PMK 214/PMK.02/2017", StatusSumber.DIBACA),
        (2021, "PMK 22/PMK.02/2021", StatusSumber.DIKUTIP),
        (2024, "PMK 22/PMK.02/2021", StatusSumber.DIKUTIP),
        (None, "PMK 22/PMK.02/2021", StatusSumber.DIKUTIP),
    ],
)
def test_the_edition_of_penyerapan_by_budget_year(
    tahun: int | None, regulasi: str, status: StatusSumber
) -> None:
    a = aturan_berlaku(ATURAN_PENYERAPAN, tahun, nama="penyerapan")
    assert (a.regulasi, a.status) == (regulasi, status)


def test_the_editions_of_penyerapan_meet_without_gap_or_overlap() -> None:
    lama, baru = ATURAN_PENYERAPAN
    assert lama.berlaku_sampai is not None
    assert baru.berlaku_dari == lama.berlaku_sampai + 1
    assert baru.berlaku_sampai is None
    assert "P = A / PA" in lama.letak
    assert "85.87" in lama.catatan
    assert "not read" in baru.catatan


def test_the_penyerapan_error_cites_each_edition_with_its_years() -> None:
    with pytest.raises(NotComputableError) as info:
        penyerapan(realisasi=0, pagu=0)
    rule = info.value.rule
    assert rule is not None
    assert "PMK 214/PMK.02/2017 Lampiran, P = A / PA x 100% (budget years 2018-2020)" in rule
    assert "PMK 22/PMK.02/2021 aspek implementasi (2021 on, as quoted" in rule
    assert "unverified" not in rule


# --- Sampang 2019: the Permendagri 86/2017 intervals with other labels ---------------------

_SAMPANG = """
skema = 1

[laporan]
instansi = "Inspektorat Daerah Kabupaten Sampang"
tahun = 2019
judul = "LKjIP 2019"
sumber = "LKjIP Inspektorat Daerah Kabupaten Sampang 2019"
renstra = [2019, 2023]
skala_predikat = "PERMENDAGRI_86_2017_LABEL_BAIK"

[[skala]]
kode = "PERMENDAGRI_86_2017_LABEL_BAIK"
nama = "Interval Penilaian Kinerja (Tabel 3.1 laporan)"
sumber = "Permendagri 86/2017 intervals, labels as printed in LKjIP Sampang 2019, Tabel 3.1"
pita = [
    { nama = "Sangat Kurang", atas = "51" },
    { nama = "Kurang", bawah = "51", atas = "66" },
    { nama = "Cukup", bawah = "66", atas = "76" },
    { nama = "Baik", bawah = "76", atas = "91" },
    { nama = "Sangat Baik", bawah = "91" },
]

[[skala_dicetak]]
tabel = "Tabel 3.1"
nama = "Interval Penilaian Kinerja"
acuan = "PERMENDAGRI_86_2017_LABEL_BAIK"
pita = [
    { nama = "Sangat Baik", bawah = "91", atas = "100", termasuk_atas = true },
    { nama = "Baik", bawah = "76", atas = "90", termasuk_atas = true },
    { nama = "Cukup", bawah = "66", atas = "75", termasuk_atas = true },
    { nama = "Kurang", bawah = "51", atas = "65", termasuk_atas = true },
    { nama = "Sangat Kurang", atas = "50", termasuk_atas = true },
]
"""

_LABEL = {
    "Sangat Tinggi": "Sangat Baik",
    "Tinggi": "Baik",
    "Sedang": "Cukup",
    "Rendah": "Kurang",
    "Sangat Rendah": "Sangat Kurang",
}


def _sampang() -> sakip.laporan.Laporan:
    return dari_dict(tomllib.loads(_SAMPANG), berkas="sampang_2019.toml")


@given(x=st.fractions(min_value=-50, max_value=250, max_denominator=10**6))
@example(x=Fraction(91))
@example(x=Fraction(181, 2))
@example(x=Fraction(51))
@example(x=Fraction(50))
def test_the_sampang_labels_are_a_label_variant_of_permendagri_86_2017(x: Fraction) -> None:
    sampang = _sampang().skala_bernama("PERMENDAGRI_86_2017_LABEL_BAIK")
    assert sampang.predikat(x) == _LABEL[PERMENDAGRI_86_2017.predikat(x)]


def test_the_sampang_scale_has_the_bounds_of_permendagri_86_2017() -> None:
    sampang = _sampang().skala_bernama("PERMENDAGRI_86_2017_LABEL_BAIK")
    assert [(p.bawah, p.atas) for p in sampang.pita] == [
        (p.bawah, p.atas) for p in PERMENDAGRI_86_2017.pita
    ]


def test_the_printed_sampang_table_is_checked_against_its_own_labels() -> None:
    from sakip.audit import periksa

    temuan = [t for t in periksa(_sampang()).temuan if t.aturan == "skala"]
    # the integer edges leave the gaps every copy of Permendagri 86/2017 prints ...
    assert sum("celah" in t.dicetak or "has no band" in t.keterangan for t in temuan) == 4
    # ... and no band is printed with another lower bound than the report's scale
    assert not [t for t in temuan if "/ " in t.letak]
