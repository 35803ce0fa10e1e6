"""Small synthetic reports: one per quantity kind, one per explanation, and reports of other shapes."""

from __future__ import annotations

import copy
import io
from typing import Any

import pytest

from sakip.audit import HasilAudit, Tingkat, periksa
from sakip.audit.besaran import BESARAN
from sakip.audit.tampil import tampil_markdown, tampil_teks
from sakip.errors import ReportFormatError
from sakip.laporan import JenisBesaran, dari_dict
from sakip.laporan.besaran import JENIS_RUPIAH
from tests._bangun import (
    angka,
    indikator,
    kegiatan,
    kepala,
    kolom,
    lampiran,
    laporan,
    program,
    sub,
    tabel,
)

DASAR: dict[str, Any] = laporan(
    laporan=kepala(skala_atribut="ATRIBUT_CAPAIAN"),
    belanja={
        "operasi": 1_600_000,
        "modal": 100_000,
        "realisasi_operasi": 1_450_000,
        "realisasi_modal": 50_000,
    },
    lampiran=lampiran(
        tabel="Lampiran A",
        kolom={
            "rp_persen": kolom("Rp %", "penyerapan"),
            "tw": kolom("TW {n}", "tw_rp", per_triwulan=True),
        },
    ),
    program=[
        program(
            kegiatan=[
                kegiatan(
                    sub=[
                        sub(
                            target_k="4",
                            pagu=1_000_000,
                            tw_k=["1", "1", "1", "1"],
                            tw_rp=[250_000, 250_000, 250_000, 200_000],
                        ),
                        sub(
                            "p1.k1.s2",
                            target_k="10",
                            pagu=500_000,
                            tw_k=["2", "2", "2", "2"],
                            tw_rp=[100_000, 100_000, 100_000, 100_000],
                        ),
                    ],
                )
            ],
        ),
        program(
            "p2",
            nama="Program Dua",
            pagu_awal=300_000,
            kegiatan=[
                kegiatan(
                    "p2.k1",
                    nama="Kegiatan Dua",
                    sub=[
                        sub(
                            "p2.k1.s1",
                            target_k="5",
                            pagu=200_000,
                            tw_k=["0", "0", "0", "5"],
                            tw_rp=[0, 0, 0, 150_000],
                        )
                    ],
                )
            ],
        ),
    ],
    indikator=[
        indikator(
            "i1",
            nama="Indikator naik",
            program=["p1"],
            target={"2023": "80", "2024": "90", "2026": "100"},
            realisasi={
                "2023": {"pembilang": 72, "penyebut": 100},
                "2024": {"pembilang": 9, "penyebut": 10, "rincian_penyebut": {"a": 4, "b": 6}},
            },
        ),
        indikator(
            "i2",
            nama="Indikator turun",
            arah="turun",
            metode="selisih",
            program=["p2"],
            target={"2024": "10"},
            realisasi={"2024": {"pembilang": 8, "penyebut": 100}},
        ),
    ],
)

