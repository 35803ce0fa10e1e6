"""A report's printed scale: gaps only where a rated value can fall, and what its acuan is.

Every predikat of the audit rates a capaian rounded once to two places, so a
printed legend "0 - 49.99% | 50 - 64.99%" leaves no rated value without a band,
while the Permendagri-style "<= 50 | 51 - 65" leaves 50.01 to 50.99.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip._eksak import bulatkan_pecahan
from sakip.audit import periksa
from sakip.audit._tulis import TEMPAT_PENILAIAN, nilai_dinilai, tempat_nilai
from sakip.audit.struktur import dinilai_di_celah
from sakip.errors import ReportFormatError
from sakip.laporan import dari_dict
from sakip.skala import PERMENDAGRI_86_2017, Pita, masalah_pita
from tests._bangun import TANPA, angka, indikator, kepala, laporan, tabel

#: A legend printed to two places, as SIMKINERJA pages print it.
LEGENDA_DUA = [
    {"nama": "0 - 49.99%", "bawah": "0", "atas": "49.99", "termasuk_atas": True},
    {"nama": "50 - 64.99%", "bawah": "50", "atas": "64.99", "termasuk_atas": True},
    {"nama": "65 - 100%", "bawah": "65", "atas": "100", "termasuk_atas": True},
]
#: The report's own reading of it: continuous bands, each including its lower bound.
SKALA_SENDIRI = {
    "kode": "LEGENDA",
    "nama": "Legenda",
    "sumber": "local practice, seen in a SIMKINERJA page",
    "pita": [
        {"nama": "0 - 49.99%", "bawah": "0", "atas": "50"},
        {"nama": "50 - 64.99%", "bawah": "50", "atas": "65"},
        {"nama": "65 - 100%", "bawah": "65", "atas": "100", "termasuk_atas": True},
    ],
}


def _laporan(pita: list[dict[str, Any]], acuan: str = "LEGENDA") -> dict[str, Any]:
    return laporan(
        laporan=kepala(
            tahun=2022,
            judul="Pengukuran Kinerja 2022",
            renstra=[2019, 2024],
            skala_predikat=TANPA,
        ),
        skala=[SKALA_SENDIRI],
        skala_dicetak=[{"tabel": "Legenda", "nama": "Legenda", "acuan": acuan, "pita": pita}],
    )


def _skala(pita: list[dict[str, Any]], acuan: str = "LEGENDA") -> list[Any]:
    return [t for t in periksa(dari_dict(_laporan(pita, acuan))).temuan if t.aturan == "skala"]


def test_a_legend_printed_to_two_places_has_no_gap() -> None:
    assert _skala(LEGENDA_DUA) == []


def test_a_gap_a_two_place_value_falls_in_stays_a_finding() -> None:
    # "0 - 49.98": 49.99 has no band
    pita = [{**LEGENDA_DUA[0], "atas": "49.98"}, *LEGENDA_DUA[1:]]
    (t,) = _skala(pita)
    assert t.dicetak == "celah between '0 - 49.99%' and '50 - 64.99%' at 49.98 to 50"
    # "x < 49.99": 49.99 itself has no band
    pita = [{**LEGENDA_DUA[0], "termasuk_atas": False}, *LEGENDA_DUA[1:]]
    assert [t.dicetak for t in _skala(pita)] == [
        "celah between '0 - 49.99%' and '50 - 64.99%' at 49.99 to 50"
    ]
    # "above 50" for the next band: 50 itself has no band, and the band rates otherwise than
    # the scale's "from 50"
    pita = [LEGENDA_DUA[0], {**LEGENDA_DUA[1], "termasuk_bawah": False}, LEGENDA_DUA[2]]
    assert [t.letak for t in _skala(pita)] == ["Legenda (Legenda)", "Legenda / 50 - 64.99%"]


def test_the_permendagri_gaps_stay_findings() -> None:
    pita = [
        {"nama": "Sangat Tinggi", "bawah": "91", "atas": "100", "termasuk_atas": True},
        {"nama": "Tinggi", "bawah": "76", "atas": "90", "termasuk_atas": True},
        {"nama": "Sedang", "bawah": "66", "atas": "75", "termasuk_atas": True},
        {"nama": "Rendah", "bawah": "51", "atas": "65", "termasuk_atas": True},
        {"nama": "Sangat Rendah", "atas": "50", "termasuk_atas": True},
    ]
    temuan = _skala(pita, acuan="PERMENDAGRI_86_2017")
    celah = [t.keterangan for t in temuan if t.dicetak.startswith("celah")]
    assert celah == [
        "a value between 50 and 51 has no band",
        "a value between 65 and 66 has no band",
        "a value between 75 and 76 has no band",
        "a value between 90 and 91 has no band",
    ]


def test_a_different_bound_names_what_the_acuan_is() -> None:
    # the printed first band starts at 10; each acuan starts its lowest band lower
    pita = [{**LEGENDA_DUA[0], "bawah": "10"}, *LEGENDA_DUA[1:]]
    (t,) = _skala(pita)
    assert t.letak == "Legenda / 0 - 49.99%"
    assert t.keterangan == (
        "the table prints a different bound from the report's own scale LEGENDA, "
        "the one it declares as its acuan"
    )
    assert "regulation" not in t.keterangan
    pita = [
        {"nama": "Sangat Berhasil", "bawah": "85"},
        {"nama": "Berhasil", "bawah": "70", "atas": "85"},
        {"nama": "Cukup Berhasil", "bawah": "55", "atas": "70"},
        {"nama": "Tidak Berhasil", "bawah": "10", "atas": "55"},
    ]
    (t,) = _skala(pita, acuan="ATRIBUT_CAPAIAN")
    assert t.keterangan == (
        "the table reprints the built-in scale ATRIBUT_CAPAIAN (local practice, not a "
        "regulation) but prints a different bound"
    )
    pita = [
        {"nama": "Sangat Tinggi", "bawah": "90"},
        {"nama": "Tinggi", "bawah": "76", "atas": "90"},
        {"nama": "Sedang", "bawah": "66", "atas": "76"},
        {"nama": "Rendah", "bawah": "51", "atas": "66"},
        {"nama": "Sangat Rendah", "atas": "51"},
    ]
    (t,) = _skala(pita, acuan="PERMENDAGRI_86_2017")
    assert t.keterangan == "the table cites the regulation but prints a different bound"


def test_the_rating_precision_is_the_audits_rating_rule() -> None:
    # every predikat rates capaian rounded once, half up, to two places (99,995 -> 100,00),
    # or to the places of the scale's bounds where they show more (the IDM's four)
    from sakip.skala import skala_bernama

    assert TEMPAT_PENILAIAN == 2
    idm = skala_bernama("PERMENDESA_2_2016")
    for x in (Fraction(99995, 1000), Fraction(-1, 3), Fraction(4999, 100), Fraction(1, 200)):
        assert nilai_dinilai(PERMENDAGRI_86_2017, x) == bulatkan_pecahan(x, 2)
        assert nilai_dinilai(idm, x) == bulatkan_pecahan(x, 4)


_BATAS = st.integers(min_value=-2000, max_value=20000).map(lambda n: Fraction(n, 1000))


@given(_BATAS, _BATAS, st.booleans(), st.booleans())
def test_a_gap_is_found_exactly_when_a_rated_value_falls_in_it(
    a: Fraction, b: Fraction, termasuk_atas: bool, termasuk_bawah: bool
) -> None:
    bawah, atas = min(a, b), max(a, b)
    pita = [
        Pita(nama="A", bawah=-10, atas=bawah, termasuk_atas=termasuk_atas),
        Pita(nama="B", bawah=atas, atas=30, termasuk_bawah=termasuk_bawah),
    ]
    celah = [m for m in masalah_pita(pita) if m.jenis == "celah"]
    # the oracle: every value at two places between the bounds, one by one
    dalam = [
        Fraction(n, 100)
        for n in range(int(bawah * 100) - 1, int(atas * 100) + 2)
        if not any(p.memuat(Fraction(n, 100)) for p in pita) and -10 <= Fraction(n, 100) <= 30
    ]
    if not celah:
        assert dalam == []
        return
    (m,) = celah
    v = dinilai_di_celah(pita, m)
    assert (v is not None) == bool(dalam)
    if v is not None:
        assert v in dalam


@pytest.mark.parametrize(
    ("atas", "bawah", "ada"),
    [("49.99", "50", False), ("49.98", "50", True), ("50", "51", True), ("49.995", "50", False)],
)
def test_the_candidates_next_to_the_gaps_ends(atas: str, bawah: str, ada: bool) -> None:
    pita = [
        Pita(nama="A", bawah=0, atas=Decimal(atas), termasuk_atas=True),
        Pita(nama="B", bawah=Decimal(bawah), atas=100, termasuk_atas=True),
    ]
    (m,) = masalah_pita(pita)
    assert (dinilai_di_celah(pita, m) is not None) is ada


def test_a_gap_in_an_idm_legend_is_found_at_the_indexs_four_places() -> None:
    # IDM scores have four places (the scale's own bounds, 0,4907 ...): a printed legend
    # ending a band at 0,7071 and starting the next at 0,7073 leaves 0,7072 without a band
    from sakip.skala import skala_bernama

    idm = skala_bernama("PERMENDESA_2_2016")
    assert tempat_nilai(idm) == 4
    pita = [
        Pita(
            nama="Berkembang", bawah=Decimal("0.5990"), atas=Decimal("0.7071"), termasuk_atas=True
        ),
        Pita(nama="Maju", bawah=Decimal("0.7073"), atas=Decimal("0.8155"), termasuk_atas=True),
    ]
    (m,) = masalah_pita(pita)
    assert dinilai_di_celah(pita, m, tempat_nilai(idm)) == Fraction(7072, 10000)
    assert dinilai_di_celah(pita, m) is None  # at a capaian's two places it would be missed


def test_a_band_its_acuan_does_not_have_is_a_finding_not_skipped() -> None:
    # Sampang 2019 prints the Permendagri 86/2017 intervals as "Sangat Baik ... Sangat
    # Kurang": cited as PERMENDAGRI_86_2017, no band matches a label, and no bound was
    # compared at all.
    pita = [
        {"nama": "Sangat Baik", "bawah": "91", "atas": "100", "termasuk_atas": True},
        {"nama": "Baik", "bawah": "76", "atas": "90", "termasuk_atas": True},
        {"nama": "Cukup", "bawah": "66", "atas": "75", "termasuk_atas": True},
        {"nama": "Kurang", "bawah": "51", "atas": "65", "termasuk_atas": True},
        {"nama": "Sangat Kurang", "atas": "50", "termasuk_atas": True},
    ]
    tanpa = [t for t in _skala(pita, "PERMENDAGRI_86_2017") if "does not have" in t.keterangan]
    assert [t.letak for t in tanpa] == [f"Legenda / {p['nama']}" for p in pita]
    t = tanpa[0]
    assert t.dihitung == (
        "a band of PERMENDAGRI_86_2017: 'Sangat Rendah', 'Rendah', 'Sedang', 'Tinggi', "
        "'Sangat Tinggi'"
    )
    assert "declares them as its own [[skala]]" in t.keterangan
    # the report's own scale: the same check, its own words
    (t,) = _skala([*LEGENDA_DUA[:2], {**LEGENDA_DUA[2], "nama": "65 - 100 %"}])
    assert t.letak == "Legenda / 65 - 100 %"
    assert "the report's own scale LEGENDA" in t.keterangan
    # labels compare without case, as before
    satu = [{"nama": "SANGAT TINGGI", "bawah": "91", "atas": "100", "termasuk_atas": True}]
    assert not any("does not have" in t.keterangan for t in _skala(satu, "PERMENDAGRI_86_2017"))


def test_a_value_rated_with_a_printed_table_is_held_to_it_as_rated() -> None:
    # capaian 49,995 (exact) is rated 50,00, in "50 - 64.99%": no value outside the table.
    # 49,994 is rated 49,99, in "0 - 49.99%". Compared exact, both fell between the bands.
    def temuan(pembilang: int) -> list[Any]:
        d = laporan(
            laporan=kepala(tahun=2024, skala_predikat="LEGENDA"),
            skala=[SKALA_SENDIRI],
            skala_dicetak=[
                {"tabel": "Legenda", "nama": "Legenda", "acuan": "LEGENDA", "pita": LEGENDA_DUA}
            ],
            indikator=[
                indikator(
                    "i1",
                    target={"2024": "100"},
                    realisasi={"2024": {"pembilang": pembilang, "penyebut": 100_000}},
                )
            ],
            tabel=[tabel(angka("iku.predikat:i1:2024", "x"))],
        )
        return [t for t in periksa(dari_dict(d)).temuan if t.aturan == "skala"]

    assert temuan(49_995) == []
    assert temuan(49_994) == []


def test_an_unknown_acuan_is_refused_at_its_printed_scale() -> None:
    d = _laporan(LEGENDA_DUA)
    d["skala_dicetak"].append({**d["skala_dicetak"][0], "acuan": "PERMENDAGRI_2017"})
    with pytest.raises(ReportFormatError, match=r"skala_dicetak\[1\]\.acuan must name a scale"):
        dari_dict(d)


def test_a_tables_band_is_held_to_its_acuan_as_rated() -> None:
    # "above 76" for Tinggi rates 76,00 otherwise than Permendagri's "from 76": a finding
    # (compared by the printed bound alone, it passed); 75,995 rates as 76 at two places
    permendagri = [
        {"nama": "Sangat Tinggi", "bawah": "91", "atas": "100", "termasuk_atas": True},
        {"nama": "Tinggi", "bawah": "76", "atas": "90", "termasuk_atas": True},
        {"nama": "Sedang", "bawah": "66", "atas": "75", "termasuk_atas": True},
        {"nama": "Rendah", "bawah": "51", "atas": "65", "termasuk_atas": True},
        {"nama": "Sangat Rendah", "atas": "50", "termasuk_atas": True},
    ]

    def beda(tinggi: dict[str, Any]) -> list[str]:
        pita = [permendagri[0], {**permendagri[1], **tinggi}, *permendagri[2:]]
        return [
            t.letak
            for t in _skala(pita, acuan="PERMENDAGRI_86_2017")
            if not t.dicetak.startswith("celah") and not t.dicetak.startswith("tumpang")
        ]

    assert beda({}) == []
    assert beda({"termasuk_bawah": False}) == ["Legenda / Tinggi"]
    assert beda({"bawah": "75.995"}) == []
    assert beda({"bawah": "75.99"}) == ["Legenda / Tinggi"]


def test_a_value_outside_a_printed_idm_table_is_written_at_four_places() -> None:
    # a review found "no band of the table holds 0,49" where 0,49 is in the first band:
    # the value rated, 0,4908, was written at a capaian's two places
    idm = [
        {"nama": "Sangat Tertinggal", "bawah": "0", "atas": "0.4907", "termasuk_atas": True},
        {"nama": "Tertinggal", "bawah": "0.4910", "atas": "1", "termasuk_atas": True},
    ]
    d = laporan(
        laporan=kepala(tahun=2020, skala_predikat="PERMENDESA_2_2016"),
        skala_dicetak=[{"tabel": "T", "nama": "IDM", "acuan": "PERMENDESA_2_2016", "pita": idm}],
        indikator=[
            indikator(
                "i1",
                target={"2020": "100"},
                realisasi={"2020": {"pembilang": 4908, "penyebut": 1_000_000}},
            )
        ],
        tabel=[tabel(angka("iku.predikat:i1:2020", "x"))],
    )
    keluar = [t for t in periksa(dari_dict(d)).temuan if t.dicetak.startswith("capaian i1")]
    assert [(t.dicetak, t.dihitung) for t in keluar] == [
        ("capaian i1 2020 = 0,4908 rated with this table", "no band of the table holds 0,4908")
    ]
