"""Dated rules (sakip.aturan) and the reading of ratio targets (sakip.angka.baca_rasio)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import sakip
from sakip import Aturan, InvalidTypeError, InvalidValueError, NotComputableError, StatusSumber
from sakip.angka import baca_rasio
from sakip.aturan import aturan_berlaku


def _a(dari: int, sampai: int | None = None, regulasi: str = "r") -> Aturan:
    return Aturan(
        regulasi=regulasi,
        letak="",
        status=StatusSumber.DIBACA,
        berlaku_dari=dari,
        berlaku_sampai=sampai,
    )


@pytest.mark.parametrize(
    ("status", "teks"),
    [
        (StatusSumber.DIBACA, "PMK 22/PMK.02/2021, Lampiran"),
        (StatusSumber.DIKUTIP, "PMK 22/PMK.02/2021, Lampiran (as quoted in a summary)"),
        (StatusSumber.BELUM_DIVERIFIKASI, "PMK 22/PMK.02/2021, Lampiran (unverified)"),
        (StatusSumber.PRAKTIK_LOKAL, "local practice, seen in a summary"),
    ],
)
def test_a_rule_says_how_it_was_read(status: StatusSumber, teks: str) -> None:
    a = Aturan(
        regulasi="PMK 22/PMK.02/2021",
        letak="Lampiran",
        status=status,
        berlaku_dari=2021,
        dikutip_dari="a summary",
    )
    assert str(a) == teks


def test_editions_by_year() -> None:
    riwayat = [_a(2018, 2020, "lama"), _a(2021, None, "baru")]
    assert aturan_berlaku(riwayat, 2018, nama="x").regulasi == "lama"
    assert aturan_berlaku(riwayat, 2020, nama="x").regulasi == "lama"
    assert aturan_berlaku(riwayat, 2021, nama="x").regulasi == "baru"
    assert aturan_berlaku(riwayat, 2099, nama="x").regulasi == "baru"
    assert aturan_berlaku(riwayat, None, nama="x").regulasi == "baru"
    with pytest.raises(NotComputableError, match="from 2018"):
        aturan_berlaku(riwayat, 2017, nama="x")


@pytest.mark.parametrize("tahun", [True, 2023.0, "2023", 1900, 10_000, -1])
def test_a_year_must_be_a_year(tahun: object) -> None:
    with pytest.raises(InvalidValueError, match="year"):
        aturan_berlaku([_a(2018)], tahun, nama="x")  # type: ignore[arg-type]


def test_rule_records_are_checked() -> None:
    with pytest.raises(InvalidValueError, match="berlaku_sampai"):
        _a(2021, 2020)
    with pytest.raises(TypeError):
        Aturan(regulasi="r", letak="", status="dibaca", berlaku_dari=2020)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Aturan(
            regulasi="r",
            letak="",
            status=StatusSumber.DIBACA,
            berlaku_dari=2020,
            ditetapkan="2020-01-01",  # type: ignore[arg-type]
        )
    with pytest.raises(InvalidTypeError):
        aturan_berlaku([], 2020, nama="x")
    assert _a(2016).berlaku(2016)
    assert Aturan(
        regulasi="r",
        letak="",
        status=StatusSumber.DIBACA,
        berlaku_dari=2016,
        ditetapkan=dt.date(2016, 2, 18),
    ).ditetapkan == dt.date(2016, 2, 18)


def test_public_names() -> None:
    for nama in (
        "Aturan",
        "StatusSumber",
        "aturan_berlaku",
        "aturan_skala",
        "RIWAYAT_SKALA",
        "ATURAN_EFISIENSI",
        "ATURAN_PENYERAPAN",
        "CaraRataRata",
        "Rasio",
        "SatuanRupiah",
    ):
        assert nama in sakip.__all__
        assert hasattr(sakip, nama)
    assert sakip.MetodeEfisiensi.SISA_ANGGARAN.value == "sisa anggaran"
    assert {c.name for c in sakip.CaraRataRata} >= {"ARITMETIK", "GEOMETRIK"}
    assert "baca_rasio" in sakip.angka.__all__


# --- baca_rasio


@pytest.mark.parametrize(
    ("teks", "kiri", "kanan"),
    [
        ("1:32", "1", "32"),
        ("1:17,9", "1", "17.9"),
        (" 1 : 17,9 ", "1", "17.9"),
        ("2:5", "2", "5"),
        ("1 : 1.250,5", "1", "1250.5"),
        ("1:1.250.000", "1", "1250000"),
    ],
)
def test_baca_rasio(teks: str, kiri: str, kanan: str) -> None:
    assert baca_rasio(teks) == (Decimal(kiri), Decimal(kanan))


def test_baca_rasio_lone_dot_is_ambiguous_as_in_baca() -> None:
    with pytest.raises(InvalidValueError, match="ambiguous"):
        baca_rasio("1:1.250")


@pytest.mark.parametrize(
    "teks", ["1/32", "1:", ":32", "1:2:3", "-1:3", "1:-3", "1:32%", "Rp 1:3", "satu:dua", ""]
)
def test_baca_rasio_refuses(teks: str) -> None:
    with pytest.raises(InvalidValueError):
        baca_rasio(teks)


@given(st.integers(1, 10**6), st.integers(0, 10**6))
def test_baca_rasio_round_trips_through_rasio(a: int, b: int) -> None:
    r = sakip.Rasio(kiri=a, kanan=b, arah=sakip.Arah.TURUN)
    back = sakip.Rasio.dari_teks(str(r), arah=sakip.Arah.TURUN)
    assert back == r


def test_baca_rasio_type_and_length() -> None:
    with pytest.raises(InvalidTypeError):
        baca_rasio(132)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="ratio"):
        baca_rasio("1:" + "1" * 200)


@pytest.mark.parametrize("tahun", [0, 1944, 10_000])
def test_a_year_out_of_range_says_the_range(tahun: int) -> None:
    with pytest.raises(InvalidValueError, match="must be a year from 1945 to 9999"):
        sakip.skala_bernama("PERMENPANRB_88_2021", tahun=tahun)
