"""Quarterly realisation: consolidation rules, corrections, fractional K, quarter dates."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip import (
    InvalidTypeError,
    InvalidValueError,
    Konsolidasi,
    NotComputableError,
    RealisasiTriwulan,
    kumulatif,
    periode_triwulan,
    triwulan_dari_tanggal,
)
from sakip.triwulan import realisasi_renstra
from tests.property.strategies import angka


def test_pemberian_layanan_kedaruratan_with_a_negative_quarter() -> None:
    t = RealisasiTriwulan(
        k=[15, 80, 450, 1455], rp=[84_298_180, 595_382_300, -19_588_000, 1_946_075_000]
    )
    assert t.k_sampai() == 2000
    assert t.rp_sampai() == 2_606_167_480
    assert t.rp_sampai(2) == 679_680_480


def test_fractional_k_of_a_yearly_report() -> None:
    t = RealisasiTriwulan(
        k=["0.25"] * 4, rp=[6_075_000, 4_050_000, 2_025_000, 12_150_000]
    )  # Penatausahaan BMD
    assert t.k_sampai() == 1
    assert t.k_sampai(3) == Fraction(3, 4)


@pytest.mark.parametrize(
    ("aturan", "sampai", "hasil"),
    [
        (Konsolidasi.JUMLAH, 4, Fraction(255)),
        (Konsolidasi.JUMLAH, 2, Fraction(95)),
        (Konsolidasi.TERAKHIR, 4, Fraction(90)),
        (Konsolidasi.TERAKHIR, 1, Fraction(40)),
        (Konsolidasi.RATA_RATA, 4, Fraction(255, 4)),
    ],
)
def test_consolidation_rules(aturan: Konsolidasi, sampai: int, hasil: Fraction) -> None:
    assert kumulatif([40, 55, 70, 90], aturan=aturan, sampai=sampai) == hasil


def test_a_percentage_indicator_is_not_summed() -> None:
    quarters = [100, 100, 100, 100]
    assert kumulatif(quarters, aturan=Konsolidasi.TERAKHIR) == 100
    assert kumulatif(quarters, aturan=Konsolidasi.JUMLAH) == 400  # what form E.81 would do


def test_refusals() -> None:
    with pytest.raises(InvalidValueError):
        kumulatif([1, 2, 3, 4, 5], aturan=Konsolidasi.JUMLAH)
    with pytest.raises(InvalidValueError):
        kumulatif([1, 2], aturan=Konsolidasi.JUMLAH, sampai=3)
    with pytest.raises(InvalidTypeError):
        kumulatif([1, None], aturan=Konsolidasi.JUMLAH)  # type: ignore[list-item]
    with pytest.raises(InvalidTypeError):
        kumulatif([1], aturan="jumlah")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="whole number of Rupiah"):
        RealisasiTriwulan(k=[1], rp=["0.5"])


# -- across years: the Renstra realisasi up to this year (form E.81 column 14) ------------


@pytest.mark.parametrize(
    ("lalu", "tahun_ini", "aturan", "hasil"),
    [
        # KUA-PPAS documents of the audit's doctest: a count, added
        ("1.84", 2, Konsolidasi.JUMLAH, Fraction(96, 25)),
        # a level (a percentage) is not added: this year's stands, above or below last years'
        (93, 100, Konsolidasi.TERAKHIR, Fraction(100)),
        (95, 90, Konsolidasi.TERAKHIR, Fraction(90)),
        # Rupiah with a correction below zero, and Decimal and float inputs read exactly
        (Decimal("1000.5"), -500, Konsolidasi.JUMLAH, Fraction(1001, 2)),
        (0.1, 0.2, Konsolidasi.JUMLAH, Fraction(3, 10)),
    ],
)
def test_realisasi_renstra_by_rule(
    lalu: object, tahun_ini: object, aturan: Konsolidasi, hasil: Fraction
) -> None:
    assert realisasi_renstra(lalu=lalu, tahun_ini=tahun_ini, aturan=aturan) == hasil  # type: ignore[arg-type]


def test_realisasi_renstra_refuses_a_mean_and_junk() -> None:
    with pytest.raises(NotComputableError, match="needs the number of years") as info:
        realisasi_renstra(lalu=1, tahun_ini=2, aturan=Konsolidasi.RATA_RATA)
    assert (info.value.field, info.value.value) == ("aturan", Konsolidasi.RATA_RATA)
    assert "form E.81" in str(info.value.rule)
    with pytest.raises(InvalidTypeError, match="aturan"):
        realisasi_renstra(lalu=1, tahun_ini=2, aturan="jumlah")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="tahun_ini"):
        realisasi_renstra(lalu=1, tahun_ini="98,48", aturan=Konsolidasi.JUMLAH)
    with pytest.raises(InvalidTypeError, match="lalu"):
        realisasi_renstra(lalu=None, tahun_ini=2, aturan=Konsolidasi.TERAKHIR)  # type: ignore[arg-type]


def _oracle(lalu: Fraction, tahun_ini: Fraction, aturan: Konsolidasi) -> Fraction | None:
    """Column 14 as a reader of form E.81 would work it out; None: not computable."""
    if aturan == Konsolidasi.RATA_RATA:
        return None
    if aturan == Konsolidasi.TERAKHIR:
        return tahun_ini
    return lalu + tahun_ini


@given(lalu=angka, tahun_ini=angka, aturan=st.sampled_from(Konsolidasi))
def test_realisasi_renstra_against_a_plain_oracle(
    lalu: int | Decimal | Fraction, tahun_ini: int | Decimal | Fraction, aturan: Konsolidasi
) -> None:
    harap = _oracle(Fraction(lalu), Fraction(tahun_ini), aturan)
    if harap is None:
        with pytest.raises(NotComputableError):
            realisasi_renstra(lalu=lalu, tahun_ini=tahun_ini, aturan=aturan)
    else:
        hasil = realisasi_renstra(lalu=lalu, tahun_ini=tahun_ini, aturan=aturan)
        assert type(hasil) is Fraction
        assert hasil == harap


@given(
    triwulan=st.lists(st.integers(min_value=10**29, max_value=10**30 - 1), min_size=4, max_size=4),
    lalu=st.integers(min_value=0, max_value=10**30 - 1),
)
def test_realisasi_renstra_takes_any_year_kumulatif_gives(triwulan: list[int], lalu: int) -> None:
    # four quarters within the input bounds may sum past them: the year is still exact
    tahun_ini = kumulatif(triwulan, aturan=Konsolidasi.JUMLAH)
    hasil = realisasi_renstra(lalu=lalu, tahun_ini=tahun_ini, aturan=Konsolidasi.JUMLAH)
    assert hasil == lalu + sum(triwulan)


@pytest.mark.parametrize(
    ("tanggal", "tw"),
    [
        (dt.date(2023, 1, 1), 1),
        (dt.date(2023, 3, 31), 1),
        (dt.date(2023, 4, 1), 2),
        (dt.date(2023, 9, 25), 3),
        (dt.date(2023, 12, 31), 4),
    ],
)
def test_quarter_of_a_date(tanggal: dt.date, tw: int) -> None:
    assert triwulan_dari_tanggal(tanggal) == tw


def test_quarter_periods_cover_the_year_without_gaps() -> None:
    hari = dt.date(2024, 1, 1)
    for tw in range(1, 5):
        awal, akhir = periode_triwulan(tahun=2024, triwulan=tw)
        assert awal == hari
        assert triwulan_dari_tanggal(awal) == triwulan_dari_tanggal(akhir) == tw
        hari = akhir + dt.timedelta(days=1)
    assert hari == dt.date(2025, 1, 1)


def test_fiscal_year_starting_in_july() -> None:
    assert periode_triwulan(tahun=2023, triwulan=3, bulan_awal=7) == (
        dt.date(2024, 1, 1),
        dt.date(2024, 3, 31),
    )


def test_fiscal_year_of_a_date() -> None:
    from sakip import tahun_anggaran

    assert tahun_anggaran(dt.date(2023, 12, 31)) == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    assert tahun_anggaran(dt.date(2024, 6, 30), bulan_awal=7) == (
        dt.date(2023, 7, 1),
        dt.date(2024, 6, 30),
    )
    with pytest.raises(InvalidValueError):
        tahun_anggaran(dt.date(2024, 1, 1), bulan_awal=13)
    with pytest.raises(InvalidTypeError):
        tahun_anggaran("2024-01-01")  # type: ignore[arg-type]
