"""The numpy adapter: reading arrays, writing results that carry their unit.

A numeric result is a :class:`ScaledArray`: a ``numpy.ma.MaskedArray`` of
integers in units of ``10**-tempat`` (17857 with ``tempat=2`` is 178.57),
masked where missing, that carries ``tempat``. Labels come back as
:class:`sakip.kolom.Label` (codes and their labels).
"""

from __future__ import annotations

import operator
from types import MappingProxyType
from typing import Any, Final

import numpy as np

from sakip._eksak import MAKS_DIGIT_BULAT, desimal_dari_bulat, ke_pecahan
from sakip.errors import InvalidTypeError, InvalidValueError, SakipError
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
    maks_mutlak,
    sel_float,
    tolak_tanpa_satuan,
)
from sakip.kolom._label import Label


class ScaledArray(np.ma.MaskedArray):
    """Integers in units of ``10**-tempat``, masked where missing: a result that says its unit.

    Slicing, indexing, sorting and copies keep the unit. So does arithmetic
    whose result is provably in the same unit: ``-c``, ``abs(c)``, ``+c``,
    and adding, subtracting, ``np.maximum``, ``np.minimum``, ``np.clip`` and
    ``np.where`` of arrays that all carry that unit (a plain 0, which is 0 in
    every unit, may stand for one of them), and ``np.round(c)`` (integers are
    already whole units). Every other result of arithmetic loses it: ``c * c``
    (ten-thousandths), ``c + 1`` (one hundredth, or one percentage point?),
    ``c / 2`` (floats), ``c // 2``, ``np.round(c, -2)`` (numpy rounds half to
    even, not the half-up rounding of the reports), and with it the functions
    that build a new array from the bare integers (``np.concatenate``,
    ``np.ma.concatenate``, ``np.ma.append``, ``np.take``, ``np.stack``). Such
    an array is refused when read, never taken as whole percentages.
    Comparisons give booleans, as numpy.ma makes them. Reductions
    (``np.sum``, ``np.mean``) give numpy numbers, which carry no unit.

    Examples:
        >>> from sakip import kolom
        >>> c = kolom.capaian(realisasi=np.array([75, 19]), target=np.array([42, 26]))
        >>> c.tempat, c.tolist()
        (2, [17857, 7308])
        >>> (c - c).tempat, np.maximum(c, 0).tempat
        (2, 2)
        >>> (c * 2).tempat
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidValueError: ScaledArray.tempat must be carried by the array: arithmetic whose result is not in the unit of its operands (c * c, c + 1, c / 2) and numpy functions that build a new array from the bare integers (np.concatenate, np.ma.concatenate, np.ma.append, np.take, np.stack) do not keep it, and the integers alone do not say whether they are hundredths or percentages. Index the result itself (c[1:], c[[0, 1]] and np.sort(c) keep the unit), compute again on the joined input columns, compute on or join the exact values of kolom.ke_desimal(...), or state the unit (tempat=2 for hundredths) where predikat or ke_desimal read the array (got 'ScaledArray without its unit'); sakip.kolom: a column is read as the values it holds
    """

    def __new__(cls, data: Any, mask: Any = None, *, tempat: int | None) -> ScaledArray:
        obj: Any = super().__new__(cls, data, mask=np.ma.nomask if mask is None else mask)
        _tandai(obj, tempat)  # (None only when unpickling an array that had lost its unit)
        return obj  # type: ignore[no-any-return]

    @property
    def tempat(self) -> int:
        """The decimal places the integers imply (2: hundredths).

        Raises:
            InvalidValueError: the array lost its unit in arithmetic or a numpy function.
        """
        return satuan(self, "ScaledArray.tempat")

    def __reduce__(self) -> Any:
        info: dict[str, Any] = getattr(self, "_optinfo", {})
        data = self.filled(0).tolist()
        return (_buat, (data, np.ma.getmaskarray(self).tolist(), info.get("tempat")))

    def __array_wrap__(self, obj: Any, context: Any = None, return_scalar: bool = False) -> Any:
        """numpy's functions on elements (ufuncs): the result's unit by :func:`_satuan_hasil`."""
        if return_scalar:  # (numpy 2 only passes it)
            hasil = super().__array_wrap__(obj, context, return_scalar)
        else:
            hasil = super().__array_wrap__(obj, context)
        if context is not None and isinstance(hasil, ScaledArray) and hasil.dtype.kind != "b":
            ufunc, args, _ = context
            tempat = _satuan_hasil(ufunc.__name__, args[: ufunc.nin])
            if tempat is not None:
                _periksa_luap(ufunc.__name__, args[: ufunc.nin], hasil)
            _tandai(hasil, tempat)
        return hasil

    def __array_function__(self, func: Any, types: Any, args: Any, kwargs: Any) -> Any:
        """``np.where(kondisi, x, y)`` of a ScaledArray: masked, in the unit of x and y if they share one."""
        if func is np.where and len(args) == 3 and not kwargs:
            kondisi, x, y = args
            if isinstance(x, ScaledArray) or isinstance(y, ScaledArray):
                hasil = np.ma.where(kondisi, x, y).view(ScaledArray)  # type: ignore[no-untyped-call]
                _tandai(hasil, _satuan_hasil("where", (x, y)))
                return hasil
        return super().__array_function__(func, types, args, kwargs)

    def round(self, decimals: Any = 0, out: Any = None) -> Any:
        """``np.round``: whole units stay as they are (unit kept); ``decimals < 0`` loses it.

        numpy rounds half to even, not half up as the reports do: round once,
        in the column function (``tempat=0``), instead.
        """
        hasil = super().round(decimals, out)
        if operator.index(decimals) < 0 and isinstance(hasil, ScaledArray):
            _tandai(hasil, None)
        return hasil


