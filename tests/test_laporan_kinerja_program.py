"""K (kinerja) on program and kegiatan rows: a program's outcome, a kegiatan's output.

Permendagri 86/2017, Lampiran, form E.81 prints on every program row its outcome
indicator ("Indikator Kinerja Program (Outcome)"), and on every kegiatan row its
output, each with satuan, target K, quarterly K, realisasi K and K %. A report
file writes them in the keys of a sub kegiatan's output; the K quantities and the
quarterly K check apply to those rows as to a sub kegiatan, and a row without
them is a budget-only row. Synthetic figures, each printed one computed by hand.
"""

from __future__ import annotations

import re
import tomllib
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip import capaian
from sakip.audit import periksa, periksa_berkas
from sakip.audit._tulis import TakTerhitungError
from sakip.audit.besaran import Hitung
from sakip.errors import InvalidValueError, ReportFormatError
from sakip.laporan import (
    Besaran,
    JenisBesaran,
    Kegiatan,
    Keluaran,
    Laporan,
    Program,
    SubKegiatan,
    baca_toml,
    dari_dict,
)
from sakip.triwulan import Konsolidasi
from tests._bangun import kegiatan, laporan, program, sub

TABEL = "Lampiran 3"
PROGRAM = "p1 Program Rehabilitasi Sosial"
KEGIATAN = "p1.k1 Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar"

#: A lampiran printing K % on its program, kegiatan and sub kegiatan rows. The program's
#: outcome is a percentage whose year is its last quarter; 87,13 / 90 x 100 = 96,81.
#: The kegiatan's output counts people, 30 + 30 + 30 + 36 = 126; 126 / 120 x 100 = 105,00.
LAPORAN = """skema = 1

[laporan]
instansi = "Dinas Sosial Contoh"
tahun = 2024
judul = "LKjIP 2024"
sumber = "synthetic"
renstra = [2021, 2026]

[lampiran]
tabel = "Lampiran 3"

[lampiran.kolom]
k_persen = { judul = "K %", besaran = "k_persen" }
rp_persen = { judul = "Rp %", besaran = "penyerapan" }
rpjmd_k = { judul = "RPJMD K", besaran = "rpjmd_k" }

[[program]]
kode = "p1"
nama = "Program Rehabilitasi Sosial"
indikator = "Persentase PPKS yang tertangani"
satuan = "%"
target_k = "90"
tw_k = ["80", "84", "86", "87.13"]
konsolidasi = "terakhir"
realisasi_k = "87.13"
dicetak = { k_persen = "96,81", rp_persen = "90,00", rpjmd_k = "87,13" }

[[program.kegiatan]]
kode = "p1.k1"
nama = "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar"
indikator = "Jumlah penyandang disabilitas terlantar yang mendapat layanan"
satuan = "orang"
target_k = "120"
tw_k = ["30", "30", "30", "36"]
realisasi_k = "126"
dicetak = { k_persen = "105,00", rp_persen = "90,00" }

[[program.kegiatan.sub]]
kode = "p1.k1.s1"
nama = "Penyediaan Permakanan"
indikator = "Jumlah penyandang disabilitas yang mendapat permakanan"
satuan = "orang"
target_k = "100"
realisasi_k = "50"
pagu = 100_000_000
realisasi_rp = 90_000_000
dicetak = { k_persen = "50,00", rp_persen = "90,00" }
"""


def _ganti(lama: str, baru: str, teks: str = LAPORAN) -> str:
    assert teks.count(lama) == 1, lama
    return teks.replace(lama, baru)


def _toml(teks: str) -> dict[str, Any]:
    return tomllib.loads(teks)


def _tulis(tmp_path: Path, teks: str) -> Path:
    f = tmp_path / "lkjip.toml"
    f.write_text(teks, encoding="utf-8")
    return f


