"""The format guide's real case of program and kegiatan K matches the workbook it copies.

``docs/panduan/format-berkas.md``, subsection "Indikator program (hasil) dan kegiatan
(keluaran)", transcribes rows 92 to 95 of the real E.81 workbook of Bappedalitbang
Kabupaten Deli Serdang, Renja 2025 (``sakip.e81.CONTOH_DELI_SERDANG``): a program, its
one kegiatan and that kegiatan's two sub kegiatan, each with its own indicator and K,
and each row's realisasi s/d tahun lalu (column 7: K on every row, Rp on the sub
kegiatan). Every transcribed name, K,
Rupiah and printed figure is compared here with the cell it
was copied from, read from the workbook, so a wrong transcription fails; the guide's
doctest must audit the very text of its TOML block.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final

from hypothesis import given, settings
from hypothesis import strategies as st

from sakip import bulatkan, e81
from sakip.angka import baca
from sakip.audit import periksa
from sakip.e81 import Bagian, Baris, Jenjang, Kolom
from sakip.e81.model import KOLOM_TRIWULAN
from sakip.e81.pemeriksaan import TEMPAT_SAMA
from sakip.laporan import JenisBesaran, Kegiatan, Laporan, Program, SubKegiatan, dari_dict
from sakip.triwulan import Konsolidasi

PANDUAN: Final = Path(__file__).parent.parent / "docs" / "panduan" / "format-berkas.md"
JUDUL: Final = "### Indikator program (hasil) dan kegiatan (keluaran)\n"

#: Each code of the transcription: the workbook row it copies, and that row's level.
BARIS: Final = MappingProxyType(
    {
        "p1": (92, Jenjang.PROGRAM),
        "p1.k1": (93, Jenjang.KEGIATAN),
        "p1.k1.s1": (94, Jenjang.SUB_KEGIATAN),
        "p1.k1.s2": (95, Jenjang.SUB_KEGIATAN),
    }
)

#: The report record of each level.
REKAMAN: Final = MappingProxyType(
    {Jenjang.PROGRAM: Program, Jenjang.KEGIATAN: Kegiatan, Jenjang.SUB_KEGIATAN: SubKegiatan}
)

#: The workbook cell each printed quantity is copied from. Their number formats
#: (``#,##0``, ``0%``) print whole numbers, so each is compared rounded to 0 places.
SEL_CETAKAN: Final = MappingProxyType(
    {
        JenisBesaran.PAGU: (Kolom.TARGET_RENJA, Bagian.RP),  # column 8, O
        JenisBesaran.K_PERSEN: (Kolom.TRIWULAN_4, Bagian.PERSEN),  # triwulan IV %, Z
        JenisBesaran.REALISASI_RP: (Kolom.REALISASI_RENJA, Bagian.RP),  # column 13, AC
        JenisBesaran.RPJMD_K: (Kolom.REALISASI_RENSTRA, Bagian.K),  # column 14, AD
        JenisBesaran.RPJMD_RP: (Kolom.REALISASI_RENSTRA, Bagian.RP),  # column 14, AE
    }
)

#: Two K agree within one unit of the 6th place, as the E.81 audit compares a stored
#: figure: Excel stores binary floats (cell Y94 holds 0.9999999999999999 for 2 - 0.6 - 0.4).
SELISIH_SAMA: Final = Fraction(1, 10**TEMPAT_SAMA)


def _bagian() -> str:
    """The guide's subsection, up to the next section or subsection."""
    teks = PANDUAN.read_text(encoding="utf-8")
    awal = teks.index(JUDUL)
    return teks[awal : min(teks.index(x, awal) for x in ("\n## ", "\n### "))]


def _blok_toml() -> str:
    """The subsection's one TOML block: the transcription."""
    (blok,) = re.findall(r"```toml\n(.*?)```", _bagian(), re.S)
    return str(blok)


def _toml_doctest() -> str:
    """The TOML text the subsection's doctest audits, without its ``... `` prompts."""
    (kutip,) = re.findall(r'tomllib\.loads\("""\n(.*?)^\.\.\. """\)', _bagian(), re.S | re.M)
    return "".join(b.removeprefix("...").removeprefix(" ") + "\n" for b in str(kutip).splitlines())


@functools.cache
def _baris_buku_kerja() -> Mapping[int, Baris]:
    """The workbook's named rows, by their row number."""
    tabel = e81.baca_xlsx(e81.CONTOH_DELI_SERDANG)
    return MappingProxyType(
        {b.sel_nama.baris: b for b in tabel.baris if b.sel_nama is not None and not b.lanjutan}
    )


def _angka(b: Baris, kolom: Kolom, bagian: Bagian) -> Fraction:
    nilai = b.angka(kolom, bagian)
    assert nilai is not None, f"row {b.nama!r} has no {kolom.value} {bagian.value}"
    return nilai


