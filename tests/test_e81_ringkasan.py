"""E.81 summary rows: the averages and the predikat ladders the audit recomputes.

Each case changes the real Sukabumi 2018 table (``tests/data/e81/README.md``) as read, one
summary or data cell at a time, as a workbook saved by Excel would hold it (a copy saved by
openpyxl keeps no computed value), and audits it.
"""

from __future__ import annotations

import functools
import operator
import re
import zipfile
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path
from typing import Any

import attrs
import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip import e81
from sakip.e81 import Bagian, Isian, Jenjang, Kolom, TabelE81
from sakip.e81._ringkasan import MAKS_SEL, PeriksaRingkasan, rata_sel
from sakip.e81._tangga import MAKS_ANAK, beda_skala, tangga
from sakip.e81.model import IsianTeks, huruf_kolom
from sakip.e81.pemeriksaan import HasilE81, TemuanE81
from sakip.skala import PERMENDAGRI_86_2017

SUKABUMI = Path(__file__).parent / "data" / "e81" / "e81_sukabumi_bappeda_2018.xlsx"
AC = (Kolom.CAPAIAN_RENSTRA, Bagian.K)
AB = (Kolom.REALISASI_RENSTRA, Bagian.RP)
Y = (Kolom.CAPAIAN_RENJA, Bagian.K)
TANGGA = (
    '=IF({c}<=50,"Sangat Rendah",IF({c}<=65,"Rendah",IF({c}<=75,"Sedang",'
    'IF({c}<=90,"Tinggi","Sangat Tinggi"))))'
)


@functools.cache
def _tabel() -> TabelE81:
    return e81.baca_xlsx(SUKABUMI)


def _ringkasan(
    tabel: TabelE81,
    baris: int,
    kunci: tuple[Kolom, Bagian],
    *,
    nilai: Fraction | None = None,
    rumus: str | None = None,
    teks: str | None = None,
) -> TabelE81:
    """The table with one summary cell changed: its value, formula or stored text."""
    ringkasan = []
    for r in tabel.ringkasan:
        if r.baris == baris:
            lama = r.isian[kunci]
            isi = attrs.evolve(
                lama,
                nilai=nilai if nilai is not None else lama.nilai,
                rumus=rumus if rumus is not None else lama.rumus,
            )
            r = attrs.evolve(
                r,
                isian={**r.isian, kunci: isi},
                teks={**r.teks, kunci: teks} if teks is not None else r.teks,
            )
        ringkasan.append(r)
    return attrs.evolve(tabel, ringkasan=tuple(ringkasan))


def _data(tabel: TabelE81, baris: int, kunci: tuple[Kolom, Bagian], isi: Isian) -> TabelE81:
    """The table with one data cell replaced."""
    return attrs.evolve(
        tabel,
        baris=tuple(
            attrs.evolve(b, isian={**b.isian, kunci: isi})
            if b.sel_nama and b.sel_nama.baris == baris
            else b
            for b in tabel.baris
        ),
    )


def _di(h: HasilE81, sel: str) -> TemuanE81 | None:
    return next((t for t in h.temuan if t.sel == sel), None)


def test_the_real_workbook_has_two_predikat_rating_a_blank_and_one_ladder_finding() -> None:
    h = e81.periksa(_tabel())
    y41 = _di(h, "Y41")
    assert y41 is not None
    assert y41.temuan.aturan == "predikat"
    assert (y41.temuan.dicetak, y41.temuan.dihitung) == ("Sangat Tinggi", "(none)")
    assert "Y38, the cell the formula rates, holds no number" in y41.temuan.keterangan
    ac41 = _di(h, "AC41")
    assert ac41 is not None
    assert ac41.temuan.aturan == "tangga-predikat"
    assert ac41.temuan.keterangan.startswith(
        "50 < x < 51: 'Rendah' by the formula, 'Sangat Rendah' by the scale; 65 < x < 66"
    )
    assert "Y41, Z41, AC41, AD41, Y49, Z49, AC49, AD49" in ac41.temuan.keterangan
    assert [t.temuan.aturan for t in h.temuan].count("tangga-predikat") == 1  # one ladder shape


def test_a_wrong_stored_predikat_is_a_finding() -> None:
    # AC38 = 53,35: Rendah on the scale and by the ladder; the sheet says Tinggi
    h = e81.periksa(_ringkasan(_tabel(), 41, AC, teks="Tinggi"))
    t = _di(h, "AC41")
    assert t is not None
    assert t.temuan.aturan == "predikat"
    assert (t.temuan.tingkat.value, t.temuan.dicetak, t.temuan.dihitung) == (
        "tinggi",
        "Tinggi",
        "Rendah",
    )
    assert "the formula itself gives 'Rendah'" in t.temuan.keterangan
    assert "AC38 holds 53,347319" in t.temuan.keterangan
    ladder = _di(h, "AD41")  # the ladder's finding moves to the next free cell
    assert ladder is not None
    assert ladder.temuan.aturan == "tangga-predikat"


