"""Realisasi s/d tahun lalu (form E.81, column 7) on the rows of a report, so column 14 is checked.

Form E.81 (Permendagri 86/2017, Lampiran; its captions as printed in the Deli Serdang
2025 workbook, ``sakip.e81.CONTOH_DELI_SERDANG``) prints the Renstra realisasi up to this
year, column 14 = column 7 (up to last year) + column 13 (this year). A row gives column 7
as ``realisasi_lalu_k`` (every level) and ``realisasi_lalu_rp`` (a sub kegiatan); the
quantities ``rpjmd_k`` and ``rpjmd_rp`` then add it, by the row's consolidation, as
``sakip.e81`` does. Figures: rows 94 and 95 of that workbook (sheet "Realisasi TW IV",
columns L, M, AB, AC, AD, AE).
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sakip import e81
from sakip.audit import periksa
from sakip.audit._tulis import TakTerhitungError
from sakip.audit.besaran import Hitung
from sakip.e81 import Bagian, Kolom
from sakip.errors import InvalidTypeError, InvalidValueError, ReportFormatError
from sakip.laporan import (
    Besaran,
    JenisBesaran,
    Kegiatan,
    Laporan,
    Program,
    SubKegiatan,
    baca_toml,
    dari_dict,
)
from sakip.triwulan import Konsolidasi
from tests._bangun import kegiatan, laporan, program, sub_anggaran

TABEL = "Realisasi TW IV"

#: Rows 92 to 95 of the Deli Serdang workbook, with column 7 (L, M) of the two sub
#: kegiatan and column 14 (AD, AE): 1,84 + 2 = 3,84 (the cell holds 3.84; its format shows
#: 4, here it is printed to two places) and 34.051.100 + 19.244.000 = 53.295.100; the kegiatan's and program's Rp 14 the sum of the rows below,
#: 53.295.100 + 54.192.300 = 107.487.400. The program's and kegiatan's K 14 (183, 193:
#: a percentage added across years) is not printed here.
LAPORAN = """skema = 1

[laporan]
instansi = "Bappedalitbang Kabupaten Deli Serdang"
tahun = 2025
judul = "Evaluasi Terhadap Hasil RKPD (E.81), Realisasi TW IV"
sumber = "sakip.e81.CONTOH_DELI_SERDANG, baris 92-95"
renstra = [2025, 2030]

[lampiran]
tabel = "Realisasi TW IV"

[lampiran.kolom]
renstra_k = { judul = "Realisasi Renstra K (14)", besaran = "rpjmd_k" }
renstra_rp = { judul = "Realisasi Renstra Rp (14)", besaran = "rpjmd_rp" }

[[program]]
kode = "p1"
nama = "Program Pengelolaan Keuangan Daerah"
dicetak = { renstra_rp = "107.487.400" }

[[program.kegiatan]]
kode = "p1.k1"
nama = "Koordinasi dan Penyusunan Rencana Anggaran Daerah"
dicetak = { renstra_rp = "107.487.400" }

[[program.kegiatan.sub]]
kode = "p1.k1.s1"
nama = "Koordinasi dan Penyusunan KUA dan PPAS"
indikator = "Jumlah Dokumen KUA-PPAS yang Disusun"
satuan = "Dok"
target_k = "2"
realisasi_k = "2"
realisasi_lalu_k = "1.84"
pagu = 46_830_540
tw_rp = [0, 0, 0, 19_244_000]
realisasi_rp = 19_244_000
realisasi_lalu_rp = 34_051_100
dicetak = { renstra_k = "3,84", renstra_rp = "53.295.100" }

