"""Budget: penyerapan, sisa anggaran, efisiensi (both methods), belanja totals."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from sakip import (
    InvalidTypeError,
    InvalidValueError,
    MetodeEfisiensi,
    NotComputableError,
    efisiensi,
    jumlah_belanja,
    penyerapan,
    sisa_anggaran,
)

# Tabel 3.5.1 / 3.6.1 / V and the lampiran of the 2023 Dumai report: pagu after
# the change, realisasi, and the penyerapan that the figures really give.
PROGRAM = [
    ("Penunjang Urusan Pemerintahan Daerah", 6_005_088_000, 5_898_976_029, "98.23"),
    ("Pemberdayaan Sosial", 551_164_140, 546_434_280, "99.14"),
    ("Penanganan Warga Negara Migran", 2_100_000, 2_100_000, "100.00"),
    ("Rehabilitasi Sosial", 3_523_998_700, 3_470_356_630, "98.48"),
    ("Perlindungan dan Jaminan Sosial", 1_932_982_000, 1_836_886_900, "95.03"),
    ("Penanganan Bencana", 238_280_000, 236_647_478, "99.31"),
    ("Pengelolaan Taman Makam Pahlawan", 17_458_900, 15_410_600, "88.27"),
    ("Administrasi Pemerintahan Desa", 93_568_000, 92_944_034, "99.33"),
    # the main text prints 99,58 here; the lampiran prints 99,31, which is right
    ("Pemberdayaan Lembaga Kemasyarakatan", 1_539_632_000, 1_529_080_716, "99.31"),
]


@pytest.mark.parametrize(("nama", "pagu", "realisasi", "persen"), PROGRAM)
def test_penyerapan_nine_programs(nama: str, pagu: int, realisasi: int, persen: str) -> None:
    assert str(penyerapan(realisasi=realisasi, pagu=pagu)) == persen


def test_programs_add_up_to_the_total() -> None:
    assert sum(p for _, p, _, _ in PROGRAM) == 13_904_271_740
    assert sum(r for _, _, r, _ in PROGRAM) == 13_628_836_667
    assert str(penyerapan(realisasi=13_628_836_667, pagu=13_904_271_740)) == "98.02"


def test_penyerapan_exact_and_full() -> None:
    assert penyerapan(realisasi=1, pagu=3, tempat=None) == Fraction(100, 3)
    assert penyerapan(realisasi=2_100_000, pagu=2_100_000) == Decimal("100.00")


def test_penyerapan_refusals() -> None:
    with pytest.raises(NotComputableError):
        penyerapan(realisasi=0, pagu=0)
    with pytest.raises(InvalidValueError, match="must not exceed pagu"):
        penyerapan(realisasi=11, pagu=10)
    with pytest.raises(InvalidValueError, match="whole number of Rupiah"):
        penyerapan(realisasi="1.5", pagu=10)
    with pytest.raises(InvalidValueError, match=">= 0"):
        penyerapan(realisasi=-1, pagu=10)


@pytest.mark.parametrize(
    ("pagu", "realisasi", "sisa"),
    [  # Tabel VI
        (3_523_998_700, 3_470_356_630, 53_642_070),
        (93_568_000, 92_944_034, 623_966),
        (1_539_632_000, 1_529_080_716, 10_551_284),
        (238_280_000, 236_647_478, 1_632_522),
    ],
)
def test_sisa_anggaran_tabel_vi(pagu: int, realisasi: int, sisa: int) -> None:
    assert sisa_anggaran(pagu=pagu, realisasi=realisasi) == sisa


def test_belanja_operasi_plus_modal() -> None:
    assert jumlah_belanja(operasi=13_849_393_240, modal=54_878_500) == 13_904_271_740
    assert jumlah_belanja(operasi=13_574_117_667, modal=54_719_000) == 13_628_836_667


@pytest.mark.parametrize(
    ("capaian", "pagu", "realisasi", "cap", "persen", "kategori"),
    [
        # Tabel VI, IKU 1: 100 - 98,48 = 1,52 (printed 1,5% in the table, 1,52% in the text)
        (100, 3_523_998_700, 3_470_356_630, None, "1.52", "Efisien"),
        # IKU 2 as the formula says: 179 - 99,33 = 79,67 ...
        (179, 93_568_000, 92_944_034, None, "79.67", "Efisien"),
        # ... and as printed (0,67%): only with capaian capped at 100
        (179, 93_568_000, 92_944_034, 100, "0.67", "Efisien"),
        # IKU 3 and 4: printed 0,69%, which is 100 - 99,31 (the true penyerapan)
        (100, 1_539_632_000, 1_529_080_716, None, "0.69", "Efisien"),
        (100, 238_280_000, 236_647_478, None, "0.69", "Efisien"),
        # overspending relative to performance
        (90, 1_000, 950, None, "-5.00", "Tidak Efisien"),
        (95, 1_000, 950, None, "0.00", "Tidak Efisien"),
    ],
)
def test_efisiensi_selisih_capaian(
    capaian: int, pagu: int, realisasi: int, cap: int | None, persen: str, kategori: str
) -> None:
    e = efisiensi(capaian=capaian, pagu=pagu, realisasi=realisasi, maksimum_capaian=cap)
    assert str(e.persen) == persen
    assert e.kategori == kategori
    assert e.rupiah == pagu - realisasi
    assert e.metode is MetodeEfisiensi.SELISIH_CAPAIAN


def test_efisiensi_kemenkeu_bounds_the_score_not_e() -> None:
    e = efisiensi(capaian=100, pagu=1_000, realisasi=500, metode=MetodeEfisiensi.KEMENKEU)
    assert e.persen == Decimal("50.00")  # E itself, unbounded
    assert e.skor == Decimal("100.00")  # score from E bounded to 20
    worse = efisiensi(capaian=50, pagu=1_000, realisasi=1_000, metode=MetodeEfisiensi.KEMENKEU)
    assert worse.persen == Decimal("-100.00")
    assert worse.skor == Decimal("0.00")
    assert worse.kategori == "Tidak Efisien"


def test_efisiensi_kemenkeu_sums_outputs() -> None:
    e = efisiensi(
        capaian=[100, 90],
        pagu=[1_000_000, 500_000],
        realisasi=[900_000, 450_000],
        metode=MetodeEfisiensi.KEMENKEU,
    )
    assert e.eksak == Fraction(100_000 * 100, 1_450_000)
    assert e.rupiah == 100_000


def test_efisiensi_refusals() -> None:
    with pytest.raises(InvalidValueError, match="same length"):
        efisiensi(capaian=[1, 2], pagu=[1], realisasi=[1], metode=MetodeEfisiensi.KEMENKEU)
    with pytest.raises(InvalidValueError, match="one value"):
        efisiensi(capaian=[1, 2], pagu=[1, 1], realisasi=[1, 1])
    with pytest.raises(InvalidValueError, match="maksimum_capaian"):
        efisiensi(
            capaian=1, pagu=1, realisasi=1, metode=MetodeEfisiensi.KEMENKEU, maksimum_capaian=100
        )
    with pytest.raises(NotComputableError):
        efisiensi(capaian=0, pagu=1, realisasi=1, metode=MetodeEfisiensi.KEMENKEU)
    with pytest.raises(InvalidTypeError):
        efisiensi(capaian=1, pagu=1, realisasi=1, metode="kemenkeu")  # type: ignore[arg-type]
