"""Kolom (columns): the formulas on whole columns, for notebooks and bulk data.

Column versions of :func:`sakip.capaian`, :func:`sakip.persentase`,
:func:`sakip.penyerapan`, :func:`sakip.sisa_anggaran`, :func:`sakip.efisiensi`
and :meth:`sakip.Skala.predikat`. Each gives exactly the scalar API's result,
element by element, in the kind of its first column:

==========================  ======================================================
input                       numbers out (``tempat=2``)          labels out
==========================  ======================================================
list / tuple                ``list`` of ``Decimal``, ``None``   ``list`` of ``str``
                            where missing (a :class:`ScaledList`:
                            a list that keeps the integers it
                            was written from)
numpy array                 :class:`ScaledArray` (a masked      :class:`Label` (codes
                            int64 array of hundredths that      and their labels)
                            carries ``tempat``)
pandas Series               ``Series`` of ``ScaledDtype``       ordered ``Categorical``
                            (``Int64`` hundredths that carry
                            ``tempat``), same index and name
polars Series               ``Decimal`` Series (the values      ``Enum``
                            themselves, exact), same name
==========================  ======================================================

**A column is read as the values it holds**, in every kind: ``75`` is 75, a
float is read by its shortest repr (``98.48`` is 98.48), a ``Decimal`` is
itself, and sakip's own results say their unit (``tempat``), so the same values
give the same labels whatever container they come in and whatever made them.
A masked integer column that does not say its unit (``numpy.ma.MaskedArray``,
a pandas nullable ``Int64``: the forms in which sakip 0.1 returned hundredths)
is refused where a percentage is expected, with the way to state it
(``tempat=2`` for hundredths, ``tempat=0`` for percentages).

**Amounts are given by keyword**, as in the scalar API
(``kolom.capaian(realisasi=..., target=...)``), so that two columns cannot be
swapped unseen: :func:`capaian`, :func:`persentase`, :func:`penyerapan`,
:func:`sisa_anggaran` and :func:`efisiensi`. A positional call in the order of
sakip 0.2.0 (``penyerapan(realisasi, pagu)`` but ``sisa_anggaran(pagu,
realisasi)``) still gives the result it gave, with a DeprecationWarning, until
0.4.0. :func:`predikat` takes one amount, and its scale, by position, as
``skala.predikat(nilai)`` does.

Columns are paired row by row: pandas Series given together by their index,
which must be equal (align them first, or pass ``.to_numpy()`` to pair by
position), every other kind by position. A number broadcast over the rows may
be a Python or numpy number; capaian's target may be one ``Rentang``.

Missing inputs (``None``, NaN, ``pandas.NA``, polars null) give a missing
output, never 0 or 100; :func:`banyak_hilang` counts them. Bad rows (a zero
target where the formula divides by it, a negative pagu, an unreadable value)
raise the scalar function's error with the row in its field, or, with
``errors="null"``, give a missing output whose reason is written into the
``alasan`` dict the caller passes (row -> message).

numpy, pandas and polars are optional and imported only when such a column is
given (``import sakip`` never imports them). With numpy installed every path is
vectorised: integer columns, floats, missing values, a number broadcast over a
column and bad rows alike; integers are exact up to the scalar API's limits
(int64 while no intermediate can overflow, exact Python integers beyond it).
"""

from __future__ import annotations

import bisect
import decimal
import functools
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from itertools import compress, count, repeat
from operator import is_
from typing import Any, Final, Literal, ParamSpec, TypeVar, cast

from sakip._eksak import (
    MAKS_DIGIT_BULAT,
    Number,
    _periksa_tempat,
    desimal_dalam_batas,
    desimal_dari_bulat,
    ke_pecahan,
    semua_desimal_dalam_batas,
)
from sakip._peringatan import usang
from sakip.anggaran import MetodeEfisiensi
from sakip.anggaran import efisiensi as _efisiensi
from sakip.anggaran import penyerapan as _penyerapan
from sakip.anggaran import sisa_anggaran as _sisa_anggaran
from sakip.angka import baca as _baca_teks
from sakip.errors import InvalidTypeError, InvalidValueError, SakipError
from sakip.kinerja import Arah, MetodeTurun, Rentang
from sakip.kinerja import capaian as _capaian
from sakip.kolom import _baca, _rumus
from sakip.kolom._daftar import ScaledList
from sakip.kolom._inti import Errors as Errors  # the type of ``errors=``
from sakip.kolom._inti import (
    Rumus,
    adapter,
    dua_bersama,
    jalankan,
    jenis,
    ke_desimal_larik,
    numpy_ada,
    periksa_alasan,
    periksa_errors,
    periksa_tempat_masukan,
    skalar,
    tempat_desimal,
)
from sakip.kolom._label import Label
from sakip.skala import Skala

