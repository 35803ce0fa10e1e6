"""Exact-number core: reading inputs, exact ratios, and the one rounding.

Every figure sakip computes goes through here:

1. Inputs are read into :class:`fractions.Fraction` by :func:`ke_pecahan`
   (``int``, ``Decimal``, ``Fraction``, plain ASCII decimal ``str``, and
   ``float`` read by its shortest ``repr``). ``bool``, ``None``, NaN,
   infinities, Indonesian-formatted strings and absurd magnitudes are refused.
   The hot paths (``capaian``, ``Skala.predikat``, ``persentase``) read the
   common inputs straight into a pair of integers with :func:`rasio_cepat`
   (and the quotient of two inputs with :func:`bagi_cepat`), which steps aside
   (returns ``None``) for anything :func:`ke_pecahan` would refuse or reads
   unusually; property tests hold them to the same values.
2. Maths is done on integers and fractions only; ``... x 100`` is
   :func:`persen_rasio` and :data:`_SERATUS`, a cap on capaian is checked by
   :func:`periksa_maksimum`, a list argument by :func:`urutan_angka`.
3. The result is rounded once, ROUND_HALF_UP (half away from zero, as a
   spreadsheet's ``ROUND``), by :func:`bulatkan` (one implementation on
   integers: :func:`bulat_setengah_atas`), to a ``Decimal`` with exactly
   the requested number of places. The ambient ``decimal`` context is never
   consulted.

Limits (refused at once, before any big-number work is done):

* ``|x| < 10**30`` for every input: Rupiah up to 10^18 and national totals fit
  with twelve digits to spare.
* at most 30 decimal places, and input strings of at most 100 characters.
* ``tempat`` (places) from 0 to 30.
"""

from __future__ import annotations

import decimal
import math
import operator
import re
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from itertools import repeat
from types import MappingProxyType
from typing import Any, Final, TypeAlias, overload

from sakip.errors import InvalidTypeError, InvalidValueError, NotComputableError

__all__ = ["Number", "bulatkan", "ke_pecahan", "persentase"]

#: What sakip accepts wherever a number is expected.
Number: TypeAlias = int | Decimal | Fraction | str | float

MAKS_DIGIT_BULAT: Final = 30
MAKS_DIGIT_PECAHAN: Final = 30
MAKS_PANJANG_TEKS: Final = 100
MAKS_TEMPAT: Final = 30
_BATAS: Final = 10**MAKS_DIGIT_BULAT
_BATAS_PENYEBUT: Final = 10**MAKS_DIGIT_PECAHAN
_BATAS_BAWAH: Final = -_BATAS

_POLA_DESIMAL: Final = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d{1,6})?\Z")
_POLA_INDONESIA: Final = re.compile(r"[+-]?[\d.]*,\d*%?\Z|[+-]?\d{1,3}(?:\.\d{3}){2,}\Z|.*%\Z")
#: One hundred, exact: every ``... x 100`` formula in sakip multiplies by this.
_SERATUS: Final = Fraction(100)
#: ``10**n`` for every allowed number of places, computed once.
_PANGKAT_SEPULUH: Final[tuple[int, ...]] = tuple(
    10**n for n in range(max(MAKS_TEMPAT, MAKS_DIGIT_PECAHAN) + 1)
)
#: ``100 * 10**n``: a percentage rounded to n places, in units of its last place.
_SKALA_PERSEN: Final[tuple[int, ...]] = tuple(100 * p for p in _PANGKAT_SEPULUH[: MAKS_TEMPAT + 1])
#: ``Decimal("1E-n")``: an integer times this is that integer's last place at n places.
_SATUAN_TEMPAT: Final = tuple(Decimal((0, (1,), -n)) for n in range(MAKS_TEMPAT + 1))
_PETUNJUK_BACA: Final = (
    "Indonesian-formatted numbers ('98,48', '13.904.271.740') are read by sakip.angka.baca()"
)


def _tolak_besaran(field: str, nilai: object) -> InvalidValueError:
    return InvalidValueError(
        field=field,
        value=nilai,
        expected=(
            f"must be smaller than 10**{MAKS_DIGIT_BULAT} in magnitude "
            f"with at most {MAKS_DIGIT_PECAHAN} decimal places"
        ),
        rule="sakip number limits",
    )


def _dari_decimal(d: Decimal, field: str, asli: object) -> Fraction:
    if not d.is_finite():
        raise InvalidValueError(
            field=field,
            value=asli,
            expected="must be a finite number (NaN and infinities are refused)",
        )
    if not d:
        return Fraction(0)
    _, digits, exp = d.as_tuple()
    assert isinstance(exp, int)
    nol_belakang = len(digits) - len(bytes(digits).rstrip(b"\x00"))
    if d.adjusted() >= MAKS_DIGIT_BULAT or exp + nol_belakang < -MAKS_DIGIT_PECAHAN:
        raise _tolak_besaran(field, asli)
    return Fraction(d)


