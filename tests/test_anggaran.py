"""Budget: penyerapan, sisa anggaran, efisiensi (both methods), belanja totals."""

from __future__ import annotations

import itertools
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip import (
    ATURAN_EFISIENSI,
    InvalidTypeError,
    InvalidValueError,
    MetodeEfisiensi,
    NotComputableError,
    SatuanRupiah,
    StatusSumber,
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
    assert str(e.nilai) == persen
    assert e.kategori == kategori
    assert e.rupiah == pagu - realisasi
    assert e.metode is MetodeEfisiensi.SELISIH_CAPAIAN


def test_efisiensi_kemenkeu_bounds_the_score_not_e() -> None:
    e = efisiensi(capaian=100, pagu=1_000, realisasi=500, metode=MetodeEfisiensi.KEMENKEU)
    assert e.nilai == Decimal("50.00")  # E itself, unbounded
    assert e.skor == Decimal("100.00")  # score from E bounded to 20
    worse = efisiensi(capaian=50, pagu=1_000, realisasi=1_000, metode=MetodeEfisiensi.KEMENKEU)
    assert worse.nilai == Decimal("-100.00")
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


# --- issue 12: the two readings of the Kemenkeu score, the unspent share, units, editions


def test_kemenkeu_score_without_the_limit_reproduces_the_published_lakip() -> None:
    # A published LAKIP: E = 74,03, nilai = 50% + E / 20 x 50% = 235% (no limit)
    tanpa = efisiensi(
        capaian=100, pagu=10_000, realisasi=2_597, metode=MetodeEfisiensi.KEMENKEU, batas_e=None
    )
    assert tanpa.nilai == Decimal("74.03")
    assert tanpa.skor == Decimal("235.08")
    assert efisiensi(
        capaian=100,
        pagu=10_000,
        realisasi=2_597,
        metode=MetodeEfisiensi.KEMENKEU,
        batas_e=None,
        tempat=0,
    ).skor == Decimal("235")
    assert tanpa.e_dipakai == tanpa.eksak
    # the other reading: E limited to 20 before the score
    dengan = efisiensi(capaian=100, pagu=10_000, realisasi=2_597, metode=MetodeEfisiensi.KEMENKEU)
    assert dengan.nilai == Decimal("74.03")  # E itself is never limited
    assert dengan.skor == Decimal("100.00")
    assert dengan.e_dipakai == 20
    assert dengan.eksak != dengan.e_dipakai  # the limit acted, and the record shows it


@pytest.mark.parametrize(
    ("capaian", "realisasi", "e", "nilai"),
    [
        (100, 8_000, "20.00", "100.00"),  # E exactly at the limit: both readings agree
        (50, 6_000, "-20.00", "0.00"),
        (100, 9_000, "10.00", "75.00"),
        (100, 10_000, "0.00", "50.00"),
    ],
)
def test_kemenkeu_limit_only_matters_outside_it(
    capaian: int, realisasi: int, e: str, nilai: str
) -> None:
    for batas in (20, None):
        r = efisiensi(
            capaian=capaian,
            pagu=10_000,
            realisasi=realisasi,
            metode=MetodeEfisiensi.KEMENKEU,
            batas_e=batas,
        )
        assert (str(r.nilai), str(r.skor)) == (e, nilai)
        assert r.e_dipakai == r.eksak


def test_kemenkeu_negative_e_without_limit() -> None:
    # capaian keluaran 50%: should have spent 5.000, spent 8.000 -> E = -60
    r = efisiensi(
        capaian=50, pagu=10_000, realisasi=8_000, metode=MetodeEfisiensi.KEMENKEU, batas_e=None
    )
    assert r.nilai == Decimal("-60.00")
    assert r.skor == Decimal("-100.00")
    assert efisiensi(
        capaian=50, pagu=10_000, realisasi=8_000, metode=MetodeEfisiensi.KEMENKEU
    ).skor == Decimal("0.00")


def test_batas_e_is_checked_and_only_for_kemenkeu() -> None:
    for buruk in (0, -5):
        with pytest.raises(InvalidValueError, match="batas_e"):
            efisiensi(
                capaian=100, pagu=10, realisasi=5, metode=MetodeEfisiensi.KEMENKEU, batas_e=buruk
            )
    with pytest.raises(InvalidValueError, match="KEMENKEU only"):
        efisiensi(capaian=100, pagu=10, realisasi=5, batas_e=None)


@pytest.mark.parametrize(
    ("capaian", "pagu", "realisasi", "persen", "kategori"),
    [
        (105, 1_000_000, 950_000, "5.00", "Efisien"),
        (100, 1_000_000, 950_000, "5.00", "Efisien"),  # target met exactly
        ("99.99", 1_000_000, 950_000, "5.00", "Tidak Efisien"),  # unspent, but target missed
        (120, 1_000_000, 1_000_000, "0.00", "Tidak Efisien"),  # nothing left
        (100, 3_523_998_700, 3_470_356_630, "1.52", "Efisien"),  # Dumai, Rehabilitasi Sosial
    ],
)
def test_efisiensi_sisa_anggaran(
    capaian: object, pagu: int, realisasi: int, persen: str, kategori: str
) -> None:
    e = efisiensi(
        capaian=capaian,  # type: ignore[arg-type]
        pagu=pagu,
        realisasi=realisasi,
        metode=MetodeEfisiensi.SISA_ANGGARAN,
    )
    assert str(e.nilai) == persen
    assert e.kategori == kategori
    assert e.rupiah == pagu - realisasi
    assert e.eksak == Fraction((pagu - realisasi) * 100, pagu)


def test_sisa_anggaran_method_refusals() -> None:
    with pytest.raises(InvalidValueError, match="one value"):
        efisiensi(
            capaian=[100, 100], pagu=[1, 1], realisasi=[1, 1], metode=MetodeEfisiensi.SISA_ANGGARAN
        )
    with pytest.raises(InvalidValueError, match="maksimum_capaian"):
        efisiensi(
            capaian=100,
            pagu=10,
            realisasi=5,
            metode=MetodeEfisiensi.SISA_ANGGARAN,
            maksimum_capaian=100,
        )
    with pytest.raises(NotComputableError):
        efisiensi(capaian=100, pagu=0, realisasi=0, metode=MetodeEfisiensi.SISA_ANGGARAN)


@pytest.mark.parametrize(
    ("satuan", "pagu", "realisasi", "pagu_rp"),
    [
        (SatuanRupiah.MILIAR, "704925.1", "690000.05", 704_925_100_000_000),
        (SatuanRupiah.JUTA, "13904.27174", "13628.836667", 13_904_271_740),
        (SatuanRupiah.RIBU, "13904271.74", "13628836.667", 13_904_271_740),
        (SatuanRupiah.TRILIUN, "3.0615", "2.9", 3_061_500_000_000),
        (SatuanRupiah.RUPIAH, 13_904_271_740, 13_628_836_667, 13_904_271_740),
    ],
)
def test_amounts_in_units_stay_exact(
    satuan: SatuanRupiah, pagu: str, realisasi: str, pagu_rp: int
) -> None:
    p = penyerapan(realisasi=realisasi, pagu=pagu, satuan=satuan, tempat=None)
    r_rp = Fraction(realisasi) * satuan.kali
    assert p == r_rp * 100 / pagu_rp
    assert sisa_anggaran(pagu=pagu, realisasi=realisasi, satuan=satuan) == pagu_rp - r_rp


def test_units_refuse_fractions_of_a_rupiah_and_bare_decimal_rupiah() -> None:
    with pytest.raises(InvalidValueError, match="whole number of Rupiah in juta"):
        penyerapan(realisasi="1.0000005", pagu=2, satuan=SatuanRupiah.JUTA)
    with pytest.raises(InvalidValueError, match="whole number of Rupiah"):
        penyerapan(realisasi="704925.1", pagu="704926")  # no unit: a bare decimal Rupiah
    with pytest.raises(InvalidTypeError, match="SatuanRupiah"):
        sisa_anggaran(pagu=1, realisasi=1, satuan="miliar")  # type: ignore[arg-type]
    assert SatuanRupiah("triliun").kali == 10**12
    with pytest.raises(InvalidValueError, match=r"less than 10\*\*30 Rupiah"):
        penyerapan(realisasi=1, pagu=10**20, satuan=SatuanRupiah.TRILIUN)


def test_penyerapan_units_agree_with_whole_rupiah() -> None:
    assert penyerapan(
        realisasi="13628.836667", pagu="13904.27174", satuan=SatuanRupiah.JUTA
    ) == penyerapan(realisasi=13_628_836_667, pagu=13_904_271_740)


def test_efisiensi_in_units() -> None:
    a = efisiensi(
        capaian=100, pagu="3.5239987", realisasi="3.47035663", satuan=SatuanRupiah.MILIAR
    )
    b = efisiensi(capaian=100, pagu=3_523_998_700, realisasi=3_470_356_630)
    assert (a.nilai, a.rupiah) == (b.nilai, b.rupiah)


@pytest.mark.parametrize(
    ("tahun", "regulasi"),
    [
        (2018, "PMK 214/PMK.02/2017"),
        (2020, "PMK 214/PMK.02/2017"),
        (2021, "PMK 22/PMK.02/2021"),
        (2023, "PMK 22/PMK.02/2021"),
        (2024, "PMK 62/2023"),
        (None, "PMK 62/2023"),
    ],
)
def test_kemenkeu_edition_by_year(tahun: int | None, regulasi: str) -> None:
    e = efisiensi(capaian=100, pagu=10, realisasi=9, metode=MetodeEfisiensi.KEMENKEU, tahun=tahun)
    assert e.aturan is not None
    assert e.aturan.regulasi == regulasi
    assert MetodeEfisiensi.KEMENKEU.aturan(tahun).regulasi == regulasi


def test_kemenkeu_before_its_first_edition_is_refused() -> None:
    with pytest.raises(NotComputableError, match="from 2018"):
        efisiensi(capaian=100, pagu=10, realisasi=9, metode=MetodeEfisiensi.KEMENKEU, tahun=2017)
    with pytest.raises(InvalidValueError, match="year"):
        efisiensi(capaian=100, pagu=10, realisasi=9, tahun="2023")  # type: ignore[arg-type]


def test_every_method_is_dated_and_marked() -> None:
    assert set(ATURAN_EFISIENSI) == set(MetodeEfisiensi)
    for metode, riwayat in ATURAN_EFISIENSI.items():
        assert riwayat, metode
        for lama, baru in itertools.pairwise(riwayat):
            assert lama.berlaku_sampai is not None
            assert baru.berlaku_dari == lama.berlaku_sampai + 1  # no gap, no overlap
        assert riwayat[-1].berlaku_sampai is None
    locals_ = list(ATURAN_EFISIENSI[MetodeEfisiensi.SELISIH_CAPAIAN])
    assert all(a.status is StatusSumber.PRAKTIK_LOKAL for a in locals_)
    assert str(ATURAN_EFISIENSI[MetodeEfisiensi.KEMENKEU][0]).endswith("(unverified)")


def test_penyerapan_and_pagu_rules_cite_what_was_read() -> None:
    with pytest.raises(NotComputableError) as info:
        penyerapan(realisasi=0, pagu=0)
    assert info.value.rule is not None
    assert "PMK 214/PMK.02/2017" in info.value.rule
    assert "53/2014" not in info.value.rule
    with pytest.raises(InvalidValueError) as info2:
        sisa_anggaran(pagu=1, realisasi=2)
    assert info2.value.rule is not None
    assert "PP 12/2019 Pasal 124 ayat (1)" in info2.value.rule


@given(st.integers(1, 10**15), st.data(), st.sampled_from(list(SatuanRupiah)))
def test_units_agree_with_whole_rupiah_property(
    pagu: int, data: st.DataObject, satuan: SatuanRupiah
) -> None:
    realisasi = data.draw(st.integers(0, pagu))
    # the amount in the unit, written exactly: whole Rupiah shifted by the unit's power of ten
    digit = len(str(satuan.kali)) - 1

    def dalam_satuan(x: int) -> str:
        return f"{x // satuan.kali}.{x % satuan.kali:0{digit}d}" if digit else str(x)

    pagu_u, real_u = dalam_satuan(pagu), dalam_satuan(realisasi)
    assert penyerapan(realisasi=real_u, pagu=pagu_u, satuan=satuan, tempat=None) == penyerapan(
        realisasi=realisasi, pagu=pagu, tempat=None
    )
    assert sisa_anggaran(pagu=pagu_u, realisasi=real_u, satuan=satuan) == pagu - realisasi


@given(
    st.integers(0, 300),
    st.integers(1, 10**9),
    st.data(),
    st.one_of(st.none(), st.integers(1, 100)),
)
def test_kemenkeu_score_is_the_limited_e_exactly(
    c: int, pagu: int, data: st.DataObject, batas: int | None
) -> None:
    realisasi = data.draw(st.integers(0, pagu))
    if c == 0:
        return
    r = efisiensi(
        capaian=c, pagu=pagu, realisasi=realisasi, metode=MetodeEfisiensi.KEMENKEU, batas_e=batas
    )
    rencana = Fraction(pagu * c, 100)
    e = (rencana - realisasi) * 100 / rencana
    assert r.eksak == e
    dipakai = e if batas is None else max(Fraction(-batas), min(Fraction(batas), e))
    assert r.e_dipakai == dipakai
    assert r.skor is not None
    assert abs(Fraction(r.skor) - (50 + 50 * dipakai / 20)) <= Fraction(1, 200)
