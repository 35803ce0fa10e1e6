"""A row that records its year but not its quarters: column 13 typed, never a computed 0.

Most LKjIP lampiran print a row's realisasi for the year only. ``dari_laporan`` leaves the
quarter cells blank and puts the year in column 13 (realisasi Renja) as a typed value;
the writer keeps it a value, with columns 14 and 15 formulas over it; the audit gives one
``triwulan-kosong`` there instead of a mismatch against the quarters' 0, and checks what is
built on it against the typed figure.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sakip import e81
from sakip._eksak import bulatkan_pecahan
from sakip.audit import Tingkat
from sakip.audit._tulis import TakTerhitungError
from sakip.audit.besaran import Hitung
from sakip.e81 import Bagian, Baris, Isian, Jenjang, Kolom, TabelE81
from sakip.e81.model import KOLOM_TRIWULAN
from sakip.errors import InvalidTypeError
from sakip.laporan import Besaran, JenisBesaran, Kegiatan, Laporan, Program, SubKegiatan
from sakip.triwulan import Konsolidasi

R13, R14, R15 = Kolom.REALISASI_RENJA, Kolom.REALISASI_RENSTRA, Kolom.CAPAIAN_RENJA
TW2, TW3 = Kolom.TRIWULAN_2, Kolom.TRIWULAN_3


def _laporan(*program: Program) -> Laporan:
    return Laporan(
        instansi="D",
        tahun=2025,
        judul="J",
        sumber="-",
        renstra=(2025, 2030),
        program=list(program),
    )


def _sub(kode: str, *, tw_rp: tuple[int, int, int, int] | None, **k: Any) -> SubKegiatan:
    return SubKegiatan(kode=kode, nama="S", pagu=1_000, realisasi_rp=900, tw_rp=tw_rp, **k)


_KELUARAN: dict[str, Any] = {
    "indikator": "Dokumen",
    "satuan": "Dok",
    "target_k": Fraction(4),
    "realisasi_k": Fraction(3),
}


def _campuran() -> Laporan:
    """p1.k1: one sub kegiatan with quarters, one without; p1.k2: its only one with."""
    return _laporan(
        Program(
            kode="p1",
            nama="P",
            kegiatan=[
                Kegiatan(
                    kode="p1.k1",
                    nama="K1",
                    sub=[
                        _sub("p1.k1.s1", tw_rp=(100, 200, 300, 300), **_KELUARAN),
                        _sub("p1.k1.s2", tw_rp=None, realisasi_lalu_rp=5_000, **_KELUARAN),
                    ],
                ),
                Kegiatan(
                    kode="p1.k2",
                    nama="K2",
                    sub=[
                        _sub(
                            "p1.k2.s1",
                            tw_rp=(0, 0, 400, 500),
                            tw_k=(Fraction(1), Fraction(1), Fraction(0), Fraction(1)),
                            **_KELUARAN,
                        )
                    ],
                ),
            ],
        )
    )


# -- dari_laporan ------------------------------------------------------------------------


def test_a_row_without_quarters_carries_its_year_typed_in_column_13() -> None:
    program, k1, s1, s2, k2, s3 = e81.dari_laporan(_campuran()).baris
    # the year's K and Rp of a row without quarters: typed, the quarters blank
    for b in (s1, s2):
        assert b.isi(R13, Bagian.K) == Isian(nilai=Fraction(3))
        assert all(b.isi(k, Bagian.K).kosong for k in KOLOM_TRIWULAN)
    assert s2.isi(R13, Bagian.RP) == Isian(nilai=Fraction(900))
    # a parent's Rp year is its sub kegiatan's sum where one of them has no quarters
    assert program.isi(R13, Bagian.RP) == Isian(nilai=Fraction(2_700))
    assert k1.isi(R13, Bagian.RP) == Isian(nilai=Fraction(1_800))
    # a row with quarters is as before: column 13 left to the form
    for b in (s1, k2, s3):
        assert b.isi(R13, Bagian.RP).kosong
    assert s3.isi(R13, Bagian.K).kosong
    assert k2.angka(Kolom.TRIWULAN_4, Bagian.RP) == 500
    # a budget-only program keeps blank K cells, column 13 too
    assert program.isi(R13, Bagian.K).kosong


def test_a_kegiatan_without_sub_kegiatan_has_no_typed_year() -> None:
    # a sum over no row is no figure the report gives: the form's 0 stays
    (program, kegiatan) = e81.dari_laporan(
        _laporan(Program(kode="p1", nama="P", kegiatan=[Kegiatan(kode="p1.k1", nama="K", sub=[])]))
    ).baris
    assert program.isi(R13, Bagian.RP).kosong
    assert kegiatan.isi(R13, Bagian.RP).kosong


# -- the model -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("isian", "diharap"),
    [
        ({(R13, Bagian.RP): Isian(nilai=Fraction(5))}, Fraction(5)),
        ({(R13, Bagian.RP): Isian(nilai=Fraction(0))}, Fraction(0)),
        ({(R13, Bagian.RP): Isian(nilai=Fraction(5), rumus="=L8+N8+P8+R8")}, None),
        # a quarter with anything in it, even 0 or an error, is a recorded quarter
        (
            {
                (R13, Bagian.RP): Isian(nilai=Fraction(5)),
                (TW2, Bagian.RP): Isian(nilai=Fraction(0)),
            },
            None,
        ),
        (
            {(R13, Bagian.RP): Isian(nilai=Fraction(5)), (TW3, Bagian.RP): Isian(galat="#REF!")},
            None,
        ),
        ({}, None),
    ],
)
def test_realisasi_tanpa_triwulan(
    isian: dict[tuple[Kolom, Bagian], Isian], diharap: Fraction | None
) -> None:
    b = Baris(jenjang=Jenjang.SUB_KEGIATAN, nama="s", isian=isian)
    assert b.realisasi_tanpa_triwulan(Bagian.RP) == diharap


def test_a_cumulative_percent_is_a_quarter_of_k() -> None:
    isian = {
        (R13, Bagian.K): Isian(nilai=Fraction(3)),
        (TW2, Bagian.PERSEN): Isian(nilai=Fraction(50)),
    }
    b = Baris(jenjang=Jenjang.SUB_KEGIATAN, nama="s", isian=isian)
    assert b.realisasi_tanpa_triwulan(Bagian.K) is None


@pytest.mark.parametrize("bagian", [Bagian.PERSEN, "Rp", None])
def test_realisasi_tanpa_triwulan_refuses_what_is_no_k_or_rp(bagian: object) -> None:
    b = Baris(jenjang=Jenjang.SUB_KEGIATAN, nama="s")
    with pytest.raises(InvalidTypeError, match=r"^bagian must be Bagian.K or RP"):
        b.realisasi_tanpa_triwulan(bagian)  # type: ignore[arg-type]


# -- the written workbook and its audit ----------------------------------------------------


@pytest.fixture(scope="module")
def campuran(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return e81.tulis_xlsx(e81.dari_laporan(_campuran()), tmp_path_factory.mktemp("c") / "c.xlsx")


def test_the_writer_types_the_year_and_keeps_formulas_over_it(campuran: Path) -> None:
    program, k1, s1, s2, k2, s3 = e81.baca_xlsx(campuran).baris
    # column 13 of a row without quarters is a value; 14 and 15 stay formulas over it
    for b, bagian in (
        (program, Bagian.RP),
        (k1, Bagian.RP),
        (s1, Bagian.K),
        (s2, Bagian.K),
        (s2, Bagian.RP),
    ):
        assert b.isi(R13, bagian).konstanta, (b.nama, bagian)
        assert b.isi(R14, bagian).rumus is not None
        assert b.isi(R15, bagian).rumus is not None
    # with its Excel-stored values computed from the typed year
    assert [s2.angka(k, Bagian.RP) for k in (R13, R14, R15)] == [900, 5_900, 90]
    assert [s2.angka(k, Bagian.K) for k in (R13, R14, R15)] == [3, 3, 75]
    assert [program.angka(k, Bagian.RP) for k in (R13, R15)] == [2_700, 90]
    # a parent whose rows below do not all record the quarters has them blank, not the
    # sum of those that do
    assert all(b.isi(k, Bagian.RP).kosong for b in (program, k1) for k in KOLOM_TRIWULAN)
    # a row with quarters is written as before: column 13 their sum
    for b in (s1, k2, s3):
        assert b.isi(R13, Bagian.RP).rumus is not None
    assert k2.isi(Kolom.TRIWULAN_4, Bagian.RP).rumus is not None
    assert s3.isi(R13, Bagian.K).rumus is not None


def test_the_audit_gives_one_triwulan_kosong_per_typed_year(campuran: Path) -> None:
    h = e81.periksa_berkas(campuran)
    program, k1, s1, s2, _, _ = h.tabel.baris
    diharap = [program.isi(R13, Bagian.RP), k1.isi(R13, Bagian.RP), s1.isi(R13, Bagian.K)]
    diharap += [s2.isi(R13, Bagian.K), s2.isi(R13, Bagian.RP)]
    assert [(t.sel, t.temuan.aturan, t.temuan.tingkat) for t in h.temuan] == [
        (isi.sel.a1, "triwulan-kosong", Tingkat.RENDAH) for isi in diharap if isi.sel
    ]
    t = h.temuan[-1].temuan
    assert (t.dicetak, t.dihitung) == ("900", "(triwulan kosong)")
    assert t.keterangan.startswith("the quarters are not recorded; column 13 is typed")
    # the computed figures are built on the typed year: capaian, Renstra, predikat
    hs2 = h.hasil[3]
    assert [hs2.angka(k, Bagian.RP) for k in (R13, R14, R15)] == [900, 5_900, 90]
    # not 0 and Sangat Rendah, as the quarters' sum would make them
    assert (hs2.angka(R15, Bagian.K), hs2.predikat_k) == (Fraction(75), "Sedang")
    assert h.hasil[0].angka(R13, Bagian.RP) == 2_700


def _ganti(tabel: TabelE81, i: int, kunci: tuple[Kolom, Bagian], isi: Isian) -> TabelE81:
    baris = list(tabel.baris)
    lama = baris[i].isi(*kunci)
    isian = {**baris[i].isian, kunci: attrs.evolve(isi, sel=lama.sel)}
    baris[i] = attrs.evolve(baris[i], isian=isian)
    return attrs.evolve(tabel, baris=tuple(baris))


def test_what_is_built_on_the_typed_year_is_checked_against_it(campuran: Path) -> None:
    # column 15 as the quarters' 0 would make it: wrong against the typed year
    tabel = _ganti(
        e81.baca_xlsx(campuran), 3, (R15, Bagian.K), Isian(nilai=Fraction(0), rumus="=x")
    )
    (t,) = [t for t in e81.periksa(tabel).temuan if t.temuan.aturan != "triwulan-kosong"]
    assert (t.temuan.aturan, t.temuan.dicetak, t.temuan.dihitung) == ("angka", "0", "75")


def test_a_row_with_some_quarters_is_compared_with_them_as_before(campuran: Path) -> None:
    # one quarter filled: the others are not yet reported, column 13 must be their sum
    tabel = _ganti(e81.baca_xlsx(campuran), 3, (TW2, Bagian.RP), Isian(nilai=Fraction(100)))
    temuan = {t.sel: t.temuan for t in e81.periksa(tabel).temuan}
    t = temuan[_a1(tabel.baris[3], (R13, Bagian.RP))]
    assert (t.aturan, t.dicetak, t.dihitung) == ("angka", "900", "100")
    assert t.keterangan.startswith("a typed number, not a formula")


def test_a_year_above_its_pagu_is_melebihi_with_the_note(tmp_path: Path) -> None:
    # the typed year is the row's realisasi: above the pagu it is found (the quarters' 0
    # never was), and the cell's one finding says both
    s = SubKegiatan(kode="p1.k1.s1", nama="S", pagu=1_000, realisasi_rp=1_200)
    lap = _laporan(
        Program(kode="p1", nama="P", kegiatan=[Kegiatan(kode="p1.k1", nama="K", sub=[s])])
    )
    h = e81.periksa_berkas(e81.tulis_xlsx(e81.dari_laporan(lap), tmp_path / "m.xlsx"))
    (t,) = [t.temuan for t in h.temuan if t.temuan.aturan != "triwulan-kosong"]
    assert (t.aturan, t.tingkat, t.dicetak) == ("melebihi", Tingkat.TINGGI, "1.200")
    assert "triwulan-kosong: the quarters are not recorded" in t.keterangan


def test_a_mean_across_years_without_quarters_still_has_its_capaian(tmp_path: Path) -> None:
    # rata_rata: no formula for column 14, and column 15 built on the typed year
    s = _sub(
        "p1.k1.s1",
        tw_rp=(0, 0, 0, 900),
        realisasi_lalu_k=Fraction(2),
        konsolidasi_renstra=Konsolidasi.RATA_RATA,
        **_KELUARAN,
    )
    lap = _laporan(
        Program(kode="p1", nama="P", kegiatan=[Kegiatan(kode="p1.k1", nama="K", sub=[s])])
    )
    h = e81.periksa_berkas(e81.tulis_xlsx(e81.dari_laporan(lap), tmp_path / "r.xlsx"))
    assert [t.temuan.aturan for t in h.temuan] == ["triwulan-kosong"]
    b = h.tabel.baris[2]
    assert (b.angka(R15, Bagian.K), b.isi(R14, Bagian.K).kosong) == (Fraction(75), True)


def test_a_parent_quarter_blank_while_every_row_below_fills_it_is_still_jumlah_induk(
    campuran: Path,
) -> None:
    # k1's rows below both record triwulan I once s2's is filled in: k1's blank is then a
    # sum left out, not a quarter nobody reported
    tw1 = (Kolom.TRIWULAN_1, Bagian.RP)
    tabel = _ganti(e81.baca_xlsx(campuran), 3, tw1, Isian(nilai=Fraction(50)))
    temuan = {t.sel: t.temuan for t in e81.periksa(tabel).temuan}
    program, k1 = tabel.baris[:2]
    t = temuan[_a1(k1, tw1)]
    assert (t.aturan, t.dicetak, t.dihitung) == ("jumlah-induk", "(blank)", "150")
    # the program's triwulan I stays no finding: k2 below it... records it, k1 does not
    assert _a1(program, tw1) not in temuan
    assert temuan[_a1(k1, (R13, Bagian.RP))].aturan == "triwulan-kosong"


def _a1(b: Baris, kunci: tuple[Kolom, Bagian]) -> str:
    sel = b.isi(*kunci).sel
    assert sel is not None
    return sel.a1


# -- round trip: report -> E.81 -> workbook -> audit ---------------------------------------

#: K to two places; Rupiah as Excel holds them exactly.
_K = st.decimals(min_value=0, max_value=10**5, places=2).map(Fraction)
_RP = st.integers(min_value=0, max_value=10**12)


def _bagi(draw: st.DrawFn, jumlah: int) -> tuple[int, int, int, int]:
    """``jumlah`` split into four quarters (what each added)."""
    a, b, c = sorted(draw(st.lists(st.integers(0, jumlah), min_size=3, max_size=3)))
    return (a, b - a, c - b, jumlah - c)


@st.composite
def _laporan_campuran(draw: st.DrawFn) -> Laporan:
    """Rows with and without their quarters (K and Rp drawn apart), realisasi within
    target and pagu (so that ``melebihi`` has nothing to find)."""

    def keluaran() -> dict[str, Any]:
        if not draw(st.booleans()):
            return {}
        realisasi = draw(_K)
        lalu = draw(st.none() | _K)
        medan: dict[str, Any] = {
            "indikator": "Jumlah",
            "satuan": draw(st.sampled_from(["Dok", "Orang"])),
            "target_k": realisasi + draw(_K),
            "realisasi_k": realisasi,
            "realisasi_lalu_k": lalu,
            "konsolidasi_renstra": (
                draw(st.sampled_from([None, *Konsolidasi])) if lalu is not None else None
            ),
        }
        if draw(st.booleans()):  # quarters: their sum, or the last one the level reached
            sen = _bagi(draw, int(realisasi * 100))
            if draw(st.booleans()):
                medan["tw_k"] = tuple(Fraction(x, 100) for x in sen)
            else:  # the levels reached, never falling (written as any rule reads them)
                naik = [Fraction(sum(sen[: n + 1]), 100) for n in range(3)]
                medan["tw_k"] = (*naik, realisasi)
                medan["konsolidasi"] = Konsolidasi.TERAKHIR
        return medan

    program = []
    for p in range(draw(st.integers(1, 2))):
        kegiatan = []
        for k in range(draw(st.integers(1, 2))):
            sub = []
            for n in range(draw(st.integers(0, 3))):
                rp = draw(_RP)
                sub.append(
                    SubKegiatan(
                        kode=f"p{p}.k{k}.s{n}",
                        nama="S",
                        pagu=rp + draw(_RP),
                        tw_rp=_bagi(draw, rp) if draw(st.booleans()) else None,
                        realisasi_rp=rp,
                        realisasi_lalu_rp=draw(st.none() | _RP),
                        **keluaran(),
                    )
                )
            kegiatan.append(Kegiatan(kode=f"p{p}.k{k}", nama="K", sub=sub, **keluaran()))
        program.append(Program(kode=f"p{p}", nama="P", kegiatan=kegiatan, **keluaran()))
    return _laporan(*program)


def _subs(row: Program | Kegiatan | SubKegiatan) -> list[SubKegiatan]:
    if isinstance(row, SubKegiatan):
        return [row]
    return list(row.sub) if isinstance(row, Kegiatan) else list(row.semua_sub())


def _tanpa_triwulan(row: Program | Kegiatan | SubKegiatan) -> list[Bagian]:
    """The parts whose year the report gives without its quarters."""
    bagian = []
    if row.keluaran is not None and row.tw_k is None:
        bagian.append(Bagian.K)
    subs = _subs(row)
    if subs and any(s.tw_rp is None for s in subs):
        bagian.append(Bagian.RP)
    return bagian


def _rpjmd(h: Hitung, jenis: JenisBesaran, kode: str) -> Fraction | None:
    """The report audit's realisasi Renstra (rpjmd_k, rpjmd_rp), None where not computable."""
    try:
        nilai = h.nilai(Besaran(jenis=jenis, kode=(kode,))).eksak
    except TakTerhitungError:
        return None
    return None if nilai is None else Fraction(nilai)


