"""Properties of capaian, persentase, bulatkan and the scales."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip import (
    ATRIBUT_CAPAIAN,
    PERMENDAGRI_86_2017,
    PERMENPANRB_88_2021,
    Arah,
    MetodeTurun,
    Pita,
    Skala,
    bulatkan,
    capaian,
    persentase,
)
from tests.property.strategies import angka, jumlah, rupiah, rupiah_positif


def oracle_half_up(x: Fraction, places: int) -> Decimal:
    """An independent ROUND_HALF_UP: via Decimal with an explicit exact quantize."""
    import decimal

    ctx = decimal.Context(prec=200, rounding=decimal.ROUND_HALF_UP)
    exact = ctx.divide(Decimal(x.numerator), Decimal(x.denominator))
    # prec=200 is far beyond any denominator here: non-terminating expansions
    # cannot sit exactly on a tie, so the 200-digit quotient rounds identically.
    return exact.quantize(Decimal(1).scaleb(-places), context=ctx)


@given(x=rupiah_positif, arah=st.sampled_from(list(Arah)))
def test_capaian_of_x_against_x_is_100(x: int, arah: Arah) -> None:
    assert capaian(realisasi=x, target=x, arah=arah) == 100


@given(x=rupiah)
def test_capaian_of_x_against_x_is_100_lower_is_better_zero_included(x: int) -> None:
    assert capaian(realisasi=x, target=x, arah=Arah.TURUN) == 100


@given(x=rupiah_positif, metode=st.sampled_from(list(MetodeTurun)))
def test_capaian_of_x_against_x_is_100_with_each_turun_method(x: int, metode: MetodeTurun) -> None:
    assert capaian(realisasi=x, target=x, arah=Arah.TURUN, metode=metode, tempat=None) == 100


@given(a=rupiah, b=rupiah, t=rupiah_positif)
def test_naik_is_monotonic_increasing_in_realisasi(a: int, b: int, t: int) -> None:
    lo, hi = sorted((a, b))
    assert capaian(realisasi=lo, target=t, tempat=None) <= capaian(
        realisasi=hi, target=t, tempat=None
    )
    assert capaian(realisasi=lo, target=t) <= capaian(realisasi=hi, target=t)


@given(
    a=rupiah_positif, b=rupiah_positif, t=rupiah_positif, metode=st.sampled_from(list(MetodeTurun))
)
def test_turun_is_monotonic_decreasing_in_realisasi(
    a: int, b: int, t: int, metode: MetodeTurun
) -> None:
    lo, hi = sorted((a, b))
    c_lo = capaian(realisasi=lo, target=t, arah=Arah.TURUN, metode=metode, tempat=None)
    c_hi = capaian(realisasi=hi, target=t, arah=Arah.TURUN, metode=metode, tempat=None)
    assert c_lo >= c_hi


@given(
    r=st.integers(min_value=-(10**15), max_value=10**15),
    t=rupiah_positif,
    tempat=st.integers(0, 6),
)
def test_capaian_int_fast_path_equals_oracle(r: int, t: int, tempat: int) -> None:
    assert capaian(realisasi=r, target=t, tempat=tempat) == oracle_half_up(
        Fraction(100 * r, t), tempat
    )


@given(r=angka, t=st.integers(min_value=1, max_value=10**12), tempat=st.integers(0, 6))
def test_capaian_exact_path_equals_oracle(
    r: int | Decimal | Fraction, t: int, tempat: int
) -> None:
    expected = oracle_half_up(Fraction(r) * 100 / t, tempat)
    assert capaian(realisasi=r, target=Decimal(t), tempat=tempat) == expected
    assert capaian(realisasi=r, target=t, tempat=tempat) == expected


@given(r=rupiah, t=rupiah_positif)
def test_turun_selisih_equals_oracle(r: int, t: int) -> None:
    expected = oracle_half_up(Fraction(2 * t - r, t) * 100, 2)
    assert capaian(realisasi=r, target=t, arah=Arah.TURUN) == expected


@given(a=rupiah, b=rupiah_positif, tempat=st.integers(0, 10))
def test_persentase_equals_oracle(a: int, b: int, tempat: int) -> None:
    got = persentase(pembilang=a, penyebut=b, tempat=tempat)
    assert got == oracle_half_up(Fraction(100 * a, b), tempat)
    assert -got.as_tuple().exponent == tempat  # type: ignore[operator]


@given(x=angka, tempat=st.integers(0, 8))
def test_bulatkan_equals_oracle_and_is_idempotent(
    x: int | Decimal | Fraction, tempat: int
) -> None:
    once = bulatkan(x, tempat)
    assert once == oracle_half_up(Fraction(x), tempat)
    assert bulatkan(once, tempat) == once


@given(
    x=st.decimals(min_value=-1000, max_value=1000, places=4, allow_nan=False, allow_infinity=False)
)
def test_every_value_maps_to_exactly_one_band(x: Decimal) -> None:
    for skala in (PERMENDAGRI_86_2017, ATRIBUT_CAPAIAN):
        holders = [p for p in skala.pita if p.memuat(x)]
        assert len(holders) == 1
        assert skala.predikat(x) == holders[0].nama


@given(x=st.decimals(min_value=0, max_value=100, places=4, allow_nan=False, allow_infinity=False))
def test_akip_scale_covers_0_to_100_once(x: Decimal) -> None:
    assert len([p for p in PERMENPANRB_88_2021.pita if p.memuat(x)]) == 1


@given(
    bounds=st.lists(st.integers(-1000, 1000), min_size=1, max_size=8, unique=True),
    x=st.integers(-2000, 2000),
)
def test_user_scales_from_lower_bounds_cover_everything(bounds: list[int], x: int) -> None:
    urut = sorted(bounds, reverse=True)
    skala = Skala.dari_batas_bawah(
        nama="acak",
        sumber="hypothesis",
        batas=[*((f"p{b}", b) for b in urut), ("bawah", None)],
    )
    expected = next((f"p{b}" for b in urut if x >= b), "bawah")
    assert skala.predikat(x) == expected


@given(n=jumlah)
def test_pita_containment_matches_bounds(n: int) -> None:
    p = Pita(nama="p", bawah=10, atas=20, termasuk_bawah=False, termasuk_atas=True)
    assert p.memuat(n) == (10 < n <= 20)


@given(pagu=rupiah_positif, data=st.data())
def test_budget_properties(pagu: int, data: st.DataObject) -> None:
    from sakip import MetodeEfisiensi, efisiensi, penyerapan, sisa_anggaran

    realisasi = data.draw(st.integers(0, pagu))
    assert penyerapan(realisasi=pagu, pagu=pagu) == 100
    assert sisa_anggaran(pagu=pagu, realisasi=realisasi) + realisasi == pagu
    serap = penyerapan(realisasi=realisasi, pagu=pagu, tempat=None)
    assert 0 <= serap <= 100
    c = data.draw(st.integers(0, 300))
    e = efisiensi(capaian=c, pagu=pagu, realisasi=realisasi)
    assert (e.kategori == "Efisien") == (c > serap)
    assert e.eksak == c - serap
    k = (
        efisiensi(capaian=c, pagu=pagu, realisasi=realisasi, metode=MetodeEfisiensi.KEMENKEU)
        if c
        else None
    )
    if k is not None:
        assert (k.kategori == "Efisien") == (pagu * c > realisasi * 100)
        assert k.skor is not None
        assert 0 <= k.skor <= 100


@given(pagu=rupiah_positif, data=st.data())
def test_efisiensi_nilai_is_the_efficiency_rounded_once(pagu: int, data: st.DataObject) -> None:
    """``nilai`` is the rounded efficiency by every method (the KEMENKEU score until 0.2.0);
    ``persen``, its name until 0.3.0, warns and gives the same."""
    from sakip import MetodeEfisiensi, efisiensi

    metode = data.draw(st.sampled_from(list(MetodeEfisiensi)))
    tempat = data.draw(st.integers(0, 4))
    e = efisiensi(
        capaian=data.draw(st.integers(1, 300)),
        pagu=pagu,
        realisasi=data.draw(st.integers(0, pagu)),
        metode=metode,
        tempat=tempat,
    )
    assert e.nilai == oracle_half_up(e.eksak, tempat)
    assert (e.skor is None) == (metode is not MetodeEfisiensi.KEMENKEU)
    with pytest.deprecated_call(match=r"Efisiensi\.persen is deprecated since 0\.3\.0"):
        assert e.persen == e.nilai


@given(st.lists(st.integers(-(10**12), 10**12), min_size=1, max_size=4))
def test_quarterly_sums(quarters: list[int]) -> None:
    from sakip import Konsolidasi, kumulatif

    total = kumulatif(quarters, aturan=Konsolidasi.JUMLAH)
    assert total == sum(quarters)
    assert kumulatif(quarters, aturan=Konsolidasi.TERAKHIR) == quarters[-1]
    assert min(quarters) <= kumulatif(quarters, aturan=Konsolidasi.RATA_RATA) <= max(quarters)
    for n in range(1, len(quarters) + 1):
        assert kumulatif(quarters, aturan=Konsolidasi.JUMLAH, sampai=n) == sum(quarters[:n])
