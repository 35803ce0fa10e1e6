"""The column core: every column read once into exact scaled integers, and the one wrapper.

A column is read once, at the edge, by its backend's adapter, into a
:class:`Kolom`: integers ``bulat`` that stand for ``bulat / 10**tempat``,
a mask of missing values and a mask of unreadable ones. The formulas then work
on those integers only (numpy int64 while no intermediate can overflow, exact
Python integers in an object array beyond that), the result is rounded once,
half up, by :func:`setengah_atas`, and the adapter of the first column writes
it back in its own kind.

Every public column function is one :class:`Rumus` (a row: its arguments, which
of them are percentages, the scalar function that is its oracle and its error
messages, and its vectorised form) run by :func:`jalankan`.
"""

from __future__ import annotations

import importlib
import math
import operator
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from itertools import repeat
from types import MappingProxyType, ModuleType
from typing import Any, Final, Literal, NamedTuple

from sakip._eksak import (
    _KALI,
    _SATUAN_TEMPAT,
    MAKS_HASIL_DUA,
    _periksa_tempat,
    desimal_dua,
    float_numpy,
    ke_pecahan,
    rasio_cepat,
)
from sakip.errors import InvalidTypeError, InvalidValueError, SakipError
from sakip.kinerja import Rentang

#: What a bad row does: ``"raise"`` its error, or become a missing (``"null"``) value.
Errors = Literal["raise", "null"]
_ERRORS: Final = ("raise", "null")
INT64_MAKS: Final = 2**63 - 1

#: Backend name (top-level module of the column's type) -> its adapter module.
ADAPTER: Final = MappingProxyType(
    {
        "list": "sakip.kolom._daftar",
        "numpy": "sakip.kolom._numpy",
        "pandas": "sakip.kolom._pandas",
        "polars": "sakip.kolom._polars",
    }
)
_KELAS_KOLOM: Final = MappingProxyType(
    {"numpy": ("ndarray",), "pandas": ("Series",), "polars": ("Series",)}
)


@dataclass(frozen=True, slots=True)
class Kolom:
    """One column read exactly: value ``i`` is ``bulat[i] / 10**tempat``.

    ``bulat`` is a numpy int64 array, or an object array of Python ints when
    int64 cannot hold the values; a broadcast number has length 1. ``hilang``
    marks missing values, ``rusak`` values that could not be read (their error
    comes from the scalar function, called on the original value). ``aman``:
    those rows already hold 0 (else they may hold anything until the wrapper
    zeroes them).
    """

    bulat: Any
    tempat: int
    hilang: Any = None
    rusak: Any = None
    aman: bool = False


@dataclass(frozen=True, slots=True)
class Rumus:
    """One column function: a row of the table the wrapper runs.

    Attributes:
        argumen: the column arguments, in order.
        persen: the arguments that hold percentages (their unit must be known).
        skalar: the scalar function for one row (keyword arguments); the oracle,
            and the source of every error message.
        hitung: the vectorised form: ``(np, {argumen: Kolom}, tempat)`` to
            ``(result, bad rows)``; the result is integer units of
            ``10**-tempat``, or label codes.
        label: for predikat: the labels, lowest band first.
        asli: the name of a function in a backend's adapter that computes the
            formula in that backend's own arithmetic when every argument is a
            column of that backend: ``(columns, tempat)`` to the result, or
            None (the column is not one it takes) for the general path.
        rentang: the arguments that may be one :class:`sakip.Rentang` for
            every row (capaian's target); computed row by row.
    """

    argumen: tuple[str, ...]
    persen: frozenset[str]
    skalar: Callable[..., Any]
    hitung: Callable[[Any, Mapping[str, Kolom], int], tuple[Any, Any]] | None
    label: tuple[str, ...] | None = None
    asli: str | None = None
    rentang: frozenset[str] = frozenset()


# -- backends -------------------------------------------------------------------

#: The backend of each column type seen so far (walking a type's classes costs more).
_JENIS: dict[type, str] = {}


def jenis(kolom: object) -> str:
    """The backend of a column: a key of :data:`ADAPTER`."""
    if isinstance(kolom, (list, tuple)):
        return "list"
    tipe = type(kolom)
    dikenal = _JENIS.get(tipe)
    if dikenal is not None:
        return dikenal
    for kelas in tipe.__mro__:
        modul = kelas.__module__.split(".")[0]
        if kelas.__name__ in _KELAS_KOLOM.get(modul, ()):
            _JENIS[tipe] = modul
            return modul
    raise InvalidTypeError(
        field="kolom",
        value=type(kolom).__name__,
        expected="must be a list, tuple, numpy array, pandas Series or polars Series",
    )


def adapter(nama: str) -> ModuleType:
    """The adapter module of a backend, imported on first use (then kept)."""
    modul = _ADAPTER_DIMUAT.get(nama)
    if modul is not None:
        return modul
    try:
        modul = importlib.import_module(ADAPTER[nama])
    except ModuleNotFoundError as e:  # polars installed without numpy
        if e.name != "numpy":
            raise
        raise InvalidTypeError(
            field="kolom",
            value=f"{nama} column",
            expected="needs numpy installed for sakip.kolom (pip install numpy)",
        ) from None
    _ADAPTER_DIMUAT[nama] = modul
    return modul


#: The adapters imported so far (``importlib.import_module`` costs about a microsecond a call).
_ADAPTER_DIMUAT: dict[str, ModuleType] = {}