def _capaian(realisasi: Fraction, target: Fraction) -> Fraction | None:
    return realisasi * 100 / target if target else None


@settings(max_examples=20, deadline=None)
@given(lap=_laporan_campuran())
def test_a_report_with_and_without_quarters_round_trips_to_its_own_figures(
    tmp_path_factory: pytest.TempPathFactory, lap: Laporan
) -> None:
    path = e81.tulis_xlsx(e81.dari_laporan(lap), tmp_path_factory.mktemp("rt") / "e81.xlsx")
    h = e81.periksa_berkas(path)
    rows = [lap.cari(b.kode) for b in h.tabel.baris]
    # the only findings: triwulan-kosong, on exactly the rows without quarters
    diharap = sorted(
        _a1(b, (R13, bagian))
        for b, row in zip(h.tabel.baris, rows, strict=True)
        for bagian in _tanpa_triwulan(row)
    )
    assert sorted(t.sel for t in h.temuan) == diharap
    assert {t.temuan.aturan for t in h.temuan} <= {"triwulan-kosong"}
    # columns 13 to 15 as read back are the report's, exactly (a ratio as Excel stores it)
    hitung = Hitung(lap)
    for b, hb, row in zip(h.tabel.baris, h.hasil, rows, strict=True):
        subs = _subs(row)
        rp = Fraction(sum(s.realisasi_rp for s in subs))
        kolom_rp: list[Fraction | None] = [rp, _rpjmd(hitung, JenisBesaran.RPJMD_RP, row.kode)]
        kolom_rp.append(_capaian(rp, Fraction(sum(s.pagu for s in subs))))
        diharap_per = {Bagian.RP: kolom_rp}
        k = row.keluaran
        if k is not None:
            kolom_k: list[Fraction | None] = [k.realisasi_k]
            kolom_k.append(_rpjmd(hitung, JenisBesaran.RPJMD_K, row.kode))
            kolom_k.append(_capaian(k.realisasi_k, k.target_k))
            diharap_per[Bagian.K] = kolom_k
        for bagian, nilai in diharap_per.items():
            if nilai[1] is None and bagian is Bagian.RP:
                # a parent over a sub kegiatan without last years' Rp: the report does not
                # compute it (column 7 is not this test's subject)
                nilai[1] = hb.angka(R14, bagian)
            dihitung = [hb.angka(kolom, bagian) for kolom in (R13, R14, R15)]
            assert dihitung == nilai, (row.kode, bagian)
            dibaca = [b.angka(kolom, bagian) for kolom in (R13, R14, R15)]
            disimpan = [None if x is None else Fraction(bulatkan_pecahan(x, 10)) for x in nilai]
            assert dibaca == disimpan, (row.kode, bagian)


