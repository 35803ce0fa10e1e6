"""A single-value target printed with words: ``{ nilai = "80", dicetak = "80 dibawah ambang batas" }``.

LAKIP 2015 of the BKPD Provinsi Lampung prints the target of its indicator 9 "80 dibawah
ambang batas" (Tabel 5, and the row ending on page 19). The value is the primary data (the
capaian is computed against it); the text is what the report prints, and a printed target
figure (``iku.target``) is compared with it as a range's printed text is.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import pytest

from sakip.audit import periksa
from sakip.errors import ReportFormatError
from sakip.laporan import dari_dict
from tests._bangun import TANPA, angka, indikator, laporan, tabel

DICETAK = "80 dibawah ambang batas"


def _data(target: Any, *isi: dict[str, Any]) -> dict[str, Any]:
    return laporan(
        indikator=[
            indikator(
                "keamanan_pangan",
                target={"2024": target},
                realisasi={"2024": "91,39"},
                satuan=TANPA,
            )
        ],
        tabel=[tabel(*isi)] if isi else TANPA,
    )


def _target(teks: str) -> dict[str, Any]:
    return angka("iku.target:keamanan_pangan:2024", teks, baris="9.", kolom="Target")


def test_read_as_its_value_and_its_text() -> None:
    ind = dari_dict(_data({"nilai": "80", "dicetak": DICETAK})).indikator[0]
    assert ind.target == {2024: Fraction(80)}
    assert ind.target_dicetak == {2024: DICETAK}


@pytest.mark.parametrize("teks", [DICETAK, "80  Dibawah Ambang Batas"])
def test_a_printed_target_is_compared_with_the_text(teks: str) -> None:
    hasil = periksa(dari_dict(_data({"nilai": "80", "dicetak": DICETAK}, _target(teks))))
    assert hasil.temuan == ()
    assert hasil.diperiksa == 1


@pytest.mark.parametrize("teks", ["80 diatas ambang batas", "81", "81 dibawah ambang batas"])
def test_another_text_is_a_finding(teks: str) -> None:
    # the text the report states for the target, or its value printed alone ("80" is right)
    [t] = periksa(dari_dict(_data({"nilai": "80", "dicetak": DICETAK}, _target(teks)))).temuan
    assert (t.aturan, t.letak, t.dicetak, t.dihitung) == (
        "angka",
        "T / 9. / Target",
        teks,
        "80" if teks == "81" else DICETAK,  # a number printed alone is checked as one
    )
    assert t.rumus == "target keamanan_pangan 2024 as the report states it"


def test_the_capaian_is_computed_against_the_value() -> None:
    capaian = angka("iku.capaian:keamanan_pangan:2024", "114,24")
    hasil = periksa(dari_dict(_data({"nilai": "80", "dicetak": DICETAK}, capaian)))
    assert hasil.temuan == ()
    assert hasil.penjelasan[0].rumus.startswith("114,24 = 91,39 / 80 x 100")


def test_a_value_without_its_text_is_compared_as_a_number() -> None:
    # unchanged: "80" against the value 80, and the text with words refused as a qualifier
    assert periksa(dari_dict(_data("80", _target("80")))).temuan == ()
    with pytest.raises(ReportFormatError, match="transcribe the figure alone"):
        periksa(dari_dict(_data("80", _target(DICETAK))))


@pytest.mark.parametrize(
    ("target", "letak", "pesan"),
    [
        (
            {"nilai": "80"},
            "target.2024.dicetak",
            "is required: a single value is written as a table only with its printed text",
        ),
        (
            {"nilai": "80", "bawah": "70", "dicetak": DICETAK},
            "target.2024.bawah",
            "must not stand beside nilai",
        ),
        (
            {"nilai": "80", "kiri": "1", "kanan": "2", "dicetak": DICETAK},
            "target.2024.kiri",
            "must not stand beside nilai",
        ),
        ({"nilai": "80", "dicetak": DICETAK, "catatan": "x"}, "target.2024.catatan", "not a key"),
        ({"nilai": "8O", "dicetak": DICETAK}, "target.2024.nilai", "must"),
        ({"nilai": 80.0, "dicetak": DICETAK}, "target.2024.nilai", "not a TOML float"),
        ({"nilai": "80", "dicetak": 80}, "target.2024.dicetak", "must be a string"),
        ({"nilai": "1" * 31, "dicetak": DICETAK}, "target.2024.nilai", "must"),
    ],
)
def test_refused_with_its_place(target: dict[str, Any], letak: str, pesan: str) -> None:
    with pytest.raises(ReportFormatError) as e:
        dari_dict(_data(target))
    assert e.value.letak == f"indikator[0].{letak}"
    assert pesan in str(e.value)


def test_a_single_value_target_printed_alone_is_checked_as_its_number() -> None:
    # "90" for a target stated "90 dibawah ambang batas": the right figure, no finding; "91"
    # is a figure that differs, found as a number
    from sakip.audit import periksa
    from sakip.laporan import dari_dict
    from tests._bangun import angka, indikator, laporan, tabel

    def temuan(teks: str) -> list[tuple[str, str, str]]:
        d = laporan(
            indikator=[
                indikator(target={"2024": {"nilai": "90", "dicetak": "90 dibawah ambang batas"}})
            ],
            tabel=[tabel(angka("iku.target:iku1:2024", teks))],
        )
        return [(t.aturan, t.dicetak, t.dihitung) for t in periksa(dari_dict(d)).temuan]

    assert temuan("90") == []
    assert temuan("90 dibawah ambang batas") == []
    assert [t[:2] for t in temuan("91")] == [("angka", "91")]
    assert [t[:2] for t in temuan("90 di bawah")] == [("angka", "90 di bawah")]


def test_a_blank_printed_text_is_refused() -> None:
    from sakip.errors import ReportFormatError
    from sakip.laporan import dari_dict
    from tests._bangun import indikator, laporan

    d = laporan(indikator=[indikator(target={"2024": {"nilai": "90", "dicetak": " "}})])
    with pytest.raises(ReportFormatError, match=r"dicetak must not be blank"):
        dari_dict(d)