[[program.kegiatan.sub]]
kode = "p1.k1.s2"
nama = "Koordinasi dan Penyusunan Perubahan KUA dan PPAS"
indikator = "Jumlah Dokumen Perubahan KUA-PPAS yang Disusun"
satuan = "Dok"
target_k = "2"
realisasi_k = "2"
realisasi_lalu_k = "1.86"
pagu = 47_302_540
tw_rp = [0, 0, 0, 19_925_000]
realisasi_rp = 19_925_000
realisasi_lalu_rp = 34_267_300
dicetak = { renstra_k = "3,86", renstra_rp = "54.192.300" }
"""

SUB = "p1.k1.s1 Koordinasi dan Penyusunan KUA dan PPAS"


def _ganti(lama: str, baru: str, teks: str = LAPORAN) -> str:
    assert lama in teks, lama
    return teks.replace(lama, baru)


def _lap(teks: str = LAPORAN) -> Laporan:
    return dari_dict(tomllib.loads(teks), berkas="lkjip.toml")


def test_a_cumulative_renstra_column_audits_clean_with_last_years_realisasi() -> None:
    hasil = periksa(_lap())
    assert hasil.temuan == ()
    assert hasil.diperiksa == 6


def test_the_fields_are_read_exactly(tmp_path: Path) -> None:
    f = tmp_path / "lkjip.toml"
    f.write_text(LAPORAN, encoding="utf-8")
    s = baca_toml(f).cari("p1.k1.s1")
    assert isinstance(s, SubKegiatan)
    assert (s.realisasi_lalu_k, s.realisasi_lalu_rp) == (Fraction(46, 25), 34_051_100)
    assert baca_toml(f).cari("p1").realisasi_lalu_k is None


def test_without_last_years_realisasi_the_cumulative_column_is_a_finding() -> None:
    teks = _ganti('realisasi_lalu_k = "1.84"\n', "")
    teks = _ganti("realisasi_lalu_rp = 34_051_100\n", "", teks)
    k, rp = periksa(_lap(teks)).temuan
    # this year's realisasi, as before the fields existed
    assert (k.letak, k.dicetak, k.dihitung, k.rumus) == (
        f"{TABEL} / {SUB} / Realisasi Renstra K (14)",
        "3,84",
        "2",
        "realisasi K of the sub kegiatan",
    )
    assert (rp.dicetak, rp.dihitung, rp.rumus) == (
        "53.295.100",
        "19.244.000",
        "realisasi Rp of the sub kegiatan",
    )


@pytest.mark.parametrize(
    ("lama", "baru", "dihitung", "rumus"),
    [
        (
            'renstra_k = "3,84"',
            'renstra_k = "2"',
            "3,84",
            "realisasi K s/d last year + realisasi K of the sub kegiatan (konsolidasi jumlah): "
            "1,84 + 2",
        ),
        (
            'renstra_rp = "53.295.100"',
            'renstra_rp = "19.244.000"',
            "53.295.100",
            "realisasi Rp s/d last year + realisasi Rp of the sub kegiatan: "
            "34.051.100 + 19.244.000",
        ),
    ],
)
def test_a_renstra_column_without_last_years_is_a_finding_naming_the_sum(
    lama: str, baru: str, dihitung: str, rumus: str
) -> None:
    # the kegiatan's Rp sums the printed column of the rows below: it disagrees too
    (t,) = [t for t in periksa(_lap(_ganti(lama, baru))).temuan if SUB in t.letak]
    assert (t.aturan, t.dihitung, t.rumus) == ("angka", dihitung, rumus)


#: A program whose outcome is a percentage (a level), with last years' realisasi 83 (the
#: program row 92 of the workbook, which prints 83 + 100 = 183).
PROGRAM = """skema = 1

[laporan]
instansi = "Dinas Contoh"
tahun = 2025
judul = "LKjIP 2025"
sumber = "synthetic, after sakip.e81.CONTOH_DELI_SERDANG row 92"
renstra = [2025, 2030]

[lampiran]
tabel = "Lampiran"

[lampiran.kolom]
renstra_k = { judul = "Realisasi Renstra K", besaran = "rpjmd_k" }