def ke_pecahan(nilai: object, field: str) -> Fraction:
    """Read one input number exactly, as a Fraction.

    A float is read by its shortest repr; numpy's float16, float32 and
    longdouble scalars by the shortest repr of their own type.

    Args:
        nilai: the value given by the caller.
        field: the argument name, for error messages.

    Raises:
        InvalidTypeError: ``bool``, ``None`` or a non-number type.
        InvalidValueError: NaN, infinities, non-numeric or Indonesian-formatted
            strings, and magnitudes outside the limits of this module.

    Examples:
        >>> ke_pecahan(98.48, "x")
        Fraction(2462, 25)
        >>> ke_pecahan("0.1", "x") + ke_pecahan(0.2, "x") == Fraction(3, 10)
        True
        >>> ke_pecahan("98,48", "realisasi")
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidValueError: realisasi must be a plain ASCII decimal such as '98.48' \
(got '98,48'); Indonesian-formatted numbers ('98,48', '13.904.271.740') are read by \
sakip.angka.baca()
    """
    tipe = type(nilai)
    if tipe is int:
        assert isinstance(nilai, int)
        if -_BATAS < nilai < _BATAS:
            return Fraction(nilai)
        raise _tolak_besaran(field, nilai)
    if tipe is bool or nilai is None:
        raise InvalidTypeError(
            field=field,
            value=nilai,
            expected="must be a number (int, Decimal, Fraction, float or str), not bool or None",
        )
    if isinstance(nilai, Fraction):
        if abs(nilai) < _BATAS and nilai.denominator <= _BATAS_PENYEBUT:
            return nilai
        raise _tolak_besaran(field, nilai)
    if isinstance(nilai, Decimal):
        return _dari_decimal(nilai, field, nilai)
    if isinstance(nilai, float):
        if not math.isfinite(nilai):
            raise InvalidValueError(
                field=field,
                value=nilai,
                expected="must be a finite number (NaN and infinities are refused)",
            )
        # The shortest repr is what the caller typed: 98.48 means 98.48 (float's
        # own repr: numpy 2 writes np.float64's type around the number).
        return _dari_decimal(Decimal(float.__repr__(nilai)), field, nilai)
    if isinstance(nilai, str):
        return _dari_teks(nilai, field)
    if isinstance(nilai, int):  # int subclasses (IntEnum is not a number here)
        return ke_pecahan(int(nilai), field)
    teks = teks_float_numpy(nilai)
    if teks is not None:  # float16, float32, longdouble: their own shortest repr
        return _dari_decimal(Decimal(teks), field, nilai)
    if getattr(type(nilai), "__index__", None) is not None:  # numpy integer scalars
        return ke_pecahan(operator.index(nilai), field)  # type: ignore[arg-type]
    raise InvalidTypeError(
        field=field,
        value=nilai,
        expected=(
            f"must be a number (int, Decimal, Fraction, float or str), not {type(nilai).__name__}"
        ),
    )


def float_numpy(nilai: object) -> bool:
    """Whether a value is a numpy float scalar (of any width).

    Examples:
        >>> import numpy as np
        >>> float_numpy(np.float32(1.5)), float_numpy(np.int64(1)), float_numpy(1.5)
        (True, False, False)
    """
    if type(nilai).__module__ != "numpy":  # first: most values are not numpy's
        return False
    return getattr(getattr(nilai, "dtype", None), "kind", "") == "f"


def teks_float_numpy(nilai: object) -> str | None:
    """A numpy float scalar as the shortest decimal of its own type (numpy's digits).

    float16, float32 and longdouble values are read as typed, in their own
    precision (numpy's shortest round-trip digits): ``float32(98.48)`` is
    98.48, not the 98.4800033569336 it widens to. None for anything else
    (numpy is looked at only when the value is numpy's).

    Examples:
        >>> import numpy as np
        >>> teks_float_numpy(np.float32(98.48)), teks_float_numpy(np.float16(0.1))
        ('9.848e+01', '1e-01')
        >>> teks_float_numpy(98.48) is None
        True
    """
    if not float_numpy(nilai):
        return None
    import numpy as np

    return str(np.format_float_scientific(nilai, unique=True, trim="-"))  # type: ignore[arg-type]


def _rasio_int(nilai: Any) -> tuple[int, int] | None:
    if _BATAS_BAWAH < nilai < _BATAS:
        return nilai, 1
    return None


#: Below this a reduced denominator of 2**i * 5**j divides 10**30 (i <= 30, j <= 12).
_PENYEBUT_PASTI: Final = 1 << 30


