"""Hostile values for the scale and quarter API that the issue listed as bare exceptions."""

from __future__ import annotations

import datetime as dt

import pytest

import sakip


@pytest.mark.parametrize(
    "panggil",
    [
        lambda: sakip.masalah_pita(None),  # type: ignore[arg-type]
        lambda: sakip.masalah_pita([None]),  # type: ignore[list-item]
        lambda: sakip.Pita(nama=None),  # type: ignore[arg-type]
        lambda: sakip.Skala(nama="n", sumber="s", pita=None),  # type: ignore[arg-type]
        lambda: sakip.Skala.dari_batas_bawah(nama="n", sumber="s", batas=None),  # type: ignore[arg-type]
        lambda: sakip.Skala.dari_batas_atas(nama="n", sumber="s", batas=[("a", 1, 2)]),  # type: ignore[list-item]
    ],
)
def test_scales_refuse_junk_with_a_typed_error(panggil: object) -> None:
    with pytest.raises(sakip.InvalidTypeError):
        panggil()  # type: ignore[operator]


def test_a_fiscal_year_past_the_calendar_is_not_computable() -> None:
    with pytest.raises(sakip.NotComputableError, match="ends by 9999"):
        sakip.tahun_anggaran(dt.date(9999, 12, 31), bulan_awal=7)
    assert sakip.tahun_anggaran(dt.date(9999, 12, 31)) == (
        dt.date(9999, 1, 1),
        dt.date(9999, 12, 31),
    )


def test_records_refuse_a_wrong_enum_with_a_typed_error() -> None:
    """A text where an enum belongs: InvalidTypeError, never attrs' bare TypeError."""
    from fractions import Fraction

    from sakip.laporan import BarisIndikator

    with pytest.raises(sakip.InvalidTypeError, match="arah must be Arah"):
        BarisIndikator(
            baris=2,
            kode="k",
            nama="n",
            arah="naik",  # type: ignore[arg-type]
            target=Fraction(1),
            realisasi=Fraction(1),
        )
    with pytest.raises(sakip.InvalidTypeError, match="metode must be MetodeTurun or None"):
        BarisIndikator(
            baris=2,
            kode="k",
            nama="n",
            arah=sakip.Arah.TURUN,
            target=Fraction(1),
            realisasi=Fraction(1),
            metode="rasio",  # type: ignore[arg-type]
        )
    with pytest.raises(sakip.InvalidTypeError, match="aturan_k must be Konsolidasi"):
        sakip.RealisasiTriwulan(k=[1], rp=[1], aturan_k="jumlah")  # type: ignore[arg-type]
