"""E.81: a number of a percentage column whose format differs from its column's.

A column whose numbers mostly show a % holds fractions (0.5 is 50%); a number
there without the format is read like its column and reported (``format-persen``),
since the sheet shows 0,5 where its neighbours show 50%. A column with as many
numbers of each format is not guessed: each number is read as it shows, and the
column is reported once. Only the numbers other than 0 vote: 0 is 0% either way.
A consistent workbook reads and audits as before.
"""

from __future__ import annotations

import zipfile
from fractions import Fraction
from pathlib import Path
from typing import Any, Final

import attrs
import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sakip import e81
from sakip.audit import Tingkat
from sakip.e81 import Bagian, Kolom
from sakip.e81._susun import IsianTanpaPersen, tabel
from sakip.e81.berkas_xlsx import muat_lembar
from sakip.e81.layout import Lembar, SelMentah, TataLetak
from tests.test_e81_layout import buat_permendagri, buat_persen

CAPAIAN_K: Final = (Kolom.CAPAIAN_RENJA, Bagian.K)
V: Final = 22  # tingkat capaian Renja K in the Permendagri layout, rows 8 to 13
BARIS: Final = range(8, 14)


def _temuan(h: e81.HasilE81) -> set[tuple[str, str, str]]:
    return {(t.sel, t.temuan.aturan, t.temuan.dicetak) for t in h.temuan}


def _format(h: e81.HasilE81) -> list[e81.TemuanE81]:
    return [t for t in h.temuan if t.temuan.aturan == "format-persen"]


def _capaian(path: Path, isi: dict[int, tuple[float, bool]]) -> e81.HasilE81:
    """The Permendagri workbook with tingkat capaian Renja K typed in: row -> (value, % format)."""

    def ubah(ws: Any) -> None:
        for r, (v, persen) in isi.items():
            ws.cell(row=r, column=V, value=v).number_format = "0.00%" if persen else "General"

    return e81.periksa_berkas(buat_permendagri(path, ubah=ubah))


def _kolom(h: e81.HasilE81) -> list[Fraction | None]:
    return [b.angka(*CAPAIAN_K) for b in h.tabel.baris]


# -- a consistent workbook --------------------------------------------------------------


def test_a_consistent_column_reads_as_fractions_with_no_finding(tmp_path: Path) -> None:
    h = _capaian(tmp_path / "e81.xlsx", dict.fromkeys(BARIS, (0.5, True)))
    assert _kolom(h) == [50] * 6
    assert not _format(h)
    assert not [i for b in h.tabel.baris for i in b.isian.values() if type(i) is not e81.Isian]


def test_the_real_workbook_reads_and_audits_as_before() -> None:
    """Its % columns hold 85 formatted numbers and a few unformatted ones, all 0 (0% either
    way): nothing is decided by the column's format, so no cell is kept apart."""
    h = e81.periksa_berkas(e81.CONTOH_DELI_SERDANG)
    assert len(h.temuan) == 215
    assert not _format(h)
    assert not [i for b in h.tabel.baris for i in b.isian.values() if type(i) is not e81.Isian]


# -- one number without the format: read as its column, reported --------------------------


def test_one_cell_that_lost_its_format_is_read_as_its_column_and_reported(
    tmp_path: Path,
) -> None:
    rata = _capaian(tmp_path / "rata.xlsx", dict.fromkeys(BARIS, (0.5, True)))
    h = _capaian(tmp_path / "e81.xlsx", {**dict.fromkeys(BARIS, (0.5, True)), 9: (0.5, False)})
    assert _kolom(h) == _kolom(rata) == [50] * 6  # the same figures
    assert h.hasil == rata.hasil
    (t,) = _format(h)
    assert (t.lembar, t.sel) == ("E81", "V9")
    assert t.temuan.tingkat is Tingkat.RENDAH
    assert (t.temuan.dicetak, t.temuan.dihitung) == ("0,5 (no % format)", "50%")
    assert t.temuan.letak.startswith("'E81'!V9 / ")
    assert t.temuan.letak.endswith("/ tingkat capaian renja K")
    assert "5 of the column's 6 numbers other than 0 show a %" in t.temuan.keterangan
    assert "where it means 50%" in t.temuan.keterangan
    assert _temuan(h) - {("V9", "format-persen", t.temuan.dicetak)} == _temuan(rata)
    isi = h.tabel.baris[1].isi(*CAPAIAN_K)
    assert isinstance(isi, IsianTanpaPersen)
    assert (isi.pecahan, isi.tertera, isi.nilai) == (True, Fraction(1, 2), Fraction(50))