def _k_beda(a: Fraction | None, b: Fraction) -> bool:
    return a is None or abs(a - b) >= SELISIH_SAMA


def _selisih(lap: Laporan) -> list[str]:
    """Every place where the transcription differs from its workbook cell (none: a match)."""
    beda: list[str] = []
    kode_laporan = {p.kode for p in lap.program} | {
        x.kode for p in lap.program for k in p.kegiatan for x in (k, *k.sub)
    }
    if kode_laporan != set(BARIS):
        beda.append(f"rows {sorted(kode_laporan)}, expected {sorted(BARIS)}")
    for kode, (nomor, jenjang) in BARIS.items():
        if not lap.ada(kode):
            continue
        x, b = lap.cari(kode), _baris_buku_kerja()[nomor]
        tempat = f"{kode} (row {nomor})"
        if b.jenjang is not jenjang or not isinstance(x, REKAMAN[jenjang]):
            beda.append(f"{tempat}: level {b.jenjang.label}, record {type(x).__name__}")
        k = x.keluaran
        if k is None:
            beda.append(f"{tempat}: no K")
            continue
        for medan, ditulis, dicetak in (
            ("nama", x.nama, b.nama),
            ("indikator", k.indikator, b.indikator),
            ("satuan", k.satuan, b.satuan),
        ):
            if ditulis != dicetak:
                beda.append(f"{tempat}: {medan} {ditulis!r}, workbook {dicetak!r}")
        tw_k = k.tw_k or (None, None, None, None)
        for medan, nilai, kolom in (
            ("target_k", k.target_k, Kolom.TARGET_RENJA),
            *((f"tw_k[{i}]", tw_k[i], kol) for i, kol in enumerate(KOLOM_TRIWULAN)),
            ("realisasi_k", k.realisasi_k, Kolom.REALISASI_RENJA),
            # column 7, L: written where the guide gives it (every row)
            *(
                (("realisasi_lalu_k", x.realisasi_lalu_k, Kolom.REALISASI_RENSTRA_LALU),)
                if x.realisasi_lalu_k is not None
                else ()
            ),
        ):
            if _k_beda(nilai, sel := _angka(b, kolom, Bagian.K)):
                beda.append(f"{tempat}: {medan} {nilai}, workbook {float(sel)}")
        rupiah: list[tuple[str, int | None, Kolom]] = [
            ("pagu", x.pagu, Kolom.TARGET_RENJA),
            ("realisasi_rp", x.realisasi_rp, Kolom.REALISASI_RENJA),
        ]
        if isinstance(x, SubKegiatan):
            tw_rp = x.tw_rp or (None, None, None, None)
            rupiah += [(f"tw_rp[{i}]", tw_rp[i], kol) for i, kol in enumerate(KOLOM_TRIWULAN)]
            rupiah.append(("realisasi_lalu_rp", x.realisasi_lalu_rp, Kolom.REALISASI_RENSTRA_LALU))
        for medan, rp, kolom in rupiah:
            if rp != (sel := _angka(b, kolom, Bagian.RP)):
                beda.append(f"{tempat}: {medan} {rp}, workbook {sel}")
        for c in x.dicetak:
            sel = _angka(b, *SEL_CETAKAN[c.besaran.jenis])
            if baca(c.teks) != bulatkan(sel, 0):
                beda.append(f"{tempat}: printed {c.kolom} {c.teks!r}, workbook {float(sel)}")
    return beda


def _laporan(data: Mapping[str, Any]) -> Laporan:
    return dari_dict(dict(data))


def test_the_transcription_matches_the_workbook_cell_by_cell() -> None:
    lap = _laporan(tomllib.loads(_blok_toml()))
    assert _selisih(lap) == []
    # every column of the lampiran is printed on some row and compared above
    assert {c.besaran.jenis for c in lap.semua_cetakan()} == set(SEL_CETAKAN)


def test_the_doctest_audits_the_toml_block_itself() -> None:
    assert _toml_doctest() == _blok_toml()


def test_the_guide_names_the_source_rows_and_the_workbook() -> None:
    bagian = _bagian()
    assert "sakip.e81.CONTOH_DELI_SERDANG" in bagian
    for kode, (nomor, _) in BARIS.items():
        assert f"# baris {nomor}" in bagian, kode


def test_every_row_gives_column_7_k() -> None:
    """L92 and L93 (83, 93) too: the percentage rows add their quarters, not their years."""
    lap = _laporan(tomllib.loads(_blok_toml()))
    for kode in BARIS:
        assert lap.cari(kode).realisasi_lalu_k is not None, kode
    for kode in ("p1", "p1.k1"):
        x = lap.cari(kode)
        assert (x.konsolidasi, x.konsolidasi_renstra) == (Konsolidasi.JUMLAH, Konsolidasi.TERAKHIR)


