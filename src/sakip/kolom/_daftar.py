"""The adapter of Python lists and tuples: Decimals out, read without numpy where it must."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, cast

from sakip.errors import InvalidValueError
from sakip.kolom._inti import (
    Kolom,
    baca_float,
    baca_int,
    baca_objek,
    hilang,
    ke_desimal_daftar,
    ke_desimal_larik,
)

_INT: frozenset[type] = frozenset({int})
_INT_KOSONG: frozenset[type] = frozenset({int, type(None)})
_FLOAT: frozenset[type] = frozenset({float, type(None)})


def panjang(kolom: Any) -> int:
    return len(kolom)


def periksa_satuan(kolom: Any, nama: str, tempat: int | None) -> None:
    """Lists hold their values as they are."""


def baca(np: Any, kolom: Any, nama: str, persen: bool, tempat: int | None) -> Kolom | None:
    """Read a list once: ints and floats vectorised, anything else cell by cell."""
    tipe = set(map(type, kolom))
    larik = _larik_numpy(np, kolom, tipe)
    if larik is not None:  # numpy scalars of one dtype (list(array) gives them)
        data, kosong = larik
        if data.dtype.kind in "iu":
            return baca_int(np, data, kosong, tempat or 0)
        if tempat is None:
            return baca_float(np, data, kosong, nama)
    if tipe <= _INT:
        try:
            return Kolom(np.fromiter(kolom, dtype=np.int64, count=len(kolom)), tempat or 0)
        except OverflowError:
            pass
    elif tipe <= _INT_KOSONG:
        hilang_ = np.fromiter((x is None for x in kolom), dtype=bool, count=len(kolom))
        try:
            data = np.array([0 if x is None else x for x in kolom], dtype=np.int64)
            return Kolom(data, tempat or 0, hilang_, aman=True)
        except OverflowError:
            pass
    elif tempat is not None:
        raise InvalidValueError(
            field="tempat",
            value=sorted(t.__name__ for t in tipe),
            expected=f"states the unit of integer columns only ({nama} holds other values, read as they are)",
        )
    elif tipe <= _FLOAT:
        return baca_float(
            np, np.array([float("nan") if x is None else x for x in kolom]), None, nama
        )
    k = baca_objek(np, list(kolom), nama)
    if k is None or not tempat:
        return k
    return Kolom(k.bulat, k.tempat + tempat, k.hilang, k.rusak)


def _larik_numpy(np: Any, kolom: Any, tipe: set[type]) -> tuple[Any, Any] | None:
    """A list of numpy integers or floats of one dtype (and None) as an array of that dtype.

    Returns the array and the mask of the None cells (or None); None for any
    other list.
    """
    jenis = tipe - {type(None)}
    if len(jenis) != 1:
        return None
    (satu,) = jenis
    if satu.__module__ != "numpy":
        return None
    dtype = np.dtype(satu)
    if dtype.kind not in "iuf":
        return None
    if type(None) not in tipe:
        return np.fromiter(kolom, dtype=dtype, count=len(kolom)), None
    kosong = np.fromiter((x is None for x in kolom), dtype=bool, count=len(kolom))
    isi = dtype.type(0)
    return np.array([isi if x is None else x for x in kolom], dtype=dtype), kosong


def elemen(kolom: Any, i: int) -> object:
    x = kolom[i]
    return None if hilang(x) else x


def daftar(kolom: Any) -> list[Any]:
    return [None if hilang(x) else x for x in kolom]


def angka(np: Any, bulat: Any, hilang_: Any, tempat: int, contoh: Any) -> list[Decimal | None]:
    nilai = cast("list[Decimal | None]", ke_desimal_larik(np, bulat, tempat))  # no copy
    if hilang_ is not None:
        for i in np.flatnonzero(hilang_).tolist():
            nilai[i] = None
    return nilai


def label(
    np: Any, kode: Any, hilang_: Any, nama: tuple[str, ...], contoh: Any
) -> list[str | None]:
    hasil: list[str | None] = [nama[k] for k in kode.tolist()]
    if hilang_ is not None:
        for i in np.flatnonzero(hilang_).tolist():
            hasil[i] = None
    return hasil


def tanpa_numpy(hasil: list[int | None], tempat: int, nama: tuple[str, ...] | None) -> list[Any]:
    """Results of the row-by-row path, when numpy is not installed."""
    if nama is not None:
        return [None if k is None else nama[k] for k in hasil]
    return [None if n is None else ke_desimal_daftar([n], tempat)[0] for n in hasil]