def test_a_program_s_outcome_and_a_kegiatan_s_output_are_read(tmp_path: Path) -> None:
    lap = baca_toml(_tulis(tmp_path, LAPORAN))
    p, k = lap.cari("p1"), lap.cari("p1.k1")
    assert p.keluaran == Keluaran(
        indikator="Persentase PPKS yang tertangani",
        satuan="%",
        target_k=Fraction(90),
        tw_k=(Fraction(80), Fraction(84), Fraction(86), Fraction(8713, 100)),
        realisasi_k=Fraction(8713, 100),
    )
    assert p.konsolidasi is Konsolidasi.TERAKHIR
    assert k.keluaran is not None
    assert k.keluaran.realisasi_k == 126
    assert k.konsolidasi is Konsolidasi.JUMLAH
    # the Rupiah are still the sums of the rows below; the K is each row's own
    assert (p.pagu, k.pagu) == (100_000_000, 100_000_000)
    assert lap.cari("p1.k1.s1").keluaran.realisasi_k == 50  # type: ignore[union-attr]


def test_correct_printed_k_on_every_level_has_no_finding(tmp_path: Path) -> None:
    hasil = periksa_berkas(_tulis(tmp_path, LAPORAN))
    assert hasil.temuan == ()
    assert hasil.diperiksa == 7  # K %, Rp % and RPJMD K of the rows


@pytest.mark.parametrize(
    ("lama", "baru", "baris", "dihitung", "rumus"),
    [
        ('k_persen = "96,81"', 'k_persen = "96,18"', PROGRAM, "96,81", "87,13 / 90 x 100"),
        ('k_persen = "105,00"', 'k_persen = "150,00"', KEGIATAN, "105,00", "126 / 120 x 100"),
        ('rpjmd_k = "87,13"', 'rpjmd_k = "87,31"', PROGRAM, "87,13", "realisasi K of the program"),
    ],
)
def test_a_wrong_printed_k_is_a_finding_naming_its_row(
    lama: str, baru: str, baris: str, dihitung: str, rumus: str
) -> None:
    (t,) = periksa(dari_dict(_toml(_ganti(lama, baru)))).temuan
    assert t.aturan == "angka"
    assert t.letak.startswith(f"{TABEL} / {baris} / ")
    assert (t.dihitung, t.rumus) == (dihitung, rumus)


def test_a_k_percent_capped_at_100_is_explained_on_a_kegiatan_row() -> None:
    (t,) = periksa(dari_dict(_toml(_ganti('k_persen = "105,00"', 'k_persen = "100,00"')))).temuan
    assert t.letak == f"{TABEL} / {KEGIATAN} / K %"
    assert t.aturan == "metode"  # reproduced by another method, as on a sub kegiatan row


@pytest.mark.parametrize(
    ("hapus", "letak"),
    [
        ('satuan = "%"\n', "program[0].satuan"),
        ('target_k = "120"\n', "program[0].kegiatan[0].target_k"),
    ],
)
def test_a_partial_output_group_is_refused_naming_the_file_and_the_table(
    tmp_path: Path, hapus: str, letak: str
) -> None:
    f = _tulis(tmp_path, _ganti(hapus, ""))
    with pytest.raises(ReportFormatError) as info:
        baca_toml(f)
    e = info.value
    assert e.letak == letak
    assert e.berkas.endswith("lkjip.toml")
    assert "the output fields indikator, satuan, target_k, realisasi_k" in str(e)


@pytest.mark.parametrize(
    ("kunci", "nilai"), [("tw_k", ["1", "1", "1", "1"]), ("konsolidasi", "terakhir")]
)
def test_quarters_on_a_budget_only_program_row_are_refused(kunci: str, nilai: Any) -> None:
    with pytest.raises(ReportFormatError) as info:
        dari_dict(laporan(program=[program(**{kunci: nilai})]))
    assert info.value.letak == f"program[0].{kunci}"
    assert "budget-only row has no output" in str(info.value)


