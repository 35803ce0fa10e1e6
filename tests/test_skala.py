"""Rating scales: every band edge of every built-in scale, at, just below and just above."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from sakip import (
    ATRIBUT_CAPAIAN,
    PERMENDAGRI_86_2017,
    PERMENPANRB_88_2021,
    PITA_PERMENDAGRI_86_2017_CETAK,
    RIWAYAT_SKALA,
    SKALA_BAWAAN,
    InvalidTypeError,
    InvalidValueError,
    NotComputableError,
    Pita,
    Skala,
    StatusSumber,
    aturan_skala,
    capaian,
    masalah_pita,
    skala_bernama,
)

EPS = Decimal("0.01")


@pytest.mark.parametrize(
    ("nilai", "predikat"),
    [
        (Decimal(91), "Sangat Tinggi"),
        (Decimal(91) - EPS, "Tinggi"),
        (Decimal(91) + EPS, "Sangat Tinggi"),
        (Decimal("90.5"), "Tinggi"),  # between printed edges 90 and 91
        (Decimal(76), "Tinggi"),
        (Decimal(76) - EPS, "Sedang"),
        (Decimal(76) + EPS, "Tinggi"),
        (Decimal(66), "Sedang"),
        (Decimal(66) - EPS, "Rendah"),
        (Decimal(66) + EPS, "Sedang"),
        (Decimal(51), "Rendah"),
        (Decimal(51) - EPS, "Sangat Rendah"),
        (Decimal(51) + EPS, "Rendah"),
        (Decimal(100), "Sangat Tinggi"),
        (Decimal(179), "Sangat Tinggi"),  # above 100: top band
        (Decimal(0), "Sangat Rendah"),
        (Decimal(-50), "Sangat Rendah"),
    ],
)
def test_permendagri_86_2017(nilai: Decimal, predikat: str) -> None:
    assert PERMENDAGRI_86_2017.predikat(nilai) == predikat


@pytest.mark.parametrize(
    ("nilai", "predikat"),
    [
        (Decimal(85), "Sangat Berhasil"),
        (Decimal(85) - EPS, "Berhasil"),
        (Decimal(85) + EPS, "Sangat Berhasil"),
        (Decimal(70), "Berhasil"),
        (Decimal(70) - EPS, "Cukup Berhasil"),
        (Decimal(70) + EPS, "Berhasil"),
        (Decimal(55), "Cukup Berhasil"),
        (Decimal(55) - EPS, "Tidak Berhasil"),
        (Decimal(55) + EPS, "Cukup Berhasil"),
        (Decimal(100), "Sangat Berhasil"),
        (Decimal(179), "Sangat Berhasil"),  # Tabel 3.1.1 calls 179% Sangat Berhasil
        (Decimal(-10), "Tidak Berhasil"),
    ],
)
def test_atribut_capaian(nilai: Decimal, predikat: str) -> None:
    assert ATRIBUT_CAPAIAN.predikat(nilai) == predikat


@pytest.mark.parametrize(
    ("nilai", "predikat"),
    [
        (Decimal(100), "AA"),
        (Decimal(90) + EPS, "AA"),
        (Decimal(90), "A"),
        (Decimal(90) - EPS, "A"),
        (Decimal(80) + EPS, "A"),
        (Decimal(80), "BB"),
        (Decimal(70) + EPS, "BB"),
        (Decimal(70), "B"),
        (Decimal(60) + EPS, "B"),
        (Decimal(60), "CC"),
        (Decimal(50) + EPS, "CC"),
        (Decimal(50), "C"),
        (Decimal(30) + EPS, "C"),
        (Decimal(30), "D"),
        (Decimal(30) - EPS, "D"),
        (Decimal(0), "D"),
    ],
)
def test_permenpanrb_88_2021(nilai: Decimal, predikat: str) -> None:
    assert PERMENPANRB_88_2021.predikat(nilai) == predikat


@pytest.mark.parametrize("nilai", [Decimal(100) + EPS, Decimal(0) - EPS, Decimal(179)])
def test_permenpanrb_88_2021_refuses_values_outside_0_100(nilai: Decimal) -> None:
    with pytest.raises(InvalidValueError, match=r"within the scale"):
        PERMENPANRB_88_2021.predikat(nilai)


def test_report_figures_under_both_capaian_scales() -> None:
    c179 = capaian(realisasi=75, target=42, tempat=0)
    c100 = capaian(realisasi=1860, target=1860, tempat=0)
    assert PERMENDAGRI_86_2017.predikat(c179) == "Sangat Tinggi"
    assert PERMENDAGRI_86_2017.predikat(c100) == "Sangat Tinggi"
    assert ATRIBUT_CAPAIAN.predikat(c179) == "Sangat Berhasil"
    assert ATRIBUT_CAPAIAN.predikat(c100) == "Sangat Berhasil"


def test_tie_at_70_and_its_band() -> None:
    c = capaian(realisasi=13_999, target=20_000)
    assert str(c) == "70.00"
    assert ATRIBUT_CAPAIAN.predikat(c) == "Berhasil"
    # the exact value lies below 70: the band of the rounded figure is what reports print
    exact = capaian(realisasi=13_999, target=20_000, tempat=None)
    assert ATRIBUT_CAPAIAN.predikat(exact) == "Cukup Berhasil"


def test_printed_permendagri_table_has_gaps() -> None:
    jenis = [(m.jenis, m.dari, m.sampai) for m in masalah_pita(PITA_PERMENDAGRI_86_2017_CETAK)]
    assert jenis == [
        ("celah", Fraction(50), Fraction(51)),
        ("celah", Fraction(65), Fraction(66)),
        ("celah", Fraction(75), Fraction(76)),
        ("celah", Fraction(90), Fraction(91)),
    ]


def test_report_tabel_3_1_overlaps_at_90() -> None:
    # As printed in the 2023 report: ">= 90" beside "76 - 90"
    tabel = (
        Pita(nama="Sangat Tinggi", bawah=90),
        Pita(nama="Tinggi", bawah=76, atas=90, termasuk_atas=True),
        Pita(nama="Sedang", bawah=66, atas=75, termasuk_atas=True),
        Pita(nama="Rendah", bawah=51, atas=65, termasuk_atas=True),
        Pita(nama="Sangat Rendah", atas=50, termasuk_atas=True),
    )
    temuan = [str(m) for m in masalah_pita(tabel)]
    assert "tumpang tindih between 'Tinggi' and 'Sangat Tinggi' at 90" in temuan
    assert len(temuan) == 4  # one overlap, three gaps


def test_clean_scales_have_no_problems() -> None:
    for s in (PERMENDAGRI_86_2017, ATRIBUT_CAPAIAN, PERMENPANRB_88_2021):
        assert masalah_pita(s.pita) == ()


def test_skala_refuses_overlap() -> None:
    with pytest.raises(InvalidValueError, match="tumpang tindih"):
        Skala(
            nama="x",
            sumber="y",
            pita=[Pita(nama="A", bawah=0, atas=50, termasuk_atas=True), Pita(nama="B", bawah=50)],
        )


def test_skala_refuses_point_gap() -> None:
    with pytest.raises(InvalidValueError, match="celah"):
        Skala(
            nama="x",
            sumber="y",
            pita=[Pita(nama="A", atas=50), Pita(nama="B", bawah=50, termasuk_bawah=False)],
        )


def test_skala_refuses_non_pita_and_empty() -> None:
    with pytest.raises(InvalidTypeError):
        Skala(nama="x", sumber="y", pita=["A"])  # type: ignore[list-item]
    with pytest.raises(InvalidValueError):
        Skala(nama="x", sumber="y", pita=[])


def test_pita_refuses_empty_band() -> None:
    with pytest.raises(InvalidValueError):
        Pita(nama="A", bawah=5, atas=5)
    assert Pita(nama="A", bawah=5, atas=5, termasuk_atas=True).memuat(5)


def test_user_scale_from_short_table() -> None:
    s = Skala.dari_batas_bawah(
        nama="Sangat Baik .. Sangat Kurang",
        sumber="contoh",
        batas=[
            ("Sangat Baik", 90),
            ("Baik", 75),
            ("Cukup", 60),
            ("Kurang", 40),
            ("Sangat Kurang", 0),
        ],
    )
    assert [s.predikat(x) for x in (95, 90, 89.99, 75, 60, 40, 0)] == [
        "Sangat Baik",
        "Sangat Baik",
        "Baik",
        "Baik",
        "Cukup",
        "Kurang",
        "Sangat Kurang",
    ]
    with pytest.raises(InvalidValueError):
        s.predikat(-1)


# --- issue 12: tables printed with points, not ranges


def _tercapai() -> Skala:
    return Skala.dari_batas_bawah(
        nama="Tercapai / Belum Tercapai",
        sumber="local practice",
        batas=[("Tercapai", 100), ("Belum Tercapai", None)],
    )


@pytest.mark.parametrize(
    ("nilai", "predikat"),
    [
        (100, "Tercapai"),
        (Decimal(100) - EPS, "Belum Tercapai"),
        (Decimal(100) + EPS, "Tercapai"),
        (179, "Tercapai"),
        (0, "Belum Tercapai"),
        (-5, "Belum Tercapai"),
    ],
)
def test_two_band_tercapai_table(nilai: object, predikat: str) -> None:
    assert _tercapai().predikat(nilai) == predikat  # type: ignore[arg-type]


def _titik_100() -> Skala:
    # "< 100 Kurang; = 100 Sesuai Target; > 100 Melampaui": a label for exactly 100
    return Skala(
        nama="titik 100",
        sumber="local practice",
        pita=[
            Pita(nama="Kurang", atas=100),
            Pita(nama="Sesuai Target", bawah=100, atas=100, termasuk_atas=True),
            Pita(nama="Melampaui", bawah=100, termasuk_bawah=False),
        ],
    )


@pytest.mark.parametrize(
    ("nilai", "predikat"),
    [
        (100, "Sesuai Target"),
        ("100.00", "Sesuai Target"),
        (Decimal(100) - EPS, "Kurang"),
        (Decimal(100) + EPS, "Melampaui"),
        (Fraction(200001, 2000), "Melampaui"),
    ],
)
def test_a_label_for_exactly_100(nilai: object, predikat: str) -> None:
    assert _titik_100().predikat(nilai) == predikat  # type: ignore[arg-type]


def test_point_band_is_a_band() -> None:
    (p,) = [p for p in _titik_100().pita if p.nama == "Sesuai Target"]
    assert str(p) == "Sesuai Target: 100 <= x <= 100"
    assert masalah_pita(_titik_100().pita) == ()
    with pytest.raises(InvalidValueError, match="non-empty"):
        Pita(nama="kosong", bawah=100, atas=100)  # an open point holds nothing


# --- editions by year


@pytest.mark.parametrize(
    ("nama", "tahun"),
    [
        ("PERMENDAGRI_86_2017", 2017),
        ("PERMENDAGRI_86_2017", 2023),
        ("ATRIBUT_CAPAIAN", 2019),
        ("PERMENPANRB_88_2021", 2021),
        ("PERMENPANRB_88_2021", None),
    ],
)
def test_scale_by_name_and_year(nama: str, tahun: int | None) -> None:
    assert skala_bernama(nama, tahun=tahun) is SKALA_BAWAAN[nama]
    assert skala_bernama(nama) is SKALA_BAWAAN[nama]  # the old call still works


@pytest.mark.parametrize(
    ("nama", "tahun", "sebelumnya"),
    [
        ("PERMENDAGRI_86_2017", 2016, "54/2010"),
        ("PERMENPANRB_88_2021", 2019, "12/2015"),
    ],
)
def test_years_before_a_scale_are_refused_and_the_old_edition_named(
    nama: str, tahun: int, sebelumnya: str
) -> None:
    with pytest.raises(NotComputableError, match="known edition"):
        skala_bernama(nama, tahun=tahun)
    assert sebelumnya in aturan_skala(nama).catatan


def test_every_builtin_scale_is_dated_and_marked() -> None:
    assert set(RIWAYAT_SKALA) == set(SKALA_BAWAAN)
    assert aturan_skala("PERMENDAGRI_86_2017").status is StatusSumber.DIKUTIP
    assert aturan_skala("PERMENPANRB_88_2021").status is StatusSumber.BELUM_DIVERIFIKASI
    assert aturan_skala("ATRIBUT_CAPAIAN").status is StatusSumber.PRAKTIK_LOKAL
    assert "as quoted in" in PERMENDAGRI_86_2017.sumber
    assert "unverified" in PERMENPANRB_88_2021.sumber
    with pytest.raises(InvalidValueError, match="must be one of"):
        aturan_skala("PERMENDAGRI_54_2010")


def test_bounds_are_written_as_printed_decimals() -> None:
    # a gap found in a printed legend ("0 - 49.99%", "50 - 64.99%") names its ends as
    # decimals, not as fractions (it printed "4999/100 to 50")
    from sakip.skala import masalah_pita

    (m,) = masalah_pita(
        [
            Pita(nama="Kurang", bawah=0, atas="49.99", termasuk_atas=True),
            Pita(nama="Cukup", bawah=50, atas="64.99", termasuk_atas=True),
        ]
    )
    assert str(m) == "celah between 'Kurang' and 'Cukup' at 49.99 to 50"
    assert str(Pita(nama="Cukup", bawah=50, atas="64.99", termasuk_atas=True)) == (
        "Cukup: 50 <= x <= 64.99"
    )
    (m,) = masalah_pita([Pita(nama="A", atas=Fraction(1, 3)), Pita(nama="B", bawah=1)])
    assert str(m) == "celah between 'A' and 'B' at 1/3 to 1"  # no finite decimal: a fraction
