"""One exact core: one rule per concept, one registry of scales, lazy imports, one name per result."""

from __future__ import annotations

import subprocess
import sys
import types
from decimal import Decimal
from fractions import Fraction

import pytest

import sakip
import sakip.skala
from sakip import (
    PERMENDESA_2_2016,
    PERMENPANRB_88_2021,
    SKALA_BAWAAN,
    InvalidTypeError,
    InvalidValueError,
    MetodeEfisiensi,
    Pita,
    Skala,
    capaian,
    efisiensi,
    kumulatif,
    rata_rata_capaian,
)
from sakip.indikator import status_idm

# --- one cap rule, one check ------------------------------------------------

_PESAN_MAKSIMUM = r"must be >= 100 \(a cap below 100 would hide unmet targets\)"


@pytest.mark.parametrize(
    "panggil",
    [
        lambda m: capaian(realisasi=75, target=42, maksimum=m),
        lambda m: capaian(realisasi="75", target=42.0, maksimum=m),
        lambda m: rata_rata_capaian([90, 120], maksimum=m),
        lambda m: efisiensi(capaian=179, pagu=100, realisasi=90, maksimum_capaian=m),
    ],
    ids=["capaian", "capaian, Decimal path", "rata_rata_capaian", "efisiensi"],
)
@pytest.mark.parametrize("maksimum", [10, "99.99", Decimal("99.999"), 0, -100])
def test_every_cap_below_100_is_refused_with_its_reason(panggil: object, maksimum: object) -> None:
    with pytest.raises(InvalidValueError, match=_PESAN_MAKSIMUM):
        panggil(maksimum)  # type: ignore[operator]


def test_a_cap_of_100_applies_the_same_way_everywhere() -> None:
    assert capaian(realisasi=179, target=100, maksimum=100) == Decimal("100.00")
    assert rata_rata_capaian([179, 50], maksimum=100).nilai == Decimal("75.00")
    e = efisiensi(capaian=179, pagu=93_568_000, realisasi=92_944_034, maksimum_capaian=100)
    assert e.capaian_dipakai == 100


def test_the_cap_check_names_its_argument() -> None:
    with pytest.raises(InvalidValueError, match=r"^maksimum_capaian must be >= 100"):
        efisiensi(capaian=179, pagu=100, realisasi=90, maksimum_capaian=10)
    with pytest.raises(InvalidTypeError, match=r"^maksimum must be a number"):
        rata_rata_capaian([1], maksimum=True)


# --- one check of "a sequence of numbers" -------------------------------------


@pytest.mark.parametrize(
    ("panggil", "galat", "pesan"),
    [
        (lambda: rata_rata_capaian("90"), InvalidTypeError, "capaian must be a sequence"),
        (lambda: rata_rata_capaian(b"90"), InvalidTypeError, "capaian must be a sequence"),
        (
            lambda: rata_rata_capaian({90, 95}),  # type: ignore[arg-type]
            InvalidTypeError,
            "capaian must be a sequence",
        ),
        (lambda: rata_rata_capaian([]), InvalidValueError, "capaian must not be empty"),
        (lambda: kumulatif("1234", aturan=sakip.Konsolidasi.JUMLAH), InvalidTypeError, "nilai"),
        (
            lambda: kumulatif([], aturan=sakip.Konsolidasi.JUMLAH),
            InvalidValueError,
            "must not be empty",
        ),
        (
            lambda: kumulatif([1, 2, 3, 4, 5], aturan=sakip.Konsolidasi.JUMLAH),
            InvalidValueError,
            "at most 4",
        ),
        (
            lambda: efisiensi(capaian=[], pagu=[], realisasi=[]),
            InvalidValueError,
            "capaian must not be empty",
        ),
        (
            lambda: efisiensi(capaian={1}, pagu=1, realisasi=1),  # type: ignore[arg-type]
            InvalidTypeError,
            "capaian must be a number or a sequence",
        ),
        (
            lambda: efisiensi(capaian=True, pagu=1, realisasi=1),
            InvalidTypeError,
            "capaian must be a number or a sequence",
        ),
    ],
)
def test_one_sequence_rule(panggil: object, galat: type[Exception], pesan: str) -> None:
    with pytest.raises(galat, match=pesan):
        panggil()  # type: ignore[operator]


