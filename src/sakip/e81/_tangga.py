"""Tangga (ladder): the nested-IF predikat formula of an E.81 summary row, parsed into bands.

Older E.81 workbooks rate a summary average with a formula such as
``=IF(Y38<=50,"Sangat Rendah",IF(Y38<=65,"Rendah",...,"Sangat Tinggi"))``: a ladder of
rungs, each a comparison of one cell with a number and the label it gives, and a last
label. Local practice, seen in the Bappeda Kabupaten Sukabumi E.81 2018 workbook (rows
41 and 49); Permendagri 86/2017 prints the scale, not a formula.

Only that shape is read: nested ``IF(ref op n,"label",...)`` with ``op`` one of ``<=``,
``<``, ``>=``, ``>``, every rung naming the same cell of the formula's own sheet, at
most :data:`MAKS_ANAK` rungs (Excel's nesting limit). Anything else is None: no Excel
formula is evaluated.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Iterable
from fractions import Fraction
from types import MappingProxyType
from typing import Final

import attrs

from sakip.angka import baca
from sakip.e81.model import nomor_kolom
from sakip.e81.penghitungan import tulis
from sakip.skala import Skala

__all__ = [
    "MAKS_ANAK",
    "PEMBANDING",
    "Anak",
    "Beda",
    "Tangga",
    "beda_skala",
    "sama_label",
    "tangga",
]

#: The most rungs read: Excel nests at most 64 functions (Excel specifications and limits).
MAKS_ANAK: Final = 64

#: The comparisons a rung may make, as Excel evaluates them on numbers.
PEMBANDING: Final[MappingProxyType[str, Callable[[Fraction, Fraction], bool]]] = MappingProxyType(
    {"<=": operator.le, "<": operator.lt, ">=": operator.ge, ">": operator.gt}
)

_LABEL: Final = r'"((?:[^"]|"")*)"'
_ANAK: Final = re.compile(
    r"\s*IF\s*\(\s*(\$?[A-Z]{1,3}\$?[0-9]{1,7})\s*(<=|>=|<|>)\s*(-?[0-9]{1,15}(?:\.[0-9]{1,15})?)"
    rf"\s*,\s*{_LABEL}\s*,",
    re.IGNORECASE,
)
_AKHIR: Final = re.compile(rf"\s*{_LABEL}")
_TUTUP: Final = re.compile(r"\s*\)")
_SEL: Final = re.compile(r"([A-Z]+)([0-9]+)")


def _label(teks: str) -> str:
    return teks.replace('""', '"')


def sama_label(a: str, b: str) -> bool:
    """Two predikat labels alike, spaces and case aside.

    Examples:
        >>> sama_label("Sangat  tinggi", "Sangat Tinggi"), sama_label("Tinggi", "Sedang")
        (True, False)
    """
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


@attrs.frozen(kw_only=True)
class Anak:
    """One rung of a ladder: ``nilai <pembanding> batas`` gives ``label``.

    Examples:
        >>> Anak(pembanding="<=", batas=Fraction(50), label="Sangat Rendah").memuat(Fraction(50))
        True
    """

    pembanding: str
    batas: Fraction
    label: str

    def memuat(self, nilai: Fraction) -> bool:
        """Whether the rung's comparison holds for ``nilai``."""
        return PEMBANDING[self.pembanding](nilai, self.batas)

    def __str__(self) -> str:
        return f"x {self.pembanding} {tulis(self.batas)}: {self.label}"


@attrs.frozen(kw_only=True)
class Tangga:
    """A parsed ladder: the cell it rates, its rungs in order, its last label.

    Attributes:
        rujukan: the cell rated, in A1 without ``$`` (``Y38``).
        baris: that cell's row.
        kolom: that cell's column number (``A`` is 1).
        anak: the rungs, first tested first.
        lain: the label when no rung holds.

    Examples:
        >>> t = tangga('=IF(Y38<=50,"Rendah",IF(Y38<=90,"Sedang","Tinggi"))')
        >>> t.rujukan, t.predikat(Fraction(50)), t.predikat(Fraction(9001, 100))
        ('Y38', 'Rendah', 'Tinggi')
    """

    rujukan: str
    baris: int
    kolom: int
    anak: tuple[Anak, ...]
    lain: str

    def predikat(self, nilai: Fraction) -> str:
        """The label the ladder gives a number: the first rung that holds, else :attr:`lain`."""
        return next((a.label for a in self.anak if a.memuat(nilai)), self.lain)

    def bentuk(self) -> tuple[tuple[str, Fraction, str], ...]:
        """The ladder without the cell it rates: two cells rated alike share it."""
        return (
            *((a.pembanding, a.batas, a.label) for a in self.anak),
            ("", Fraction(0), self.lain),
        )

    def __str__(self) -> str:
        return "; ".join([*map(str, self.anak), f"else: {self.lain}"])