def test_the_public_computation_and_the_audit_take_the_typed_year_alike() -> None:
    """`e81.hitung` and `hitung_lokal` read a column 13 typed over blank quarters as the year
    (they computed 0 while the audit took the typed figure: two answers for one table)."""
    from sakip.e81.penghitungan import hitung, hitung_lokal

    isi = {
        (Kolom.TARGET_RENJA, Bagian.RP): Isian(nilai=Fraction(400)),
        (Kolom.REALISASI_RENSTRA_LALU, Bagian.RP): Isian(nilai=Fraction(1000)),
        (Kolom.REALISASI_RENJA, Bagian.RP): Isian(nilai=Fraction(360)),
        (Kolom.TARGET_RENJA, Bagian.K): Isian(nilai=Fraction(4)),
        (Kolom.REALISASI_RENJA, Bagian.K): Isian(nilai=Fraction(3)),
    }
    t = TabelE81(
        judul="",
        baris=(Baris(jenjang=Jenjang.SUB_KEGIATAN, nama="s", satuan="Dok", isian=isi),),
    )
    for h in (hitung(t)[0], hitung_lokal(t)[0]):
        assert h.angka(Kolom.REALISASI_RENJA, Bagian.RP) == 360
        assert h.angka(Kolom.CAPAIAN_RENJA, Bagian.RP) == 90
        assert h.angka(Kolom.REALISASI_RENSTRA, Bagian.RP) == 1360
        assert h.angka(Kolom.REALISASI_RENJA, Bagian.K) == 3
        assert h.angka(Kolom.CAPAIAN_RENJA, Bagian.K) == 75
        assert str(h.rumus[(Kolom.REALISASI_RENJA, Bagian.RP)]).startswith("realisasi tahun ini")