def test_sequences_other_than_lists_are_read() -> None:
    assert rata_rata_capaian((90, 95)).nilai == Decimal("92.50")
    assert rata_rata_capaian(range(90, 92)).nilai == Decimal("90.50")
    assert kumulatif((1, 2), aturan=sakip.Konsolidasi.JUMLAH) == 3
    single = efisiensi(capaian="100", pagu=1000, realisasi=900)
    assert single.nilai == Decimal("10.00")


def test_a_huge_sequence_is_refused_before_it_is_read() -> None:
    class Panjang(list[int]):
        def __len__(self) -> int:
            return 10**9

    with pytest.raises(InvalidValueError, match="at most 10000000 values"):
        rata_rata_capaian(Panjang([1]))


# --- one constant, one rounding ----------------------------------------------


def test_one_hundred_is_one_constant() -> None:
    from sakip import _eksak, anggaran, kinerja
    from sakip.indikator import _hasil, perbandingan

    for modul in (kinerja, anggaran, _hasil, perbandingan):
        assert modul._SERATUS is _eksak._SERATUS


# --- one registry of built-in scales -------------------------------------------


def test_every_built_in_scale_is_in_the_registry() -> None:
    import sakip.indikator.desa

    ditemukan = {
        id(v): v
        for modul in (sakip.skala, sakip.indikator.desa, sakip.indikator)
        for v in vars(modul).values()
        if isinstance(v, Skala)
    }
    assert {id(s) for s in SKALA_BAWAAN.values()} == set(ditemukan)
    for nama, skala in SKALA_BAWAAN.items():
        assert getattr(sakip.skala, nama) is skala
        assert sakip.skala_bernama(nama) is skala


def test_the_registry_is_read_only() -> None:
    assert isinstance(SKALA_BAWAAN, types.MappingProxyType)
    with pytest.raises(TypeError):
        SKALA_BAWAAN["X"] = PERMENPANRB_88_2021  # type: ignore[index]


def test_the_idm_scale_is_the_same_object_everywhere() -> None:
    assert sakip.indikator.PERMENDESA_2_2016 is PERMENDESA_2_2016
    assert SKALA_BAWAAN["PERMENDESA_2_2016"] is PERMENDESA_2_2016


# --- Skala.dari_batas_atas ----------------------------------------------------


def test_permenpanrb_88_2021_as_a_short_table_is_the_printed_table() -> None:
    tertulis = (
        ("AA", 90, 100, "Sangat Memuaskan"),
        ("A", 80, 90, "Memuaskan"),
        ("BB", 70, 80, "Sangat Baik"),
        ("B", 60, 70, "Baik"),
        ("CC", 50, 60, "Cukup"),
        ("C", 30, 50, "Kurang"),
    )
    pita = [
        Pita(nama=n, bawah=b, atas=a, termasuk_bawah=False, termasuk_atas=True, keterangan=k)
        for n, b, a, k in tertulis
    ]
    pita.append(Pita(nama="D", bawah=0, atas=30, termasuk_atas=True, keterangan="Sangat Kurang"))
    assert PERMENPANRB_88_2021.pita == Skala(nama="x", sumber="y", pita=pita).pita


def test_idm_as_a_short_table_is_the_regulation() -> None:
    tepi = ["0", "0.4907", "0.5989", "0.7072", "0.8155", "1"]
    nama = ["Sangat Tertinggal", "Tertinggal", "Berkembang", "Maju", "Mandiri"]
    pita = [
        Pita(nama=n, bawah=b, atas=a, termasuk_bawah=(i == 0), termasuk_atas=True)
        for i, (n, b, a) in enumerate(zip(nama, tepi, tepi[1:], strict=False))
    ]
    assert PERMENDESA_2_2016.pita == Skala(nama="x", sumber="y", pita=pita).pita


@pytest.mark.parametrize(
    ("nilai", "predikat"),
    [
        (0, "D"),
        (30, "D"),
        ("30.01", "C"),
        (50, "C"),
        (Decimal("50.00"), "C"),
        (50.001, "CC"),
        (90, "A"),
        (Fraction(9001, 100), "AA"),
        (100, "AA"),
    ],
)
def test_permenpanrb_88_2021_edges(nilai: object, predikat: str) -> None:
    assert PERMENPANRB_88_2021.predikat(nilai) == predikat  # type: ignore[arg-type]


