"""Banding (comparison): what the E.81 audit's modules share to compare and to word a finding.

When a stored figure agrees with its recomputation (:func:`sama`), how a finding writes a
cell, a column part, a difference and a set of rows, and the size of an Excel sheet. Used
by :mod:`sakip.e81.pemeriksaan` (the table's rows) and :mod:`sakip.e81._ringkasan` (its
summary rows), so that both judge and word alike; and the rows below each row
(:class:`Silsilah`), by which both judge which rows a sum of Rp takes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from fractions import Fraction
from typing import Final

from sakip.e81.model import Bagian, Isian, Kolom, TabelE81
from sakip.e81.penghitungan import anak, tulis

__all__ = [
    "BARIS_MAKS",
    "DIGIT_SAMA",
    "KOLOM_MAKS",
    "TEMPAT_SAMA",
    "Silsilah",
    "atau_nol",
    "nama_bagian",
    "sama",
    "teks_daftar",
    "teks_isi",
    "teks_rentang",
    "teks_selisih",
    "urutan_sel",
]

#: The place whose unit bounds how far a stored figure and its recomputation may differ.
TEMPAT_SAMA: Final = 6
_SELISIH_SAMA: Final = Fraction(1, 10**TEMPAT_SAMA)
#: Significant digits at which large figures must agree (Excel's binary floats
#: hold 15 to 17; 1.369.864.107,7260274 has only 7 places to show).
DIGIT_SAMA: Final = 14

#: Excel's last row and column (XFD): a whole column covers rows 1 to this, a whole row
#: columns 1 to XFD (Excel specifications and limits, "worksheet size").
BARIS_MAKS: Final = 1_048_576
KOLOM_MAKS: Final = 16_384


def sama(a: Fraction, b: Fraction) -> bool:
    """Within one unit of the TEMPAT_SAMA-th place, or equal to DIGIT_SAMA significant
    digits (a float's precision).

    A difference, not two roundings: rounding each side at 6 places would set apart
    two values a rounding boundary falls between however close they are (a value
    cached at 10 places and its exact recomputation).

    Examples:
        >>> sama(Fraction("2.6275735"), Fraction(688800, 262143))
        True
        >>> sama(Fraction("2.627574"), Fraction("2.627572"))
        False
    """
    if abs(a - b) < _SELISIH_SAMA:
        return True
    return abs(a - b) * 10**DIGIT_SAMA <= max(abs(a), abs(b))


def teks_isi(isi: Isian) -> str:
    """What a cell holds, as a finding prints it: its Excel error, ``(blank)`` or its number.

    Examples:
        >>> teks_isi(Isian(nilai=Fraction(1, 2))), teks_isi(Isian()), teks_isi(Isian(galat="#N/A"))
        ('0,5', '(blank)', '#N/A')
    """
    if isi.galat is not None:
        return isi.galat
    if isi.nilai is None:
        return "(blank)"
    return tulis(isi.nilai)


def nama_bagian(kunci: tuple[Kolom, Bagian]) -> str:
    """A column part as a finding names it.

    Examples:
        >>> nama_bagian((Kolom.CAPAIAN_RENJA, Bagian.RP))
        'tingkat capaian renja Rp'
    """
    return f"{kunci[0].value} {kunci[1].value}"


def teks_rentang(baris: range) -> str:
    """A span of rows as a finding names it.

    Examples:
        >>> teks_rentang(range(90, 91)), teks_rentang(range(1, 1048577))
        ('90', '1-1048576')
    """
    return str(baris.start) if len(baris) == 1 else f"{baris.start}-{baris.stop - 1}"


def teks_daftar(baris: list[int]) -> str:
    """Rows listed as a finding names them (``(none)`` for none).

    Examples:
        >>> teks_daftar([18, 36, 37]), teks_daftar([])
        ('18, 36, 37', '(none)')
    """
    return ", ".join(str(r) for r in baris) or "(none)"


def teks_selisih(dicetak: Fraction, dihitung: Fraction) -> str:
    """How far a stored figure is from its recomputation, as a finding says it.

    Examples:
        >>> teks_selisih(Fraction(41), Fraction(40))
        'differs by 1'
    """
    return f"differs by {tulis(dicetak - dihitung)}"


def urutan_sel(isi: Isian) -> tuple[int, int]:
    """A cell's place for sorting, row then column (``(0, 0)`` for a cell read from no sheet).

    Examples:
        >>> urutan_sel(Isian())
        (0, 0)
    """
    return (isi.sel.baris, isi.sel.kolom) if isi.sel else (0, 0)


def atau_nol(x: Fraction | None) -> Fraction:
    """The number, or 0 for a blank.

    Examples:
        >>> atau_nol(None), atau_nol(Fraction(3))
        (Fraction(0, 1), Fraction(3, 1))
    """
    return Fraction(0) if x is None else x


class Silsilah:
    """Silsilah (family tree) of a table's rows: each row's children, the row a further
    indicator continues, and the leaves under each row, by row index in ``tabel.baris``.

    A parent's Rp is the sum of its children's, each once (Permendagri 86/2017, Lampiran,
    form E.81: the program's pagu is that of its kegiatan); a further indicator
    (``lanjutan``) is nobody's child, its Rp the row's it continues
    (:func:`sakip.e81.penghitungan.anak`). A sum of Rp names rows; it takes each leaf
    under the parent once exactly when :meth:`daun_dirujuk` equals the parent's
    :meth:`daun`. Used by ``rumus-induk`` (a parent's own formula), ``rumus-jumlah``
    (a summary row's ``SUM`` of an Rp column) and ``rumus-rata`` (its ``AVERAGE`` of a
    capaian Rp column: over the :attr:`anak`, each once).

    Examples:
        >>> from sakip.e81.model import Baris, Jenjang
        >>> b = [Baris(jenjang=j, nama=n, indikator="i", lanjutan=l) for j, n, l in [
        ...      (Jenjang.PROGRAM, "p", False), (Jenjang.KEGIATAN, "k1", False),
        ...      (Jenjang.KEGIATAN, "", True), (Jenjang.KEGIATAN, "k2", False)]]
        >>> s = Silsilah(TabelE81(judul="", baris=tuple(b)))
        >>> s.anak[0], s.asal, dict(s.daun(0))
        ((1, 3), [0, 1, 1, 3], {1: 1, 3: 1})
        >>> s.daun_dirujuk({1: 1, 2: 1, 3: 1}) == s.daun(0)  # row 2 repeats row 1's Rp
        False
    """

    def __init__(self, tabel: TabelE81) -> None:
        self.anak = anak(tabel)
        # the row each row continues (a further indicator's: the row above's; another's: its own)
        self.asal: list[int] = []
        for i, b in enumerate(tabel.baris):
            self.asal.append(self.asal[-1] if b.lanjutan and self.asal else i)
        self._daun: dict[int, Counter[int]] = {}

    def daun(self, i: int) -> Counter[int]:
        """The rows without children (leaves) under row ``i``, each once (``i`` itself
        when it has none); memoised."""
        if i not in self._daun:
            hasil: Counter[int] = Counter()
            if not self.anak[i]:
                hasil[i] = 1
            for j in self.anak[i]:
                hasil.update(self.daun(j))
            self._daun[i] = hasil
        return self._daun[i]

    def daun_dirujuk(self, dirujuk: Mapping[int, int]) -> Counter[int]:
        """The leaves a sum takes, and how often, when it names each row ``i`` of
        ``dirujuk`` ``dirujuk[i]`` times (a row's sum takes its leaves)."""
        hasil: Counter[int] = Counter()
        for i, n in dirujuk.items():
            for j, m in self.daun(i).items():
                hasil[j] += n * m
        return hasil
