"""When a stored E.81 figure agrees with its recomputation: a difference, not two roundings."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from sakip import e81
from sakip._eksak import bulatkan_pecahan
from sakip.e81 import Bagian, Baris, Isian, Jenjang, Kolom, TabelE81
from sakip.e81._banding import sama


def test_a_capaian_on_a_rounding_boundary_written_by_sakip_audits_clean(tmp_path: Path) -> None:
    # 6.888 / 262.143 x 100 = 2,62757349996...: cached at 10 places it is 2,6275735, and
    # the two round apart at 6 places (2,627574 and 2,627573). Found by hypothesis in
    # test_e81_tulis.test_round_trip_property.
    isi = {
        (Kolom.TARGET_RENJA, Bagian.RP): Isian(nilai=Fraction(262143)),
        (Kolom.TRIWULAN_1, Bagian.RP): Isian(nilai=Fraction(6716)),
        (Kolom.TRIWULAN_3, Bagian.RP): Isian(nilai=Fraction(172)),
    }
    tabel = TabelE81(
        judul="batas",
        baris=(
            Baris(jenjang=Jenjang.PROGRAM, nama="Program"),
            Baris(jenjang=Jenjang.KEGIATAN, nama="Kegiatan"),
            Baris(jenjang=Jenjang.SUB_KEGIATAN, nama="Sub", indikator="Jumlah", isian=isi),
        ),
    )
    hasil = e81.periksa(e81.baca_xlsx(e81.tulis_xlsx(tabel, tmp_path / "e81.xlsx")))
    assert [(t.sel, t.temuan.dicetak, t.temuan.dihitung) for t in hasil.temuan] == []


_NILAI = st.fractions(min_value=-(10**6), max_value=10**6, max_denominator=10**9)


@given(
    st.integers(min_value=0, max_value=10**12),
    st.fractions(min_value=0, max_value=Fraction(1, 10**11), max_denominator=10**15),
)
def test_a_value_just_below_a_rounding_boundary_agrees_with_its_cached_value(
    n: int, e: Fraction
) -> None:
    # x rounds down at 6 places; cached at 10 places it sits on the boundary and rounds up
    x = Fraction(2 * n + 1, 2 * 10**6) - e
    assert sama(Fraction(bulatkan_pecahan(x, 10)), x)


@given(_NILAI, st.fractions(min_value=Fraction(1, 10**6), max_value=10))
def test_values_a_millionth_or_more_apart_differ(x: Fraction, d: Fraction) -> None:
    # below 10**8 the significant-digits rule never applies at this distance
    assert not sama(x, x + d)