# One case per quantity kind: the besaran, its right text, a wrong text.
KASUS: dict[JenisBesaran, tuple[str, str, str]] = {
    JenisBesaran.PAGU: ("pagu:p1", "1.500.000", "1.500.001"),
    JenisBesaran.PAGU_AWAL: ("pagu_awal:p2", "300.000", "1"),
    JenisBesaran.REALISASI_RP: ("realisasi_rp:total", "1.500.000", "1"),
    JenisBesaran.PENYERAPAN: ("penyerapan:p1", "90,00", "91,37"),
    JenisBesaran.SISA: ("sisa:p2", "50.000", "5"),
    JenisBesaran.K_PERSEN: ("k_persen:p1.k1.s2", "80,00", "81,37"),
    JenisBesaran.RPJMD_K: ("rpjmd_k:p1.k1.s2", "8", "9"),
    JenisBesaran.RPJMD_RP: ("rpjmd_rp:p1.k1.s1", "950.000", "1"),
    JenisBesaran.TW_RP: ("tw_rp:p1.k1:4", "300.000", "1"),
    JenisBesaran.IKU_TARGET: ("iku.target:i1:2024", "90", "91"),
    JenisBesaran.IKU_REALISASI: ("iku.realisasi:i1:2024", "90,00", "91,37"),
    JenisBesaran.IKU_CAPAIAN: ("iku.capaian:i1:2024", "100,00", "101,37"),
    JenisBesaran.IKU_PREDIKAT: ("iku.predikat:i1:2024", "Sangat Tinggi", "Rendah"),
    JenisBesaran.IKU_ATRIBUT: ("iku.atribut:i1:2024", "Sangat Berhasil", "Berhasil"),
    JenisBesaran.IKU_ATRIBUT_RATA_RATA: (
        "iku.atribut_rata_rata:2024",
        "Sangat Berhasil",
        "Tidak Berhasil",
    ),
    JenisBesaran.IKU_CAPAIAN_RATA_RATA: ("iku.capaian_rata_rata:2024", "110,00", "101,37"),
    JenisBesaran.IKU_PENYEBUT: ("iku.penyebut:i1:2024", "10", "11"),
    JenisBesaran.IKU_JUMLAH_RINCIAN: ("iku.jumlah_rincian:i1:2024", "10", "11"),
    JenisBesaran.IKU_KEMAJUAN: ("iku.kemajuan:i1", "90,00", "91,37"),
    JenisBesaran.IKU_SELISIH_CAPAIAN: ("iku.selisih_capaian:i1:2024", "10,00", "11,37"),
    JenisBesaran.IKU_PENYERAPAN: ("iku.penyerapan:i1", "90,00", "91,37"),
    JenisBesaran.IKU_EFISIENSI: ("iku.efisiensi:i1", "10,00", "11,37"),
    JenisBesaran.IKU_EFISIENSI_RP: ("iku.efisiensi_rp:i1", "150.000", "1"),
    JenisBesaran.IKU_EFISIENSI_KATEGORI: ("iku.efisiensi_kategori:i1", "Efisien", "Tidak Efisien"),
    JenisBesaran.BELANJA_OPERASI: ("belanja.operasi", "1.600.000", "1"),
    JenisBesaran.BELANJA_MODAL: ("belanja.modal", "100.000", "1"),
    JenisBesaran.BELANJA_TOTAL: ("belanja.total", "1.700.000", "1"),
    JenisBesaran.BELANJA_REALISASI_OPERASI: ("belanja.realisasi_operasi", "1.450.000", "1"),
    JenisBesaran.BELANJA_REALISASI_MODAL: ("belanja.realisasi_modal", "50.000", "1"),
    JenisBesaran.BELANJA_REALISASI_TOTAL: ("belanja.realisasi_total", "1.500.000", "1"),
    JenisBesaran.BANYAK: ("banyak:sub", "3", "4"),
    JenisBesaran.RATA_RATA: ("rata_rata:k_persen", "93,33", "50,00"),
    JenisBesaran.TERBILANG: (
        "terbilang:pagu:total",
        "Satu Juta Tujuh Ratus Ribu Rupiah",
        "Satu Rupiah",
    ),
    JenisBesaran.PREDIKAT: ("predikat:iku.capaian:i1:2024", "Sangat Tinggi", "Sedang"),
}


def _dengan(dicetak: list[dict[str, str]], ubah: Any = None) -> HasilAudit:
    d = copy.deepcopy(DASAR)
    if ubah is not None:
        ubah(d)
    d["tabel"] = [tabel(*dicetak)]
    return periksa(dari_dict(d, berkas="sintetis.toml"))


def _skala_dinas(d: dict[str, Any], pita: list[dict[str, Any]], *untuk: str) -> None:
    """Give the report a scale of its own, ``SKALA_DINAS``, and rate ``untuk`` with it."""
    d["skala"] = [{"kode": "SKALA_DINAS", "nama": "Skala dinas", "sumber": "contoh", "pita": pita}]
    for kunci in untuk:
        d["laporan"][f"skala_{kunci}"] = "SKALA_DINAS"


def test_every_kind_has_a_case() -> None:
    assert set(KASUS) == set(JenisBesaran)


def test_the_synthetic_report_is_clean() -> None:
    assert _dengan([]).temuan == ()


