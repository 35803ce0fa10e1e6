"""Ratio targets and realisasi ("1 : 14") in the TOML report format, and their audit.

A ratio is written as a range target is, ``{ kiri = 1, kanan = 14, dicetak = "1 : 14" }``,
and compared as :func:`sakip.capaian` compares a :class:`sakip.Rasio`: by its value
``kanan / kiri`` in the indicator's direction (sakip's reading, docs/rumus.md).
"""

from __future__ import annotations

import copy
import re
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip.audit import periksa
from sakip.audit._tulis import TakTerhitungError
from sakip.audit.besaran import Hitung
from sakip.errors import InvalidTypeError, InvalidValueError, ReportFormatError, SakipError
from sakip.kinerja import Arah, MetodeTurun, Rasio, Rentang, capaian
from sakip.laporan import Indikator, Komponen, baca_besaran, dari_dict

# A Dinas Pendidikan's pupils per teacher: fewer is better, target / realisasi x 100
DASAR: dict[str, Any] = {
    "skema": 1,
    "laporan": {
        "instansi": "Dinas Pendidikan Contoh",
        "tahun": 2024,
        "judul": "LKjIP 2024",
        "sumber": "-",
        "renstra": [2021, 2026],
        "skala_predikat": "PERMENDAGRI_86_2017",
        "skala_atribut": "ATRIBUT_CAPAIAN",
    },
    "program": [
        {
            "kode": "p1",
            "nama": "Program Pengelolaan Pendidikan",
            "kegiatan": [
                {
                    "kode": "p1.k1",
                    "nama": "Pengelolaan Pendidikan SD",
                    "sub": [
                        {"kode": "p1.k1.s1", "nama": "Guru", "pagu": 1000, "realisasi_rp": 950}
                    ],
                }
            ],
        }
    ],
    "indikator": [
        {
            "kode": "iku3",
            "nama": "Rasio guru terhadap murid SD",
            "satuan": "rasio",
            "arah": "turun",
            "metode": "rasio",
            "program": ["p1"],
            "target": {
                "2023": {"kiri": 1, "kanan": 16, "dicetak": "1 : 16"},
                "2024": {"kiri": 1, "kanan": 14, "dicetak": "1 : 14"},
                "2026": {"kiri": 1, "kanan": 12},
            },
            "realisasi": {
                "2023": {"kiri": 1, "kanan": 16},
                "2024": {"kiri": 1, "kanan": "15.4", "dicetak": "1 : 15,4"},
            },
        }
    ],
}

# (quantity, printed): every iku.* figure of the ratio indicator, as computed
CETAK: list[tuple[str, str]] = [
    ("iku.target:iku3:2024", "1 : 14"),
    ("iku.target:iku3:2026", "1 : 12"),  # no printed text stated: its terms, spaced or not
    ("iku.realisasi:iku3:2024", "1 : 15,4"),
    ("iku.realisasi:iku3:2023", "1:16"),
    ("iku.capaian:iku3:2024", "90,91"),  # 14 / 15,4 x 100
    ("iku.capaian:iku3:2023", "100"),
    ("iku.predikat:iku3:2024", "Tinggi"),
    ("iku.atribut:iku3:2024", "Sangat Berhasil"),
    ("iku.atribut_rata_rata:2024", "Sangat Berhasil"),
    ("iku.kemajuan:iku3", "77,92"),  # 12 / 15,4 x 100
    ("iku.selisih_capaian:iku3:2024", "-9,09"),
    ("iku.penyerapan:iku3", "95"),
    ("iku.efisiensi:iku3", "-4,09"),
    ("iku.efisiensi_rp:iku3", "50"),
    ("iku.efisiensi_kategori:iku3", "Tidak Efisien"),
    ("predikat:iku.capaian:iku3:2024", "Tinggi"),
]


def _d(**ubah: Any) -> dict[str, Any]:
    d = copy.deepcopy(DASAR)
    d["indikator"][0].update(ubah)
    return d


def _dengan_tabel(d: dict[str, Any], cetak: list[tuple[str, str]]) -> dict[str, Any]:
    d["tabel"] = [
        {
            "tabel": "Tabel 3.3",
            "angka": [
                {"baris": "iku3", "kolom": str(i), "teks": teks, "besaran": b}
                for i, (b, teks) in enumerate(cetak)
            ],
        }
    ]
    return d


