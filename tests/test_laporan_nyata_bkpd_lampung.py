"""A third real Laporan Kinerja, of a provincial badan, audited as printed.

``tests/data/laporan/bkpd_lampung_2015.toml`` transcribes what two sections of the LAKIP 2015
of the Badan Ketahanan Pangan Daerah (BKPD) Provinsi Lampung print (source and scope in the
README beside it): the targets of its Perjanjian Kinerja Perubahan (Tabel 5), one row of the
measurement table that ends on page 19, and Tabel 12, which prints for each indicator the
target and realisasi of 2015, the capaian, the 2019 target of the RPJMD and the capaian
against it. Shapes the other transcriptions lack: nine indicators under one sasaran, counts
and amounts grouped with dots ("2.004" kkal, "4.067" Rp/Kg), capaian printed with 0, 1 or 2
decimals, the capaian against the end-of-Renstra target (``iku.kemajuan``), one-sided
targets (a floor printed two ways, "≥ HPP" and "HPP≤ 3.700", a ceiling "CV 10"), a
single-value target printed with words ("80 dibawah ambang batas"), a lower-is-better indicator, and indicators with no
realisasi in the text read.

Every printed figure the audit checks is pinned (none is inconsistent), and each is verified
here by hand with ``Fraction``. What the format cannot express is pinned too: as the refusal
or the finding it gets today.
"""

from __future__ import annotations

import tomllib
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from sakip.audit import periksa, periksa_berkas
from sakip.errors import ReportFormatError
from sakip.kinerja import Rentang
from sakip.laporan import dari_dict

BERKAS = Path(__file__).parent / "data" / "laporan" / "bkpd_lampung_2015.toml"
SASARAN = (
    "Terpenuhinya kebutuhan konsumsi pangan yang beragam, bergizi, seimbang dan aman untuk "
    "memenuhi kecukupan energi per kapita"
)


def _data() -> dict[str, Any]:
    return tomllib.loads(BERKAS.read_text(encoding="utf-8"))


def _entri() -> list[tuple[int, int]]:
    """Every printed figure of the transcription, as (tabel, angka) indices."""
    return [(t, a) for t, tabel in enumerate(_data()["tabel"]) for a in range(len(tabel["angka"]))]


def _tabel(data: dict[str, Any], nama: str) -> dict[str, Any]:
    [tabel] = [t for t in data["tabel"] if t["tabel"] == nama]
    assert isinstance(tabel, dict)
    return tabel


def _bulat(x: Fraction, tempat: int) -> Fraction:
    """x rounded half up at `tempat` decimals (x >= 0), by integers only."""
    skala = 10**tempat
    return Fraction(int(x * skala + Fraction(1, 2)), skala)


def _baca(teks: str) -> tuple[Fraction, int]:
    """A printed capaian ("102,4") as a number and its decimal places."""
    bulat, _, desimal = teks.partition(",")
    return Fraction(int(bulat + desimal), 10 ** len(desimal)), len(desimal)


def test_transcription_loads() -> None:
    lap = dari_dict(_data())
    assert (lap.tahun, lap.renstra) == (2015, (2015, 2019))
    assert [i.kode for i in lap.indikator] == [
        "pph_ketersediaan",
        "rawan_pangan",
        "harga_gkp",
        "cv_beras",
        "pph_konsumsi",
        "energi",
        "protein",
        "pangan_tersertifikasi",
        "keamanan_pangan",
    ]
    # one sasaran for all nine, as Tabel 5 prints it
    assert {i.sasaran for i in lap.indikator} == {SASARAN}
    ind = {i.kode: i for i in lap.indikator}
    # grouped with dots, read with the indicator's pemisah_desimal ","
    assert ind["energi"].nilai_realisasi[2015] == 2052
    assert ind["harga_gkp"].nilai_realisasi[2015] == 4067
    # one-sided targets: a floor named after the HPP, and a ceiling for a lower-is-better CV
    assert ind["harga_gkp"].target[2015] == Rentang(bawah=3700)
    assert ind["harga_gkp"].target_dicetak[2015] == "≥ HPP"
    assert ind["harga_gkp"].target_dicetak_lain[2015] == ("HPP≤ 3.700",)
    assert ind["cv_beras"].target[2015] == Rentang(atas=10)
    assert ind["cv_beras"].arah.value == "turun"
    # a single value printed with words: the value is the primary data, the text is printed
    assert ind["keamanan_pangan"].target[2015] == 80
    assert ind["keamanan_pangan"].target_dicetak[2015] == "80 dibawah ambang batas"
    # the end-of-Renstra targets (Tabel 12, "2019 Target RPJMD") beside those of 2015
    assert {k: i.target.get(2019) for k, i in ind.items() if 2019 in i.target} == {
        "pph_ketersediaan": Fraction("96.32"),
        "rawan_pangan": 1,
        "pph_konsumsi": Fraction("92.5"),
        "energi": 2150,
        "protein": 57,
    }
    # no realisasi in the text read for two indicators
    assert [k for k, i in ind.items() if 2015 not in i.nilai_realisasi] == [
        "cv_beras",
        "pangan_tersertifikasi",
    ]
    assert len(lap.cetakan) == 40