@pytest.mark.parametrize("jenis", list(KASUS), ids=[j.value for j in KASUS])
def test_each_kind_right_and_wrong(jenis: JenisBesaran) -> None:
    besaran, benar, salah = KASUS[jenis]
    assert _dengan([angka(besaran, benar)]).temuan == ()
    temuan = _dengan([angka(besaran, salah)]).temuan
    assert len(temuan) == 1
    assert temuan[0].letak == "T / r / k"
    assert temuan[0].dicetak == salah


@pytest.mark.parametrize(
    ("besaran", "teks", "keterangan", "ubah"),
    [
        ("iku.capaian:i2:2024", "125,00", "lower is better (rasio)", None),
        ("iku.capaian:i2:2024", "80,00", "higher is better", None),
        (
            "iku.capaian:i1:2024",
            "100",
            "capped at 100",
            lambda d: d["indikator"][0]["target"].update({"2024": "75"}),
        ),
        (
            "penyerapan:p1.k1.s1",
            "66,66",
            "truncating",
            lambda d: d["program"][0]["kegiatan"][0]["sub"][0].update(pagu=1_425_000),
        ),
        (
            "iku.capaian:i1:2024",
            "100,00",
            "rounded first to 0 places",
            lambda d: d["indikator"][0]["realisasi"]["2024"].update(
                pembilang=8955, penyebut=10000
            ),
        ),
        ("penyerapan:p2", "50,00", "original pagu", None),
        (
            "iku.realisasi:i1:2024",
            "75,00",
            "breakdown of the denominator",
            lambda d: d["indikator"][0]["realisasi"]["2024"].update(
                rincian_penyebut={"a": 4, "b": 8}
            ),
        ),
        ("iku.efisiensi:i2", "25,00", "capped at 100", None),
        ("k_persen:p1.k1.s2", "125,00", "other way round", None),
    ],
    ids=[
        "other-turun",
        "r-over-t",
        "cap",
        "truncate",
        "rounded-operand",
        "pagu-awal",
        "breakdown",
        "efisiensi-cap",
        "swapped",
    ],
)
def test_each_explanation_on_a_report_made_for_it(
    besaran: str, teks: str, keterangan: str, ubah: Any
) -> None:
    temuan = [t for t in _dengan([angka(besaran, teks)], ubah).temuan if t.letak == "T / r / k"]
    assert len(temuan) == 1
    assert temuan[0].aturan == "metode", temuan[0]
    assert keterangan in temuan[0].keterangan, temuan[0].keterangan


@pytest.mark.parametrize(
    ("besaran", "teks", "keterangan"),
    [
        ("penyerapan:p1", "75,00", "the penyerapan of p2"),
        ("iku.capaian:i1:2024", "90,00", "previous year's capaian"),
        ("iku.capaian:i1:2023", "100,00", "next year's capaian"),
        ("iku.capaian:i1:2024", "120,00", "indicator i2's capaian"),
    ],
)
def test_the_same_figure_elsewhere_is_named(besaran: str, teks: str, keterangan: str) -> None:
    (t,) = _dengan([angka(besaran, teks)]).temuan
    assert t.aturan == "angka"
    assert keterangan in t.keterangan


def test_overspending_is_a_finding_not_a_crash() -> None:
    def boros(d: dict[str, Any]) -> None:
        s = d["program"][1]["kegiatan"][0]["sub"][0]
        s.update(tw_rp=[0, 0, 0, 250_000], realisasi_rp=250_000)
        d["belanja"]["realisasi_operasi"] += 100_000

    hasil = _dengan([angka("penyerapan:p2", "125,00"), angka("sisa:p2", "-50.000")], boros)
    assert [t.aturan for t in hasil.temuan if t.aturan != "anggaran"] == []  # -50.000 is right
    salah = _dengan([angka("sisa:p2", "0")], boros).temuan
    assert [t.dihitung for t in salah if t.aturan == "angka"] == ["-50.000"]
    (t,) = [t for t in hasil.temuan if t.aturan == "anggaran"]
    assert t.tingkat is Tingkat.TINGGI
    assert "overspent by 50.000" in t.keterangan
    assert hasil.tabel[1].baris[1][-1] == "125,00"
    tampil_teks(hasil, io.StringIO())