def test_a_real_cell_that_lost_its_format_is_reported_with_its_sheet(tmp_path: Path) -> None:
    """Q15 of the Deli Serdang workbook (triwulan I %, 0.5) given a plain number format."""
    asli = e81.periksa_berkas(e81.CONTOH_DELI_SERDANG)
    q15 = '<c r="Q15" s="166"><v>0.5</v></c>'  # s=166: a % format; s=165: a number format
    salinan = tmp_path / "q15.xlsx"
    with (
        zipfile.ZipFile(e81.CONTOH_DELI_SERDANG) as zi,
        zipfile.ZipFile(salinan, "w", zipfile.ZIP_DEFLATED) as zo,
    ):
        for info in zi.infolist():
            data = zi.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                xml = data.decode("utf-8")
                assert xml.count(q15) == 1
                data = xml.replace(q15, q15.replace('s="166"', 's="165"')).encode("utf-8")
            zo.writestr(info, data)
    h = e81.periksa_berkas(salinan)
    assert h.hasil == asli.hasil
    (t,) = _format(h)
    assert (t.lembar, t.sel, t.temuan.dihitung) == ("Realisasi TW IV", "Q15", "50%")
    # 49 numbers other than 0 (44 zeros aside), all formatted but Q15 now
    assert "48 of the column's 49 numbers other than 0 show a %" in t.temuan.keterangan
    assert len(h.temuan) == len(asli.temuan) + 1


def test_a_cell_with_another_finding_keeps_it_and_gains_a_note(tmp_path: Path) -> None:
    """A cumulative % of 1.5 without the format is read 150%: the satuan finding keeps the
    cell (one finding per cell) and says how the number was read."""
    p = buat_persen(tmp_path / "p.xlsx")
    wb = openpyxl.load_workbook(p)
    ws: Any = wb.active
    ws.cell(row=8, column=12, value=1.5).number_format = "General"  # triwulan I % of row 2
    wb.save(p)
    h = e81.periksa_berkas(p)
    assert h.tabel.baris[1].angka(Kolom.TRIWULAN_1, Bagian.PERSEN) == 150
    (t,) = [t for t in h.temuan if t.sel == "L8"]
    assert t.temuan.aturan == "satuan"
    assert t.temuan.keterangan.endswith(
        "the cell has no % format: it shows 1,5, read as 150% like its column "
        "(3 of 4 numbers other than 0 show a %)"  # L7 and L9 hold 0: no vote
    )
    assert not _format(h)


# -- a tie: each number read as it shows, the column reported once --------------------------


def test_a_tied_column_is_read_as_each_cell_shows_and_reported_once(tmp_path: Path) -> None:
    isi = {8: (0.5, True), 9: (0.5, False), 10: (0.5, True), 11: (0.75, False)}
    h = _capaian(tmp_path / "e81.xlsx", {**isi, 12: (0.5, True), 13: (0.25, False)})
    assert _kolom(h) == [50, Fraction(1, 2), 50, Fraction(3, 4), 50, Fraction(1, 4)]
    (t,) = _format(h)
    assert (t.lembar, t.sel, t.temuan.tingkat) == ("E81", "V9", Tingkat.SEDANG)
    assert (t.temuan.dicetak, t.temuan.dihitung) == (
        "0,5 (no % format)",
        "0,5 (read as shown, not 50%)",
    )
    ket = t.temuan.keterangan
    assert "3 of the column's 6 numbers other than 0 show a % and as many do not" in ket
    assert "(3: V9 0,5, V11 0,75, V13 0,25)" in ket
    assert "does not guess" in ket


def test_zeros_do_not_vote_a_column_into_a_tie(tmp_path: Path) -> None:
    """Three numbers show a %, two plain ones do not, and a plain 0: counted with the 0,
    3 of 6 would be a tie (each read as shown, 0,5 and 0,75); the 0 is 0% either way, so
    3 of the 5 others decide: the plain ones are fractions that lost the format."""
    isi = {8: (0.5, True), 9: (0.5, False), 10: (0.5, True), 11: (0.75, False)}
    h = _capaian(tmp_path / "e81.xlsx", {**isi, 12: (0.5, True), 13: (0, False)})
    assert _kolom(h) == [50, 50, 50, 75, 50, 0]
    assert [(t.sel, t.temuan.dihitung) for t in _format(h)] == [("V9", "50%"), ("V11", "75%")]
    (t, _) = _format(h)
    assert "3 of the column's 5 numbers other than 0 show a %" in t.temuan.keterangan