def test_every_finding() -> None:
    # Every printed figure read is consistent with the report's own primary data: the
    # targets of Tabel 5 are those of Tabel 12, each capaian is realisasi / target x 100 at
    # the places printed, each 2019 capaian is realisasi / target 2019 x 100, the nine
    # indicators are the "9 indikator" of 3.2, and both targets printed "80 dibawah
    # ambang batas" are the text the report states for that target, as are the GKP price
    # target's "≥ HPP" (Tabel 5) and "HPP≤ 3.700" (Tabel 12), the one floor printed two ways.
    hasil = periksa_berkas(BERKAS)
    assert hasil.diperiksa == 40
    assert hasil.temuan == ()


#: Tabel 12 and the row ending on page 19: each printed capaian, with the realisasi and the
#: target it is computed from (2015, or the 2019 RPJMD target), as printed.
CAPAIAN_DICETAK = [
    ("84,1", "84,1", "100"),
    ("84,1", "92,5", "90,92"),
    ("2052", "2004", "102,4"),
    ("2052", "2150", "95,44"),
    ("53,25", "56,1", "94,92"),
    ("53,25", "57", "93,42"),
    ("70,31", "87,52", "80,34"),
    ("70,31", "96,32", "73,0"),
    ("0,68", "1", "68"),
    ("0,68", "1", "68"),
    ("91,39", "80", "114,24"),
]


@pytest.mark.parametrize(("realisasi", "target", "dicetak"), CAPAIAN_DICETAK)
def test_printed_capaian_verified_by_hand(realisasi: str, target: str, dicetak: str) -> None:
    # realisasi / target x 100, rounded half up once at the places the report prints
    nilai, tempat = _baca(dicetak)
    r, t = _baca(realisasi)[0], _baca(target)[0]
    assert _bulat(r / t * 100, tempat) == nilai


def test_capaian_reproduced_as_printed() -> None:
    hasil = periksa_berkas(BERKAS)
    capaian = {b[0]: b[4] for b in hasil.tabel[0].baris}
    assert capaian == {
        "pph_ketersediaan": "80,34",
        "rawan_pangan": "68,00",
        "harga_gkp": "109,92",  # printed past the end of the text read ("1..."): not checked
        "pph_konsumsi": "100,00",
        "energi": "102,40",
        "protein": "94,92",
        "keamanan_pangan": "114,24",
    }


@pytest.mark.parametrize(("tabel", "angka"), _entri())
def test_each_printed_figure_is_checked(tabel: int, angka: int) -> None:
    # a wrong printed figure anywhere in the transcription gives a finding at its place, so
    # the pinned "no finding" above would change if a figure stopped being checked
    data = _data()
    entri = data["tabel"][tabel]["angka"][angka]
    # "5" differs from every figure at the places it prints (a "1" would not: printed with
    # no decimals, the realisasi 0,68 of rawan_pangan reads "1")
    entri["teks"] = "5"
    letak = f"{data['tabel'][tabel]['tabel']} / {entri['baris']} / {entri['kolom']}"
    temuan = periksa(dari_dict(data)).temuan
    assert letak in [t.letak for t in temuan]