def test_a_label_in_the_case_and_spacing_of_the_scale_agrees() -> None:
    h = e81.periksa(_ringkasan(_tabel(), 41, AC, teks="  rendah "))
    t = _di(h, "AC41")
    assert t is not None
    assert t.temuan.aturan == "tangga-predikat"


def test_a_value_where_the_ladder_and_the_scale_disagree() -> None:
    # 50,5: the ladder (<=50, <=65, ...) says Rendah, sakip's scale (>= 51 Rendah) Sangat Rendah
    tabel = _ringkasan(_tabel(), 38, AC, nilai=Fraction(101, 2))
    h = e81.periksa(_ringkasan(tabel, 41, AC, teks="Rendah"))
    t = _di(h, "AC41")
    assert t is not None
    assert t.temuan.aturan == "predikat"
    assert (t.temuan.dicetak, t.temuan.dihitung) == ("Rendah", "Sangat Rendah")
    assert "the formula's ladder gives 'Rendah' at this value" in t.temuan.keterangan
    rata = _di(h, "AC38")  # and the stored average is no longer its rows' mean
    assert rata is not None
    assert rata.temuan.aturan == "rata-rata"


def test_an_average_over_other_rows_than_its_programs() -> None:
    h = e81.periksa(_ringkasan(_tabel(), 40, Y, rumus="=AVERAGE(Y18:Y36)"))
    t = _di(h, "Y40")
    assert t is not None
    assert t.temuan.aturan == "rumus-rata"
    assert (t.temuan.dicetak, t.temuan.dihitung) == ("=AVERAGE(Y18:Y36)", "rows 18-37")
    assert "covers rows 18-36" in t.temuan.keterangan
    assert "program at row 17" in t.temuan.keterangan


def test_an_average_that_is_not_its_ranges_mean() -> None:
    h = e81.periksa(_ringkasan(_tabel(), 45, AC, nilai=Fraction(41)))
    t = _di(h, "AC45")
    assert t is not None
    assert t.temuan.aturan == "rata-rata"
    assert (t.temuan.tingkat.value, t.temuan.dicetak, t.temuan.dihitung) == ("sedang", "41", "40")
    # an Rp average (a capaian Rp) is high, as the angka findings on Rp
    z = (Kolom.CAPAIAN_RENJA, Bagian.RP)
    h = e81.periksa(_ringkasan(_tabel(), 47, z, nilai=Fraction(101)))
    t = _di(h, "Z47")
    assert t is not None
    assert (t.temuan.aturan, t.temuan.tingkat.value) == ("rata-rata", "tinggi")
    # an average of Rp amounts is itself a finding (rumus-rata); its value a note there
    h = e81.periksa(_ringkasan(_tabel(), 45, AB, nilai=Fraction(164301)))
    t = _di(h, "AB45")
    assert t is not None
    assert (t.temuan.aturan, t.temuan.tingkat.value) == ("rumus-rata", "tinggi")
    assert "rata-rata: 164.301 stored, 164.300 the mean" in t.temuan.keterangan


def test_a_float_residue_in_a_stored_average_agrees() -> None:
    h = e81.periksa(_ringkasan(_tabel(), 45, AC, nilai=Fraction("40.00000000000001")))
    assert _di(h, "AC45") is None


@pytest.mark.parametrize(("tersimpan", "temuan"), [(Fraction(40), False), (Fraction(20), True)])
def test_a_blank_cell_is_skipped_by_the_mean(tersimpan: Fraction, temuan: bool) -> None:
    # AC44 blank: Excel's AVERAGE(AC43:AC44) is AC43 = 40, not (40 + 0) / 2
    tabel = _data(_tabel(), 44, AC, Isian(nilai=None, sel=_tabel().baris[-1].isi(*AC).sel))
    h = e81.periksa(_ringkasan(tabel, 45, AC, nilai=tersimpan))
    t = _di(h, "AC45")
    assert (t is not None) is temuan
    if t is not None:
        assert t.temuan.dihitung == "40"
        assert "1 blank or text cells skipped" in t.temuan.keterangan


@pytest.mark.parametrize(
    ("tersimpan", "catatan"), [(Fraction(40), False), (Fraction(80, 3), True)]
)
def test_a_text_cell_is_skipped_by_the_mean(tersimpan: Fraction, catatan: bool) -> None:
    # AC45 holds text; =AVERAGE(AC43:AC45) in AC47 is (40 + 40) / 2 = 40, the text skipped
    tabel = _tabel()
    ringkasan = tuple(
        attrs.evolve(
            r,
            isian={k: v for k, v in r.isian.items() if k != AC},
            teks={**r.teks, AC: "n/a"},
        )
        if r.baris == 45
        else r
        for r in tabel.ringkasan
    )
    tabel = attrs.evolve(tabel, ringkasan=ringkasan)
    h = e81.periksa(_ringkasan(tabel, 47, AC, rumus="=AVERAGE(AC43:AC45)", nilai=tersimpan))
    t = _di(h, "AC47")
    assert t is not None
    assert t.temuan.aturan == "rumus-rata"
    assert ("rata-rata: 26,666667 stored, 40 the mean" in t.temuan.keterangan) is catatan
    assert "AC45" in {x.a1 for x in h.ringkasan_tidak}  # the text itself is not audited