#: ``adjusted()`` of a Decimal the fast readers take (-30 to 29): one set lookup
#: is cheaper than a chained comparison.
_ADJUSTED_CEPAT: Final = frozenset(range(-MAKS_DIGIT_PECAHAN, MAKS_DIGIT_BULAT))


def _rasio_decimal(nilai: Any) -> tuple[int, int] | None:
    # adjusted() first: it bounds the work (1E+999999999 is never expanded).
    # NaN and infinities have adjusted() 0 and are refused by as_integer_ratio.
    if nilai.adjusted() in _ADJUSTED_CEPAT:
        try:
            pembilang, penyebut = nilai.as_integer_ratio()
        except (ValueError, OverflowError):
            return None
        # at most 30 decimal places: the reduced denominator divides 10**30
        if penyebut <= _PENYEBUT_PASTI or not _BATAS_PENYEBUT % penyebut:
            return pembilang, penyebut
    return None


#: Below this magnitude times 100, a float is within half an ulp of at most one
#: two-place decimal (its ulp is below 0.005): the one that reads back as the
#: float is then the value of its shortest repr (padded with zeros).
_FLOAT_PRESISI: Final = 2.0**51


def _rasio_float(nilai: Any) -> tuple[int, int] | None:
    if -_FLOAT_PRESISI < nilai < _FLOAT_PRESISI:  # NaN and infinities fail both tests
        if nilai.is_integer():
            return int(nilai), 1
        n = nilai * 100.0
        if -_FLOAT_PRESISI < n < _FLOAT_PRESISI:
            # the two-place decimal nearest n / 100 is k or its neighbour away
            # from zero (int() truncates); int / int is correctly rounded, so
            # each test is exact: that decimal reads back as the float.
            k = int(n)
            if k / 100 == nilai:
                return k, 100
            k = k + 1 if n > 0 else k - 1
            if k / 100 == nilai:
                return k, 100
    # The shortest repr, as ke_pecahan reads it; no exponent means
    # |x| < 1e16 and at most 20 places. 'inf' and 'nan' hold an 'n'.
    teks = repr(nilai)
    if "e" in teks or "n" in teks:
        return None
    bulat, _, pecahan = teks.partition(".")
    return int(bulat + pecahan), _PANGKAT_SEPULUH[len(pecahan)]


def _rasio_teks(nilai: Any) -> tuple[int, int] | None:
    if nilai.isascii() and len(nilai) <= 62:
        bulat, _, pecahan = nilai.partition(".")
        negatif = False
        if not bulat.isdigit():  # a sign, or not a plain decimal at all
            negatif = bulat[:1] == "-"
            if not (negatif or bulat[:1] == "+") or not bulat[1:].isdigit():
                return None
            bulat = bulat[1:]
        if (
            (pecahan.isdigit() or not pecahan)
            and len(bulat) <= MAKS_DIGIT_BULAT
            and len(pecahan) <= MAKS_DIGIT_PECAHAN
        ):
            n = int(bulat + pecahan)
            return (-n if negatif else n), _PANGKAT_SEPULUH[len(pecahan)]
    return None


def _rasio_fraction(nilai: Any) -> tuple[int, int] | None:
    pembilang, penyebut = nilai.numerator, nilai.denominator
    if -_BATAS * penyebut < pembilang < _BATAS * penyebut and penyebut <= _BATAS_PENYEBUT:
        return pembilang, penyebut
    return None


def _rasio_lain(nilai: Any) -> None:
    return None


#: The fast reader of each exact type (a subclass, bool among them, is not here:
#: it takes the exact path). One dict lookup instead of a chain of type tests.
_PEMBACA_TABEL: Final[dict[type, Callable[[Any], tuple[int, int] | None]]] = {
    int: _rasio_int,
    Decimal: _rasio_decimal,
    float: _rasio_float,
    str: _rasio_teks,
    Fraction: _rasio_fraction,
}
PEMBACA_CEPAT: Final[Mapping[type, Callable[[Any], tuple[int, int] | None]]] = MappingProxyType(
    _PEMBACA_TABEL
)
# the plain dict's own get: a read-only proxy's get looks the method up by
# name on every call (about 50 ns more on the hot paths)
_PEMBACA: Final = _PEMBACA_TABEL.get


def _bagi_tunggal(a: Any, b: Any) -> tuple[int, int] | None:
    # Each value by its own fast reader: what every quotient reader must equal.
    x = _PEMBACA(type(a), _rasio_lain)(a)
    if x is None:
        return None
    y = _PEMBACA(type(b), _rasio_lain)(b)
    if y is None or y[0] <= 0:
        return None
    return x[0] * y[1], x[1] * y[0]


def _bagi_int(a: Any, b: Any) -> tuple[int, int] | None:
    if 0 < b < _BATAS and _BATAS_BAWAH < a < _BATAS:
        return a, b
    return None