def test_a_ratio_is_read_into_the_target_with_its_text_and_the_indicators_direction() -> None:
    ind = dari_dict(_d()).indikator[0]
    assert ind.target[2024] == Rasio(kiri=1, kanan=14, arah=Arah.TURUN)
    assert ind.target[2026] == Rasio(kiri=1, kanan=12, arah=Arah.TURUN)
    assert ind.target_dicetak == {2023: "1 : 16", 2024: "1 : 14"}
    assert ind.nilai_realisasi[2024] == Rasio(kiri=1, kanan="15.4", arah=Arah.TURUN)
    assert ind.realisasi_dicetak == {2024: "1 : 15,4"}
    assert ind.tahun_realisasi() == (2023, 2024)


def test_every_iku_quantity_of_a_ratio_indicator_is_computed() -> None:
    hasil = periksa(dari_dict(_dengan_tabel(_d(), CETAK)))
    assert hasil.temuan == ()
    assert hasil.diperiksa == len(CETAK)
    # the recomputed summary table shows each ratio as printed (its terms where no text
    # is stated), never its value as a number or a percentage
    (iku,) = [t for t in hasil.tabel if t.judul == "Capaian IKU"]
    assert [b[2:5] for b in iku.baris] == [
        ("1 : 16", "1:16", "100,00"),
        ("1 : 14", "1 : 15,4", "90,91"),
    ]


def test_a_wrong_capaian_is_a_finding_whose_formula_names_the_ratios() -> None:
    d = _dengan_tabel(_d(), [("iku.capaian:iku3:2024", "120,00")])
    (t,) = periksa(dari_dict(d)).temuan
    assert (t.dicetak, t.dihitung, t.aturan) == ("120,00", "90,91", "angka")
    assert t.rumus == (
        "14 / 15,4 x 100, lower is better (rasio) "
        "(ratio realisasi 1:15,4, target 1:14: second term per one of the first)"
    )


@pytest.mark.parametrize(
    ("besaran", "dicetak", "dihitung"),
    [
        ("iku.target:iku3:2024", "1 : 15", "1 : 14"),  # against the stated text
        ("iku.target:iku3:2026", "1 : 13", "1:12"),  # no stated text: the terms, no spaces
        ("iku.realisasi:iku3:2024", "1 : 15,5", "1 : 15,4"),
        ("iku.predikat:iku3:2024", "Sangat Tinggi", "Tinggi"),
    ],
)
def test_printed_ratio_texts_and_ratings_are_checked(
    besaran: str, dicetak: str, dihitung: str
) -> None:
    (t,) = periksa(dari_dict(_dengan_tabel(_d(), [(besaran, dicetak)]))).temuan
    assert (t.dicetak, t.dihitung) == (dicetak, dihitung)


def test_a_ratio_target_in_a_place_with_a_decimal_point_is_written_so() -> None:
    d = _d(target={"2024": {"kiri": 1, "kanan": "17.5"}})
    d = _dengan_tabel(d, [("iku.target:iku3:2024", "1:17.5")])
    d["tabel"][0]["angka"][0]["pemisah_desimal"] = "."
    assert periksa(dari_dict(d)).temuan == ()


def test_a_ratio_target_against_a_plain_realisasi_is_computed() -> None:
    d = _dengan_tabel(_d(realisasi={"2024": "15,4"}), [("iku.capaian:iku3:2024", "90,91")])
    assert periksa(dari_dict(d)).temuan == ()


@pytest.mark.parametrize(
    ("besaran", "alasan"),
    [
        # a ratio realisasi against a plain number: capaian refuses the pair
        ("iku.capaian:iku3:2024", "may be a Rasio only when the target is a Rasio"),
        ("iku.predikat:iku3:2024", "may be a Rasio only when the target is a Rasio"),
        ("iku.efisiensi:iku3", "may be a Rasio only when the target is a Rasio"),
        # a ratio has no numerator or denominator
        ("iku.penyebut:iku3:2024", "(a ratio), with no numerator or denominator"),
        ("iku.jumlah_rincian:iku3:2024", "(a ratio), with no numerator or denominator"),
    ],
)
def test_what_does_not_exist_for_a_ratio_is_a_finding_not_a_crash(
    besaran: str, alasan: str
) -> None:
    d = _d(target={"2024": "14"})
    (t,) = periksa(dari_dict(_dengan_tabel(d, [(besaran, "1")]))).temuan
    assert t.aturan == "tak-terhitung"
    assert alasan in t.keterangan


