"""Names renamed in 0.3.0: the old name keeps working, with a DeprecationWarning, until 0.4.0."""

from __future__ import annotations

import warnings
from decimal import Decimal
from typing import Any

import pytest

import sakip.laporan
import sakip.laporan.berkas_csv
from sakip import Arah, Rentang, efisiensi
from sakip.errors import InvalidTypeError, InvalidValueError


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


def test_the_e81_cell_count_keeps_its_name() -> None:
    from sakip.e81 import MAKS_SEL

    assert MAKS_SEL == 500_000


@pytest.mark.parametrize(
    ("rentang", "arah", "boleh"),
    [
        (Rentang(bawah=80, atas=90), Arah.NAIK, True),
        (Rentang(bawah=80, atas=90), Arah.TURUN, True),
        (Rentang(atas=49), Arah.TURUN, True),
        (Rentang(atas=49), Arah.NAIK, False),
        (Rentang(bawah=80), Arah.NAIK, True),
        (Rentang(bawah=80), Arah.TURUN, False),
    ],
)
def test_a_one_sided_target_fixes_the_direction(rentang: Rentang, arah: Arah, boleh: bool) -> None:
    if boleh:
        rentang.periksa_arah(arah)
    else:
        with pytest.raises(InvalidValueError, match=r"^arah must be Arah"):
            rentang.periksa_arah(arah)


@pytest.mark.parametrize("arah", ["naik", "turun", None, 1])
@pytest.mark.parametrize(
    "rentang", [Rentang(atas=49), Rentang(bawah=80), Rentang(bawah=1, atas=2)]
)
def test_periksa_arah_refuses_what_is_no_arah(rentang: Rentang, arah: object) -> None:
    # as capaian does: a text "naik" is not taken for Arah.NAIK, nor passed unchecked
    with pytest.raises(InvalidTypeError, match=r"^arah must be an Arah"):
        rentang.periksa_arah(arah)  # type: ignore[arg-type]
