"""Names renamed in 0.3.0: the old name keeps working, with a DeprecationWarning, until 0.4.0."""

from __future__ import annotations

import warnings

import pytest

import sakip.laporan
import sakip.laporan.berkas_csv
from sakip import Arah, Rentang
from sakip.errors import InvalidValueError


@pytest.mark.parametrize("modul", [sakip.laporan, sakip.laporan.berkas_csv])
def test_maks_sel_of_a_csv_cell_is_maks_panjang_sel(modul: object) -> None:
    with pytest.warns(DeprecationWarning, match=r"MAKS_SEL is deprecated since 0\.3\.0.*0\.4\.0"):
        lama = modul.MAKS_SEL  # type: ignore[attr-defined]
    assert lama == modul.MAKS_PANJANG_SEL == 128 * 1024  # type: ignore[attr-defined]


def test_the_new_name_does_not_warn_and_an_unknown_name_is_an_attribute_error() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        from sakip.laporan import MAKS_PANJANG_SEL  # noqa: F401
    with pytest.raises(AttributeError):
        sakip.laporan.MAKS_TIDAK_ADA  # noqa: B018


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