def test_zero_target_and_zero_pagu_print_a_dash() -> None:
    def nol(d: dict[str, Any]) -> None:
        d["indikator"][0]["target"]["2024"] = "0"
        for s in d["program"][0]["kegiatan"][0]["sub"]:
            s.update(pagu=0, tw_rp=[0, 0, 0, 0], realisasi_rp=0)
        d["belanja"] = {
            "operasi": 200_000,
            "modal": 0,
            "realisasi_operasi": 150_000,
            "realisasi_modal": 0,
        }

    hasil = _dengan([angka("iku.capaian:i1:2024", "-"), angka("penyerapan:p1", "-")], nol)
    assert hasil.temuan == ()
    iku = {(b[0], b[1]): b for b in hasil.tabel[0].baris}
    assert iku[("i1", "2024")][4] == "-"
    assert hasil.tabel[1].baris[0][-1] == "-"
    out = io.StringIO()
    tampil_markdown(hasil, out)
    assert "| p1 |" in out.getvalue()


def _tanpa(*kunci: str) -> Any:
    def ubah(d: dict[str, Any]) -> None:
        for k in kunci:
            d.pop(k, None)

    return ubah


@pytest.mark.parametrize(
    ("nama", "ubah", "besaran", "teks"),
    [
        (
            "indicator-only",
            _tanpa("program", "belanja", "lampiran"),
            "iku.capaian:i1:2024",
            "100,00",
        ),
        ("budget-only", _tanpa("indikator"), "penyerapan:total", "88,24"),
        ("lampiran-only", _tanpa("indikator", "belanja"), "pagu:p1", "1.500.000"),
    ],
)
def test_reports_of_other_shapes_load_audit_and_render(
    nama: str, ubah: Any, besaran: str, teks: str
) -> None:
    def ubah2(d: dict[str, Any]) -> None:
        ubah(d)
        d["laporan"].pop("skala_atribut")

    hasil = _dengan([angka(besaran, teks)], ubah2)
    assert hasil.temuan == (), nama
    for tampil in (tampil_teks, tampil_markdown):
        tampil(hasil, io.StringIO())


def test_an_indicator_funded_by_a_missing_program() -> None:
    def hilang(d: dict[str, Any]) -> None:
        d["indikator"][0]["program"] = ["p9"]

    hasil = _dengan([angka("iku.efisiensi:i1", "10,00")], hilang)
    (t,) = hasil.temuan
    assert t.aturan == "tak-terhitung"
    assert hasil.tabel[2].baris[0][2] == "-"


@pytest.mark.parametrize(("dicetak", "temuan"), [("n/a", 0), ("N/A", 0), ("-", 0), ("0,00", 1)])
def test_not_available_printed_where_nothing_is_computable(dicetak: str, temuan: int) -> None:
    # "n/a" marks no figure, as "-" does: consistent with a quantity that does not exist
    hasil = _dengan(
        [angka("rata_rata:penyerapan", dicetak)], _tanpa("program", "belanja", "lampiran")
    )
    assert len(hasil.temuan) == temuan


def test_mean_penyerapan_without_pagu_is_not_computable() -> None:
    hasil = _dengan(
        [angka("rata_rata:penyerapan", "0,00")], _tanpa("program", "belanja", "lampiran")
    )
    (t,) = hasil.temuan
    assert t.aturan == "tak-terhitung"


def test_a_report_may_define_its_own_scale() -> None:
    def skala(d: dict[str, Any]) -> None:
        pita = [{"nama": "Kurang", "atas": "95"}, {"nama": "Baik", "bawah": "95"}]
        _skala_dinas(d, pita, "predikat")

    assert _dengan([angka("iku.predikat:i1:2024", "Baik")], skala).temuan == ()
    (t,) = _dengan([angka("iku.predikat:i1:2024", "Kurang")], skala).temuan
    assert t.dihitung == "Baik"


def test_lampiran_columns_come_from_the_report() -> None:
    def dicetak(d: dict[str, Any]) -> None:
        d["program"][0]["dicetak"] = {"rp_persen": "90,00"}
        d["program"][0]["kegiatan"][0]["dicetak"] = {"tw": ["350.000", "350.000", "350.000", "1"]}

    hasil = _dengan([], dicetak)
    (t,) = hasil.temuan
    assert t.letak == "Lampiran A / p1.k1 Kegiatan Satu / TW 4"
    assert hasil.diperiksa == 5


