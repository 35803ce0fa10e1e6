"""The polars adapter: reading Series, writing exact Decimal results and Enum labels.

A numeric result is a polars ``Decimal`` Series with scale ``tempat``: the
values themselves (178.57), exact, so the unit is in the dtype. Labels come
back as an ``Enum`` (lowest band first).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Final

import numpy as np
import polars as pl

from sakip._eksak import _KONTEKS_EKSAK, MAKS_DIGIT_BULAT, MAKS_TEMPAT, desimal_dari_bulat
from sakip.errors import InvalidTypeError, InvalidValueError
from sakip.kolom._baca import sel_teks
from sakip.kolom._inti import (
    INT64_MAKS,
    Kolom,
    baca_float,
    baca_int,
    baca_objek,
    baca_teks_bait,
    bukan_teks,
    hilang,
    maks_mutlak,
    sel_float,
)

_PRESISI_DESIMAL = 38
_PRESISI_INT64 = 18  # every 18-digit integer fits int64
#: polars' 128-bit integers (polars that has them), which numpy cannot hold.
_INT_128: Final = frozenset(
    t for t in (getattr(pl, "Int128", None), getattr(pl, "UInt128", None)) if t is not None
)


def panjang(kolom: Any) -> int:
    return len(kolom)


def periksa_satuan(kolom: Any, nama: str, tempat: int | None) -> None:
    """polars integers are read as the values they hold."""


def _mask(kolom: Any) -> Any:
    return kolom.is_null().to_numpy() if kolom.null_count() else None


def baca(np_: Any, kolom: Any, nama: str, persen: bool, tempat: int | None) -> Kolom | None:
    """Read a Series once, by its dtype."""
    dtype = kolom.dtype
    if dtype in _INT_128:  # numpy has no 128-bit integers: as int64 when they fit
        try:
            kolom = kolom.cast(pl.Int64)
        except pl.exceptions.InvalidOperationError:  # past int64: exact Python ints
            k = baca_objek(np, kolom.to_list(), nama)
            if k is None or not tempat:
                return k
            return Kolom(k.bulat, k.tempat + tempat, k.hilang, k.rusak)
        dtype = kolom.dtype
    if dtype.is_integer():
        m = _mask(kolom)
        if m is None:
            return baca_int(np, kolom.to_numpy(), None, tempat or 0)
        k = baca_int(np, kolom.fill_null(0).to_numpy(), m, tempat or 0)
        return Kolom(k.bulat, k.tempat, m, aman=True)
    if isinstance(dtype, pl.Decimal):
        skala = dtype.scale or 0
        if tempat is not None and tempat != skala:
            raise InvalidValueError(
                field="tempat",
                value=tempat,
                expected=f"must match the scale the Decimal column carries ({skala})",
            )
        m = _mask(kolom)
        fisik = kolom.to_physical()
        if m is not None:
            fisik = fisik.fill_null(0)
        try:
            if (dtype.precision or _PRESISI_DESIMAL) <= _PRESISI_INT64:  # fits by its dtype
                return Kolom(fisik.cast(pl.Int64, wrap_numerical=True).to_numpy(), skala, m)
            return Kolom(fisik.cast(pl.Int64).to_numpy(), skala, m)
        except (TypeError, pl.exceptions.InvalidOperationError):  # beyond int64; older polars
            pass
        besar = max(abs(int(fisik.min())), abs(int(fisik.max())))
        if besar >= 10 ** (MAKS_DIGIT_BULAT + skala):  # past the scalar API's limits
            return baca_objek(np, kolom.to_list(), nama)
        data = np.empty(len(fisik), dtype=object)
        data[:] = fisik.to_list()
        return Kolom(data, skala, m)
    if tempat is not None:
        raise InvalidValueError(
            field="tempat",
            value=str(dtype),
            expected=f"states the unit of integer columns only ({nama} holds {dtype} values, read as they are)",
        )
    if dtype.is_float():
        m = _mask(kolom)
        data = kolom.fill_null(float("nan")).to_numpy() if m is not None else kolom.to_numpy()
        return baca_float(np, data, m, nama)
    if dtype == pl.Boolean or dtype in (pl.Categorical, pl.Enum) or isinstance(dtype, pl.Enum):
        raise InvalidTypeError(
            field=nama, value=f"polars Series of {dtype}", expected="must hold numbers"
        )
    bait = bait_teks(kolom)
    if bait is not None:  # String: the plain decimals from the bytes, no Python string each
        return baca_teks_bait(np, *bait, functools.partial(sel_baris, kolom), nama)
    return baca_objek(np, kolom.to_list(), nama)


def bait_teks(kolom: Any) -> tuple[Any, Any] | None:
    """The bytes of a String Series' cells back to back (uint8), and each cell's length in
    bytes (a null is empty); None for a Series of another dtype (or a polars without
    ``str.join``: its cells are then read from ``to_list``, as before).

    Two polars operations (its cells joined, their lengths): the text is read from these
    bytes in bulk (:func:`sakip.kolom._teks.baca_bait`, :func:`sakip.kolom._baca.bentuk_bait`)
    without a Python string per cell, which ``to_list`` makes (about 100 ns a cell).

    Examples:
        >>> data, panjang = bait_teks(pl.Series(["98,48%", None, "1.500"]))
        >>> data.tobytes(), panjang.tolist()
        (b'98,48%1.500', [6, 0, 5])
    """
    if kolom.dtype != pl.String:
        return None
    isi = kolom.fill_null("")
    try:
        gabung = isi.str.join("")
    except AttributeError:  # pragma: no cover - polars before 1.0: str.concat, or nothing
        return None
    data = np.frombuffer(gabung.cast(pl.Binary).item(), dtype=np.uint8)
    return data, isi.str.len_bytes().to_numpy()


def sel_baris(kolom: Any, baris: list[int]) -> list[Any]:
    """The cells of some rows, None where null (the rows the bytes did not read)."""
    return kolom.gather(baris).to_list() if baris else []


def teks(kolom: Any) -> list[object]:
    """The cells of a String (or Object, or all-null) Series for :func:`sakip.kolom.baca`."""
    if kolom.dtype not in (pl.String, pl.Object, pl.Null):
        raise bukan_teks(f"polars Series of {kolom.dtype}")
    return sel_teks(kolom.to_list())


def elemen(kolom: Any, i: int) -> object:
    x = kolom[i]
    if hilang(x):
        return None
    if kolom.dtype.is_float() and kolom.dtype != pl.Float64:  # float32: its own width
        return kolom[i : i + 1].to_numpy()[0]
    return x


def daftar(kolom: Any) -> list[Any]:
    if kolom.dtype.is_float():  # float32 cells stay float32 (to_list widens)
        return sel_float(np, kolom.fill_null(float("nan")).to_numpy(), _mask(kolom))
    if kolom.dtype.is_integer() or isinstance(kolom.dtype, pl.Decimal):
        return kolom.to_list()  # type: ignore[no-any-return]  # (null is None; no NaN)
    return [None if hilang(x) else x for x in kolom.to_list()]


def sel_kecil(kolom: Any) -> list[Any] | None:
    """The cells of a small table (:mod:`sakip.kolom._kecil`), or None for the vectorised reader.

    Integers narrower than 128 bits, floats and Decimals; any other Series
    is left to :func:`baca`, which refuses or reads it.
    """
    dtype = kolom.dtype
    if dtype in _INT_ASLI or dtype == pl.UInt64:
        return kolom.to_list()  # type: ignore[no-any-return]  # (null is None; no NaN)
    if dtype == pl.Float64:  # NaN is missing too, as null: one pass of polars
        return kolom.fill_nan(None).to_list()  # type: ignore[no-any-return]
    if isinstance(dtype, pl.Decimal):
        return kolom.to_list()  # type: ignore[no-any-return]
    if dtype.is_float():  # float32: each value in its own width
        return daftar(kolom)
    return None


def banyak_hilang(np_: Any, kolom: Any) -> int | None:
    """How many cells :func:`daftar` gives as None (null, and NaN of a float); None for objects."""
    if kolom.dtype == pl.Object:
        return None
    if kolom.dtype.is_float():
        return int(kolom.null_count() + kolom.is_nan().sum())
    return int(kolom.null_count())


def angka(np_: Any, bulat: Any, hilang_: Any, tempat: int, contoh: Any) -> Any:
    if tempat == 0 and bulat.dtype != object:  # whole numbers (Rupiah) are their own unit
        seri = pl.Series(contoh.name, bulat, dtype=pl.Int64)
        return seri.scatter(np.flatnonzero(hilang_), None) if hilang_ is not None else seri
    if bulat.dtype == object:
        from sakip.kolom._inti import ke_desimal_daftar

        sel = bulat.tolist()  # the Python ints, once: checked, then written
        _periksa_presisi(sel, hilang_, tempat)
        dtype = pl.Decimal(_PRESISI_DESIMAL, tempat)
        nilai: list[Decimal | None] = list(ke_desimal_daftar(sel, tempat))
        if hilang_ is not None:
            for i in np.flatnonzero(hilang_).tolist():
                nilai[i] = None
        return pl.Series(contoh.name, nilai, dtype=dtype)
    seri = pl.Series(contoh.name, bulat)
    if hilang_ is not None:
        seri = seri.scatter(np.flatnonzero(hilang_), None)
    return _desimal(seri, tempat, bulat)


def muat_desimal(np_: Any, bulat: Any, tempat: int) -> tuple[Any, int]:
    """Units and places a polars Decimal holds: zeros as written dropped while a value needs more than 38 digits.

    The values stay exact; a column that still needs more digits is refused,
    naming the row.
    """
    if bulat.dtype != object:  # int64: 19 digits, and at most 30 places (38 hold them)
        return bulat, tempat
    batas = 10**_PRESISI_DESIMAL
    sel = bulat.tolist()
    while tempat and max(map(abs, sel), default=0) >= batas and not any(x % 10 for x in sel):
        sel = [x // 10 for x in sel]
        tempat -= 1
    for i, x in enumerate(sel):
        if abs(x) >= batas:
            raise InvalidValueError(
                field=f"kolom[{i}]",
                value=desimal_dari_bulat(x, tempat),
                expected=(
                    f"must fit the {_PRESISI_DESIMAL} digits a polars Decimal holds (it needs "
                    f"{len(str(abs(x)))} at the {tempat} places of its column): read the column "
                    "as a list or a numpy array (exact, any size)"
                ),
                rule="polars Decimal: at most 38 digits",
            )
    hasil = np.empty(len(sel), dtype=object)
    hasil[:] = sel
    return hasil, tempat


def _periksa_presisi(bulat: list[int], hilang_: Any, tempat: int) -> None:
    """Refuse results (Python ints, units of ``10**-tempat``) a polars Decimal cannot hold."""
    batas = 10**_PRESISI_DESIMAL
    kosong = [False] * len(bulat) if hilang_ is None else hilang_.tolist()
    for i, (n, k) in enumerate(zip(bulat, kosong, strict=True)):
        if not k and not -batas < n < batas:
            raise InvalidValueError(
                field="tempat",
                value=tempat,
                expected=(
                    f"must leave every result within the {_PRESISI_DESIMAL} digits a polars "
                    f"Decimal holds (row {i} is {desimal_dari_bulat(n, tempat)}, "
                    f"{len(str(abs(n)))} digits at {tempat} places): ask for fewer places, "
                    "or pass the columns as lists or numpy arrays (exact, any size)"
                ),
                rule="polars Decimal: at most 38 digits",
            )


def _desimal(seri: Any, tempat: int, bulat: Any = None) -> Any:
    """Int64 units of ``10**-tempat`` as a Decimal Series with scale ``tempat``."""
    try:  # the integers are the Decimal's own units: reinterpret, no arithmetic
        satuan = seri.cast(pl.Int128)
        # 18 digits when they are enough (such a column is read back without a
        # check); the reinterpretation checks the precision itself, so no pass
        # over the column looks for the largest value first. Past 18 places
        # (a precision is at least its scale) 38 digits, which hold any int64.
        if tempat <= _PRESISI_INT64:
            try:
                return satuan.reinterpret(dtype=pl.Decimal(_PRESISI_INT64, tempat))
            except pl.exceptions.ComputeError:
                pass
        return satuan.reinterpret(dtype=pl.Decimal(_PRESISI_DESIMAL, tempat))
    except (
        TypeError,
        AttributeError,
        pl.exceptions.PolarsError,
    ):  # pragma: no cover - older polars
        besar = maks_mutlak(bulat if bulat is not None else seri.fill_null(0).to_numpy())
        sempit = besar < 10**_PRESISI_INT64 and tempat <= _PRESISI_INT64
        dtype = pl.Decimal(_PRESISI_INT64 if sempit else _PRESISI_DESIMAL, tempat)
        return seri.cast(dtype) / 10**tempat


# Integer dtypes whose every value fits int64.
_INT_ASLI = frozenset({pl.Int8, pl.Int16, pl.Int32, pl.Int64, pl.UInt8, pl.UInt16, pl.UInt32})


def capaian_naik(kolom: Mapping[str, Any], tempat: int) -> Any | None:
    """capaian (``Arah.NAIK``) of clean Series in polars' own arithmetic; None otherwise.

    Integer targets, and integer realisasi or float realisasi without nulls
    (read exactly into units of ``10**-a``, as the general path reads them).
    The integers of the general path (:func:`sakip.kolom._rumus`): ``(F r +
    10**a t) // (2 10**a t)`` with ``F = 2 * 10**(2 + tempat)``, the quotient
    rounded once, half up. Taken only when every realisasi is >= 0 and every
    target >= 1 (no bad row, no negative rounding) and the columns' bounds
    show that no intermediate can pass int64; nulls stay null. Any other
    column gives None and takes the general path.
    """
    r, t = kolom["realisasi"], kolom["target"]
    if t.dtype not in _INT_ASLI or not len(r):
        return None
    satuan = _satuan_realisasi(r)
    if satuan is None:
        return None
    r_units, a = satuan  # realisasi = r_units / 10**a
    r_min, r_max = _batas(r_units)
    t_min, t_max = _batas(t, minimum=True)
    if r_min is None or t_min is None or r_min < 0 or t_min < 1:
        return None
    # (F r_units + 10**a t) // (2 10**a t): realisasi / target x 100, in units of 10**-tempat
    kali, pangkat = 2 * 10 ** (2 + tempat), 10**a
    if kali * r_max + 3 * pangkat * t_max > INT64_MAKS:
        return None
    r_, t_ = pl.lit(r_units).cast(pl.Int64), pl.lit(t).cast(pl.Int64) * pangkat
    q = ((r_ * kali + t_) // (t_ * 2)).alias(r.name)
    if tempat == 0:  # whole numbers are their own unit (as the general path writes them)
        return pl.select(q).to_series()
    try:  # one query: the quotient, then its units reinterpreted (see _desimal)
        try:
            dtype = pl.Decimal(_PRESISI_INT64, tempat)
            return pl.select(q.cast(pl.Int128).reinterpret(dtype=dtype)).to_series()
        except pl.exceptions.ComputeError:
            return _desimal(pl.select(q).to_series(), tempat)
    except (TypeError, AttributeError, pl.exceptions.PolarsError):  # pragma: no cover
        return None  # older polars: the general path


def _satuan_realisasi(r: Any) -> tuple[Any, int] | None:
    """Integer realisasi as it is; a float Series without nulls read exactly (as the general
    path reads it, see :func:`sakip.kolom._inti.baca_float`) into int64 units of ``10**-a``.
    None for anything else, and for a float column the reading leaves to the general path
    (NaN, infinities, values past int64)."""
    if r.dtype in _INT_ASLI:
        return r, 0
    if not r.dtype.is_float() or r.null_count():
        return None
    k = baca_float(np, r.to_numpy(), None, "realisasi")
    if k is None or k.hilang is not None or k.rusak is not None or k.bulat.dtype != np.int64:
        return None
    return pl.Series(r.name, k.bulat), k.tempat


def _batas(seri: Any, *, minimum: bool = False) -> tuple[int | None, int]:
    """A lower bound and the maximum of an integer Series; ``(None, 0)`` when it holds no value.

    The lower bound is the minimum, or 0 when no value is negative (unless
    ``minimum`` asks for the minimum itself): one pass over an Int64 Series
    without nulls (see :func:`sakip.kolom._rumus._rentang`); polars' own
    reductions otherwise.
    """
    if seri.dtype == pl.Int64 and not seri.null_count():
        from sakip.kolom._rumus import _rentang

        x = seri.to_numpy()
        if minimum:
            bawah = int(x.min())
            return bawah, (_rentang(np, x)[1] if bawah >= 0 else int(x.max()))
        return _rentang(np, x)
    bawah, atas = seri.min(), seri.max()
    return (None, 0) if bawah is None else (int(bawah), int(atas))


@functools.lru_cache(maxsize=64)  # labels -> their Enum, built once (a few kept)
def _pita(nama: tuple[str, ...]) -> tuple[Any, Any, Any]:
    """The Enum of a scale's labels, one value per band, and each band's Enum code (built once)."""
    unik = list(dict.fromkeys(nama))
    enum = pl.Enum(unik)
    peta = None if len(unik) == len(nama) else np.array([unik.index(n) for n in nama])
    return enum, pl.Series("", nama, dtype=enum), peta


def label_kecil(
    np_: Any, label_: list[str | None], hilang_: Any, nama: tuple[str, ...], contoh: Any
) -> Any:
    """:func:`label` of a small table, from the labels the scalar API gave (None where missing).

    Text cast to the Enum: a few rows cost less so than codes through
    ``cat.to``, which polars runs as a query.
    """
    enum = _pita(nama)[0]
    return pl.Series(contoh.name, label_, dtype=pl.String).cast(enum)


def angka_kecil(
    np_: Any, desimal: list[Decimal | None], hilang_: Any, tempat: int, contoh: Any
) -> Any:
    """:func:`angka` of a small table, from the Decimals the scalar API gave; None past int64.

    The same dtype as :func:`angka` writes (``Int64`` for whole numbers, else
    ``Decimal`` of 18 digits when they hold every value, or 38), from the
    Decimals' text: a few rows cost less so than through ``reinterpret``,
    which polars runs as a query.
    """
    ada = [d for d in desimal if d is not None]
    besar = max(map(abs, ada), default=_NOL)  # (exact: comparisons only)
    if besar >= _INT64_DESIMAL[tempat]:  # units past int64: as angka writes them
        return None
    if tempat == 0:
        return pl.Series(contoh.name, [None if d is None else int(d) for d in desimal], pl.Int64)
    sempit = tempat <= _PRESISI_INT64 and besar < _SEMPIT[tempat]
    dtype = pl.Decimal(_PRESISI_INT64 if sempit else _PRESISI_DESIMAL, tempat)
    teks = [None if d is None else format(d, "f") for d in desimal]
    return pl.Series(contoh.name, teks, dtype=pl.String).cast(dtype)


_NOL: Final = Decimal(0)
#: By places: the smallest value whose units there pass int64, and (up to 18 places)
#: the smallest whose units need more than 18 digits.
_INT64_DESIMAL: Final = tuple(
    Decimal(INT64_MAKS + 1).scaleb(-t, _KONTEKS_EKSAK) for t in range(MAKS_TEMPAT + 1)
)
_SEMPIT: Final = tuple(
    Decimal(10**_PRESISI_INT64).scaleb(-t, _KONTEKS_EKSAK) for t in range(_PRESISI_INT64 + 1)
)


def label(np_: Any, kode: Any, hilang_: Any, nama: tuple[str, ...], contoh: Any) -> Any:
    enum, pita, peta = _pita(nama)
    if len(nama) < 2**8 and kode.dtype.itemsize == 1:
        # the codes are the Enum's own physical values: no gather
        fisik = kode if peta is None else peta.astype(np.uint8)[kode]
        seri = pl.Series(contoh.name, fisik.view(np.uint8))
        if hilang_ is not None:
            seri = seri.scatter(np.flatnonzero(hilang_), None)
        try:
            return seri.cat.to(enum)
        except (AttributeError, TypeError, pl.exceptions.PolarsError):  # pragma: no cover
            pass  # polars without Series.cat.to (unstable in polars 2)
    # one Enum value per band, gathered by the codes (names printed twice share a value)
    indeks = pl.Series(kode.astype(np.uint32, copy=False))
    if hilang_ is not None:
        indeks = indeks.scatter(np.flatnonzero(hilang_), None)
    return pita.gather(indeks).alias(contoh.name)
