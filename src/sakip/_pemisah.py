"""The column separator and the lines of a CSV file: one rule for every reader of the package.

A spreadsheet writes CSV with its system's list separator: ";" where the decimal
separator is "," (an Indonesian locale, the usual case for the files sakip reads), ","
in an English locale, and a tab for "Text (Tab delimited)". No regulation fixes which;
each reader takes the one that occurs most outside quoted cells in a sample of its file,
the sample being its own choice (the header line of a rows CSV or an LKE CSV; the first
4 KiB of an E.81 CSV, whose first lines may be a title without separators).

Private: used by :mod:`sakip.laporan.berkas_csv`, :mod:`sakip.audit.jenis_csv`,
:mod:`sakip.e81.berkas_csv` and :mod:`sakip.lke.berkas`.

Sumber:
    Local practice, seen in the CSV exports of spreadsheets in Indonesian and English
    locales (";" and ","), and in tab-separated text exports.

Examples:
    >>> pemisah_kolom("kode;nama;pagu"), pemisah_kolom("kode\\tnama"), pemisah_kolom("kode")
    (';', '\\t', ',')
"""

from __future__ import annotations

import io
import re
from typing import Final

__all__ = ["MAKS_CONTOH", "PEMISAH_KOLOM", "baris_csv", "pemisah_kolom"]

#: The column separators a CSV may use, in the order a tie is decided: ";" first (the
#: list separator where "," is the decimal separator), then tab, then ",".
PEMISAH_KOLOM: Final = (";", "\t", ",")

# a quoted cell, its quotes doubled inside ("a ""b"", c"); one left open runs to the end. A
# quote opens a cell only at its start, as the csv module reads it (24" is an inch mark).
_SEL_BERKUTIP: Final = re.compile(r'(?<![^\r\n;\t,])"(?:[^"]|"")*(?:"|$)')

#: The longest sample read, in characters: a header line, or the top of an E.81 CSV.
MAKS_CONTOH: Final = 4096


def pemisah_kolom(contoh: str) -> str:
    """The separator of :data:`PEMISAH_KOLOM` that occurs most in ``contoh``, outside quotes.

    A separator inside a quoted cell ("1,5" in a "," file) is text, not a separator. On
    a tie the first in :data:`PEMISAH_KOLOM`'s order; "," when ``contoh`` holds none (a
    one-column file). Only the first :data:`MAKS_CONTOH` characters are read.

    Examples:
        >>> pemisah_kolom("a;b,c"), pemisah_kolom("a,b;c,d"), pemisah_kolom('"1,5";"2,5"')
        (';', ',', ';')
        >>> pemisah_kolom('a,"x;y;z",b'), pemisah_kolom('"a ""b;c"", d",e')
        (',', ',')
        >>> pemisah_kolom('Layar 24" lebar;harga, Rp;jumlah')  # an inch mark opens no cell
        ';'

    """
    luar = _SEL_BERKUTIP.sub("", contoh[:MAKS_CONTOH])
    hitung = [luar.count(p) for p in PEMISAH_KOLOM]
    terbanyak = max(hitung)
    return PEMISAH_KOLOM[hitung.index(terbanyak)] if terbanyak else ","


def baris_csv(teks: str) -> list[str]:
    r"""The lines of a CSV text, without their ends: split at CR LF, LF and CR alone, as the
    csv module ends a row (``str.splitlines`` also splits at form feeds, U+001C to U+001E,
    U+0085, U+2028 and U+2029, which a cell may hold).

    Examples:
        >>> baris_csv("a;b\r\n1;x\x0cy\u2028z\r2;w\n\n")
        ['a;b', '1;x\x0cy\u2028z', '2;w', '']
    """
    return [b.rstrip("\r\n") for b in io.StringIO(teks, newline="").readlines()]