def _bagi_decimal(a: Any, b: Any) -> tuple[int, int] | None:
    # _rasio_decimal of both, inline: adjusted() first bounds the work.
    if a.adjusted() in _ADJUSTED_CEPAT and b.adjusted() in _ADJUSTED_CEPAT:
        try:
            an, ad = a.as_integer_ratio()
            bn, bd = b.as_integer_ratio()
        except (ValueError, OverflowError):  # NaN, infinities
            return None
        # both denominators below _PENYEBUT_PASTI (their bits or'ed), or dividing 10**30
        if bn > 0 and (
            (ad | bd) < _PENYEBUT_PASTI or not (_BATAS_PENYEBUT % ad or _BATAS_PENYEBUT % bd)
        ):
            return an * bd, ad * bn
    return None


#: Below this magnitude a float's ulp is at most 2**-9 (below 0.002), so at
#: most one two-place decimal reads back as it (the same bound as
#: :data:`_FLOAT_PRESISI`, on the float itself).
_FLOAT_SERATUS: Final = 2.0**44


def _bagi_float(a: Any, b: Any) -> tuple[int, int] | None:
    # The common shape inline: two floats that are whole numbers or two-place
    # decimals (98.48, 1500.0). The nearest hundredths of each, checked exactly
    # as _rasio_float checks them (k / 100 is correctly rounded, and below
    # _FLOAT_SERATUS at most one two-place decimal reads back as the float);
    # the hundredths cancel. Any other pair is read by _rasio_float.
    # (NaN and infinities fail the bounds; __round__ is int(round(x)) without
    # the cost of calling int.)
    if -_FLOAT_SERATUS < a < _FLOAT_SERATUS and 0.0 < b < _FLOAT_SERATUS:
        ka = (a * 100.0).__round__()
        kb = (b * 100.0).__round__()
        if ka / 100 == a and kb / 100 == b:  # so kb > 0, as b is
            return ka, kb
    return _bagi_tunggal(a, b)


def _bagi_teks(a: Any, b: Any) -> tuple[int, int] | None:
    # The common shape inline: two unsigned plain decimals of at most 30
    # characters (so at most 30 digits on either side of the point; "5.",
    # ".5" as the exact reader takes them); any other string is read by
    # _rasio_teks.
    if len(a) <= MAKS_DIGIT_BULAT and len(b) <= MAKS_DIGIT_BULAT and a.isascii() and b.isascii():
        ab, _, ap = a.partition(".")
        bb, _, bp = b.partition(".")
        digit_a = ab + ap
        digit_b = bb + bp
        if digit_a.isdigit() and digit_b.isdigit():
            bn = int(digit_b)
            if bn:
                if len(ap) == len(bp):  # the same places: they cancel
                    return int(digit_a), bn
                return int(digit_a) * _PANGKAT_SEPULUH[len(bp)], _PANGKAT_SEPULUH[len(ap)] * bn
    return _bagi_tunggal(a, b)


#: The fast quotient of two values of one exact type (the hot paths divide
#: realisasi by target, realisasi by pagu): the same value as the quotient of
#: :func:`rasio_cepat` of each, in one call. Other types read each value alone.
_BAGI_TABEL: Final[dict[type, Callable[[Any, Any], tuple[int, int] | None]]] = {
    int: _bagi_int,
    Decimal: _bagi_decimal,
    float: _bagi_float,
    str: _bagi_teks,
    Fraction: _bagi_tunggal,
}
BAGI_CEPAT: Final[Mapping[type, Callable[[Any, Any], tuple[int, int] | None]]] = MappingProxyType(
    _BAGI_TABEL
)
# the plain dict's own get: a read-only proxy's get looks the method up by
# name on every call (about 50 ns more on the hot paths)
_BAGI: Final = _BAGI_TABEL.get


def bagi_cepat(a: Any, b: Any) -> tuple[int, int] | None:
    """The exact quotient ``a / b`` of two common inputs as ``(p, q)``, ``q > 0``, or None.

    :func:`rasio_cepat` of each value, divided: ``None`` when either value
    steps aside or ``b`` is not above zero (the caller then reads the values
    with :func:`ke_pecahan`, which decides). Not necessarily in lowest terms.

    Examples:
        >>> bagi_cepat("12.5", "40"), bagi_cepat(Decimal("0.25"), 3.5)
        ((125, 400), (100, 1400))
        >>> bagi_cepat("12,5", "40") is None, bagi_cepat(5, 0) is None
        (True, True)
    """
    tipe = type(a)
    if tipe is type(b):
        return _BAGI(tipe, _bagi_tunggal)(a, b)
    return _bagi_tunggal(a, b)