def test_a_lampiran_says_how_it_prints_decimals() -> None:
    # "91.00%" is ambiguous (9100 or 91,00?): refused unless the lampiran or its column says.
    def dicetak(d: dict[str, Any], lampiran: str | None, kolom: str | None) -> None:
        d["program"][0]["dicetak"] = {"rp_persen": "91.00%"}
        if lampiran:
            d["lampiran"]["pemisah_desimal"] = lampiran
        if kolom:
            d["lampiran"]["kolom"]["rp_persen"]["pemisah_desimal"] = kolom

    with pytest.raises(ReportFormatError, match="pemisah_desimal"):
        _dengan([], lambda d: dicetak(d, None, None))
    for pada_lampiran, pada_kolom in ((".", None), (None, "."), (",", ".")):
        hasil = _dengan([], lambda d, a=pada_lampiran, b=pada_kolom: dicetak(d, a, b))
        assert [(t.dicetak, t.dihitung) for t in hasil.temuan] == [("91.00%", "90.00")]
    with pytest.raises(ReportFormatError, match="must be a number written the Indonesian way"):
        _dengan([], lambda d: dicetak(d, ".", ","))  # the column's choice wins
    with pytest.raises(ReportFormatError, match=r"lampiran.pemisah_desimal must be ',' or '\.'"):
        _dengan([], lambda d: dicetak(d, ";", None))


def test_every_predikat_rates_the_capaian_rounded_to_two_places() -> None:
    # capaian 99,9952 prints 100,00: a band from 100 rates it as printed, by every quantity
    def skala(d: dict[str, Any]) -> None:
        pita = [{"nama": "Baik", "atas": "100"}, {"nama": "Sangat Baik", "bawah": "100"}]
        _skala_dinas(d, pita, "predikat", "atribut")
        d["indikator"][0]["target"]["2024"] = "85"
        d["indikator"][0]["realisasi"]["2024"] = {"pembilang": 24999, "penyebut": 29412}

    semua = [
        angka("iku.capaian:i1:2024", "100,00"),
        angka("iku.predikat:i1:2024", "Sangat Baik"),
        angka("iku.atribut:i1:2024", "Sangat Baik"),
        angka("predikat:iku.capaian:i1:2024", "Sangat Baik"),
    ]
    hasil = _dengan(semua, skala)
    assert [(t.dicetak, t.dihitung) for t in hasil.temuan] == []


def test_a_scale_with_four_place_bounds_rates_at_four_places() -> None:
    # capaian 90,00495...: at two places 90,00 (Baik), at the scale's four 90,0050 (Sangat
    # Baik); every predikat of the audit and the recomputed table rate it at four places
    def skala(d: dict[str, Any]) -> None:
        pita = [{"nama": "Baik", "atas": "90.0050"}, {"nama": "Sangat Baik", "bawah": "90.0050"}]
        _skala_dinas(d, pita, "predikat", "atribut")
        d["indikator"][0]["target"]["2024"] = "100"
        d["indikator"][0]["realisasi"]["2024"] = {"pembilang": 1_800_099, "penyebut": 2_000_000}

    semua = [
        angka("iku.predikat:i1:2024", "Sangat Baik"),
        angka("iku.atribut:i1:2024", "Sangat Baik"),
        angka("predikat:iku.capaian:i1:2024", "Sangat Baik"),
    ]
    hasil = _dengan(semua, skala)
    assert [(t.dicetak, t.dihitung) for t in hasil.temuan] == []
    (tabel_iku,) = [t for t in hasil.tabel if t.judul == "Capaian IKU"]
    (baris,) = [b for b in tabel_iku.baris if b[:2] == ("i1", "2024")]
    assert baris[4:] == ("90,00", "Sangat Baik", "Sangat Baik")