def test_a_ratio_of_zero_pupils_against_a_ratio_target_is_not_computable() -> None:
    d = _d(realisasi={"2024": {"kiri": 1, "kanan": 0}})
    (t,) = periksa(dari_dict(_dengan_tabel(d, [("iku.capaian:iku3:2024", "100")]))).temuan
    assert t.aturan == "tak-terhitung"
    assert "must not be 0 for MetodeTurun.RASIO" in t.keterangan


#: A term as a report's transcription holds it: a decimal string with at most two places.
_SUKU = st.decimals(min_value=0, max_value=10_000, places=2).map(str)


@given(
    kiri_t=_SUKU.filter(lambda x: Fraction(x) != 0),
    kanan_t=_SUKU,
    kiri_r=_SUKU.filter(lambda x: Fraction(x) != 0),
    kanan_r=_SUKU,
    rasio_t=st.booleans(),
    rasio_r=st.booleans(),
    arah_metode=st.sampled_from(
        [("naik", None), ("turun", None), ("turun", "selisih"), ("turun", "rasio")]
    ),
)
def test_the_audit_computes_a_ratio_as_capaian_compares_a_rasio(
    kiri_t: str,
    kanan_t: str,
    kiri_r: str,
    kanan_r: str,
    rasio_t: bool,
    rasio_r: bool,
    arah_metode: tuple[str, str | None],
) -> None:
    """Each of target and realisasi a ratio or a plain number ``kanan``: the audit's capaian
    is capaian's of the same pair, refused where capaian refuses it (a ratio realisasi
    against a number), and its explanation compares the values (``kanan / kiri``)."""
    arah, metode = arah_metode
    a = Arah(arah)
    d = _d(
        arah=arah,
        pemisah_desimal=".",  # for the plain realisasi "15.40"
        target={"2024": {"kiri": kiri_t, "kanan": kanan_t} if rasio_t else kanan_t},
        realisasi={"2024": {"kiri": kiri_r, "kanan": kanan_r} if rasio_r else kanan_r},
    )
    if metode is None:
        del d["indikator"][0]["metode"]
    else:
        d["indikator"][0]["metode"] = metode
    target: Fraction | Rasio = (
        Rasio(kiri=kiri_t, kanan=kanan_t, arah=a) if rasio_t else Fraction(kanan_t)
    )
    realisasi: Fraction | Rasio = (
        Rasio(kiri=kiri_r, kanan=kanan_r, arah=a) if rasio_r else Fraction(kanan_r)
    )
    try:
        harap: Fraction | None = capaian(
            realisasi=realisasi,
            target=target,
            arah=a,
            metode=None if metode is None else MetodeTurun(metode),
            tempat=None,
        )
    except SakipError:
        harap = None
    lap = dari_dict(d)
    h = Hitung(lap)
    if harap is None:  # what capaian refuses does not exist for the audit: no crash
        with pytest.raises(TakTerhitungError):
            h.nilai(baca_besaran("iku.capaian:iku3:2024"))
        return
    assert h.nilai(baca_besaran("iku.capaian:iku3:2024")).eksak == harap
    _, _, komponen = h.capaian(lap.indikator[0], 2024)
    assert komponen.target == (target.nilai if isinstance(target, Rasio) else target)
    assert komponen.realisasi == (realisasi.nilai if isinstance(realisasi, Rasio) else realisasi)


