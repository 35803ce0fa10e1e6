"""The pandas adapter: reading Series, writing results that carry their unit.

A numeric result is a Series of dtype :class:`ScaledDtype`: pandas' nullable
``Int64`` whose dtype also carries ``tempat`` (17857 with ``tempat=2`` is
178.57). The dtype survives what keeps the values (a DataFrame column,
slicing, sorting, ``concat``); arithmetic gives a plain ``Int64``, which no
longer says its unit and is refused where a percentage is expected. Labels
come back as an ordered ``Categorical``.
"""

from __future__ import annotations

import functools
from typing import Any, Final

import numpy as np
import pandas as pd
from pandas.core.arrays.integer import Int64Dtype, IntegerArray

from sakip._eksak import MAKS_TEMPAT, desimal_dari_bulat
from sakip.errors import InvalidTypeError, InvalidValueError
from sakip.kolom._baca import sel_teks
from sakip.kolom._inti import (
    Kolom,
    baca_float,
    baca_int,
    baca_objek,
    bukan_teks,
    hilang,
    ke_desimal_larik,
    ke_python,
    sel_float,
    tolak_tanpa_satuan,
)
from sakip.kolom._label import Label


class ScaledDtype(Int64Dtype):  # type: ignore[misc]
    """pandas' ``Int64`` whose integers are units of ``10**-tempat``.

    Examples:
        >>> from sakip import kolom
        >>> c = kolom.capaian(realisasi=pd.Series([75, 19]), target=pd.Series([42, 26]))
        >>> c.dtype.tempat, c.tolist()
        (2, [17857, 7308])
    """

    _metadata = ("tempat",)

    def __init__(self, tempat: int = 2) -> None:
        self.tempat = tempat

    @property
    def name(self) -> str:
        return f"Int64[10**-{self.tempat}]"

    def __repr__(self) -> str:
        return f"ScaledDtype(tempat={self.tempat})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ScaledDtype) and other.tempat == self.tempat

    def __hash__(self) -> int:
        return hash(("sakip.ScaledDtype", self.tempat))

    def construct_array_type(self) -> type[IntegerArray]:
        return _kelas(self.tempat)


_KELAS: dict[int, type[IntegerArray]] = {}
_NAMA_KELAS: Final = "ScaledArray"


def _kelas(tempat: int) -> type[IntegerArray]:
    """The array class of one unit (pandas rebuilds arrays by their class).

    Named ``ScaledArray<tempat>`` in this module, where :func:`__getattr__`
    finds it again: pickles refer to it by that name.
    """
    kelas = _KELAS.get(tempat)
    if kelas is None:
        dtype = ScaledDtype(tempat)
        nama = f"{_NAMA_KELAS}{tempat}"
        kelas = type(
            nama,
            (IntegerArray,),
            {"dtype": property(lambda self: dtype), "__module__": __name__, "__qualname__": nama},
        )
        _KELAS[tempat] = kelas
    return kelas


def __getattr__(name: str) -> Any:
    """``ScaledArray<tempat>``: the array class of that unit, made on first use (for pickles)."""
    angka = name.removeprefix(_NAMA_KELAS)
    if angka != name and angka.isdigit() and angka.isascii() and int(angka) <= MAKS_TEMPAT:
        return _kelas(int(angka))
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_NULLABLE_INT = ("Int8", "Int16", "Int32", "Int64", "UInt8", "UInt16", "UInt32", "UInt64")


def panjang(kolom: Any) -> int:
    return len(kolom)


def periksa_sejajar(kolom: dict[str, Any]) -> None:
    """Series given together are paired by their index: refuse indexes that differ.

    The same index (or the same object) is one cheap check; pandas'
    arithmetic would align them by label, position pairing would not.
    """
    nama = list(kolom)
    pertama = kolom[nama[0]].index
    for n in nama[1:]:
        indeks = kolom[n].index
        if indeks is not pertama and not pertama.equals(indeks):
            raise InvalidValueError(
                field=n,
                value=f"index {_awal(indeks)}, {nama[0]} has index {_awal(pertama)}",
                expected=(
                    f"must have the same index as {nama[0]}: pandas Series are paired by "
                    f"their index. Align them first ({nama[0]}, {n} = {nama[0]}.align({n})), "
                    "or pass .to_numpy() of each to pair them by position"
                ),
                rule="sakip.kolom: pandas Series are paired by index",
            )


