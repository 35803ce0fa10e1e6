"""An indicator's satuan: printed, or left out where the report prints none.

Some tables of IKU print no satuan column (LKjIP BKPSDM Kabupaten Tasikmalaya 2020,
Tabel 3.6). The key is optional: left out, the satuan is None ("not printed"); given, it is
kept as written; blank, it is refused with a hint (not printed, or not yet transcribed?).
No arithmetic reads it: the audit of a percentage indicator is the same whatever its unit.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sakip.audit import periksa
from sakip.errors import InvalidTypeError, InvalidValueError, ReportFormatError
from sakip.kinerja import Arah
from sakip.laporan import Indikator, dari_dict


def _data(**indikator: Any) -> dict[str, Any]:
    ind = {
        "kode": "iku1",
        "nama": "Persentase dokumen tepat waktu",
        "satuan": "%",
        "arah": "naik",
        "target": {"2024": "90"},
        "realisasi": {"2024": "84,29"},
        **indikator,
    }
    if ind["satuan"] is None:
        del ind["satuan"]
    return {
        "skema": 1,
        "laporan": {
            "instansi": "Dinas Contoh",
            "tahun": 2024,
            "judul": "LKjIP 2024",
            "sumber": "-",
            "renstra": [2021, 2026],
            "skala_predikat": "PERMENDAGRI_86_2017",
        },
        "indikator": [ind],
        "tabel": [
            {
                "tabel": "Tabel 3.1",
                "angka": [
                    # 84,29 / 90 x 100 = 93,66, "Sangat Tinggi": both printed figures are wrong
                    {
                        "baris": "iku1",
                        "kolom": "Capaian",
                        "teks": "93,65%",
                        "besaran": "iku.capaian:iku1:2024",
                    },
                    {
                        "baris": "iku1",
                        "kolom": "Predikat",
                        "teks": "Tinggi",
                        "besaran": "iku.predikat:iku1:2024",
                    },
                ],
            }
        ],
    }


def test_left_out_is_not_printed() -> None:
    # before: "indikator[0].satuan is required"
    assert dari_dict(_data(satuan=None)).indikator[0].satuan is None


@pytest.mark.parametrize("satuan", ["%", "indeks", "Dok", "-", "orang/tahun", " % ", "ü" * 500])
def test_given_is_kept_as_written(satuan: str) -> None:
    assert dari_dict(_data(satuan=satuan)).indikator[0].satuan == satuan


@pytest.mark.parametrize("satuan", ["", " ", "\t", "\u3000"])
def test_blank_is_refused_with_a_hint(satuan: str) -> None:
    with pytest.raises(ReportFormatError) as e:
        dari_dict(_data(satuan=satuan), berkas="lap.toml")
    assert e.value.berkas == "lap.toml"
    assert e.value.letak == "indikator[0].satuan"
    assert e.value.value == satuan
    assert "leave satuan out where the report prints no satuan" in str(e.value)


@pytest.mark.parametrize("satuan", [5, True, 1.5, ["%"], {"a": "%"}, 10**40])
def test_not_a_string_is_refused(satuan: object) -> None:
    with pytest.raises(ReportFormatError, match=r"indikator\[0\]\.satuan must be a string"):
        dari_dict(_data(satuan=satuan))


def test_the_record() -> None:
    tanpa = Indikator(kode="i", nama="n", arah=Arah.NAIK, target={2024: Fraction(1)})
    assert tanpa.satuan is None
    assert "satuan=None" in repr(tanpa)  # shown as not printed
    with pytest.raises(InvalidValueError, match="satuan must not be blank"):
        Indikator(kode="i", nama="n", satuan="", arah=Arah.NAIK, target={2024: Fraction(1)})
    with pytest.raises(InvalidTypeError, match="satuan must be str"):
        Indikator(
            kode="i",
            nama="n",
            satuan=b"%",  # type: ignore[arg-type]
            arah=Arah.NAIK,
            target={2024: Fraction(1)},
        )


def _temuan(satuan: str | None) -> list[tuple[str, ...]]:
    hasil = periksa(dari_dict(_data(satuan=satuan)))
    return [
        (t.aturan, t.letak, t.dicetak, t.dihitung, t.rumus, t.keterangan) for t in hasil.temuan
    ]


def test_the_audit_without_satuan() -> None:
    assert [t[:4] for t in _temuan(None)] == [
        ("metode", "Tabel 3.1 / iku1 / Capaian", "93,65%", "93,66"),  # truncated
        ("teks", "Tabel 3.1 / iku1 / Predikat", "Tinggi", "Sangat Tinggi"),
    ]


@settings(max_examples=40, deadline=None)
@given(st.text(min_size=1, max_size=20).filter(lambda s: s.strip()))
def test_no_arithmetic_reads_the_satuan(satuan: str) -> None:
    # a percentage indicator's capaian and predikat are the same whatever its unit says
    assert _temuan(satuan) == _temuan(None)