def test_capaian_against_the_2019_target_is_kemajuan() -> None:
    # Tabel 12's last column: the realisasi of 2015 against the RPJMD target of 2019, the
    # end of the Renstra period; a wrong one names that target in its formula
    data = _data()
    tabel = _tabel(data, "Tabel 12")
    [entri] = [e for e in tabel["angka"] if e["besaran"] == "iku.kemajuan:pph_ketersediaan"]
    entri["teks"] = "80,34"  # the 2015 capaian, printed in the wrong column
    [t] = periksa(dari_dict(data)).temuan
    assert (t.dicetak, t.dihitung) == ("80,34", "73,00")
    assert t.rumus.endswith("(target 2019)")


def test_one_sasaran_counted_from_its_numeral() -> None:
    # 3.2 says the badan "memiliki satu sasaran": written as a numeral it is checked
    data = _data()
    _tabel(data, "3.2 Evaluasi dan Analisis Capaian Kinerja")["angka"].append(
        {"baris": "sasaran", "kolom": "memiliki", "teks": "1", "besaran": "banyak:sasaran"}
    )
    assert periksa(dari_dict(data)).temuan == ()


# -- what the format cannot express ---------------------------------------------------------


def test_target_printed_with_words_is_checked_as_its_text() -> None:
    # Tabel 5 and the row on page 19 print the target of indicator 9 "80 dibawah ambang
    # batas": transcribed as printed, with the value 80 and the text the report states
    # for it ({ nilai, dicetak }), compared as a range's printed text is
    data = _data()
    letak = [
        f"{t['tabel']} / {e['baris']} / {e['kolom']}"
        for t in data["tabel"]
        for e in t["angka"]
        if e["besaran"] == "iku.target:keamanan_pangan:2015"
    ]
    assert letak == [
        "Tabel 5 / 9. Persentase Tingkat Keamanan Pangan Segar yang di Uji / Target",
        "Table ending on page 19 / Persentase Tingkat Keamanan Pangan Segar yang di Uji / Target",
    ]
    _tabel(data, "Tabel 5")["angka"][-1]["teks"] = "80 diatas ambang batas"
    [t] = periksa(dari_dict(data)).temuan
    assert (t.aturan, t.letak, t.dicetak, t.dihitung) == (
        "angka",
        letak[0],
        "80 diatas ambang batas",
        "80 dibawah ambang batas",
    )
    assert t.rumus == "target keamanan_pangan 2015 as the report states it"


def test_target_printed_with_words_is_refused_without_its_text() -> None:
    # written as the value alone (as before { nilai, dicetak }), the printed text is read
    # as a figure and refused, as a figure with a qualifier is
    data = _data()
    [ind] = [i for i in data["indikator"] if i["kode"] == "keamanan_pangan"]
    ind["target"] = {"2015": "80"}
    lap = dari_dict(data)
    with pytest.raises(ReportFormatError, match=r"Tabel 5 / 9\. .* / Target .*'80 dibawah"):
        periksa(lap)


def test_threshold_printed_in_two_notations_is_accepted_both_ways() -> None:
    # Tabel 5 prints the target of the GKP price "≥ HPP", Tabel 12 "HPP≤ 3.700": the same
    # floor, the Harga Pembelian Pemerintah, in two notations. Both texts are recorded, and
    # each printed target matches one of them (it was a finding while a target recorded one).
    hasil = periksa_berkas(BERKAS)
    target = [
        c for c in dari_dict(_data()).cetakan if str(c.besaran) == "iku.target:harga_gkp:2015"
    ]
    assert sorted(c.teks for c in target) == ["HPP≤ 3.700", "≥ HPP"]
    assert not [t for t in hasil.temuan if "harga_gkp" in t.rumus]


def test_threshold_printed_a_third_way_names_both_texts() -> None:
    data = _data()
    _tabel(data, "Tabel 5")["angka"][2]["teks"] = "HPP"
    [t] = periksa(dari_dict(data)).temuan
    assert (t.aturan, t.dicetak, t.dihitung) == ("angka", "HPP", "≥ HPP or HPP≤ 3.700")
    assert t.rumus == "target harga_gkp 2015 as the report states it"


