"""E.81 summary rows: averages of Rp columns, and formulas naming another program's block.

The real Sukabumi 2018 table (``tests/data/e81/README.md``), as read and changed one summary
cell at a time (the helpers of ``test_e81_ringkasan``). Its summary rows repeat one block of
formulas per program (rows 38-41 under program 17, rows 45-49 under program 42):

- an ``AVERAGE`` of a capaian Rp column (a percentage) is over the program's children, each
  once, as a ``SUM`` of Rp is (a further indicator repeats its kegiatan's Rp); an ``AVERAGE``
  of an Rp column of amounts (pagu, realisasi) is no figure of the program, whose Rp is the
  sum of its children's (``rumus-rata``);
- a ratio of two cells (``=M38/H38*100``) names its own block's cells (``rujukan-program``:
  ``=O45/$M$38*100`` in O46 divides by program 17's cell) and, when it divides two averages
  or two sums, holds their quotient (``rasio-ringkasan``).
"""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip import e81
from sakip.e81 import Bagian, Kolom
from sakip.e81._ringkasan import MAKS_RUMUS, rasio
from sakip.e81.model import huruf_kolom
from tests.test_e81_ringkasan import AB, TANGGA, Y, _di, _ringkasan, _tabel

AD = (Kolom.CAPAIAN_RENSTRA, Bagian.RP)
TW1 = (Kolom.TRIWULAN_1, Bagian.K)


def _aturan(h: e81.HasilE81, sel: str) -> str | None:
    t = _di(h, sel)
    return None if t is None else t.temuan.aturan


# -- an AVERAGE of Rp ---------------------------------------------------------------------


def test_an_average_of_rp_amounts_is_a_finding_the_program_sums_them() -> None:
    h = e81.periksa(_tabel())
    t = _di(h, "AB45")
    assert t is not None
    assert (t.temuan.aturan, t.temuan.tingkat.value, t.temuan.dicetak, t.temuan.dihitung) == (
        "rumus-rata",
        "tinggi",
        "=AVERAGE(AB43:AB44)",
        "the sum of rows 43-44, 328.600",
    )
    assert "the row's other Rp amounts are sums: J45, L45, N45" in t.temuan.keterangan
    assert "whose Rp add up to 328.600 (the cell holds 164.300)" in t.temuan.keterangan
    t = _di(h, "L38")
    assert t is not None
    assert (t.temuan.aturan, t.temuan.dihitung) == (
        "rumus-rata",
        "the sum of rows 18, 36, 37, 375.000",
    )
    assert "counting again the Rp of rows 19-35 (further indicators" in t.temuan.keterangan
    # the sum in AB45's place is no finding
    tabel = _ringkasan(_tabel(), 45, AB, rumus="=SUM(AB43:AB44)", nilai=Fraction(328600))
    h = e81.periksa(tabel)
    assert _di(h, "AB45") is None
    assert "AB45" in {x.a1 for x in h.ringkasan_diperiksa}


def test_an_average_of_capaian_rp_over_further_indicators_counts_their_kegiatan_again() -> None:
    h = e81.periksa(_tabel())
    for sel, rata in (("AD38", "58,3328"), ("Z40", "100")):
        t = _di(h, sel)
        assert t is not None
        # the figure agrees with the children's mean (every row holds it): the range is
        # wrong, the figure is not, so the finding is low
        assert (t.temuan.aturan, t.temuan.tingkat.value, t.temuan.dihitung) == (
            "rumus-rata",
            "rendah",
            "rows 18, 36, 37",
        )
        assert "counting again the Rp of rows 19-35" in t.temuan.keterangan
        assert f"Rp average {rata} (the cell holds {rata}): the figure is right" in (
            t.temuan.keterangan
        )
    # a stored figure that differs from the children's mean keeps the column's severity
    tabel = _ringkasan(_tabel(), 38, AD, nilai=Fraction(50))
    t = _di(e81.periksa(tabel), "AD38")
    assert t is not None
    assert (t.temuan.aturan, t.temuan.tingkat.value) == ("rumus-rata", "tinggi")
    # program 42's averages of capaian Rp take its kegiatan 43 and 44, each once
    assert _di(h, "AD45") is None
    assert _di(h, "Z47") is None
    assert _di(h, "AD47") is None
    # in K the further indicators 19-35 are indicators of their own: Y40 averages them all
    assert _di(h, "Y40") is None
    assert _di(h, "H38") is None


@pytest.mark.parametrize(
    ("rumus", "harap"),
    [
        ("=AVERAGE(AD42:AD44)", None),  # the program row is no child
        ("=AVERAGE(AD43:AD43)", None),  # kegiatan 44 left out
        ("=AVERAGE(AD43:AD45)", "and rows 45, no data rows"),  # its own summary row
    ],
)
def test_an_average_of_capaian_rp_over_other_rows_than_the_children(
    rumus: str, harap: str | None
) -> None:
    h = e81.periksa(_ringkasan(_tabel(), 45, AD, rumus=rumus))
    t = _di(h, "AD45")
    assert t is not None
    assert (t.temuan.aturan, t.temuan.dihitung) == ("rumus-rata", "rows 43-44")
    assert "the children of the program at row 42 are 43-44" in t.temuan.keterangan
    if harap is not None:
        assert harap in t.temuan.keterangan


