"""Names renamed in 0.3.0: the old name keeps working, with a DeprecationWarning, until 0.4.0."""

from __future__ import annotations

import importlib
import linecache
import pydoc
import subprocess
import sys
import warnings
from decimal import Decimal
from typing import Any

import pytest

import sakip.audit
import sakip.audit.pemeriksaan
import sakip.audit.tampil
import sakip.laporan
import sakip.laporan.berkas_csv
from sakip import contoh, efisiensi
from sakip._peringatan import MODUL_USANG


@pytest.mark.parametrize("modul", [sakip.laporan, sakip.laporan.berkas_csv])
def test_maks_sel_of_a_csv_cell_is_maks_panjang_sel(modul: object) -> None:
    with pytest.warns(DeprecationWarning, match=r"MAKS_SEL is deprecated since 0\.3\.0.*0\.4\.0"):
        lama = modul.MAKS_SEL  # type: ignore[attr-defined]
    assert lama == modul.MAKS_PANJANG_SEL == 128 * 1024  # type: ignore[attr-defined]


@pytest.mark.parametrize("modul", [sakip.laporan, sakip.laporan.berkas_csv])
def test_the_maks_sel_warning_names_the_name_used_and_points_at_its_user(modul: Any) -> None:
    # the caller's line, not a line of sakip: Python's default filters show a
    # DeprecationWarning only where it is attributed to the caller's own code
    with pytest.warns(DeprecationWarning, match="MAKS_SEL") as w:
        modul.MAKS_SEL  # noqa: B018
    assert [x.filename for x in w] == [__file__]
    assert str(w[0].message) == (
        f"{modul.__name__}.MAKS_SEL is deprecated since 0.3.0 and will be removed in 0.4.0; "
        f"use {modul.__name__}.MAKS_PANJANG_SEL"
    )


def test_the_new_name_does_not_warn_and_an_unknown_name_is_an_attribute_error() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        from sakip.laporan import MAKS_PANJANG_SEL  # noqa: F401
    with pytest.raises(AttributeError):
        sakip.laporan.MAKS_TIDAK_ADA  # noqa: B018


def test_persen_of_efisiensi_is_nilai_and_its_warning_points_at_its_user() -> None:
    e = efisiensi(capaian=100, pagu=3_523_998_700, realisasi=3_470_356_630)
    with pytest.warns(DeprecationWarning, match="Efisiensi.persen") as w:
        lama = e.persen
    assert lama == e.nilai == Decimal("1.52")
    assert [x.filename for x in w] == [__file__]
    assert str(w[0].message) == (
        "Efisiensi.persen is deprecated since 0.3.0 and will be removed in 0.4.0; "
        "use Efisiensi.nilai"
    )


# -- module paths renamed in 0.3.0 -----------------------------------------------------------


def _pesan_modul(lama: str) -> str:
    return (
        f"the module {lama} is deprecated since 0.3.0 and will be removed in 0.4.0; "
        f"use {MODUL_USANG[lama]}"
    )


def _di_baris_ini(w: pytest.WarningsRecorder, baris: str) -> bool:
    """Each warning recorded points at this file, on the line whose code is ``baris``."""
    return all(
        x.filename == __file__
        and linecache.getline(x.filename, x.lineno).split("#")[0].strip() == baris
        for x in w
    )


@pytest.fixture
def tampilan_belum_diimpor(monkeypatch: pytest.MonkeyPatch) -> None:
    # the old module warns when it is imported: first in the process, as a user's import is
    monkeypatch.delitem(sys.modules, "sakip.audit.tampilan", raising=False)
    monkeypatch.delattr(sakip.audit, "tampilan", raising=False)


@pytest.mark.usefixtures("tampilan_belum_diimpor")
def test_import_of_the_audits_old_rendering_module_warns_once_at_its_line() -> None:
    with pytest.warns(DeprecationWarning, match="sakip.audit.tampilan") as w:
        import sakip.audit.tampilan
    assert [str(x.message) for x in w] == [_pesan_modul("sakip.audit.tampilan")]
    assert _di_baris_ini(w, "import sakip.audit.tampilan")
    lama = sakip.audit.tampilan
    assert lama.__all__ == sakip.audit.tampil.__all__
    for nama in [*sakip.audit.tampil.__all__, "_teks_tabel"]:
        assert getattr(lama, nama) is getattr(sakip.audit.tampil, nama)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # imported once, warned once
        import sakip.audit.tampilan


