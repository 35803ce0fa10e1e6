"""rujukan-silang: a formula naming another row's cell in another column of the form."""

from __future__ import annotations

from fractions import Fraction

import pytest

from sakip import e81
from sakip.e81 import Bagian, Baris, Isian, Jenjang, Kolom, Sel, TabelE81
from sakip.e81.pemeriksaan import _baris_dirujuk

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
        ("=IFERROR(N93/P92,0)", [("Y92", "N93 -> N92")]),  # inside a function's arguments
        ('=IF(P92="N93",0,P92)', []),  # text in a formula names no cell
        ('=P92&"a""N93"', []),  # nor with a quote inside it
        ("=P92+Data_N93", []),  # a defined name that contains a cell-like token
        ("=P92+LOG10(P92)", []),  # a function whose name ends like a cell
        ("=N(P92)+'N93 x'!N93", []),  # a quoted sheet name with a cell-like token
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


def test_a_parents_formula_counts_the_rows_it_names_not_text_or_names() -> None:
    """rumus-induk reads a parent's formula with the same references: text is no row."""
    assert _baris_dirujuk('=Y93+Y94+IF(Y95="Y99",0,1)+Data_Y98', "Y") == {93: 1, 94: 1, 95: 1}


def test_a_further_indicator_s_rp_may_name_the_row_above() -> None:
    # a continuation row (another indicator of row 92) has no Rp of its own: its Rp
    # capaian computed from row 92's cells is the form's, not a copied formula
    atas = _baris(Jenjang.PROGRAM, "Program", 92, None)
    rp = {
        (Kolom.TRIWULAN_4, Bagian.RP): Isian(
            nilai=Fraction(0), rumus="=P92/N92*100", sel=Sel(lembar=_LEMBAR, baris=93, kolom=25)
        ),
        (Kolom.TRIWULAN_4, Bagian.K): Isian(
            nilai=Fraction(0), rumus="=P92/N92*100", sel=Sel(lembar=_LEMBAR, baris=93, kolom=26)
        ),
    }
    lanjutan = Baris(
        jenjang=Jenjang.PROGRAM,
        nama="",
        indikator="Indikator kedua",
        lanjutan=True,
        isian=rp,
        sel_nama=Sel(lembar=_LEMBAR, baris=93, kolom=3),
    )
    tabel = TabelE81(judul="lanjutan", baris=(atas, lanjutan), rumus_terbaca=True)
    didapat = [t.sel for t in e81.periksa(tabel).temuan if t.temuan.aturan == "rujukan-silang"]
    assert didapat == ["Z93"]  # its own K is still judged; its Rp is not


def test_a_cell_with_another_finding_gets_the_reference_as_a_note() -> None:
    # S92, a quarter's K, stores an Excel error from a formula naming row 93's triwulan I:
    # one finding (galat-excel, the first check to see the cell), the reference its cause
    def baris(r: int) -> Baris:
        isi = {
            (Kolom.TARGET_RENJA, Bagian.K): Isian(
                nilai=Fraction(10), sel=Sel(lembar=_LEMBAR, baris=r, kolom=14)
            ),
            (Kolom.TRIWULAN_1, Bagian.K): Isian(
                nilai=Fraction(5), sel=Sel(lembar=_LEMBAR, baris=r, kolom=16)
            ),
            (Kolom.TRIWULAN_2, Bagian.K): Isian(
                galat="#DIV/0!", rumus="=P93/0", sel=Sel(lembar=_LEMBAR, baris=r, kolom=19)
            ),
        }
        return Baris(
            jenjang=Jenjang.SUB_KEGIATAN,
            nama=f"Baris {r}",
            indikator="Jumlah",
            satuan="Dok",
            isian=isi,
            sel_nama=Sel(lembar=_LEMBAR, baris=r, kolom=3),
        )

    tabel = TabelE81(judul="sebab", baris=(baris(92), baris(93)), rumus_terbaca=True)
    temuan = [t for t in e81.periksa(tabel).temuan if t.sel == "S92"]
    assert [t.temuan.aturan for t in temuan] == ["galat-excel"]
    assert temuan[0].temuan.keterangan.endswith(
        "; its formula names P93, the triwulan I K of sub kegiatan 'Baris 93', not this row's P92"
    )