def rasio_cepat(nilai: Any) -> tuple[int, int] | None:
    """The exact value of a common, valid input as ``(pembilang, penyebut)``, or None.

    A fast reading for the hot paths: an ``int``, ``Decimal``, ``float``,
    plain ``str`` or ``Fraction`` well inside the limits of this module gives
    integers with ``penyebut > 0`` (not necessarily in lowest terms) whose
    ratio is exactly what :func:`ke_pecahan` reads. Anything else (an error to
    report, an unusual spelling, a value near the limits) gives ``None``: the
    caller then reads the value with :func:`ke_pecahan`, which decides. So the
    fast reading never accepts what :func:`ke_pecahan` refuses.

    Examples:
        >>> rasio_cepat(Decimal("98.48")), rasio_cepat("-1.5"), rasio_cepat(0.1)
        ((2462, 25), (-15, 10), (10, 100))
        >>> rasio_cepat(True) is None, rasio_cepat("98,48") is None
        (True, True)
    """
    return _PEMBACA(type(nilai), _rasio_lain)(nilai)


def desimal_dalam_batas(x: Decimal) -> bool:
    """Whether a Decimal is finite and within sakip's limits, as :func:`ke_pecahan` reads it.

    A Decimal of two places (what sakip's results hold) is checked by one
    comparison of exponents and its magnitude; any other as
    :func:`rasio_cepat` reads it (at most 30 places, below ``10**30``).

    Examples:
        >>> desimal_dalam_batas(Decimal("98.48")), desimal_dalam_batas(Decimal("1E-31"))
        (True, False)
        >>> desimal_dalam_batas(Decimal("9.9999999776393201E-16"))  # 32 places
        False
    """
    if x.same_quantum(_SATUAN_DUA):  # two places, as sakip's results
        return x.adjusted() < MAKS_DIGIT_BULAT
    return _rasio_decimal(x) is not None


_SAMA_KUANTUM: Final = Decimal.same_quantum
_BATAS_DESIMAL: Final = Decimal(_BATAS)


def semua_desimal_dalam_batas(nilai: Sequence[Decimal]) -> bool:
    """:func:`desimal_dalam_batas` of every Decimal of a sequence.

    When every value has two places (sakip's results) the check runs in C
    loops: one pass for the places and two for the magnitude.

    Examples:
        >>> semua_desimal_dalam_batas([Decimal("98.48"), Decimal("-1.50")])
        True
        >>> semua_desimal_dalam_batas([Decimal("98.48"), Decimal("1E-31")])
        False
    """
    if all(map(_SAMA_KUANTUM, nilai, repeat(_SATUAN_DUA))):
        return not nilai or (min(nilai) > -_BATAS_DESIMAL and max(nilai) < _BATAS_DESIMAL)
    return all(map(desimal_dalam_batas, nilai))


def ke_rasio(nilai: object, field: str) -> tuple[int, int]:
    """:func:`rasio_cepat` when it applies, else :func:`ke_pecahan` (which may raise).

    Examples:
        >>> ke_rasio("12.50", "x"), ke_rasio(" 12.5 ", "x")
        ((1250, 100), (25, 2))
    """
    cepat = rasio_cepat(nilai)
    if cepat is not None:
        return cepat
    x = ke_pecahan(nilai, field)
    return x.numerator, x.denominator


def ke_batas(nilai: Number | None, field: str) -> Fraction | None:
    """An optional bound (of a range or a band): ``None`` stays, a number is read exactly.

    Examples:
        >>> ke_batas(None, "Rentang"), ke_batas("0.5", "Rentang")
        (None, Fraction(1, 2))
    """
    return None if nilai is None else ke_pecahan(nilai, field)


def periksa_maksimum(maksimum: Number, field: str = "maksimum") -> Fraction:
    """Read a cap on capaian: at least 100, or it would hide unmet targets.

    The one rule for every cap sakip applies (``capaian(maksimum=...)``,
    ``rata_rata_capaian(maksimum=...)``, ``efisiensi(maksimum_capaian=...)``).

    Raises:
        InvalidTypeError, InvalidValueError: not a number, or below 100.

    Examples:
        >>> periksa_maksimum(120)
        Fraction(120, 1)
        >>> periksa_maksimum(10, "maksimum_capaian")
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidValueError: maksimum_capaian must be >= 100 (a cap below 100 \
would hide unmet targets) (got 10)
    """
    batas = ke_pecahan(maksimum, field)
    if batas < _SERATUS:
        raise InvalidValueError(
            field=field,
            value=maksimum,
            expected="must be >= 100 (a cap below 100 would hide unmet targets)",
        )
    return batas


#: The most values sakip reads from one sequence argument.
MAKS_PANJANG_URUTAN: Final = 10_000_000