def test_a_ladder_with_greater_or_equal_that_matches_the_scale() -> None:
    naik = (
        '=IF(AC38>=91,"Sangat Tinggi",IF(AC38>=76,"Tinggi",IF(AC38>=66,"Sedang",'
        'IF(AC38>=51,"Rendah","Sangat Rendah"))))'
    )
    tabel = _tabel()
    for kunci, c in ((Y, "Y38"), ((Kolom.CAPAIAN_RENJA, Bagian.RP), "Z38"), (AC, "AC38")):
        tabel = _ringkasan(tabel, 41, kunci, rumus=naik.replace("AC38", c))
    tabel = _ringkasan(
        tabel, 41, (Kolom.CAPAIAN_RENSTRA, Bagian.RP), rumus=naik.replace("AC", "AD")
    )
    h = e81.periksa(tabel)
    assert _di(h, "AC41") is None
    assert _di(h, "AD41") is None
    y49 = _di(h, "Y49")  # row 49 keeps the <= ladder: its finding stands there now
    assert y49 is not None
    assert y49.temuan.aturan == "tangga-predikat"
    assert "AC41" in {x.a1 for x in h.ringkasan_diperiksa}


@pytest.mark.parametrize(
    "rumus",
    [
        '=IF(AND(AC38>50,AC38<=65),"Rendah","Lain")',
        "=VLOOKUP(AC38,Skala!A1:B5,2)",
        '=IF(AC38<=50,"Sangat Rendah",IF(AC39<=65,"Rendah","Tinggi"))',  # two cells
        '=IF(Lain!AC38<=50,"Sangat Rendah","Tinggi")',
        '=IF(AC38<=50,"Sangat Rendah","Tinggi")&""',
    ],
)
def test_a_predikat_formula_of_another_shape_is_left_unaudited(rumus: str) -> None:
    h = e81.periksa(_ringkasan(_tabel(), 41, AC, rumus=rumus, teks="Tinggi"))
    assert _di(h, "AC41") is None
    assert "AC41" in {x.a1 for x in h.ringkasan_tidak}


@pytest.mark.parametrize(
    "rumus",
    ["=AVERAGE(AC43:AD44)", "=AVERAGE(AD43:AD44)", "=AVERAGE(AC43:AC44)/2", "=MAX(AC43:AC44)"],
)
def test_an_average_of_another_shape_is_left_unaudited(rumus: str) -> None:
    h = e81.periksa(_ringkasan(_tabel(), 45, AC, rumus=rumus, nilai=Fraction(7)))
    assert _di(h, "AC45") is None
    assert "AC45" in {x.a1 for x in h.ringkasan_tidak}


def test_an_average_reaching_rows_outside_the_table_is_judged_for_its_rows_only() -> None:
    h = e81.periksa(_ringkasan(_tabel(), 40, Y, rumus="=AVERAGE(Y1:Y1048576)", nilai=Fraction(3)))
    t = _di(h, "Y40")
    assert t is not None
    assert t.temuan.aturan == "rumus-rata"
    assert "rata-rata" not in t.temuan.keterangan  # the values outside are not known here


# -- the ladder parser -----------------------------------------------------------------

_OP = {"<=": operator.le, "<": operator.lt, ">=": operator.ge, ">": operator.gt}


@st.composite
def _tangga(draw: st.DrawFn) -> tuple[str, list[tuple[str, Fraction, str]], str]:
    label = st.text(st.characters(exclude_categories=["Cs"]), max_size=12)
    anak = draw(
        st.lists(
            st.tuples(
                st.sampled_from(sorted(_OP)),
                st.decimals(min_value=-1000, max_value=1000, places=3, allow_nan=False),
                label,
            ),
            min_size=1,
            max_size=8,
        )
    )
    lain = draw(label)
    ref = draw(st.sampled_from(["Y38", "$AC$38", "ad48", "Z$1"]))
    spasi = draw(st.sampled_from(["", " ", "  "]))
    teks = lain_teks = '"' + lain.replace('"', '""') + '"'
    for op, n, lbl in reversed(anak):
        q = '"' + lbl.replace('"', '""') + '"'
        teks = f"IF({spasi}{ref}{spasi}{op}{spasi}{n}{spasi},{q},{spasi}{teks})"
    assert lain_teks
    return "=" + teks, [(op, Fraction(n), lbl) for op, n, lbl in anak], lain


