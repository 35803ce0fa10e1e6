"""The numpy adapter: reading arrays, writing results that carry their unit.

A numeric result is a :class:`ScaledArray`: a ``numpy.ma.MaskedArray`` of
integers in units of ``10**-tempat`` (17857 with ``tempat=2`` is 178.57),
masked where missing, that carries ``tempat``. Labels come back as
:class:`sakip.kolom.Label` (codes and their labels).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from sakip._eksak import MAKS_DIGIT_BULAT, desimal_dari_bulat, ke_pecahan
from sakip.errors import InvalidTypeError, InvalidValueError, SakipError
from sakip.kolom._inti import (
    Kolom,
    baca_float,
    baca_int,
    baca_objek,
    hilang,
    ke_python,
    maks_mutlak,
    sel_float,
    tolak_tanpa_satuan,
)
from sakip.kolom._label import Label


class ScaledArray(np.ma.MaskedArray):
    """Integers in units of ``10**-tempat``, masked where missing: a result that says its unit.

    Slicing, indexing, sorting and copies keep the unit. Functions that build
    a new array from the bare integers (``np.concatenate``,
    ``np.ma.concatenate``, ``np.ma.append``, ``np.take``, ``np.stack``) lose
    it: such an array is refused when read, never taken as whole percentages.

    Examples:
        >>> from sakip import kolom
        >>> c = kolom.capaian(np.array([75, 19]), np.array([42, 26]))
        >>> c.tempat, c.tolist()
        (2, [17857, 7308])
        >>> np.concatenate([c, c]).tempat
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidValueError: ScaledArray.tempat must be carried by the array: a numpy function that builds a new array from the bare integers (np.concatenate, np.ma.concatenate, np.ma.append, np.take, np.stack) did not keep it, and the integers alone do not say whether they are hundredths or percentages. Index the result itself (c[1:], c[[0, 1]] and np.sort(c) keep the unit), compute again on the joined input columns, join the exact values of kolom.ke_desimal(...) of each part, or state the unit (tempat=2 for hundredths) where predikat or ke_desimal read the array (got 'ScaledArray without its unit'); sakip.kolom: a column is read as the values it holds
    """

    def __new__(cls, data: Any, mask: Any = None, *, tempat: int | None) -> ScaledArray:
        obj: Any = super().__new__(cls, data, mask=np.ma.nomask if mask is None else mask)
        # numpy.ma carries _optinfo through slicing, copies and arithmetic.
        if tempat is None:  # (only when unpickling an array that had lost its unit)
            obj._optinfo = {k: v for k, v in obj._optinfo.items() if k != "tempat"}
        else:
            obj._optinfo = {**obj._optinfo, "tempat": tempat}
        return obj  # type: ignore[no-any-return]

    @property
    def tempat(self) -> int:
        """The decimal places the integers imply (2: hundredths).

        Raises:
            InvalidValueError: the array lost its unit in a numpy function.
        """
        return satuan(self, "ScaledArray.tempat")

    def __reduce__(self) -> Any:
        info: dict[str, Any] = getattr(self, "_optinfo", {})
        data = self.filled(0).tolist()
        return (_buat, (data, np.ma.getmaskarray(self).tolist(), info.get("tempat")))


def _buat(data: Any, mask: Any, tempat: int | None) -> ScaledArray:
    return ScaledArray(np.array(data), mask=np.array(mask, dtype=bool), tempat=tempat)


def _dibawa(kolom: ScaledArray) -> int | None:
    """The unit a ScaledArray carries, or None when a numpy function lost it."""
    info: dict[str, Any] = getattr(kolom, "_optinfo", None) or {}
    tempat = info.get("tempat")
    return None if tempat is None else int(tempat)


def satuan(kolom: ScaledArray, nama: str) -> int:
    """The unit a ScaledArray carries; refused when a numpy function lost it."""
    tempat = _dibawa(kolom)
    if tempat is None:
        raise InvalidValueError(
            field=nama,
            value="ScaledArray without its unit",
            expected=(
                "must be carried by the array: a numpy function that builds a new array from "
                "the bare integers (np.concatenate, np.ma.concatenate, np.ma.append, np.take, "
                "np.stack) did not keep it, and the integers alone do not say whether they are "
                "hundredths or percentages. Index the result itself (c[1:], c[[0, 1]] and "
                "np.sort(c) keep the unit), compute again on the joined input columns, join "
                "the exact values of kolom.ke_desimal(...) of each part, or state the unit "
                "(tempat=2 for hundredths) where predikat or ke_desimal read the array"
            ),
            rule="sakip.kolom: a column is read as the values it holds",
        )
    return tempat


def satuan_dibawa(kolom: Any) -> int | None:
    """The unit a column says it holds (a ScaledArray's), or None for plain arrays."""
    return _dibawa(kolom) if isinstance(kolom, ScaledArray) else None


def panjang(kolom: Any) -> int:
    if kolom.ndim != 1:
        raise InvalidValueError(
            field="kolom", value=kolom.shape, expected="must be one-dimensional"
        )
    return int(kolom.shape[0])


def periksa_satuan(kolom: Any, nama: str, tempat: int | None) -> None:
    """Refuse a masked integer column whose unit cannot be known."""
    if (
        tempat is None
        and np.ma.isMaskedArray(kolom)
        and not isinstance(kolom, ScaledArray)
        and kolom.dtype.kind in "iu"
    ):
        raise tolak_tanpa_satuan(nama, f"numpy.ma.MaskedArray of {kolom.dtype}")


def baca(np_: Any, kolom: Any, nama: str, persen: bool, tempat: int | None) -> Kolom | None:
    """Read an array once: integers, floats (by shortest repr), objects, masked arrays."""
    if persen:
        periksa_satuan(kolom, nama, tempat)
    hilang_ = None
    data = kolom
    if np.ma.isMaskedArray(kolom):
        m = np.ma.getmaskarray(kolom)
        hilang_ = m if m.any() else None
        data = np.ma.getdata(kolom)
    kind = data.dtype.kind
    if isinstance(kolom, ScaledArray):
        if kind not in "iuO":
            raise InvalidValueError(
                field=nama,
                value=f"ScaledArray of {data.dtype}",
                expected=(
                    "must hold integer units (a sakip result changed by arithmetic into "
                    "floats no longer says its unit; pass plain floats of the values instead)"
                ),
            )
        dibawa = _dibawa(kolom)
        if dibawa is None:  # lost in a numpy function: refused, unless stated again
            dibawa = satuan(kolom, nama) if tempat is None else tempat
        if tempat is not None and tempat != dibawa:
            raise InvalidValueError(
                field="tempat",
                value=tempat,
                expected=f"must match the unit the column carries (tempat={dibawa})",
            )
        if kind == "O":  # sakip's result past int64: Python ints of that unit
            return _baca_berskala(data, hilang_, dibawa, nama)
    else:
        dibawa = 0
    if kind in "iu":
        return baca_int(np, data, hilang_, tempat if tempat is not None else dibawa)
    if tempat is not None:
        raise _bukan_bulat(nama, str(data.dtype))
    if kind == "f":
        return baca_float(np, data, hilang_, nama)
    if kind in "OUST":  # Python objects, or text read as plain decimals (T: numpy's StringDType)
        sel = data.tolist()
        if hilang_ is not None:
            sel = [None if m else x for x, m in zip(sel, hilang_.tolist(), strict=True)]
        return baca_objek(np, sel, nama)
    raise InvalidTypeError(
        field=nama,
        value=f"numpy array of {data.dtype}",
        expected="must hold numbers (integers, floats, Python numbers or decimal text)",
    )


def _baca_berskala(data: Any, hilang_: Any, tempat: int, nama: str) -> Kolom | None:
    """An object ScaledArray (units of ``10**-tempat`` past int64), its limits on the values.

    Python ints whose values lie within sakip's limits (below ``10**30``)
    are the column as they are; any other cell is read as its value (the
    cell over ``10**tempat``), as the scalar API reads it.
    """
    sel = data.tolist()
    if hilang_ is not None:
        sel = [0 if m else x for x, m in zip(sel, hilang_.tolist(), strict=True)]
    if all(type(x) is int for x in sel):
        bulat = np.empty(len(sel), dtype=object)
        bulat[:] = sel
        if maks_mutlak(bulat) < 10 ** (MAKS_DIGIT_BULAT + tempat):
            return Kolom(bulat, tempat, hilang_, aman=True)
    nilai = [_nilai_sel(x, tempat) for x in sel]
    if hilang_ is not None:
        nilai = [None if m else x for x, m in zip(nilai, hilang_.tolist(), strict=True)]
    return baca_objek(np, nilai, nama)


def _nilai_sel(x: Any, tempat: int) -> Any:
    """The value of one cell of a ScaledArray (its units over ``10**tempat``), for the scalar API.

    An integer is an exact Decimal of ``tempat`` places; a cell the scalar
    reader refuses stays as it is (for that reader to give the error).
    """
    if x is None or hilang(x):
        return None
    x = ke_python(x)
    if type(x) is int:
        return desimal_dari_bulat(x, tempat)
    try:
        return ke_pecahan(x, "nilai") / 10**tempat
    except SakipError:
        return x


def _bukan_bulat(nama: str, dtype: str) -> InvalidValueError:
    return InvalidValueError(
        field="tempat",
        value=dtype,
        expected=f"states the unit of integer columns only ({nama} holds {dtype} values, read as they are)",
    )


def elemen(kolom: Any, i: int) -> object:
    """Cell ``i`` as the scalar API reads it (a ScaledArray's: its value, not its units)."""
    if np.ma.isMaskedArray(kolom) and np.ma.getmaskarray(kolom)[i]:
        return None
    x = np.ma.getdata(kolom)[i]
    dibawa = satuan_dibawa(kolom)
    if dibawa is not None:
        return _nilai_sel(x, dibawa)
    return None if hilang(x) else ke_python(x)


def daftar(kolom: Any) -> list[Any]:
    data = np.ma.getdata(kolom)
    m = np.ma.getmaskarray(kolom) if np.ma.isMaskedArray(kolom) else None
    t = satuan_dibawa(kolom)
    if t is not None:  # the values, not the units (a ScaledArray is masked: m is its mask)
        assert m is not None
        return [
            None if k else _nilai_sel(x, t) for x, k in zip(data.tolist(), m.tolist(), strict=True)
        ]
    if data.dtype.kind == "f":
        return sel_float(np, data, m)
    sel = data.tolist()
    if m is not None:
        return [None if t else x for x, t in zip(sel, m.tolist(), strict=True)]
    return [None if hilang(x) else x for x in sel]


def banyak_hilang(np_: Any, kolom: Any) -> int | None:
    """How many cells :func:`daftar` gives as None, in one pass; None for an object column."""
    data = np.ma.getdata(kolom)
    kosong = np.ma.getmaskarray(kolom) if np.ma.isMaskedArray(kolom) else None
    if data.dtype.kind == "f":
        nan = np.isnan(data)
        return int(np.count_nonzero(nan if kosong is None else nan | kosong))
    if data.dtype.kind in "iub":
        return 0 if kosong is None else int(np.count_nonzero(kosong))
    return None  # objects, dates: cell by cell


def angka(np_: Any, bulat: Any, hilang_: Any, tempat: int, contoh: Any) -> ScaledArray:
    return ScaledArray(bulat, mask=hilang_, tempat=tempat)


def label(np_: Any, kode: Any, hilang_: Any, nama: tuple[str, ...], contoh: Any) -> Label:
    return Label.dari_kode(np, kode, hilang_, nama)