def numpy_ada() -> ModuleType | None:
    """numpy, when installed (the vectorised engine); None otherwise."""
    try:
        import numpy
    except ImportError:  # pragma: no cover - the test environment has numpy
        return None
    return numpy


def skalar(x: object) -> bool:
    """Whether an argument is one value broadcast over the columns, not a column.

    A Python number, text, a :class:`sakip.Rentang`, or a numpy scalar (read
    as the scalar API reads it: ``np.int64(42)`` is 42, a numpy bool is refused
    by the reader).
    """
    if isinstance(x, (int, float, str, Decimal, Fraction, Rentang)):
        return not isinstance(x, bool)
    np = sys.modules.get("numpy")  # a numpy scalar exists only once numpy is imported
    return np is not None and isinstance(x, np.generic)


#: Cells of these exact types are never missing: :func:`hilang` answers them at once.
_TAK_PERNAH_HILANG: Final = frozenset({int, str, Decimal, Fraction})


def hilang(x: object) -> bool:
    """Whether one cell is a missing value (None, NaN, pandas.NA, NaT).

    The common cells are answered by their exact type (a float is missing
    when NaN; an int, str, Decimal or Fraction never is),
    before the general tests (a subclass, a numpy float, pandas' NA and
    NaT). A whole column is tested at once where its backend can say
    (:func:`sel_float`, each adapter's ``daftar``).

    Examples:
        >>> [hilang(x) for x in (None, float("nan"), 7, "7", Decimal("NaN"), 1.5)]
        [True, True, False, False, False, False]
    """
    tipe = type(x)
    if tipe is float:
        return x != x
    if tipe in _TAK_PERNAH_HILANG:
        return False
    if x is None:
        return True
    if isinstance(x, float):
        return math.isnan(x)
    if float_numpy(x):  # a float32 NaN
        return bool(x != x)
    return tipe.__name__ in ("NAType", "NaTType")


# -- arguments --------------------------------------------------------------------


def periksa_errors(errors: object) -> Errors:
    """The error mode: ``"raise"`` or ``"null"``."""
    if not isinstance(errors, str) or errors not in _ERRORS:
        raise InvalidValueError(field="errors", value=errors, expected="must be 'raise' or 'null'")
    return "null" if errors == "null" else "raise"


def periksa_alasan(alasan: object) -> None:
    if alasan is not None and not isinstance(alasan, dict):
        raise InvalidTypeError(field="alasan", value=alasan, expected="must be a dict or None")


def periksa_tempat_masukan(tempat: object) -> int | None:
    """The unit stated for integer input columns: None, or 0 to 30 decimal places."""
    return None if tempat is None else _periksa_tempat(tempat)


# -- reading (shared by the adapters) ------------------------------------------------


def baca_int(np: Any, data: Any, hilang_: Any = None, tempat: int = 0) -> Kolom:
    """An integer array (any width, signed or not)."""
    if data.dtype.kind == "u" and data.size and int(data.max()) > INT64_MAKS:
        return Kolom(np.array(data.tolist(), dtype=object), tempat, hilang_)
    return Kolom(data.astype(np.int64, copy=False), tempat, hilang_)


# 10**t * |x| below 2**51: a float is then within half an ulp of exactly one
# t-place decimal, so the t-place decimal that reads back as the float is its
# shortest repr (padded with zeros). Beyond it, each value's repr is read alone.
_FLOAT_PRESISI: Final = 2.0**51
_FLOAT_TEMPAT_MAKS: Final = 15


@dataclass(frozen=True)
class _Presisi:
    """How a float type's column is read in a few passes (see :func:`_baca_float_cepat`)."""

    #: ``|n|`` below this at t places: at most one t-place decimal rounds to the value
    #: (its ulp is below half of ``10**-t``), so the one that does is its shortest repr.
    batas: float
    #: The most places tried. For a float narrower than float64 the t-place decimal
    #: is rounded to the type through float64; up to 7 places (and ``|n|`` within
    #: ``batas``) that double rounding gives the type's own rounding of the decimal.
    tempat_maks: int


#: The float types read in a few passes, by dtype character; any other (longdouble)
#: is read value by value. float32 and float16 are read in their own precision.
_PRESISI_FLOAT: Final[Mapping[str, _Presisi]] = MappingProxyType(
    {
        "d": _Presisi(_FLOAT_PRESISI, _FLOAT_TEMPAT_MAKS),  # float64: 52-bit fraction
        "f": _Presisi(2.0**22, 7),  # float32: 23-bit fraction
        "e": _Presisi(2.0**9, 7),  # float16: 10-bit fraction
    }
)