def _awal(indeks: Any) -> str:
    """The first labels of an index, for a message."""
    awal = indeks[:3].tolist()
    return repr(awal)[:-1] + ", ...]" if len(indeks) > 3 else repr(awal)


def satuan_dibawa(kolom: Any) -> int | None:
    """The unit a Series of :class:`ScaledDtype` carries; None for others."""
    return kolom.dtype.tempat if isinstance(kolom.dtype, ScaledDtype) else None


def periksa_satuan(kolom: Any, nama: str, tempat: int | None) -> None:
    """Refuse a nullable integer Series whose unit cannot be known."""
    if (
        tempat is None
        and not isinstance(kolom.dtype, ScaledDtype)
        and str(kolom.dtype) in _NULLABLE_INT
    ):
        raise tolak_tanpa_satuan(nama, f"pandas Series of {kolom.dtype}")


def baca(np_: Any, kolom: Any, nama: str, persen: bool, tempat: int | None) -> Kolom | None:
    """Read a Series once, by its dtype."""
    if persen:
        periksa_satuan(kolom, nama, tempat)
    dtype = kolom.dtype
    satuan = 0
    if isinstance(dtype, ScaledDtype):
        if tempat is not None and tempat != dtype.tempat:
            raise InvalidValueError(
                field="tempat",
                value=tempat,
                expected=f"must match the unit the column carries (tempat={dtype.tempat})",
            )
        satuan = dtype.tempat
    elif tempat is not None:
        satuan = tempat
    kind = getattr(dtype, "kind", "O")
    if isinstance(dtype, pd.CategoricalDtype) or kind == "b":
        raise _bukan_angka(nama, dtype)
    if str(dtype) in _NULLABLE_INT or isinstance(dtype, ScaledDtype):
        arr = kolom.array
        m = np.asarray(arr._mask)
        return baca_int(np, np.asarray(arr._data), m if m.any() else None, satuan)
    if kind in "iu" and isinstance(dtype, np.dtype):
        return baca_int(np, kolom.to_numpy(), None, satuan)
    if tempat is not None:
        raise InvalidValueError(
            field="tempat",
            value=str(dtype),
            expected=f"states the unit of integer columns only ({nama} holds {dtype} values, read as they are)",
        )
    if kind == "f":  # numpy's float dtypes and pandas' nullable ones: NA as NaN, missing
        return baca_float(np, larik_float(kolom), None, nama)
    if kind in "OU" or pd.api.types.is_string_dtype(dtype):
        return baca_objek(np, kolom.tolist(), nama)
    raise _bukan_angka(nama, dtype)


def _bukan_angka(nama: str, dtype: Any) -> InvalidTypeError:
    return InvalidTypeError(
        field=nama, value=f"pandas Series of {dtype}", expected="must hold numbers"
    )


def teks(kolom: Any) -> list[object]:
    """The cells of an object or string Series for :func:`sakip.kolom.baca` (None where missing)."""
    dtype = kolom.dtype
    if isinstance(dtype, pd.CategoricalDtype) or not (
        getattr(dtype, "kind", "O") in "OU" or pd.api.types.is_string_dtype(dtype)
    ):
        raise bukan_teks(f"pandas Series of {dtype}")
    return sel_teks(kolom.tolist())


def elemen(kolom: Any, i: int) -> object:
    """Cell ``i`` as the scalar API reads it (a ScaledDtype's: its value, not its units)."""
    x = kolom.iloc[i]
    if hilang(x):
        return None
    if isinstance(kolom.dtype, ScaledDtype):
        return desimal_dari_bulat(int(x), kolom.dtype.tempat)
    return ke_python(x)