def urutan_angka(
    nilai: object,
    field: str,
    *,
    paling_sedikit: int = 1,
    paling_banyak: int = MAKS_PANJANG_URUTAN,
    boleh_tunggal: bool = False,
) -> list[Any]:
    """Check a "sequence of numbers" argument and return its items, unread.

    The one check for list arguments: a ``Sequence`` (list, tuple, ...), not a
    ``str`` or ``bytes``, holding ``paling_sedikit`` to ``paling_banyak``
    items. With ``boleh_tunggal`` a single number stands for a list of one.
    Each item is then read by the caller, with its own field name.

    Raises:
        InvalidTypeError: not a sequence (nor a single number when allowed).
        InvalidValueError: too few or too many items.

    Examples:
        >>> urutan_angka((1, "2"), "bobot")
        [1, '2']
        >>> urutan_angka(5, "pagu", boleh_tunggal=True)
        [5]
        >>> import numpy as np
        >>> urutan_angka(np.int64(5), "pagu", boleh_tunggal=True)
        [np.int64(5)]
        >>> urutan_angka([], "capaian")
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidValueError: capaian must not be empty (got [])
    """
    if isinstance(nilai, (str, bytes)) or not isinstance(nilai, Sequence):
        # numpy's integer and float scalars are numbers as ke_pecahan reads them
        tunggal = isinstance(nilai, (int, float, str, Decimal, Fraction)) or _angka_numpy(nilai)
        if boleh_tunggal and tunggal and not isinstance(nilai, bool):
            return [nilai]
        raise InvalidTypeError(
            field=field,
            value=nilai,
            expected=(
                "must be a number or a sequence of numbers"
                if boleh_tunggal
                else "must be a sequence of numbers"
            ),
        )
    banyak = len(nilai)
    if banyak < paling_sedikit:
        raise InvalidValueError(
            field=field,
            value=nilai,
            expected=(
                "must not be empty"
                if paling_sedikit == 1
                else f"must hold at least {paling_sedikit} values"
            ),
        )
    if banyak > paling_banyak:
        raise InvalidValueError(
            field=field,
            value=f"<{banyak} values>",
            expected=f"must hold at most {paling_banyak} values",
        )
    return list(nilai)


def _angka_numpy(nilai: object) -> bool:
    """Whether a value is a numpy integer or float scalar (not a bool, not an array).

    Examples:
        >>> import numpy as np
        >>> _angka_numpy(np.int64(5)), _angka_numpy(np.float32(1.5)), _angka_numpy(np.bool_(1))
        (True, True, False)
        >>> _angka_numpy(np.array(5)), _angka_numpy(5)
        (False, False)
    """
    if type(nilai).__module__ != "numpy":  # first: most values are not numpy's
        return False
    import numpy as np

    return isinstance(nilai, (np.integer, np.floating))


def _dari_teks(teks: str, field: str) -> Fraction:
    if len(teks) > MAKS_PANJANG_TEKS:
        raise InvalidValueError(
            field=field,
            value=teks[:20] + "...",
            expected=f"must be a decimal string of at most {MAKS_PANJANG_TEKS} characters",
        )
    isi = teks.strip()
    if not isi.isascii() or not _POLA_DESIMAL.match(isi):
        rule = _PETUNJUK_BACA if _POLA_INDONESIA.match(isi) else None
        raise InvalidValueError(
            field=field,
            value=teks,
            expected="must be a plain ASCII decimal such as '98.48'",
            rule=rule,
        )
    return _dari_decimal(Decimal(isi), field, teks)


def _periksa_tempat(tempat: object) -> int:
    if type(tempat) is not int:
        raise InvalidTypeError(
            field="tempat", value=tempat, expected="must be an int (number of decimal places)"
        )
    if not 0 <= tempat <= MAKS_TEMPAT:
        raise InvalidValueError(
            field="tempat", value=tempat, expected=f"must be between 0 and {MAKS_TEMPAT}"
        )
    return tempat


# A private context that can hold any result exactly; Inexact and Rounded trap,
# so it can never round silently. The ambient context is never used.
_KONTEKS_EKSAK: Final = decimal.Context(
    prec=decimal.MAX_PREC,
    Emax=decimal.MAX_EMAX,
    Emin=decimal.MIN_EMIN,
    traps=[decimal.Inexact, decimal.Rounded, decimal.InvalidOperation],
)
#: For operations that only drop or add zeros (``normalize``, ``quantize`` of an integral
#: value): the same precision, without trapping ``Rounded``, which they signal for a zero
#: dropped; ``Inexact`` stays trapped, so no digit other than a zero can be lost.
KONTEKS_NOL: Final = decimal.Context(
    prec=decimal.MAX_PREC,
    Emax=decimal.MAX_EMAX,
    Emin=decimal.MIN_EMIN,
    traps=[decimal.Inexact, decimal.InvalidOperation],
)


