"""rujukan-silang: a formula naming another row's cell in another column of the form."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sakip import e81
from sakip.e81 import Bagian, Baris, Isian, Jenjang, Kolom, Sel, TabelE81
from sakip.e81.model import huruf_kolom
from sakip.e81.pemeriksaan import _baris_dirujuk, _rujukan
from tests.test_e81_layout import buat_permendagri

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
    baris = (92, 93, 94, 95)
    rumus = '=Y93+Y94+IF(Y95="Y99",0,1)+Data_Y98'
    dirujuk = _baris_dirujuk(rumus, lembar=_LEMBAR, kolom=25, baris_tabel=baris)
    assert dirujuk is not None
    assert (dirujuk.baris, dirujuk.luar, dirujuk.lembar_lain) == ({93: 1, 94: 1, 95: 1}, (), ())


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


# -- ranges, and a row with no rows below it --------------------------------------------

#: rows of the next table: a program over a kegiatan over two sub kegiatan
_JENJANG = {
    91: Jenjang.PROGRAM,
    92: Jenjang.KEGIATAN,
    93: Jenjang.SUB_KEGIATAN,
    94: Jenjang.SUB_KEGIATAN,
}


def _tabel(rumus: dict[str, str], *, lanjutan: bool = False) -> TabelE81:
    """Rows 91 to 94 (95 a further indicator of row 94 when ``lanjutan``), each with
    N, P and Y; ``rumus`` puts a formula in a cell by its A1 name."""

    def baris(r: int, jenjang: Jenjang, lanjut: bool) -> Baris:
        isi = {}
        for kolom, c in _KOLOM.items():
            a1 = f"{huruf_kolom(c)}{r}"
            isi[(kolom, Bagian.K)] = Isian(
                nilai=Fraction(100 if kolom is Kolom.TARGET_RENJA else 0),
                rumus=rumus.get(a1),
                sel=Sel(lembar=_LEMBAR, baris=r, kolom=c),
            )
        return Baris(
            jenjang=jenjang,
            nama="" if lanjut else f"Baris {r}",
            indikator=f"Indikator {r}",
            satuan="Dok",
            lanjutan=lanjut,
            isian=isi,
            sel_nama=Sel(lembar=_LEMBAR, baris=r, kolom=3),
        )

    semua = [baris(r, j, False) for r, j in _JENJANG.items()]
    if lanjutan:
        semua.append(baris(95, Jenjang.SUB_KEGIATAN, True))
    return TabelE81(judul="rentang", baris=tuple(semua), rumus_terbaca=True)


def _silang(tabel: TabelE81) -> list[tuple[str, str]]:
    return [
        (t.sel, t.temuan.dihitung)
        for t in e81.periksa(tabel).temuan
        if t.temuan.aturan == "rujukan-silang"
    ]


@pytest.mark.parametrize(
    ("sel", "rumus", "temuan"),
    [
        # a parent's own column over its children: the parent sum, rumus-induk's
        ("Y92", "=SUM(Y93:Y94)", []),
        ("Y92", "=Y91", []),  # a parent's own column, another row: rumus-induk's too
        # another column: every cell the range covers, not only its two ends
        ("P92", "=SUM(N93:N94)", [("P92", "N93 -> N92")]),
        ("P92", "=SUM(N1:N200)", [("P92", "N91 -> N92")]),  # both ends outside the table
        ("P92", "=SUM(A92:AZ93)", [("P92", "N93 -> N92")]),  # ends in no column of the form
        ("Y92", "=SUM(N92:Y94)", [("Y92", "N93 -> N92")]),  # ends in its own row and column
        ("Y92", "=SUM(T56:T64:N93)", [("Y92", "N91 -> N92")]),  # a chain: the box around it
        ("Y92", "=SUM($A$1:$XFD$1048576)", [("Y92", "N91 -> N92")]),  # a whole sheet
        ("Y92", "=SUM(N92:P92)", []),  # its own row across columns
        ("Y92", "=SUM('Lain'!A1:XFD1048576)", []),  # another sheet's
        ("Y92", '=SUM(P92,"N1:Z99")', []),  # text
        # a row with no rows below it names no other row, in any column
        ("N94", "=N93", [("N94", "N93 -> this row's own")]),
        ("Y93", "=SUM(Y94:Y94)", [("Y93", "Y94 -> this row's own")]),
        ("Y94", "=SUM(Y1:Y1048576)", [("Y94", "Y91 -> this row's own")]),
        ("Y94", "=N94*P94/100", []),  # its own cells
        ("P93", "=SUM(N1:N92)", [("P93", "N91 -> N93")]),  # another column as before
    ],
)
def test_a_range_names_every_cell_it_covers(
    sel: str, rumus: str, temuan: list[tuple[str, str]]
) -> None:
    assert _silang(_tabel({sel: rumus})) == temuan


def test_the_finding_names_the_cell_and_its_range() -> None:
    tabel = _tabel({"Y94": "=SUM(Y1:Y1048576)", "P92": "=SUM(N1:N200)", "N94": "=$N$93"})
    temuan = {t.sel: t.temuan for t in e81.periksa(tabel).temuan}
    assert temuan["Y94"].keterangan == (
        "Y91 (in Y1:Y1048576) is the triwulan IV K of program 'Baris 91', another row's "
        "figure in this column; this sub kegiatan has no rows below it, so the figure is "
        "its own, and it does not follow this row's inputs"
    )
    assert temuan["P92"].keterangan.startswith(
        "N91 (in N1:N200) is the target renja K of program 'Baris 91'; this row's own is N92"
    )
    assert temuan["N94"].keterangan.startswith("N93 is the target renja K of sub kegiatan")


def test_a_further_indicator_follows_the_row_it_continues() -> None:
    # row 95 continues sub kegiatan 94 (a leaf): its K naming row 94's is another row's
    # figure; its Rp, the row above's, stays exempt (see above)
    assert _silang(_tabel({"Y95": "=Y94"}, lanjutan=True)) == [("Y95", "Y94 -> this row's own")]


def test_a_further_indicator_of_a_parent_keeps_its_own_column_to_its_children() -> None:
    def baris(r: int, jenjang: Jenjang, lanjut: bool, rumus: str | None) -> Baris:
        return Baris(
            jenjang=jenjang,
            nama="" if lanjut else f"Baris {r}",
            indikator=f"Indikator {r}",
            lanjutan=lanjut,
            isian={
                (Kolom.TRIWULAN_4, Bagian.K): Isian(
                    nilai=Fraction(1), rumus=rumus, sel=Sel(lembar=_LEMBAR, baris=r, kolom=25)
                )
            },
            sel_nama=Sel(lembar=_LEMBAR, baris=r, kolom=3),
        )

    tabel = TabelE81(
        judul="lanjutan induk",
        baris=(
            baris(92, Jenjang.KEGIATAN, False, "=SUM(Y94:Y95)"),
            baris(93, Jenjang.KEGIATAN, True, "=AVERAGE(Y94:Y95)"),  # its second indicator
            baris(94, Jenjang.SUB_KEGIATAN, False, None),
            baris(95, Jenjang.SUB_KEGIATAN, False, None),
        ),
        rumus_terbaca=True,
    )
    assert _silang(tabel) == []


@settings(max_examples=200, deadline=None)
@given(
    sel=st.sampled_from(["N91", "P92", "Y92", "N93", "Y94"]),
    ujung=st.lists(st.tuples(st.integers(1, 120), st.integers(1, 40)), min_size=1, max_size=3),
)
def test_a_range_is_judged_as_its_cells_one_by_one(sel: str, ujung: list[tuple[int, int]]) -> None:
    """Bisection finds what expanding the range cell by cell finds: the first cell, in
    reading order, of another row of the table, in another column of the form or, on a
    row without rows below it, in any."""
    ref = ":".join(f"{huruf_kolom(c)}{r}" for r, c in ujung)
    r0, c0 = int(sel[1:]), 14 if sel[0] == "N" else 16 if sel[0] == "P" else 25
    beranak = r0 in (91, 92)
    harap = [
        f"{huruf_kolom(c)}{r}"
        for r in range(min(r for r, _ in ujung), max(r for r, _ in ujung) + 1)
        for c in range(min(c for _, c in ujung), max(c for _, c in ujung) + 1)
        if r in _JENJANG and r != r0 and c in _KOLOM.values() and (c != c0 or not beranak)
    ]
    didapat = [d.split(" ->")[0] for _, d in _silang(_tabel({sel: f"=SUM({ref})"}))]
    assert didapat == harap[:1]


def test_a_hostile_range_is_not_expanded(tmp_path: Path) -> None:
    # a workbook whose every quarter's K in the sub kegiatan rows sums the whole sheet, and
    # whose parents sum their own column over the whole sheet: intersected, not expanded
    def ubah(ws: Any) -> None:
        for r in range(8, 14):
            for c in (12, 14, 16, 18):
                ws.cell(row=r, column=c, value=f"=SUM({huruf_kolom(c)}1:{huruf_kolom(c)}1048576)")
        ws.cell(row=10, column=12, value="=SUM(A1:XFD1048576)")

    p = buat_permendagri(tmp_path / "e81.xlsx", ubah=ubah)
    h = e81.periksa_berkas(p)
    temuan = {t.sel: t.temuan for t in h.temuan}
    # L10, a sub kegiatan's quarter: the whole sheet's first cell of another row in the form
    assert temuan["L10"].aturan == "rujukan-silang"
    assert temuan["L10"].dihitung == "F8 -> F10"
    # N11, a sub kegiatan's quarter over its whole column: row 8's, not its own
    assert (temuan["N11"].aturan, temuan["N11"].dihitung) == (
        "rujukan-silang",
        "N8 -> this row's own",
    )
    # L9, a kegiatan's: its own column, rumus-induk's, with the rows outside the table in one span
    assert temuan["L9"].aturan == "rumus-induk"
    assert temuan["L9"].keterangan == (
        "the formula covers rows 8, 9, 10, 11, 12, 13 and rows outside the table "
        "(in 1-1048576); the rows below it are 10, 11"
    )


# -- another sheet, whole columns and rows, a parent's further indicator -----------------


def _induk(tabel: TabelE81) -> list[tuple[str, str]]:
    return [
        (t.sel, t.temuan.keterangan)
        for t in e81.periksa(tabel).temuan
        if t.temuan.aturan == "rumus-induk"
    ]


@pytest.mark.parametrize(
    ("rumus", "lain"),
    [
        ("='Lain'!Y93+Y94", "'Lain'!Y93"),  # a quoted sheet name
        ("=Lain!Y93+Y94", "Lain!Y93"),  # an unquoted one
        ("=SUM(Lain!Y93:Y94)", "Lain!Y93:Y94"),  # a range on another sheet
        ("='Lain ''2025'''!Y93+Y94", "'Lain ''2025'''!Y93"),  # a quote in the name
        ("=Y93+Y94+Lain!Y:Y", "Lain!Y:Y"),  # another sheet's whole column
    ],
)
def test_a_parent_naming_another_sheet_does_not_sum_its_children(rumus: str, lain: str) -> None:
    # Y92, the kegiatan's triwulan IV K, over its sub kegiatan 93 and 94: another sheet's
    # Y93 is not row 93 of this sheet, and the figure does not follow the rows below it
    temuan = _induk(_tabel({"Y92": rumus}))
    assert [sel for sel, _ in temuan] == ["Y92"]
    assert f"another sheet's cells ({lain}), not this row's children" in temuan[0][1]
    assert temuan[0][1].endswith("; the rows below it are 93, 94")


@pytest.mark.parametrize(
    "rumus",
    [
        f"={_LEMBAR}!Y93+{_LEMBAR}!Y94",  # this sheet, named
        f"='{_LEMBAR}'!Y93+Y94",  # quoted
        f"=SUM({_LEMBAR.lower()}!Y93:Y94)",  # sheet names ignore case
        "=Y93+Y94",
    ],
)
def test_a_parent_naming_its_own_sheet_names_its_children(rumus: str) -> None:
    assert _induk(_tabel({"Y92": rumus})) == []


def test_its_own_sheet_named_is_this_sheet_for_rujukan_silang_too() -> None:
    # a leaf naming another row through its own sheet's name; another sheet's is not judged
    assert _silang(_tabel({"Y94": f"={_LEMBAR}!Y93"})) == [("Y94", "Y93 -> this row's own")]
    assert _silang(_tabel({"Y94": "=Lain!Y93"})) == []


@pytest.mark.parametrize(
    ("sel", "rumus", "temuan"),
    [
        ("P93", "=SUM(N:N)", [("P93", "N91 -> N93")]),  # a whole column, another column
        ("P93", "=SUM($N:$N)", [("P93", "N91 -> N93")]),
        ("P93", "=SUM(N : N)", [("P93", "N91 -> N93")]),  # spaces around the colon
        ("P92", "=SUM(N:P)", [("P92", "N91 -> N92")]),  # columns N to P
        ("Y94", "=SUM(Y:Y)", [("Y94", "Y91 -> this row's own")]),  # a leaf's own column
        ("Y92", "=SUM(93:93)", [("Y92", "N93 -> N92")]),  # a whole row
        ("Y92", "=SUM($93:$94)", [("Y92", "N93 -> N92")]),
        ("Y93", "=SUM(93:93)", []),  # its own row
        ("Y92", "=SUM(1:90)", []),  # rows above the table
        ("Y92", "=SUM(A1:B2:N:N)", [("Y92", "N91 -> N92")]),  # a chain with a whole column
        ("Y94", "=SUM(AZ:BA)", []),  # columns outside the form
        ("Y92", "=SUM(Lain!N:N)", []),  # another sheet's
        # not references: text, a number, a name, a function
        ("Y94", '=IF(N94="1:2",N94,"N:N")', []),
        ("Y94", "=TIME(1,2,0)+N94", []),
        ("Y94", "=1.5*N94", []),
        ("Y94", "=N94+Data_N:N", []),
        ("Y94", "=0:93", []),  # row 0 is no row: Excel refuses it
    ],
)
def test_whole_columns_and_rows_are_ranges(
    sel: str, rumus: str, temuan: list[tuple[str, str]]
) -> None:
    assert _silang(_tabel({sel: rumus})) == temuan


@pytest.mark.parametrize(
    ("rumus", "keterangan"),
    [
        ("=SUM(Y:Y)", "covers rows 91, 92, 93, 94 and rows outside the table (in 1-1048576)"),
        ("=SUM($Y:$Y)", "covers rows 91, 92, 93, 94 and rows outside the table (in 1-1048576)"),
        ("=SUM(93:94)", None),  # whole rows cover more than its column: rujukan-silang's
        ("=SUM(Y93:Y94)", None),
    ],
)
def test_a_parent_over_its_whole_column(rumus: str, keterangan: str | None) -> None:
    temuan = _induk(_tabel({"Y92": rumus}))
    if keterangan is None:
        assert temuan == []
    else:
        assert len(temuan) == 1
        assert keterangan in temuan[0][1]


@settings(max_examples=200, deadline=None)
@given(
    sel=st.sampled_from(["N91", "P92", "Y92", "N93", "Y94"]),
    kiri=st.integers(1, 40),
    kanan=st.integers(1, 40),
    baris=st.booleans(),
)
def test_a_whole_column_or_row_is_judged_as_its_box(
    sel: str, kiri: int, kanan: int, baris: bool
) -> None:
    """A whole column or row finds what the range of its box finds (never expanded)."""
    if baris:
        penuh, kotak = f"{kiri}:{kanan}", f"A{kiri}:XFD{kanan}"
    else:
        a, b = huruf_kolom(kiri), huruf_kolom(kanan)
        penuh, kotak = f"{a}:{b}", f"{a}1:{b}1048576"
    assert _silang(_tabel({sel: f"=SUM({penuh})"})) == _silang(_tabel({sel: f"=SUM({kotak})"}))
    assert _induk(_tabel({sel: f"=SUM({penuh})"})) == _induk(_tabel({sel: f"=SUM({kotak})"}))


def test_a_hostile_workbook_over_whole_columns_and_rows(tmp_path: Path) -> None:
    # the permendagri workbook: program 8 over kegiatan 9 and 12, kegiatan 9 over 10, 11
    def ubah(ws: Any) -> None:
        ws["L9"] = "=SUM(L:L)"  # a kegiatan's quarter over its whole column
        ws["N10"] = "=SUM($L:$L)"  # a sub kegiatan's over another whole column
        ws["P11"] = "=SUM(10:10)"  # over a whole row: row 10's first cell in the form

    h = e81.periksa_berkas(buat_permendagri(tmp_path / "e81.xlsx", ubah=ubah))
    temuan = {t.sel: t.temuan for t in h.temuan}
    assert temuan["L9"].aturan == "rumus-induk"
    assert temuan["L9"].keterangan == (
        "the formula covers rows 8, 9, 10, 11, 12, 13 and rows outside the table "
        "(in 1-1048576); the rows below it are 10, 11"
    )
    assert (temuan["N10"].aturan, temuan["N10"].dihitung) == ("rujukan-silang", "L8 -> L10")
    assert (temuan["P11"].aturan, temuan["P11"].dihitung) == ("rujukan-silang", "F10 -> F11")


def _lanjutan_induk(rumus: str, rumus_rp: str | None = None) -> TabelE81:
    """Kegiatan 92 over sub kegiatan 94 and 95; row 93 its second indicator (``lanjutan``)
    with ``rumus`` in its triwulan IV K (Y93) and ``rumus_rp`` in its Rp (Z93)."""

    def baris(r: int, jenjang: Jenjang, lanjut: bool, k: str | None, rp: str | None) -> Baris:
        return Baris(
            jenjang=jenjang,
            nama="" if lanjut else f"Baris {r}",
            indikator=f"Indikator {r}",
            lanjutan=lanjut,
            isian={
                (Kolom.TRIWULAN_4, Bagian.K): Isian(
                    nilai=Fraction(1), rumus=k, sel=Sel(lembar=_LEMBAR, baris=r, kolom=25)
                ),
                (Kolom.TRIWULAN_4, Bagian.RP): Isian(
                    nilai=Fraction(2 if r == 92 else 1),
                    rumus=rp,
                    sel=Sel(lembar=_LEMBAR, baris=r, kolom=26),
                ),
            },
            sel_nama=Sel(lembar=_LEMBAR, baris=r, kolom=3),
        )

    return TabelE81(
        judul="lanjutan induk",
        baris=(
            baris(92, Jenjang.KEGIATAN, False, "=SUM(Y94:Y95)", "=SUM(Z94:Z95)"),
            baris(93, Jenjang.KEGIATAN, True, rumus, rumus_rp),
            baris(94, Jenjang.SUB_KEGIATAN, False, None, None),
            baris(95, Jenjang.SUB_KEGIATAN, False, None, None),
        ),
        rumus_terbaca=True,
    )


@pytest.mark.parametrize(
    ("rumus", "keterangan"),
    [
        ("=AVERAGE(Y94:Y95)", None),  # over the children of the row it continues: the rule
        ("=Y94+Y95", None),
        ("=Y94", "the formula covers rows 94; the rows below it are 94, 95"),  # skips one
        ("=Y92", "the formula covers rows 92; the rows below it are 94, 95"),  # the row above's
        ("=SUM(Y94:Y95)+Y95", "the formula covers rows 94, 95 (row 95 more than once)"),
        ("=SUM(Y94:Y96)", "and rows outside the table (in 94-96)"),
        ("=Lain!Y94+Y95", "another sheet's cells (Lain!Y94)"),
    ],
)
def test_a_further_indicator_of_a_parent_follows_the_rule_of_the_row_it_continues(
    rumus: str, keterangan: str | None
) -> None:
    temuan = _induk(_lanjutan_induk(rumus))
    if keterangan is None:
        assert temuan == []
    else:
        assert [sel for sel, _ in temuan] == ["Y93"]
        assert keterangan in temuan[0][1]
        assert temuan[0][1].endswith(
            "; the rows below it are 94, 95 (those of row 92, which this further indicator "
            "continues)"
        )


def test_a_further_indicator_s_rp_are_the_row_above_s() -> None:
    # its Rp formula, whatever it names, is the row above's Rp (Baris.lanjutan): not judged
    assert _induk(_lanjutan_induk("=Y94+Y95", "=Z94")) == []


@pytest.mark.parametrize(
    ("rumus", "temuan"),
    [
        # each end of a range naming this sheet: the range over the children, no finding
        (f"=SUM({_LEMBAR}!Y93:{_LEMBAR}!Y94)", []),
        (f"=SUM('{_LEMBAR}'!Y93:'{_LEMBAR}'!Y94)", []),
        # ends on this sheet and on another: no sheet's range, so not the children
        (f"=SUM({_LEMBAR}!Y93:Lain!Y94)", ["Y92"]),
        ("=SUM(Y93:Lain!Y94)", ["Y92"]),
        # another workbook's sheet of the same name, and a span of sheets: not this sheet
        (f"=[1]{_LEMBAR}!Y93+[1]{_LEMBAR}!Y94", ["Y92"]),
        (f"=SUM(Lain:{_LEMBAR}!Y93:Y94)", ["Y92"]),
    ],
)
def test_every_end_of_a_range_names_its_sheet(rumus: str, temuan: list[str]) -> None:
    # the second end's sheet name was read as a cell (E81 of "E81!Y94"), and another
    # workbook's "[1]E81!Y93" as this sheet's
    assert [sel for sel, _ in _induk(_tabel({"Y92": rumus}))] == temuan


@pytest.mark.parametrize(
    "rumus", ["=[1]E81!N93", f"=[1]{_LEMBAR}!N93", f"=Lain:{_LEMBAR}!N93", "=[Lalu.xlsx]X!N93"]
)
def test_another_workbook_or_a_span_of_sheets_is_not_judged_as_this_sheet(rumus: str) -> None:
    assert _silang(_tabel({"Y94": rumus})) == []


@pytest.mark.parametrize(
    ("rumus", "lembar", "teks", "baris", "kolom"),
    [
        # a whole column or row with a sheet at both ends (was dropped, or read as cell E81)
        ("=SUM(Lain!N:Lain!N)", "Lain", "Lain!N:LAIN!N", (1, 1048576), (14, 14)),
        ("=SUM('E.81'!N:'E.81'!N)", "E.81", "'E.81'!N:'E.81'!N", (1, 1048576), (14, 14)),
        ("=SUM(E81!N:E81!N)", "E81", "E81!N:E81!N", (1, 1048576), (14, 14)),
        ("=SUM(93:Lain!95)", "Lain", "93:LAIN!95", (93, 95), (1, 16384)),
        # ends naming one sheet in two cases, or one end named: that sheet's range
        ("=SUM(E81!N93:e81!N95)", "E81", "E81!N93:E81!N95", (93, 95), (14, 14)),
        ("=SUM(N93:E81!N95)", "E81", "N93:E81!N95", (93, 95), (14, 14)),
        # spaces inside a quoted name are the name's
        (
            "='My Sheet'!$n93:'My Sheet'!N95",
            "My Sheet",
            "'My Sheet'!N93:'My Sheet'!N95",
            (93, 95),
            (14, 14),
        ),
    ],
)
def test_each_end_of_a_whole_column_or_row_reads_its_sheet(
    rumus: str, lembar: str, teks: str, baris: tuple[int, int], kolom: tuple[int, int]
) -> None:
    (r,) = _rujukan(rumus)
    assert (r.lembar, r.teks) == (lembar, teks)
    assert (r.baris.start, r.baris.stop - 1, r.kolom.start, r.kolom.stop - 1) == (*baris, *kolom)


@pytest.mark.parametrize(
    "rumus", [f"=SUM({_LEMBAR}!Y93:{_LEMBAR.lower()}!Y94)", f"=SUM(Y93:{_LEMBAR}!Y94)"]
)
def test_ends_naming_this_sheet_in_any_case_are_its_children(rumus: str) -> None:
    assert _induk(_tabel({"Y92": rumus})) == []
