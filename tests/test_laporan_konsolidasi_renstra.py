"""The rule across years (``konsolidasi_renstra``) apart from the quarters' (``konsolidasi``).

A row's ``konsolidasi`` makes the year's K of its quarters; ``konsolidasi_renstra``
makes its Renstra realisasi up to this year (form E.81, column 14 = column 7 + column
13) of last years' K (``realisasi_lalu_k``) and this year's. By default it is the
row's ``konsolidasi``. They differ on real forms: in the Deli Serdang 2025 E.81
workbook (``sakip.e81.CONTOH_DELI_SERDANG``, rows 92 and 93) a percentage's quarter K
is what the quarter added, summed (0 + 30 + 45 + 25 = 100), while a percentage is a
level, not added across years (its column 14 is 100, not 83 + 100).
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from fractions import Fraction
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sakip import e81
from sakip.audit import periksa
from sakip.audit._tulis import TakTerhitungError
from sakip.audit.besaran import Hitung
from sakip.e81 import Bagian, Kolom
from sakip.e81.model import KOLOM_TRIWULAN
from sakip.errors import InvalidTypeError, InvalidValueError, ReportFormatError
from sakip.laporan import (
    Besaran,
    JenisBesaran,
    Kegiatan,
    Laporan,
    Program,
    SubKegiatan,
    dari_dict,
)
from sakip.triwulan import Konsolidasi
from tests._bangun import kegiatan, laporan, program, sub, sub_anggaran

#: Row 92 of the Deli Serdang workbook: quarters that add (P, S, V, Y), last years' 83
#: (L92), this year's 100 (AB92), printed column 14 183 (AD92, = L92 + AB92).
PROGRAM = """skema = 1

[laporan]
instansi = "Bappedalitbang Kabupaten Deli Serdang"
tahun = 2025
judul = "Evaluasi Terhadap Hasil RKPD (E.81), Realisasi TW IV"
sumber = "sakip.e81.CONTOH_DELI_SERDANG, baris 92"
renstra = [2025, 2030]

[lampiran]
tabel = "Realisasi TW IV"

[lampiran.kolom]
renstra_k = { judul = "Realisasi Renstra K (14)", besaran = "rpjmd_k" }