def test_zeros_do_not_vote_a_column_into_fractions(tmp_path: Path) -> None:
    """Four zeros formatted as % beside two plain 85s: counted with the zeros, 4 of 6
    would read each 85 as 8500%; without them, 0 of 2 show a %, and 85 is 85."""
    isi = dict.fromkeys(range(8, 12), (0, True))
    h = _capaian(tmp_path / "e81.xlsx", {**isi, 12: (85, False), 13: (85, False)})
    assert _kolom(h) == [0, 0, 0, 0, 85, 85]
    assert not _format(h)


def test_a_tie_is_reported_even_when_its_first_plain_number_has_another_finding(
    tmp_path: Path,
) -> None:
    """L8 (-0,5, a share below 0) keeps its satuan finding, with a note; the column's
    finding, listing every number without the format, stands at the next one, L10."""
    p = buat_persen(tmp_path / "p.xlsx")
    wb = openpyxl.load_workbook(p)
    ws: Any = wb.active
    ws.cell(row=8, column=12).value = -0.5
    for r in (8, 10):  # triwulan I %: 2 of its 4 numbers other than 0 lose the % format
        ws.cell(row=r, column=12).number_format = "General"
    wb.save(p)
    h = e81.periksa_berkas(p)
    (l8,) = [t for t in h.temuan if t.sel == "L8"]
    assert l8.temuan.aturan == "satuan"
    assert l8.temuan.keterangan.endswith("this cell, without one, is read as it shows (-0,5)")
    (t,) = _format(h)
    assert (t.sel, t.temuan.tingkat) == ("L10", Tingkat.SEDANG)
    assert "(2: L8 -0,5, L10 0,25)" in t.temuan.keterangan


def test_plain_zeros_beside_formatted_numbers_decide_nothing(tmp_path: Path) -> None:
    isi = {r: (0.5, True) if r % 2 else (0, False) for r in BARIS}
    h = _capaian(tmp_path / "e81.xlsx", isi)
    assert _kolom(h) == [0, 50, 0, 50, 0, 50]
    assert not _format(h)


def test_a_column_mostly_without_the_format_reads_each_cell_as_it_shows(
    tmp_path: Path,
) -> None:
    isi = {r: (0.5, r < 10) for r in BARIS}
    h = _capaian(tmp_path / "e81.xlsx", isi)
    assert _kolom(h) == [50, 50] + [Fraction(1, 2)] * 4
    assert not _format(h)


# -- the rule over every mix of formats and values ---------------------------------------------


@pytest.fixture(scope="module")
def permendagri(tmp_path_factory: pytest.TempPathFactory) -> tuple[Lembar, TataLetak]:
    return muat_lembar(buat_permendagri(tmp_path_factory.mktemp("e81") / "e81.xlsx"))


def _dengan_kolom(lembar: Lembar, isi: list[tuple[int, bool]]) -> Lembar:
    baris = [list(r) for r in lembar.sel]
    for r, (v, persen) in zip(BARIS, isi, strict=True):
        baris[r - 1] += [SelMentah()] * (V - len(baris[r - 1]))
        baris[r - 1][V - 1] = SelMentah(nilai=v / 100 if persen else v, format_persen=persen)
    return attrs.evolve(lembar, sel=tuple(tuple(r) for r in baris))


@settings(max_examples=60, deadline=None)
@given(
    isi=st.lists(
        st.tuples(st.sampled_from([0, 25, 50, 125]), st.booleans()), min_size=6, max_size=6
    )
)
def test_each_number_is_read_by_the_rule_and_reported_when_the_rule_decides_it(
    permendagri: tuple[Lembar, TataLetak], isi: list[tuple[int, bool]]
) -> None:
    """A typed number v: formatted, it holds v/100; plain, it holds v. Formatted numbers
    read v always; plain ones read v, except in a column whose numbers other than 0 are
    mostly formatted (100 v). A 0 has no vote."""
    lembar, tata = permendagri
    t = tabel(_dengan_kolom(lembar, isi), tata, judul="", batas_baris=100, rumus_terbaca=True)
    h = e81.periksa(t)
    memilih = [p for v, p in isi if v]
    persen = sum(memilih)
    mayoritas, seri = 2 * persen > len(memilih), persen > 0 and 2 * persen == len(memilih)
    polos = [r for r, (v, p) in zip(BARIS, isi, strict=True) if not p and v]
    for b, (v, p) in zip(t.baris, isi, strict=True):
        assert b.angka(*CAPAIAN_K) == (v * 100 if mayoritas and not p else v)
    sel = [x.sel for x in _format(h)]
    if mayoritas:
        assert sel == [f"V{r}" for r in polos]
    elif seri and polos:
        assert sel == [f"V{polos[0]}"]
    else:
        assert sel == []