__all__ = [
    "Errors",
    "Label",
    "ScaledList",
    "baca",
    "banyak_hilang",
    "capaian",
    "efisiensi",
    "ke_desimal",
    "penyerapan",
    "persentase",
    "predikat",
    "sisa_anggaran",
]

_PERSEN_TIDAK_ADA: Final = frozenset[str]()

_P = ParamSpec("_P")
_R = TypeVar("_R")


def _posisi_usang(*urutan: str) -> Callable[[Callable[_P, _R]], Callable[_P, _R]]:
    """A column function whose amounts are keyword-only, that still takes the positional
    call of sakip 0.2.0 (its amounts in the order ``urutan``) until 0.4.0, with a
    DeprecationWarning naming the keyword call to write instead.

    A positional call is mapped to the keywords of that order, so it gives the result it
    gave before; a call Python would have refused then (too many positional arguments, an
    amount given twice) is refused with Python's ``TypeError``. A keyword call goes
    straight through: one test of an empty tuple (the cost is measured in
    ``benchmarks/README.md``). Type checkers see the keyword-only signature, and flag a
    positional call.

    Sumber: the style of sakip ("two or more amounts are keyword-only"), as the scalar
    functions have been since 0.1.0.

    Examples:
        >>> import warnings
        >>> @_posisi_usang("pagu", "realisasi")
        ... def selisih(*, pagu: int, realisasi: int) -> int:
        ...     return pagu - realisasi
        >>> selisih(pagu=5, realisasi=3)
        2
        >>> with warnings.catch_warnings(record=True) as w:
        ...     warnings.simplefilter("always")
        ...     selisih(5, 3)
        2
        >>> print(w[0].message)
        sakip.kolom.selisih with its amounts by position (pagu, realisasi) is deprecated since 0.3.0 and will be removed in 0.4.0; use kolom.selisih(pagu=..., realisasi=...)
        >>> selisih(5, 3, 1)
        Traceback (most recent call last):
        ...
        TypeError: selisih() takes 2 positional arguments but 3 were given
        >>> selisih(5)  # no warning for a call that never worked
        Traceback (most recent call last):
        ...
        TypeError: selisih() missing 1 required keyword-only argument: 'realisasi'
    """

    def dengan_posisi(fungsi: Callable[_P, _R]) -> Callable[_P, _R]:
        nama = fungsi.__name__
        dengan_kata_kunci = cast("Callable[..., Any]", fungsi)  # called with keywords only
        lama = f"sakip.kolom.{nama} with its amounts by position ({', '.join(urutan)})"
        baru = f"kolom.{nama}({', '.join(f'{n}=...' for n in urutan)})"

        @functools.wraps(fungsi)
        def panggil(*args: Any, **kwargs: Any) -> Any:
            if args:
                kwargs = _kata_kunci(nama, urutan, args, kwargs)
                if all(n in kwargs for n in urutan):  # else Python refuses the call, unwarned
                    usang(lama, baru, sejak="0.3.0", hingga="0.4.0")
            return dengan_kata_kunci(**kwargs)

        return cast("Callable[_P, _R]", panggil)

    return dengan_posisi


