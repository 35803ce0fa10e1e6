"""One reading rule for a Rupiah figure, in a TOML report as in a rows CSV.

Rupiah are whole: a dot in them groups thousands ("749.930.215", "1.000" is
Rp 1.000) whatever their place declares for decimals. Where the place (a CSV
file's ``# pemisah_desimal: .``; a TOML figure, column or ``[lampiran]``
declaring ``pemisah_desimal = "."``) declares a decimal point, a text with
commas is also read with "." by :func:`sakip.angka.baca`, commas grouping
thousands the English way ("1,004,422,800"), and that reading is taken where
the Indonesian one fails. A text the two readings take to different amounts,
or one the "." reading finds ambiguous ("12,000": Rp 12 or Rp 12.000?), is
refused with both readings: never a guess.

Local practice, seen in LKjIP budget tables and their SIPD exports: the
percentages carry a decimal point while the Rupiah keep their grouping, the
Indonesian dots or the English commas. No regulation fixes how a transcription
reads them.

The reading with one separator is the caller's (the CSV reader reads a cell,
the audit a printed figure): both give ``(satuan, tempat)``, the figure being
``satuan / 10**tempat``, or a :class:`Tolak`. The choice between the two
readings, and its refusals, is made here only.

Examples:
    >>> from sakip.angka import baca
    >>> def satu(teks, pemisah):  # whole figures only, for the example
    ...     try:
    ...         return int(baca(teks, pemisah_desimal=pemisah)), 0
    ...     except SakipError as e:
    ...         return tolak(e)
    >>> rupiah("749.930.215", True, satu), rupiah("1,004,422,800", True, satu)
    ((749930215, 0), (1004422800, 0))
    >>> rupiah("1,004,422,800", False, satu)
    Traceback (most recent call last):
    ...
    sakip.errors.InvalidValueError: teks groups thousands with commas, not the Indonesian way: \
it reads 1004422800 with pemisah_desimal='.' (a dot is the decimal point); choose it if the \
report writes a decimal point (got '1,004,422,800')
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Final, Literal, NamedTuple

from sakip.angka import bilangan
from sakip.errors import AmbiguousValueError, InvalidValueError, SakipError

__all__: list[str] = []  # used by sakip.laporan.berkas_csv and sakip.audit only

#: Said where both readings fail in a place declaring a decimal point.
_PETUNJUK: Final = (
    " (in a Rupiah column a dot groups thousands whatever the file declares, "
    "'749.930.215', and commas may group them too, '749,930,215')"
)


class Tolak(NamedTuple):
    """Why a text is no Rupiah with one separator; ``angka``: it is a number, but not one
    the place allows (a CSV's Rupiah are whole); ``ambigu``: it has two readings (an
    :class:`~sakip.errors.AmbiguousValueError`)."""

    pesan: str
    angka: bool = False
    ambigu: bool = False


#: One reading of a text with one decimal separator: ``(satuan, tempat)`` or why not.
Bacaan = tuple[int, int] | Tolak
#: The caller's reading of a text with one decimal separator.
Pembaca = Callable[[str, Literal[",", "."]], Bacaan]


def tolak(e: SakipError) -> Tolak:
    """The refusal of one reading, from the error :func:`sakip.angka.baca` raised.

    Examples:
        >>> from sakip.angka import baca
        >>> try:
        ...     baca("12,000", pemisah_desimal=".")
        ... except SakipError as e:
        ...     tolak(e).ambigu
        True
    """
    return Tolak(e.expected, ambigu=isinstance(e, AmbiguousValueError))


def _nilai(b: tuple[int, int]) -> Fraction:
    return Fraction(b[0], 10 ** b[1])


def _tulis(b: tuple[int, int]) -> tuple[str, str]:
    """The figure the Indonesian way ("1.004.422.800") and without grouping ("1004422800")."""
    n = _nilai(b)
    if n.denominator == 1:
        return bilangan(int(n)), str(int(n))
    d = Decimal(f"{b[0]}E-{b[1]}")
    return bilangan(d, b[1]), str(d)


def rupiah(teks: str, titik: bool, baca: Pembaca) -> tuple[int, int]:
    """``(satuan, tempat)``: the Rupiah figure ``teks`` by the one rule (see the module).

    ``titik``: its place declares a decimal point (``pemisah_desimal = "."``).

    Raises:
        InvalidValueError: no reading; AmbiguousValueError: two readings, both named.

    Examples:
        >>> from sakip.angka import baca
        >>> rupiah("1.500", True, lambda teks, p: (int(baca(teks, pemisah_desimal=p)), 0))
        (1500, 0)
    """
    indonesia = baca(teks, ",")
    # a dot in Rupiah always groups thousands: only commas may group the English way
    if not (titik and "," in teks):
        if isinstance(indonesia, Tolak):
            petunjuk = _PETUNJUK if titik else ""
            raise InvalidValueError(field="teks", value=teks, expected=indonesia.pesan + petunjuk)
        return indonesia
    inggris = baca(teks, ".")
    if isinstance(inggris, Tolak):
        if isinstance(indonesia, Tolak):
            if inggris.ambigu:  # "5,500": no Rupiah with a decimal comma, and ambiguous
                raise AmbiguousValueError(field="teks", value=teks, expected=inggris.pesan)
            alasan = (inggris if inggris.angka else indonesia).pesan
            raise InvalidValueError(field="teks", value=teks, expected=alasan + _PETUNJUK)
        if not inggris.ambigu:
            return indonesia
        raise AmbiguousValueError(
            field="teks",
            value=teks,
            expected=f"reads Rp {_tulis(indonesia)[0]} the Indonesian way, and {inggris.pesan}",
        )
    if isinstance(indonesia, Tolak):
        return inggris
    if _nilai(indonesia) == _nilai(inggris):
        return indonesia
    (ri, ti), (re, te) = _tulis(indonesia), _tulis(inggris)
    raise AmbiguousValueError(
        field="teks",
        value=teks,
        expected=f"has two readings, Rp {ri} the Indonesian way and Rp {re} with commas "
        f"grouping thousands: write the one meant without grouping ('{ti}' or '{te}')",
    )