@given(_tangga(), st.fractions(min_value=-1100, max_value=1100))
def test_the_ladder_parser_rates_as_a_plain_evaluation_of_the_ladder(
    contoh: tuple[str, list[tuple[str, Fraction, str]], str], x: Fraction
) -> None:
    rumus, anak, lain = contoh
    t = tangga(rumus)
    assert t is not None
    harap = next((lbl for op, n, lbl in anak if _OP[op](x, n)), lain)
    assert t.predikat(x) == harap
    for a, (op, n, _) in zip(t.anak, anak, strict=True):
        assert t.predikat(n) == next((lbl for o, m, lbl in anak if _OP[o](n, m)), lain)
        assert (a.pembanding, a.batas) == (op, n)


@given(_tangga())
def test_the_ladder_agrees_with_the_scale_wherever_beda_skala_says_nothing(
    contoh: tuple[str, list[tuple[str, Fraction, str]], str],
) -> None:
    t = tangga(contoh[0])
    assert t is not None
    beda = beda_skala(t, PERMENDAGRI_86_2017)
    titik = sorted({n for _, n, _ in contoh[1]} | {Fraction(x) for x in (51, 66, 76, 91)})
    for x in [*titik, *(a + Fraction(1, 7) for a in titik), titik[0] - 1]:
        if not beda:
            assert t.predikat(x).casefold() == PERMENDAGRI_86_2017.predikat(x).casefold()


@pytest.mark.parametrize(
    "rumus",
    [
        "",
        "=",
        '=IF(Y38<=50,"A","B"',  # unbalanced
        '=IF(Y38<=50,"A","B"))',
        '=IF(Y38<=50,"A,"B")',
        '=IF(Y0<=50,"A","B")',
        '=IF(Y38<=1e5,"A","B")',
        "=IF(" * 10_000 + '"x"' + ")" * 10_000,
        "=" + 'IF(Y38<=50,"A",' * 5_000 + '"B"' + ")" * 5_000,  # nesting past Excel's 64
        '=IF(Y38<=50,"' + '"' * 9_999 + '","B")',
        "=" + "(" * 50_000,
    ],
)
def test_hostile_formulas_are_no_ladder_and_no_crash(rumus: str) -> None:
    assert tangga(rumus) is None


def test_non_ascii_labels_and_the_nesting_limit() -> None:
    t = tangga('=IF(Y38<=50,"Sangat Rendah ✓",IF(Y38<=65,"Рендах","高"))')
    assert t is not None
    assert t.predikat(Fraction(60)) == "Рендах"
    assert t.lain == "高"
    pas = "=" + 'IF(Y38<=50,"A",' * MAKS_ANAK + '"B"' + ")" * MAKS_ANAK
    tangga_pas = tangga(pas)
    assert tangga_pas is not None
    assert len(tangga_pas.anak) == MAKS_ANAK
    assert (
        tangga("=" + 'IF(Y38<=50,"A",' * (MAKS_ANAK + 1) + '"B"' + ")" * (MAKS_ANAK + 1)) is None
    )


@pytest.mark.parametrize(
    "rumus",
    [
        "=" + 'IF(AC38<=50,"A",' * 3_000 + '"B"' + ")" * 3_000,
        '=IF(AC38<=50,"Sangat Rendah ✓",IF(AC38<=65,"Рендах","高"))',
        "=AVERAGE(AC1:AC1048576)",
        "=AVERAGE(AC0:AC44)",
        "=AVERAGE(" * 1000,
    ],
)
def test_hostile_summary_formulas_audit_without_a_crash(rumus: str) -> None:
    h = e81.periksa(_ringkasan(_tabel(), 41, AC, rumus=rumus, teks="Tinggi"))
    assert isinstance(h, HasilE81)


# -- means of the programs' averages, sums and copies ----------------------------------


def _buku(
    tmp_path: Path, ubah: Callable[[Any], None], tersimpan: dict[str, float | str]
) -> HasilE81:
    """The workbook changed by ``ubah`` and audited, every formula with a stored value as
    Excel would save it: the original's, or ``tersimpan``'s for the cells named there
    (openpyxl keeps no computed value, so they are written into the sheet's XML)."""
    asli: Any = openpyxl.load_workbook(SUKABUMI, data_only=True).active
    wb = openpyxl.load_workbook(SUKABUMI)
    ubah(wb.active)
    antara = tmp_path / "antara.xlsx"
    wb.save(antara)

    def nilai(m: re.Match[str]) -> str:
        sel, atribut, rumus = m.group(1), m.group(2), m.group(3)
        v = tersimpan.get(sel, asli[sel].value)
        if v is None:
            return m.group(0)
        jenis = ' t="str"' if isinstance(v, str) else ""
        return f'<c r="{sel}"{atribut}{jenis}><f>{rumus}</f><v>{v}</v></c>'

    hasil = tmp_path / "sukabumi.xlsx"
    with zipfile.ZipFile(antara) as zi, zipfile.ZipFile(hasil, "w") as zo:
        for info in zi.infolist():
            data = zi.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                xml = re.sub(
                    r'<c r="([A-Z]+[0-9]+)"([^>]*)><f>([^<]*)</f><v ?/></c>', nilai, data.decode()
                )
                data = xml.encode()
            zo.writestr(info, data)
    return e81.periksa_berkas(hasil)


