"""E.81: the real Deli Serdang workbook read and audited, and the computation exact."""

from __future__ import annotations

import csv
import hashlib
import json
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import sakip
from sakip import e81
from sakip.audit import Temuan, Tingkat
from sakip.e81 import Bagian, Baris, Isian, Jenjang, Kolom, TabelE81
from sakip.e81.model import KOLOM_TRIWULAN
from sakip.e81.penghitungan import anak, hitung_lokal, konsolidasi_disimpulkan
from sakip.triwulan import Konsolidasi

DATA = Path(__file__).parent / "data" / "e81"
BERKAS = DATA / "e81_deli_serdang_bappedalitbang_2025.xlsx"
SHA256 = "6bf22eb6a5ae99e7af8a9b1d0c022f09119c677f2bb8847bfcb57b817ed7b34b"


@pytest.fixture(scope="module")
def hasil() -> e81.HasilE81:
    return e81.periksa_berkas(BERKAS)


def test_the_test_copy_and_the_shipped_copy_are_the_published_file() -> None:
    for path in (BERKAS, e81.CONTOH_DELI_SERDANG):
        assert hashlib.sha256(path.read_bytes()).hexdigest() == SHA256


def test_e81_is_lazily_importable_from_sakip() -> None:
    assert sakip.e81 is e81


# -- reading the real workbook ----------------------------------------------------------


def test_real_workbook_rows_and_levels(hasil: e81.HasilE81) -> None:
    t = hasil.tabel
    assert (t.berkas, t.lembar) == (str(BERKAS), "Realisasi TW IV")
    assert len(t.baris) == 103  # rows 11 to 113
    banyak = {j: sum(b.jenjang is j and not b.lanjutan for b in t.baris) for j in Jenjang}
    assert banyak == {
        Jenjang.JUMLAH: 1,
        Jenjang.URUSAN: 1,
        Jenjang.BIDANG: 3,
        Jenjang.PROGRAM: 6,  # 106 restates 97 under its 2025 name
        Jenjang.KEGIATAN: 19,
        Jenjang.SUB_KEGIATAN: 72,
    }
    # rows 11 to 112 are 102 rows; all but the urusan and the 3 bidang carry an indicator
    assert sum(bool(b.indikator) for b in t.baris) == 98
    lanjutan = [b for b in t.baris if b.lanjutan]
    assert [(b.sel_nama.a1 if b.sel_nama else "", b.indikator) for b in lanjutan] == [
        ("G107", "Indeks Inovasi Daerah")
    ]
    assert t.persen_triwulan
    assert t.rumus_terbaca


def test_real_workbook_cells_keep_value_formula_and_place(hasil: e81.HasilE81) -> None:
    b = hasil.tabel.baris[4]  # row 15, sub kegiatan "Penyusunan Dokumen Perencanaan"
    assert b.nama == "Penyusunan Dokumen Perencanaan Perangkat Daerah"
    assert (b.satuan, b.konsolidasi, b.konsolidasi_asal) == (
        "Dok",
        Konsolidasi.JUMLAH,
        "disimpulkan dari satuan 'Dok' (hitungan)",
    )
    u = b.isi(Kolom.TRIWULAN_2, Bagian.RP)
    assert u.sel is not None
    assert u.sel.a1 == "U15"
    assert u.rumus == "=20906000-R15"
    assert u.nilai == 12490000
    q = b.isi(Kolom.TRIWULAN_1, Bagian.PERSEN)
    assert q.sel is not None
    assert q.sel.a1 == "Q15"
    assert q.nilai == 50  # 0.5 formatted 0%


