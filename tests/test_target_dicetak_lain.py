"""A target printed more than one way: ``dicetak`` as a list of the texts.

LAKIP BKPD Provinsi Lampung 2015 prints the GKP price target "≥ HPP" in Tabel 5 and
"HPP≤ 3.700" in Tabel 12 (tests/data/laporan/bkpd_lampung_2015.toml, with the reading
pinned in tests/test_laporan_nyata_bkpd_lampung.py); these tests take the format itself:
each form of target, the refusals of the reader, and the model's validation.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip.audit import periksa
from sakip.errors import InvalidTypeError, InvalidValueError, ReportFormatError, SakipError
from sakip.kinerja import Arah, Rentang
from sakip.laporan import Indikator, dari_dict


def _laporan(target: Any, dicetak: list[str], realisasi: Any = "4000") -> dict[str, Any]:
    return {
        "skema": 1,
        "laporan": {
            "instansi": "Badan Contoh",
            "tahun": 2015,
            "judul": "LAKIP 2015",
            "sumber": "-",
            "renstra": [2015, 2019],
        },
        "indikator": [
            {
                "kode": "i1",
                "nama": "Harga GKP",
                "arah": "naik",
                "target": {"2015": target},
                "realisasi": {"2015": realisasi},
            }
        ],
        "tabel": [
            {
                "tabel": f"Tabel {n}",
                "angka": [
                    {
                        "baris": "i1",
                        "kolom": "Target",
                        "teks": teks,
                        "besaran": "iku.target:i1:2015",
                    }
                ],
            }
            for n, teks in enumerate(dicetak, start=1)
        ],
    }


BENTUK = {
    "rentang": {"bawah": "3700"},
    "nilai": {"nilai": "3700"},
    "rasio": {"kiri": "1", "kanan": "3700"},
}


@pytest.mark.parametrize("bentuk", sorted(BENTUK))
def test_each_text_of_the_list_is_accepted(bentuk: str) -> None:
    target = {**BENTUK[bentuk], "dicetak": ["≥ HPP", "HPP≤ 3.700"]}
    lap = dari_dict(_laporan(target, ["≥ HPP", "HPP≤ 3.700", "hpp≤  3.700"]))
    [i] = lap.indikator
    assert i.target_dicetak == {2015: "≥ HPP"}
    assert i.target_dicetak_lain == {2015: ("HPP≤ 3.700",)}
    assert periksa(lap).temuan == ()


@pytest.mark.parametrize("bentuk", sorted(BENTUK))
def test_a_text_matching_none_names_them_all(bentuk: str) -> None:
    target = {**BENTUK[bentuk], "dicetak": ["≥ HPP", "HPP≤ 3.700"]}
    [t] = periksa(dari_dict(_laporan(target, ["≥ HPP", "HPP"]))).temuan
    assert (t.letak, t.dicetak, t.dihitung) == (
        "Tabel 2 / i1 / Target",
        "HPP",
        "≥ HPP or HPP≤ 3.700",
    )


def test_a_single_value_printed_alone_is_still_its_number() -> None:
    target = {"nilai": "3700", "dicetak": ["3700 (HPP)", "HPP"]}
    assert periksa(dari_dict(_laporan(target, ["3700", "HPP"]))).temuan == ()
    [t] = periksa(dari_dict(_laporan(target, ["3701"]))).temuan
    assert t.dicetak == "3701"


def test_one_text_is_read_as_before() -> None:
    lap = dari_dict(_laporan({"bawah": "3700", "dicetak": "≥ HPP"}, ["≥ HPP"]))
    [i] = lap.indikator
    assert (i.target_dicetak, i.target_dicetak_lain) == ({2015: "≥ HPP"}, {})
    lap = dari_dict(_laporan({"bawah": "3700", "dicetak": ["≥ HPP"]}, ["≥ HPP"]))
    assert (lap.indikator[0].target_dicetak, lap.indikator[0].target_dicetak_lain) == (
        {2015: "≥ HPP"},
        {},
    )
    [t] = periksa(dari_dict(_laporan({"bawah": "3700", "dicetak": "≥ HPP"}, ["HPP"]))).temuan
    assert t.dihitung == "≥ HPP"


@pytest.mark.parametrize(
    ("dicetak", "letak", "pesan"),
    [
        ([], "dicetak", "must not be an empty list"),
        (3700, "dicetak", "must be a string"),
        (["≥ HPP", 3700], r"dicetak\[1\]", "must be a string"),
        (["≥ HPP", " "], r"dicetak\[1\]", "must not be blank"),
        (["≥ HPP", "HPP", "≥ HPP"], r"dicetak\[2\]", "must not repeat"),
    ],
)
def test_the_reader_refuses_a_bad_list_with_its_place(
    dicetak: Any, letak: str, pesan: str
) -> None:
    data = _laporan({"bawah": "3700", "dicetak": dicetak}, [])
    with pytest.raises(
        ReportFormatError, match=rf"indikator\[0\]\.target\.2015\.{letak} .*{pesan}"
    ):
        dari_dict(data)


def test_a_value_target_refuses_a_blank_first_text_as_before() -> None:
    with pytest.raises(ReportFormatError, match=r"target\.2015\.dicetak must not be blank"):
        dari_dict(_laporan({"nilai": "80", "dicetak": " "}, []))
    with pytest.raises(ReportFormatError, match=r"target\.2015\.dicetak\[0\] must not be blank"):
        dari_dict(_laporan({"nilai": "80", "dicetak": [" ", "80"]}, []))


def test_a_ratio_realisasi_keeps_one_text() -> None:
    data = _laporan({"kiri": "1", "kanan": "14", "dicetak": "1 : 14"}, [])
    data["indikator"][0]["realisasi"] = {
        "2015": {"kiri": "1", "kanan": "12", "dicetak": ["1 : 12"]}
    }
    with pytest.raises(ReportFormatError, match=r"realisasi\.2015\.dicetak must be a string"):
        dari_dict(data)


def _indikator(**kw: Any) -> Indikator:
    return Indikator(
        kode="i1",
        nama="Harga GKP",
        arah=Arah.NAIK,
        target={2015: Rentang(bawah=3700)},
        target_dicetak={2015: "≥ HPP"},
        **kw,
    )


@pytest.mark.parametrize(
    ("lain", "galat", "pesan"),
    [
        ({2016: ("HPP",)}, InvalidValueError, "must name a year of target_dicetak"),
        ({2015: ()}, InvalidTypeError, "non-empty tuple"),
        ({2015: ["HPP"]}, InvalidTypeError, "non-empty tuple"),
        ({2015: (" ",)}, InvalidValueError, "none blank"),
        ({2015: (3700,)}, InvalidValueError, "none blank"),
        ({2015: ("HPP", "HPP")}, InvalidValueError, "must not repeat"),
        ({2015: ("≥ HPP",)}, InvalidValueError, "must not repeat"),
        ({"2015": ("HPP",)}, InvalidTypeError, "keyed by year"),
    ],
)
def test_the_model_validates_the_other_texts(
    lain: Any, galat: type[SakipError], pesan: str
) -> None:
    with pytest.raises(galat, match=pesan):
        _indikator(target_dicetak_lain=lain)


def test_the_model_keeps_the_other_texts() -> None:
    i = _indikator(target_dicetak_lain={2015: ("HPP≤ 3.700",)})
    assert i.target_dicetak[2015] == "≥ HPP"
    assert i.target_dicetak_lain[2015] == ("HPP≤ 3.700",)
    assert _indikator().target_dicetak_lain == {}
    assert i.target[2015] == Rentang(bawah=Fraction(3700))


_TEKS = st.text(st.sampled_from("HP≤≥ 3.70"), min_size=1, max_size=8).filter(str.strip)


@given(st.lists(_TEKS, min_size=1, max_size=4, unique=True), st.data())
def test_every_listed_text_is_accepted_and_no_other(teks: list[str], data: st.DataObject) -> None:
    cetak = data.draw(_TEKS)
    lap = dari_dict(_laporan({"bawah": "3700", "dicetak": teks}, [*teks, cetak]))
    baku = {" ".join(t.lower().split()) for t in teks}
    temuan = periksa(lap).temuan
    assert [t.dicetak for t in temuan] == (
        [] if " ".join(cetak.lower().split()) in baku else [cetak]
    )