def test_the_real_overall_means_sums_and_copies_agree_and_are_audited() -> None:
    h = e81.periksa(_tabel())
    diperiksa = {x.a1 for x in h.ringkasan_diperiksa}
    assert {"Y48", "Z48", "AC48", "AD48", "J38", "AB38", "X45", "H39", "P40", "O47"} <= diperiksa
    assert {t.temuan.aturan for t in h.temuan} & {
        "jumlah-ringkasan",
        "salinan",
        "format-campur",
        "rata-rata",
    } == set()
    # the only rumus-rata are the averages of Rp (tests/test_e81_ringkasan_rp.py)
    assert {t.sel for t in h.temuan if t.temuan.aturan == "rumus-rata"} == {
        "L38",
        "AD38",
        "Z40",
        "AB45",
    }


def test_a_wrong_overall_mean_is_a_finding(tmp_path: Path) -> None:
    # (AC47 + AC40) / 2 = (40 + 53,347319...) / 2; the sheet stores 50
    h = _buku(tmp_path, lambda ws: None, {"AC48": 50})
    t = _di(h, "AC48")
    assert t is not None
    assert (t.temuan.aturan, t.temuan.dicetak, t.temuan.dihitung) == (
        "rata-rata",
        "50",
        "46,67366",
    )
    assert "2 cells (AC47, AC40)" in t.temuan.rumus


def test_an_overall_mean_naming_a_data_row_leaves_a_program_out(tmp_path: Path) -> None:
    def ubah(ws: Any) -> None:
        ws["AC48"] = "=(AC47+AC37)/2"

    h = _buku(tmp_path, ubah, {"AC48": 40})  # AC37 holds 40 too: the value agrees
    t = _di(h, "AC48")
    assert t is not None
    assert t.temuan.aturan == "rumus-rata"
    assert "AC37 is a data row's figure (kegiatan" in t.temuan.keterangan
    assert "the program at row 17 is left out (its averages: AC38, AC40)" in t.temuan.keterangan
    assert t.temuan.dihitung == (
        "one of AC38, AC40 (program at row 17); one of AC45, AC47 (program at row 42)"
    )


@pytest.mark.parametrize(
    ("rumus", "harap"),
    [
        ("=(AC47+AC45)/2", "the program at row 42 is counted 2 times (AC47, AC45)"),
        ("=(AC47+AD40)/2", "AD40 is in another column"),
        ("=(AC47+AC41)/2", "AC41 is text ("),
        ("=(AC47+AC39)/2", "AC39 is a summary cell of the program at row 17 (=AA39/H39*100)"),
        ("=(AC47+AC40+AC46)/3", "AC46 is a summary cell of the program at row 42"),
    ],
)
def test_an_overall_mean_naming_other_cells_than_one_average_per_program(
    rumus: str, harap: str
) -> None:
    h = e81.periksa(_ringkasan(_tabel(), 48, AC, rumus=rumus))
    t = _di(h, "AC48")
    assert t is not None
    assert t.temuan.aturan == "rumus-rata"
    assert harap in t.temuan.keterangan


def test_an_average_of_a_list_of_cells_is_audited(tmp_path: Path) -> None:
    def ubah(ws: Any) -> None:
        ws["Y48"] = "=AVERAGE(Y40,Y47)"
        ws["AC48"] = "=AVERAGE($AC$40, AC47)"

    h = _buku(tmp_path, ubah, {"AC48": 47})
    assert _di(h, "Y48") is None
    assert "Y48" in {x.a1 for x in h.ringkasan_diperiksa}
    t = _di(h, "AC48")
    assert t is not None
    assert (t.temuan.aturan, t.temuan.dihitung) == ("rata-rata", "46,67366")


def test_a_blank_is_0_in_a_sum_over_a_count_and_skipped_by_average() -> None:
    # AC40 made blank: (AC47 + AC40) / 2 = 20, AVERAGE(AC47, AC40) = 40
    tabel = _tabel()
    ringkasan = tuple(
        attrs.evolve(r, isian={**r.isian, AC: Isian(sel=r.isian[AC].sel)}) if r.baris == 40 else r
        for r in tabel.ringkasan
    )
    tabel = attrs.evolve(tabel, ringkasan=ringkasan)
    for rumus, nilai, temuan in (
        ("=(AC47+AC40)/2", Fraction(20), False),
        ("=(AC47+AC40)/2", Fraction(40), True),
        ("=AVERAGE(AC47,AC40)", Fraction(40), False),
        ("=AVERAGE(AC47,AC40)", Fraction(20), True),
    ):
        h = e81.periksa(_ringkasan(tabel, 48, AC, rumus=rumus, nilai=nilai))
        t = _di(h, "AC48")
        assert t is not None  # AC40 is blank: no program's average
        assert t.temuan.aturan == "rumus-rata"
        assert "AC40 is blank, no program's average" in t.temuan.keterangan
        assert "the program at row 17 is left out (its averages: AC38)" in t.temuan.keterangan
        assert ("rata-rata:" in t.temuan.keterangan) is temuan