def _kata_kunci(
    nama: str, urutan: tuple[str, ...], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> dict[str, Any]:
    """The keywords of a positional call, its values named in the order ``urutan``; the
    ``TypeError`` Python gave for the same call to the positional signature."""
    if len(args) > len(urutan):
        raise TypeError(
            f"{nama}() takes {len(urutan)} positional arguments but {len(args)} were given"
        )
    for kunci in urutan[: len(args)]:
        if kunci in kwargs:
            raise TypeError(f"{nama}() got multiple values for argument {kunci!r}")
    return dict(zip(urutan, args, strict=False)) | kwargs


def _siapkan(tempat: int, errors: object, alasan: object) -> Errors:
    _periksa_tempat(tempat)
    periksa_alasan(alasan)
    return periksa_errors(errors)


@_posisi_usang("realisasi", "target")
def capaian(
    *,
    realisasi: Any,
    target: Any,
    arah: Arah = Arah.NAIK,
    metode: MetodeTurun | None = None,
    maksimum: Number | None = None,
    tempat: int = 2,
    errors: Errors = "raise",
    alasan: dict[int, str] | None = None,
) -> Any:
    """Capaian kinerja of whole columns; see :func:`sakip.capaian` for the formulas.

    Args:
        realisasi: a column, or one number for every row (a Python or numpy number).
        target: a column of the same length, or one number, or one
            :class:`sakip.Rentang` for every row (computed row by row).
        arah: which way is better.
        metode: for ``Arah.TURUN`` only.
        maksimum: optional cap, at least 100.
        tempat: decimal places of the result.
        errors: ``"raise"`` (default) raises a bad row's error; ``"null"``
            makes the row missing and writes the reason into ``alasan``.
        alasan: a dict to receive row -> reason, with ``errors="null"``.

    Returns:
        The column of results, in the kind of the first column (see the module).

    Raises:
        SakipError: the scalar function's error for a bad row, its field naming
            the row (``errors="raise"``); bad arguments.

    Sumber:
        As :func:`sakip.capaian` (PermenPANRB 8/2021, Lampiran BAB VI
        A.1.b.1)(e); the lower-is-better formula applied by analogy).

    Examples:
        >>> capaian(realisasi=[75, 19, None, 6], target=[42, 26, 30, 8])
        [Decimal('178.57'), Decimal('73.08'), None, Decimal('75.00')]
        >>> capaian(realisasi=[9, 6.5], target=8, arah=Arah.TURUN)
        [Decimal('87.50'), Decimal('118.75')]
        >>> capaian(realisasi=[92, 85, 70], target=Rentang(bawah=80, atas=90))
        [Decimal('102.22'), Decimal('100.00'), Decimal('87.50')]
        >>> alasan = {}
        >>> capaian(realisasi=[1, 2], target=[0, 4], errors="null", alasan=alasan)
        [None, Decimal('50.00')]
        >>> alasan[0]
        'target must not be 0 for Arah.NAIK (nothing was planned) (got 0); capaian = realisasi / target x 100 (Arah.NAIK), PermenPANRB 8/2021 Lampiran BAB VI A.1.b.1)(e)'
        >>> capaian(realisasi=[1, 2], target=[0, 4])
        Traceback (most recent call last):
        ...
        sakip.errors.NotComputableError: target[0] must not be 0 for Arah.NAIK (nothing was planned) (got 0); capaian = realisasi / target x 100 (Arah.NAIK), PermenPANRB 8/2021 Lampiran BAB VI A.1.b.1)(e)
    """
    mode = _siapkan(tempat, errors, alasan)
    # One scalar call checks arah, metode and maksimum by the scalar API's own rules.
    _capaian(realisasi=1, target=1, arah=arah, metode=metode, maksimum=maksimum, tempat=tempat)
    if isinstance(target, Rentang):  # its side against arah: the argument's error, not a row's
        target.periksa_arah(arah)
    hitung = _rumus.CAPAIAN[(arah, metode)]
    if maksimum is not None:
        hitung = _rumus.dibatasi(hitung, ke_pecahan(maksimum, "maksimum"))

    def satu(realisasi: Number, target: Number) -> Decimal:
        return _capaian(
            realisasi=realisasi,
            target=target,
            arah=arah,
            metode=metode,
            maksimum=maksimum,
            tempat=tempat,
        )

    # clean integer columns of some backends: computed in the backend's own arithmetic
    asli = "capaian_naik" if (arah, metode, maksimum) == (Arah.NAIK, None, None) else None
    rumus = Rumus(
        ("realisasi", "target"),
        _PERSEN_TIDAK_ADA,
        satu,
        hitung,
        asli=asli,
        rentang=frozenset({"target"}),
    )
    return jalankan(
        rumus,
        {"realisasi": realisasi, "target": target},
        tempat=tempat,
        errors=mode,
        alasan=alasan,
    )


@_posisi_usang("pembilang", "penyebut")
def persentase(
    *,
    pembilang: Any,
    penyebut: Any,
    tempat: int = 2,
    errors: Errors = "raise",
    alasan: dict[int, str] | None = None,
) -> Any:
    """Persentase (percentage) of whole columns; see :func:`sakip.persentase`.

    Arguments, errors and results as :func:`capaian`.

    Sumber:
        The definition of a percentage, as :func:`sakip.persentase`.

    Examples:
        >>> persentase(pembilang=[115, 556_479_000], penyebut=[800, 924_000_000])
        [Decimal('14.38'), Decimal('60.23')]
        >>> persentase(pembilang=[1, -1], penyebut=[-8, 8], tempat=3)
        [Decimal('-12.500'), Decimal('-12.500')]
    """
    mode = _siapkan(tempat, errors, alasan)
    from sakip._eksak import persentase as _persentase

    def satu(pembilang: Number, penyebut: Number) -> Decimal:
        return _persentase(pembilang=pembilang, penyebut=penyebut, tempat=tempat)

    rumus = Rumus(("pembilang", "penyebut"), _PERSEN_TIDAK_ADA, satu, _rumus.persentase)
    return jalankan(
        rumus,
        {"pembilang": pembilang, "penyebut": penyebut},
        tempat=tempat,
        errors=mode,
        alasan=alasan,
    )


@_posisi_usang("realisasi", "pagu")
def penyerapan(
    *,
    realisasi: Any,
    pagu: Any,
    tempat: int = 2,
    errors: Errors = "raise",
    alasan: dict[int, str] | None = None,
) -> Any:
    """Penyerapan anggaran (budget absorption, %) of whole columns; see :func:`sakip.penyerapan`.

    Arguments, errors and results as :func:`capaian`.

    Sumber:
        As :func:`sakip.penyerapan` (see its sources).

    Examples:
        >>> penyerapan(realisasi=[1_529_080_716, 0], pagu=[1_539_632_000, 5])
        [Decimal('99.31'), Decimal('0.00')]
        >>> penyerapan(realisasi=[6, 2], pagu=[5, 4], errors="null")
        [None, Decimal('50.00')]
    """
    mode = _siapkan(tempat, errors, alasan)

    def satu(realisasi: Number, pagu: Number) -> Decimal:
        return _penyerapan(realisasi=realisasi, pagu=pagu, tempat=tempat)

    rumus = Rumus(("realisasi", "pagu"), _PERSEN_TIDAK_ADA, satu, _rumus.penyerapan)
    return jalankan(
        rumus, {"realisasi": realisasi, "pagu": pagu}, tempat=tempat, errors=mode, alasan=alasan
    )


@_posisi_usang("pagu", "realisasi")
def sisa_anggaran(
    *,
    pagu: Any,
    realisasi: Any,
    errors: Errors = "raise",
    alasan: dict[int, str] | None = None,
) -> Any:
    """Sisa anggaran (unspent budget, Rupiah, exact) of whole columns; see :func:`sakip.sisa_anggaran`.

    Arguments and errors as :func:`capaian`; whole Rupiah out (``tempat=0``).

    Sumber:
        As :func:`sakip.sisa_anggaran`.

    Examples:
        >>> sisa_anggaran(
        ...     pagu=[3_523_998_700, 93_568_000], realisasi=[3_470_356_630, 92_944_034]
        ... )
        [Decimal('53642070'), Decimal('623966')]
    """
    mode = _siapkan(0, errors, alasan)

    def satu(pagu: Number, realisasi: Number) -> Decimal:
        return Decimal(_sisa_anggaran(pagu=pagu, realisasi=realisasi))

    rumus = Rumus(("pagu", "realisasi"), _PERSEN_TIDAK_ADA, satu, _rumus.sisa_anggaran)
    return jalankan(
        rumus, {"pagu": pagu, "realisasi": realisasi}, tempat=0, errors=mode, alasan=alasan
    )


@_posisi_usang("capaian", "pagu", "realisasi")
def efisiensi(
    *,
    capaian: Any,
    pagu: Any,
    realisasi: Any,
    maksimum_capaian: Number | None = None,
    tempat: int = 2,
    errors: Errors = "raise",
    alasan: dict[int, str] | None = None,
) -> Any:
    """Efisiensi (``MetodeEfisiensi.SELISIH_CAPAIAN``) row by row; see :func:`sakip.efisiensi`.

    ``capaian - penyerapan``, in percentage points. ``capaian`` may be the
    column :func:`capaian` returned (it carries its unit) or plain numbers.

    Sumber:
        As :func:`sakip.efisiensi`: local practice, seen in LKjIP Dinas Sosial
        dan PMD Kota Dumai 2023 (section 3.7, Tabel VI).

    Examples:
        >>> efisiensi(
        ...     capaian=[100, 179],
        ...     pagu=[3_523_998_700, 93_568_000],
        ...     realisasi=[3_470_356_630, 92_944_034],
        ... )
        [Decimal('1.52'), Decimal('79.67')]
        >>> efisiensi(
        ...     capaian=[179], pagu=[93_568_000], realisasi=[92_944_034], maksimum_capaian=100
        ... )
        [Decimal('0.67')]
    """
    mode = _siapkan(tempat, errors, alasan)
    _efisiensi(capaian=0, pagu=1, realisasi=0, maksimum_capaian=maksimum_capaian, tempat=tempat)
    batas = None if maksimum_capaian is None else ke_pecahan(maksimum_capaian, "maksimum_capaian")

    def satu(capaian: Number, pagu: Number, realisasi: Number) -> Decimal:
        return _efisiensi(
            capaian=capaian,
            pagu=pagu,
            realisasi=realisasi,
            metode=MetodeEfisiensi.SELISIH_CAPAIAN,
            maksimum_capaian=maksimum_capaian,
            tempat=tempat,
        ).nilai

    rumus = Rumus(
        ("capaian", "pagu", "realisasi"), frozenset({"capaian"}), satu, _rumus.efisiensi(batas)
    )
    return jalankan(
        rumus,
        {"capaian": capaian, "pagu": pagu, "realisasi": realisasi},
        tempat=tempat,
        errors=mode,
        alasan=alasan,
    )


def predikat(
    skala: Skala,
    nilai: Any,
    *,
    tempat: int | None = None,
    errors: Errors = "raise",
    alasan: dict[int, str] | None = None,
) -> Any:
    """Predikat of a whole column of values, as :meth:`sakip.Skala.predikat` gives it.

    ``nilai`` is read as the values it holds (75 is 75%, a float by its
    shortest repr); a result of :func:`capaian` or :func:`penyerapan` says its
    own unit. Labels come back as a categorical: a list of ``str`` for a list,
    :class:`Label` for numpy, an ordered ``Categorical`` for pandas, an ``Enum``
    for polars.

    One amount: ``skala`` and ``nilai`` may be given by position, as in
    ``skala.predikat(nilai)`` (a column given for the scale is refused,
    ``skala must be a Skala``), or by keyword.

    Args:
        skala: the scale.
        nilai: the column.
        tempat: only for a plain integer column that holds units of
            ``10**-tempat`` (2: hundredths); by default values are read as
            they are.
        errors: ``"raise"`` or ``"null"`` for a value outside the scale or
            unreadable.
        alasan: a dict to receive row -> reason, with ``errors="null"``.

    Raises:
        InvalidValueError: a value outside the scale (``errors="raise"``); a
            masked integer column that does not say its unit.

    Sumber:
        The scale's own source (``skala.sumber``).

    Examples:
        >>> from sakip import PERMENDAGRI_86_2017
        >>> predikat(PERMENDAGRI_86_2017, capaian(realisasi=[75, 35, None], target=[42, 42, 42]))
        ['Sangat Tinggi', 'Tinggi', None]
        >>> predikat(PERMENDAGRI_86_2017, [75, 95])
        ['Sedang', 'Sangat Tinggi']
        >>> predikat(PERMENDAGRI_86_2017, [7500, 9500], tempat=2)
        ['Sedang', 'Sangat Tinggi']
    """
    if not isinstance(skala, Skala):
        raise InvalidTypeError(field="skala", value=skala, expected="must be a Skala")
    periksa_alasan(alasan)
    mode = periksa_errors(errors)
    tempat_masukan = periksa_tempat_masukan(tempat)
    if tempat_masukan is not None and tempat_masukan == _satuan_dibawa(nilai):
        tempat_masukan = None  # the unit the column carries, stated again: read as it says
    if tempat_masukan is None:
        if type(nilai) is ScaledList and nilai._sama():
            cepat = None  # sakip's own result: the general path reads the integers it keeps
        elif isinstance(nilai, (list, tuple)):
            cepat = _predikat_daftar(skala, nilai)
        else:
            cepat = _predikat_float(skala, nilai)
        if cepat is not None:
            return cepat
    rumus = _rumus_predikat(skala)
    if tempat_masukan is not None:
        rumus = Rumus(
            rumus.argumen,
            rumus.persen,
            _dengan_tempat(skala, tempat_masukan),
            rumus.hitung,
            rumus.label,
        )
    return jalankan(
        rumus,
        {"nilai": nilai},
        tempat=0,
        errors=mode,
        alasan=alasan,
        tempat_masukan=tempat_masukan,
    )


@functools.lru_cache(maxsize=16)  # scale -> its row, built once (a few kept)
def _rumus_predikat(skala: Skala) -> Rumus:
    """The row of :func:`predikat` for one scale: the same for every call with it (a
    small table pays for its construction on every call otherwise)."""
    return Rumus(
        ("nilai",),
        frozenset({"nilai"}),
        skala.predikat,
        _rumus.predikat(skala),
        tuple(p.nama for p in skala.pita),
    )


def _predikat_float(skala: Skala, nilai: Any) -> Any:
    """A plain numpy float64 or float32 array, or a pandas float Series, rated by comparisons; else None.

    Exact: :func:`sakip.kolom._rumus.kode_float` compares each float with the
    edges as conditions on the decimal of its shortest repr; a column it
    cannot decide takes the general path.
    """
    np = numpy_ada()
    j = jenis(nilai)
    if np is None or j not in ("numpy", "pandas"):
        return None
    if j == "pandas":
        if getattr(nilai.dtype, "kind", "") != "f":
            return None  # its Int64, objects, text: the general path
        data = adapter(j).larik_float(nilai)  # nullable Float64 too: NA as NaN (missing)
    elif type(nilai) is not np.ndarray:
        return None  # a masked array or a ScaledArray: the general path
    else:
        data = nilai
    if data.ndim != 1:
        return None
    kode = _rumus.kode_float(np, skala, data)  # None for a dtype it does not compare
    if kode is None:
        return None
    return adapter(j).label(np, kode[0], kode[1], tuple(p.nama for p in skala.pita), nilai)


def _satuan_dibawa(nilai: Any) -> int | None:
    """The unit a column of sakip's carries (a numpy or pandas result); None for others."""
    if skalar(nilai) or not hasattr(nilai, "dtype"):
        return None
    try:
        dibawa = getattr(adapter(jenis(nilai)), "satuan_dibawa", None)
    except SakipError:  # not a column: the wrapper says so
        return None
    return None if dibawa is None else cast("int | None", dibawa(nilai))


def _dengan_tempat(skala: Skala, tempat: int) -> Any:
    def satu(nilai: Number) -> str:
        return skala.predikat(ke_pecahan(nilai, "nilai") / 10**tempat)

    return satu


_TIPE_CEPAT: Final = frozenset({Decimal, int, type(None)})
_BISECT: Final = {True: bisect.bisect_right, False: bisect.bisect_left}
# 10**30 less one unit of the 31st place: below it in magnitude means within sakip's limits
_HAMPIR_BATAS: Final = Decimal("9" * MAKS_DIGIT_BULAT + "." + "9" * (MAKS_DIGIT_BULAT + 1))
_LUAR: Final = "<luar>"
_BLOK: Final = 1024


def _predikat_daftar(skala: Skala, nilai: list[Any] | tuple[Any, ...]) -> list[str | None] | None:
    """Decimals and ints against the scale's bounds (exact comparisons); None if not applicable.

    Two outer bounds just inside sakip's limits (|x| < 10**30) catch huge
    values and infinities; NaN refuses to be compared. Either sends the column
    to the general path, which refuses those values as the scalar API does.
    """
    pita = skala.pita
    if pita[0].bawah is not None or pita[-1].atas is not None:
        return None
    termasuk = {p.termasuk_bawah for p in pita[1:]}
    if len(termasuk) > 1:
        return None
    batas: list[Decimal] = [_HAMPIR_BATAS.copy_negate()]  # exact: no context
    for p in pita[1:]:
        assert p.bawah is not None
        d = Decimal(p.bawah.numerator) / Decimal(p.bawah.denominator)
        if Fraction(d) != p.bawah:
            return None
        batas.append(d)
    batas.append(_HAMPIR_BATAS)
    cari = _BISECT[termasuk.pop() if termasuk else True]
    nama: list[str | None] = [_LUAR, *(p.nama for p in pita), _LUAR]
    hasil: list[str | None] = []
    peta = _peta(skala) if len(nilai) >= _PETA_MIN else None
    # In blocks: each value is checked and rated while it is in the CPU's
    # cache (a long list of Decimals lies all over memory).
    for awal in range(0, len(nilai), _BLOK):
        blok = nilai[awal : awal + _BLOK]
        tipe = set(map(type, blok))
        if not tipe <= _TIPE_CEPAT:
            return None
        try:
            if peta is None:
                kode = _predikat_banding(blok, tipe, batas, cari, nama)
            else:
                kode = _predikat_blok(peta, blok, tipe, batas, cari, nama)
        except (decimal.InvalidOperation, TypeError):  # NaN; a signalling NaN has no hash
            return None
        if kode is None:
            return None
        hasil.extend(kode)
    return hasil


def _dalam_batas(x: Any) -> bool:
    """Whether a value of a list is within sakip's limits (None and ints: the bounds decide)."""
    return type(x) is not Decimal or desimal_dalam_batas(x)


#: From this many values, a list is rated through the labels of 0.00 to 200.00.
_PETA_MIN: Final = 4096


@functools.lru_cache(maxsize=16)  # scale -> each value 0.00 to 200.00 -> its label
def _peta(skala: Skala) -> dict[Decimal, str]:
    """The label of each value 0.00 to 200.00 (in hundredths), built once a scale.

    Where nearly every capaian and penyerapan lies. The keys are the Decimals
    the scalar API and the list results share
    (:func:`sakip._eksak.desimal_dua`), whose hash Python keeps once computed;
    any Decimal or int of the same value finds the same entry (equal numbers
    hash alike). Labels come from the scale's edges in hundredths, as the
    column path rates them.
    """
    dalam, _, _ = _rumus.tepi(skala, 2)
    nama = [p.nama for p in skala.pita]
    return {d: nama[bisect.bisect_right(dalam, n)] for n, d in enumerate(dua_bersama())}


def _predikat_blok(
    peta: dict[Decimal, str],
    blok: list[Any] | tuple[Any, ...],
    tipe: set[type],
    batas: list[Decimal],
    cari: Any,
    nama: list[str | None],
) -> list[str | None] | None:
    """One block: looked up in :func:`_peta`, the others compared (None: one is out of limits)."""
    kode: list[str | None] = list(map(peta.get, blok))
    try:
        kode.index(None)  # a value not found (or None, which stays None)
    except ValueError:
        return kode
    tempat = list(compress(count(), map(is_, kode, repeat(None))))
    sisa = _predikat_banding(list(map(blok.__getitem__, tempat)), tipe, batas, cari, nama)
    if sisa is None:
        return None
    for i, label in zip(tempat, sisa, strict=True):
        kode[i] = label
    return kode


def _predikat_banding(
    nilai: list[Any] | tuple[Any, ...],
    tipe: set[type],
    batas: list[Decimal],
    cari: Any,
    nama: list[str | None],
) -> list[str | None] | None:
    """Values (of ``tipe``) rated by comparing them with the edges; None: one is out of limits."""
    if Decimal in tipe:
        if len(tipe) == 1:
            if not semua_desimal_dalam_batas(nilai):
                return None
        elif not all(map(_dalam_batas, nilai)):
            return None
    if type(None) in tipe:  # (`None in nilai` would ask every Decimal: slow)
        kode = [None if x is None else nama[cari(batas, x)] for x in nilai]
    else:
        kode = list(map(nama.__getitem__, map(cari, repeat(batas), nilai)))
    return None if _LUAR in kode else kode


def banyak_hilang(kolom: Any) -> int:
    """How many values of a column (input or result) are missing.

    Examples:
        >>> banyak_hilang(capaian(realisasi=[1, None, 3], target=[2, 2, 2]))
        1
    """
    if isinstance(kolom, Label):
        return int((kolom.codes < 0).sum())
    ad = adapter(jenis(kolom))
    np = numpy_ada()
    banyak = None if np is None else ad.banyak_hilang(np, kolom)
    if banyak is None:  # a column of objects: each cell as the readers see it
        return sum(1 for x in ad.daftar(kolom) if x is None)
    return int(banyak)


def ke_desimal(kolom: Any, tempat: int | None = None) -> list[Decimal | None]:
    """A column as a list of exact Decimals, read as :func:`predikat` reads it.

    Args:
        kolom: any column; sakip's results carry their unit.
        tempat: only for a plain integer column of units of ``10**-tempat``.

    Examples:
        >>> import numpy as np
        >>> ke_desimal(capaian(realisasi=np.array([75]), target=np.array([42])))
        [Decimal('178.57')]
        >>> ke_desimal([17857, None], tempat=2)
        [Decimal('178.57'), None]
        >>> ke_desimal([98.48, 7])  # one column, one number of places
        [Decimal('98.48'), Decimal('7.00')]
    """
    tempat_masukan = periksa_tempat_masukan(tempat)
    j = jenis(kolom)
    ad = adapter(j)
    np = numpy_ada()
    if np is None:
        return _ke_desimal_satu_satu(ad.daftar(kolom), tempat_masukan or 0)
    k = ad.baca(np, kolom, "kolom", True, tempat_masukan)
    if k is None:
        return _ke_desimal_satu_satu(ad.daftar(kolom), tempat_masukan or 0)
    if k.rusak is not None and k.rusak.any():
        i = int(np.flatnonzero(k.rusak)[0])
        ke_pecahan(ad.elemen(kolom, i), f"kolom[{i}]")
    n = ad.panjang(kolom)
    bulat = np.broadcast_to(k.bulat, (n,))
    # the shared Decimals 0.00 to 200.00 where they apply (a fresh list, ours to fill)
    hasil = cast("list[Decimal | None]", ke_desimal_larik(np, bulat, k.tempat))
    if k.hilang is not None:
        for i in np.flatnonzero(k.hilang).tolist():
            hasil[i] = None
    return hasil


def _ke_desimal_satu_satu(sel: list[Any], tempat: int) -> list[Decimal | None]:
    hasil: list[Decimal | None] = []
    for i, x in enumerate(sel):
        if x is None:
            hasil.append(None)
            continue
        p = ke_pecahan(x, f"kolom[{i}]") / 10**tempat
        t = tempat_desimal(p)
        if t is None:
            raise InvalidValueError(
                field=f"kolom[{i}]", value=x, expected="must be a finite decimal"
            )
        hasil.append(desimal_dari_bulat(p.numerator * (10**t // p.denominator), t))
    return hasil


def baca(
    kolom: Any,
    *,
    pemisah_desimal: Literal[",", "."] | None = None,
    kosong: int | Decimal | None = None,
    errors: Errors = "raise",
    alasan: dict[int, str] | None = None,
) -> Any:
    """Baca (read) a whole column of numbers written as Indonesian text, exactly.

    Each cell is read by the one rule of :func:`sakip.angka.baca`
    (``"98,48%"``, ``"5.898.976.029"``, ``"Rp 1.000,-"``, ``"(19.588.000)"``),
    with the same ``pemisah_desimal`` and ``kosong``: a lone ``"1.500"`` is
    refused as ambiguous, ``"-"`` and ``""`` are refused unless ``kosong``
    gives their value. Missing cells (``None``, NaN, ``pandas.NA``, polars
    null) stay missing, never 0. Values must lie within sakip's limits (below
    ``10**30``, at most 30 places), as every column function reads them.

    Args:
        kolom: a list or tuple of text, a numpy array of ``str`` or objects,
            a pandas object or string Series, a polars String Series.
        pemisah_desimal: as :func:`sakip.angka.baca`.
        kosong: the value of an empty cell (``"-"`` or blank), as
            :func:`sakip.angka.baca`.
        errors: ``"raise"`` (default) raises the first bad row's error;
            ``"null"`` makes the row missing and writes the reason into ``alasan``.
        alasan: a dict to receive row -> reason, with ``errors="null"``.

    Returns:
        For a list or tuple, a ``list`` of the Decimals ``baca`` gives (places
        as written), ``None`` where missing. For numpy, pandas and polars, the
        backend's exact number column, as the column functions return:
        integer units of the most places a cell is written with (a
        :class:`ScaledArray`, a ``ScaledDtype`` Series; a polars ``Decimal``,
        or ``Int64`` for whole numbers), so ``"98,48%"`` and ``"100%"`` give
        9848 and 10000 hundredths. Integers rather than ``Decimal`` objects:
        exact integer arithmetic (an object array of Decimals computes in the
        ambient decimal context), vectorised, and the unit goes with the
        column (see :class:`ScaledArray`).

    Raises:
        SakipError: the error of :func:`sakip.angka.baca` (or of sakip's
            limits) for a bad row, its field naming the row (``errors="raise"``);
            a column that holds no text; bad arguments.

    Sumber:
        As :func:`sakip.angka.baca` (PUEBI: a dot groups thousands, a comma
        marks decimals).

    Examples:
        >>> baca(["98,48%", "5.898.976.029", "Rp 1.000,-", None])
        [Decimal('98.48'), Decimal('5898976029'), Decimal('1000'), None]
        >>> baca(["12,5", "-"], kosong=0)
        [Decimal('12.5'), Decimal('0')]
        >>> import numpy as np
        >>> c = baca(np.array(["98,48%", "100%"]))
        >>> c.tolist(), c.tempat
        ([9848, 10000], 2)
        >>> alasan = {}
        >>> baca(["1", "1.500"], errors="null", alasan=alasan)
        [Decimal('1'), None]
        >>> baca(["1", "1.500"])
        Traceback (most recent call last):
        ...
        sakip.errors.AmbiguousValueError: kolom[1] is ambiguous (one dot, no comma): it reads 1500 with pemisah_desimal=',' (dots group thousands, a comma marks decimals), and reads 1,5 with pemisah_desimal='.' (a dot is the decimal point); choose one (got '1.500')
    """
    mode = periksa_errors(errors)
    periksa_alasan(alasan)
    # the arguments, checked by baca's own rules: the caller's error, not a row's
    _baca_teks("0", pemisah_desimal=pemisah_desimal)
    if kosong is not None:
        _baca_teks("-", kosong=kosong)
    j = jenis(kolom)
    ad = adapter(j)
    bait = getattr(ad, "bait_teks", None)  # polars String: the cells' bytes, no str each
    bait_ = None if bait is None else bait(kolom)
    np = numpy_ada()
    if bait_ is not None:
        bulat, tempat, kosong_ = _baca.baca_larik_bait(
            np,
            bait_,
            functools.partial(ad.sel_baris, kolom),
            pemisah_desimal,
            kosong,
            mode,
            alasan,
        )
    else:
        sel = ad.teks(kolom)
        if j == "list":
            bersih, nilai, _ = _baca.baca_sel(sel, pemisah_desimal, kosong, mode, alasan)
            return _baca.ke_daftar(bersih, nilai)
        bulat, tempat, kosong_ = _baca.baca_larik(np, sel, pemisah_desimal, kosong, mode, alasan)
    muat = getattr(ad, "muat_desimal", None)  # polars: at most 38 digits
    if muat is not None:
        bulat, tempat = muat(np, bulat, tempat)
    return ad.angka(np, bulat, kosong_, tempat, kolom)