def test_real_workbook_derived_figures(hasil: e81.HasilE81) -> None:
    h = hasil.hasil[4]  # row 15
    assert h.angka(Kolom.REALISASI_RENJA, Bagian.K) == 4
    assert h.angka(Kolom.REALISASI_RENJA, Bagian.RP) == 49_021_000
    assert h.angka(Kolom.REALISASI_RENSTRA, Bagian.K) == 7
    assert h.angka(Kolom.CAPAIAN_RENSTRA, Bagian.K) == Fraction(700, 3)
    assert h.angka(Kolom.CAPAIAN_RENSTRA, Bagian.RP) == Fraction(122_869_000 * 100, 85_102_670)
    assert h.predikat_k == "Sangat Tinggi"
    # a parent's Rp is its children's sum, even where the sheet's formula double counts
    bidang = hasil.hasil[1]  # row 12
    assert bidang.angka(Kolom.TRIWULAN_1, Bagian.RP) == sum(
        hasil.hasil[i].angka(Kolom.TRIWULAN_1, Bagian.RP) or 0 for i in anak(hasil.tabel)[1]
    )
    # a percentage kegiatan: this year's level, not last year's added to it
    kegiatan = hasil.hasil[3]  # row 14
    renstra = kegiatan.angka(Kolom.REALISASI_RENSTRA, Bagian.K)
    assert renstra is not None
    assert sakip.bulatkan(renstra, 6) == 100  # the quarters' K carry Excel's float noise


# -- every finding on the real workbook, pinned with its reason ---------------------------