@pytest.mark.parametrize(
    "rumus",
    [
        "=(AC47+AC40)/3",  # a count that is not theirs
        "=((AC47+AC40))/2",
        "=(AC47+AC40)/2+0",
        "=MAX(AC47,AC40)",
        "=(AC47+Lain!AC40)/2",
        "=AVERAGE(AC47)",
        "=(AC47-AC40)/2",
    ],
)
def test_a_mean_of_another_shape_stays_unaudited(rumus: str) -> None:
    h = e81.periksa(_ringkasan(_tabel(), 48, AC, rumus=rumus, nilai=Fraction(7)))
    assert _di(h, "AC48") is None
    assert "AC48" in {x.a1 for x in h.ringkasan_tidak}


@pytest.mark.parametrize(
    "rumus",
    [
        "=(" + "+".join(["AC40"] * 10_000) + ")/10000",
        "=AVERAGE(" + ",".join(["AC40"] * (MAKS_SEL + 1)) + ")",
        "=" + "(" * 5_000 + "AC47+AC40" + ")" * 5_000 + "/2",
        "=(" + "AC47+" * 100_000,
        "=AVERAGE(" + "AC40," * 100_000,
        "=" + "+" * 50_000 + "AC40",
    ],
)
def test_hostile_means_are_left_unaudited_without_a_crash(rumus: str) -> None:
    h = e81.periksa(_ringkasan(_tabel(), 48, AC, rumus=rumus, nilai=Fraction(7)))
    assert _di(h, "AC48") is None
    assert "AC48" in {x.a1 for x in h.ringkasan_tidak}


def test_a_mean_of_as_many_cells_as_excel_allows_is_read() -> None:
    bentuk = rata_sel("=AVERAGE(" + ",".join(["AC40"] * MAKS_SEL) + ")")
    assert bentuk is not None
    assert len(bentuk.sel) == MAKS_SEL
    # one program counted 255 times
    h = e81.periksa(
        _ringkasan(_tabel(), 48, AC, rumus="=AVERAGE(" + ",".join(["AC40"] * MAKS_SEL) + ")")
    )
    t = _di(h, "AC48")
    assert t is not None
    assert f"counted {MAKS_SEL} times" in t.temuan.keterangan


_REF = st.tuples(
    st.integers(1, 16_384), st.integers(1, 1_048_576), st.booleans(), st.booleans()
).map(lambda x: (x[0], x[1], ("$" if x[2] else "") + huruf_kolom(x[0]) + ("$" if x[3] else "")))


@given(st.lists(_REF, min_size=2, max_size=40), st.sampled_from(["", " ", "  "]), st.booleans())
def test_the_mean_parser_reads_back_the_cells_it_is_given(
    ref: list[tuple[int, int, str]], spasi: str, kecil: bool
) -> None:
    teks = [f"{a}{b}" for _, b, a in ref]
    if kecil:
        teks = [x.lower() for x in teks]
    sel = tuple((k, b) for k, b, _ in ref)
    jumlah = f"=({spasi}{(spasi + '+' + spasi).join(teks)}{spasi}){spasi}/{spasi}{len(ref)}"
    assert rata_sel(jumlah) == rata_sel(jumlah.upper())
    bentuk = rata_sel(jumlah)
    assert bentuk is not None
    assert (bentuk.sel, bentuk.bagi_jumlah) == (sel, True)
    assert rata_sel(jumlah.replace(f"/{spasi}{len(ref)}", f"/{spasi}{len(ref) + 1}")) is None
    daftar = rata_sel(f"=AVERAGE({spasi}{(',' + spasi).join(teks)})")
    assert daftar is not None
    assert (daftar.sel, daftar.bagi_jumlah) == (sel, False)


@given(st.fractions(min_value=-(10**6), max_value=10**6, max_denominator=10**4))
def test_an_overall_mean_is_found_exactly_when_it_is_not_the_mean(tersimpan: Fraction) -> None:
    ac40 = _tabel().ringkasan[2].isian[AC].nilai
    assert ac40 is not None
    rata = (Fraction(40) + ac40) / 2
    h = e81.periksa(_ringkasan(_tabel(), 48, AC, nilai=tersimpan))
    t = _di(h, "AC48")
    assert (t is None) is (abs(tersimpan - rata) < Fraction(1, 10**6))