[[program]]
kode = "p1"
nama = "Program Pengelolaan Keuangan Daerah"
indikator = "Persentase Pendanaan Perangkat Daerah Berbasis Kinerja"
satuan = "%"
target_k = "100"
tw_k = ["70", "80", "90", "100"]
konsolidasi = "terakhir"
realisasi_k = "100"
realisasi_lalu_k = "83"
dicetak = { renstra_k = "100" }
kegiatan = []
"""


def test_a_level_is_not_added_across_years() -> None:
    assert periksa(_lap(PROGRAM)).temuan == ()
    (t,) = periksa(_lap(_ganti('renstra_k = "100"', 'renstra_k = "183"', PROGRAM))).temuan
    assert (t.dicetak, t.dihitung) == ("183", "100")
    assert t.rumus == (
        "realisasi K of the program, 100 (konsolidasi terakhir: a level is not added to "
        "last years' 83)"
    )


def test_a_mean_across_years_is_not_computable() -> None:
    teks = _ganti('konsolidasi = "terakhir"', 'konsolidasi = "rata-rata"', PROGRAM)
    teks = _ganti('tw_k = ["70", "80", "90", "100"]', 'tw_k = ["100", "100", "100", "100"]', teks)
    (t,) = periksa(_lap(teks)).temuan
    assert t.aturan == "tak-terhitung"
    assert t.dicetak == "100"
    assert "a mean across years needs the number of years" in t.keterangan
    assert "83" in t.rumus
    assert "rata-rata" in t.rumus


# -- the reader and the records refuse what they cannot read ---------------------------------


@pytest.mark.parametrize(
    ("tingkat", "letak"),
    [
        ("program", "program[0].realisasi_lalu_k"),
        ("kegiatan", "program[0].kegiatan[0].realisasi_lalu_k"),
        ("sub", "program[0].kegiatan[0].sub[0].realisasi_lalu_k"),
    ],
)
def test_last_years_k_on_a_budget_only_row_is_refused_naming_the_row(
    tingkat: str, letak: str
) -> None:
    s = sub_anggaran()
    k = kegiatan(sub=[s])
    p = program(kegiatan=[k])
    {"program": p, "kegiatan": k, "sub": s}[tingkat]["realisasi_lalu_k"] = "1"
    with pytest.raises(ReportFormatError) as info:
        dari_dict(laporan(program=[p]), berkas="lkjip.toml")
    e = info.value
    assert (e.berkas, e.letak) == ("lkjip.toml", letak)
    assert "applies to the row's K (its Renstra realisasi up to last year)" in str(e)
    assert "this budget-only row has no output" in str(e)


#: What the reader makes of a value, as the sibling key (realisasi_k, realisasi_rp) does.
_NILAI = ["1.84", 2, "-1", 1.5, "1,84", True, "x", [1], 10**40, "", "1e3"]


@pytest.mark.parametrize("nilai", _NILAI, ids=repr)
def test_last_years_k_is_read_as_realisasi_k_is(nilai: Any) -> None:
    def baca(kunci: str) -> str:
        d = tomllib.loads(LAPORAN)
        d["program"][0]["kegiatan"][0]["sub"][0][kunci] = nilai
        try:
            return str(dari_dict(d).cari("p1.k1.s1").__getattribute__(kunci))
        except ReportFormatError as e:
            return str(e).replace(kunci, "KUNCI")

    assert baca("realisasi_lalu_k") == baca("realisasi_k")


@pytest.mark.parametrize("nilai", [*_NILAI, -1, 10**15 + 1, 0], ids=repr)
def test_last_years_rp_is_read_as_realisasi_rp_is(nilai: Any) -> None:
    def baca(kunci: str) -> str:
        d = tomllib.loads(LAPORAN)
        d["program"][0]["kegiatan"][0]["sub"][0][kunci] = nilai
        d["program"][0]["kegiatan"][0]["sub"][0]["dicetak"] = {}
        d["program"][0]["kegiatan"][0]["dicetak"] = {}
        d["program"][0]["dicetak"] = {}
        try:
            return str(dari_dict(d).cari("p1.k1.s1").__getattribute__(kunci))
        except ReportFormatError as e:
            return str(e).replace(kunci, "KUNCI")

    assert baca("realisasi_lalu_rp") == baca("realisasi_rp")


@pytest.mark.parametrize("tingkat", ["kegiatan", "program"])
def test_last_years_rp_belongs_to_the_sub_kegiatan(tingkat: str) -> None:
    d = tomllib.loads(LAPORAN)
    baris = d["program"][0] if tingkat == "program" else d["program"][0]["kegiatan"][0]
    baris["realisasi_lalu_rp"] = 1
    with pytest.raises(ReportFormatError, match="is not a key of the schema"):
        dari_dict(d)


KELAS: list[tuple[type, dict[str, Any]]] = [
    (SubKegiatan, {"pagu": 100, "realisasi_rp": 90}),
    (Kegiatan, {"sub": ()}),
    (Program, {"kegiatan": ()}),
]


@pytest.mark.parametrize(("kelas", "lain"), KELAS, ids=[k.__name__ for k, _ in KELAS])
def test_every_level_refuses_last_years_k_without_output_alike(
    kelas: type, lain: dict[str, Any]
) -> None:
    with pytest.raises(InvalidValueError) as info:
        kelas(kode="p9", nama="Baris", realisasi_lalu_k=Fraction(1), **lain)
    assert info.value.field == "realisasi_lalu_k"
    assert "on row 'p9' (a budget-only row has no K)" in str(info.value)
    with pytest.raises(InvalidTypeError, match="must be a Fraction"):
        kelas(kode="p9", nama="Baris", realisasi_lalu_k=1, **lain)


@pytest.mark.parametrize(
    ("nilai", "galat"),
    [(-1, InvalidValueError), ("1", InvalidTypeError), (True, InvalidTypeError)],
)
def test_the_record_refuses_last_years_rp_as_realisasi_rp(nilai: Any, galat: type) -> None:
    with pytest.raises(galat) as info:
        SubKegiatan(kode="s", nama="S", pagu=1, realisasi_rp=1, realisasi_lalu_rp=nilai)
    with pytest.raises(galat) as sibling:
        SubKegiatan(kode="s", nama="S", pagu=1, realisasi_rp=nilai)
    assert str(info.value).replace("realisasi_lalu_rp", "realisasi_rp") == str(sibling.value)


# -- the same sum as sakip.e81, for any figures -------------------------------------------------

_K = st.integers(min_value=0, max_value=10**6).map(Fraction) | st.decimals(
    min_value=0, max_value=10**6, places=2
).map(Fraction)
_RP = st.integers(min_value=0, max_value=10**13)


def _laporan_lalu(
    lalu_k: Fraction, ini_k: Fraction, lalu_rp: int, ini_rp: int, aturan: Konsolidasi
) -> Laporan:
    keluaran: dict[str, Any] = {
        "indikator": "Jumlah",
        "satuan": "Dok",
        "target_k": Fraction(1),
        "tw_k": (Fraction(0), Fraction(0), Fraction(0), ini_k),
        "realisasi_k": ini_k,
        "konsolidasi": aturan,
        "realisasi_lalu_k": lalu_k,
    }
    s = SubKegiatan(
        kode="p1.k1.s1",
        nama="S",
        pagu=ini_rp,
        tw_rp=(0, 0, 0, ini_rp),
        realisasi_rp=ini_rp,
        realisasi_lalu_rp=lalu_rp,
        **keluaran,
    )
    k = Kegiatan(kode="p1.k1", nama="K", sub=(s,), **keluaran)
    p = Program(kode="p1", nama="P", kegiatan=(k,), **keluaran)
    return Laporan(
        instansi="D", tahun=2025, judul="J", sumber="-", renstra=(2025, 2030), program=(p,)
    )


#: The Renstra realisasi K by the consolidation, None where it does not exist.
_ORACLE_K: dict[Konsolidasi, Callable[[Fraction, Fraction], Fraction | None]] = {
    Konsolidasi.JUMLAH: lambda lalu, ini: lalu + ini,
    Konsolidasi.TERAKHIR: lambda lalu, ini: ini,
    Konsolidasi.RATA_RATA: lambda lalu, ini: None,
}


@settings(deadline=None)
@given(
    lalu_k=_K,
    ini_k=_K,
    lalu_rp=_RP,
    ini_rp=_RP,
    aturan=st.sampled_from(list(Konsolidasi)),
)
def test_the_renstra_realisasi_is_the_exact_sum_e81_computes(
    lalu_k: Fraction, ini_k: Fraction, lalu_rp: int, ini_rp: int, aturan: Konsolidasi
) -> None:
    lap = _laporan_lalu(lalu_k, ini_k, lalu_rp, ini_rp, aturan)
    h = Hitung(lap)
    e81_hasil = e81.hitung(e81.dari_laporan(lap))
    diharap = _ORACLE_K[aturan](lalu_k, ini_k)
    for i, kode in enumerate(("p1", "p1.k1", "p1.k1.s1")):
        b = Besaran(jenis=JenisBesaran.RPJMD_K, kode=(kode,))
        dari_e81 = e81_hasil[i].nilai.get((Kolom.REALISASI_RENSTRA, Bagian.K))
        if diharap is None:
            with pytest.raises(TakTerhitungError, match="number of years"):
                h.nilai(b)
            assert dari_e81 is None
        else:
            assert h.nilai(b).eksak == diharap == dari_e81
    rp = h.nilai(Besaran(jenis=JenisBesaran.RPJMD_RP, kode=("p1.k1.s1",)))
    assert rp.eksak == lalu_rp + ini_rp == e81_hasil[2].angka(Kolom.REALISASI_RENSTRA, Bagian.RP)


# -- sakip.e81.dari_laporan writes column 7 ---------------------------------------------------


def test_column_7_holds_last_years_realisasi() -> None:
    program, kegiatan, s1, s2 = e81.dari_laporan(_lap()).baris
    lalu = (Kolom.REALISASI_RENSTRA_LALU, Bagian.K), (Kolom.REALISASI_RENSTRA_LALU, Bagian.RP)
    assert [s1.angka(*x) for x in lalu] == [Fraction(46, 25), 34_051_100]
    assert [s2.angka(*x) for x in lalu] == [Fraction(93, 50), 34_267_300]
    # a parent's Rp is the sum of its sub kegiatan's; its K its own (none here)
    for induk in (program, kegiatan):
        assert [induk.angka(*x) for x in lalu] == [None, 68_318_400]
    h = e81.hitung(e81.dari_laporan(_lap()))
    assert h[2].angka(Kolom.REALISASI_RENSTRA, Bagian.RP) == 53_295_100
    assert h[0].angka(Kolom.REALISASI_RENSTRA, Bagian.RP) == 107_487_400


def test_a_parent_s_column_7_rp_stays_blank_when_a_sub_kegiatan_does_not_give_it() -> None:
    program, kegiatan, s1, s2 = e81.dari_laporan(
        _lap(_ganti("realisasi_lalu_rp = 34_267_300\n", ""))
    ).baris
    lalu = (Kolom.REALISASI_RENSTRA_LALU, Bagian.RP)
    assert (s1.angka(*lalu), s2.angka(*lalu)) == (Fraction(34_051_100), None)
    assert (program.angka(*lalu), kegiatan.angka(*lalu)) == (None, None)
