"""The adapter of Python lists and tuples: Decimals out, read without numpy where it must."""

from __future__ import annotations

import decimal
from collections.abc import Iterable
from decimal import Decimal
from typing import Any, Final, cast

from sakip._eksak import _SATUAN_TEMPAT, MAKS_DIGIT_BULAT, _periksa_tempat
from sakip.errors import InvalidValueError
from sakip.kolom._baca import sel_teks
from sakip.kolom._inti import (
    Kolom,
    baca_float,
    baca_int,
    baca_objek,
    hilang,
    ke_desimal_daftar,
    ke_desimal_larik,
    maks_mutlak,
    numpy_ada,
)

_INT: frozenset[type] = frozenset({int})
_INT_KOSONG: frozenset[type] = frozenset({int, type(None)})
_FLOAT: frozenset[type] = frozenset({float, type(None)})
_HASIL: Final[frozenset[type]] = frozenset({Decimal, type(None)})


class ScaledList(list[Decimal | None]):
    """A list of Decimals (None where missing): what :mod:`sakip.kolom` returns for a list.

    It is a list in every use (equal to, and printed as, the plain list). It
    also keeps the integers its values were written from (units of
    ``10**-tempat``), so that a column function given it back (``predikat`` of
    ``capaian``) reads those instead of each Decimal; a small table's result
    (computed row by row) makes them from its Decimals when first read so,
    since a small table given back is read row by row too. They are used only
    while the list holds the same values of the same types as when it was
    made; a list that was changed is read as any list is. Slices and
    ``list.copy()`` are plain lists; ``copy.copy`` and pickles keep the values
    and ``tempat`` but not the integers (they are read as any list is).

    Examples:
        >>> from sakip import kolom
        >>> c = kolom.capaian(realisasi=[75, 19], target=[42, 26])
        >>> c, c.tempat
        ([Decimal('178.57'), Decimal('73.08')], 2)
        >>> isinstance(c, list) and c == [Decimal('178.57'), Decimal('73.08')]
        True
    """

    __slots__ = ("_asal", "_kolom", "tempat")

    def __init__(self, nilai: Iterable[Decimal | None] = (), /, *, tempat: int) -> None:
        """Values as sakip writes them: each a finite Decimal of exactly ``tempat`` places, or None.

        Raises:
            InvalidValueError: another value (named by its index), or a bad ``tempat``.

        Examples:
            >>> ScaledList([Decimal("1.50"), None], tempat=2)
            [Decimal('1.50'), None]
            >>> ScaledList([Decimal("1.5")], tempat=2)
            Traceback (most recent call last):
            ...
            sakip.errors.InvalidValueError: nilai[0] must be a finite Decimal of exactly 2 \
places, or None (got Decimal('1.5'))
        """
        super().__init__(nilai)
        #: The decimal places sakip wrote every value with (2: hundredths).
        self.tempat: int = _periksa_tempat(tempat)
        satuan = _SATUAN_TEMPAT[self.tempat]
        for i, d in enumerate(self):
            if d is not None and not (
                type(d) is Decimal and d.is_finite() and d.same_quantum(satuan)
            ):
                raise InvalidValueError(
                    field=f"nilai[{i}]",
                    value=d,
                    expected=f"must be a finite Decimal of exactly {tempat} places, or None",
                )
        self._asal: list[Decimal | None] | None = None
        self._kolom: Kolom | None = None

    @classmethod
    def _tertulis(cls, nilai: list[Decimal | None], tempat: int) -> ScaledList:
        """sakip's own values, written with ``tempat`` places: not checked again."""
        hasil = cls.__new__(cls)
        list.__init__(hasil, nilai)
        hasil.tempat = tempat
        hasil._asal = None
        hasil._kolom = None
        return hasil

    @classmethod
    def _dari_kolom(cls, nilai: list[Decimal | None], kolom: Kolom) -> ScaledList:
        """The values written from ``kolom`` (read-only arrays of sakip's own), kept with it."""
        hasil = cls._tertulis(nilai, kolom.tempat)
        hasil._asal = nilai  # the same objects: compared by identity first, at C speed
        hasil._kolom = kolom
        return hasil

    @classmethod
    def _dari_desimal(cls, nilai: list[Decimal | None], tempat: int) -> ScaledList:
        """The scalar API's Decimals (a small table's results), each of exactly ``tempat``
        places: their integers are made when first read (:meth:`_kolom_tetap`), not now."""
        hasil = cls._tertulis(nilai, tempat)
        hasil._asal = nilai
        return hasil

    def _kolom_tetap(self, tipe: set[type]) -> Kolom | None:
        """The integers it was written from, while it is unchanged; else None.

        ``tipe`` is the set of the types of its cells (the reader has it).
        Unchanged: :meth:`_sama`, with no cell of another type than Decimal
        and None (``True`` equals ``Decimal(1)`` but is refused as a
        number; a huge float may equal a Decimal its shortest repr is not).
        """
        if not (tipe <= _HASIL and self._sama()):
            return None
        if self._kolom is None:  # a small table's result, read back for the first time
            assert self._asal is not None
            self._kolom = _kolom_desimal(self._asal, self.tempat)
        return self._kolom

    def _sama(self) -> bool:
        """Whether it may still hold the values it was written with (types aside).

        The same length, and each cell the same object as when written or
        one equal to it: a list compares identical cells without looking at
        them, so this costs a pass over the pointers.
        """
        if self._asal is None:
            return False
        try:
            return list.__eq__(self, self._asal) is True
        except decimal.InvalidOperation:  # a signalling NaN put in its place
            return False

    def __reduce__(self) -> tuple[Any, ...]:
        return (_buat_daftar, (list(self), self.tempat))


