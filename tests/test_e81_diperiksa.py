"""E.81: the count of checked cells (``HasilE81.diperiksa``).

Every cell a check judges counts, whatever its verdict, and once however many checks
judge it: a parent's formula in its own column (``rumus-induk``) counts whether it
covers its children or not, and a parent's Rp, whose formula ``rumus-induk`` judges
and whose sum ``jumlah-induk`` compares, is one cell.
"""

from __future__ import annotations

import zipfile
from fractions import Fraction
from pathlib import Path
from typing import Final

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sakip import e81
from sakip.e81 import Bagian, Baris, Isian, Jenjang, Kolom, Sel, TabelE81
from tests.test_e81_rujukan import _tabel

TARGET_RP: Final = (Kolom.TARGET_RENJA, Bagian.RP)


@settings(max_examples=40, deadline=None)
@given(baris=st.lists(st.sampled_from([90, 91, 92, 93, 94, 95]), min_size=1, max_size=5))
def test_a_parents_formula_counts_whatever_rows_it_covers(baris: list[int]) -> None:
    # Y92, the kegiatan's triwulan IV K over its sub kegiatan 93 and 94: right or wrong,
    # the formula is one cell judged
    rumus = "=" + "+".join(f"Y{r}" for r in baris)
    tanpa = e81.periksa(_tabel({})).diperiksa  # a typed number: rumus-induk judges nothing
    assert e81.periksa(_tabel({"Y92": "=Y93+Y94"})).diperiksa == tanpa + 1
    assert e81.periksa(_tabel({"Y92": rumus})).diperiksa == tanpa + 1


def _rp(rumus: str) -> TabelE81:
    """A kegiatan (row 92) over two sub kegiatan, target Renja Rp (column O) only."""

    def baris(r: int, jenjang: Jenjang, nilai: int, rumus: str | None) -> Baris:
        isi = Isian(nilai=Fraction(nilai), rumus=rumus, sel=Sel(lembar="E81", baris=r, kolom=15))
        return Baris(
            jenjang=jenjang,
            nama=f"Baris {r}",
            isian={TARGET_RP: isi},
            sel_nama=Sel(lembar="E81", baris=r, kolom=3),
        )

    semua = (
        baris(92, Jenjang.KEGIATAN, 300, rumus),
        baris(93, Jenjang.SUB_KEGIATAN, 100, None),
        baris(94, Jenjang.SUB_KEGIATAN, 200, None),
    )
    return TabelE81(judul="rp", baris=semua, kolom_ada=frozenset({TARGET_RP}), rumus_terbaca=True)


@pytest.mark.parametrize(
    ("rumus", "temuan"),
    [
        ("=O93+O94", []),
        ("=O93+O94+O94", [("O92", "rumus-induk")]),  # skips nothing, counts O94 twice
        ("=SUM(O93:O95)", [("O92", "rumus-induk")]),  # reaches past the table
    ],
)
def test_a_parents_rp_judged_by_two_checks_is_one_cell(
    rumus: str, temuan: list[tuple[str, str]]
) -> None:
    h = e81.periksa(_rp(rumus))
    assert [(t.sel, t.temuan.aturan) for t in h.temuan] == temuan
    assert h.diperiksa == 1


def test_the_real_workbook_counts_a_parents_formula_right_or_wrong(tmp_path: Path) -> None:
    """R12 of Deli Serdang (=SUM(R13+R55+R70+R91+R96), rumus-induk) written over its
    children alone (=SUM(R13+R55+R70)): the finding goes, the count stays."""
    asli = e81.periksa_berkas(e81.CONTOH_DELI_SERDANG)
    salah, benar = "<f>SUM(R13+R55+R70+R91+R96)</f>", "<f>SUM(R13+R55+R70)</f>"
    salinan = tmp_path / "r12.xlsx"
    with (
        zipfile.ZipFile(e81.CONTOH_DELI_SERDANG) as zi,
        zipfile.ZipFile(salinan, "w", zipfile.ZIP_DEFLATED) as zo,
    ):
        for info in zi.infolist():
            data = zi.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                xml = data.decode("utf-8")
                assert xml.count(salah) == 1
                data = xml.replace(salah, benar).encode("utf-8")
            zo.writestr(info, data)
    h = e81.periksa_berkas(salinan)
    r12 = [t.temuan.aturan for t in asli.temuan if t.sel == "R12"]
    assert r12 == ["rumus-induk"]
    assert "R12" not in {t.sel for t in h.temuan if t.temuan.aturan == "rumus-induk"}
    assert h.diperiksa == asli.diperiksa == 1318
