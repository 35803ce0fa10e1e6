"""The vectorised formulas: each a row of integers in, integer units of 10**-tempat out.

Each formula checks its bad rows exactly as the scalar function does (the
scalar function, called on those rows only, gives the error), writes every
ratio as an integer numerator and a positive integer denominator, and leaves
the one rounding to :func:`sakip.kolom._inti.setengah_atas`. Values are
``bulat / 10**tempat``, so ``r / t`` is ``R * 10**b / (T * 10**a)``.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from types import MappingProxyType
from typing import Any, Final

from sakip._eksak import bulat_setengah_atas
from sakip.kinerja import Arah, MetodeTurun
from sakip.kolom._inti import (
    INT64_MAKS,
    Kolom,
    ke_lebar,
    maks_mutlak,
    setengah_atas,
)
from sakip.skala import Skala

Hitung = Callable[[Any, Mapping[str, Kolom], int], tuple[Any, Any]]
# A ratio (numerator times ``dua``, denominator), written with the operator for
# "minus": called on the arrays with operator.sub, and on the largest
# magnitudes with operator.add to bound every intermediate.
Rasio = Callable[[Sequence[Any], Callable[[Any, Any], Any], int], tuple[Any, Any]]


def _kali(x: Any, k: int) -> Any:
    """x times a constant (no pass over the column for a factor of 1)."""
    return x if k == 1 else x * k


def _bagi(np: Any, rasio: Rasio, bulat: list[Any], *, naik: bool = False) -> Any:
    """Round ``N / D`` once, in int64 when no intermediate can overflow, else exactly.

    ``naik``: the numerator is >= 0 whenever every input is (no subtraction).
    """
    rentang = [_rentang(np, x) for x in bulat]
    bawah = [b for b, _ in rentang]
    maks = [max(-b, a, 1) for b, a in rentang]
    n_maks, d_maks = rasio(maks, operator.add, 2)
    if any(x.dtype == object for x in bulat) or abs(n_maks) + 2 * abs(d_maks) > INT64_MAKS:
        bulat = ke_lebar(np, *bulat)
    dua_pembilang, penyebut = rasio(bulat, operator.sub, 2)
    tak_negatif = naik and min(bawah, default=0) >= 0
    # a numerator the formula made (not an input column, nor a broadcast one) is scratch
    timpa = (
        dua_pembilang.dtype == np.int64
        and all(dua_pembilang is not x for x in bulat)
        and dua_pembilang.shape == np.broadcast_shapes(dua_pembilang.shape, penyebut.shape)
    )
    return setengah_atas(np, dua_pembilang, penyebut, tak_negatif=tak_negatif, timpa=timpa)


def _rentang(np: Any, x: Any) -> tuple[int, int]:
    """A lower bound (the minimum, or 0 when no value is negative) and the maximum.

    One pass over an int64 column with no negative value: read as unsigned,
    its largest value is the column's maximum, and a negative value would read
    as 2**63 or more (then a second pass finds the minimum).
    """
    if not x.size:
        return 0, 0
    if x.dtype == np.int64:
        atas = int(x.view(np.uint64).max())
        if atas <= INT64_MAKS:
            return 0, atas
    return int(x.min()), int(x.max())


def _ada_int64_min(np: Any, x: Any) -> bool:
    """Whether an int64 column holds -2**63, the one int64 whose negation overflows."""
    return bool(x.dtype == np.int64 and x.size and int(x.min()) == -INT64_MAKS - 1)


def _ganti(np: Any, x: Any, tanda: Any, isi: int) -> Any:
    """x with the marked rows replaced (bad rows compute on a harmless value)."""
    return np.where(tanda, isi, x) if tanda.any() else x


def _utuh(np: Any, k: Kolom) -> tuple[Any, Any]:
    """Whole numbers (Rupiah) and the rows that are not whole."""
    if not k.tempat:
        return k.bulat, np.zeros(k.bulat.shape, dtype=bool)
    satuan = 10**k.tempat
    if k.bulat.dtype != object and satuan > INT64_MAKS:
        # every int64 lies below 10**19 in magnitude: only 0 is a whole number of such units
        return np.zeros(k.bulat.shape, dtype=np.int64), k.bulat != 0
    return k.bulat // satuan, (k.bulat % satuan) != 0


# -- capaian kinerja --------------------------------------------------------------------


def _naik(np: Any, k: Mapping[str, Kolom], tempat: int) -> tuple[Any, Any]:
    # capaian = realisasi / target x 100 (as sakip.capaian, which cites its source)
    r, t = k["realisasi"], k["target"]
    buruk = None
    ts = t.bulat
    if ts.size and ts.min() <= 0:  # one reduction first: most columns have no bad row
        buruk = ts <= 0
        ts = _ganti(np, ts, buruk, 1)
    a, b = r.tempat, t.tempat
    q = _bagi(
        np,
        lambda x, _, dua: (_kali(x[0], dua * 10 ** (b + 2 + tempat)), _kali(x[1], 10**a)),
        [r.bulat, ts],
        naik=True,
    )
    return q, buruk


def _selisih(np: Any, k: Mapping[str, Kolom], tempat: int) -> tuple[Any, Any]:
    # capaian = (2 x target - realisasi) / target x 100 (PermenPANRB 8/2021 kondisi khusus)
    r, t = k["realisasi"], k["target"]
    buruk = (t.bulat < 0) | ((t.bulat == 0) & (r.bulat != 0))
    nol = (t.bulat == 0) & (r.bulat == 0)  # a zero-incident target met: 100
    ts = _ganti(np, t.bulat, buruk | nol, 1)
    a, b = r.tempat, t.tempat
    q = _bagi(
        np,
        lambda x, kurang, dua: (
            kurang(_kali(x[1], 2 * 10**a), _kali(x[0], 10**b)) * (dua * 10 ** (2 + tempat)),
            _kali(x[1], 10**a),
        ),
        [r.bulat, ts],
    )
    return (np.where(nol, 100 * 10**tempat, q) if nol.any() else q), buruk


def _rasio(np: Any, k: Mapping[str, Kolom], tempat: int) -> tuple[Any, Any]:
    # capaian = target / realisasi x 100 (local e-SAKIP practice)
    r, t = k["realisasi"], k["target"]
    nol_t = t.bulat == 0
    buruk = (t.bulat < 0) | (nol_t & (r.bulat != 0)) | (~nol_t & (r.bulat <= 0))
    nol = nol_t & (r.bulat == 0)
    rs = _ganti(np, r.bulat, buruk | nol, 1)
    a, b = r.tempat, t.tempat
    q = _bagi(
        np,
        lambda x, _, dua: (_kali(x[1], dua * 10 ** (a + 2 + tempat)), _kali(x[0], 10**b)),
        [rs, t.bulat],
        naik=True,
    )
    return (np.where(nol, 100 * 10**tempat, q) if nol.any() else q), buruk


#: (arah, metode) -> formula; None is MetodeTurun.SELISIH for Arah.TURUN.
CAPAIAN: Final[Mapping[tuple[Arah, MetodeTurun | None], Hitung]] = MappingProxyType(
    {
        (Arah.NAIK, None): _naik,
        (Arah.TURUN, None): _selisih,
        (Arah.TURUN, MetodeTurun.SELISIH): _selisih,
        (Arah.TURUN, MetodeTurun.RASIO): _rasio,
    }
)


def dibatasi(hitung: Hitung, maksimum: Fraction) -> Hitung:
    """A capaian formula capped at ``maksimum``.

    Rounding is monotonic, so rounding the capped value equals capping the
    rounded value at the rounded cap.
    """

    def hitung_dibatasi(np: Any, k: Mapping[str, Kolom], tempat: int) -> tuple[Any, Any]:
        q, buruk = hitung(np, k, tempat)
        batas = bulat_setengah_atas(maksimum.numerator * 10**tempat, maksimum.denominator)
        if q.dtype != object and batas > INT64_MAKS:
            return q, buruk
        return np.minimum(q, batas), buruk

    return hitung_dibatasi


# -- persentase, anggaran ------------------------------------------------------------------


def persentase(np: Any, k: Mapping[str, Kolom], tempat: int) -> tuple[Any, Any]:
    # persentase = pembilang / penyebut x 100
    a, b = k["pembilang"], k["penyebut"]
    buruk = b.bulat == 0
    bs = _ganti(np, b.bulat, buruk, 1)
    pembilang = a.bulat
    if bs.size and bs.min() < 0:  # the sign moves to the numerator
        negatif = bs < 0
        if _ada_int64_min(np, pembilang) or _ada_int64_min(np, bs):
            pembilang, bs = ke_lebar(np, pembilang, bs)  # -(-2**63) is no int64: exactly
        pembilang, bs = np.where(negatif, -pembilang, pembilang), np.abs(bs)
    ta, tb = a.tempat, b.tempat
    q = _bagi(
        np,
        lambda x, _, dua: (_kali(x[0], dua * 10 ** (tb + 2 + tempat)), _kali(x[1], 10**ta)),
        [pembilang, bs],
    )
    return q, buruk


def _rupiah(np: Any, k: Mapping[str, Kolom]) -> tuple[Any, Any, Any]:
    """Whole, non-negative realisasi and pagu, realisasi within pagu (PP 12/2019)."""
    r, r_pecah = _utuh(np, k["realisasi"])
    p, p_pecah = _utuh(np, k["pagu"])
    buruk = r_pecah | p_pecah | (r < 0) | (p < 0) | (r > p)
    return r, p, buruk


def penyerapan(np: Any, k: Mapping[str, Kolom], tempat: int) -> tuple[Any, Any]:
    # penyerapan = realisasi / pagu x 100 (as sakip.penyerapan, which cites its source)
    r, p, buruk = _rupiah(np, k)
    buruk = buruk | (p == 0)
    rs, ps = _ganti(np, r, buruk, 0), _ganti(np, p, buruk, 1)
    q = _bagi(
        np, lambda x, _, dua: (_kali(x[0], dua * 10 ** (2 + tempat)), x[1]), [rs, ps], naik=True
    )
    return q, buruk


def sisa_anggaran(np: Any, k: Mapping[str, Kolom], tempat: int) -> tuple[Any, Any]:
    # sisa anggaran = pagu - realisasi
    r, p, buruk = _rupiah(np, k)
    # no division: the difference itself (pagu >= realisasi on every good row)
    p_, r_ = ke_lebar(np, p, r) if p.dtype == object or r.dtype == object else (p, r)
    return p_ - r_, buruk


def efisiensi(maksimum: Fraction | None) -> Hitung:
    """efisiensi = capaian - penyerapan (MetodeEfisiensi.SELISIH_CAPAIAN), capaian capped first."""

    def hitung(np: Any, k: Mapping[str, Kolom], tempat: int) -> tuple[Any, Any]:
        c = k["capaian"]
        r, p, buruk = _rupiah(np, k)
        buruk = buruk | (p == 0)
        rs, ps = _ganti(np, r, buruk, 0), _ganti(np, p, buruk, 1)
        bulat, tc = c.bulat, c.tempat
        if maksimum is not None:
            tk = 0
            while (maksimum * 10**tk).denominator != 1:
                tk += 1
            m = max(tc, tk)
            batas = (maksimum * 10**m).numerator
            if bulat.dtype != object and (
                10 ** (m - tc) > INT64_MAKS or maks_mutlak(bulat) * 10 ** (m - tc) > INT64_MAKS
            ):
                (bulat,) = ke_lebar(np, bulat)
            bulat = bulat * 10 ** (m - tc)
            if bulat.dtype != object and batas > INT64_MAKS:
                batas = INT64_MAKS
            bulat, tc = np.minimum(bulat, batas), m
        q = _bagi(
            np,
            lambda x, kurang, dua: (
                kurang(x[0] * x[2], _kali(x[1], 100 * 10**tc)) * (dua * 10**tempat),
                _kali(x[2], 10**tc),
            ),
            [bulat, rs, ps],
        )
        return q, buruk

    return hitung


# -- predikat ------------------------------------------------------------------------------


@functools.lru_cache(maxsize=64)  # (scale, places) -> its edges, built once (a few kept)
def tepi(skala: Skala, tempat: int) -> tuple[tuple[int, ...], int | None, int | None]:
    """Band edges (*tepi*) of a scale in integer units of ``10**-tempat``: ``(dalam, bawah, atas)``.

    ``dalam[i]`` is the smallest integer of band ``i + 1`` (the bands are
    contiguous), so a value's band is how many edges it is at or above;
    ``bawah`` is the smallest integer inside the scale and ``atas`` the
    smallest one above it (None where the scale is open). The vectorised
    ``predikat`` and the labels :func:`sakip.kolom.predikat` keeps for a list
    both rate by these edges; built once a scale and unit (each build walks
    the bands in Fractions).

    Examples:
        >>> from sakip import PERMENDAGRI_86_2017
        >>> tepi(PERMENDAGRI_86_2017, 2)
        ((5100, 6600, 7600, 9100), None, None)
        >>> tepi(PERMENDAGRI_86_2017, 0)
        ((51, 66, 76, 91), None, None)
    """
    kali = 10**tempat
    pita = skala.pita

    def pertama_di_atas(batas: Fraction, termasuk: bool) -> int:
        x = batas * kali
        lantai: int = x.numerator // x.denominator
        if termasuk:
            return lantai if x.denominator == 1 else lantai + 1
        return lantai + 1

    dalam = []
    for p in pita[1:]:
        assert p.bawah is not None
        dalam.append(pertama_di_atas(p.bawah, p.termasuk_bawah))
    bawah = (
        None if pita[0].bawah is None else pertama_di_atas(pita[0].bawah, pita[0].termasuk_bawah)
    )
    atas = (
        None
        if pita[-1].atas is None
        else pertama_di_atas(pita[-1].atas, not pita[-1].termasuk_atas)
    )
    return tuple(dalam), bawah, atas


# Band codes by one lookup per row when the edges are small non-negative
# integers: ``tabel[v]`` is the band of ``v`` for 0 <= v <= the last edge, and
# numpy's ``take(mode="clip")`` sends v < 0 to ``tabel[0]`` (band 0: the first
# edge is >= 1) and v past the last edge to its last entry (the top band).
_TABEL_MAKS: Final = 2**16


@functools.lru_cache(maxsize=64)  # edges -> their table, built once (a few kept)
def _tabel(np: Any, dalam: tuple[int, ...]) -> Any:
    nilai = np.arange(dalam[-1] + 1, dtype=np.int64)
    tabel = np.searchsorted(np.array(dalam, dtype=np.int64), nilai, side="right")
    return tabel.astype(np.int8)


def _kode(np: Any, dalam: Sequence[int], data: Any) -> Any:
    """The band code of each value: how many edges it is at or above."""
    if data.dtype == object or len(dalam) > 8:
        return np.searchsorted(np.array(dalam, dtype=data.dtype), data, side="right")
    if not dalam:
        return np.zeros(data.shape, dtype=np.int8)
    if dalam[0] >= 1 and dalam[-1] < _TABEL_MAKS and dalam[-1] <= 8 * data.size:
        return _tabel(np, tuple(dalam)).take(data, mode="clip")
    # a few edges: comparisons are faster than a binary search
    kode = (data >= dalam[0]).view(np.int8)  # bools are the bytes 0 and 1
    for e in dalam[1:]:
        kode += data >= e
    return kode


def predikat(skala: Skala) -> Hitung:
    """Band codes of a column (lowest band 0), and the rows outside the scale."""

    def hitung(np: Any, k: Mapping[str, Kolom], tempat: int) -> tuple[Any, Any]:
        x = k["nilai"]
        dalam, bawah, atas = tepi(skala, x.tempat)
        data = x.bulat
        if data.dtype != object:
            # an edge below int64 is passed by every value (-2**63 too: the edge stands at
            # it); one above int64 by none, and it is one of the last (they are ascending)
            dalam = tuple(max(e, -INT64_MAKS - 1) for e in dalam if e <= INT64_MAKS)
        kode = _kode(np, dalam, data)
        buruk = None
        if data.dtype != object:
            bawah = None if bawah is None or bawah <= -INT64_MAKS - 1 else bawah
            atas = None if atas is None or atas > INT64_MAKS else atas
        # one reduction first: most columns lie inside the scale
        if bawah is not None and data.size and data.min() < bawah:
            buruk = data < bawah
        if atas is not None and data.size and data.max() >= atas:
            di_atas = data >= atas
            buruk = di_atas if buruk is None else (buruk | di_atas)
        return kode, buruk

    return hitung


# -- predikat of a float column, by direct comparisons ---------------------------------
#
# A float x is read as the decimal of its shortest repr, d(x). Rounding a real
# to the nearest double is monotone, and d(x) rounds back to x; so for a
# decimal e of at most 15 significant digits (whose double float(e) reads
# back as e itself: two such decimals never round to one double; for float32,
# read by the shortest repr of its own type, the same holds with float32
# rounding and 6 digits):
#
#     d(x) >= e  <=>  x >= float(e)        d(x) > e  <=>  x >= nextafter(float(e), +inf)
#
# Every band edge, the scale's own bounds and sakip's limits (|d(x)| < 10**30;
# at most 30 places, certain from |d(x)| >= 1e-13, when d(x) has at most 17
# digits) are such conditions, so a float column is rated by comparisons
# alone, exactly as its values read one by one. A column with a value the
# comparisons cannot decide (0 < |x| < 1e-13: the exact reading counts its
# places), outside the limits or the scale, or infinite, takes the general
# path, which gives the error or the missing value row by row.

_BATAS_FLOAT: Final = 1e30  # float(10**30): |d(x)| < 10**30 <=> -1e30 < x < 1e30
_KECIL_FLOAT: Final = 1e-13


@dataclass(frozen=True)
class _Lebar:
    """How the edges of a float type are written (float64, float32)."""

    #: A decimal of at most this many significant digits reads back as itself.
    digit: int
    #: The smallest magnitude of an edge written this way (a smaller one: the general path).
    terkecil: float


#: By numpy's dtype character. float32 is read by the shortest repr of its own
#: type: the argument above holds with float32 rounding and 6 digits.
_LEBAR: Final[Mapping[str, _Lebar]] = MappingProxyType(
    {"d": _Lebar(15, 1e-300), "f": _Lebar(6, 1e-30)}
)


def _float_tepat(np: Any, batas: Fraction, jenis: str = "d") -> Any:
    """The float of type ``jenis`` nearest to batas, when batas is a decimal of few enough
    significant digits to read back as itself, else None."""
    lebar = _LEBAR[jenis]
    for tempat in range(31):
        skala = 10**tempat
        if not skala % batas.denominator:
            n = abs(batas.numerator) * (skala // batas.denominator)
            digit = str(n).rstrip("0")
            if len(digit) > lebar.digit or not (
                n == 0 or lebar.terkecil < abs(batas) < _BATAS_FLOAT
            ):
                return None
            return _float_terdekat(np, batas, np.dtype(jenis))
    return None


def _float_terdekat(np: Any, batas: Fraction, dtype: Any) -> Any:
    """The float of ``dtype`` nearest to batas, exactly.

    ``float(batas)`` is the nearest float64; a float32 reached through it
    could round twice, so the neighbours are compared with batas itself.
    """
    c = dtype.type(float(batas))
    tak_hingga = dtype.type(np.inf)
    calon = (np.nextafter(c, -tak_hingga), c, np.nextafter(c, tak_hingga))
    return min(calon, key=lambda f: abs(Fraction(float(f)) - batas))


def _syarat(np: Any, batas: Fraction, termasuk: bool, jenis: str = "d") -> Any:
    """The float f with ``x >= f`` <=> ``d(x) >= batas`` (termasuk) or ``d(x) > batas``."""
    f = _float_tepat(np, batas, jenis)
    if f is None or termasuk:
        return f
    return np.nextafter(f, f.dtype.type(np.inf))


@functools.lru_cache(maxsize=64)  # built once a scale and width (a few kept)
def _tepi_float(
    np: Any, skala: Skala, jenis: str = "d"
) -> tuple[tuple[Any, ...], Any, Any] | None:
    """(band edges, lowest inside or None, first above or None), as conditions ``x >= f``.

    None when an edge is not a short decimal.
    """
    pita = skala.pita
    dalam: list[Any] = []
    hasil: tuple[tuple[Any, ...], Any, Any] | None = None
    for p in pita[1:]:
        assert p.bawah is not None
        f = _syarat(np, p.bawah, p.termasuk_bawah, jenis)
        if f is None:
            break
        dalam.append(f)
    else:
        bawah = atas = None
        ada = True
        if pita[0].bawah is not None:
            bawah = _syarat(np, pita[0].bawah, pita[0].termasuk_bawah, jenis)
            ada = bawah is not None
        if pita[-1].atas is not None:
            # outside when d(x) > atas (the top is inside) or d(x) >= atas
            atas = _syarat(np, pita[-1].atas, not pita[-1].termasuk_atas, jenis)
            ada = ada and atas is not None
        if ada and dalam == sorted(dalam):
            hasil = (tuple(dalam), bawah, atas)
    return hasil


def kode_float(np: Any, skala: Skala, x: Any) -> tuple[Any, Any] | None:
    """Band codes of a float64 or float32 array and its missing rows (NaN), or None for the general path.

    The same codes as reading each value by the shortest repr of its type and
    rating it (see the comment above): comparisons with the edges, and a few
    reductions that show no value needs the exact reading. The limits are
    compared in float64: a float32 the comparison puts near them takes the
    general path, which decides.
    """
    if x.dtype.char not in _LEBAR:
        return None
    tepi = _tepi_float(np, skala, x.dtype.char)
    if tepi is None or not x.size:
        return None
    dalam, bawah, atas = tepi
    hilang = None
    kecil = float(x.min())
    if kecil != kecil:  # NaN: missing rows
        hilang = np.isnan(x)
        kecil = float(np.fmin.reduce(x))
        if kecil != kecil:  # nothing but NaN
            return None
        besar = float(np.fmax.reduce(x))
    else:
        besar = float(x.max())
    if not -_BATAS_FLOAT < kecil <= besar < _BATAS_FLOAT:  # also infinities
        return None
    if (bawah is not None and kecil < bawah) or (atas is not None and besar >= atas):
        return None  # a value outside the scale: a bad row
    if kecil < _KECIL_FLOAT and besar > -_KECIL_FLOAT:
        # values near 0: any other than 0 itself needs the exact reading
        dekat = x < _KECIL_FLOAT if kecil >= 0 else np.abs(x) < _KECIL_FLOAT
        if np.count_nonzero(dekat) != np.count_nonzero(x == 0):
            return None
    if not dalam:
        return np.zeros(x.shape, dtype=np.int8), hilang
    kode = (x >= dalam[0]).view(np.int8)  # bools are the bytes 0 and 1; NaN compares False
    for f in dalam[1:]:
        kode += x >= f
    return kode, hilang
