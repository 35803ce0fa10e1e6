"""The polars adapter: reading Series, writing exact Decimal results and Enum labels.

A numeric result is a polars ``Decimal`` Series with scale ``tempat``: the
values themselves (178.57), exact, so the unit is in the dtype. Labels come
back as an ``Enum`` (lowest band first).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import numpy as np
import polars as pl

from sakip._eksak import MAKS_DIGIT_BULAT
from sakip.errors import InvalidTypeError, InvalidValueError
from sakip.kolom._inti import Kolom, baca_float, baca_int, baca_objek, hilang, maks_mutlak

_PRESISI_DESIMAL = 38
_PRESISI_INT64 = 18  # every 18-digit integer fits int64


def panjang(kolom: Any) -> int:
    return len(kolom)


def periksa_satuan(kolom: Any, nama: str, tempat: int | None) -> None:
    """polars integers are read as the values they hold."""


def _mask(kolom: Any) -> Any:
    return kolom.is_null().to_numpy() if kolom.null_count() else None


def baca(np_: Any, kolom: Any, nama: str, persen: bool, tempat: int | None) -> Kolom | None:
    """Read a Series once, by its dtype."""
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
    return baca_objek(np, kolom.to_list(), nama)


def elemen(kolom: Any, i: int) -> object:
    x = kolom[i]
    return None if hilang(x) else x


def daftar(kolom: Any) -> list[Any]:
    return [None if hilang(x) else x for x in kolom.to_list()]


def angka(np_: Any, bulat: Any, hilang_: Any, tempat: int, contoh: Any) -> Any:
    if tempat == 0 and bulat.dtype != object:  # whole numbers (Rupiah) are their own unit
        seri = pl.Series(contoh.name, bulat, dtype=pl.Int64)
        return seri.scatter(np.flatnonzero(hilang_), None) if hilang_ is not None else seri
    if bulat.dtype == object:
        from sakip.kolom._inti import ke_desimal_daftar

        dtype = pl.Decimal(_PRESISI_DESIMAL, tempat)
        nilai: list[Decimal | None] = list(ke_desimal_daftar(bulat.tolist(), tempat))
        if hilang_ is not None:
            for i in np.flatnonzero(hilang_).tolist():
                nilai[i] = None
        return pl.Series(contoh.name, nilai, dtype=dtype)
    seri = pl.Series(contoh.name, bulat)
    if hilang_ is not None:
        seri = seri.scatter(np.flatnonzero(hilang_), None)
    try:  # the integers are the Decimal's own units: reinterpret, no arithmetic
        satuan = seri.cast(pl.Int128)
        # 18 digits when they are enough (such a column is read back without a
        # check); the reinterpretation checks the precision itself, so no pass
        # over the column looks for the largest value first.
        try:
            return satuan.reinterpret(dtype=pl.Decimal(_PRESISI_INT64, tempat))
        except pl.exceptions.ComputeError:
            return satuan.reinterpret(dtype=pl.Decimal(_PRESISI_DESIMAL, tempat))
    except (
        TypeError,
        AttributeError,
        pl.exceptions.PolarsError,
    ):  # pragma: no cover - older polars
        sempit = maks_mutlak(bulat) < 10**_PRESISI_INT64
        dtype = pl.Decimal(_PRESISI_INT64 if sempit else _PRESISI_DESIMAL, tempat)
        return seri.cast(dtype) / 10**tempat


_PITA: dict[tuple[str, ...], tuple[Any, Any, Any]] = {}  # labels -> (Enum, its values, codes map)


def _pita(nama: tuple[str, ...]) -> tuple[Any, Any, Any]:
    """The Enum of a scale's labels, one value per band, and each band's Enum code (built once)."""
    if nama not in _PITA:
        unik = list(dict.fromkeys(nama))
        enum = pl.Enum(unik)
        peta = None if len(unik) == len(nama) else np.array([unik.index(n) for n in nama])
        _PITA[nama] = (enum, pl.Series("", nama, dtype=enum), peta)
    return _PITA[nama]


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
