"""Issue 13, ninth round: one byte gatherer for text, scale edges built once, small tables.

Text cells of every backend reach the plain-decimal reader through one gatherer
(:func:`sakip.kolom._teks.kumpul_bait`); the edges of a scale in integer units
(:func:`sakip.kolom._rumus.tepi`) and the row of ``predikat`` are built once a
scale; a small list's result makes its integers only when read back. None of it
changes a result: each case is held to the scalar API, row by row.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any
from unittest import mock

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import sakip
from sakip import PERMENDAGRI_86_2017, PERMENPANRB_88_2021, kolom
from sakip.kolom import _baca, _kecil, _rumus, _teks

np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")
pl = pytest.importorskip("polars")

#: A plain cell as the module docstring of ``_teks`` defines it (ASCII only).
_POLOS = re.compile(r"[+-]?[0-9]+(\.[0-9]+)?", re.ASCII)

_SEL = st.one_of(
    st.from_regex(r"[+-]?[0-9]{1,20}(\.[0-9]{1,4})?", fullmatch=True),
    st.sampled_from(["", "5.", ".5", "1\x00", "\x00", "\u0663", "\u00e91", "9\u00b2", "-"]),
    st.text(max_size=6),
)


def _harapan(s: str) -> tuple[int, int, bool]:
    """What ``_teks.baca`` gives one cell: its digits, places and whether it is plain."""
    if not (s.isascii() and _POLOS.fullmatch(s)):
        return 0, 0, False
    utuh, _, pecahan = s.lstrip("+-").partition(".")
    if len(utuh) + len(pecahan) > _teks.DIGIT_MAKS:
        return 0, 0, False
    digit = int(utuh + pecahan)
    return (-digit if s.startswith("-") else digit), len(pecahan), True


@settings(max_examples=300, deadline=None)
@given(teks=st.lists(_SEL, max_size=10), blok=st.sampled_from([2, 3, _teks._BLOK]))
@example(teks=["12.50", "", "\u00e91", "7", "1\x00", "-0.5"], blok=2)
@example(teks=[], blok=3)
def test_plain_cells_are_read_through_the_shared_gatherer(teks: list[str], blok: int) -> None:
    """Non-ASCII, empty, NUL and long cells are not plain; blocks change nothing."""
    with mock.patch.object(_teks, "_BLOK", blok):
        digit, tempat, polos = _teks.baca(np, teks)
    hasil = list(zip(digit.tolist(), tempat.tolist(), polos.tolist(), strict=True))
    assert hasil == [_harapan(s) for s in teks]


def test_lists_arrays_and_series_of_text_share_one_byte_gatherer() -> None:
    """``_teks.baca`` (lists, numpy and pandas text), ``_baca.bentuk`` (kolom.baca) and polars
    String columns all gather their bytes with ``_teks.kumpul_bait``."""
    teks = ["98.48", "", "\u00e91", "7"] * 50  # past every small-table size: the bulk readers
    kolom_teks: list[Any] = [
        teks,
        np.array(teks, dtype=object),
        pd.Series(teks, dtype=object),
        pd.Series(teks, dtype="str"),
        pl.Series(teks),
    ]
    for k in kolom_teks:
        with mock.patch.object(_teks, "kumpul_bait", wraps=_teks.kumpul_bait) as mata:
            kolom.predikat(PERMENDAGRI_86_2017, k, errors="null")
        assert mata.called, type(k)
    with mock.patch.object(_teks, "kumpul_bait", wraps=_teks.kumpul_bait) as mata:
        _baca.bentuk(np, ["5.898.976.029", "98,48%"], None)
    assert mata.called


def _skalar(f: Any, *kolom_: list[Any], **kw: Any) -> list[Any]:
    """The scalar API row by row: None where a cell is missing or the row is refused."""
    hasil: list[Any] = []
    for baris in zip(*kolom_, strict=True):
        if any(x is None for x in baris):
            hasil.append(None)
            continue
        try:
            hasil.append(f(*baris, **kw))
        except sakip.SakipError:
            hasil.append(None)
    return hasil


_WADAH_TEKS = {
    "list": list,
    "numpy object": lambda xs: np.array(xs, dtype=object),
    "pandas object": lambda xs: pd.Series(xs, dtype=object),
    "pandas str": lambda xs: pd.Series(xs, dtype="str"),
    "polars String": pl.Series,
}


@pytest.mark.parametrize("wadah", list(_WADAH_TEKS))
@pytest.mark.parametrize("ulang", [1, 3])  # 6 and 18 rows: the small and the vectorised path
def test_text_columns_with_non_ascii_empty_and_missing_cells(wadah: str, ulang: int) -> None:
    realisasi = ["75", "", None, "\u0663", "98.48", "-5"] * ulang
    target = ["42", "42", "42", "42", "\u00e9", "100.0"] * ulang
    buat = _WADAH_TEKS[wadah]
    c = kolom.capaian(realisasi=buat(realisasi), target=buat(target), errors="null")
    p = kolom.predikat(PERMENDAGRI_86_2017, buat(realisasi), errors="null")

    def capaian(r: str, t: str) -> Decimal:
        return sakip.capaian(realisasi=r, target=t)

    harapan_c = _skalar(capaian, realisasi, target)
    harapan_p = _skalar(PERMENDAGRI_86_2017.predikat, realisasi)
    assert kolom.ke_desimal(c) == harapan_c
    assert _label(p) == harapan_p


def _label(p: Any) -> list[str | None]:
    if isinstance(p, kolom.Label):
        return [None if k < 0 else p.categories[k] for k in p.codes.tolist()]
    sel = p.to_list() if isinstance(p, (pd.Series, pl.Series)) else list(p)
    return [None if x is None or x != x else str(x) for x in sel]


_WADAH = {"list": list, "numpy": np.array, "pandas": pd.Series, "polars": pl.Series}
_R = [1529080716, 93568000, 556479000, 3470356630, 92944034, 4000, 5000, 6000, 7000, 0]
_T = [1539632000, 93568000, 924000000, 3523998700, 93568000, 4100, 5200, 6100, 7300, 8]


@pytest.mark.parametrize("wadah", list(_WADAH))
@pytest.mark.parametrize("n", [0, 1, 10])
def test_small_tables_give_the_scalar_results(wadah: str, n: int) -> None:
    r, t = _R[:n], _T[:n]
    buat = _WADAH[wadah]
    if wadah == "numpy":
        a, b = np.array(r, dtype=np.int64), np.array(t, dtype=np.int64)
    else:
        a, b = buat(r), buat(t)
    c = kolom.capaian(realisasi=a, target=b)
    harapan = [sakip.capaian(realisasi=x, target=y) for x, y in zip(r, t, strict=True)]
    assert kolom.ke_desimal(c) == harapan
    for skala in (PERMENDAGRI_86_2017, PERMENPANRB_88_2021):
        assert _label(kolom.predikat(skala, c, errors="null")) == _skalar(skala.predikat, harapan)


@pytest.mark.parametrize("n", [0, 1, 10])
def test_a_small_list_result_makes_its_integers_only_when_read_back(
    n: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    r, t = [*_R[: n - 1], None][:n], _T[:n]

    def tidak(*args: Any) -> None:
        raise AssertionError("integers made for a result nobody read back")

    with monkeypatch.context() as m:
        m.setattr(_kecil, "satuan", tidak)
        c = kolom.capaian(realisasi=r, target=t)
        assert kolom.predikat(PERMENDAGRI_86_2017, c) == [
            None if d is None else PERMENDAGRI_86_2017.predikat(d) for d in c
        ]
    harapan = [
        None if x is None else sakip.capaian(realisasi=x, target=y)
        for x, y in zip(r, t, strict=True)
    ]
    assert c == harapan
    tetap = c._kolom_tetap({Decimal, type(None)})  # read back: made now, from the Decimals
    assert tetap is not None
    assert tetap.tempat == 2
    assert tetap.bulat.tolist() == [0 if d is None else int(d * 100) for d in harapan]
    assert (tetap.hilang is None) == (None not in harapan)
    assert kolom.ke_desimal(c) == harapan
    assert c._kolom_tetap({Decimal, type(None)}) is tetap  # made once


def test_scale_edges_and_the_predikat_row_are_built_once_a_scale() -> None:
    assert _rumus.tepi(PERMENDAGRI_86_2017, 2) == ((5100, 6600, 7600, 9100), None, None)
    assert _rumus.tepi(PERMENDAGRI_86_2017, 2) is _rumus.tepi(PERMENDAGRI_86_2017, 2)
    assert kolom._rumus_predikat(PERMENDAGRI_86_2017) is kolom._rumus_predikat(PERMENDAGRI_86_2017)
    assert not hasattr(_rumus, "_tepi")
