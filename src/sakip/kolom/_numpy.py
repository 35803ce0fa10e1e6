"""The numpy adapter: reading arrays, writing results that carry their unit.

A numeric result is a :class:`ScaledArray`: a ``numpy.ma.MaskedArray`` of
integers in units of ``10**-tempat`` (17857 with ``tempat=2`` is 178.57),
masked where missing, that carries ``tempat``. Labels come back as
:class:`sakip.kolom.Label` (codes and their labels).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from sakip.errors import InvalidTypeError, InvalidValueError
from sakip.kolom._inti import (
    Kolom,
    baca_float,
    baca_int,
    baca_objek,
    hilang,
    ke_python,
    sel_float,
    tolak_tanpa_satuan,
)
from sakip.kolom._label import Label


class ScaledArray(np.ma.MaskedArray):
    """Integers in units of ``10**-tempat``, masked where missing: a result that says its unit.

    Examples:
        >>> from sakip import kolom
        >>> c = kolom.capaian(np.array([75, 19]), np.array([42, 26]))
        >>> c.tempat, c.tolist()
        (2, [17857, 7308])
    """

    def __new__(cls, data: Any, mask: Any = None, *, tempat: int) -> ScaledArray:
        obj: Any = super().__new__(cls, data, mask=np.ma.nomask if mask is None else mask)
        # numpy.ma carries _optinfo through slicing, copies and arithmetic.
        obj._optinfo = {**obj._optinfo, "tempat": tempat}
        return obj  # type: ignore[no-any-return]

    @property
    def tempat(self) -> int:
        """The decimal places the integers imply (2: hundredths)."""
        info: dict[str, Any] = getattr(self, "_optinfo", {})
        return int(info.get("tempat", 0))

    def __reduce__(self) -> Any:
        return (_buat, (self.filled(0).tolist(), np.ma.getmaskarray(self).tolist(), self.tempat))


def _buat(data: Any, mask: Any, tempat: int) -> ScaledArray:
    return ScaledArray(np.array(data), mask=np.array(mask, dtype=bool), tempat=tempat)


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
        if tempat is not None and tempat != kolom.tempat:
            raise InvalidValueError(
                field="tempat",
                value=tempat,
                expected=f"must match the unit the column carries (tempat={kolom.tempat})",
            )
        satuan = kolom.tempat
    else:
        satuan = 0
    if kind in "iu":
        return baca_int(np, data, hilang_, tempat if tempat is not None else satuan)
    if tempat is not None and not isinstance(kolom, ScaledArray):
        raise _bukan_bulat(nama, str(data.dtype))
    if kind == "f":
        return baca_float(np, data, hilang_, nama)
    if kind in "OUST":  # Python objects, or text read as plain decimals (T: numpy's StringDType)
        sel = data.tolist()
        if hilang_ is not None:
            sel = [None if m else x for x, m in zip(sel, hilang_.tolist(), strict=True)]
        k = baca_objek(np, sel, nama)
        if k is None or satuan == 0:
            return k
        return Kolom(k.bulat, k.tempat + satuan, k.hilang, k.rusak)
    raise InvalidTypeError(
        field=nama,
        value=f"numpy array of {data.dtype}",
        expected="must hold numbers (integers, floats, Python numbers or decimal text)",
    )


def _bukan_bulat(nama: str, dtype: str) -> InvalidValueError:
    return InvalidValueError(
        field="tempat",
        value=dtype,
        expected=f"states the unit of integer columns only ({nama} holds {dtype} values, read as they are)",
    )


def elemen(kolom: Any, i: int) -> object:
    if np.ma.isMaskedArray(kolom) and np.ma.getmaskarray(kolom)[i]:
        return None
    x = np.ma.getdata(kolom)[i]
    return None if hilang(x) else ke_python(x)


def daftar(kolom: Any) -> list[Any]:
    data = np.ma.getdata(kolom)
    m = np.ma.getmaskarray(kolom) if np.ma.isMaskedArray(kolom) else None
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