def test_a_sum_and_its_range() -> None:
    jp = (Kolom.TARGET_RENSTRA, Bagian.RP)
    h = e81.periksa(_ringkasan(_tabel(), 38, jp, nilai=Fraction(1)))
    t = _di(h, "J38")
    assert t is not None
    # J38 counts the further indicators' Rp again (rumus-jumlah); its value is Excel's sum
    assert (t.temuan.aturan, t.temuan.tingkat.value) == ("rumus-jumlah", "tinggi")
    assert "jumlah-ringkasan: 1 stored, 7.500.000 the sum" in t.temuan.keterangan
    h = e81.periksa(_ringkasan(_tabel(), 45, jp, nilai=Fraction(1)))
    t = _di(h, "J45")
    assert t is not None
    assert (t.temuan.aturan, t.temuan.tingkat.value, t.temuan.dihitung) == (
        "jumlah-ringkasan",
        "tinggi",
        "821.500",
    )
    h = e81.periksa(_ringkasan(_tabel(), 45, jp, rumus="=SUM(J42:J44)"))
    t = _di(h, "J45")
    assert t is not None
    assert (t.temuan.aturan, t.temuan.dihitung) == ("rumus-jumlah", "rows 43-44")
    assert "rows 42-44" in t.temuan.keterangan
    assert "jumlah-ringkasan: 821.500 stored, 1.643.000 the sum" in t.temuan.keterangan


def test_a_copy_of_another_value_or_of_another_programs_cell() -> None:
    h = e81.periksa(_ringkasan(_tabel(), 40, AC, nilai=Fraction(53)))
    t = _di(h, "AC40")
    assert t is not None
    assert (t.temuan.aturan, t.temuan.dicetak, t.temuan.rumus) == (
        "salinan",
        "53",
        "a copy of AC38",
    )
    h = e81.periksa(_ringkasan(_tabel(), 47, AC, rumus="=AC38"))
    t = _di(h, "AC47")
    assert t is not None
    assert t.temuan.aturan == "salinan"
    assert t.temuan.dihitung == "a summary cell of the program at row 42"
    assert "AC38 is a summary cell of the program at row 17" in t.temuan.keterangan
    assert "salinan: 40 stored, 53,347319 the value of AC38" in t.temuan.keterangan


def test_a_range_mixing_percent_formats_is_a_finding_not_a_false_mean(tmp_path: Path) -> None:
    # AC43 typed as 40% (stored 0,4, read 40), AC44 a plain 40: Excel's AVERAGE(AC43:AC44)
    # is (0,4 + 40) / 2 = 20,2; sakip's reading would say 40 and find AC45 wrong
    def ubah(ws: Any) -> None:
        ws["AC43"] = 0.4
        ws["AC43"].number_format = "0%"

    h = _buku(tmp_path, ubah, {"AC45": 20.2, "AC47": 20.2, "AC48": (20.2 + 53.34731934731936) / 2})
    assert h.tabel.baris[-2].isi(*AC).nilai == 40  # read as the percentage it shows
    for sel in ("AC45", "AC47"):
        t = _di(h, sel)
        assert t is not None
        assert t.temuan.aturan == "format-campur"
        assert "AC43 stored 0,4 (shown 40%); AC44 stored 40 (shown 40)" in t.temuan.keterangan
        assert "rata-rata" not in t.temuan.keterangan  # compared as Excel computes it
    assert _di(h, "AC48") is None
    # the same range with one format agrees, whatever the summary cell shows
    h = _buku(tmp_path, lambda ws: None, {})
    assert _di(h, "AC45") is None


# -- a number stored as text: skipped by AVERAGE and SUM, a number to + ---------------------


@pytest.mark.parametrize(("j45", "temuan"), [(349500, False), (821500, True)])
def test_a_number_stored_as_text_is_skipped_by_average_and_sum(
    tmp_path: Path, j45: int, temuan: bool
) -> None:
    # Y43 and J44 typed as text: Excel's AVERAGE(Y43:Y44) is Y44 = 100 (as stored) and
    # SUM(J43:J44) is J43 = 349.500; the data rows still read "50" and "472000" as numbers
    def ubah(ws: Any) -> None:
        ws["Y43"] = "50"
        ws["J44"] = "472000"

    h = _buku(tmp_path, ubah, {"J45": j45, "J42": 349500})
    assert h.tabel.baris[-2].isi(*Y).berupa_teks
    assert h.tabel.baris[-2].isi(*Y).nilai == 50
    assert _di(h, "Y47") is None  # AVERAGE skips the text, as Excel does
    t = _di(h, "Y43")
    assert t is not None
    assert (t.temuan.aturan, t.temuan.dicetak) == ("angka", "50")  # the row audit reads it
    t = _di(h, "J45")
    assert (t is not None) is temuan
    if t is not None:
        assert (t.temuan.aturan, t.temuan.dihitung) == ("jumlah-ringkasan", "349.500")