# -- a ratio naming another program's block ------------------------------------------------


def test_the_quarter_ratios_of_program_42_divide_by_program_17s_cells() -> None:
    h = e81.periksa(_tabel())
    assert [t.sel for t in h.temuan if t.temuan.aturan == "rujukan-program"] == [
        f"{c}46" for c in "OPQRSTUV"
    ]
    t = _di(h, "O46")
    assert t is not None
    assert (t.temuan.tingkat.value, t.temuan.dicetak, t.temuan.dihitung) == (
        "sedang",
        "=O45/$M$38*100",
        "M45 (the block of the program at row 42)",
    )
    assert t.temuan.keterangan == (
        "$M$38 is a summary cell of the program at row 17 (=AVERAGE(M18:M37)), its row "
        "anchored ($), so copying the formula down from that program's block kept it there; "
        "in its place this block has M45 (=AVERAGE(M43:M44)); with M45 the ratio is 2, "
        "where the cell holds 0,018841"
    )
    t = _di(h, "P46")  # a Rp ratio: high
    assert t is not None
    assert (t.temuan.tingkat.value, t.temuan.dihitung) == (
        "tinggi",
        "N45 (the block of the program at row 42)",
    )
    assert "with N45 the ratio is 10,955569" in t.temuan.keterangan
    # program 17's own =O38/$M$38*100 names its own block: audited, no finding
    assert _di(h, "O39") is None
    assert {"O39", "O46", "P46"} <= {x.a1 for x in h.ringkasan_diperiksa}


@pytest.mark.parametrize(
    ("baris", "rumus", "harap", "catatan"),
    [
        # a data row of program 17, in the place of kegiatan 43 of program 42
        (
            46,
            "=O45/M18*100",
            "M43 (the block of the program at row 42)",
            "under the program at row 17",
        ),
        # no row of program 42 stands 20 rows below it
        (
            46,
            "=O45/M37*100",
            "(none) (the block of the program at row 42)",
            "has no cell in its place",
        ),
        # program 17's block naming program 42's
        (
            39,
            "=O38/M45*100",
            "M38 (the block of the program at row 17)",
            "in its place this block has M38",
        ),
    ],
)
def test_a_ratio_naming_another_programs_rows(
    baris: int, rumus: str, harap: str, catatan: str
) -> None:
    h = e81.periksa(_ringkasan(_tabel(), baris, TW1, rumus=rumus))
    t = _di(h, f"O{baris}")
    assert t is not None
    assert (t.temuan.aturan, t.temuan.dihitung) == ("rujukan-program", harap)
    assert catatan in t.temuan.keterangan
    assert "anchored" not in t.temuan.keterangan


def test_a_ladder_rating_another_programs_average() -> None:
    h = e81.periksa(_ringkasan(_tabel(), 49, Y, rumus=TANGGA.format(c="$Y$40")))
    t = _di(h, "Y49")
    assert t is not None
    assert (t.temuan.aturan, t.temuan.dihitung) == (
        "rujukan-program",
        "Y47 (the block of the program at row 42)",
    )
    assert t.temuan.keterangan.startswith("$Y$40 is a summary cell of the program at row 17")
    assert "in its place this block has Y47 (=AVERAGE(Y43:Y44))" in t.temuan.keterangan


_BLOK = {17: (38, 39, 40), 42: (45, 46, 47)}
_KOLOM_ANGKA = ("H", "M", "N", "O", "P", "W", "X", "AA", "AC")


@given(
    st.sampled_from(sorted(_BLOK)),
    st.sampled_from(sorted(_BLOK)),
    st.tuples(st.sampled_from(_KOLOM_ANGKA), st.sampled_from((0, 1, 2))),
    st.tuples(st.sampled_from(_KOLOM_ANGKA), st.sampled_from((0, 1, 2))),
)
def test_a_ratio_is_a_finding_exactly_when_it_names_another_block(
    sendiri: int, lain: int, a: tuple[str, int], b: tuple[str, int]
) -> None:
    # O46 (block 42) or O39 (block 17) dividing a cell of one block by a cell of another
    baris = 46 if sendiri == 42 else 39
    rumus = f"={a[0]}{_BLOK[sendiri][a[1]]}/{b[0]}{_BLOK[lain][b[1]]}*100"
    h = e81.periksa(_ringkasan(_tabel(), baris, TW1, rumus=rumus))
    assert (_aturan(h, f"O{baris}") == "rujukan-program") is (sendiri != lain)


# -- the value of a ratio of two averages or two sums ------------------------------------


