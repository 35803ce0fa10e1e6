"""Number (numbers) the Indonesian way: reading, writing, terbilang, dates.

Indonesian reports write ``13.904.271.740`` for thirteen billion and ``98,48``
for ninety-eight point four eight. sakip reads and writes these exactly and
refuses to guess: a string whose reading is ambiguous (``"1.500"``: fifteen
hundred, or one and a half?) raises unless the caller says which separator is
the decimal one.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import string
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from types import MappingProxyType
from typing import Any, Final, Literal

from sakip._eksak import (
    MAKS_TEMPAT,
    Number,
    _periksa_tempat,
    bulatkan_pecahan,
    desimal_dari_bulat,
    ke_pecahan,
)
from sakip.errors import AmbiguousValueError, InvalidTypeError, InvalidValueError

__all__ = [
    "KATA_BILANGAN",
    "baca",
    "baca_bulan",
    "baca_tanggal",
    "baca_terbilang",
    "bertanda",
    "bilangan",
    "persen",
    "rupiah",
    "sel_kosong",
    "tanggal",
    "terbilang",
]

#: Dot-grouped thousands: the first group of 1 to 3 digits, not starting with 0 ("0.500").
_RIBUAN: Final = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+\Z")
_DIGIT: Final = re.compile(r"\d+\Z")
_KOMA: Final = re.compile(r"([1-9]\d{0,2}(?:\.\d{3})+|\d+),(\d+)\Z")
_MAKS: Final = 100


def _tolak(
    teks: str, alasan: str, rule: str | None = None, field: str = "teks"
) -> InvalidValueError:
    return InvalidValueError(field=field, value=teks, expected=alasan, rule=rule)


class _Ambigu(str):
    """The hint of a text with two readings: refused as an :class:`AmbiguousValueError`."""

    __slots__ = ()


def _tolak_hint(teks: str, alasan: str, field: str) -> InvalidValueError:
    """The refusal of ``teks``: an AmbiguousValueError when ``alasan`` names two readings."""
    if isinstance(alasan, _Ambigu):
        return AmbiguousValueError(field=field, value=teks, expected=str(alasan))
    return _tolak(teks, alasan, field=field)


#: How a caller of the Python API chooses the decimal separator, for the hint of a refusal.
_PILIHAN_PYTHON: Final = "pemisah_desimal='{}'"
#: What each separator means, for the same hint.
_ARTI_PEMISAH: Final = MappingProxyType(
    {",": "dots group thousands, a comma marks decimals", ".": "a dot is the decimal point"}
)


def baca(
    teks: str,
    *,
    pemisah_desimal: Literal[",", "."] | None = None,
    kosong: int | Decimal | None = None,
    field: str = "teks",
    pilihan: str = _PILIHAN_PYTHON,
) -> Decimal:
    """Baca (read) a number written the Indonesian way, exactly.

    Accepted: ``"13.904.271.740"``, ``"Rp 13.904.271.740,-"``,
    ``"Rp. 309.164.140,-"``, ``"98,48"``, ``"98,48%"``, ``"1.055,00"``,
    ``"0,25"``, ``"-19.588.000"``, ``"8397"``. A percent sign, or the word
    ``persen`` (``Persen``, ``PERSEN``) in its place, is dropped: ``"98,48%"``
    and ``"98,48 persen"`` read as ``98.48``; a percentage is marked once, and
    never as Rupiah. Text marked as Rupiah ("Rp" before or ",-" after) is read
    the Indonesian way.

    Parentheses follow the accounting convention: ``"(19.588.000)"`` is
    ``-19588000``. A zero has no sign: ``"-0"``, ``"-0,00"`` and ``"(0)"`` read
    as the zero of the places written (``Decimal('0.00')`` for ``"-0,00"``),
    never a negative zero, which would print "-0.00" where the writers print 0.
    A sign inside the parentheses (``"(-5)"``) or outside them (``"-(5)"``) is
    refused, never read as a double negative. The sign and the
    Rupiah marks may wrap each other in either order: ``"-Rp 2.500.000"``,
    ``"Rp -2.500.000,-"``, ``"(Rp 2.500.000)"``, ``"Rp (2.500.000)"`` and
    ``"Rp(2.500.000),-"`` all read ``-2500000``; a second sign (``"-Rp (5)"``,
    ``"(Rp -5)"``) is refused.

    A single dot with no comma (``"95.03"``, ``"1.500"``) is refused unless
    ``pemisah_desimal`` says which separator is the decimal one: by Indonesian
    convention the dot groups thousands, yet reports also print ``95.03`` for
    95,03. ``"1.500"`` is ambiguous (1500 or 1,5); ``"95.03"`` reads only with a
    decimal point, but reading it so would decide from one figure how the whole
    document writes decimals. The message shows what the text reads with each
    choice.

    With ``pemisah_desimal="."`` commas may group thousands the English way
    where they cannot be a decimal comma: two or more comma groups
    (``"5,911,830,000"``) or comma groups before the decimal point
    (``"1,234.56"``). A single group (``"5,500"``: 5,5 or 5500?) is refused as
    ambiguous, and so is ``"Rp 5,500"``; other Rupiah text keeps the
    Indonesian reading (``"Rp 1.500"`` is 1500). Without that choice,
    English grouping is refused with a hint.

    This is the one reader of text numbers in :mod:`sakip.angka` and in the
    ``sakip`` command: :func:`bilangan`, :func:`persen`, :func:`rupiah` and
    :func:`terbilang` read a ``str`` with it, and the command reads every
    number typed on it with it (``--pemisah-desimal`` is ``pemisah_desimal``).

    Args:
        teks: the text as printed.
        pemisah_desimal: ``","`` (Indonesian convention: dots group thousands)
            or ``"."`` (the text uses a decimal point; commas group thousands only
            as said above). ``None`` accepts every unambiguous Indonesian form and
            refuses the rest.
        kosong: the value of an empty cell (blank, ``"-"`` or ``"n/a"``: see
            :func:`sel_kosong`); ``None`` (default) refuses empty cells.
        field: the name a refusal gives the text: the caller's name for it (a
            column, an option of a command), ``"teks"`` by default.
        pilihan: how the caller's user chooses the separator, for the hint of a
            refusal: a format string with one ``{}`` for the separator
            (``"pemisah_desimal='{}'"`` by default; the command writes
            ``"--pemisah-desimal {}"``).

    Returns:
        A ``Decimal`` with the places as written (``"1.055,00"`` gives
        ``Decimal('1055.00')``).

    Raises:
        InvalidTypeError: ``teks``, ``field`` or ``pilihan`` is not a str.
        InvalidValueError: malformed or ambiguous text, or an empty cell when
            ``kosong`` is None; an empty ``field``, or a ``pilihan`` that is not
            a format string with exactly one ``{}``.

    Sumber:
        Ejaan yang Disempurnakan / PUEBI (tanda titik memisahkan ribuan, tanda
        koma memisahkan desimal). Parentheses for a negative amount, a sign
        on either side of "Rp", the word "persen" for "%" and English grouping
        of a table that uses a decimal point: local practice, seen in LKjIP
        budget and performance tables.

    Examples:
        >>> baca("Rp 13.904.271.740,-")
        Decimal('13904271740')
        >>> baca("98,48%")
        Decimal('98.48')
        >>> baca("(19.588.000)")
        Decimal('-19588000')
        >>> baca("95.03", pemisah_desimal=".")
        Decimal('95.03')
        >>> baca("1.500", pemisah_desimal=",")
        Decimal('1500')
        >>> baca("-", kosong=0)
        Decimal('0')
        >>> baca("-0,00"), baca("(0)")
        (Decimal('0.00'), Decimal('0'))
        >>> baca("98,02 persen")
        Decimal('98.02')
        >>> baca("Rp (2.500.000),-")
        Decimal('-2500000')
        >>> baca("5,911,830,000", pemisah_desimal=".")
        Decimal('5911830000')
        >>> baca("1.500")
        Traceback (most recent call last):
        ...
        sakip.errors.AmbiguousValueError: teks is ambiguous (one dot, no comma): it reads 1500 \