def _satu_sasaran() -> dict[str, Any]:
    data = _data()
    _tabel(data, "3.2 Evaluasi dan Analisis Capaian Kinerja")["angka"].append(
        {"baris": "sasaran", "kolom": "memiliki", "teks": "satu", "besaran": "banyak:sasaran"}
    )
    return data


def test_count_printed_as_a_word_is_refused() -> None:
    # 3.2 prints the number of sasaran as a word, "satu": a printed count must be a numeral
    # (only Rupiah have a reader of words, terbilang). Pinned: the refusal, at its place.
    lap = dari_dict(_satu_sasaran())
    with pytest.raises(ReportFormatError, match=r"Evaluasi .* / sasaran / memiliki .*'satu'"):
        periksa(lap)


def test_count_printed_as_a_word_is_refused_with_a_hint_that_fits() -> None:
    with pytest.raises(ReportFormatError) as e:
        periksa(dari_dict(_satu_sasaran()))
    assert "pemisah_desimal" not in str(e.value)
    assert "transcribed with its digits ('1' for 'satu')" in str(e.value)


def test_program_budget_without_sub_kegiatan_cannot_be_written() -> None:
    # Tabel 5 prints the anggaran of each of five programs ("Rp. 827.560.810,-"), with no
    # kegiatan, sub kegiatan or realisasi. A program needs its kegiatan, a sub kegiatan its
    # pagu and realisasi_rp, and [pagu_awal] names programs (and is the original PK's, where
    # this one is the "Perjanjian Kinerja Perubahan"). Pinned: the refusals.
    data = _data()
    data["program"] = [{"kode": "p1", "nama": "Pelayanan Administrasi Perkantoran"}]
    with pytest.raises(ReportFormatError, match=r"program\[0\]\.kegiatan is required"):
        dari_dict(data)
    data = _data()
    data["pagu_awal"] = {"p1": 827_560_810}
    with pytest.raises(ReportFormatError, match=r"pagu_awal\.p1 must name a program"):
        dari_dict(data)


def test_program_with_no_sub_kegiatan_has_no_pagu() -> None:
    # Written with an empty kegiatan list, the program is read, and its printed anggaran is
    # compared with 0; its pagu cannot be computed (no sub kegiatan holds one), as a CSV row
    # with no rows under it is not.
    data = _data()
    data["program"] = [
        {"kode": "p1", "nama": "Pelayanan Administrasi Perkantoran", "kegiatan": []}
    ]
    _tabel(data, "Tabel 5")["angka"].append(
        {
            "baris": "1. Pelayanan Administrasi Perkantoran",
            "kolom": "Anggaran",
            "teks": "Rp. 827.560.810,-",
            "besaran": "pagu:p1",
        }
    )
    [t] = periksa(dari_dict(data)).temuan
    assert t.aturan == "tak-terhitung"
    assert t.keterangan.startswith("p1 is recorded with no kegiatan under it")
    data["program"][0]["kegiatan"] = [{"kode": "p1.k1", "nama": "Kegiatan", "sub": []}]
    [t] = periksa(dari_dict(data)).temuan
    assert t.keterangan.startswith("p1.k1 is recorded with no sub kegiatan under it")


def test_a_capaian_at_one_place_is_explained_in_the_singular() -> None:
    from sakip.audit import periksa_berkas

    rumus = [p.rumus for p in periksa_berkas(BERKAS).penjelasan]
    assert any(r.endswith(", at 1 place") for r in rumus)
    assert not any("1 places" in r for r in rumus)


def test_the_recomputed_table_shows_a_recorded_realisasi_at_its_own_places() -> None:
    # "4.067" Rp/Kg and "84,1" as printed, not "4.067,00" and "84,10"; capaian at 2 places
    (iku,) = [t for t in periksa_berkas(BERKAS).tabel if t.judul == "Capaian IKU"]
    baris = {b[0]: b for b in iku.baris}
    assert baris["harga_gkp"][3:5] == ("4.067", "109,92")
    assert baris["pph_konsumsi"][3:5] == ("84,1", "100,00")
    assert baris["protein"][3] == "53,25"