def _buat_daftar(nilai: list[Decimal | None], tempat: int) -> ScaledList:
    # as it was pickled, changed cells and all (a changed list reads as any list)
    return ScaledList._tertulis(nilai, tempat)


def panjang(kolom: Any) -> int:
    return len(kolom)


def periksa_satuan(kolom: Any, nama: str, tempat: int | None) -> None:
    """Lists hold their values as they are."""


def baca(np: Any, kolom: Any, nama: str, persen: bool, tempat: int | None) -> Kolom | None:
    """Read a list once: ints and floats vectorised, anything else cell by cell."""
    tipe = set(map(type, kolom))
    if type(kolom) is ScaledList and tempat is None:
        tetap = kolom._kolom_tetap(tipe)
        if tetap is not None and _dalam_batas(tetap):
            return tetap  # sakip's own result, unchanged: the integers it came from
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


def _dalam_batas(k: Kolom) -> bool:
    """Whether kept integers stand for values within sakip's limits (below ``10**30``).

    int64 units always do; a result past int64 may not (``capaian`` of
    ``10**29`` is ``10**31``), and is then read as any list is, which refuses
    such a value as the scalar API does.
    """
    return bool(k.bulat.dtype != object) or maks_mutlak(k.bulat) < 10 ** (
        MAKS_DIGIT_BULAT + k.tempat
    )


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


def teks(kolom: Any) -> list[object]:
    """The cells of a text column for :func:`sakip.kolom.baca` (None where missing)."""
    return sel_teks(list(kolom))


def elemen(kolom: Any, i: int) -> object:
    x = kolom[i]
    return None if hilang(x) else x


def daftar(kolom: Any) -> list[Any]:
    return [None if hilang(x) else x for x in kolom]


def sel_kecil(kolom: Any) -> list[Any]:
    """The cells of a small table (:mod:`sakip.kolom._kecil`): every list is read cell by cell.

    Cells of types that are never a missing value but None are the cells as
    they are (:func:`daftar` without its test of each cell).
    """
    if set(map(type, kolom)) <= _TIDAK_HILANG:
        return list(kolom)
    return daftar(kolom)


#: Types of which no value but None is missing (:func:`sakip.kolom._inti.hilang`).
_TIDAK_HILANG: Final[frozenset[type]] = frozenset({int, Decimal, str, type(None)})


def angka_kecil(
    np: Any, desimal: list[Decimal | None], hilang_: Any, tempat: int, contoh: Any
) -> ScaledList:
    """:func:`angka` of a small table: the Decimals the scalar API gave (each of exactly
    ``tempat`` places, as :func:`angka` writes them); their integers are made only if the
    list is read back by the vectorised path (:meth:`ScaledList._kolom_tetap`)."""
    return ScaledList._dari_desimal(desimal, tempat)


def _kolom_desimal(desimal: list[Decimal | None], tempat: int) -> Kolom:
    """The integers of Decimals of exactly ``tempat`` places (None where missing), read-only,
    as :func:`angka` keeps them."""
    from sakip.kolom._kecil import satuan

    np = numpy_ada()
    assert np is not None  # (only the vectorised reader, which has numpy, asks)
    kosong = [i for i, d in enumerate(desimal) if d is None]
    hilang_ = None
    if kosong:
        hilang_ = np.zeros(len(desimal), dtype=bool)
        hilang_[kosong] = True
    return Kolom(_hanya_baca(satuan(np, desimal, tempat)), tempat, _hanya_baca(hilang_))


def label_kecil(
    np: Any, label_: list[str | None], hilang_: Any, nama: tuple[str, ...], contoh: Any
) -> list[str | None]:
    """:func:`label` of a small table: the labels the scalar API gave, None where missing."""
    return label_


def banyak_hilang(np: Any, kolom: Any) -> int:
    """How many cells :func:`daftar` gives as None."""
    return sum(map(hilang, kolom))


def angka(np: Any, bulat: Any, hilang_: Any, tempat: int, contoh: Any) -> ScaledList:
    nilai = cast("list[Decimal | None]", ke_desimal_larik(np, bulat, tempat))  # no copy
    if hilang_ is not None:
        for i in np.flatnonzero(hilang_).tolist():
            nilai[i] = None
    return ScaledList._dari_kolom(nilai, Kolom(_hanya_baca(bulat), tempat, _hanya_baca(hilang_)))


def _hanya_baca(larik: Any) -> Any:
    """A read-only view of an array (None stays None): the list's integers stay as written."""
    if larik is None:
        return None
    lihat = larik.view()
    lihat.flags.writeable = False
    return lihat


def label(
    np: Any, kode: Any, hilang_: Any, nama: tuple[str, ...], contoh: Any
) -> list[str | None]:
    pilihan = np.empty(len(nama), dtype=object)
    pilihan[:] = nama
    hasil: list[str | None] = pilihan[kode].tolist()
    if hilang_ is not None:
        for i in np.flatnonzero(hilang_).tolist():
            hasil[i] = None
    return hasil


def tanpa_numpy(hasil: list[int | None], tempat: int, nama: tuple[str, ...] | None) -> list[Any]:
    """Results of the row-by-row path, when numpy is not installed."""
    if nama is not None:
        return [None if k is None else nama[k] for k in hasil]
    nilai = [None if n is None else ke_desimal_daftar([n], tempat)[0] for n in hasil]
    return ScaledList._tertulis(nilai, tempat)