@pytest.mark.parametrize(
    ("nilai", "temuan"), [(Fraction(2), False), (Fraction("2.0000000000001"), False), (3, True)]
)
def test_a_ratio_of_its_own_blocks_averages_holds_their_quotient(
    nilai: Fraction, temuan: bool
) -> None:
    # O45 / M45 x 100 = 0,5 / 25 x 100 = 2
    h = e81.periksa(_ringkasan(_tabel(), 46, TW1, rumus="=O45/M45*100", nilai=Fraction(nilai)))
    t = _di(h, "O46")
    assert (t is not None) is temuan
    assert "O46" in {x.a1 for x in h.ringkasan_diperiksa}
    if t is not None:
        assert (t.temuan.aturan, t.temuan.dicetak, t.temuan.dihitung) == (
            "rasio-ringkasan",
            "3",
            "2",
        )
        assert t.temuan.rumus.startswith("O45 / M45 x 100 (Excel's / on stored values")


def test_a_ratio_over_a_zero_average_is_excels_div0() -> None:
    tabel = _ringkasan(_tabel(), 46, TW1, rumus="=O45/M45*100", nilai=Fraction(2))
    tabel = _ringkasan(tabel, 45, (Kolom.TARGET_RENJA, Bagian.K), nilai=Fraction(0))
    t = _di(e81.periksa(tabel), "O46")
    assert t is not None
    assert (t.temuan.aturan, t.temuan.dihitung) == ("rasio-ringkasan", "#DIV/0!")
    assert "M45 is 0: Excel's / fails" in t.temuan.keterangan


def test_a_ratio_of_unlike_figures_stays_not_audited() -> None:
    # K39 divides a sum (K38) by an average (H38); AC39 a ratio (AA39) by a copy (H39)
    h = e81.periksa(_tabel())
    tidak = {x.a1 for x in h.ringkasan_tidak}
    assert {"K39", "AC39", "AD39", "AB46", "AC46", "AD46"} <= tidak
    # the same unlike ratio is a finding once it names another block
    h = e81.periksa(
        _ringkasan(_tabel(), 46, (Kolom.REALISASI_RENSTRA_LALU, Bagian.K), rumus="=K45/H38*100")
    )
    assert _aturan(h, "K46") == "rujukan-program"
    # a copy that copies itself is no average: the ratio over it stays not audited
    h_kolom = (Kolom.TARGET_RENSTRA, Bagian.K)
    tabel = _ringkasan(_tabel(), 39, h_kolom, rumus="=H39")
    h = e81.periksa(_ringkasan(tabel, 39, (Kolom.TARGET_RENJA, Bagian.K), rumus="=M38/H39*100"))
    assert "M39" in {x.a1 for x in h.ringkasan_tidak}


# -- the ratio parser ----------------------------------------------------------------------

_REF = st.tuples(
    st.integers(min_value=1, max_value=16_384), st.integers(min_value=1, max_value=1_048_576)
)


@given(_REF, _REF, st.booleans(), st.booleans(), st.sampled_from(["", " ", "  "]))
def test_the_ratio_parser_reads_back_the_cells_it_is_given(
    a: tuple[int, int], b: tuple[int, int], kurung: bool, kali: bool, spasi: str
) -> None:
    ta, tb = (f"{huruf_kolom(k)}{r}" for k, r in (a, b))
    inti = f"{ta}{spasi}/{spasi}{tb}"
    rumus = "=" + (f"({inti})" if kurung else inti) + (f"{spasi}*{spasi}100" if kali else "")
    r = rasio(rumus)
    assert r is not None
    assert (r.sel, r.teks, r.kali) == ((a, b), (ta, tb), 100 if kali else 1)


@pytest.mark.parametrize(
    "rumus",
    [
        "=O45/M45*100" + " " * MAKS_RUMUS,  # longer than Excel allows
        "=O45/M0*100",  # no row 0
        "=O45/M1048577*100",  # past Excel's last row
        "=O45/Lain!M45*100",  # another sheet
        "=(O45/M45*100",
        "=O45/M45*100*100",
        "=O45*100/M45",
        "=SUM(O45)/M45*100",
        "=" + " " * (MAKS_RUMUS - 2) + "x",  # spaces: each run has one place in the pattern
        "=O45/M45" + " " * (MAKS_RUMUS // 2) + "*" + " " * (MAKS_RUMUS // 3) + "10",
    ],
)
def test_hostile_or_other_ratios_are_no_ratio_and_no_crash(rumus: str) -> None:
    assert rasio(rumus) is None
    h = e81.periksa(_ringkasan(_tabel(), 46, TW1, rumus=rumus, nilai=Fraction(7)))
    assert _di(h, "O46") is None
    assert "O46" in {x.a1 for x in h.ringkasan_tidak}


@pytest.mark.parametrize(
    ("sel", "kunci", "rumus"),
    [("AB45", AB, "=SUM(AB43:AB1048576)"), ("AD38", AD, "=AVERAGE(AD18:AD1048576)")],
)
def test_a_range_to_the_last_row_is_named_in_spans_not_row_by_row(
    sel: str, kunci: tuple[Kolom, Bagian], rumus: str
) -> None:
    # a review found each such finding listing every row to 1048576 (8 MB of text per cell,
    # 66 MB for a 200 KB workbook) and building lists of a million rows per cell
    h = e81.periksa(_ringkasan(_tabel(), int(sel[2:]), kunci, rumus=rumus))
    t = _di(h, sel)
    assert t is not None
    assert "-1048576, no data rows" in t.temuan.keterangan
    assert len(t.temuan.keterangan) < 1000