with pemisah_desimal=',' (dots group thousands, a comma marks decimals), and reads 1,5 \
with pemisah_desimal='.' (a dot is the decimal point); choose one (got '1.500')
        >>> baca("(-5)")
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidValueError: teks must not have a sign inside parentheses: \
'(5)' is already negative (got '(-5)')
        >>> baca("-Rp (5)")
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidValueError: teks must have one sign, a minus or parentheses \
('-Rp 5', 'Rp (5)'), never a double negative (got '-Rp (5)')
        >>> baca("Rp 5,500", pemisah_desimal=".")
        Traceback (most recent call last):
        ...
        sakip.errors.AmbiguousValueError: teks is ambiguous (one comma before three digits, \
with pemisah_desimal='.'): it reads 5,5 if the comma marks decimals, and 5500 if it groups \
thousands; write '5500' without grouping, or choose pemisah_desimal=',' (got 'Rp 5,500')
        >>> baca("5,911,830")
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidValueError: teks groups thousands with commas, not the Indonesian \
way: it reads 5911830 with pemisah_desimal='.' (a dot is the decimal point); choose it if \
the report writes a decimal point (got '5,911,830')
        >>> baca("1.500", field="--pagu", pilihan="--pemisah-desimal {}")
        Traceback (most recent call last):
        ...
        sakip.errors.AmbiguousValueError: --pagu is ambiguous (one dot, no comma): it reads \