def desimal_dari_bulat(n: int, tempat: int) -> Decimal:
    """``n / 10**tempat`` as a Decimal with exactly ``tempat`` places, exactly."""
    return Decimal(n).scaleb(-tempat, _KONTEKS_EKSAK)


_KALI: Final[Callable[[int, Decimal], Decimal]] = _KONTEKS_EKSAK.multiply
#: The largest result kept in :data:`_HASIL_DUA`, in hundredths (200.00).
MAKS_HASIL_DUA: Final = 20_000
#: Results at two places (the default ``tempat``) from 0.00 to 200.00, where
#: nearly every capaian and penyerapan lies: each ``Decimal`` is built once, on
#: first use, and then shared (a Decimal is immutable). Building one costs
#: more than the formula that computes it; looking one up costs a list index.
#: At most 20,001 values (about 2 MB); filled by :func:`desimal_dua`.
_HASIL_DUA: Final[list[Decimal | None]] = [None] * (MAKS_HASIL_DUA + 1)
_SATUAN_DUA: Final = _SATUAN_TEMPAT[2]


def desimal_dua(n: int) -> Decimal:
    """``n`` hundredths (0 to :data:`MAKS_HASIL_DUA`) as a Decimal with two places.

    The one place that fills :data:`_HASIL_DUA` (the hot paths read it inline
    and call this when a value is not built yet).

    Examples:
        >>> desimal_dua(17857), desimal_dua(0)
        (Decimal('178.57'), Decimal('0.00'))
    """
    d = _HASIL_DUA[n]
    if d is None:
        d = _HASIL_DUA[n] = _KALI(n, _SATUAN_DUA)
    return d


def desimal_satuan(n: int, tempat: int) -> Decimal:
    """``n`` units of ``10**-tempat`` as a Decimal with exactly ``tempat`` places (0 to 30).

    Examples:
        >>> desimal_satuan(17857, 2), desimal_satuan(-5, 3), desimal_satuan(7, 0)
        (Decimal('178.57'), Decimal('-0.005'), Decimal('7'))
    """
    if tempat == 2 and 0 <= n <= MAKS_HASIL_DUA:
        d = _HASIL_DUA[n]
        if d is None:
            return desimal_dua(n)
        return d
    return _KALI(n, _SATUAN_TEMPAT[tempat])