def test_a_range_target_is_checked_against_the_text_the_report_states() -> None:
    def rentang(dicetak: str | None) -> Any:
        def ubah(d: dict[str, Any]) -> None:
            t = {"bawah": "85", "atas": "95"} | ({"dicetak": dicetak} if dicetak else {})
            d["indikator"][0]["target"]["2024"] = t

        return ubah

    assert _dengan([angka("iku.target:i1:2024", "85 - 95")], rentang("85 - 95")).temuan == ()
    (t,) = _dengan([angka("iku.target:i1:2024", "85 - 96")], rentang("85 - 95")).temuan
    assert (t.aturan, t.dicetak, t.dihitung) == ("angka", "85 - 96", "85 - 95")
    (t,) = _dengan([angka("iku.target:i1:2024", "85 - 95")], rentang(None)).temuan
    assert t.aturan == "tak-terhitung"
    assert "states no printed text" in t.keterangan
    hasil = _dengan([angka("iku.capaian:i1:2024", "0,00")], rentang("85 - 95"))
    (t,) = hasil.temuan
    assert t.rumus == "capaian of 90 against the target 85 - 95, higher is better"
    # the recomputed tables keep the indicator, its target as printed
    iku, efisiensi = (
        next(x for x in hasil.tabel if x.judul == j) for j in ("Capaian IKU", "Efisiensi")
    )
    assert [r[:5] for r in iku.baris if r[:2] == ("i1", "2024")] == [
        ("i1", "2024", "85 - 95", "90,00", "100,00")
    ]
    assert [r[:2] for r in efisiensi.baris if r[0] == "i1"] == [("i1", "100,00")]
    tanpa = _dengan([], rentang(None)).tabel
    assert [r[2] for r in tanpa[0].baris if r[:2] == ("i1", "2024")] == ["85 - 95"]


@pytest.mark.parametrize(
    ("target", "arah", "teks"),
    [
        ({"atas": "5"}, {"arah": "turun"}, "the target at most 5, lower is better (selisih)"),
        (
            {"atas": "5"},
            {"arah": "turun", "metode": "rasio"},
            "the target at most 5, lower is better (rasio)",
        ),
        ({"bawah": "70"}, {}, "the target at least 70, higher is better"),
    ],
)
def test_a_one_sided_target_is_named_as_printed(
    target: dict[str, str], arah: dict[str, str], teks: str
) -> None:
    def ubah(d: dict[str, Any]) -> None:
        d["indikator"][0]["target"]["2024"] = target
        d["indikator"][0].update(arah)

    (t,) = _dengan([angka("iku.capaian:i1:2024", "0,00")], ubah).temuan
    assert t.rumus.endswith(teks)
    assert "None" not in t.rumus


def test_a_figure_rounded_twice_is_explained_as_such() -> None:
    # capaian 84,571 / 85 x 100 = 99,4952...: 99 rounded once; 99,5 then 100 rounded twice
    def ubah(d: dict[str, Any]) -> None:
        d["indikator"][0]["target"]["2024"] = "85"
        d["indikator"][0]["realisasi"]["2024"] = {"pembilang": 84571, "penyebut": 100000}

    (t,) = _dengan([angka("iku.capaian:i1:2024", "100%")], ubah).temuan
    assert t.keterangan == (
        "reproduced by rounding twice: 99,495 rounded first to 1 place (99,5), then to 0 "
        "places; rounded once it is 99"
    )
    (t,) = _dengan([angka("iku.capaian:i1:2024", "98%")], ubah).temuan
    assert "rounding twice" not in t.keterangan  # nothing reproduces 98


def test_a_rupiah_column_keeps_dots_as_thousands_under_a_dot_decimal_lampiran() -> None:
    def dicetak(d: dict[str, Any]) -> None:
        d["lampiran"]["pemisah_desimal"] = "."
        d["program"][0]["dicetak"] = {"rp_persen": "90.00%"}
        d["program"][0]["kegiatan"][0]["dicetak"] = {"tw": ["350.000"] * 3 + ["1"]}

    hasil = _dengan([], dicetak)
    # "350.000" is Rupiah 350.000 (not 350,0): only TW 4's "1" is wrong
    assert [t.letak for t in hasil.temuan] == ["Lampiran A / p1.k1 Kegiatan Satu / TW 4"]


def test_the_rupiah_kinds_are_the_audits_rupiah_quantities() -> None:
    rupiah = {j for j, b in BESARAN.items() if b.nilai == "rupiah"}
    assert rupiah == JENIS_RUPIAH