[[program]]
kode = "p1"
nama = "Program Pengelolaan Keuangan Daerah"
indikator = "Persentase Pendanaan Perangkat Daerah Berbasis Kinerja"
satuan = "%"
target_k = "100"
tw_k = ["0", "30", "45", "25"]
konsolidasi = "jumlah"
realisasi_k = "100"
realisasi_lalu_k = "83"
konsolidasi_renstra = "terakhir"
dicetak = { renstra_k = "100" }
kegiatan = []
"""

LETAK = "Realisasi TW IV / p1 Program Pengelolaan Keuangan Daerah / Realisasi Renstra K (14)"


#: Each level of row, with what it needs beside the output fields.
KELAS: list[tuple[type, dict[str, Any]]] = [
    (SubKegiatan, {"pagu": 100, "realisasi_rp": 90}),
    (Kegiatan, {"sub": ()}),
    (Program, {"kegiatan": ()}),
]
_KELUARAN: dict[str, Any] = {
    "indikator": "Persentase",
    "satuan": "%",
    "target_k": Fraction(100),
    "realisasi_k": Fraction(100),
}


def _ganti(lama: str, baru: str, teks: str = PROGRAM) -> str:
    assert lama in teks, lama
    return teks.replace(lama, baru)


def _lap(teks: str = PROGRAM) -> Laporan:
    return dari_dict(tomllib.loads(teks), berkas="lkjip.toml")


# -- each rule -------------------------------------------------------------------------------


def test_quarters_that_add_and_years_that_do_not_audit_clean() -> None:
    lap = _lap()
    p = lap.cari("p1")
    assert (p.konsolidasi, p.konsolidasi_renstra) == (Konsolidasi.JUMLAH, Konsolidasi.TERAKHIR)
    hasil = periksa(lap)
    assert (hasil.diperiksa, hasil.temuan) == (1, ())


def test_the_workbook_s_183_is_a_finding_naming_the_rule_across_years() -> None:
    (t,) = periksa(_lap(_ganti('renstra_k = "100"', 'renstra_k = "183"'))).temuan
    assert (t.letak, t.aturan, t.dicetak, t.dihitung, t.rumus) == (
        LETAK,
        "angka",
        "183",
        "100",
        "realisasi K of the program, 100 (konsolidasi_renstra terakhir: a level is not "
        "added to last years' 83)",
    )


def test_without_the_key_the_quarters_rule_adds_the_years_as_before() -> None:
    teks = _ganti('konsolidasi_renstra = "terakhir"\n', "")
    (t,) = periksa(_lap(teks)).temuan
    assert (t.dicetak, t.dihitung) == ("100", "183")
    assert t.rumus == (
        "realisasi K s/d last year + realisasi K of the program (konsolidasi jumlah): 83 + 100"
    )
    p = _lap(teks).cari("p1")
    assert (p.konsolidasi_renstra, p.konsolidasi_renstra_berlaku) == (None, Konsolidasi.JUMLAH)


@pytest.mark.parametrize(
    ("konsolidasi", "renstra", "dihitung", "rumus"),
    [
        # the row's one rule, written again: named by the key the file gave
        (
            "jumlah",
            "jumlah",
            "183",
            "realisasi K s/d last year + realisasi K of the program (konsolidasi_renstra "
            "jumlah): 83 + 100",
        ),
        (
            "jumlah",
            "terakhir",
            "100",
            "realisasi K of the program, 100 (konsolidasi_renstra terakhir: a level is not "
            "added to last years' 83)",
        ),
        # quarters that are levels (the last one is the year's), years that add: a count
        # reported up to each quarter
        (
            "terakhir",
            "jumlah",
            "183",
            "realisasi K s/d last year + realisasi K of the program "
            "(konsolidasi_renstra jumlah): 83 + 100",
        ),
    ],
)
def test_each_rule_across_years_whatever_the_quarters(
    konsolidasi: str, renstra: str, dihitung: str, rumus: str
) -> None:
    teks = _ganti('konsolidasi = "jumlah"', f'konsolidasi = "{konsolidasi}"')
    if konsolidasi == "terakhir":
        teks = _ganti('tw_k = ["0", "30", "45", "25"]', 'tw_k = ["0", "30", "75", "100"]', teks)
    teks = _ganti('konsolidasi_renstra = "terakhir"', f'konsolidasi_renstra = "{renstra}"', teks)
    teks = _ganti('renstra_k = "100"', 'renstra_k = "1"', teks)
    (t,) = periksa(_lap(teks)).temuan
    assert (t.aturan, t.dihitung, t.rumus) == ("angka", dihitung, rumus)


def test_a_mean_across_years_is_not_computable_and_says_whose_rule() -> None:
    (t,) = periksa(_lap(_ganti('"terakhir"', '"rata-rata"'))).temuan
    assert (t.aturan, t.dicetak) == ("tak-terhitung", "100")
    assert t.rumus == (
        "mean of realisasi K s/d last year 83 and realisasi K of the program 100 "
        "(konsolidasi_renstra rata-rata)"
    )
    assert "a mean across years needs the number of years" in t.keterangan
    assert "the report does not give what the figure is computed from" in t.keterangan


def test_a_row_without_quarters_gives_a_rule_across_years_too() -> None:
    # konsolidasi needs tw_k; the rule across years needs last years' K only
    teks = _ganti('tw_k = ["0", "30", "45", "25"]\nkonsolidasi = "jumlah"\n', "")
    lap = _lap(teks)
    assert lap.cari("p1").konsolidasi_renstra is Konsolidasi.TERAKHIR
    assert periksa(lap).temuan == ()


@pytest.mark.parametrize("aturan", list(Konsolidasi), ids=lambda a: a.value)
def test_the_default_is_the_row_s_konsolidasi(aturan: Konsolidasi) -> None:
    teks = _ganti('konsolidasi_renstra = "terakhir"\n', "")
    teks = _ganti('konsolidasi = "jumlah"', f'konsolidasi = "{aturan.value}"', teks)
    assert _lap(teks).cari("p1").konsolidasi_renstra_berlaku is aturan
    for kelas, lain in KELAS:
        baris = kelas(kode="p9", nama="B", konsolidasi=aturan, **lain)
        assert (baris.konsolidasi_renstra, baris.konsolidasi_renstra_berlaku) == (None, aturan)
    tanpa_lalu = _ganti('realisasi_lalu_k = "83"\n', "", teks)
    assert _lap(tanpa_lalu).cari("p1").konsolidasi_renstra_berlaku is aturan


# -- refusals, with their place in the file --------------------------------------------------

#: The K keys of a full row (``tests._bangun.sub``), to give a program and a kegiatan K.
_K = ("indikator", "satuan", "target_k", "tw_k", "realisasi_k")


@pytest.mark.parametrize(
    ("tingkat", "letak"),
    [
        ("program", "program[0].konsolidasi_renstra"),
        ("kegiatan", "program[0].kegiatan[0].konsolidasi_renstra"),
        ("sub", "program[0].kegiatan[0].sub[0].konsolidasi_renstra"),
    ],
)
def test_the_rule_on_a_budget_only_row_is_refused_naming_the_row(tingkat: str, letak: str) -> None:
    s = sub_anggaran()
    k = kegiatan(sub=[s])
    p = program(kegiatan=[k])
    {"program": p, "kegiatan": k, "sub": s}[tingkat]["konsolidasi_renstra"] = "terakhir"
    with pytest.raises(ReportFormatError) as info:
        dari_dict(laporan(program=[p]), berkas="lkjip.toml")
    e = info.value
    assert (e.berkas, e.letak) == ("lkjip.toml", letak)
    assert "applies to the row's K (how last years' and this year's make its Renstra" in str(e)
    assert "this budget-only row has no output" in str(e)


@pytest.mark.parametrize(
    ("tingkat", "letak"),
    [
        ("program", "program[0].konsolidasi_renstra"),
        ("kegiatan", "program[0].kegiatan[0].konsolidasi_renstra"),
        ("sub", "program[0].kegiatan[0].sub[0].konsolidasi_renstra"),
    ],
)
@pytest.mark.parametrize("aturan", ["jumlah", "terakhir", "rata-rata"])
def test_the_rule_without_last_years_k_is_refused_naming_the_row(
    tingkat: str, letak: str, aturan: str
) -> None:
    # even the row's own rule again: the key would change nothing, and says something
    s = sub()
    k = kegiatan(sub=[s], **{x: y for x, y in sub().items() if x in _K})
    p = program(kegiatan=[k], **{x: y for x, y in sub().items() if x in _K})
    {"program": p, "kegiatan": k, "sub": s}[tingkat]["konsolidasi_renstra"] = aturan
    with pytest.raises(ReportFormatError) as info:
        dari_dict(laporan(program=[p]), berkas="lkjip.toml")
    e = info.value
    assert (e.berkas, e.letak, e.value) == ("lkjip.toml", letak, aturan)
    assert "applies to last years' K (realisasi_lalu_k), and this row gives none" in str(e)
    assert "write realisasi_lalu_k, or remove it" in str(e)
    # with last years' K, the same row reads
    {"program": p, "kegiatan": k, "sub": s}[tingkat]["realisasi_lalu_k"] = "1"
    assert dari_dict(laporan(program=[p])).cari(p["kode"]) is not None


@pytest.mark.parametrize(
    "nilai", ["rata-rata", "Jumlah", "sum", "", 1, True, ["jumlah"], None], ids=repr
)
def test_the_rule_is_read_as_konsolidasi_is(nilai: Any) -> None:
    def baca(kunci: str) -> str:
        d = tomllib.loads(PROGRAM)
        d["program"][0][kunci] = nilai
        try:
            return str(getattr(dari_dict(d).cari("p1"), kunci).value)
        except ReportFormatError as e:
            return str(e).replace(kunci, "KUNCI")

    assert baca("konsolidasi_renstra") == baca("konsolidasi")


@pytest.mark.parametrize(("kelas", "lain"), KELAS, ids=[k.__name__ for k, _ in KELAS])
def test_every_level_refuses_a_rule_of_its_own_without_last_years_k(
    kelas: type, lain: dict[str, Any]
) -> None:
    for keluaran in ({}, _KELUARAN):  # a budget-only row, a row with K
        with pytest.raises(InvalidValueError) as info:
            kelas(
                kode="p9", nama="B", konsolidasi_renstra=Konsolidasi.TERAKHIR, **keluaran, **lain
            )
        assert info.value.field == "konsolidasi_renstra"
        assert "konsolidasi_renstra needs realisasi_lalu_k on row 'p9'" in str(info.value)
    # even the row's own rule: a key with no effect is refused, as the TOML reader refuses it
    with pytest.raises(InvalidValueError, match="needs realisasi_lalu_k"):
        kelas(kode="p9", nama="B", konsolidasi_renstra=Konsolidasi.JUMLAH, **lain)
    # a row without a rule of its own may change its konsolidasi (attrs.evolve): the rule
    # across years follows it
    polos = kelas(kode="p9", nama="B", **_KELUARAN, **lain)
    lain_aturan = attrs.evolve(polos, konsolidasi=Konsolidasi.TERAKHIR)
    assert lain_aturan.konsolidasi_renstra_berlaku is Konsolidasi.TERAKHIR
    with pytest.raises(InvalidTypeError, match="konsolidasi_renstra must be Konsolidasi"):
        kelas(kode="p9", nama="B", konsolidasi_renstra="terakhir", **lain)
    ok = kelas(
        kode="p9",
        nama="B",
        konsolidasi_renstra=Konsolidasi.TERAKHIR,
        realisasi_lalu_k=Fraction(83),
        **_KELUARAN,
        **lain,
    )
    assert ok.konsolidasi_renstra is Konsolidasi.TERAKHIR
    # a record copied field by field is the same record (the default is kept, not recomputed)
    assert kelas(**attrs.asdict(ok, recurse=False, filter=lambda a, _: a.init)) == ok


# -- against an exact oracle, and against sakip.e81 ------------------------------------------

_K_ACAK = st.integers(min_value=0, max_value=10**6).map(Fraction) | st.decimals(
    min_value=0, max_value=10**6, places=2
).map(Fraction)

#: The year's K of four quarters, by the quarters' rule.
_TAHUN: dict[Konsolidasi, Callable[[list[Fraction]], Fraction]] = {
    Konsolidasi.JUMLAH: lambda tw: tw[0] + tw[1] + tw[2] + tw[3],
    Konsolidasi.TERAKHIR: lambda tw: tw[3],
    Konsolidasi.RATA_RATA: lambda tw: (tw[0] + tw[1] + tw[2] + tw[3]) / 4,
}
#: The Renstra realisasi K of last years' and this year's, by the rule across years;
#: None where it does not exist.
_RENSTRA: dict[Konsolidasi, Callable[[Fraction, Fraction], Fraction | None]] = {
    Konsolidasi.JUMLAH: lambda lalu, ini: lalu + ini,
    Konsolidasi.TERAKHIR: lambda lalu, ini: ini,
    Konsolidasi.RATA_RATA: lambda lalu, ini: None,
}


def _laporan_satu(
    tw: list[Fraction], lalu: Fraction, aturan: Konsolidasi, renstra: Konsolidasi
) -> Laporan:
    keluaran: dict[str, Any] = {
        "indikator": "Persentase",
        "satuan": "%",
        "target_k": Fraction(100),
        "tw_k": tw,
        "realisasi_k": _TAHUN[aturan](tw),
        "konsolidasi": aturan,
        "realisasi_lalu_k": lalu,
        "konsolidasi_renstra": renstra,
    }
    s = SubKegiatan(kode="p1.k1.s1", nama="S", pagu=1, realisasi_rp=1, **keluaran)
    k = Kegiatan(kode="p1.k1", nama="K", sub=(s,), **keluaran)
    p = Program(kode="p1", nama="P", kegiatan=(k,), **keluaran)
    return Laporan(
        instansi="D", tahun=2025, judul="J", sumber="-", renstra=(2025, 2030), program=(p,)
    )


@settings(deadline=None)
@given(
    tw=st.lists(_K_ACAK, min_size=4, max_size=4),
    lalu=_K_ACAK,
    aturan=st.sampled_from(list(Konsolidasi)),
    renstra=st.sampled_from(list(Konsolidasi)),
)
def test_the_renstra_realisasi_is_the_oracle_s_and_e81_s(
    tw: list[Fraction], lalu: Fraction, aturan: Konsolidasi, renstra: Konsolidasi
) -> None:
    lap = _laporan_satu(tw, lalu, aturan, renstra)
    ini = _TAHUN[aturan](tw)
    diharap = _RENSTRA[renstra](lalu, ini)
    h = Hitung(lap)
    tabel = e81.dari_laporan(lap)
    hasil = e81.hitung(tabel)
    for i, kode in enumerate(("p1", "p1.k1", "p1.k1.s1")):
        b = Besaran(jenis=JenisBesaran.RPJMD_K, kode=(kode,))
        # the written row: the rule across years, quarters that make the report's year
        assert tabel.baris[i].konsolidasi is renstra
        assert hasil[i].angka(Kolom.REALISASI_RENJA, Bagian.K) == ini
        dari_e81 = hasil[i].angka(Kolom.REALISASI_RENSTRA, Bagian.K)
        if diharap is None:
            with pytest.raises(TakTerhitungError, match="number of years"):
                h.nilai(b)
            assert dari_e81 is None
        else:
            assert h.nilai(b).eksak == diharap == dari_e81
        # the same rule twice: the report's quarters are written as they are
        if aturan is renstra:
            assert [tabel.baris[i].angka(k, Bagian.K) for k in KOLOM_TRIWULAN] == tw


def test_the_written_quarters_of_the_deli_serdang_row_are_its_levels() -> None:
    (b,) = e81.dari_laporan(_lap()).baris
    assert b.konsolidasi is Konsolidasi.TERAKHIR
    assert [b.angka(k, Bagian.K) for k in KOLOM_TRIWULAN] == [0, 30, 75, 100]
    assert b.angka(Kolom.REALISASI_RENSTRA_LALU, Bagian.K) == 83
