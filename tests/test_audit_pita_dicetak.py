"""``[[pita_dicetak]]``: one band of a scale, printed alone, held to the scale it quotes.

"... kategori Tinggi, dengan rentang capaian 76% sampai dengan 90%" (LKjIP BKPSDM
Kabupaten Tasikmalaya 2020, text under Tabel 3.6) quotes one band, not the scale's table.
The reader refuses bad input naming the file, the place and the value; the audit compares
the band with the band of its label in its ``acuan`` as a rating sees them (the lowest and
highest value each holds at the rating precision), a finding ``skala`` when they differ.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sakip.audit import periksa
from sakip.audit.struktur import tepi_dinilai
from sakip.errors import ReportFormatError
from sakip.laporan import PitaDicetak, dari_dict
from sakip.skala import Pita

_SKALA_SENDIRI = {
    "kode": "SKALA_DINAS",
    "nama": "Kategori capaian dinas",
    "sumber": "local practice, seen in a test",
    "pita": [
        {"nama": "Kurang", "atas": "60"},
        {"nama": "Baik", "bawah": "60", "atas": "80"},
        {"nama": "Sangat Baik", "bawah": "80"},
    ],
}


def _data(tahun: int = 2024, **pita: Any) -> dict[str, Any]:
    band = {
        "tabel": "Bab III",
        "acuan": "PERMENDAGRI_86_2017",
        "nama": "Tinggi",
        "bawah": "76",
        "atas": "91",
        **pita,
    }
    return {
        "skema": 1,
        "laporan": {
            "instansi": "Dinas Contoh",
            "tahun": tahun,
            "judul": f"LKjIP {tahun}",
            "sumber": "-",
            "renstra": [2021, 2026],
        },
        "skala": [_SKALA_SENDIRI],
        "pita_dicetak": [{k: v for k, v in band.items() if v is not None}],
    }


def _skala(data: dict[str, Any]) -> list[tuple[str, str, str, str, str]]:
    return [
        (t.letak, t.tingkat.value, t.dicetak, t.dihitung, t.keterangan)
        for t in periksa(dari_dict(data)).temuan
        if t.aturan == "skala"
    ]


# -- reading --------------------------------------------------------------------------


def test_read() -> None:
    lap = dari_dict(_data(atas="90", termasuk_atas=True))
    assert lap.pita_dicetak == (
        PitaDicetak(
            tabel="Bab III",
            acuan="PERMENDAGRI_86_2017",
            pita=Pita(nama="Tinggi", bawah=76, atas=90, termasuk_atas=True),
        ),
    )


@pytest.mark.parametrize(
    ("pita", "letak", "pesan"),
    [
        ({"acuan": None}, "pita_dicetak[0].acuan", "is required"),
        ({"acuan": "PERMENDAGRI"}, "pita_dicetak[0].acuan", "must name a scale: one of"),
        ({"acuan": ""}, "pita_dicetak[0].acuan", "must name a scale"),
        ({"acuan": 86}, "pita_dicetak[0].acuan", "must be a string"),
        ({"tabel": ""}, "pita_dicetak[0].tabel", "must not be blank: where the band is printed"),
        ({"tabel": None}, "pita_dicetak[0].tabel", "is required"),
        ({"tabel": ["Bab III"]}, "pita_dicetak[0].tabel", "must be a string"),
        ({"nama": " "}, "pita_dicetak[0].nama", "must not be blank: the band's label"),
        ({"nama": None}, "pita_dicetak[0].nama", "is required"),
        ({"bawah": True}, "pita_dicetak[0].bawah", "must be a number"),
        ({"bawah": 76.0}, "pita_dicetak[0].bawah", "not a TOML float"),
        ({"bawah": ""}, "pita_dicetak[0].bawah", "must be a plain ASCII decimal"),
        ({"bawah": "76%"}, "pita_dicetak[0].bawah", "must be a plain ASCII decimal"),
        ({"atas": 10**40}, "pita_dicetak[0].atas", "must be smaller than 10**30"),
        ({"atas": "1" + "0" * 40}, "pita_dicetak[0].atas", "must be smaller than 10**30"),
        ({"atas": "1e400"}, "pita_dicetak[0].atas", "must be smaller than 10**30"),
        ({"bawah": "91", "atas": "76"}, "pita_dicetak[0]", "must leave the band non-empty"),
        ({"termasuk_atas": "ya"}, "pita_dicetak[0].termasuk_atas", "must be true or false"),
        ({"skala": "PERMENDAGRI_86_2017"}, "pita_dicetak[0].skala", "is not a key of the schema"),
    ],
)
def test_bad_input_is_refused(pita: dict[str, Any], letak: str, pesan: str) -> None:
    with pytest.raises(ReportFormatError) as e:
        dari_dict(_data(**pita), berkas="lap.toml")
    assert (e.value.berkas, e.value.letak) == ("lap.toml", letak)
    assert pesan in e.value.expected


@pytest.mark.parametrize("nilai", ["Bab III", 1, [1], {"tabel": "x"}])
def test_not_an_array_of_tables_is_refused(nilai: object) -> None:
    data = _data()
    data["pita_dicetak"] = nilai
    with pytest.raises(ReportFormatError, match=r"pita_dicetak"):
        dari_dict(data)


# -- the audit ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "pita",
    [
        {},  # the scale's own band: 76 to below 91
        {"nama": "TINGGI"},  # labels compared whatever their case, as a printed table's
        {"atas": "90.99", "termasuk_atas": True},  # the same values at two places
        {"bawah": "75.999", "termasuk_bawah": False},  # 76,00 is its lowest rated value
        {
            "acuan": "SKALA_DINAS",
            "nama": "Baik",
            "bawah": "60",
            "atas": "79.99",
            "termasuk_atas": True,
        },
        {"acuan": "SKALA_DINAS", "nama": "Kurang", "bawah": None, "atas": "60"},
        {"acuan": "SKALA_DINAS", "nama": "Sangat Baik", "bawah": "80", "atas": None},
        # an edge the scale leaves open is closed where the printed values end: the
        # regulation's own printed "91 - 100", and "0 - 59,99" below (a review found the
        # verbatim quote taken for other bounds)
        {"nama": "Sangat Tinggi", "bawah": "91", "atas": "100", "termasuk_atas": True},
        {
            "acuan": "SKALA_DINAS",
            "nama": "Sangat Baik",
            "bawah": "80",
            "atas": "100",
            "termasuk_atas": True,
        },
        {
            "acuan": "SKALA_DINAS",
            "nama": "Kurang",
            "bawah": "0",
            "atas": "59.99",
            "termasuk_atas": True,
        },
    ],
)
def test_a_band_as_its_scale_has_it(pita: dict[str, Any]) -> None:
    assert _skala(_data(**pita)) == []


def test_printed_with_integer_edges() -> None:
    # the regulation's "76-90": 90,01 to 90,99 are Tinggi, outside the printed band
    assert _skala(_data(atas="90", termasuk_atas=True)) == [
        (
            "Bab III / Tinggi",
            "rendah",
            "Tinggi: 76 <= x <= 90",
            "Tinggi: 76 <= x < 91",
            "the text quotes a band of the regulation with other bounds: its highest rated "
            "value is 90, the scale's 90,99",
        )
    ]


@pytest.mark.parametrize(
    ("pita", "keterangan"),
    [
        (
            {"acuan": "SKALA_DINAS", "nama": "Baik", "bawah": "61", "atas": "80"},
            "the text quotes a band of the report's own scale SKALA_DINAS, the one it "
            "declares as its acuan, with other bounds: its lowest rated value is 61, the "
            "scale's 60",
        ),
        (
            {"acuan": "SKALA_DINAS", "nama": "Kurang", "bawah": "0", "atas": "59"},
            "the text quotes a band of the report's own scale SKALA_DINAS, the one it "
            "declares as its acuan, with other bounds: its highest rated value is 58,99, the "
            "scale's 59,99",
        ),
        (
            {"acuan": "ATRIBUT_CAPAIAN", "nama": "Berhasil", "bawah": "70", "atas": "84"},
            "the text quotes a band of the built-in scale ATRIBUT_CAPAIAN (local practice, "
            "not a regulation) with other bounds: its highest rated value is 83,99, the "
            "scale's 84,99",
        ),
        (  # the open top band quoted short of where a printed table ends it (a review)
            {"nama": "Sangat Tinggi", "bawah": "91", "atas": "92", "termasuk_atas": True},
            "the text quotes a band of the regulation with other bounds: its highest rated "
            "value is 92, the scale's none (open above)",
        ),
        (
            {
                "acuan": "SKALA_DINAS",
                "nama": "Kurang",
                "bawah": "45",
                "atas": "59.99",
                "termasuk_atas": True,
            },
            "the text quotes a band of the report's own scale SKALA_DINAS, the one it "
            "declares as its acuan, with other bounds: its lowest rated value is 45, the "
            "scale's none (open below)",
        ),
    ],
)
def test_other_bounds(pita: dict[str, Any], keterangan: str) -> None:
    [t] = _skala(_data(**pita))
    assert t[4] == keterangan


@pytest.mark.parametrize(
    ("acuan", "keterangan"),
    [
        (
            "PERMENDAGRI_86_2017",
            "the text cites the regulation but quotes a band it does not have",
        ),
        ("SKALA_DINAS", "the text quotes a band that the report's own scale SKALA_DINAS"),
    ],
)
def test_a_label_the_scale_does_not_have(acuan: str, keterangan: str) -> None:
    [t] = _skala(_data(acuan=acuan, nama="Cukup Tinggi"))
    assert t[0] == "Bab III / Cukup Tinggi"
    assert t[3].startswith(f"a band of {acuan}: ")
    assert t[4].startswith(keterangan)


def test_a_scale_not_in_force_is_said_where_the_band_names_it() -> None:
    # a 2019 report quoting PermenPANRB 88/2021, in force from 2021
    data = _data(
        tahun=2019,
        acuan="PERMENPANRB_88_2021",
        nama="BB",
        bawah="70",
        atas="80",
        termasuk_bawah=False,
        termasuk_atas=True,
    )
    data["laporan"]["renstra"] = [2019, 2023]
    letak = [t[0] for t in _skala(data)]
    assert letak == ["Bab III / BB / acuan"]


# -- properties -----------------------------------------------------------------------

_BATAS = st.one_of(st.none(), st.integers(-2000, 12000).map(lambda n: Fraction(n, 100)))


@settings(max_examples=100, deadline=None)
@given(_BATAS, _BATAS, st.booleans(), st.booleans())
def test_edges_are_the_extreme_rated_values(
    bawah: Fraction | None, atas: Fraction | None, tb: bool, ta: bool
) -> None:
    # bounds of two places, rated at one: against every value of one place around the band
    if bawah is not None and atas is not None and bawah >= atas:
        return
    p = Pita(nama="P", bawah=bawah, atas=atas, termasuk_bawah=tb, termasuk_atas=ta)
    lo, hi = tepi_dinilai(p, 1)
    ada = [Fraction(n, 10) for n in range(-210, 1211) if p.memuat(Fraction(n, 10))]
    if bawah is not None and ada:
        assert lo == ada[0]
    if atas is not None and ada:
        assert hi == ada[-1]
    assert (lo is None) == (bawah is None)
    assert (hi is None) == (atas is None)


def test_a_band_holding_no_value_at_the_rating_precision_says_so() -> None:
    # 76,001 to 76,009 holds no two-place value: its "lowest" would lie above its "highest"
    [(_, _, _, _, keterangan)] = _skala(_data(bawah="76.001", atas="76.009"))
    assert keterangan.endswith(": it holds no value at the scale's 2 places")
    assert "lowest" not in keterangan