def test_a_ratio_whose_first_term_is_not_one_is_compared_by_its_value() -> None:
    """ "2 : 35" is 17,5 per one, not 35 or 2: in the capaian, its formula, its
    explanation by another method, the kemajuan and the summary table."""
    d = _d(
        target={"2024": {"kiri": 2, "kanan": 35}, "2026": {"kiri": 2, "kanan": 30}},
        realisasi={"2024": {"kiri": 1, "kanan": 20}},
    )
    cetak = [
        ("iku.capaian:iku3:2024", "85,71"),  # (2 x 17,5 - 20) / 17,5 x 100: selisih
        ("iku.capaian:iku3:2024", "87,5"),  # 17,5 / 20 x 100
        ("iku.target:iku3:2024", "2 : 35"),
        ("iku.kemajuan:iku3", "75"),  # 15 / 20 x 100
    ]
    hasil = periksa(dari_dict(_dengan_tabel(d, cetak)))
    (t,) = hasil.temuan
    assert (t.aturan, t.dicetak, t.dihitung) == ("metode", "85,71", "87,50")
    assert t.rumus.startswith("17,5 / 20 x 100, lower is better (rasio) (ratio realisasi 1:20, ")
    assert t.keterangan.startswith("reproduced by (2 x 17,5 - 20) / 17,5 x 100")
    assert [p.cocok for p in hasil.penjelasan] == [False, True]
    (iku,) = [t for t in hasil.tabel if t.judul == "Capaian IKU"]
    assert [b[2:5] for b in iku.baris] == [("2:35", "1:20", "87,50")]


# -- hostile input: refused with the place -------------------------------------------------


@pytest.mark.parametrize(
    ("tahun", "letak", "pesan"),
    [
        ({"kiri": 0, "kanan": 14}, "indikator[0].target.2024", "must be > 0"),
        ({"kiri": -1, "kanan": 14}, "indikator[0].target.2024", "must be >= 0"),
        ({"kiri": 1, "kanan": -14}, "indikator[0].target.2024", "must be >= 0"),
        ({"kiri": 1}, "indikator[0].target.2024.kanan", "is required"),
        ({"kanan": 14}, "indikator[0].target.2024.kiri", "is required"),
        ({"kiri": True, "kanan": 14}, "indikator[0].target.2024.kiri", "must be a number"),
        ({"kiri": 1, "kanan": 14.5}, "indikator[0].target.2024.kanan", "not a TOML float"),
        ({"kiri": 1, "kanan": "14,5"}, "indikator[0].target.2024.kanan", "plain ASCII decimal"),
        ({"kiri": 1, "kanan": "1:14"}, "indikator[0].target.2024.kanan", "plain ASCII decimal"),
        ({"kiri": 1, "kanan": [14]}, "indikator[0].target.2024.kanan", "must be a number"),
        ({"kiri": 1, "kanan": 10**30}, "indikator[0].target.2024.kanan", "10**30"),
        ({"kiri": 1, "kanan": 14, "dicetak": 14}, "indikator[0].target.2024.dicetak", "string"),
        ({"kiri": 1, "kanan": 14, "arah": "naik"}, "indikator[0].target.2024.arah", "not a key"),
        ({"kiri": 1, "kanan": 14, "bawah": 10}, "indikator[0].target.2024.bawah", "not both"),
        ({"kiri": 1, "atas": 10}, "indikator[0].target.2024.atas", "not both"),
    ],
)
def test_a_malformed_ratio_target_is_refused_naming_the_place(
    tahun: dict[str, Any], letak: str, pesan: str
) -> None:
    with pytest.raises(ReportFormatError) as e:
        dari_dict(_d(target={"2024": tahun}), berkas="lkjip.toml")
    assert e.value.letak == letak
    assert pesan in str(e.value)
    assert "lkjip.toml" in str(e.value)


@pytest.mark.parametrize(
    ("tahun", "letak", "pesan"),
    [
        ({"kiri": 0, "kanan": 14}, "indikator[0].realisasi.2024", "must be > 0"),
        (
            {"kiri": 1, "kanan": 14, "pembilang": 1},
            "indikator[0].realisasi.2024.pembilang",
            "not both",
        ),
        ({"penyebut": 5, "kanan": 14}, "indikator[0].realisasi.2024.penyebut", "not both"),
        (
            {"kiri": 1, "kanan": 14, "rincian_penyebut": {}},
            "indikator[0].realisasi.2024.rincian_penyebut",
            "not both",
        ),
        ({"kiri": 1, "kanan": "x"}, "indikator[0].realisasi.2024.kanan", "plain ASCII"),
        (
            {"kiri": 1, "kanan": 14, "catatan": "-"},
            "indikator[0].realisasi.2024.catatan",
            "not a key",
        ),
    ],
)
def test_a_malformed_ratio_realisasi_is_refused_naming_the_place(
    tahun: dict[str, Any], letak: str, pesan: str
) -> None:
    with pytest.raises(ReportFormatError) as e:
        dari_dict(_d(realisasi={"2024": tahun}), berkas="lkjip.toml")
    assert e.value.letak == letak
    assert pesan in str(e.value)