#: ufuncs (by name) whose result is in the unit of its operands when they all share
#: one: sign and magnitude, sums and differences, and the choice of one of them.
#: Any other arithmetic result loses the unit (see ScaledArray).
_TETAP: Final = frozenset(
    {"negative", "positive", "absolute", "add", "subtract", "maximum", "minimum", "fmax", "fmin"}
    | {"clip", "where"}
)
#: A plain zero (not bool): 0 in every unit, so it stands for any.
_NETRAL: Final = "netral"


def _satuan_operand(x: Any) -> int | str | None:
    """The unit of one operand: a ScaledArray's, :data:`_NETRAL` for 0 or None (no bound), else None."""
    if isinstance(x, ScaledArray):
        return _dibawa(x)
    if x is None or ((type(x) is int or isinstance(x, np.integer)) and x == 0):
        return _NETRAL
    return None


def _satuan_hasil(ufunc: str, operand: Any) -> int | None:
    """The unit of an arithmetic result: the operands' one for a ufunc in :data:`_TETAP`, else None."""
    if ufunc not in _TETAP:
        return None
    satuan_ = {_satuan_operand(x) for x in operand} - {_NETRAL}
    if len(satuan_) != 1:
        return None
    (t,) = satuan_
    return t if isinstance(t, int) else None


def _periksa_luap(ufunc: str, operand: Any, hasil: Any) -> None:
    """Refuse a sum, difference, negation or magnitude of integers that wrapped around.

    numpy's int64 arithmetic wraps silently (2**63 - 1 + 1 is -2**63); a result that
    keeps its unit is read as exact values, so a wrapped one is refused, never read.
    """
    if hasil.dtype.kind not in "iu":
        return
    data = [np.ma.getdata(x) for x in operand]
    r = np.ma.getdata(hasil)
    if ufunc in ("add", "subtract") and len(data) == 2:
        a, b = (np.asarray(x) for x in data)
        sama = (a >= 0) == (b >= 0) if ufunc == "add" else (a >= 0) != (b >= 0)
        luap = sama & ((r >= 0) != (a >= 0))
    elif ufunc in ("negative", "absolute") and len(data) == 1:
        luap = np.asarray(data[0]) == np.iinfo(hasil.dtype).min
    else:
        return
    luap = luap & ~np.ma.getmaskarray(hasil)
    if luap.any():
        raise InvalidValueError(
            field="ScaledArray",
            value=f"{ufunc} at row {int(np.flatnonzero(luap)[0])}",
            expected=(
                f"must not overflow {hasil.dtype} (numpy wraps around): add the exact values "
                "of kolom.ke_desimal(...) instead"
            ),
        )


def _tandai(kolom: Any, tempat: int | None) -> None:
    """Set (or, with None, remove) the unit an array carries.

    numpy.ma copies both ``_optinfo`` and ``_basedict`` into each array it
    derives: both are replaced, so that a unit removed does not come back.
    """
    info = {k: v for k, v in getattr(kolom, "_optinfo", {}).items() if k != "tempat"}
    if tempat is not None:
        info["tempat"] = tempat
    kolom._optinfo = info
    kolom._basedict = info