1500 with --pemisah-desimal , (dots group thousands, a comma marks decimals), and reads 1,5 \
with --pemisah-desimal . (a dot is the decimal point); choose one (got '1.500')
    """
    for nama, isi in (("field", field), ("pilihan", pilihan)):
        if not isinstance(isi, str):
            raise InvalidTypeError(field=nama, value=isi, expected="must be a str")
    if not field:
        raise InvalidValueError(
            field="field", value=field, expected="must be a non-empty str (the text's name)"
        )
    if not _satu_tempat(pilihan):
        raise InvalidValueError(
            field="pilihan",
            value=pilihan,
            expected="must be a format string with one '{}' for the separator, and no "
            "other field ('--pemisah-desimal {}')",
        )
    return _baca(
        teks, field=field, pemisah_desimal=pemisah_desimal, kosong=kosong, pilihan=pilihan
    )


@functools.lru_cache(maxsize=64)
def _satu_tempat(pilihan: str) -> bool:
    """Whether ``pilihan`` formats with exactly one ``{}`` (no name, conversion or spec).

    (Cached: the file readers pass one ``pilihan`` for every cell.)
    """
    try:
        medan = [b[1:] for b in string.Formatter().parse(pilihan) if b[1] is not None]
    except ValueError:  # a single '{' or '}'
        return False
    return medan == [("", "", None)]


def _baca(
    teks: str,
    *,
    field: str = "teks",
    pemisah_desimal: str | None = None,
    kosong: int | Decimal | None = None,
    pilihan: str = _PILIHAN_PYTHON,
) -> Decimal:
    """:func:`baca`, naming ``field`` in errors and writing the choice of separator as ``pilihan``.

    ``pilihan`` is a format string with one ``{}`` for the separator:
    ``"pemisah_desimal='{}'"`` for the Python API, ``"--pemisah-desimal {}"`` for
    the command line.
    """
    if not isinstance(teks, str):
        raise InvalidTypeError(field=field, value=teks, expected="must be a str")
    if pemisah_desimal not in (None, ",", "."):
        raise InvalidValueError(
            field="pemisah_desimal", value=pemisah_desimal, expected="must be ',', '.' or None"
        )
    if len(teks) > _MAKS:
        raise _tolak(teks[:20] + "...", f"must be at most {_MAKS} characters", field=field)
    isi = teks.strip()
    if sel_kosong(isi):
        if kosong is None:
            raise _tolak(
                teks, "is an empty cell; pass kosong=0 (or another value) to read it", field=field
            )
        if type(kosong) is int or isinstance(kosong, Decimal):
            ke_pecahan(kosong, "kosong")  # finite, within sakip's limits, as any number read
            nilai = Decimal(kosong)
            return nilai if nilai else nilai.copy_abs()  # a zero has no sign, as one read
        raise InvalidTypeError(field="kosong", value=kosong, expected="must be an int or Decimal")
    negatif, rupiah_tertulis, isi = _amplop(isi, teks, field)
    if isi.endswith(_TANDA_PERSEN):
        isi = isi[: -1 if isi.endswith("%") else -len("persen")].rstrip()
        if isi.endswith(_TANDA_PERSEN):
            raise _tolak(
                teks, "must mark a percentage once ('98,02%' or '98,02 persen')", field=field
            )
        if rupiah_tertulis:
            raise _tolak(teks, "must not be both Rupiah and a percentage", field=field)
    if not isi.isascii() or not isi:
        raise _tolak(teks, _MINUS if isi.startswith(_MINUS_LAIN) else _BENTUK, field=field)
    if pemisah_desimal is None and not rupiah_tertulis and _SATU_TITIK.match(isi):
        raise _tolak_hint(teks, _ambigu(isi, negatif, pilihan), field)
    # "Rp 1.000,-" is Rupiah written the Indonesian way: the dot groups thousands,
    # whatever the rest of the table says of its decimals.
    cara = "," if rupiah_tertulis else pemisah_desimal
    angka = _angka_polos(isi, cara)
    if angka is None or (rupiah_tertulis and pemisah_desimal == "." and "," in isi):
        # not a plain number, or Rupiah with a comma in a table that uses a decimal point
        bacaan = _angka_inggris(isi, angka, cara, pemisah_desimal, negatif, pilihan)
        if isinstance(bacaan, str):
            raise _tolak_hint(teks, bacaan, field)
        angka = bacaan
    return _bertanda_minus(angka, negatif)


def _bertanda_minus(angka: Decimal, negatif: bool) -> Decimal:
    """``angka`` negated when ``negatif``, except a zero, which has no sign.

    "-0", "-0,00" and "(0)" read as the zero of the places written, ``Decimal('0.00')``
    for "-0,00": a negative zero equals zero, yet it would print "-0.00" in a finding
    and in sums, where the writers print "0" (Decimal keeps the sign of a zero).
    """
    # copy_negate is exact; unary minus would round to the ambient context's precision
    return angka.copy_negate() if negatif and angka else angka


#: A percentage written as a word instead of "%" ("98,02 persen"): local practice, seen in
#: the capaian columns of LKjIP performance tables. These spellings only, and only once.
_KATA_PERSEN: Final = ("persen", "Persen", "PERSEN")
_TANDA_PERSEN: Final = ("%", *_KATA_PERSEN)
#: "Rp" or "Rp." before a Rupiah amount (any case), and its spaces; ",-" after it.
_RP: Final = "rp"
_AWALAN_RP: Final = re.compile(rf"\A{_RP}\.?\s*", re.IGNORECASE)
_AKHIRAN_RP: Final = ",-"


def _amplop(isi: str, teks: str, field: str) -> tuple[bool, bool, str]:
    """``(negatif, rupiah, isi)``: the sign and the Rupiah marks around the number, removed.

    The sign is a leading minus or the accounting parentheses; the Rupiah marks
    are "Rp" before the number and ",-" after it. They may wrap each other in
    either order ("-Rp 5", "Rp -5", "(Rp 5)", "Rp (5),-"), each at most once: a
    second sign is refused, never read as a double negative.
    """
    negatif = rp_awal = rp_akhir = False
    while True:
        if isi.startswith("(") and isi.endswith(")"):
            isi = isi[1:-1].strip()
            if isi.startswith(("-", "+")):
                raise _tolak(teks, _TANDA_DALAM, field=field)
        elif isi.startswith("-"):
            isi = isi[1:].strip()
            if isi.startswith("("):
                raise _tolak(teks, _TANDA_LUAR, field=field)
        elif not rp_awal and isi[:1] in ("R", "r") and (m := _AWALAN_RP.match(isi)):
            rp_awal, isi = True, isi[m.end() :]
            continue
        elif not rp_akhir and isi.endswith(_AKHIRAN_RP):
            rp_akhir, isi = True, isi[: -len(_AKHIRAN_RP)]
            continue
        else:
            return negatif, rp_awal or rp_akhir, isi
        if negatif:
            raise _tolak(teks, _TANDA_DUA, field=field)
        negatif = True


#: Dashes that look like a minus (U+2212 minus, en and em dash, small and full-width
#: hyphen-minus): refused, as every character outside ASCII is, with a hint.
_MINUS_LAIN: Final = ("\u2212", "\u2013", "\u2014", "\ufe63", "\uff0d")
_MINUS: Final = "must write a minus sign as the ASCII hyphen-minus '-'"
_TANDA_DALAM: Final = "must not have a sign inside parentheses: '(5)' is already negative"
_TANDA_LUAR: Final = "must not have a sign before parentheses: '(5)' is already negative"
_TANDA_DUA: Final = (
    "must have one sign, a minus or parentheses ('-Rp 5', 'Rp (5)'), never a double negative"
)
#: How a table marks a cell with no figure: blank, a dash, or "n/a" ("not available";
#: any case, with or without dots). Local practice, seen in LKjIP tables ("-" for a
#: figure that does not exist, "n/a" for an indicator without data).
_TEKS_KOSONG: Final = frozenset({"", "-", "\u2013", "\u2014", "n/a", "na", "n.a", "n.a."})


def sel_kosong(teks: str) -> bool:
    """Whether ``teks`` marks an empty cell, as :func:`baca` reads it ("-", "", "n/a").

    Examples:
        >>> sel_kosong(" - "), sel_kosong("N/A"), sel_kosong("0")
        (True, True, False)

    Raises:
        InvalidTypeError: ``teks`` is not a str.
    """
    if not isinstance(teks, str):
        raise InvalidTypeError(field="teks", value=teks, expected="must be a str")
    return teks.strip().lower() in _TEKS_KOSONG


_BENTUK: Final = "must be a number written the Indonesian way ('13.904.271.740', '98,48')"
#: One dot and no comma: "1.500", "95.03", "0.5" (the ambiguous shape).
_SATU_TITIK: Final = re.compile(r"\d+\.\d+\Z")


def _ambigu(isi: str, negatif: bool, pilihan: str) -> str:
    """The hint for one dot and no comma: what it reads with each separator, and how to choose.

    "1.500" reads with either separator; "97.32" only with a decimal point, yet
    reading it so would decide, from one figure, how the whole document writes
    decimals: both are refused, each with what it would read.
    """
    titik = f"{pilihan.format('.')} ({_ARTI_PEMISAH['.']})"
    desimal = _angka_polos(isi, ".")
    assert desimal is not None  # one dot between digits always reads with a decimal point
    dibaca_titik = _tertulis(desimal, negatif)
    d = _angka_polos(isi, ",")
    if d is None:
        return (
            f"has a decimal point, which the Indonesian way does not use: it reads {dibaca_titik} "
            f"with {titik}; choose it if the report writes a decimal point"
        )
    koma = f"{pilihan.format(',')} ({_ARTI_PEMISAH[',']})"
    dibaca = _tertulis(d, negatif)
    return _Ambigu(
        f"is ambiguous (one dot, no comma): it reads {dibaca} with {koma}, and reads "
        f"{dibaca_titik} with {titik}; choose one"
    )


def _angka_polos(isi: str, pemisah: str | None) -> Decimal | None:
    """The unsigned number in ``isi`` read with ``pemisah``, or None when it is not one."""
    if _DIGIT.match(isi):
        return Decimal(isi)
    if pemisah == ".":
        return Decimal(isi) if _SATU_TITIK.match(isi) else None
    m = _KOMA.match(isi)
    if m:
        return Decimal(m.group(1).replace(".", "") + "." + m.group(2))
    if _RIBUAN.match(isi):
        return Decimal(isi.replace(".", ""))
    return None


#: English grouping: commas group thousands (the first group of 1 to 3 digits, not starting
#: with 0), then an optional decimal point: "5,911,830,000", "1,234.56".
_INGGRIS: Final = re.compile(r"[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?\Z")


def _angka_inggris(
    isi: str,
    polos: Decimal | None,
    cara: str | None,
    pemisah: str | None,
    negatif: bool,
    pilihan: str,
) -> Decimal | str:
    """The number in ``isi`` with its commas grouping thousands, or why it is refused.

    English grouping is read when the caller chose ``"."`` and the commas cannot
    be a decimal comma: two or more comma groups, or comma groups before a decimal
    point. One group alone (``"5,500"``) is ambiguous. Any other text keeps
    ``polos``, its reading with ``cara`` (``","`` for Rupiah text, else ``pemisah``),
    or is refused as no number.
    """
    if _INGGRIS.match(isi):
        if isi.count(",") == 1 and "." not in isi:  # "5,500": 5,5 or 5500?
            return _koma_ambigu(isi, negatif, pilihan)
        inggris = Decimal(isi.replace(",", ""))
        if pemisah == ".":
            return inggris
        return (
            f"groups thousands with commas, not the Indonesian way: it reads "
            f"{_tertulis(inggris, negatif)} with {pilihan.format('.')} "
            f"({_ARTI_PEMISAH['.']}); choose it if the report writes a decimal point"
        )
    if polos is not None:
        return polos
    if cara == ".":
        return f"must be digits with one decimal point ({pilihan.format('.')})"
    return _BENTUK


def _koma_ambigu(isi: str, negatif: bool, pilihan: str) -> str:
    """The hint for one comma before three digits in a text that uses a decimal point."""
    koma = _angka_polos(isi, ",")
    assert koma is not None  # one comma after digits: always a decimal comma
    inggris = Decimal(isi.replace(",", ""))
    return _Ambigu(
        f"is ambiguous (one comma before three digits, with {pilihan.format('.')}): "
        f"it reads {_tertulis(koma, negatif)} if the comma marks decimals, and "
        f"{_tertulis(inggris, negatif)} if it groups thousands; write "
        f"'{_tertulis(inggris, negatif)}' without grouping, or choose {pilihan.format(',')}"
    )


def _tertulis(d: Decimal, negatif: bool) -> str:
    """``d`` written with no grouping and a decimal comma: a form that cannot be misread."""
    tertulis = f"{d.copy_negate() if negatif else d:f}"
    if "." in tertulis:  # trailing zeros dropped by hand: normalize() would round
        tertulis = tertulis.rstrip("0").rstrip(".")
    return tertulis.replace(".", ",")


#: The marks of a unit in a text number, by unit, in lower case: a writer of one unit
#: refuses the other's mark instead of dropping it ("Rp 50,-" from "50%"). Made from the
#: marks baca reads, so the two cannot drift apart.
_TANDA_SATUAN: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        "persen": tuple(dict.fromkeys(t.lower() for t in _TANDA_PERSEN)),
        "rupiah": (_RP, _AKHIRAN_RP),
    }
)


def bertanda(teks: str, satuan: str) -> bool:
    """Whether a text number carries the mark of ``satuan`` (``"persen"``: "%" or the
    word; ``"rupiah"``: "Rp" or ",-"), which :func:`baca` reads and drops.

    A writer of one unit refuses the other's mark with it (:func:`persen` refuses
    "Rp 50"), and so does the command for an option in one unit.

    Examples:
        >>> bertanda("Rp 50,-", "rupiah"), bertanda("98,48 Persen", "persen")
        (True, True)
        >>> bertanda("98,48", "persen")
        False
        >>> bertanda("50", "meter")
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidValueError: satuan must be one of ['persen', 'rupiah'] (got 'meter')
    """
    if not isinstance(teks, str):
        raise InvalidTypeError(field="teks", value=teks, expected="must be a str")
    if not isinstance(satuan, str) or satuan not in _TANDA_SATUAN:
        raise InvalidValueError(
            field="satuan", value=satuan, expected=f"must be one of {list(_TANDA_SATUAN)}"
        )
    return any(t in teks.lower() for t in _TANDA_SATUAN[satuan])


def _nilai(
    nilai: Number, field: str, pemisah_desimal: str | None, *, bukan: str | None = None
) -> Number:
    """A number given to a writer: text is read by :func:`baca`'s rule, the rest as it is.

    ``bukan`` names a unit (``"persen"``, ``"rupiah"``) whose mark the text must not
    carry: the writer would drop it.
    """
    if isinstance(nilai, str):
        angka = _baca(nilai, field=field, pemisah_desimal=pemisah_desimal)
        if bukan is not None and bertanda(nilai, bukan):
            raise InvalidValueError(
                field=field, value=nilai, expected=f"must not be marked as {bukan}"
            )
        return angka
    if pemisah_desimal not in (None, ",", "."):
        raise InvalidValueError(
            field="pemisah_desimal", value=pemisah_desimal, expected="must be ',', '.' or None"
        )
    return nilai


def _kelompok(digits: str) -> str:
    bagian = []
    while len(digits) > 3:
        bagian.append(digits[-3:])
        digits = digits[:-3]
    bagian.append(digits)
    return ".".join(reversed(bagian))


def bilangan(
    nilai: Number, tempat: int = 0, *, pemisah_desimal: Literal[",", "."] | None = None
) -> str:
    """Write a number the Indonesian way: dots group thousands, a comma marks decimals.

    Rounded once, ROUND_HALF_UP, to ``tempat`` places. A ``str`` is read by
    :func:`baca` (with ``pemisah_desimal``), so ``bilangan("1.500")`` is refused
    as ambiguous exactly as ``baca("1.500")`` is.

    Examples:
        >>> bilangan(8397)
        '8.397'
        >>> bilangan("1055", 2)
        '1.055,00'
        >>> bilangan(-19_588_000)
        '-19.588.000'
        >>> bilangan("1.500", pemisah_desimal=",")
        '1.500'
    """
    x = ke_pecahan(_nilai(nilai, "nilai", pemisah_desimal), "nilai")
    return tulis_desimal(bulatkan_pecahan(x, _periksa_tempat(tempat)))


def tulis_desimal(d: Decimal) -> str:
    """Write an already rounded Decimal the Indonesian way (no rounding here)."""
    tanda = "-" if d < 0 else ""
    # copy_abs is exact; abs() would round to the ambient context's precision (28 digits)
    utuh, _, pecahan = f"{d.copy_abs():f}".partition(".")
    hasil = tanda + _kelompok(utuh)
    return f"{hasil},{pecahan}" if pecahan else hasil


def persen(
    nilai: Number, tempat: int = 2, *, pemisah_desimal: Literal[",", "."] | None = None
) -> str:
    """Write a percentage with a decimal comma: ``"98,48%"``.

    A ``str`` is read by :func:`baca` (with ``pemisah_desimal``).

    Examples:
        >>> persen("98,475")
        '98,48%'
        >>> persen(Decimal("69.995"))
        '70,00%'
        >>> persen(100, 0)
        '100%'
    """
    nilai = _nilai(nilai, "nilai", pemisah_desimal, bukan="rupiah")
    return bilangan(nilai, tempat, pemisah_desimal=pemisah_desimal) + "%"


def rupiah(
    nilai: Number,
    *,
    gaya: Literal["laporan", "sen"] = "laporan",
    pemisah_desimal: Literal[",", "."] | None = None,
) -> str:
    """Write a Rupiah amount.

    ``gaya="laporan"`` (the reports' style): ``"Rp 13.904.271.740,-"``, whole
    Rupiah only. ``gaya="sen"``: ``"Rp13.904.271.740,00"``, two decimals
    (amounts with more than two decimals are refused, not rounded). A ``str``
    is read by :func:`baca` (with ``pemisah_desimal``).

    Examples:
        >>> rupiah(13_904_271_740)
        'Rp 13.904.271.740,-'
        >>> rupiah(13_904_271_740, gaya="sen")
        'Rp13.904.271.740,00'
        >>> rupiah(-19_588_000)
        '-Rp 19.588.000,-'
        >>> rupiah("13.904.271.740")
        'Rp 13.904.271.740,-'
    """
    x = ke_pecahan(_nilai(nilai, "nilai", pemisah_desimal, bukan="persen"), "nilai")
    if gaya == "laporan":
        if x.denominator != 1:
            raise InvalidValueError(
                field="nilai", value=nilai, expected="must be whole Rupiah for gaya='laporan'"
            )
        tanda = "-" if x < 0 else ""
        return f"{tanda}Rp {bilangan(abs(x))},-"
    if gaya == "sen":
        if (x * 100).denominator != 1:
            raise InvalidValueError(
                field="nilai", value=nilai, expected="must have at most 2 decimals (sen)"
            )
        tanda = "-" if x < 0 else ""
        return f"{tanda}Rp{bilangan(abs(x), 2)}"
    raise InvalidValueError(field="gaya", value=gaya, expected="must be 'laporan' or 'sen'")


_SATUAN: Final = (
    "nol",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
)
_SKALA: Final = ("", "ribu", "juta", "miliar", "triliun", "kuadriliun")
_TERBILANG_MAKS: Final = 10**18


def _ratusan(n: int) -> list[str]:
    """Words for 1 to 999."""
    kata: list[str] = []
    ratus, sisa = divmod(n, 100)
    if ratus == 1:
        kata.append("seratus")
    elif ratus > 1:
        kata += [_SATUAN[ratus], "ratus"]
    if sisa == 0:
        return kata
    if sisa < 10:
        kata.append(_SATUAN[sisa])
    elif sisa == 10:
        kata.append("sepuluh")
    elif sisa == 11:
        kata.append("sebelas")
    elif sisa < 20:
        kata += [_SATUAN[sisa - 10], "belas"]
    else:
        puluh, satu = divmod(sisa, 10)
        kata += [_SATUAN[puluh], "puluh"]
        if satu:
            kata.append(_SATUAN[satu])
    return kata


def _kata_bulat(n: int) -> list[str]:
    if n == 0:
        return ["nol"]
    kelompok: list[int] = []
    while n:
        n, g = divmod(n, 1000)
        kelompok.append(g)
    kata: list[str] = []
    for tingkat in range(len(kelompok) - 1, -1, -1):
        g = kelompok[tingkat]
        if g == 0:
            continue
        if tingkat == 1 and g == 1:
            kata.append("seribu")
            continue
        kata += _ratusan(g)
        if tingkat:
            kata.append(_SKALA[tingkat])
    return kata


def terbilang(
    nilai: Number,
    *,
    huruf: Literal["kecil", "kalimat", "judul"] = "kecil",
    rupiah: bool = False,
    pemisah_desimal: Literal[",", "."] | None = None,
) -> str:
    """Terbilang (number in words), Indonesian, exact.

    Integers below 10^18 in magnitude; negatives with "minus"; decimals with
    "koma" followed by each digit as written (``Decimal("1.50")`` and
    ``"1,50"`` give "satu koma lima nol"). Scale words: ribu, juta, miliar,
    triliun, kuadriliun; the se- forms sepuluh, sebelas, seratus, seribu.

    Args:
        nilai: the number; a float is read by its shortest repr; a ``str`` is
            read by :func:`baca`, so ``"1.500"`` is refused as ambiguous unless
            ``pemisah_desimal`` says how to read it.
        huruf: ``"kecil"`` (lower case), ``"kalimat"`` (first letter upper) or
            ``"judul"`` (Title Case, as reports print amounts).
        rupiah: append "rupiah".
        pemisah_desimal: how to read a ``str``, as in :func:`baca`.

    Sumber:
        Pedoman Umum Ejaan Bahasa Indonesia (penulisan bilangan dengan huruf);
        amounts in words as printed in LKjIP and DPA documents.

    Examples:
        >>> terbilang(1_001_000)
        'satu juta seribu'
        >>> terbilang(101_000)
        'seratus satu ribu'
        >>> terbilang(54_878_500, huruf="judul", rupiah=True)
        'Lima Puluh Empat Juta Delapan Ratus Tujuh Puluh Delapan Ribu Lima Ratus Rupiah'
        >>> terbilang("-12,05", huruf="kalimat")
        'Minus dua belas koma nol lima'
        >>> terbilang("1.500", pemisah_desimal=",", rupiah=True)
        'seribu lima ratus rupiah'
    """
    if huruf not in ("kecil", "kalimat", "judul"):
        raise InvalidValueError(
            field="huruf", value=huruf, expected="must be 'kecil', 'kalimat' or 'judul'"
        )
    if not isinstance(rupiah, bool):
        raise InvalidTypeError(field="rupiah", value=rupiah, expected="must be a bool")
    nilai = _nilai(nilai, "nilai", pemisah_desimal, bukan="persen")
    x = ke_pecahan(nilai, "nilai")
    if abs(x) >= _TERBILANG_MAKS:
        raise InvalidValueError(
            field="nilai", value=nilai, expected="must be smaller than 10**18 in magnitude"
        )
    digit_pecahan = _digit_pecahan(nilai, x)
    kata: list[str] = ["minus"] if x < 0 else []
    kata += _kata_bulat(abs(x.numerator) // x.denominator)
    if digit_pecahan:
        kata.append("koma")
        kata += [_SATUAN[int(c)] for c in digit_pecahan]
    if rupiah:
        kata.append("rupiah")
    teks = " ".join(kata)
    if huruf == "judul":
        return " ".join(k.capitalize() for k in kata)
    if huruf == "kalimat":
        return teks[:1].upper() + teks[1:]
    return teks


def _digit_pecahan(asli: Number, x: Fraction) -> str:
    """The decimal digits as written (a Decimal keeps its trailing zeros)."""
    if isinstance(asli, Decimal):
        return f"{asli.copy_abs():f}".partition(".")[2]  # exact, unlike abs()
    if x.denominator == 1:
        return ""
    # Fraction or float: the exact finite decimal expansion, or refuse
    penyebut = x.denominator
    for p in (2, 5):
        while penyebut % p == 0:
            penyebut //= p
    if penyebut != 1:
        raise InvalidValueError(
            field="nilai", value=asli, expected="must have a finite decimal expansion"
        )
    tempat = 0
    while (x * 10**tempat).denominator != 1:
        tempat += 1
    d2 = desimal_dari_bulat(abs(x.numerator) * 10**tempat // x.denominator, tempat)
    return f"{d2:f}".partition(".")[2]


#: The words :func:`terbilang` writes for a number (its unit word "rupiah" aside), in lower
#: case: what :func:`baca_terbilang` reads, and how a text is told apart from words that name
#: no number at all ("BB", "Baik").
KATA_BILANGAN: Final = frozenset(
    {*_SATUAN, "sepuluh", "sebelas", "belas", "puluh", "seratus", "ratus", "seribu"}
    | {*_SKALA[1:], "minus", "koma"}
)
#: The scale words, each with its power of 1000.
_TINGKAT: Final[Mapping[str, int]] = MappingProxyType(
    {nama: i for i, nama in enumerate(_SKALA) if nama}
)
#: The longest text of number words read. terbilang writes any number below 10**18 with
#: MAKS_TEMPAT decimals, "minus" and "rupiah" in fewer than 600 characters.
_MAKS_KATA: Final = 600
#: What number words must be, for a refusal.
_KATA_BAKU: Final = (
    "must be Indonesian number words as terbilang writes them ('lima puluh lima', 'seratus')"
)


#: The se- forms written out with "satu" ("satu ratus"): read, to name the form terbilang
#: writes in the refusal.
_SE_DIURAI: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {"sepuluh": ("satu", "puluh"), "sebelas": ("satu", "belas"), "seratus": ("satu", "ratus")}
)


@functools.cache
def _nilai_ratusan() -> Mapping[tuple[str, ...], int]:
    """The words of 1 to 999 as terbilang writes them, and with their se- forms written out,
    each with its number (a table, read by lookup, so no order of words is guessed)."""
    tabel: dict[tuple[str, ...], int] = {}
    for n in range(1, 1000):
        bentuk: list[tuple[str, ...]] = [()]
        for k in _ratusan(n):
            pilihan = [(k,), _SE_DIURAI[k]] if k in _SE_DIURAI else [(k,)]
            bentuk = [b + u for b in bentuk for u in pilihan]
        tabel.update(dict.fromkeys(bentuk, n))
    return MappingProxyType(tabel)


def _bulat_dari_kata(kata: list[str]) -> int | None:
    """The whole number the words name group by group ("lima ratus" "ribu" ...), or None
    where a group is not the words of 1 to 999 or the scales do not fall."""
    if kata == ["nol"]:
        return 0
    ratusan = _nilai_ratusan()
    total, kelompok, batas = 0, list[str](), len(_SKALA)
    for k in kata:
        tingkat = _TINGKAT.get(k)
        if k == "seribu":
            if kelompok:
                return None
            kelompok, tingkat = ["satu"], 1
        if tingkat is None:
            kelompok.append(k)
            continue
        n = ratusan.get(tuple(kelompok))
        if n is None or tingkat >= batas:
            return None
        total += n * 1000**tingkat
        batas, kelompok = tingkat, []
    if kelompok:
        n = ratusan.get(tuple(kelompok))
        if n is None:
            return None
        total += n
    return total if kata else None


def baca_terbilang(teks: str, *, rupiah: bool = False) -> Decimal:
    """Baca terbilang (read a number in words): the number Indonesian words name, exactly.

    The inverse of :func:`terbilang`: the words are those it writes, in its
    order (case and runs of spaces aside), so every number has one spelling and
    none is guessed. "nol"; the se- forms sepuluh, sebelas, seratus, seribu
    ("se ratus" and "satu ratus" are refused; "satu juta" is how terbilang
    writes a million); "minus" first; "koma" followed by one word per decimal
    digit ("dua koma lima nol" is ``Decimal('2.50')``). Integers below 10^18, as
    terbilang writes (kuadriliun is the largest scale word), at most
    ``MAKS_TEMPAT`` (30) decimals, and at most 600 characters.

    Args:
        teks: the words as printed ("Lima Puluh Lima", "sembilan").
        rupiah: whether the words are an amount's, which may end with "rupiah"
            ("Dua Ratus Dua Rupiah"); elsewhere "rupiah" is refused.

    Returns:
        A ``Decimal`` with the places the words give.

    Raises:
        InvalidTypeError: ``teks`` is not a str, or ``rupiah`` not a bool.
        InvalidValueError: too long, a word that is not a number word, or number
            words terbilang does not write (naming the words it writes where
            they sum to a number).

    Sumber:
        Pedoman Umum Ejaan Bahasa Indonesia (penulisan bilangan dengan huruf), as
        :func:`terbilang` writes it; numbers printed with their words in parentheses
        ("9 (sembilan) Program", LKjIP Dinas Sosial dan PMD Kota Dumai 2023, Ringkasan
        Eksekutif).

    Examples:
        >>> baca_terbilang("lima puluh lima"), baca_terbilang("Sembilan")
        (Decimal('55'), Decimal('9'))
        >>> baca_terbilang("Tujuh Miliar Empat Ratus Enam Puluh Empat Juta Empat Ratus "
        ...                "Empat Puluh Lima Ribu Dua Ratus Dua Rupiah", rupiah=True)
        Decimal('7464445202')
        >>> baca_terbilang("minus dua belas koma nol lima")
        Decimal('-12.05')
        >>> baca_terbilang("se ratus")
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidValueError: teks must be Indonesian number words as terbilang \
writes them ('lima puluh lima', 'seratus'); 'se' is not one (got 'se ratus')
        >>> baca_terbilang("satu ratus")
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidValueError: teks must be number words as terbilang writes them: \
it writes 100 'seratus' (got 'satu ratus')
    """
    if not isinstance(teks, str):
        raise InvalidTypeError(field="teks", value=teks, expected="must be a str")
    if not isinstance(rupiah, bool):
        raise InvalidTypeError(field="rupiah", value=rupiah, expected="must be a bool")
    if len(teks) > _MAKS_KATA:
        raise _tolak(teks[:20] + "...", f"must be at most {_MAKS_KATA} characters")
    tertulis = teks.split()
    kata = [k.lower() for k in tertulis]
    akhiran = rupiah and kata[-1:] == ["rupiah"]
    if akhiran:
        kata.pop()
    for k, asli in zip(kata, tertulis, strict=False):
        if not asli.isascii() or k not in KATA_BILANGAN:  # "\u212aoma" lowers to "koma"
            sebab = (
                "'rupiah' ends only the words of an amount, once"
                if k == "rupiah"
                else f"{asli!r} is not one"
            )
            raise _tolak(teks, f"{_KATA_BAKU}; {sebab}")
    negatif = kata[:1] == ["minus"]
    bulat, koma, pecahan = " ".join(kata[negatif:]).partition("koma")
    digit = pecahan.split()
    nilai = _bulat_dari_kata(bulat.split())
    if nilai is None or (koma and not digit) or not all(d in _SATUAN for d in digit):
        raise _tolak(teks, f"{_KATA_BAKU}; the words name no number below 10**18")
    if len(digit) > MAKS_TEMPAT:
        raise _tolak(teks, f"must have at most {MAKS_TEMPAT} decimal digits after 'koma'")
    pecahan_digit = "".join(str(_SATUAN.index(x)) for x in digit)
    d = Decimal(f"{nilai}.{pecahan_digit}" if digit else nilai)
    if negatif and d:  # "minus nol" names no negative number: refused below
        d = d.copy_negate()
    baku = terbilang(d, rupiah=akhiran)
    if baku.split() != [*kata, *(["rupiah"] if akhiran else [])]:
        raise _tolak(
            teks, f"must be number words as terbilang writes them: it writes {d} {baku!r}"
        )
    return d


_BULAN: Final = {
    "januari": 1, "jan": 1,
    "februari": 2, "pebruari": 2, "feb": 2, "peb": 2,
    "maret": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "agust": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10,
    "november": 11, "nov": 11, "nop": 11, "nopember": 11,
    "desember": 12, "des": 12,
}  # fmt: skip
_NAMA_BULAN: Final = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip


@functools.cache
def _pengurai() -> tuple[Any, Any]:
    """dateutil's parser with Indonesian month names; imported on first use (it is slow to import)."""
    from dateutil import parser

    class _InfoIndonesia(parser.parserinfo):
        MONTHS: list[tuple[str, ...]] = [  # type: ignore[assignment]  # noqa: RUF012
            tuple(nama for nama, nomor in _BULAN.items() if nomor == b) for b in range(1, 13)
        ]

    return parser, _InfoIndonesia(dayfirst=True)


# ASCII digits only (as baca reads numbers), and a year of four digits from 1000: dateutil
# would move "0050" to 2050 by its two-digit-year rule.
_POLA_TANGGAL: Final = re.compile(
    r"\A(?:[^,\d]+,\s*)?([0-9]{1,2})\s+([A-Za-z]+)\.?\s+([1-9][0-9]{3})\Z"
)
_POLA_BULAN: Final = re.compile(r"\A(?:[^,\d]+,\s*)?([A-Za-z]+)\.?\s+([1-9][0-9]{3})\Z")
#: The longest date text read (a place, a day, a month and a year).
_MAKS_TANGGAL: Final = 100


def _nama_bulan(kata: str, teks: str) -> int:
    nomor = _BULAN.get(kata.lower())
    if nomor is None:
        raise _tolak(teks, f"has an unknown month name {kata!r}")
    return nomor


def baca_tanggal(teks: str) -> dt.date:
    """Read a date as Indonesian documents write it.

    Accepted: ``"25 September 2023"``, ``"25 Sept 2023"``, ``"Dumai, 25
    September 2023"`` (a place before the comma is dropped), and ISO
    ``"2023-09-25"``. A month without a day, numeric forms such as
    ``"09/10/2023"`` (day or month first?) and unknown month names raise.

    Examples:
        >>> baca_tanggal("Dumai, 25 September 2023")
        datetime.date(2023, 9, 25)
        >>> baca_tanggal("Januari 2024")
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidValueError: teks must name a day, a month and a year \
('25 September 2023'); use baca_bulan() for a month (got 'Januari 2024')
    """
    if not isinstance(teks, str):
        raise InvalidTypeError(field="teks", value=teks, expected="must be a str")
    if len(teks) > _MAKS_TANGGAL:
        raise _tolak(teks[:20] + "...", f"must be at most {_MAKS_TANGGAL} characters")
    isi = " ".join(teks.split())
    if re.fullmatch(r"[1-9][0-9]{3}-[0-9]{2}-[0-9]{2}", isi):
        try:
            return dt.date.fromisoformat(isi)
        except ValueError:
            raise _tolak(teks, "must be a valid ISO date") from None
    m = _POLA_TANGGAL.match(isi)
    if not m:
        raise _tolak(
            teks,
            "must name a day, a month and a year ('25 September 2023'); "
            "use baca_bulan() for a month",
        )
    hari, bulan, tahun = m.groups()
    _nama_bulan(bulan, teks)
    # dateutil reads the Indonesian month through _InfoIndonesia; two different
    # defaults prove that no part of the date was filled in silently.
    parser, info = _pengurai()
    try:
        a = parser.parse(
            f"{hari} {bulan} {tahun}", parserinfo=info, default=dt.datetime(1901, 1, 1)
        )
        b = parser.parse(
            f"{hari} {bulan} {tahun}", parserinfo=info, default=dt.datetime(1902, 2, 2)
        )
    except (ValueError, OverflowError):
        raise _tolak(teks, "must be a valid date") from None
    if a != b:
        raise _tolak(teks, "must name a day, a month and a year")
    tanggal_: dt.date = a.date()
    return tanggal_


def baca_bulan(teks: str) -> tuple[int, int]:
    """Read a month as documents write it ("Januari 2024", "Dumai, Januari 2024").

    Returns:
        ``(tahun, bulan)``.

    Examples:
        >>> baca_bulan("Dumai, Januari 2024")
        (2024, 1)
    """
    if not isinstance(teks, str):
        raise InvalidTypeError(field="teks", value=teks, expected="must be a str")
    if len(teks) > _MAKS_TANGGAL:
        raise _tolak(teks[:20] + "...", f"must be at most {_MAKS_TANGGAL} characters")
    m = _POLA_BULAN.match(" ".join(teks.split()))
    if not m:
        raise _tolak(teks, "must name a month and a year ('Januari 2024')")
    return int(m.group(2)), _nama_bulan(m.group(1), teks)


def tanggal(nilai: dt.date) -> str:
    """Write a date as Indonesian documents do: ``"25 September 2023"``.

    Examples:
        >>> import datetime as dt
        >>> tanggal(dt.date(2023, 9, 25))
        '25 September 2023'
    """
    if not isinstance(nilai, dt.date):
        raise InvalidTypeError(field="nilai", value=nilai, expected="must be a datetime.date")
    return f"{nilai.day} {_NAMA_BULAN[nilai.month - 1]} {nilai.year}"


_POLA_RASIO: Final = re.compile(r"\s*([\d.,]+)\s*:\s*([\d.,]+)\s*\Z")


def baca_rasio(teks: str) -> tuple[Decimal, Decimal]:
    """Read a ratio as reports print it: ``"1:32"``, ``"1 : 17,9"``.

    Each side is an Indonesian number read by :func:`baca` (no sign, no
    percent, no Rupiah; a lone dot is as ambiguous as there). The direction (is fewer better?) is not in the text:
    :class:`sakip.Rasio` carries it.

    Returns:
        ``(kiri, kanan)``, each exactly as written.

    Raises:
        InvalidTypeError: ``teks`` is not a str.
        InvalidValueError: not two numbers around one colon, or a side that
            :func:`baca` refuses.

    Sumber:
        sakip's reading of ratio targets printed in Laporan Kinerja
        (pupils per teacher, residents per bed); each side by PUEBI, as
        :func:`baca`.

    Examples:
        >>> baca_rasio("1:17,9")
        (Decimal('1'), Decimal('17.9'))
        >>> baca_rasio("1 : 1.250,5")
        (Decimal('1'), Decimal('1250.5'))
        >>> baca_rasio("1/32")
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidValueError: teks must be a ratio of two numbers such as '1:32' \
(got '1/32')
    """
    if not isinstance(teks, str):
        raise InvalidTypeError(field="teks", value=teks, expected="must be a str")
    m = _POLA_RASIO.match(teks) if len(teks) <= 100 else None
    if not m:
        raise InvalidValueError(
            field="teks",
            value=teks if len(teks) <= 100 else teks[:20] + "...",
            expected="must be a ratio of two numbers such as '1:32'",
        )
    return baca(m.group(1)), baca(m.group(2))


__all__ += ["baca_rasio"]