@pytest.mark.usefixtures("tampilan_belum_diimpor")
def test_from_the_audits_old_rendering_module_import_warns_once_at_its_line() -> None:
    with pytest.warns(DeprecationWarning, match="sakip.audit.tampilan") as w:
        from sakip.audit.tampilan import tampil_markdown, tampil_teks
    assert [str(x.message) for x in w] == [_pesan_modul("sakip.audit.tampilan")]
    assert _di_baris_ini(w, "from sakip.audit.tampilan import tampil_markdown, tampil_teks")
    assert tampil_teks is sakip.audit.tampil.tampil_teks
    assert tampil_markdown is sakip.audit.tampil.tampil_markdown


def test_from_the_audits_old_module_import_warns_at_its_line_and_gives_the_same_objects() -> None:
    with pytest.warns(DeprecationWarning, match="sakip.audit.periksa") as w:
        from sakip.audit.periksa import periksa_berkas  # type: ignore[import-not-found]
    assert [str(x.message) for x in w] == [_pesan_modul("sakip.audit.periksa")]
    assert _di_baris_ini(w, "from sakip.audit.periksa import periksa_berkas")
    assert periksa_berkas is sakip.audit.pemeriksaan.periksa_berkas
    with pytest.warns(DeprecationWarning, match="sakip.audit.periksa") as w:
        from sakip.audit.periksa import _Audit, periksa
    assert _Audit is sakip.audit.pemeriksaan._Audit
    assert periksa is sakip.audit.pemeriksaan.periksa
    # one warning per name, alike: Python's filters show it once for the line
    assert {str(x.message) for x in w} == {_pesan_modul("sakip.audit.periksa")}
    assert _di_baris_ini(w, "from sakip.audit.periksa import _Audit, periksa")


def test_the_audits_old_module_path_read_as_a_module_warns() -> None:
    lama = importlib.import_module("sakip.audit.periksa")
    assert lama is sys.modules["sakip.audit.periksa"]
    assert lama is not sakip.audit.pemeriksaan
    with pytest.warns(DeprecationWarning, match="the module sakip.audit.periksa") as w:
        fungsi = lama.periksa
    assert fungsi is sakip.audit.periksa
    assert _di_baris_ini(w, "fungsi = lama.periksa")
    assert not hasattr(lama, "__path__")  # a module, not a package
    with pytest.raises(
        AttributeError, match=r"'sakip\.audit\.periksa' has no attribute 'tidak_ada'"
    ):
        lama.tidak_ada  # noqa: B018
    with pytest.raises(ImportError, match="cannot import name 'tidak_ada'"):
        from sakip.audit.periksa import tidak_ada  # noqa: F401


def test_the_function_periksa_stays_the_function_and_does_not_warn() -> None:
    # A module file loaded at sakip.audit.periksa would be bound on the package in the
    # function's place: the old path has none, so importing it changes nothing.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        import sakip.audit.periksa
        import sakip.audit.periksa as m

        from sakip.audit import periksa

        importlib.import_module("sakip.audit.periksa")
        assert sakip.audit.periksa is m is periksa is sakip.audit.pemeriksaan.periksa
        # pydoc.locate looks a dotted name up by attributes before Python 3.13 (the
        # function) and by importing it since (the deprecated path's module, in sys.modules)
        dicari = periksa if sys.version_info < (3, 13) else sys.modules["sakip.audit.periksa"]
        assert pydoc.locate("sakip.audit.periksa") is dicari
        assert sakip.audit.periksa(contoh.dumai_2023()).diperiksa == 590


def test_the_new_module_paths_do_not_warn() -> None:
    kode = "import " + ", ".join(MODUL_USANG.values())
    hasil = subprocess.run(
        [sys.executable, "-W", "error", "-c", kode], capture_output=True, text=True, check=False
    )
    assert (hasil.returncode, hasil.stderr) == (0, "")


def test_the_e81_cell_count_keeps_its_name() -> None:
    from sakip.e81 import MAKS_SEL

    assert MAKS_SEL == 500_000