@pytest.mark.parametrize(
    ("lama", "baru", "baris", "dihitung"),
    [
        # the last quarter is the year for a percentage consolidated by its last quarter
        ('"86", "87.13"]', '"86", "87"]', PROGRAM, "80, 84, 86, 87 = 87"),
        ('"30", "36"]', '"30", "35"]', KEGIATAN, "30 + 30 + 30 + 35 = 125"),
    ],
)
def test_quarters_that_do_not_make_the_year_are_a_finding(
    lama: str, baru: str, baris: str, dihitung: str
) -> None:
    (t,) = periksa(dari_dict(_toml(_ganti(lama, baru)))).temuan
    assert t.aturan == "triwulan"
    assert t.letak == f"{TABEL} / {baris} / K"
    assert t.dihitung == dihitung
    assert "Permendagri 86/2017 form E.81" in t.rumus


@pytest.mark.parametrize(
    ("kode", "pesan"),
    [
        ("p1", "p1 is a budget-only program row: the report records no outcome"),
        ("p1.k1", "p1.k1 is a budget-only kegiatan row: the report records no output"),
    ],
)
def test_a_printed_k_on_a_budget_only_row_is_tak_terhitung_for_its_level(
    kode: str, pesan: str
) -> None:
    d = laporan(
        lampiran={"tabel": TABEL, "kolom": {"k": {"judul": "K %", "besaran": "k_persen"}}},
        program=[program(kegiatan=[kegiatan()])],
    )
    baris = d["program"][0] if kode == "p1" else d["program"][0]["kegiatan"][0]
    baris["dicetak"] = {"k": "100,00"}
    (t,) = periksa(dari_dict(d)).temuan
    assert t.aturan == "tak-terhitung"
    assert t.dicetak == "100,00"
    assert pesan in t.keterangan
    baris["dicetak"] = {"k": "-"}  # a dash is consistent, as on a budget-only sub kegiatan
    assert periksa(dari_dict(d)).temuan == ()


def test_the_mean_k_percent_stays_the_mean_of_the_sub_kegiatan() -> None:
    # rata_rata:k_persen keeps its meaning: the sub kegiatan with a target, not the
    # program's outcome (96,81) or the kegiatan's output (105,00)
    d = _toml(LAPORAN)
    d["tabel"] = [
        {
            "tabel": "Tabel 3.1",
            "angka": [
                {"baris": "r", "kolom": "K", "teks": "50,00", "besaran": "rata_rata:k_persen"}
            ],
        }
    ]
    hasil = periksa(dari_dict(d))
    assert hasil.temuan == ()
    assert hasil.diperiksa == 8


KELAS: list[tuple[type, dict[str, Any]]] = [
    (SubKegiatan, {"pagu": 100, "realisasi_rp": 90}),
    (Kegiatan, {"sub": ()}),
    (Program, {"kegiatan": ()}),
]


@pytest.mark.parametrize(("kelas", "lain"), KELAS, ids=[k.__name__ for k, _ in KELAS])
@pytest.mark.parametrize(
    "sebagian",
    [{"satuan": "orang"}, {"target_k": Fraction(1), "realisasi_k": Fraction(1)}],
)
def test_every_level_refuses_a_partial_output_group_alike(
    kelas: type, lain: dict[str, Any], sebagian: dict[str, Any]
) -> None:
    with pytest.raises(InvalidValueError) as info:
        kelas(kode="x", nama="Baris", **lain, **sebagian)
    with pytest.raises(InvalidValueError) as sub_info:
        SubKegiatan(kode="x", nama="Baris", pagu=100, realisasi_rp=90, **sebagian)
    assert str(info.value) == str(sub_info.value)
    assert re.search(r"come all together or not at all", str(info.value))


@pytest.mark.parametrize(("kelas", "lain"), KELAS, ids=[k.__name__ for k, _ in KELAS])
def test_every_level_refuses_quarters_without_output(kelas: type, lain: dict[str, Any]) -> None:
    with pytest.raises(InvalidValueError, match="a budget-only row has no K"):
        kelas(kode="x", nama="Baris", tw_k=(Fraction(1),) * 4, **lain)


