"""Renamed public names keep working for one minor version, with a DeprecationWarning."""

from __future__ import annotations

import pytest

import sakip
from sakip import contoh
from sakip.audit import periksa
from sakip.errors import ReportFormatError
from sakip.laporan import dari_dict


def test_angka_is_number() -> None:
    with pytest.deprecated_call(match=r"sakip\.Number"):
        lama = sakip.Angka
    assert lama == sakip.Number


def test_tempat_of_a_finding_is_letak() -> None:
    hasil = periksa(contoh.dumai_2023())
    t, p = hasil.temuan[0], hasil.penjelasan[0]
    c = next(contoh.dumai_2023().semua_cetakan())
    for obyek, nama in ((t, "Temuan"), (p, "Penjelasan"), (c, "Cetakan")):
        with pytest.deprecated_call(match=rf"{nama}\.letak"):
            assert obyek.tempat == obyek.letak


def test_report_format_error_lives_in_errors() -> None:
    import sakip.laporan

    assert sakip.laporan.ReportFormatError is ReportFormatError
    with pytest.raises(ReportFormatError) as info:
        dari_dict({"skema": 1, "laporan": []}, berkas="x.toml")
    assert info.value.letak == "laporan"
    with pytest.deprecated_call():
        assert info.value.tempat == "laporan"