def bulat_setengah_atas(pembilang: int, penyebut: int) -> int:
    """Round ``pembilang / penyebut`` (penyebut > 0) half away from zero, to an int.

    The one implementation of ROUND_HALF_UP on scalars; every rounding in
    sakip's scalar code comes here, except the hot spots that write it out
    for speed: :func:`persen_rasio`, and :func:`sakip.capaian` for results
    >= 0 at two places (property tests hold them to the same oracle).

    Examples:
        >>> bulat_setengah_atas(5, 2), bulat_setengah_atas(-5, 2), bulat_setengah_atas(7, 3)
        (3, -3, 2)
    """
    if pembilang >= 0:
        return (2 * pembilang + penyebut) // (2 * penyebut)
    return -((-2 * pembilang + penyebut) // (2 * penyebut))


def desimal_rasio(pembilang: int, penyebut: int, tempat: int) -> Decimal:
    """``pembilang / penyebut`` (penyebut > 0) rounded once, half up, to ``tempat`` places.

    ``tempat`` must already be checked (0 to 30).

    Examples:
        >>> desimal_rasio(7500, 42, 2), desimal_rasio(-1, 8, 2)
        (Decimal('178.57'), Decimal('-0.13'))
    """
    return desimal_satuan(
        bulat_setengah_atas(pembilang * _PANGKAT_SEPULUH[tempat], penyebut), tempat
    )


def persen_rasio(pembilang: int, penyebut: int, tempat: int) -> Decimal:
    """The percentage formula: ``pembilang / penyebut x 100`` (penyebut > 0), rounded once.

    The one implementation of ``... x 100`` on integers, for the hot paths;
    ``tempat`` must already be checked (0 to 30).

    Examples:
        >>> persen_rasio(75, 42, 2), persen_rasio(1, 8, 0), persen_rasio(-1, 8000, 2)
        (Decimal('178.57'), Decimal('13'), Decimal('-0.01'))
    """
    if pembilang >= 0:
        # bulat_setengah_atas(pembilang * 100 * 10**tempat, penyebut), inline
        n = (2 * _SKALA_PERSEN[tempat] * pembilang + penyebut) // (2 * penyebut)
        if tempat == 2 and n <= MAKS_HASIL_DUA:
            d = _HASIL_DUA[n]
            if d is None:
                return desimal_dua(n)
            return d
        return _KALI(n, _SATUAN_TEMPAT[tempat])
    n = (-2 * _SKALA_PERSEN[tempat] * pembilang + penyebut) // (2 * penyebut)
    return _KALI(-n, _SATUAN_TEMPAT[tempat])


def tempat_tepat(x: Fraction, maks: int = 6) -> int:
    """The decimal places that write x exactly, or ``maks`` when it needs more."""
    for n in range(maks + 1):
        if (x * 10**n).denominator == 1:
            return n
    return maks


def bulatkan_pecahan(nilai: Fraction, tempat: int) -> Decimal:
    """Round an exact Fraction once, ROUND_HALF_UP, to ``tempat`` places."""
    return desimal_rasio(nilai.numerator, nilai.denominator, tempat)


def bulatkan(nilai: Number, tempat: int = 2) -> Decimal:
    """Bulatkan (round): round a number once, half away from zero.

    ROUND_HALF_UP as a spreadsheet's ``ROUND`` does it: a tie goes away from
    zero (``0.125`` to ``0.13``, ``-0.125`` to ``-0.13``). The value is read
    exactly (a float by its shortest repr), so ``bulatkan(1.005, 2)`` is
    ``1.01``, where the builtin ``round`` gives ``1.0``.

    Args:
        nilai: the number to round.
        tempat: decimal places in the result, 0 to 30.

    Returns:
        A ``Decimal`` with exactly ``tempat`` places.

    Raises:
        InvalidTypeError: ``nilai`` is not a number, or ``tempat`` is not an int.
        InvalidValueError: ``nilai`` is NaN, infinite, out of range or badly
            formatted; ``tempat`` is outside 0 to 30.

    Sumber:
        Pembulatan ROUND_HALF_UP as used by spreadsheets in which LKjIP figures
        are computed; one rounding at the end is sakip's rule (see the docs,
        "Angka Indonesia dan terbilang").

    Examples:
        >>> bulatkan(1.005)
        Decimal('1.01')
        >>> bulatkan("178.5714", 0)
        Decimal('179')
        >>> bulatkan(-0.125)
        Decimal('-0.13')
        >>> bulatkan(7, 2)
        Decimal('7.00')
        >>> bulatkan(True)
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidTypeError: nilai must be a number (int, Decimal, Fraction, float \
or str), not bool or None (got True)
    """
    return bulatkan_pecahan(ke_pecahan(nilai, "nilai"), _periksa_tempat(tempat))


@overload
def persentase(*, pembilang: Number, penyebut: Number, tempat: int = 2) -> Decimal: ...
@overload
def persentase(*, pembilang: Number, penyebut: Number, tempat: None) -> Fraction: ...
def persentase(
    *, pembilang: Number, penyebut: Number, tempat: int | None = 2
) -> Decimal | Fraction:
    """Persentase (percentage): ``pembilang / penyebut x 100``, rounded once.

    Args:
        pembilang: numerator.
        penyebut: denominator; must not be 0.
        tempat: decimal places of the result; ``None`` returns the exact,
            unrounded ``Fraction`` (for chaining formulas and for audits).

    Returns:
        ``Decimal`` with exactly ``tempat`` places, or the exact ``Fraction``.

    Raises:
        NotComputableError: ``penyebut`` is 0.

    Sumber:
        The definition of a percentage, used by the ``... x 100%`` formulas
        the reports quote from PermenPANRB 53/2014 and Permendagri 86/2017
        (neither text read here).

    Examples:
        >>> persentase(pembilang=556_479_000, penyebut=924_000_000)
        Decimal('60.23')
        >>> persentase(pembilang=115, penyebut=800)
        Decimal('14.38')
        >>> persentase(pembilang=1, penyebut=3, tempat=None)
        Fraction(100, 3)
        >>> persentase(pembilang=5, penyebut=0)
        Traceback (most recent call last):
        ...
        sakip.errors.NotComputableError: penyebut must not be 0 (got 0); persentase = \
pembilang / penyebut x 100
    """
    an, ad = ke_rasio(pembilang, "pembilang")
    bn, bd = ke_rasio(penyebut, "penyebut")
    if not bn:
        raise NotComputableError(
            field="penyebut",
            value=penyebut,
            expected="must not be 0",
            rule="persentase = pembilang / penyebut x 100",
        )
    p, q = (an * bd, ad * bn) if bn > 0 else (-an * bd, -ad * bn)
    if tempat is None:
        return Fraction(100 * p, q)
    return persen_rasio(p, q, _periksa_tempat(tempat))


def hasil(nilai: Fraction, tempat: int | None) -> Decimal | Fraction:
    """The exact value when ``tempat`` is None, else the value rounded once."""
    if tempat is None:
        return nilai
    return bulatkan_pecahan(nilai, _periksa_tempat(tempat))
