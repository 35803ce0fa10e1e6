"""polars String columns are read from their bytes (no Python string per cell): the same values,
missing rows, reasons and errors as the same cells in a list, whose path makes a str of each."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from fractions import Fraction
from typing import Any
from unittest import mock

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import sakip
from sakip import PERMENDAGRI_86_2017, kolom
from sakip.kolom import _baca, _teks

np = pytest.importorskip("numpy")
pl = pytest.importorskip("polars")

#: Cells as a CSV read without a dtype gives them: plain decimals with signs, decimal commas,
#: thousands dots, blanks, text that is no number, non-ASCII, NUL, long digits; and nulls.
_SEL = st.one_of(
    st.from_regex(r"[+-]?[0-9]{1,20}(\.[0-9]{1,4})?", fullmatch=True),
    st.from_regex(r"-?[0-9]{1,3}(\.[0-9]{3}){0,3}(,[0-9]{1,3})?%?", fullmatch=True),
    st.sampled_from(
        ["", " ", "-", "Rp 1.000,-", "(5)", "n/a", "5.", ".5", "1\x00", "\u0663", "é1"]
    ),
    st.from_regex(r"[0-9]{17,45}", fullmatch=True),
    st.text(max_size=5),
    st.none(),
)


@contextmanager
def _blok_kecil() -> Iterator[None]:
    """Blocks of 3 cells, so that a few rows cross the block edges of both byte readers."""
    with mock.patch.object(_teks, "_BLOK", 3), mock.patch.object(_baca, "_BLOK", 3):
        yield


def _nilai(x: Any) -> list[Fraction | None]:
    sel = x.to_list() if isinstance(x, pl.Series) else list(x)
    return [None if d is None else Fraction(d) for d in sel]


def _jalankan(f: Any, *args: Any, **kw: Any) -> tuple[Any, dict[int, str]] | str:
    alasan: dict[int, str] = {}
    try:
        return _nilai(f(*args, errors="null", alasan=alasan, **kw)), alasan
    except sakip.SakipError as e:
        return f"{type(e).__name__}: {e}"


def _desimal(x: Any) -> list[Fraction | None] | str:
    try:
        return _nilai(kolom.ke_desimal(x))
    except sakip.SakipError as e:
        return f"{type(e).__name__}: {e}"


def _galat(f: Any, *args: Any, **kw: Any) -> str | None:
    try:
        f(*args, **kw)
    except sakip.SakipError as e:
        return f"{type(e).__name__}: {e}"
    return None


@settings(max_examples=300, deadline=None)
@given(xs=st.lists(_SEL, max_size=12), blok=st.booleans())
@example(xs=["98.48", None, "-0.50", "+7", "1\x00", "é1", "", "98,48"], blok=True)
@example(xs=["9" * 19, "5"], blok=False)  # past int64
def test_a_polars_string_column_in_column_functions_is_read_as_a_list_of_its_cells(
    xs: list[str | None], blok: bool
) -> None:
    """capaian, predikat and ke_desimal of a String Series: those of the same cells in a list
    (the same values and missing rows, the same reasons, the same first error)."""
    seri = pl.Series("x", xs, dtype=pl.String)
    target = [3] * len(xs)
    with _blok_kecil() if blok else mock.patch.object(_teks, "_BLOK", _teks._BLOK):
        args_pl = {"realisasi": seri, "target": pl.Series("t", target)}
        args_list = {"realisasi": xs, "target": target}
        assert _jalankan(kolom.capaian, **args_pl) == _jalankan(kolom.capaian, **args_list)
        assert _galat(kolom.capaian, **args_pl) == _galat(kolom.capaian, **args_list)
        assert _desimal(seri) == _desimal(xs)
        p_pl = kolom.predikat(PERMENDAGRI_86_2017, seri, errors="null")
        assert p_pl.cast(pl.String).to_list() == kolom.predikat(
            PERMENDAGRI_86_2017, xs, errors="null"
        )


@settings(max_examples=300, deadline=None)
@given(
    xs=st.lists(_SEL, max_size=12),
    pemisah=st.sampled_from([None, ",", "."]),
    kosong=st.sampled_from([None, 0]),
    blok=st.booleans(),
)
@example(
    xs=["5.898.976.029", None, "-98,48%", "1.500", "Rp 1.000,-", "-", "é"],
    pemisah=None,
    kosong=0,
    blok=True,
)
def test_a_polars_string_column_in_kolom_baca_is_read_as_a_list_of_its_cells(
    xs: list[str | None], pemisah: str | None, kosong: int | None, blok: bool
) -> None:
    """kolom.baca of a String Series: the values, missing rows, reasons and error of the list."""
    seri = pl.Series("x", xs, dtype=pl.String)
    opsi: dict[str, Any] = {"pemisah_desimal": pemisah, "kosong": kosong}
    with _blok_kecil() if blok else mock.patch.object(_teks, "_BLOK", _teks._BLOK):
        hasil = _jalankan(kolom.baca, seri, **opsi)
        assert hasil == _jalankan(kolom.baca, xs, **opsi)
        assert _galat(kolom.baca, seri, **opsi) == _galat(kolom.baca, xs, **opsi)


def test_a_polars_string_column_makes_no_python_string_per_cell(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Only the cells the bytes do not read become Python objects (here: the null and "x")."""
    seri = pl.Series("x", ["98.48", "7"] * 300 + [None, "x"], dtype=pl.String)
    target = pl.Series("t", [4] * len(seri))
    asli = pl.Series.to_list
    dibuat: list[int] = []

    def to_list(self: Any, *args: Any, **kw: Any) -> Any:
        dibuat.append(len(self))
        return asli(self, *args, **kw)

    monkeypatch.setattr(pl.Series, "to_list", to_list)
    hasil = kolom.capaian(realisasi=seri, target=target, errors="null")
    desimal = kolom.ke_desimal(seri[:-1])
    baca = kolom.baca(pl.Series("x", ["98,48%", "5.898.976.029"] * 300 + [None]))
    assert max(dibuat, default=0) <= 2, dibuat
    monkeypatch.setattr(pl.Series, "to_list", asli)
    assert hasil.to_list()[:2] == [Decimal("2462.00"), Decimal("175.00")]
    assert hasil.to_list()[-2:] == [None, None]
    assert desimal[:2] == [Decimal("98.48"), Decimal("7.00")]
    assert desimal[-1] is None
    assert baca.to_list()[:2] == [Decimal("98.48"), Decimal("5898976029.00")]


# every test of this module on both column paths (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("jalur_kolom")