def test_the_report_audit_and_the_workbook_audit_find_the_same_column_14_sums() -> None:
    """The guide's finding is the workbook's: a percentage added across years (AD = L + AB)."""
    lap = _laporan(tomllib.loads(_blok_toml()))
    laporan = {
        (t.letak.split(" / ")[1].split()[0], t.dicetak, t.dihitung) for t in periksa(lap).temuan
    }
    assert laporan == {("p1", "183", "100"), ("p1.k1", "193", "100")}
    buku = {
        t.sel: (t.temuan.aturan, t.temuan.dicetak, t.temuan.dihitung)
        for t in e81.periksa_berkas(e81.CONTOH_DELI_SERDANG).temuan
        if t.sel in ("AD92", "AD93")
    }
    assert buku == {"AD92": ("konsolidasi", "183", "100"), "AD93": ("konsolidasi", "193", "100")}


# -- the comparison can fail: any one changed figure or name is caught ----------------------


def _baris_toml(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The transcription's row tables in the parsed TOML, by code."""
    p = data["program"][0]
    k = p["kegiatan"][0]
    return {p["kode"]: p, k["kode"]: k, **{s["kode"]: s for s in k["sub"]}}


_MEDAN_K: Final = ("target_k", "realisasi_k", "tw_k")
_MEDAN_TEKS: Final = ("nama", "indikator", "satuan")
_MEDAN_RP: Final = ("pagu", "realisasi_rp", "tw_rp")
#: Column 7: its K on every row (L), its Rp on the sub kegiatan (M; see the guide).
_MEDAN_LALU: Final = ("realisasi_lalu_rp",)


#: Every (code, key) a transcription error could sit in: a sub kegiatan's Rupiah too
#: (a program's and a kegiatan's are the sums of their rows, not written).
UBAHAN: Final = tuple(
    (kode, kunci)
    for kode, (_, jenjang) in BARIS.items()
    for kunci in (
        *_MEDAN_K,
        "realisasi_lalu_k",
        *_MEDAN_TEKS,
        *(_MEDAN_RP + _MEDAN_LALU if jenjang is Jenjang.SUB_KEGIATAN else ()),
        "dicetak",
    )
)


def _geser(lama: Any, langkah: int, indeks: int) -> Any:
    """``lama`` with one number moved by ``langkah`` (thousandths of K, or whole Rupiah)."""
    if isinstance(lama, list):
        baru = list(lama)
        baru[indeks % len(baru)] = _geser(baru[indeks % len(baru)], langkah, indeks)
        return baru
    if isinstance(lama, int):
        return lama + langkah
    return str(Decimal(lama) + Decimal(langkah) / 1000)


def _geser_cetakan(dicetak: dict[str, str], langkah: int, indeks: int) -> dict[str, str]:
    """One printed figure moved by 1 to 99 whole units, written as the guide writes it
    (a percentage stays below 1.000, which would need a decimal separator declared)."""
    kunci = sorted(dicetak)[indeks % len(dicetak)]
    teks = dicetak[kunci]
    angka = f"{int(baca(teks)) + 1 + langkah % 99:,}".replace(",", ".")
    return {**dicetak, kunci: angka + ("%" if teks.endswith("%") else "")}


@settings(max_examples=60, deadline=None)
@given(
    ubahan=st.sampled_from(UBAHAN),
    langkah=st.integers(min_value=1, max_value=10**6),
    indeks=st.integers(min_value=0, max_value=3),
)
def test_any_one_changed_figure_or_name_is_caught(
    ubahan: tuple[str, str], langkah: int, indeks: int
) -> None:
    data = tomllib.loads(_blok_toml())
    kode, kunci = ubahan
    baris = _baris_toml(data)[kode]
    if kunci in _MEDAN_TEKS:
        baris[kunci] += " x"
    elif kunci == "dicetak":
        baris[kunci] = _geser_cetakan(baris[kunci], langkah, indeks)
    else:
        baris[kunci] = _geser(baris[kunci], langkah, indeks)
    assert _selisih(_laporan(data)) != []


def test_a_dropped_row_or_k_is_caught() -> None:
    tanpa_sub = tomllib.loads(_blok_toml())
    tanpa_sub["program"][0]["kegiatan"][0]["sub"].pop()
    tanpa_k = tomllib.loads(_blok_toml())
    kegiatan = tanpa_k["program"][0]["kegiatan"][0]
    for kunci in (
        "indikator",
        "satuan",
        "target_k",
        "tw_k",
        "realisasi_k",
        "konsolidasi",
        "realisasi_lalu_k",
        "konsolidasi_renstra",
    ):
        del kegiatan[kunci]
    kegiatan["dicetak"] = {"pagu": kegiatan["dicetak"]["pagu"]}
    assert _selisih(_laporan(tanpa_sub)) != []
    assert _selisih(_laporan(tanpa_k)) == ["p1.k1 (row 93): no K"]
