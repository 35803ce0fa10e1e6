"""The generalised schema: layout, scales, formulas and consolidation come from the report file."""

from __future__ import annotations

import copy
from typing import Any

import attrs
import pytest

from sakip.audit import periksa
from sakip.errors import InvalidTypeError, InvalidValueError, ReportFormatError
from sakip.laporan import Cetakan, Indikator, JenisBesaran, Laporan, dari_dict
from sakip.triwulan import Konsolidasi
from tests._bangun import angka, tabel
from tests.test_audit_sintetis import DASAR


def _d() -> dict[str, Any]:
    return copy.deepcopy(DASAR)


@pytest.mark.parametrize(
    ("ubah", "letak", "pesan"),
    [
        (
            lambda d: d["lampiran"]["kolom"].update(x={"judul": "X", "besaran": "iku.capaian"}),
            "lampiran.kolom.x.besaran",
            "row's code",
        ),
        (
            lambda d: d["lampiran"]["kolom"].update(
                x={"judul": "X", "besaran": "pagu", "per_triwulan": True}
            ),
            "lampiran.kolom.x.besaran",
            "and a quarter",
        ),
        (
            lambda d: d["lampiran"]["kolom"].update(x={"judul": "X", "besaran": "volume"}),
            "lampiran.kolom.x.besaran",
            "must be one of",
        ),
        (
            lambda d: d["program"][0].update(dicetak={"tw": ["1", "2"]}),
            "program[0].dicetak.tw",
            "4 strings",
        ),
        (
            lambda d: d["program"][0].update(dicetak={"asing": "1"}),
            "program[0].dicetak.asing",
            "not a key",
        ),
        (
            lambda d: d["indikator"][0].update(rumus="rumus_x"),
            "indikator[0].rumus",
            "must be one of",
        ),
        (
            lambda d: d["laporan"].update(skala_atribut="TIDAK_ADA"),
            "laporan.skala_atribut",
            "must name a scale",
        ),
        (
            lambda d: d.update(
                skala=[{"kode": "PERMENDAGRI_86_2017", "nama": "x", "sumber": "y", "pita": []}]
            ),
            "skala[0].kode",
            "built-in",
        ),
        (
            lambda d: d.update(
                skala=[
                    {
                        "kode": "S",
                        "nama": "x",
                        "sumber": "y",
                        "pita": [{"nama": "a", "atas": "5"}, {"nama": "b", "bawah": "6"}],
                    }
                ]
            ),
            "skala[0].pita",
            "overlaps or gaps",
        ),
        (
            lambda d: d["program"][0]["kegiatan"][0]["sub"][0].update(konsolidasi="semua"),
            "program[0].kegiatan[0].sub[0].konsolidasi",
            "must be one of",
        ),
        (lambda d: d["laporan"].update(tahun=20245), "laporan.tahun", "4 digits"),
        (
            lambda d: d["program"][0].update(dicetak={"tw": ["1", "2", "3", "4"]}),
            "program[0].dicetak.tw[0]",
            "which must be a kegiatan",
        ),
        (
            lambda d: d["program"][0]["kegiatan"][0].update(
                kode="p1.k 1", dicetak={"rp_persen": "1"}
            ),
            "program[0].kegiatan[0].kode",
            "letters, digits",
        ),
        (lambda d: d["indikator"][1].update(kode="i1"), "indikator", "unique"),
    ],
)
def test_schema_errors_name_the_place(ubah: Any, letak: str, pesan: str) -> None:
    d = _d()
    ubah(d)
    with pytest.raises(ReportFormatError) as info:
        dari_dict(d, berkas="skema.toml")
    assert info.value.letak == letak
    assert pesan in str(info.value)


def test_a_sub_kegiatan_s_consolidation_rule_is_used() -> None:
    d = _d()
    s = d["program"][0]["kegiatan"][0]["sub"][1]
    s.update(tw_k=["2", "4", "6", "8"], realisasi_k="8", konsolidasi="terakhir")
    assert periksa(dari_dict(d)).temuan == ()
    s.update(realisasi_k="20")
    (t,) = periksa(dari_dict(d)).temuan
    assert t.aturan == "triwulan"
    assert "the last quarter" in t.rumus


def test_an_indicator_s_formula_is_used_with_its_rules() -> None:
    d = _d()
    d["indikator"][0].update(rumus="lpm_aktif")
    d["indikator"][0]["realisasi"]["2024"].update(pembilang=11)  # 11 of 10 LPM: refused
    d["tabel"] = [tabel(angka("iku.realisasi:i1:2024", "110,00"))]
    (t,) = periksa(dari_dict(d)).temuan
    assert t.aturan == "tak-terhitung"
    assert "lpm_aktif" in t.rumus


def test_the_indicator_consolidation_removed_in_0_3_0_is_refused() -> None:
    d = _d()
    d["indikator"][0]["konsolidasi"] = "terakhir"
    with pytest.raises(ReportFormatError, match=r"indikator\[0\]\.konsolidasi is not a key"):
        dari_dict(d)
    isi = attrs.asdict(dari_dict(_d()).indikator[0], recurse=False)
    with pytest.raises(TypeError, match="konsolidasi"):
        Indikator(**isi | {"konsolidasi": Konsolidasi.JUMLAH})


def test_records_validate_their_fields() -> None:
    with pytest.raises(InvalidValueError, match="kind"):
        Cetakan(tabel="t", baris="b", kolom="k", teks="1", besaran="volume:p1")
    with pytest.raises(InvalidTypeError):
        Cetakan(tabel=None, baris="b", kolom="k", teks="1", besaran="pagu:p1")  # type: ignore[arg-type]
    lap = dari_dict(_d())
    with pytest.raises(InvalidValueError, match="unique"):
        Laporan(
            instansi="x",
            tahun=2024,
            judul="j",
            sumber="s",
            renstra=(2021, 2026),
            program=(*lap.program, lap.program[0]),
        )
    with pytest.raises(InvalidTypeError):
        Laporan(instansi="x", tahun=True, judul="j", sumber="s", renstra=(2021, 2026))


def test_codes_are_found_in_constant_time() -> None:
    lap = dari_dict(_d())
    assert lap.cari("p2.k1.s1").kode == "p2.k1.s1"
    assert lap.ada("p2")
    assert not lap.ada("p3")
    assert not lap.ada(None)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        lap.cari("p3")
    assert lap.indikator_dengan("i2").arah.value == "turun"
    assert JenisBesaran("pagu") is JenisBesaran.PAGU