def _dengan(b: Baris, kunci: tuple[Kolom, Bagian], isi: Isian | None) -> Baris:
    isian = dict(b.isian)
    if isi is None:
        isian.pop(kunci, None)
    else:
        isian[kunci] = isi
    return attrs.evolve(b, isian=isian)


def _induk(t: TabelE81, tmp_path: Path) -> list[tuple[str, str]]:
    """The ``jumlah-induk`` findings of a table written by sakip and read back."""
    h = e81.periksa_berkas(e81.tulis_xlsx(t, tmp_path / "e81.xlsx"))
    return [
        (x.temuan.dicetak, x.temuan.dihitung)
        for x in h.temuan
        if x.temuan.aturan == "jumlah-induk"
    ]


def test_a_parents_typed_year_is_held_to_its_rows_years(tmp_path: Path) -> None:
    """A review found the program's year typed 999 over rows of 1.800 and 900 passed: only
    ``triwulan-kosong`` was said. The parent's year is compared with its rows' years."""
    t = e81.dari_laporan(_campuran())
    program, *lain = t.baris
    assert program.angka(R13, Bagian.RP) == 2_700
    assert _induk(t, tmp_path) == []
    salah = _dengan(program, (R13, Bagian.RP), Isian(nilai=Fraction(999)))
    assert _induk(attrs.evolve(t, baris=(salah, *lain)), tmp_path) == [("999", "2.700")]