def test_a_components_table_without_ratio_keys_is_still_components() -> None:
    ind = dari_dict(_d(realisasi={"2024": {"pembilang": 77, "penyebut": 5}})).indikator[0]
    assert ind.realisasi[2024].pembilang == 77
    assert ind.nilai_realisasi == {}


# -- the record ------------------------------------------------------------------------------


def _ind(**ubah: Any) -> Indikator:
    isi: dict[str, Any] = {
        "kode": "iku3",
        "nama": "Rasio guru terhadap murid",
        "satuan": "rasio",
        "arah": Arah.TURUN,
        "target": {2024: Rasio(kiri=1, kanan=14, arah=Arah.TURUN)},
    }
    isi.update(ubah)
    return Indikator(**isi)


def test_the_record_holds_a_ratio_as_the_value_itself() -> None:
    r = Rasio(kiri=1, kanan="15.4", arah=Arah.TURUN)
    ind = _ind(nilai_realisasi={2024: r}, realisasi_dicetak={2024: "1 : 15,4"})
    assert ind.nilai_realisasi[2024] is r
    assert ind.tahun_realisasi() == (2024,)


def test_a_ratio_realisasi_beside_a_plain_target_is_a_record_capaian_then_refuses() -> None:
    # valid as a record: the audit reports the pair as not computable (a finding)
    ind = _ind(
        target={2024: Fraction(14)},
        nilai_realisasi={2024: Rasio(kiri=1, kanan=15, arah=Arah.TURUN)},
    )
    assert isinstance(ind.nilai_realisasi[2024], Rasio)


_LAIN = Rasio(kiri=1, kanan=14, arah=Arah.NAIK)


@pytest.mark.parametrize(
    ("ubah", "galat", "pesan"),
    [
        (
            {"arah": Arah.NAIK},
            InvalidValueError,
            "target[2024] must be a ratio in the indicator's direction (Arah.NAIK)",
        ),
        (
            {"target": {2024: "1:14"}},
            InvalidTypeError,
            "target[2024] must be a Fraction or a Rentang or a Rasio (got '1:14')",
        ),
        ({"target": {2024: 14.0}}, InvalidTypeError, "target[2024] must be a Fraction"),
        ({"target": {2024: None}}, InvalidTypeError, "target[2024] must be a Fraction"),
        ({"target": {"2024": Fraction(14)}}, InvalidTypeError, "keyed by year"),
        (
            {"nilai_realisasi": {2024: _LAIN}},
            InvalidValueError,
            "nilai_realisasi[2024] must be a ratio in the indicator's direction (Arah.TURUN)",
        ),
        (
            {"nilai_realisasi": {2024: Rentang(bawah=1)}},
            InvalidTypeError,
            "nilai_realisasi[2024] must be a Fraction or a Rasio",
        ),
        (
            {"nilai_realisasi": {2024: "1:15"}},
            InvalidTypeError,
            "nilai_realisasi[2024] must be a Fraction or a Rasio",
        ),
        (
            {
                "nilai_realisasi": {2024: Rasio(kiri=1, kanan=15, arah=Arah.TURUN)},
                "realisasi": {2024: Komponen(pembilang=Fraction(1), penyebut=Fraction(15))},
            },
            InvalidValueError,
            "must not repeat a year of realisasi",
        ),
        (
            {"realisasi_dicetak": {2024: "1 : 14"}},
            InvalidValueError,
            "year whose nilai_realisasi is a Rasio",
        ),
        (
            {"nilai_realisasi": {2024: Fraction(14)}, "realisasi_dicetak": {2024: "1 : 14"}},
            InvalidValueError,
            "year whose nilai_realisasi is a Rasio",
        ),
        ({"realisasi_dicetak": {2024: 14}}, InvalidTypeError, "must hold strings"),
    ],
)
def test_the_record_refuses_a_value_of_another_kind_or_a_ratio_of_another_direction(
    ubah: dict[str, Any], galat: type[Exception], pesan: str
) -> None:
    with pytest.raises(galat, match=re.escape(pesan)):
        _ind(**ubah)
