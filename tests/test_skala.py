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
    InvalidTypeError,
    InvalidValueError,
    Pita,
    Skala,
    capaian,
    masalah_pita,
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