def test_a_parent_whose_quarters_miss_a_rows_typed_year_is_a_finding(tmp_path: Path) -> None:
    """Kegiatan p1.k2 sums its quarters (0 each), its one row types its year (900) over blank
    quarters: the form's sums cannot show it; the parent's year against its rows' does."""
    t = e81.dari_laporan(_campuran())
    program, k1, s1, s2, k2, s3 = t.baris
    s3 = _dengan(s3, (R13, Bagian.RP), Isian(nilai=Fraction(900)))
    for k in KOLOM_TRIWULAN:
        s3 = _dengan(s3, (k, Bagian.RP), None)
        k2 = _dengan(k2, (k, Bagian.RP), Isian(nilai=Fraction(0)))
    assert ("0", "900") in _induk(attrs.evolve(t, baris=(program, k1, s1, s2, k2, s3)), tmp_path)


def test_quarters_whose_formulas_give_empty_text_are_not_recorded() -> None:
    """A template's ``=IF(C9="","",C9)`` shows nothing: a year typed over four such quarters
    records no quarter (a review found it read as quarters of 0, the year then an error)."""
    kosong = Isian(rumus='=IF(C9="","",C9)')
    isian = {(R13, Bagian.RP): Isian(nilai=Fraction(900))}
    isian |= {(k, Bagian.RP): kosong for k in KOLOM_TRIWULAN}
    b = Baris(jenjang=Jenjang.SUB_KEGIATAN, nama="s", isian=isian)
    assert b.realisasi_tanpa_triwulan(Bagian.RP) == 900
    tak_tersimpan = Isian(rumus="=C9", tak_tersimpan=True)  # its result is unknown: not blank
    b = attrs.evolve(b, isian={**isian, (Kolom.TRIWULAN_2, Bagian.RP): tak_tersimpan})
    assert b.realisasi_tanpa_triwulan(Bagian.RP) is None
