"""rujukan-silang: a formula naming another row's cell in another column of the form."""

from __future__ import annotations

from fractions import Fraction

import pytest

from sakip import e81
from sakip.e81 import Bagian, Baris, Isian, Jenjang, Kolom, Sel, TabelE81

_LEMBAR = "E81"
#: sheet columns of the form in this table: N target K, P triwulan I K, Y triwulan IV K
_KOLOM = {Kolom.TARGET_RENJA: 14, Kolom.TRIWULAN_1: 16, Kolom.TRIWULAN_4: 25}


def _baris(jenjang: Jenjang, nama: str, r: int, rumus_tw4: str | None) -> Baris:
    isi = {
        (kolom, Bagian.K): Isian(
            nilai=Fraction(100 if kolom is Kolom.TARGET_RENJA else 0),
            rumus=rumus_tw4 if kolom is Kolom.TRIWULAN_4 else None,
            sel=Sel(lembar=_LEMBAR, baris=r, kolom=c),
        )
        for kolom, c in _KOLOM.items()
    }
    return Baris(
        jenjang=jenjang,
        nama=nama,
        indikator="Persentase",
        satuan="Dok",
        isian=isi,
        sel_nama=Sel(lembar=_LEMBAR, baris=r, kolom=3),
    )


@pytest.mark.parametrize(
    ("rumus", "temuan"),
    [
        ("=N92*0-P92", []),  # its own row: none
        ("=N93*0-P92", [("Y92", "N93 -> N92")]),  # the kegiatan's target
        ("=$N$93*0", [("Y92", "N93 -> N92")]),  # absolute references too
        ("=Y93", []),  # another row, the same column: a parent's sum, judged elsewhere
        ("='Lain'!N93", []),  # another sheet: not judged
        ("=N90", []),  # a row outside the table
        ("=AZ93", []),  # a column outside the form
    ],
)
def test_a_formula_across_row_and_column_is_a_finding(
    rumus: str, temuan: list[tuple[str, str]]
) -> None:
    tabel = TabelE81(
        judul="rujukan",
        baris=(
            _baris(Jenjang.PROGRAM, "Program", 92, rumus),
            _baris(Jenjang.KEGIATAN, "Kegiatan", 93, None),
        ),
        rumus_terbaca=True,
    )
    didapat = [
        (t.sel, t.temuan.dihitung)
        for t in e81.periksa(tabel).temuan
        if t.temuan.aturan == "rujukan-silang"
    ]
    assert didapat == temuan