def test_a_number_stored_as_text_is_a_number_to_plus_and_skipped_by_average() -> None:
    # AC47's formula stored the text "40": Excel's (AC47+AC40)/2 converts it (46,67366),
    # AVERAGE(AC47,AC40) skips it (AC40 = 53,347319); text that is no number fails +
    rata = (Fraction(40) + _tabel().ringkasan[2].isian[AC].nilai) / 2  # type: ignore[operator]
    for teks, rumus, nilai, temuan in (
        ("40", "=(AC47+AC40)/2", rata, False),
        ("40", "=AVERAGE(AC47,AC40)", rata, True),
        ("40", "=AVERAGE(AC47,AC40)", _tabel().ringkasan[2].isian[AC].nilai, False),
        ("-", "=(AC47+AC40)/2", Fraction(7), False),  # #VALUE! in Excel: not compared
    ):
        ringkasan = tuple(
            attrs.evolve(
                r,
                isian={
                    **r.isian,
                    AC: IsianTeks(
                        nilai=Fraction(teks) if teks != "-" else None,
                        rumus=r.isian[AC].rumus,
                        sel=r.isian[AC].sel,
                    ),
                },
            )
            if r.baris == 47
            else r
            for r in _tabel().ringkasan
        )
        tabel = attrs.evolve(_tabel(), ringkasan=ringkasan)
        h = e81.periksa(_ringkasan(tabel, 48, AC, rumus=rumus, nilai=nilai))
        t = _di(h, "AC48")
        assert (t is not None) is temuan, (teks, rumus)
        if t is not None:
            assert t.temuan.aturan == "rata-rata"


# -- a summary SUM of Rp: the program's children, each once -----------------------------------


def test_a_summary_sum_of_rp_over_further_indicators_counts_their_rp_again() -> None:
    h = e81.periksa(_tabel())
    t = _di(h, "J38")
    assert t is not None
    assert (t.temuan.aturan, t.temuan.tingkat.value, t.temuan.dihitung) == (
        "rumus-jumlah",
        "tinggi",
        "rows 18, 36, 37",
    )
    assert "counting again the Rp of rows 19-35 (further indicators" in t.temuan.keterangan
    assert "whose Rp add up to 1.125.000" in t.temuan.keterangan
    # the same formula on K counts each indicator once: no finding; row 45's Rp agree
    assert _di(h, "K38") is None
    assert _di(h, "J45") is None
    ringkasan = {t.sel for t in h.temuan if t.temuan.aturan == "rumus-jumlah"}
    assert ringkasan == {f"{c}38" for c in ("J", "N", "P", "R", "T", "V", "X", "AB")}


@pytest.mark.parametrize(
    ("rumus", "temuan"),
    [("=SUM(J43:J44)", False), ("=SUM(J43:J43)", True), ("=SUM(J42:J44)", True)],
)
def test_a_summary_sum_of_rp_takes_each_child_once(rumus: str, temuan: bool) -> None:
    h = e81.periksa(_ringkasan(_tabel(), 45, (Kolom.TARGET_RENSTRA, Bagian.RP), rumus=rumus))
    t = _di(h, "J45")
    assert (t is not None and t.temuan.aturan == "rumus-jumlah") is temuan


@given(st.integers(min_value=1, max_value=60))
def test_the_program_above_a_row_is_the_nearest_program_row_above_it(baris: int) -> None:
    tabel = _tabel()
    p = PeriksaRingkasan(tabel, kolom_tabel={}, no_baris={}, pencatat=_Pencatat())
    atas = [
        b.sel_nama.baris
        for b in tabel.baris
        if b.jenjang is Jenjang.PROGRAM and b.sel_nama and b.sel_nama.baris < baris
    ]
    assert p.program_di_atas(baris) == max(atas, default=None)


class _Pencatat:
    def __init__(self) -> None:
        self.sudah: set[tuple[int, int]] = set()

    def simpan(self, kunci: tuple[int, int], sel: object, t: object) -> None: ...

    def catat(self, kunci: tuple[int, int], catatan: str) -> bool:
        return False


# -- a predikat ladder rating a %-formatted cell: Excel compares what it stores ----------------


def test_a_ladder_rating_a_percent_formatted_cell_compares_the_stored_fraction(
    tmp_path: Path,
) -> None:
    # Y48 shows 100% (stores 1): IF(Y48<=50,"Sangat Rendah",...) gives "Sangat Rendah", as
    # Y49 stores; the scale rates the 100% it means "Sangat Tinggi"
    def ubah(ws: Any) -> None:
        ws["Y48"].number_format = "0%"

    h = _buku(tmp_path, ubah, {"Y48": 1, "Y49": "Sangat Rendah"})
    t = _di(h, "Y49")
    assert t is not None
    assert (t.temuan.aturan, t.temuan.dicetak, t.temuan.dihitung) == (
        "predikat",
        "Sangat Rendah",
        "Sangat Tinggi",
    )
    assert t.temuan.keterangan.startswith("Y48 holds 100% (stored 1, % format); ")
    assert "a ladder written for percentages rates a cell that stores fractions" in (
        t.temuan.keterangan
    )
    assert "does not follow its formula" not in t.temuan.keterangan
    # a label the stored fraction does not give is still typed over
    h = _buku(tmp_path, ubah, {"Y48": 1, "Y49": "Sedang"})
    t = _di(h, "Y49")
    assert t is not None
    assert "the formula itself gives 'Sangat Rendah'" in t.temuan.keterangan