def _dipatok() -> list[dict[str, str]]:
    with (DATA / "deli_serdang_2025_temuan.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_every_finding_is_pinned_with_its_reason(hasil: e81.HasilE81) -> None:
    dipatok = _dipatok()
    didapat = [
        {
            "aturan": t.temuan.aturan,
            "tingkat": t.temuan.tingkat.value,
            "sel": t.sel,
            "dicetak": t.temuan.dicetak,
            "dihitung": t.temuan.dihitung,
        }
        for t in hasil.temuan
    ]
    assert didapat == [{k: v for k, v in d.items() if k != "alasan"} for d in dipatok]
    assert all(len(d["alasan"]) > 40 for d in dipatok)
    assert all(t.lembar == "Realisasi TW IV" for t in hasil.temuan)


def test_findings_by_rule(hasil: e81.HasilE81) -> None:
    banyak: dict[str, int] = {}
    for t in hasil.temuan:
        banyak[t.temuan.aturan] = banyak.get(t.temuan.aturan, 0) + 1
    assert banyak == {
        "angka": 5,
        "galat-excel": 2,
        "konsolidasi": 20,
        "konstanta": 52,
        "rujukan-silang": 1,
        "rumus-induk": 49,
        "triwulan": 86,
    }
    assert hasil.diperiksa == 1318


@pytest.mark.parametrize(
    ("sel", "aturan", "dicetak", "dihitung"),
    [
        ("R12", "rumus-induk", "=SUM(R13+R55+R70+R91+R96)", "rows 13, 55, 70"),
        ("AD14", "konsolidasi", "200", "100"),
        ("AE64", "angka", "81.825.849", "177.868.883"),
        ("AB51", "angka", "0", "35"),
        ("T55", "rumus-induk", "=AVERAGE(T56:T64:T67)", "rows 56, 64, 67"),
        ("AF82", "galat-excel", "#DIV/0!", "(none)"),
        ("K106", "konstanta", "1.173.117.699", "1.173.117.699"),
        ("P16", "triwulan", "K s/d triwulan 1 = 0", "0,25"),
    ],
)
def test_one_finding_of_each_kind(
    hasil: e81.HasilE81, sel: str, aturan: str, dicetak: str, dihitung: str
) -> None:
    t = next(t for t in hasil.temuan if t.sel == sel)
    assert (t.temuan.aturan, t.temuan.dicetak, t.temuan.dihitung) == (aturan, dicetak, dihitung)
    assert t.temuan.letak.startswith(f"'Realisasi TW IV'!{sel} / ")


def test_cells_that_agree_give_no_finding(hasil: e81.HasilE81) -> None:
    sel = {t.sel for t in hasil.temuan}
    # AB15 = P15+S15+V15+Y15 = 4, AD15 = L15 + AB15 = 7, AF15 = 233,33...: all right
    assert not {"AB15", "AD15", "AF15", "AG15", "AC15", "R11"} & sel


def test_ke_dict_is_json_ready(hasil: e81.HasilE81) -> None:
    d = hasil.ke_dict()
    teks = json.dumps(d)
    assert json.loads(teks)["jumlah_temuan"] == len(hasil.temuan) == 215
    pertama = d["temuan"][0]  # type: ignore[index]
    assert set(pertama) == {
        "aturan",
        "tingkat",
        "letak",
        "dicetak",
        "dihitung",
        "rumus",
        "keterangan",
        "lembar",
        "sel",
    }


def test_renderers(hasil: e81.HasilE81) -> None:
    t = e81.teks(hasil)
    assert "215 findings" in t
    assert "[sedang] AD14 konsolidasi: printed 200, computed 100" in t
    md = e81.markdown(hasil)
    tabel = [b for b in md.splitlines() if b.startswith("| ")]
    assert len(tabel) == 215 + 1  # the header and one line per finding
    # a "|" inside a cell (none here) is escaped: every line has exactly 8 separators
    assert {b.replace("\\|", "").count("|") for b in tabel} == {8}


# -- computation: exact, against an oracle ----------------------------------------------

angka = st.fractions(min_value=0, max_value=10**6, max_denominator=1000)
rupiah = st.integers(min_value=0, max_value=10**12)


def _sub(
    k: list[Fraction | None], rp: list[int], target: Fraction, pagu: int, aturan: Konsolidasi
) -> Baris:
    isi = {
        (Kolom.TARGET_RENJA, Bagian.K): Isian(nilai=target),
        (Kolom.TARGET_RENJA, Bagian.RP): Isian(nilai=Fraction(pagu)),
    }
    for kolom, kk, r in zip(KOLOM_TRIWULAN, k, rp, strict=True):
        isi[(kolom, Bagian.K)] = Isian(nilai=kk)
        isi[(kolom, Bagian.RP)] = Isian(nilai=Fraction(r))
    return Baris(jenjang=Jenjang.SUB_KEGIATAN, nama="s", satuan="x", konsolidasi=aturan, isian=isi)


@settings(max_examples=150, deadline=None)
@given(
    k=st.lists(st.none() | angka, min_size=4, max_size=4),
    rp=st.lists(rupiah, min_size=4, max_size=4),
    target=angka,
    pagu=rupiah,
    aturan=st.sampled_from(list(Konsolidasi)),
)
def test_realisasi_and_capaian_are_exact(
    k: list[Fraction | None], rp: list[int], target: Fraction, pagu: int, aturan: Konsolidasi
) -> None:
    h = e81.hitung(TabelE81(judul="", baris=(_sub(k, rp, target, pagu, aturan),)))[0]
    isi = [x for x in k if x is not None]
    if aturan is Konsolidasi.JUMLAH:
        harap: Fraction | None = sum(isi, Fraction(0))
    elif aturan is Konsolidasi.TERAKHIR:
        harap = isi[-1] if isi else Fraction(0)
    else:
        harap = sum(isi, Fraction(0)) / len(isi) if isi else None
    assert h.angka(Kolom.REALISASI_RENJA, Bagian.K) == harap
    assert h.angka(Kolom.REALISASI_RENJA, Bagian.RP) == sum(rp)
    if harap is not None and target:
        assert h.angka(Kolom.CAPAIAN_RENJA, Bagian.K) == harap * 100 / target
    else:
        assert h.angka(Kolom.CAPAIAN_RENJA, Bagian.K) is None
    if pagu:
        assert h.angka(Kolom.CAPAIAN_RENJA, Bagian.RP) == Fraction(sum(rp) * 100, pagu)
    else:
        assert (Kolom.CAPAIAN_RENJA, Bagian.RP) in h.tak_terhitung


@settings(max_examples=60, deadline=None)
@given(pagu=st.lists(st.lists(rupiah, min_size=1, max_size=4), min_size=1, max_size=4))
def test_parent_rp_is_the_sum_of_its_children(pagu: list[list[int]]) -> None:
    baris: list[Baris] = [Baris(jenjang=Jenjang.PROGRAM, nama="p")]
    for kegiatan in pagu:
        baris.append(Baris(jenjang=Jenjang.KEGIATAN, nama="k"))
        baris.extend(
            Baris(
                jenjang=Jenjang.SUB_KEGIATAN,
                nama="s",
                isian={(Kolom.TARGET_RENJA, Bagian.RP): Isian(nilai=Fraction(p))},
            )
            for p in kegiatan
        )
    h = e81.hitung(TabelE81(judul="", baris=tuple(baris)))
    assert h[0].angka(Kolom.TARGET_RENJA, Bagian.RP) == sum(map(sum, pagu))
    kegiatan_i = [i for i, b in enumerate(baris) if b.jenjang is Jenjang.KEGIATAN]
    for i, p in zip(kegiatan_i, pagu, strict=True):
        assert h[i].angka(Kolom.TARGET_RENJA, Bagian.RP) == sum(p)


def test_a_level_is_not_added_across_years() -> None:
    isi = {
        (Kolom.TARGET_RENSTRA, Bagian.K): Isian(nilai=Fraction(100)),
        (Kolom.REALISASI_RENSTRA_LALU, Bagian.K): Isian(nilai=Fraction(90)),
        (Kolom.TRIWULAN_4, Bagian.K): Isian(nilai=Fraction(95)),
    }
    for aturan, harap in ((Konsolidasi.TERAKHIR, 95), (Konsolidasi.JUMLAH, 185)):
        b = Baris(jenjang=Jenjang.KEGIATAN, nama="k", konsolidasi=aturan, isian=isi)
        h = e81.hitung(TabelE81(judul="", baris=(b,)))[0]
        assert h.angka(Kolom.REALISASI_RENSTRA, Bagian.K) == harap
    b = Baris(jenjang=Jenjang.KEGIATAN, nama="k", konsolidasi=Konsolidasi.RATA_RATA, isian=isi)
    h = e81.hitung(TabelE81(judul="", baris=(b,)))[0]
    assert "number of years" in h.tak_terhitung[(Kolom.REALISASI_RENSTRA, Bagian.K)]


def test_local_recomputation_uses_the_stored_cells() -> None:
    isi = {
        (Kolom.TRIWULAN_1, Bagian.RP): Isian(nilai=Fraction(5)),
        (Kolom.REALISASI_RENJA, Bagian.RP): Isian(nilai=Fraction(7)),
        (Kolom.REALISASI_RENJA, Bagian.K): Isian(galat="#REF!"),
    }
    b = Baris(jenjang=Jenjang.SUB_KEGIATAN, nama="s", isian=isi)
    t = TabelE81(judul="", baris=(b,), kolom_ada=frozenset(isi))
    lokal = hitung_lokal(t)[0]
    assert lokal.angka(Kolom.REALISASI_RENSTRA, Bagian.RP) == 7
    assert lokal.angka(Kolom.REALISASI_RENSTRA, Bagian.K) is None
    assert e81.hitung(t)[0].angka(Kolom.REALISASI_RENSTRA, Bagian.RP) == 5


@pytest.mark.parametrize(
    ("satuan", "triwulan", "target", "aturan"),
    [
        ("%", [1, 2, 3, 4], 10, Konsolidasi.TERAKHIR),
        ("Persen", [None] * 4, None, Konsolidasi.TERAKHIR),
        ("Indeks", [None] * 4, None, Konsolidasi.TERAKHIR),
        ("Nilai", [None] * 4, None, Konsolidasi.TERAKHIR),
        ("Dok", [1, 1, 1, 1], 4, Konsolidasi.JUMLAH),  # the sum equals the target: a count
        ("Desa", [40, 55, 70, 90], 90, Konsolidasi.TERAKHIR),  # a running level
        ("Desa", [40, 55, 70, 90], 255, Konsolidasi.JUMLAH),
        ("Desa", [40, 30, 70, 90], 90, Konsolidasi.JUMLAH),  # falls: not a level
    ],
)
def test_inferred_consolidation(
    satuan: str, triwulan: list[int | None], target: int | None, aturan: Konsolidasi
) -> None:
    tw = [None if x is None else Fraction(x) for x in triwulan]
    t = None if target is None else Fraction(target)
    didapat, alasan = konsolidasi_disimpulkan(satuan=satuan, triwulan=tw, target=t)
    assert didapat is aturan
    assert alasan.startswith("disimpulkan dari")


def test_inferred_consolidation_ignores_values_in_a_percent_layout() -> None:
    tw = [Fraction(x) for x in (40, 55, 70, 90)]
    aturan, _ = konsolidasi_disimpulkan(
        satuan="Desa", triwulan=tw, target=Fraction(90), persen_triwulan=True
    )
    assert aturan is Konsolidasi.JUMLAH


def test_a_declared_rule_overrides_the_satuan(tmp_path: Path) -> None:
    teks = (
        "No;Program/Kegiatan;Indikator;Satuan;Konsolidasi;Target Renja;;Realisasi Triwulan I;;"
        "Realisasi Triwulan II;;Realisasi Triwulan III;;Realisasi Triwulan IV;\n"
        "1;2;3;4;5;6;;7;;8;;9;;10;\n"
        ";;;;;K;Rp;K;Rp;K;Rp;K;Rp;K;Rp\n"
        "1;Program A;;;;;10;;1;;2;;3;;4\n"
        "2;  Kegiatan A1;Persentase dokumen;%;jumlah;100;10;25;1;25;2;25;3;25;4\n"
        "3;  Kegiatan A2;Persentase dokumen;%;;100;0;25;0;50;0;75;0;100;0\n"
    )
    p = tmp_path / "e81.csv"
    p.write_text(teks, encoding="utf-8")
    a1, a2 = e81.baca_csv(p).baris[1:]
    assert (a1.konsolidasi, a1.konsolidasi_asal) == (Konsolidasi.JUMLAH, "")
    assert (a2.konsolidasi, a2.konsolidasi_asal) == (
        Konsolidasi.TERAKHIR,
        "disimpulkan dari satuan '%'",
    )


def test_finding_record_is_the_audit_temuan(hasil: e81.HasilE81) -> None:
    t = hasil.temuan[0].temuan
    assert isinstance(t, Temuan)
    assert isinstance(t.tingkat, Tingkat)


# -- each check on a small table built in Python -------------------------------------------


def _baris(
    jenjang: Jenjang,
    nilai: dict[tuple[Kolom, Bagian], int | str | None],
    *,
    satuan: str = "Dok",
    indikator: str = "Jumlah",
    aturan: Konsolidasi = Konsolidasi.JUMLAH,
    no: int = 1,
) -> Baris:
    isi = {
        k: Isian(
            nilai=None if v is None else Fraction(v),
            sel=e81.Sel(
                lembar="S",
                baris=no,
                kolom=1 + list(Kolom).index(k[0]) * 3 + list(Bagian).index(k[1]),
            ),
        )
        for k, v in nilai.items()
    }
    return Baris(
        jenjang=jenjang,
        nama=f"baris {no}",
        indikator=indikator,
        satuan=satuan,
        konsolidasi=aturan,
        isian=isi,
        sel_nama=e81.Sel(lembar="S", baris=no, kolom=2),
    )


def _aturan(tabel: TabelE81) -> list[tuple[str, str]]:
    return [(t.temuan.aturan, t.temuan.tingkat.value) for t in e81.periksa(tabel).temuan]


K, RP = Bagian.K, Bagian.RP


def test_a_level_summed_across_quarters_is_a_konsolidasi_finding() -> None:
    nilai: dict[tuple[Kolom, Bagian], int | str | None] = {
        (Kolom.TARGET_RENJA, K): 90,
        (Kolom.TRIWULAN_1, K): 40,
        (Kolom.TRIWULAN_2, K): 55,
        (Kolom.TRIWULAN_3, K): 70,
        (Kolom.TRIWULAN_4, K): 90,
        (Kolom.REALISASI_RENJA, K): 255,  # the sheet added them
    }
    b = _baris(Jenjang.SUB_KEGIATAN, nilai, satuan="%", aturan=Konsolidasi.TERAKHIR)
    t = TabelE81(judul="", baris=(b,), kolom_ada=frozenset(nilai))
    h = e81.periksa(t)
    assert _aturan(t) == [("konsolidasi", "sedang")]
    assert h.temuan[0].temuan.keterangan.endswith("the sheet adds the quarters 40 + 55 + 70 + 90")
    assert h.temuan[0].temuan.dihitung == "90"


def test_rp_above_pagu_and_k_above_target() -> None:
    nilai: dict[tuple[Kolom, Bagian], int | str | None] = {
        (Kolom.TARGET_RENJA, K): 2,
        (Kolom.TARGET_RENJA, RP): 100,
        (Kolom.TRIWULAN_1, K): 1,
        (Kolom.TRIWULAN_4, K): 2,
        (Kolom.TRIWULAN_1, RP): 60,
        (Kolom.TRIWULAN_4, RP): 41,
    }
    t = TabelE81(
        judul="", baris=(_baris(Jenjang.SUB_KEGIATAN, nilai),), kolom_ada=frozenset(nilai)
    )
    assert sorted(_aturan(t)) == [("melebihi", "rendah"), ("melebihi", "tinggi")]


def test_a_share_above_100_is_outside_its_satuan() -> None:
    nilai: dict[tuple[Kolom, Bagian], int | str | None] = {(Kolom.TARGET_RENJA, K): 120}
    b = _baris(Jenjang.KEGIATAN, nilai, satuan="%", indikator="Persentase dokumen tepat waktu")
    t = TabelE81(judul="", baris=(b,), kolom_ada=frozenset(nilai))
    assert _aturan(t) == [("satuan", "sedang")]
    # a growth rate may exceed 100%
    b = _baris(Jenjang.KEGIATAN, nilai, satuan="%", indikator="Laju pertumbuhan ekonomi")
    assert _aturan(TabelE81(judul="", baris=(b,), kolom_ada=frozenset(nilai))) == []


def test_a_parent_that_is_not_the_sum_of_its_children() -> None:
    kunci = (Kolom.TARGET_RENJA, RP)
    t = TabelE81(
        judul="",
        baris=(
            _baris(Jenjang.KEGIATAN, {kunci: 300}, no=1),
            _baris(Jenjang.SUB_KEGIATAN, {kunci: 100}, no=2),
            _baris(Jenjang.SUB_KEGIATAN, {kunci: 150}, no=3),
        ),
        kolom_ada=frozenset({kunci}),
    )
    h = e81.periksa(t)
    assert _aturan(t) == [("jumlah-induk", "tinggi")]
    assert (h.temuan[0].temuan.dicetak, h.temuan[0].temuan.dihitung) == ("300", "250")


def test_a_ratio_printed_where_the_target_is_zero() -> None:
    nilai: dict[tuple[Kolom, Bagian], int | str | None] = {
        (Kolom.TRIWULAN_1, K): 1,
        (Kolom.REALISASI_RENJA, K): 1,
        (Kolom.CAPAIAN_RENJA, K): 100,
    }
    t = TabelE81(
        judul="", baris=(_baris(Jenjang.SUB_KEGIATAN, nilai),), kolom_ada=frozenset(nilai)
    )
    assert _aturan(t) == [("tak-terhitung", "rendah")]


def test_a_derived_cell_that_disagrees() -> None:
    nilai: dict[tuple[Kolom, Bagian], int | str | None] = {
        (Kolom.TRIWULAN_1, RP): 10,
        (Kolom.TRIWULAN_2, RP): 20,
        (Kolom.REALISASI_RENJA, RP): 31,
    }
    t = TabelE81(
        judul="", baris=(_baris(Jenjang.SUB_KEGIATAN, nilai),), kolom_ada=frozenset(nilai)
    )
    h = e81.periksa(t)
    assert _aturan(t) == [("angka", "tinggi")]
    assert h.temuan[0].temuan.rumus == "10 + 20 + 0 + 0"


def test_importing_e81_does_not_import_openpyxl() -> None:
    import subprocess
    import sys

    kode = "import sys, sakip.e81; print('openpyxl' in sys.modules)"
    keluar = subprocess.run(
        [sys.executable, "-c", kode], capture_output=True, text=True, check=True
    )
    assert keluar.stdout.strip() == "False"
