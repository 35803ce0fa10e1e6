"""Names deprecated in 0.2.0 (kept working, with a DeprecationWarning, until 0.3.0) are gone."""

from __future__ import annotations

import copy
import inspect
from typing import Any

import attrs
import pytest

import sakip
from sakip import contoh, kolom
from sakip.audit import periksa
from sakip.errors import ReportFormatError
from sakip.indikator import status_idm
from sakip.laporan import Indikator, dari_dict
from sakip.triwulan import Konsolidasi
from tests.test_audit_sintetis import DASAR


def test_angka_is_gone() -> None:
    with pytest.raises(AttributeError, match="'Angka'"):
        sakip.Angka  # type: ignore[attr-defined]  # noqa: B018
    with pytest.raises(ImportError):
        from sakip import Angka  # type: ignore[attr-defined]  # noqa: F401
    assert "Angka" not in dir(sakip)
    assert "Number" in sakip.__all__


def test_tempat_of_a_record_is_gone() -> None:
    hasil = periksa(contoh.dumai_2023())
    c = next(contoh.dumai_2023().semua_cetakan())
    for obyek in (hasil.temuan[0], hasil.penjelasan[0], c):
        assert obyek.letak
        with pytest.raises(AttributeError, match="tempat"):
            obyek.tempat  # type: ignore[union-attr]  # noqa: B018


def test_tempat_of_a_report_format_error_is_gone() -> None:
    import sakip.laporan

    assert sakip.laporan.ReportFormatError is ReportFormatError
    with pytest.raises(ReportFormatError) as info:
        dari_dict({"skema": 1, "laporan": []}, berkas="x.toml")
    assert info.value.letak == "laporan"
    with pytest.raises(AttributeError, match="tempat"):
        info.value.tempat  # type: ignore[attr-defined]  # noqa: B018


def test_an_indicator_has_no_konsolidasi() -> None:
    assert "konsolidasi" not in attrs.fields_dict(Indikator)
    i = contoh.dumai_2023().indikator[0]
    isi = attrs.asdict(i, recurse=False)
    with pytest.raises(TypeError, match="konsolidasi"):
        Indikator(**isi, konsolidasi=Konsolidasi.JUMLAH)  # type: ignore[call-arg]
    with pytest.raises(AttributeError, match="konsolidasi"):
        i.konsolidasi  # type: ignore[attr-defined]  # noqa: B018


def test_the_konsolidasi_key_of_an_indicator_is_refused_saying_where_it_went() -> None:
    d: dict[str, Any] = copy.deepcopy(DASAR)
    d["indikator"][0]["konsolidasi"] = "terakhir"
    with pytest.raises(ReportFormatError) as info:
        dari_dict(d)
    e = info.value
    assert (e.berkas, e.letak, e.value) == ("<data>", "indikator[0].konsolidasi", "terakhir")
    assert e.expected.startswith("is not a key of the schema (removed in 0.3.0; ")
    assert "konsolidasi is a key of a sub kegiatan, kegiatan or program" in e.expected


def test_another_unknown_key_of_an_indicator_gets_no_such_hint() -> None:
    d: dict[str, Any] = copy.deepcopy(DASAR)
    d["indikator"][0]["konsolidas"] = "terakhir"
    with pytest.raises(ReportFormatError) as info:
        dari_dict(d)
    assert info.value.expected == "is not a key of the schema"


def test_konsolidasi_of_a_sub_kegiatan_is_still_read() -> None:
    d: dict[str, Any] = copy.deepcopy(DASAR)
    s = d["program"][0]["kegiatan"][0]["sub"][0]
    s.update(tw_k=["2", "4", "6", "8"], realisasi_k="8", konsolidasi="terakhir")
    sub = dari_dict(d).program[0].kegiatan[0].sub[0]
    assert sub.konsolidasi is Konsolidasi.TERAKHIR


def test_idm_of_status_idm_is_gone() -> None:
    s = status_idm(iks="0.7", ike="0.6", ikl="0.8")
    with pytest.raises(AttributeError, match="idm"):
        s.idm  # type: ignore[attr-defined]  # noqa: B018


_FUNGSI_KOLOM = sorted(
    nama
    for nama in kolom.__all__
    if inspect.isfunction(getattr(kolom, nama))
    and "errors" in inspect.signature(getattr(kolom, nama)).parameters
)


def test_the_column_functions_with_errors_are_found() -> None:
    assert {"capaian", "penyerapan", "predikat", "efisiensi", "baca"} <= set(_FUNGSI_KOLOM)


@pytest.mark.parametrize("nama", _FUNGSI_KOLOM)
def test_no_column_function_takes_galat(nama: str) -> None:
    fungsi = getattr(kolom, nama)
    assert "galat" not in inspect.signature(fungsi).parameters
    with pytest.raises(TypeError, match="galat"):
        fungsi(galat="kosong")


def test_kolom_galat_is_gone() -> None:
    with pytest.raises(AttributeError, match="'Galat'"):
        kolom.Galat  # type: ignore[attr-defined]  # noqa: B018
    assert kolom.Errors.__args__ == ("raise", "null")  # type: ignore[attr-defined]
