"""Kolom (columns): the formulas on whole columns, for notebooks and bulk data.

Column versions of :func:`sakip.capaian`, :func:`sakip.persentase`,
:func:`sakip.penyerapan`, :func:`sakip.sisa_anggaran`,
:func:`sakip.efisiensi` and :meth:`sakip.Skala.predikat`. Each gives exactly the
scalar API's result, element by element.

Inputs and outputs keep their kind:

==========================  =================================================
input                       output (``tempat=2``)
==========================  =================================================
list / tuple                ``list`` of ``Decimal`` (``Decimal('178.57')``), ``None`` where missing
numpy array                 ``numpy.ma.MaskedArray`` of int64 **hundredths** (``17857``), masked where missing
pandas Series               ``Series`` of dtype ``Int64`` hundredths, ``<NA>`` where missing, same index and name
polars Series               ``Series`` of ``Int64`` hundredths, ``null`` where missing, same name
==========================  =================================================

In general the integers are units of ``10**-tempat``; :func:`ke_desimal` turns
any result into Decimals. numpy, pandas and polars are optional and imported
only when such a column is given (``import sakip`` never imports them).

Missing inputs (``None``, NaN in a float column, ``pandas.NA``, polars null)
give a missing output, never 0 or 100; :func:`banyak_hilang` counts them. Bad
values (a negative pagu, a zero target where the formula divides by it) raise,
or, with ``galat="kosong"``, give a missing output whose reason is written into
the ``alasan`` dict the caller passes (position -> message).

Integers are exact up to the limits of the scalar API (10**30): where int64
could overflow an intermediate, the exact Python path is taken instead.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Any, Final, Literal

from sakip._eksak import Number, _periksa_tempat, desimal_dari_bulat, ke_pecahan
from sakip.anggaran import MetodeEfisiensi
from sakip.anggaran import efisiensi as _efisiensi
from sakip.anggaran import penyerapan as _penyerapan
from sakip.anggaran import sisa_anggaran as _sisa_anggaran
from sakip.errors import InvalidTypeError, InvalidValueError, SakipError
from sakip.kinerja import Arah, MetodeTurun
from sakip.kinerja import capaian as _capaian
from sakip.skala import Skala

__all__ = [
    "banyak_hilang",
    "capaian",
    "efisiensi",
    "ke_desimal",
    "penyerapan",
    "persentase",
    "predikat",
    "sisa_anggaran",
]

Galat = Literal["raise", "kosong"]
_INT64_MAKS: Final = 2**63 - 1


# -- kinds of columns ----------------------------------------------------------


def _jenis(kolom: object) -> str:
    modul = type(kolom).__module__.split(".")[0]
    if modul == "numpy" and hasattr(kolom, "dtype"):
        return "numpy"
    if modul == "pandas" and type(kolom).__name__ == "Series":
        return "pandas"
    if modul == "polars" and type(kolom).__name__ == "Series":
        return "polars"
    if isinstance(kolom, (list, tuple)):
        return "list"
    raise InvalidTypeError(
        field="kolom",
        value=type(kolom).__name__,
        expected="must be a list, tuple, numpy array, pandas Series or polars Series",
    )


def _hilang(x: object) -> bool:
    if x is None:
        return True
    if isinstance(x, float) and math.isnan(x):
        return True
    return type(x).__name__ in ("NAType", "NaTType")


def _ke_daftar(kolom: object, jenis: str) -> list[Any]:
    """The column as a Python list, missing values as None."""
    if jenis == "list":
        return [None if _hilang(x) else x for x in kolom]  # type: ignore[attr-defined]
    if jenis == "numpy":
        import numpy as np

        arr: Any = kolom
        if np.ma.isMaskedArray(arr):
            return [
                None if m else x
                for x, m in zip(arr.data.tolist(), np.ma.getmaskarray(arr).tolist(), strict=True)
            ]
        return [None if _hilang(x) else x for x in arr.tolist()]
    if jenis == "pandas":
        return [None if _hilang(x) else x for x in kolom.tolist()]  # type: ignore[attr-defined]
    return [None if _hilang(x) else x for x in kolom.to_list()]  # type: ignore[attr-defined]


def _keluaran(nilai: list[int | None], contoh: object, jenis: str, tempat: int) -> Any:
    """Integer units of 10**-tempat, in the kind of the input column."""
    if jenis == "list":
        return [None if n is None else desimal_dari_bulat(n, tempat) for n in nilai]
    if jenis == "numpy":
        import numpy as np

        return _masked_int(np, nilai)
    if jenis == "pandas":
        import pandas as pd

        seri: Any = contoh
        return pd.Series(pd.array(nilai, dtype="Int64"), index=seri.index, name=seri.name)
    import polars as pl

    return pl.Series(contoh.name, nilai, dtype=pl.Int64)  # type: ignore[attr-defined]


def _masked_int(np: Any, nilai: list[int | None]) -> Any:
    if all(n is None or -_INT64_MAKS <= n <= _INT64_MAKS for n in nilai):
        data = np.array([0 if n is None else n for n in nilai], dtype=np.int64)
    else:  # beyond int64: exact Python ints in an object array
        data = np.array([0 if n is None else n for n in nilai], dtype=object)
    return np.ma.MaskedArray(data, mask=[n is None for n in nilai])


# -- the generic exact path ----------------------------------------------------


def _satu_per_satu(
    hitung: Callable[..., Decimal],
    kolom: dict[str, object],
    tempat: int,
    galat: Galat,
    alasan: dict[int, str] | None,
) -> tuple[list[int | None], object, str]:
    """Apply a scalar function row by row; returns integer units of 10**-tempat."""
    _periksa_galat(galat)
    nama = list(kolom)
    jenis = {n: _jenis(kolom[n]) for n in nama if not _skalar(kolom[n])}
    if not jenis:
        raise InvalidTypeError(
            field="kolom", value=None, expected="at least one argument must be a column"
        )
    utama = next(iter(jenis))
    daftar = {n: (_ke_daftar(kolom[n], jenis[n]) if n in jenis else None) for n in nama}
    panjang = {len(v) for v in daftar.values() if v is not None}
    if len(panjang) != 1:
        raise InvalidValueError(
            field="kolom", value=sorted(panjang), expected="must all have the same length"
        )
    (n_baris,) = panjang
    skala = 10**tempat
    hasil: list[int | None] = []
    for i in range(n_baris):
        args = {n: (daftar[n][i] if daftar[n] is not None else kolom[n]) for n in nama}  # type: ignore[index]
        if any(v is None for v in args.values()):
            hasil.append(None)
            continue
        try:
            for n, v in args.items():
                if not _skalar(v):
                    raise InvalidTypeError(field=f"{n}[{i}]", value=v, expected="must be a number")
            d = hitung(**args)
        except SakipError as e:
            if galat == "raise":
                raise
            if alasan is not None:
                alasan[i] = str(e)
            hasil.append(None)
            continue
        unit = Fraction(d) * skala
        assert unit.denominator == 1
        hasil.append(unit.numerator)
    return hasil, kolom[utama], jenis[utama]


def _periksa_galat(galat: object) -> None:
    if galat not in ("raise", "kosong"):
        raise InvalidValueError(field="galat", value=galat, expected="must be 'raise' or 'kosong'")


def _skalar(x: object) -> bool:
    return isinstance(x, (int, float, str, Decimal, Fraction)) and not isinstance(x, bool)


# -- fast paths ------------------------------------------------------------------


def _int_list(daftar: list[Any]) -> bool:
    return all(x is None or type(x) is int for x in daftar)


def _rasio_cepat(
    pembilang: list[Any], penyebut: list[Any], tempat: int, turun: bool
) -> list[int | None] | None:
    """Half-up rounded 100 x a / b (or (2b - a) / b) for int lists with b > 0; None if not applicable."""
    if not (_int_list(pembilang) and _int_list(penyebut)):
        return None
    skala = 100 * 10**tempat
    hasil: list[int | None] = []
    tambah = hasil.append
    for a, b in zip(pembilang, penyebut, strict=True):
        if a is None or b is None:
            tambah(None)
            continue
        if b <= 0 or not -(10**30) < a < 10**30 or b >= 10**30:
            return None  # let the exact path raise or explain
        n = (2 * b - a) * skala if turun else a * skala
        if n >= 0:
            tambah((2 * n + b) // (2 * b))
        else:
            tambah(-((-2 * n + b) // (2 * b)))
    return hasil


def _numpy_cepat(np: Any, pembilang: Any, penyebut: Any, tempat: int, turun: bool) -> Any | None:
    """Vectorised int64 path; None when the input is not int64-safe."""
    a, b = np.asarray(pembilang), np.asarray(penyebut)
    if a.dtype.kind not in "iu" or b.dtype.kind not in "iu" or a.shape != b.shape or a.ndim != 1:
        return None
    if a.size == 0:
        return np.ma.MaskedArray(np.zeros(0, dtype=np.int64), mask=np.zeros(0, dtype=bool))
    if int(b.min()) <= 0:
        return None
    skala = 100 * 10**tempat
    a_maks = max(abs(int(a.min())), abs(int(a.max())))
    b_maks = int(b.max())
    pengali = 2 if turun else 1
    # every intermediate: 2 * n + b with n = (2b - a) * skala or a * skala
    if 2 * (pengali * b_maks + a_maks) * skala + b_maks > _INT64_MAKS:
        return None
    a64 = a.astype(np.int64, copy=False)
    b64 = b.astype(np.int64, copy=False)
    if turun:
        n = (2 * b64 - a64) * skala
        q = np.sign(n) * ((2 * np.abs(n) + b64) // (2 * b64))
    elif int(a.min()) >= 0:
        q = (2 * skala * a64 + b64) // (2 * b64)  # the common case: one pass, no signs
    else:
        n = a64 * skala
        q = np.sign(n) * ((2 * np.abs(n) + b64) // (2 * b64))
    return np.ma.MaskedArray(q, mask=np.zeros(q.shape, dtype=bool))


# -- public functions ----------------------------------------------------------------


def capaian(
    realisasi: Any,
    target: Any,
    *,
    arah: Arah = Arah.NAIK,
    metode: MetodeTurun | None = None,
    maksimum: Number | None = None,
    tempat: int = 2,
    galat: Galat = "raise",
    alasan: dict[int, str] | None = None,
) -> Any:
    """Capaian kinerja of whole columns; see :func:`sakip.capaian` for the formulas.

    ``realisasi`` and ``target`` are columns of the same length, or one of
    them a single number.

    Examples:
        >>> capaian([75, 19, None, 6], [42, 26, 30, 8])
        [Decimal('178.57'), Decimal('73.08'), None, Decimal('75.00')]
        >>> capaian([9, 6.5], 8, arah=Arah.TURUN)
        [Decimal('87.50'), Decimal('118.75')]
        >>> alasan = {}
        >>> capaian([1, 2], [0, 4], galat="kosong", alasan=alasan)
        [None, Decimal('50.00')]
        >>> alasan[0]
        'target must not be 0 for Arah.NAIK (nothing was planned) (got 0); capaian = realisasi / target x 100 (Arah.NAIK), PermenPANRB 8/2021 Lampiran BAB VI A.1.b.1)(e)'
    """
    _periksa_tempat(tempat)
    _periksa_galat(galat)
    if not isinstance(arah, Arah):
        raise InvalidTypeError(field="arah", value=arah, expected="must be an Arah")
    sederhana = maksimum is None and (
        (arah is Arah.NAIK and metode is None)
        or (arah is Arah.TURUN and metode in (None, MetodeTurun.SELISIH))
    )
    if sederhana and not _skalar(realisasi) and not _skalar(target):
        cepat = _jalur_cepat(realisasi, target, tempat, turun=arah is Arah.TURUN)
        if cepat is not None:
            return cepat

    def hitung(realisasi: Number, target: Number) -> Decimal:
        return _capaian(
            realisasi=realisasi,
            target=target,
            arah=arah,
            metode=metode,
            maksimum=maksimum,
            tempat=tempat,
        )

    hasil, contoh, jenis = _satu_per_satu(
        hitung, {"realisasi": realisasi, "target": target}, tempat, galat, alasan
    )
    return _keluaran(hasil, contoh, jenis, tempat)


def _jalur_cepat(a: Any, b: Any, tempat: int, *, turun: bool) -> Any | None:
    jenis_a, jenis_b = _jenis(a), _jenis(b)
    if jenis_a != jenis_b:
        return None
    if jenis_a == "numpy":
        import numpy as np

        if np.ma.isMaskedArray(a) or np.ma.isMaskedArray(b):
            return None
        return _numpy_cepat(np, a, b, tempat, turun)
    if jenis_a == "pandas":
        import numpy as np

        if a.dtype.kind not in "iu" or b.dtype.kind not in "iu" or len(a) != len(b):
            return None
        q = _numpy_cepat(np, a.to_numpy(), b.to_numpy(), tempat, turun)
        if q is None:
            return None
        import pandas as pd

        nilai = pd.arrays.IntegerArray(q.data, np.zeros(len(q.data), dtype=bool))
        return pd.Series(nilai, index=a.index, name=a.name, copy=False)
    if jenis_a == "polars":
        import numpy as np
        import polars as pl

        if not (a.dtype.is_integer() and b.dtype.is_integer()) or a.null_count() or b.null_count():
            return None
        q = _numpy_cepat(np, a.to_numpy(), b.to_numpy(), tempat, turun)
        return None if q is None else pl.Series(a.name, q.data, dtype=pl.Int64)
    if len(a) != len(b):
        return None
    hasil = _rasio_cepat(list(a), list(b), tempat, turun)
    if hasil is None:
        return None
    return [None if n is None else desimal_dari_bulat(n, tempat) for n in hasil]


def persentase(
    pembilang: Any,
    penyebut: Any,
    *,
    tempat: int = 2,
    galat: Galat = "raise",
    alasan: dict[int, str] | None = None,
) -> Any:
    """Persentase of whole columns; see :func:`sakip.persentase`.

    Examples:
        >>> persentase([115, 556_479_000], [800, 924_000_000])
        [Decimal('14.38'), Decimal('60.23')]
    """
    _periksa_tempat(tempat)
    _periksa_galat(galat)
    if not _skalar(pembilang) and not _skalar(penyebut):
        cepat = _jalur_cepat(pembilang, penyebut, tempat, turun=False)
        if cepat is not None:
            return cepat
    from sakip._eksak import persentase as _persentase

    def hitung(pembilang: Number, penyebut: Number) -> Decimal:
        return _persentase(pembilang=pembilang, penyebut=penyebut, tempat=tempat)

    hasil, contoh, jenis = _satu_per_satu(
        hitung, {"pembilang": pembilang, "penyebut": penyebut}, tempat, galat, alasan
    )
    return _keluaran(hasil, contoh, jenis, tempat)


def penyerapan(
    realisasi: Any,
    pagu: Any,
    *,
    tempat: int = 2,
    galat: Galat = "raise",
    alasan: dict[int, str] | None = None,
) -> Any:
    """Penyerapan anggaran of whole columns; see :func:`sakip.penyerapan`.

    Examples:
        >>> penyerapan([1_529_080_716, 0], [1_539_632_000, 5])
        [Decimal('99.31'), Decimal('0.00')]
    """
    _periksa_tempat(tempat)
    _periksa_galat(galat)

    def hitung(realisasi: Number, pagu: Number) -> Decimal:
        return _penyerapan(realisasi=realisasi, pagu=pagu, tempat=tempat)

    if (
        not _skalar(realisasi)
        and not _skalar(pagu)
        and _jenis(realisasi) == "numpy" == _jenis(pagu)
    ):
        import numpy as np

        a, b = np.asarray(realisasi), np.asarray(pagu)
        if (
            a.dtype.kind in "iu"
            and b.dtype.kind in "iu"
            and a.shape == b.shape
            and bool(np.all((a >= 0) & (a <= b)))
        ):
            cepat = _numpy_cepat(np, a, b, tempat, turun=False)
            if cepat is not None:
                return cepat
    hasil, contoh, jenis = _satu_per_satu(
        hitung, {"realisasi": realisasi, "pagu": pagu}, tempat, galat, alasan
    )
    return _keluaran(hasil, contoh, jenis, tempat)


def sisa_anggaran(
    pagu: Any, realisasi: Any, *, galat: Galat = "raise", alasan: dict[int, str] | None = None
) -> Any:
    """Sisa anggaran (Rupiah, exact) of whole columns; see :func:`sakip.sisa_anggaran`.

    Examples:
        >>> sisa_anggaran([3_523_998_700, 93_568_000], [3_470_356_630, 92_944_034])
        [Decimal('53642070'), Decimal('623966')]
    """

    def hitung(pagu: Number, realisasi: Number) -> Decimal:
        return Decimal(_sisa_anggaran(pagu=pagu, realisasi=realisasi))

    hasil, contoh, jenis = _satu_per_satu(
        hitung, {"pagu": pagu, "realisasi": realisasi}, 0, galat, alasan
    )
    return _keluaran(hasil, contoh, jenis, 0)


def efisiensi(
    capaian: Any,
    pagu: Any,
    realisasi: Any,
    *,
    maksimum_capaian: Number | None = None,
    tempat: int = 2,
    galat: Galat = "raise",
    alasan: dict[int, str] | None = None,
) -> Any:
    """Efisiensi (``MetodeEfisiensi.SELISIH_CAPAIAN``) row by row; see :func:`sakip.efisiensi`.

    Examples:
        >>> efisiensi([100, 179], [3_523_998_700, 93_568_000], [3_470_356_630, 92_944_034])
        [Decimal('1.52'), Decimal('79.67')]
    """
    _periksa_tempat(tempat)

    def hitung(capaian: Number, pagu: Number, realisasi: Number) -> Decimal:
        return _efisiensi(
            capaian=capaian,
            pagu=pagu,
            realisasi=realisasi,
            metode=MetodeEfisiensi.SELISIH_CAPAIAN,
            maksimum_capaian=maksimum_capaian,
            tempat=tempat,
        ).persen

    hasil, contoh, jenis = _satu_per_satu(
        hitung, {"capaian": capaian, "pagu": pagu, "realisasi": realisasi}, tempat, galat, alasan
    )
    return _keluaran(hasil, contoh, jenis, tempat)


def _ambang(skala: Skala, tempat: int) -> tuple[list[int], list[str]] | None:
    """Integer thresholds in units of 10**-tempat, for scales open at both ends."""
    pita = skala.pita
    if pita[0].bawah is not None or pita[-1].atas is not None:
        return None
    kali = 10**tempat
    ambang: list[int] = []
    for p in pita[1:]:
        assert p.bawah is not None
        x = p.bawah * kali
        # value n (an integer) is in the band from this bound up
        ambang.append(math.ceil(x) if p.termasuk_bawah else math.floor(x) + 1)
    return ambang, [p.nama for p in pita]


def _ambang_desimal(skala: Skala) -> tuple[list[Decimal], list[str], bool] | None:
    """Decimal bounds for bisect, when every inner bound is a finite decimal of one inclusivity."""
    pita = skala.pita
    if pita[0].bawah is not None or pita[-1].atas is not None:
        return None
    termasuk = {p.termasuk_bawah for p in pita[1:]}
    if len(termasuk) != 1:
        return None
    batas: list[Decimal] = []
    for p in pita[1:]:
        assert p.bawah is not None
        d = Decimal(p.bawah.numerator) / Decimal(p.bawah.denominator)
        if Fraction(d) != p.bawah:
            return None
        batas.append(d)
    return batas, [p.nama for p in pita], termasuk.pop()


def predikat(
    skala: Skala,
    nilai: Any,
    *,
    tempat: int = 2,
    galat: Galat = "raise",
    alasan: dict[int, str] | None = None,
) -> Any:
    """Predikat of a whole column of values, as :meth:`sakip.Skala.predikat` gives it.

    ``nilai`` is a column as the other functions return it: Decimals in a list,
    or integer units of ``10**-tempat`` in numpy, pandas or polars.

    Examples:
        >>> from sakip import PERMENDAGRI_86_2017
        >>> predikat(PERMENDAGRI_86_2017, capaian([75, 35, None], [42, 42, 42]))
        ['Sangat Tinggi', 'Tinggi', None]
    """
    if not isinstance(skala, Skala):
        raise InvalidTypeError(field="skala", value=skala, expected="must be a Skala")
    _periksa_tempat(tempat)
    _periksa_galat(galat)
    jenis = _jenis(nilai)
    ambang = _ambang(skala, tempat)
    if jenis == "numpy" and ambang is not None and nilai.dtype.kind in "iu":
        import numpy as np

        data = np.ma.getdata(nilai)
        indeks = np.searchsorted(np.array(ambang[0], dtype=np.int64), data, side="right")
        label_np = np.array(ambang[1], dtype=object)[indeks]
        label_np[np.ma.getmaskarray(nilai)] = None
        return label_np
    daftar = _ke_daftar(nilai, jenis)
    ambang_d = _ambang_desimal(skala) if jenis == "list" else None
    if ambang_d is not None and all(
        x is None or (type(x) is Decimal and x.is_finite()) for x in daftar
    ):
        batas, nama, termasuk = ambang_d
        cari = bisect.bisect_right if termasuk else bisect.bisect_left
        return [None if x is None else nama[cari(batas, x)] for x in daftar]
    label: list[str | None] = []
    for i, x in enumerate(daftar):
        if x is None:
            label.append(None)
            continue
        if jenis != "list" and type(x) is int and ambang is not None:
            label.append(ambang[1][bisect.bisect_right(ambang[0], x)])
            continue
        try:
            v: Number = x if jenis == "list" else Fraction(ke_pecahan(x, "nilai")) / 10**tempat
            label.append(skala.predikat(v))
        except SakipError as e:
            if galat == "raise":
                raise
            if alasan is not None:
                alasan[i] = str(e)
            label.append(None)
    return _label_keluaran(label, nilai, jenis)


def _label_keluaran(label: list[str | None], contoh: Any, jenis: str) -> Any:
    if jenis == "list":
        return label
    if jenis == "numpy":
        import numpy as np

        return np.array(label, dtype=object)
    if jenis == "pandas":
        import pandas as pd

        return pd.Series(pd.array(label, dtype="string"), index=contoh.index, name=contoh.name)
    import polars as pl

    return pl.Series(contoh.name, label, dtype=pl.Utf8)


def banyak_hilang(kolom: Any) -> int:
    """How many values of a column (input or result) are missing.

    Examples:
        >>> banyak_hilang(capaian([1, None, 3], [2, 2, 2]))
        1
    """
    return sum(1 for x in _ke_daftar(kolom, _jenis(kolom)) if x is None)


def ke_desimal(kolom: Any, tempat: int = 2) -> list[Decimal | None]:
    """A result column as a list of Decimals (integer units of 10**-tempat read back).

    Examples:
        >>> ke_desimal([17857, None])
        [Decimal('178.57'), None]
    """
    _periksa_tempat(tempat)
    hasil: list[Decimal | None] = []
    for x in _ke_daftar(kolom, _jenis(kolom)):
        if x is None:
            hasil.append(None)
        elif isinstance(x, Decimal):
            ke_pecahan(x, "kolom")  # refuses NaN, infinities, absurd magnitudes
            hasil.append(x)
        else:
            n = ke_pecahan(x, "kolom")
            if n.denominator != 1:
                raise InvalidValueError(field="kolom", value=x, expected="must hold integer units")
            hasil.append(desimal_dari_bulat(n.numerator, tempat))
    return hasil