def test_a_percentage_printed_with_more_places_than_sakip_rounds_to() -> None:
    # baca reads "88,2352...%" of 31 places; rounding there is beyond sakip's 30 places
    teks = "88," + "2" * 31 + "%"
    with pytest.raises(ReportFormatError, match="at most 30 decimal places") as e:
        _dengan([angka("penyerapan:p1", teks)])
    assert e.value.letak == "T / r / k"
    assert e.value.berkas == "sintetis.toml"


def test_a_negative_target_is_a_finding_not_a_crash() -> None:
    # the schema reads a negative target; capaian refuses it: nothing computable, printed anyway
    hasil = _dengan(
        [angka("iku.capaian:i1:2024", "50,00")],
        lambda d: d["indikator"][0]["target"].update({"2024": "-1"}),
    )
    assert [t.aturan for t in hasil.temuan] == ["tak-terhitung"]
    assert "target must be >= 0" in hasil.temuan[0].keterangan


def test_a_value_outside_the_scale_is_a_finding_not_a_crash() -> None:
    # A report may rate capaian on a scale that stops at 50 (or at 100: the AKIP scale);
    # a capaian above it has no band, so a printed band is a finding and the table shows '-'.
    def sempit(d: dict[str, Any]) -> None:
        pita: list[dict[str, Any]] = [
            {"nama": "Kurang", "bawah": "0", "atas": "25"},
            {"nama": "Baik", "bawah": "25", "atas": "50", "termasuk_atas": True},
        ]
        _skala_dinas(d, pita, "predikat", "atribut")

    besaran = [
        "iku.predikat:i1:2024",
        "iku.atribut:i1:2024",
        "iku.atribut_rata_rata:2024",
        "predikat:iku.capaian:i1:2024",
    ]
    hasil = _dengan([angka(b, "Baik") for b in besaran], sempit)
    assert [(t.aturan, t.dihitung) for t in hasil.temuan] == [
        ("tak-terhitung", "tidak terhitung")
    ] * 4
    assert all("must lie within the scale 'Skala dinas'" in t.keterangan for t in hasil.temuan)
    (iku,) = [t for t in hasil.tabel if t.judul.startswith("Capaian")]
    assert {r[-2] for r in iku.baris} == {"-"}  # predikat
    tampil_teks(hasil, io.StringIO())


def test_a_built_in_scale_named_for_a_year_no_edition_governs() -> None:
    # Permendes PDTT 2/2016 (IDM) is in force 2016-2023: a 2024 report rated with it
    def idm(d: dict[str, Any]) -> None:
        d["laporan"]["skala_atribut"] = "PERMENDESA_2_2016"

    hasil = _dengan([], idm)
    masa = [t for t in hasil.temuan if t.letak == "laporan.skala_atribut"]
    assert [(t.aturan, t.dicetak, t.dihitung) for t in masa] == [
        (
            "skala",
            "PERMENDESA_2_2016 for a report of 2024",
            "no edition of PERMENDESA_2_2016 governs 2024",
        )
    ]
    assert "2016-2023" in masa[0].rumus
    # a scale in force that year: no such finding
    assert not [t for t in _dengan([]).temuan if t.letak.startswith("laporan.skala")]


def test_a_figure_without_its_inputs_is_not_said_to_be_absent() -> None:
    # a program the report does not hold: the efficiency exists, the report lacks its inputs,
    # so "print '-'" alone would be wrong advice; a 0 denominator is a figure that does not
    # exist, and keeps saying so
    def hilang(d: dict[str, Any]) -> None:
        d["indikator"][0]["program"] = ["p9"]

    (t,) = _dengan([angka("iku.efisiensi:i1", "10,00")], hilang).temuan
    assert t.keterangan == (
        "the program p9 is not in the report; the report does not give what the figure is "
        "computed from, so it is not checked (record it, or print '-' where the figure does "
        "not exist)"
    )
    (t,) = _dengan(
        [angka("rata_rata:penyerapan", "0,00")], _tanpa("program", "belanja", "lampiran")
    ).temuan
    assert t.keterangan.endswith("; the report prints a figure where none exists (print '-')")