_K = st.integers(min_value=0, max_value=10**9).map(Fraction) | st.fractions(
    min_value=0, max_value=10**6, max_denominator=10**4
)


@given(realisasi=_K, target=_K.filter(bool))
def test_k_percent_of_any_row_is_the_exact_ratio(realisasi: Fraction, target: Fraction) -> None:
    keluaran: dict[str, Any] = {"indikator": "Persentase", "satuan": "%", "target_k": target}
    s = SubKegiatan(
        kode="p1.k1.s1", nama="S", pagu=1, realisasi_rp=1, realisasi_k=realisasi, **keluaran
    )
    k = Kegiatan(kode="p1.k1", nama="K", sub=(s,), realisasi_k=realisasi, **keluaran)
    p = Program(kode="p1", nama="P", kegiatan=(k,), realisasi_k=realisasi, **keluaran)
    lap = Laporan(
        instansi="D", tahun=2024, judul="J", sumber="-", renstra=(2021, 2026), program=(p,)
    )
    h = Hitung(lap)
    diharap = capaian(realisasi=realisasi, target=target, tempat=None)
    assert diharap == realisasi * 100 / target
    for kode in ("p1", "p1.k1", "p1.k1.s1"):
        b = Besaran(jenis=JenisBesaran.K_PERSEN, kode=(kode,))
        assert h.nilai(b).eksak == diharap
        assert h.nilai(Besaran(jenis=JenisBesaran.RPJMD_K, kode=(kode,))).eksak == realisasi


def test_a_program_s_k_is_never_the_sum_of_its_kegiatan_s() -> None:
    d = laporan(
        program=[
            program(
                indikator="Persentase PPKS yang tertangani",
                satuan="%",
                target_k="80",
                realisasi_k="60",
                kegiatan=[kegiatan(sub=[sub(), sub("p1.k1.s2")])],
            )
        ]
    )
    h = Hitung(dari_dict(d))
    assert h.nilai(Besaran(jenis=JenisBesaran.K_PERSEN, kode=("p1",))).eksak == 75
    assert h.nilai(Besaran(jenis=JenisBesaran.RPJMD_K, kode=("p1",))).eksak == 60


def test_a_row_of_a_subclass_keeps_its_level() -> None:
    # a report built in Python may hold rows of a subclass (a caller's own record); the K
    # quantities find their level as isinstance does, as they did before the levels were
    # a table (a KeyError escaped from the audit)
    import attrs

    @attrs.frozen(kw_only=True)
    class SubSendiri(SubKegiatan):
        pass

    @attrs.frozen(kw_only=True)
    class ProgramSendiri(Program):
        pass

    keluaran: dict[str, Any] = {"indikator": "Persentase", "satuan": "%", "target_k": Fraction(80)}
    s = SubSendiri(
        kode="p1.k1.s1", nama="S", pagu=1, realisasi_rp=1, realisasi_k=Fraction(60), **keluaran
    )
    p = ProgramSendiri(
        kode="p1",
        nama="P",
        kegiatan=(Kegiatan(kode="p1.k1", nama="K", sub=(s,)),),
        realisasi_k=Fraction(40),
        **keluaran,
    )
    lap = Laporan(
        instansi="D", tahun=2024, judul="J", sumber="-", renstra=(2021, 2026), program=(p,)
    )
    h = Hitung(lap)
    assert h.nilai(Besaran(jenis=JenisBesaran.K_PERSEN, kode=("p1.k1.s1",))).eksak == 75
    assert h.nilai(Besaran(jenis=JenisBesaran.K_PERSEN, kode=("p1",))).eksak == 50
    assert "of the program" in h.nilai(Besaran(jenis=JenisBesaran.RPJMD_K, kode=("p1",))).rumus
    with pytest.raises(TakTerhitungError, match="budget-only kegiatan row"):
        h.nilai(Besaran(jenis=JenisBesaran.K_PERSEN, kode=("p1.k1",)))