def daftar(kolom: Any) -> list[Any]:
    if getattr(kolom.dtype, "kind", "") == "f":  # float32 cells stay float32 (tolist widens)
        return sel_float(np, larik_float(kolom), None)
    if isinstance(kolom.dtype, ScaledDtype):  # the values, not the units
        t = kolom.dtype.tempat
        return [None if hilang(x) else desimal_dari_bulat(int(x), t) for x in kolom.tolist()]
    return [None if hilang(x) else x for x in kolom.tolist()]


def sel_kecil(kolom: Any) -> list[Any] | None:
    """The cells of a small table (:mod:`sakip.kolom._kecil`), or None for the vectorised reader.

    numpy's integer and float dtypes, pandas' nullable ones and
    :class:`ScaledDtype` (its values, as :func:`daftar` gives them); any other
    Series is left to :func:`baca`.
    """
    dtype = kolom.dtype
    if isinstance(dtype, np.dtype):
        if dtype.kind in "iu":
            return kolom.tolist()  # type: ignore[no-any-return]
        return daftar(kolom) if dtype.kind == "f" else None
    if isinstance(dtype, ScaledDtype):
        arr = kolom.array
        sel: list[Any] = ke_desimal_larik(np, np.asarray(arr._data), dtype.tempat)
        for i in np.flatnonzero(np.asarray(arr._mask)).tolist():
            sel[i] = None
        return sel
    if str(dtype) in _NULLABLE_INT or str(dtype) in _NULLABLE_FLOAT:
        return daftar(kolom)
    return None


_NULLABLE_FLOAT: Final = ("Float32", "Float64")


def banyak_hilang(np_: Any, kolom: Any) -> int | None:
    """How many cells :func:`daftar` gives as None, by ``isna``; None for an object column.

    (pandas counts ``Decimal("NaN")`` in an object column as missing; sakip
    refuses it as a value, so such columns are counted cell by cell.)
    """
    dtype = kolom.dtype
    if isinstance(dtype, (pd.CategoricalDtype, pd.StringDtype)) or dtype.kind in "iufb":
        return int(kolom.isna().sum())
    return None


def larik_float(kolom: Any) -> Any:
    """A float Series (numpy's dtype or pandas' nullable one) as a numpy array of its width, NaN for missing."""
    dtype = kolom.dtype
    if isinstance(dtype, np.dtype):
        return kolom.to_numpy()
    return kolom.to_numpy(dtype=dtype.numpy_dtype, na_value=np.nan)


def angka(np_: Any, bulat: Any, hilang_: Any, tempat: int, contoh: Any) -> Any:
    if bulat.dtype == object:  # beyond int64: exact Decimals
        from sakip.kolom._inti import ke_desimal_daftar

        nilai = ke_desimal_daftar(bulat.tolist(), tempat)
        sel: list[Any] = list(nilai)
        if hilang_ is not None:
            for i in np.flatnonzero(hilang_).tolist():
                sel[i] = None
        return pd.Series(sel, index=contoh.index, name=contoh.name, dtype=object)
    mask = np.zeros(len(bulat), dtype=bool) if hilang_ is None else hilang_
    nilai = _kelas(tempat)(bulat, mask)
    return pd.Series(nilai, index=contoh.index, name=contoh.name, copy=False)


def label(np_: Any, kode: Any, hilang_: Any, nama: tuple[str, ...], contoh: Any) -> Any:
    # the codes and categories of numpy's Label (names printed twice share one, -1 missing)
    kode_label = Label.dari_kode(np, kode, hilang_, nama)
    kategori = pd.Categorical.from_codes(  # (codes of the bands, -1 missing: valid)
        kode_label.codes, dtype=_kategori(kode_label.categories), validate=False
    )
    return pd.Series(kategori, index=contoh.index, name=contoh.name, copy=False)


@functools.lru_cache(maxsize=32)
def _kategori(nama: tuple[str, ...]) -> Any:
    """The ordered categorical dtype of a scale's labels (built once: it costs more than the codes)."""
    return pd.CategoricalDtype(list(nama), ordered=True)