def _operator(nama: str, ufunc: str, balik: bool) -> Any:
    """An operator numpy.ma computes itself (on the bare data), with the result's unit set."""
    asli = getattr(np.ma.MaskedArray, nama)

    def operasi(self: ScaledArray, other: Any) -> Any:
        operand: tuple[Any, ...] = (other, self) if balik else (self, other)
        tempat = _satuan_hasil(ufunc, operand)
        if tempat is not None and nama.startswith("__i"):
            # in place: the operand's values are overwritten; keep them for the check
            operand = tuple(np.ma.getdata(x).copy() if x is self else x for x in operand)
        hasil = asli(self, other)
        if isinstance(hasil, ScaledArray) and hasil.dtype.kind != "b":
            if tempat is not None:
                _periksa_luap(ufunc, operand, hasil)
            _tandai(hasil, tempat)
        return hasil

    operasi.__name__ = operasi.__qualname__ = nama
    return operasi


#: The operators numpy.ma defines itself (the others are ufuncs, seen by __array_wrap__):
#: name -> (the ufunc it computes, whether self is its second operand). In-place ones
#: set the unit of the array itself.
_OPERATOR: Final = MappingProxyType(
    {
        f"__{awalan}{nama}__": (ufunc, awalan == "r")
        for nama, ufunc in (
            ("add", "add"),
            ("sub", "subtract"),
            ("mul", "multiply"),
            ("truediv", "true_divide"),
            ("floordiv", "floor_divide"),
            ("pow", "power"),
        )
        for awalan in ("", "r", "i")
    }
)
for _nama, (_ufunc, _balik) in _OPERATOR.items():
    setattr(ScaledArray, _nama, _operator(_nama, _ufunc, _balik))


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
                "must be carried by the array: arithmetic whose result is not in the unit of "
                "its operands (c * c, c + 1, c / 2) and numpy functions that build a new array "
                "from the bare integers (np.concatenate, np.ma.concatenate, np.ma.append, "
                "np.take, np.stack) do not keep it, and the integers alone do not say whether "
                "they are hundredths or percentages. Index the result itself (c[1:], c[[0, 1]] "
                "and np.sort(c) keep the unit), compute again on the joined input columns, "
                "compute on or join the exact values of kolom.ke_desimal(...), or state the "
                "unit (tempat=2 for hundredths) where predikat or ke_desimal read the array"
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
        if dibawa is None:  # lost in arithmetic or a numpy function: refused, unless stated
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


def teks(kolom: Any) -> list[object]:
    """The cells of a text array (str, numpy's StringDType, objects) for :func:`sakip.kolom.baca`.

    None where missing (masked, None, NaN).
    """
    panjang(kolom)
    data = np.ma.getdata(kolom)
    if data.dtype.kind not in "UTO":
        raise bukan_teks(f"numpy array of {data.dtype}")
    sel = data.tolist()
    if np.ma.isMaskedArray(kolom):
        sel = [
            None if m else x for x, m in zip(sel, np.ma.getmaskarray(kolom).tolist(), strict=True)
        ]
    return sel_teks(sel)


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


def sel_kecil(kolom: Any) -> list[Any] | None:
    """The cells of a small table (:mod:`sakip.kolom._kecil`), or None for the vectorised reader.

    Integers and floats (a masked array's too), and a ScaledArray of integers
    that carries its unit (its values, as :func:`daftar` gives them); any
    other array is left to :func:`baca`, which refuses or reads it.
    """
    data = np.ma.getdata(kolom)
    kind = data.dtype.kind
    if kind == "f" and not isinstance(kolom, ScaledArray):
        return daftar(kolom)
    if kind not in "iu":
        return None
    if isinstance(kolom, ScaledArray):
        tempat = _dibawa(kolom)
        if tempat is None:
            return None
        sel: list[Any] = ke_desimal_larik(np, data, tempat)
    else:
        sel = data.tolist()
    if np.ma.isMaskedArray(kolom) and np.ma.getmask(kolom) is not np.ma.nomask:
        for i in np.flatnonzero(np.ma.getmaskarray(kolom)).tolist():
            sel[i] = None
    return sel


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
