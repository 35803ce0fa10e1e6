"""Reading a printed figure once, as an integer and its places, by :func:`sakip.angka.baca`'s rule.

A report prints hundreds of thousands of figures in a few shapes ("98,48%",
"5.898.976.029", "2,00", "-19.588.000"). Those shapes are read here directly
into ``(satuan, tempat)``: the figure is ``satuan / 10**tempat``, exactly, as
:func:`~sakip.angka.baca` reads it. Every other text (a blank cell, "Rp" and a
sign beside it, parentheses, spaces, "98,02 persen", an ambiguous "1.500",
commas grouping thousands, anything long) goes through :func:`~sakip.angka.baca`
itself, so there is one rule and its errors.

Examples:
    >>> baca_cetakan("98,48%", None)
    (9848, 2)
    >>> baca_cetakan("Rp 1.000,-", None)
    (1000, 0)
    >>> baca_cetakan("Rp -2.500.000,-", None), baca_cetakan("5,911,830,000", ".")
    ((-2500000, 0), (5911830000, 0))
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

from sakip.angka import baca
from sakip.errors import SakipError
from sakip.laporan import Cetakan
from sakip.laporan._rupiah import Bacaan, rupiah, tolak

__all__: list[str] = []  # used by sakip.audit only

#: The common shapes: an optional minus, digits (dots grouping thousands, or none),
#: an optional decimal comma and a percent sign right after the digits.
_BENTUK: Final = re.compile(r"(-?)([1-9][0-9]{0,2}(?:\.[0-9]{3})+|[0-9]+)(?:,([0-9]+))?%?\Z")
#: Longer texts go through baca (its unary minus works at the context's precision).
_MAKS_CEPAT: Final = 24


def baca_cetakan(teks: str, pemisah: str | None) -> tuple[int, int]:
    """``(satuan, tempat)``: the printed figure is ``satuan / 10**tempat``, as baca reads it.

    Raises what :func:`sakip.angka.baca` raises (``kosong=0``: a blank cell reads 0).

    Examples:
        >>> baca_cetakan("-19.588.000", ","), baca_cetakan("95.03", ".")
        ((-19588000, 0), (9503, 2))
    """
    m = _BENTUK.match(teks) if len(teks) <= _MAKS_CEPAT else None
    if m is None:
        return _lewat_baca(teks, pemisah)
    tanda, bulat, pecahan = m.groups()
    if "." in bulat:
        if pemisah == "." or (pemisah is None and pecahan is None and bulat.count(".") == 1):
            return _lewat_baca(teks, pemisah)  # refused, or ambiguous ("1.500"): baca says why
        bulat = bulat.replace(".", "")
    elif pemisah == "." and pecahan is not None:
        return _lewat_baca(teks, pemisah)  # a comma in a text with a decimal point: "5,500"
    if pecahan is None:
        satuan, tempat = int(bulat), 0
    else:
        satuan, tempat = int(bulat + pecahan), len(pecahan)
    return (-satuan if tanda else satuan), tempat


def _lewat_baca(teks: str, pemisah: str | None) -> tuple[int, int]:
    d = baca(teks, pemisah_desimal=pemisah, kosong=0)  # type: ignore[arg-type]
    tanda, digit, eksponen = d.as_tuple()
    assert isinstance(eksponen, int)  # baca returns finite numbers only
    satuan = int("".join(map(str, digit)))
    if eksponen >= 0:
        satuan, tempat = satuan * 10**eksponen, 0
    else:
        tempat = -eksponen
    return (-satuan if tanda else satuan), tempat


def desimal(satuan: int, tempat: int) -> Decimal:
    """The figure as the Decimal :func:`sakip.angka.baca` gives (for findings and explanations).

    Examples:
        >>> desimal(9848, 2), desimal(-19588000, 0)
        (Decimal('98.48'), Decimal('-19588000'))
    """
    return Decimal(f"{satuan}E-{tempat}")


def pisah_terbilang(teks: str) -> tuple[str, str] | None:
    """A figure printed with its words in parentheses after it ("9 (sembilan)") as
    ``(figure, words)``; None where the text does not end in one parenthesis after
    something (no parenthesis, nested ones, nothing before it). The words are not read.

    Examples:
        >>> pisah_terbilang("55 (lima puluh lima)"), pisah_terbilang("(5) (minus lima)")
        (('55', 'lima puluh lima'), ('(5)', 'minus lima'))
        >>> pisah_terbilang("9 ((sembilan))"), pisah_terbilang("(5)"), pisah_terbilang("9")
        (None, None, None)
    """
    isi = teks.rstrip()
    if not isi.endswith(")"):
        return None
    angka, buka, kata = isi[:-1].rpartition("(")
    if not buka or ")" in kata or not angka.strip():
        return None
    return angka.rstrip(), kata


def titik_rupiah(c: Cetakan) -> bool:
    """Whether the place of a Rupiah figure (the figure, its column or its lampiran) declares
    a decimal point: commas may then group its thousands the English way."""
    return (c.pemisah_desimal or c.pemisah_rupiah) == "."


def _bacaan(teks: str, pemisah: str) -> Bacaan:
    """One reading of a printed figure with one separator, or why it has none."""
    try:
        return baca_cetakan(teks, pemisah)
    except SakipError as e:
        return tolak(e)


def baca_rupiah(c: Cetakan) -> tuple[int, int]:
    """A printed Rupiah figure as ``(satuan, tempat)``, by the one rule of the rows CSV's Rupiah
    columns (:func:`sakip.laporan._rupiah.rupiah`): the Indonesian way first, English grouping
    where its place declares a decimal point and the Indonesian reading fails.

    Raises what :func:`sakip.angka.baca` raises, or an AmbiguousValueError for two readings.
    """
    return rupiah(c.teks, titik_rupiah(c), _bacaan)