@pytest.mark.parametrize("nilai", [-1, "-0.01", "100.01", 101, 1e3])
def test_permenpanrb_88_2021_refuses_what_is_not_a_score(nilai: object) -> None:
    with pytest.raises(InvalidValueError, match="must lie within the scale"):
        PERMENPANRB_88_2021.predikat(nilai)  # type: ignore[arg-type]


def test_dari_batas_atas_is_the_mirror_of_dari_batas_bawah() -> None:
    atas = Skala.dari_batas_atas(
        nama="n", sumber="s", batas=[("Rendah", 50), ("Sedang", 80), ("Tinggi", None)]
    )
    assert [str(p) for p in atas.pita] == [
        "Rendah: x <= 50",
        "Sedang: 50 < x <= 80",
        "Tinggi: x > 80",
    ]
    assert atas.predikat(-(10**20)) == "Rendah"
    assert atas.predikat(80) == "Sedang"
    assert atas.predikat("80.000001") == "Tinggi"


# --- one name per concept in result records ------------------------------------


def test_status_idm_calls_its_rounded_value_nilai() -> None:
    s = status_idm(iks="0.7", ike="0.6", ikl="0.8")
    assert s.nilai == Decimal("0.7000")


def test_efisiensi_calls_its_rounded_value_nilai_and_its_score_skor() -> None:
    k = efisiensi(
        capaian=[100, 90],
        pagu=[1_000_000, 500_000],
        realisasi=[900_000, 450_000],
        metode=MetodeEfisiensi.KEMENKEU,
    )
    # E = 6.8966 %, its score 50 + 50 x E / 20 = 67.24: nilai is E, not the score (0.2.0)
    assert (k.nilai, k.skor) == (Decimal("6.90"), Decimal("67.24"))


# --- import sakip loads what a call needs when it is first used ---------------


def test_import_sakip_loads_no_submodule_and_no_attrs() -> None:
    kode = (
        "import sys, sakip; "
        "print(sorted(m for m in sys.modules if m.startswith(('sakip.', 'attr', 'dateutil'))))"
    )
    keluar = subprocess.run(
        [sys.executable, "-c", kode], check=True, capture_output=True, text=True
    ).stdout
    assert keluar.strip() == "[]"


def test_every_public_name_is_reachable_both_ways() -> None:
    """In a fresh interpreter: ``from sakip import X`` and ``sakip.X`` give the same object."""
    kode = (
        "import sakip\n"
        "for nama in sakip.__all__:\n"
        "    ns = {}\n"
        "    exec(f'from sakip import {nama} as a', ns)\n"
        "    assert ns['a'] is getattr(sakip, nama), nama\n"
        "    assert nama in dir(sakip), nama\n"
    )
    subprocess.run([sys.executable, "-c", kode], check=True)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'tidak_ada'"):
        sakip.tidak_ada  # type: ignore[attr-defined]  # noqa: B018


# --- predikat reads a Decimal by comparing it, exactly -------------------------


@pytest.mark.parametrize(
    ("nilai", "predikat"),
    [
        (Decimal("90.99"), "Tinggi"),
        (Decimal("91.00"), "Sangat Tinggi"),
        (Decimal("91"), "Sangat Tinggi"),
        (Decimal("9.1E+1"), "Sangat Tinggi"),
        (Decimal("90.999999999999999999999999999999"), "Tinggi"),  # 30 places, exact
        (Decimal("-0"), "Sangat Rendah"),
        (Decimal("0E-1000"), "Sangat Rendah"),  # the exact reader takes it
    ],
)
def test_predikat_of_decimals(nilai: Decimal, predikat: str) -> None:
    assert sakip.PERMENDAGRI_86_2017.predikat(nilai) == predikat


@pytest.mark.parametrize(
    "nilai",
    [
        Decimal("NaN"),
        Decimal("sNaN"),
        Decimal("Infinity"),
        Decimal("1E+30"),
        Decimal("90.999999999999999999999999999999999"),  # 33 places: refused as a str is
    ],
)
def test_predikat_refuses_decimals_outside_the_limits(nilai: Decimal) -> None:
    with pytest.raises(InvalidValueError):
        sakip.PERMENDAGRI_86_2017.predikat(nilai)


def test_the_lazy_table_and_all_agree() -> None:
    publik = set(sakip.__all__) - {"__version__"}
    assert publik == set(sakip._TEMPAT_NAMA) | (set(sakip._SUBMODUL) & publik)
    for nama, modul in sakip._TEMPAT_NAMA.items():
        assert nama in __import__(modul, fromlist=[nama]).__all__