def tangga(rumus: str) -> Tangga | None:
    """The ladder a formula is, or None when it is not one (see the module).

    Examples:
        >>> str(tangga('=IF($AC$38>=90,"A",IF(AC38>=50.5,"B","C"))'))
        'x >= 90: A; x >= 50,5: B; else: C'
        >>> tangga('=IF(Y38<=50,"A",IF(Y39<=65,"B","C"))') is None  # two cells
        True
        >>> tangga("=(Y47+Y40)/2") is None, tangga('=IF(Y38<=50,"A","B"') is None
        (True, True)
    """
    if not isinstance(rumus, str) or not rumus.startswith("="):
        return None
    pos = 1
    anak: list[Anak] = []
    rujukan: set[str] = set()
    while len(anak) <= MAKS_ANAK and (m := _ANAK.match(rumus, pos)) is not None:
        rujukan.add(m.group(1).replace("$", "").upper())
        anak.append(
            Anak(
                pembanding=m.group(2),
                batas=Fraction(baca(m.group(3), pemisah_desimal=".")),
                label=_label(m.group(4)),
            )
        )
        pos = m.end()
    akhir = _AKHIR.match(rumus, pos)
    if not anak or len(anak) > MAKS_ANAK or len(rujukan) != 1 or akhir is None:
        return None
    pos = akhir.end()
    for _ in anak:
        tutup = _TUTUP.match(rumus, pos)
        if tutup is None:
            return None
        pos = tutup.end()
    if rumus[pos:].strip():
        return None
    (sel,) = rujukan
    m_sel = _SEL.fullmatch(sel)
    if m_sel is None or int(m_sel.group(2)) == 0:
        return None
    return Tangga(
        rujukan=sel,
        baris=int(m_sel.group(2)),
        kolom=nomor_kolom(m_sel.group(1)),
        anak=tuple(anak),
        lain=_label(akhir.group(1)),
    )


@attrs.frozen(kw_only=True)
class Beda:
    """Where a ladder and a scale rate alike values differently.

    Attributes:
        wilayah: the values, in words (``50 < x < 51``, ``x = 50``).
        tangga: the ladder's label there.
        skala: the scale's label there.
    """

    wilayah: str
    tangga: str
    skala: str

    def __str__(self) -> str:
        return f"{self.wilayah}: {self.tangga!r} by the formula, {self.skala!r} by the scale"


def _titik(t: Tangga, skala: Skala) -> list[Fraction]:
    """Every value where the ladder or the scale may change its label, sorted."""
    batas: Iterable[Fraction | None] = (
        *(a.batas for a in t.anak),
        *(p.bawah for p in skala.pita),
        *(p.atas for p in skala.pita),
    )
    return sorted({x for x in batas if x is not None})


def beda_skala(t: Tangga, skala: Skala) -> tuple[Beda, ...]:
    """Where the ladder's labels differ from ``skala``'s, lowest first (empty: they agree).

    Both change label only at their bounds, so comparing them at every bound, between
    each two and beyond the ends decides every value, exactly.

    Examples:
        >>> from sakip.skala import PERMENDAGRI_86_2017
        >>> t = tangga('=IF(Y38<=50,"Sangat Rendah",IF(Y38<=65,"Rendah",IF(Y38<=75,'
        ...            '"Sedang",IF(Y38<=90,"Tinggi","Sangat Tinggi"))))')
        >>> [str(b) for b in beda_skala(t, PERMENDAGRI_86_2017)][:1]
        ["50 < x < 51: 'Rendah' by the formula, 'Sangat Rendah' by the scale"]
        >>> len(beda_skala(t, PERMENDAGRI_86_2017))
        4
    """
    titik = _titik(t, skala)
    contoh: list[tuple[str, Fraction]] = [(f"x < {tulis(titik[0])}", titik[0] - 1)]
    for a, b in zip(titik, [*titik[1:], None], strict=True):
        contoh.append((f"x = {tulis(a)}", a))
        if b is None:
            contoh.append((f"x > {tulis(a)}", a + 1))
        else:
            contoh.append((f"{tulis(a)} < x < {tulis(b)}", (a + b) / 2))
    hasil = []
    for wilayah, x in contoh:
        menurut_tangga, menurut_skala = t.predikat(x), skala.predikat(x)
        if not sama_label(menurut_tangga, menurut_skala):
            hasil.append(Beda(wilayah=wilayah, tangga=menurut_tangga, skala=menurut_skala))
    return tuple(hasil)