def baca_float(np: Any, data: Any, hilang_: Any = None, nama: str = "kolom") -> Kolom | None:
    """A float array, each value read as its shortest repr (98.48 is 98.48), vectorised.

    NaN is missing; infinities are unreadable. The smallest ``t`` such that
    every ``rint(x * 10**t) / 10**t == x`` exactly gives the integers; the
    division is exact IEEE arithmetic, so the check is exact.

    The common column (finite values and NaN, every value within the bound at
    the places a sample needs) is read in a few passes by :func:`_baca_float_cepat`;
    any other column by the general reading below, which gives the same values.
    """
    x = np.asarray(data)
    if x.dtype != np.float64:
        if x.dtype.kind == "f":
            return _baca_float_lain(np, x, hilang_, nama)
        x = x.astype(np.float64)
    cepat = _baca_float_cepat(np, x, hilang_, _PRESISI_FLOAT["d"])
    if cepat is not None:
        return cepat
    rusak = None
    hingga = np.isfinite(x)
    banyak_hingga = int(np.count_nonzero(hingga))
    if banyak_hingga != x.size:
        nan = np.isnan(x)
        if banyak_hingga + int(np.count_nonzero(nan)) != x.size:  # infinities too
            rusak = ~hingga & ~nan
        hilang_ = nan if hilang_ is None else (hilang_ | nan)
        x = np.where(hingga, x, 0.0)
    if not x.size:
        return Kolom(np.zeros(0, dtype=np.int64), 0, hilang_, rusak)
    besar = max(-float(x.min()), float(x.max()))
    # the places a sample needs, then one check of the whole column from there
    t = _tempat_float(np, x[:: max(1, x.size // 512)], besar, _PRESISI_FLOAT["d"])
    while t is not None and t <= _FLOAT_TEMPAT_MAKS and besar * 10.0**t < _FLOAT_PRESISI:
        kali = 10.0**t
        n = x * kali
        np.rint(n, out=n)
        if np.array_equal(n / kali, x):
            return Kolom(n.astype(np.int64), t, hilang_, rusak, aman=True)
        t += 1
    # Values beyond the shortcut: each read alone, by the scalar API's reader
    # and within its limits (exact, slower).
    asli = np.asarray(data, dtype=np.float64).tolist()
    if hilang_ is None:
        return baca_objek(np, asli, nama)
    sel = [None if m else v for v, m in zip(asli, hilang_.tolist(), strict=True)]
    return baca_objek(np, sel, nama)


def _baca_float_lain(np: Any, x: Any, hilang_: Any, nama: str) -> Kolom | None:
    """A float16, float32 or longdouble column, each value read as typed, in its own precision.

    A float32 98.48 is 98.48, as :func:`sakip._eksak.ke_pecahan` reads the
    scalar (not the 98.4800033569336 it widens to). float16 and float32 in a
    few passes when they can; any value they cannot decide, and longdouble,
    by the scalar reader, value by value. NaN is missing.
    """
    presisi = _PRESISI_FLOAT.get(x.dtype.char)
    if presisi is not None:
        cepat = _baca_float_cepat(np, x, hilang_, presisi)
        if cepat is not None:
            return cepat
    return baca_objek(np, sel_float(np, x, hilang_), nama)


def _baca_float_cepat(np: Any, x: Any, hilang_: Any, presisi: _Presisi) -> Kolom | None:
    """The common float column in a few passes; None sends it to the general reading.

    At ``t`` places (the places a sample needs, then one more while a value
    needs them): ``n = rint(x * 10**t)``; a row is read when ``n / 10**t``,
    rounded to the column's float type, is ``x`` (so the t-place decimal
    ``n`` reads back as ``x``) and every ``|n|`` is below ``presisi.batas``
    (then it is the only one, hence the shortest repr padded with zeros).
    NaN fails the first test and is missing; an infinity passes it but fails
    the bound, and a value that needs more than ``presisi.tempat_maks`` places
    fails the first test at every ``t``: both send the column to the general
    reading. A float32 or float16 column is widened to float64 first (exact).
    """
    if not x.size:
        return None
    lebar = x if x.dtype == np.float64 else x.astype(np.float64)
    proben = lebar[:: max(1, x.size // 512)]
    proben = proben[np.isfinite(proben)]
    besar = max(-float(proben.min()), float(proben.max())) if proben.size else 0.0
    t = _tempat_float(np, proben, besar, presisi, x.dtype)
    nan = None
    while t is not None and t <= presisi.tempat_maks:
        if t:
            kali = 10.0**t
            n = lebar * kali
            np.rint(n, out=n)
            terbaca = np.count_nonzero((n / kali).astype(x.dtype, copy=False) == x)
        else:
            n = np.rint(lebar)
            terbaca = np.count_nonzero(n == lebar)
        if terbaca != x.size:
            if nan is None:
                nan = np.isnan(x)
                banyak_nan = int(np.count_nonzero(nan))
            if terbaca + banyak_nan != x.size:  # a value needs more places (or is infinite)
                t += 1
                continue
        # NaN is ignored by fmin and fmax; an infinity fails the bound
        if not (
            -presisi.batas < float(np.fmin.reduce(n)) <= float(np.fmax.reduce(n)) < presisi.batas
        ):
            return None
        if nan is not None and banyak_nan:
            np.copyto(n, 0.0, where=nan)
            hilang_ = nan if hilang_ is None else (hilang_ | nan)
        return Kolom(n.astype(np.int64), t, hilang_, None, aman=True)
    return None


def _tempat_float(
    np: Any, x: Any, besar: float, presisi: _Presisi, jenis: Any = None
) -> int | None:
    """The fewest places at which every value of x (float64, read as ``jenis``) reads back."""
    jenis = x.dtype if jenis is None else jenis
    asli = x.astype(jenis, copy=False)  # the values in their own type, once
    for t in range(presisi.tempat_maks + 1):
        kali = 10.0**t
        if besar * kali >= presisi.batas:
            return None
        if np.array_equal((np.rint(x * kali) / kali).astype(jenis, copy=False), asli):
            return t
    return None


def baca_objek(np: Any, sel: list[Any], nama: str) -> Kolom | None:
    """Cells of any Python type, each read as the scalar API reads it.

    Plain decimal text in bulk (:mod:`sakip.kolom._teks`); the other common
    numbers (int, Decimal, float, other str, Fraction) straight into integers
    by :func:`sakip._eksak.rasio_cepat`, any other cell by
    :func:`sakip._eksak.ke_pecahan`. None when a value is not a finite decimal
    (``Fraction(1, 3)``, a ``Rentang``): the column then takes the row-by-row
    path.
    """
    n = len(sel)
    tipe = set(map(type, sel))
    if str not in tipe:
        return _baca_sebagian(np, None, range(n), sel, n, nama)
    from sakip.kolom import _teks

    teks = sel if len(tipe) == 1 else [x if type(x) is str else "" for x in sel]
    digit, tempat_teks, polos = _teks.baca(np, teks)
    lain = np.flatnonzero(~polos).tolist()
    return _baca_sebagian(np, (digit, tempat_teks), lain, [sel[i] for i in lain], n, nama)


def baca_teks_bait(
    np: Any,
    data: Any,
    panjang: Any,
    sel_baris: Callable[[list[int]], list[Any]],
    nama: str,
) -> Kolom | None:
    """:func:`baca_objek` of a text column given as the bytes of its cells (a polars String Series).

    ``data`` (uint8) holds the cells back to back and ``panjang`` each cell's
    length in bytes (a missing cell is empty); the plain decimals are read
    from the bytes (:func:`sakip.kolom._teks.baca_bait`), and ``sel_baris``
    gives the cells of the other rows (None where missing), each then read
    as :func:`baca_objek` reads it: no Python string for a plain cell.
    """
    from sakip.kolom import _teks

    digit, tempat_teks, polos = _teks.baca_bait(np, data, panjang)
    lain = np.flatnonzero(~polos).tolist()
    return _baca_sebagian(np, (digit, tempat_teks), lain, sel_baris(lain), len(panjang), nama)


def _baca_sebagian(
    np: Any,
    teks: tuple[Any, Any] | None,
    lain: Sequence[int],
    sel_lain: Sequence[Any],
    n: int,
    nama: str,
) -> Kolom | None:
    """A column of ``n`` rows: the rows ``lain`` (cells ``sel_lain``) read one by one, every
    other row's value given by ``teks`` (digits and places read in bulk), or no other row."""
    tanda_hilang = np.zeros(n, dtype=bool)
    tanda_rusak = None
    pembilang: list[int] = []
    penyebut: list[int] = []
    for i, x in zip(lain, sel_lain, strict=True):
        rasio = rasio_cepat(x)
        if rasio is None:
            if hilang(x):
                tanda_hilang[i] = True
                rasio = (0, 1)
            elif isinstance(x, Rentang):
                return None  # a target range: the row-by-row path
            else:
                try:
                    p = ke_pecahan(ke_python(x), nama)
                    rasio = (p.numerator, p.denominator)
                except SakipError:
                    if tanda_rusak is None:
                        tanda_rusak = np.zeros(n, dtype=bool)
                    tanda_rusak[i] = True
                    rasio = (0, 1)
        pembilang.append(rasio[0])
        penyebut.append(rasio[1])
    if teks is None:
        return _dari_rasio(np, pembilang, penyebut, tanda_hilang, tanda_rusak)
    digit, tempat_teks = teks
    k = _dari_teks(np, digit, tempat_teks, lain, pembilang, penyebut, tanda_hilang, tanda_rusak)
    if k is not None:
        return k
    # past int64, or a value with another prime in its denominator: as _dari_rasio reads them
    semua_p = digit.tolist()
    semua_q = [10**t for t in tempat_teks.tolist()]
    for i, p_, q_ in zip(lain, pembilang, penyebut, strict=True):
        semua_p[i], semua_q[i] = p_, q_
    return _dari_rasio(np, semua_p, semua_q, tanda_hilang, tanda_rusak)


#: 10**0 to 10**18, and the largest int64 that each can multiply without overflow.
_SEPULUH_INT64: Final = tuple(10**k for k in range(19))
_MUAT_INT64: Final = tuple(INT64_MAKS // 10**k for k in range(19))


def _dari_teks(
    np: Any,
    digit: Any,
    tempat_teks: Any,
    lain: Sequence[int],
    pembilang: list[int],
    penyebut: list[int],
    hilang_: Any,
    rusak: Any,
) -> Kolom | None:
    """:func:`_dari_rasio` of text read in bulk (digits and places) and the other cells read alone.

    The same column: the fewest places that write every value. None when a
    value needs more than int64 at those places, or has a denominator with a
    prime other than 2 and 5 (the caller then reads the column as
    :func:`_dari_rasio` does).
    """
    tempat_lain = _tempat_penyebut(penyebut)
    if tempat_lain is None:
        return None
    tempat = max(int(tempat_teks.max(initial=0)), tempat_lain)
    geser = tempat - tempat_teks
    if int(geser.max(initial=0)) > 18:
        return None
    if not (np.abs(digit) <= np.array(_MUAT_INT64)[geser]).all():
        return None
    bulat = digit * np.array(_SEPULUH_INT64)[geser]
    if lain:
        kali = 10**tempat
        nilai = [p * (kali // q) for p, q in zip(pembilang, penyebut, strict=True)]
        if max(map(abs, nilai)) > INT64_MAKS:
            return None
        bulat[lain] = nilai
    # "12.50" is read as 1250 hundredths: the column needs only the places its values need
    while tempat and not (bulat % 10).any():
        bulat //= 10
        tempat -= 1
    return Kolom(bulat, tempat, hilang_, rusak, aman=True)


def ke_python(x: object) -> object:
    """A numpy scalar as the Python number it holds, for the scalar API.

    A float16, float32 or longdouble stays as it is: the scalar API reads each
    float type by its own shortest repr (``float32(98.48).item()`` would be
    98.4800033569336). A float64 becomes the Python float it is.
    """
    item = getattr(x, "item", None) if type(x).__module__.split(".")[0] == "numpy" else None
    if item is not None and (isinstance(x, float) or not float_numpy(x)):
        return item()
    return x


def sel_float(np: Any, data: Any, kosong: Any = None) -> list[Any]:
    """The cells of a float array as the scalar API reads them; None where missing or NaN.

    float64 cells become Python floats; float16, float32 and longdouble cells
    stay numpy scalars (``tolist()`` would widen them). ``kosong`` is a mask
    of missing rows, or None.
    """
    sel: list[Any] = data.tolist() if data.dtype == np.float64 else list(data)
    tiada = np.isnan(data)  # (the whole array at once, not a test per cell)
    if kosong is not None:
        tiada |= kosong
    for i in np.flatnonzero(tiada).tolist():
        sel[i] = None
    return sel


def tempat_desimal(p: Fraction) -> int | None:
    """Decimal places that write p exactly, or None when no finite decimal does."""
    d = p.denominator
    t2 = (d & -d).bit_length() - 1
    sisa = d >> t2
    t5 = 0
    while sisa % 5 == 0:
        sisa //= 5
        t5 += 1
    return max(t2, t5) if sisa == 1 else None


def _tempat_penyebut(penyebut: list[int]) -> int | None:
    """The fewest places that write ``1 / q`` for every ``q`` (0 for none); None when a ``q``
    has a prime other than 2 and 5."""
    tempat = 0
    for q in set(penyebut):
        t = tempat_desimal(Fraction(1, q))
        if t is None:
            return None
        tempat = max(tempat, t)
    return tempat


def _dari_rasio(
    np: Any, pembilang: list[int], penyebut: list[int], hilang_: Any, rusak: Any
) -> Kolom | None:
    """Values ``p / q`` (q > 0, not necessarily in lowest terms) as integer units of the
    fewest places that write them all; None when one is not a finite decimal.
    """
    tempat = _tempat_penyebut(penyebut)
    if tempat is None:  # a q with another prime factor: read each such value reduced
        return _dari_pecahan(
            np,
            [Fraction(p, q) for p, q in zip(pembilang, penyebut, strict=True)],
            hilang_,
            rusak,
        )
    kali = 10**tempat
    faktor = {q: kali // q for q in set(penyebut)}
    bulat = list(map(operator.mul, pembilang, map(faktor.__getitem__, penyebut)))
    # "12.50" is read as 1250 hundredths: the column needs only the places its values need
    while tempat and not any(b % 10 for b in bulat):
        bulat = [b // 10 for b in bulat]
        tempat -= 1
    return _kolom_bulat(np, bulat, tempat, hilang_, rusak)


def _dari_pecahan(np: Any, pecahan: list[Fraction], hilang_: Any, rusak: Any) -> Kolom | None:
    tempat = 0
    for p in pecahan:
        t = tempat_desimal(p)
        if t is None:
            return None
        tempat = max(tempat, t)
    kali = 10**tempat
    bulat = [p.numerator * (kali // p.denominator) for p in pecahan]
    return _kolom_bulat(np, bulat, tempat, hilang_, rusak)


def _kolom_bulat(np: Any, bulat: list[int], tempat: int, hilang_: Any, rusak: Any) -> Kolom:
    """Integer units as a column: int64 when every one fits, else exact Python ints."""
    try:
        data = np.array(bulat, dtype=np.int64)
        if not data.size or int(data.min()) >= -INT64_MAKS:  # -2**63 has no int64 negation
            return Kolom(data, tempat, hilang_, rusak, aman=True)
    except OverflowError:
        pass
    data = np.empty(len(bulat), dtype=object)
    data[:] = bulat
    return Kolom(data, tempat, hilang_, rusak, aman=True)


def baca_bilangan(np: Any, x: object, nama: str, rentang: bool = False) -> Kolom | None:
    """A number given in place of a column: read once, broadcast.

    None for a :class:`sakip.Rentang` where the argument takes one
    (``rentang``): the column is then computed row by row.
    """
    if rentang and isinstance(x, Rentang):
        return None
    p = ke_pecahan(x, nama)
    return _dari_pecahan(np, [p], None, None)


def tolak_tanpa_satuan(nama: str, wadah: str) -> InvalidValueError:
    """The refusal of a masked integer column that does not say its unit."""
    return InvalidValueError(
        field=nama,
        value=wadah,
        expected=(
            "must say its unit: a masked integer column may hold percentages or the "
            "hundredths that sakip 0.1 returned. Pass sakip's result as it was returned "
            "(it carries its unit), pass tempat=2 if the integers are hundredths or "
            "tempat=0 if they are percentages, or pass plain numbers (int64, float or "
            "Decimal values are read as they are)"
        ),
        rule="sakip.kolom: a column is read as the values it holds",
    )


def bukan_teks(wadah: str) -> InvalidTypeError:
    """The refusal of a column that holds no text, by :func:`sakip.kolom.baca`."""
    return InvalidTypeError(
        field="kolom",
        value=wadah,
        expected=(
            "must hold text (str cells; None, NaN or null where missing): kolom.baca reads "
            "numbers written as text. A column of numbers is read as it is by every column "
            "function (kolom.ke_desimal gives its exact values)"
        ),
    )


# -- arithmetic ------------------------------------------------------------------------


def setengah_atas(
    np: Any, dua_pembilang: Any, penyebut: Any, *, tak_negatif: bool = False, timpa: bool = False
) -> Any:
    """``pembilang / penyebut`` rounded once, half away from zero, element by element.

    The column form of :func:`sakip._eksak.bulat_setengah_atas`, given twice the
    numerator (the formulas fold the 2 into their constant factor) and a
    positive denominator: ``(2n + d) // 2d``, mirrored for negative values.
    ``tak_negatif`` says the numerator is known to be >= 0; ``timpa`` that the
    numerator array is the caller's own scratch (int64, full length), which
    then holds the result (no new array of the column's length).
    """
    dua_penyebut = 2 * penyebut
    if tak_negatif or not dua_pembilang.size or dua_pembilang.min() >= 0:
        if timpa:
            np.add(dua_pembilang, penyebut, out=dua_pembilang)
            return np.floor_divide(dua_pembilang, dua_penyebut, out=dua_pembilang)
        return (dua_pembilang + penyebut) // dua_penyebut
    q = (np.abs(dua_pembilang) + penyebut) // dua_penyebut
    return np.where(dua_pembilang < 0, -q, q)


def ke_lebar(np: Any, *kolom: Any) -> list[Any]:
    """The arrays as exact Python-int object arrays (the path past int64)."""
    hasil = []
    for k in kolom:
        if k.dtype == object:
            hasil.append(k)
        else:
            o = np.empty(k.shape, dtype=object)
            o[:] = k.tolist()
            hasil.append(o)
    return hasil


def maks_mutlak(x: Any) -> int:
    if not x.size:
        return 0
    return max(abs(int(x.min())), abs(int(x.max())))


def ringkas(np: Any, q: Any) -> Any:
    """An object array of Python ints as int64 when every value fits."""
    if q.dtype == object and (not q.size or maks_mutlak(q) <= INT64_MAKS):
        return q.astype(np.int64)
    return q


# -- the wrapper ---------------------------------------------------------------------------

#: Backend of the first column -> up to this many rows a column is computed row by row by
#: the scalar function (:mod:`sakip.kolom._kecil`), where that cost less than the
#: vectorised path's fixed price in ``benchmarks/bench_kolom.py --kecil`` (see
#: ``benchmarks/README.md``, "Small tables and text columns"): for lists, numpy and
#: pandas the vectorised path wins from a few dozen rows; polars' queries cost more.
BARIS_KECIL: Mapping[str, int] = MappingProxyType(
    {"list": 32, "numpy": 16, "pandas": 16, "polars": 128}
)


class Panggilan(NamedTuple):
    """One call of a column function: the wrapper's whole state, built once by :func:`jalankan`.

    Each path of the wrapper (small tables, vectorised, row by row) and the
    handling of bad rows take this one record. A NamedTuple: built by
    position in about a third of the time of a frozen attrs or dataclass
    record of ten fields, measured in ``benchmarks/README.md`` ("Columns,
    November 30"), and it is built on every call, small tables included.

    Attributes:
        rumus: the column function's row.
        nilai: every argument as given, by name (columns and broadcast numbers).
        kolom: the arguments that are columns, by name, in the order of ``rumus.argumen``.
        adapter: each column's backend adapter, by name.
        keluar: the adapter of the first column, which writes the result.
        utama: the name of the first column (the result takes its kind and name).
        n_baris: the rows of every column.
        tempat: the places of a numeric result.
        errors: what a bad row does.
        alasan: where ``errors="null"`` writes each bad row's reason, or None.
    """

    rumus: Rumus
    nilai: Mapping[str, Any]
    kolom: Mapping[str, Any]
    adapter: Mapping[str, ModuleType]
    keluar: ModuleType
    utama: str
    n_baris: int
    tempat: int
    errors: Errors
    alasan: dict[int, str] | None


def jalankan(
    rumus: Rumus,
    nilai: Mapping[str, Any],
    *,
    tempat: int,
    errors: Errors,
    alasan: dict[int, str] | None,
    tempat_masukan: int | None = None,
) -> Any:
    """Run one column function: read, check lengths, compute, handle bad rows, write back."""
    kolom = {n: nilai[n] for n in rumus.argumen if not skalar(nilai[n])}
    if not kolom:
        raise InvalidTypeError(
            field="kolom", value=None, expected="at least one argument must be a column"
        )
    jenis_ = {n: jenis(k) for n, k in kolom.items()}
    adapter_ = {n: adapter(j) for n, j in jenis_.items()}
    panjang = {adapter_[n].panjang(k) for n, k in kolom.items()}
    if len(panjang) != 1:
        raise InvalidValueError(
            field="kolom", value=sorted(panjang), expected="must all have the same length"
        )
    (n_baris,) = panjang
    for j in set(jenis_.values()):  # pandas: Series are paired by their index
        sejajar = getattr(adapter(j), "periksa_sejajar", None)
        if sejajar is not None:
            sejajar({n: k for n, k in kolom.items() if jenis_[n] == j})
    utama = next(iter(kolom))
    keluar = adapter_[utama]
    p = Panggilan(rumus, nilai, kolom, adapter_, keluar, utama, n_baris, tempat, errors, alasan)
    if n_baris <= BARIS_KECIL[jenis_[utama]] and tempat_masukan is None:
        kecil = _hasil_kecil(p)
        if kecil is not None:
            return kecil
    if (
        rumus.asli is not None
        and len(kolom) == len(rumus.argumen)
        and len(set(jenis_.values())) == 1
    ):
        asli = getattr(keluar, rumus.asli, None)
        hasil = None if asli is None else asli(kolom, tempat)
        if hasil is not None:
            return hasil
    for n in rumus.persen & kolom.keys():
        adapter_[n].periksa_satuan(kolom[n], n, tempat_masukan)
    _periksa_bilangan(p)
    np = numpy_ada()
    if np is not None:
        dibaca: dict[str, Kolom] = {}
        for n in rumus.argumen:
            if n in kolom:
                k = adapter_[n].baca(np, kolom[n], n, n in rumus.persen, tempat_masukan)
            else:
                k = baca_bilangan(np, nilai[n], n, n in rumus.rentang)
            if k is None:
                break
            dibaca[n] = k
        else:
            return _vektor(np, p, dibaca)
    return _per_baris(np, p)


def _periksa_bilangan(p: Panggilan) -> None:
    """Read each broadcast number once: a bad one is the caller's argument, not a bad row."""
    rumus, nilai = p.rumus, p.nilai
    for n in rumus.argumen:
        if n not in p.kolom and not (n in rumus.rentang and isinstance(nilai[n], Rentang)):
            ke_pecahan(nilai[n], n)


def _hasil_kecil(p: Panggilan) -> Any:
    """A small table row by row (:mod:`sakip.kolom._kecil`), after the checks of the
    general path; None when a column is of a dtype that path reads otherwise."""
    from sakip.kolom import _kecil

    np = numpy_ada()
    if np is None:
        return None
    sel = _kecil.sel_semua(p.kolom, p.adapter)
    if sel is None:
        return None
    for n in p.rumus.persen & p.kolom.keys():
        p.adapter[n].periksa_satuan(p.kolom[n], n, None)
    _periksa_bilangan(p)
    return _kecil.hasil(np, p, sel)


def _vektor(np: Any, p: Panggilan, dibaca: dict[str, Kolom]) -> Any:
    """The vectorised path: the columns read into integers, computed together, written back."""
    rumus, n_baris = p.rumus, p.n_baris
    assert rumus.hitung is not None
    hilang_ = None
    rusak = None
    for k in dibaca.values():
        if k.hilang is not None:
            hilang_ = k.hilang if hilang_ is None else (hilang_ | k.hilang)
        if k.rusak is not None:
            rusak = k.rusak if rusak is None else (rusak | k.rusak)
    if hilang_ is not None and rusak is not None:
        rusak = rusak & ~hilang_
    buang = hilang_ if rusak is None else (rusak if hilang_ is None else hilang_ | rusak)
    aman = {n: _isi_aman(np, k) for n, k in dibaca.items()}
    hasil, buruk = rumus.hitung(np, aman, p.tempat)
    if hasil.shape != (n_baris,):
        hasil = np.broadcast_to(hasil, (n_baris,)).copy()
    if buruk is not None and buruk.shape != (n_baris,):
        buruk = np.broadcast_to(buruk, (n_baris,)).copy()
    if buruk is not None and buang is not None:
        buruk = buruk & ~buang
    if rusak is not None:
        buruk = rusak if buruk is None else (buruk | rusak)
    if buruk is not None and buruk.any():
        _tangani(np, p, buruk)
        hilang_ = buruk if hilang_ is None else (hilang_ | buruk)
    if hilang_ is not None and not hilang_.any():
        hilang_ = None
    contoh = p.kolom[p.utama]
    if rumus.label is not None:
        return p.keluar.label(np, hasil, hilang_, rumus.label, contoh)
    return p.keluar.angka(np, ringkas(np, hasil), hilang_, p.tempat, contoh)


def _isi_aman(np: Any, k: Kolom) -> Kolom:
    """A column's missing rows hold 0 while computing, not whatever a mask hid there.

    Any value would do for correctness (each formula sets its bad rows aside
    and the wrapper masks missing rows); 0 keeps a hidden huge value from
    sending the column past int64.
    """
    if k.aman or k.hilang is None:
        return k
    return Kolom(np.where(k.hilang, 0, k.bulat), k.tempat, k.hilang, k.rusak, aman=True)


def _argumen_baris(i: int, p: Panggilan) -> dict[str, Any]:
    kolom, adapter_ = p.kolom, p.adapter
    return {n: (adapter_[n].elemen(kolom[n], i) if n in kolom else v) for n, v in p.nilai.items()}


def _tangani(np: Any, p: Panggilan, buruk: Any) -> None:
    """Bad rows: the scalar function gives each its error, raised or written into alasan."""
    errors, alasan = p.errors, p.alasan
    if errors == "null" and alasan is None:
        return
    baris = [int(np.argmax(buruk))] if errors == "raise" else np.flatnonzero(buruk).tolist()
    for i in baris:
        args = _argumen_baris(i, p)
        try:
            _sel_angka(args, p.kolom)
            p.rumus.skalar(**args)
        except SakipError as e:
            if errors == "raise":
                raise _di_baris(e, i) from None
            assert alasan is not None
            alasan[i] = str(e)
            continue
        raise AssertionError(f"row {i} was refused by the column path only: {args!r}")


def _sel_angka(args: Mapping[str, Any], kolom: Mapping[str, Any]) -> None:
    """A cell of a column is one number (or a Rentang target), read as the scalar API reads it."""
    for n in kolom:
        if not isinstance(args[n], Rentang):
            ke_pecahan(ke_python(args[n]), n)


def _di_baris(e: SakipError, i: int) -> SakipError:
    """The same error, its field naming the row."""
    return type(e)(field=f"{e.field}[{i}]", value=e.value, expected=e.expected, rule=e.rule)


def _per_baris(np: Any, p: Panggilan) -> Any:
    """The exact scalar function, row by row: values that are no finite decimal, or no numpy."""
    rumus, nilai, kolom, n_baris, tempat = p.rumus, p.nilai, p.kolom, p.n_baris, p.tempat
    sel = {n: p.adapter[n].daftar(k) for n, k in kolom.items()}
    kali = 10**tempat
    label = {nama: i for i, nama in enumerate(rumus.label)} if rumus.label is not None else None
    hasil: list[int | None] = []
    for i in range(n_baris):
        args = {n: (sel[n][i] if n in sel else v) for n, v in nilai.items()}
        if any(args[n] is None for n in sel):
            hasil.append(None)
            continue
        try:
            _sel_angka(args, kolom)
            d = rumus.skalar(**{n: ke_python(v) for n, v in args.items()})
        except SakipError as e:
            if p.errors == "raise":
                raise _di_baris(e, i) from None
            if p.alasan is not None:
                p.alasan[i] = str(e)
            hasil.append(None)
            continue
        if label is not None:
            hasil.append(label[d])
        else:
            unit = Fraction(d) * kali
            assert unit.denominator == 1
            hasil.append(unit.numerator)
    keluar, contoh = p.keluar, kolom[p.utama]
    if np is None:
        return keluar.tanpa_numpy(hasil, tempat, rumus.label)
    hilang_ = np.array([h is None for h in hasil], dtype=bool)
    data = np.empty(n_baris, dtype=object)
    data[:] = [0 if h is None else h for h in hasil]
    if rumus.label is not None:
        return keluar.label(np, data.astype(np.int64), hilang_, rumus.label, contoh)
    return keluar.angka(np, ringkas(np, data), hilang_, tempat, contoh)


# -- writing Decimals --------------------------------------------------------------------------


def ke_desimal_daftar(bulat: list[int], tempat: int) -> list[Decimal]:
    """Integer units of ``10**-tempat`` as Decimals with exactly ``tempat`` places.

    One exact multiplication each, by :data:`sakip._eksak._KALI` (the exact
    core's, not a copy).

    Examples:
        >>> ke_desimal_daftar([17857, -5, 0], 2), ke_desimal_daftar([7], 0)
        ([Decimal('178.57'), Decimal('-0.05'), Decimal('0.00')], [Decimal('7')])
    """
    return list(map(_KALI, bulat, repeat(_SATUAN_TEMPAT[tempat])))


_DUA_BERSAMA: list[list[Decimal]] = []  # every shared result 0.00 to 200.00, once built
_TABEL_DUA: list[Any] = []  # the same as a numpy object array


def dua_bersama() -> list[Decimal]:
    """:data:`sakip._eksak._HASIL_DUA`, every value built (built once, kept alive).

    The list keeps each shared Decimal alive, so the ``id`` of an object is
    one of these values only while it is that very object.
    """
    if not _DUA_BERSAMA:
        _DUA_BERSAMA.append([desimal_dua(n) for n in range(MAKS_HASIL_DUA + 1)])
    return _DUA_BERSAMA[0]


def _tabel_dua(np: Any) -> Any:
    """:func:`dua_bersama` as a numpy object array (built once)."""
    if not _TABEL_DUA:
        tabel = np.empty(MAKS_HASIL_DUA + 1, dtype=object)
        tabel[:] = dua_bersama()
        _TABEL_DUA.append(tabel)
    return _TABEL_DUA[0]


def ke_desimal_larik(np: Any, bulat: Any, tempat: int) -> list[Decimal]:
    """:func:`ke_desimal_daftar` of an array: at two places, from the shared results.

    The values 0.00 to 200.00 are gathered from the Decimals the scalar API
    shares (:func:`sakip._eksak.desimal_dua`, built once), the others built
    one by one, exactly as :func:`ke_desimal_daftar` builds them.
    """
    if tempat != 2 or bulat.dtype == object or not bulat.size:
        return ke_desimal_daftar(bulat.tolist(), tempat)
    di_tabel = (bulat >= 0) & (bulat <= MAKS_HASIL_DUA)
    luar = np.flatnonzero(~di_tabel)
    if not luar.size:
        semua: list[Decimal] = _tabel_dua(np)[bulat].tolist()
        return semua
    hasil: list[Decimal] = _tabel_dua(np)[np.where(di_tabel, bulat, 0)].tolist()
    # the others into the list (not through numpy, which would inspect each object)
    lain = ke_desimal_daftar(bulat[luar].tolist(), tempat)
    any(map(hasil.__setitem__, luar.tolist(), lain))  # (each call gives None: all are made)
    return hasil
