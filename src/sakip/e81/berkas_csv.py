"""Read an E.81 table from CSV: the same layout as a workbook, without formulas.

The CSV holds the header row(s), the numbered caption row, the K / Rp row
and the rows of the table, as a spreadsheet exported to CSV. Without merged
cells each column group names itself in full in its first column (a quarter
as "Realisasi Triwulan I"). The hierarchy is read from the codes or from the
leading spaces of the names. Numbers are text, read by
:func:`sakip.angka.baca`'s rule with the given decimal separator.

Reading is bounded like a workbook: at most :data:`MAKS_BYTE` bytes,
:data:`~sakip.e81.berkas_xlsx.MAKS_BARIS` rows,
:data:`~sakip.e81.berkas_xlsx.MAKS_KOLOM` columns and cells of
:data:`sakip.laporan.MAKS_PANJANG_SEL` characters (the bound of every CSV cell sakip reads). A line may end in CRLF, LF or a lone CR. CSV
that is not well formed (a quote left open, text after a closing quote, a
cell over the bound) is refused naming the row, never read on as one long
cell.
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path
from typing import Final, Literal

import attrs

from sakip._pemisah import pemisah_kolom as _pemisah_kolom
from sakip.e81 import _susun
from sakip.e81.berkas_xlsx import MAKS_BARIS, MAKS_KOLOM
from sakip.e81.layout import Lembar, SelMentah, kenali
from sakip.e81.model import TabelE81
from sakip.errors import InvalidTypeError, ReportFormatError
from sakip.laporan.berkas import baca_teks
from sakip.laporan.berkas_csv import MAKS_PANJANG_SEL

__all__ = ["MAKS_BYTE", "baca_csv", "baca_csv_teks", "pemisah_kolom"]

#: The largest CSV file read, in bytes.
MAKS_BYTE: Final = 20 * 2**20

_ATURAN: Final = "CSV (RFC 4180, comma or semicolon), read by Python's csv module, strict"


def baca_csv(
    path: str | os.PathLike[str],
    *,
    pemisah_desimal: Literal[",", "."] | None = ",",
    maks_baris: int = MAKS_BARIS,
) -> TabelE81:
    """Baca (read) an E.81 table from a CSV file (UTF-8, comma- or semicolon-separated).

    Args:
        path: the file.
        pemisah_desimal: the decimal separator of the numbers (``","``, the
            Indonesian convention, by default).
        maks_baris: the most rows read.

    Raises:
        ReportFormatError: not UTF-8 text, too large, no E.81 layout, or a
            cell that cannot be read, naming the row and column.

    Sumber:
        Permendagri 86/2017, Lampiran, form E.81, as quoted in LKjIP Dumai 2023
        and as printed in real E.81 workbooks (the lampiran itself was not read).

    Examples:
        >>> import tempfile, pathlib
        >>> teks = '''No;Program/Kegiatan;Indikator;Satuan;Target Renja;;Realisasi Triwulan I;;Realisasi Triwulan II;;Realisasi Triwulan III;;Realisasi Triwulan IV;
        ... 1;2;3;4;5;;6;;7;;8;;9;
        ... ;;;;K;Rp;K;Rp;K;Rp;K;Rp;K;Rp
        ... 1;Program A;;;;1.000;;100;;200;;300;;400
        ... 2;  Kegiatan A1;Jumlah dokumen;Dok;4;1.000;1;100;1;200;1;300;1;400
        ... '''
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = pathlib.Path(d) / "e81.csv"
        ...     _ = p.write_text(teks, encoding="utf-8")
        ...     t = baca_csv(p)
        >>> [(b.jenjang.label, b.nama) for b in t.baris]
        [('kegiatan', 'Program A'), ('sub kegiatan', 'Kegiatan A1')]
    """
    if not isinstance(path, (str, os.PathLike)):
        raise InvalidTypeError(field="path", value=path, expected="must be a path")
    berkas = str(path)
    teks = baca_teks(Path(path), nama=berkas, maks=MAKS_BYTE)
    return baca_csv_teks(
        teks, berkas=berkas, pemisah_desimal=pemisah_desimal, maks_baris=maks_baris
    )


def pemisah_kolom(teks: str) -> str:
    """The column separator of an E.81 CSV: ";", tab or ",", the most frequent in its first 4 KiB.

    A spreadsheet exports CSV with its system's list separator; no regulation fixes
    which, so the one more frequent near the top, outside quoted cells, is taken (on a
    tie ";", then tab, then ","): the package's one rule for CSV separators, applied to
    the first 4 KiB, since an E.81 export may open with title lines that hold none.
    :func:`baca_csv_teks` splits with it, and the audit's CSV kind signs
    (:mod:`sakip.audit.jenis_csv`) too.

    Sumber:
        Local practice, seen in spreadsheets' CSV exports (";" in an Indonesian locale,
        "," in an English one, tab in text exports).

    Examples:
        >>> pemisah_kolom("No;Uraian;Target\\n1;2;3\\n"), pemisah_kolom("No,Uraian\\n")
        (';', ',')
        >>> pemisah_kolom('No\\tUraian\\tTarget\\n1\\t"2,5"\\t3\\n')
        '\\t'
    """
    if not isinstance(teks, str):
        raise InvalidTypeError(field="teks", value=teks, expected="must be a str")
    return _pemisah_kolom(teks)  # its start: the shared rule reads only MAKS_CONTOH (4 KiB)


def baca_csv_teks(
    teks: str,
    *,
    berkas: str,
    pemisah_desimal: Literal[",", "."] | None = ",",
    maks_baris: int = MAKS_BARIS,
) -> TabelE81:
    """Baca (read) an E.81 table from CSV text already read, as :func:`baca_csv` reads a file.

    For a caller that has read the file once (``sakip audit`` deciding the kind
    of a CSV, :mod:`sakip.audit.jenis_csv`): the same bounds, the same layout and
    the same errors as :func:`baca_csv`, the text standing for the file's bytes
    (at most :data:`MAKS_BYTE` of them in UTF-8).

    Args:
        teks: the file's text (decoded, as :func:`sakip.laporan.berkas.baca_teks` gives it).
        berkas: the file's name in messages.
        pemisah_desimal: the decimal separator of the numbers (``","`` by default).
        maks_baris: the most rows read.

    Raises:
        InvalidTypeError: ``teks`` or ``berkas`` is not a string.
        ReportFormatError: too large, no E.81 layout, or a cell that cannot be
            read, naming the row and column.

    Sumber:
        Permendagri 86/2017, Lampiran, form E.81 (see :func:`baca_csv`).

    Examples:
        >>> teks = (
        ...     "No;Program/Kegiatan;Indikator;Satuan;Target Renja;;Realisasi Triwulan I;;"
        ...     "Realisasi Triwulan II;;Realisasi Triwulan III;;Realisasi Triwulan IV;\\n"
        ...     "1;2;3;4;5;;6;;7;;8;;9;\\n;;;;K;Rp;K;Rp;K;Rp;K;Rp;K;Rp\\n"
        ...     "1;Program A;;;;1.000;;100;;200;;300;;400\\n"
        ...     "2;  Kegiatan A1;Dokumen;Dok;4;1.000;1;100;1;200;1;300;1;400\\n")
        >>> [b.nama for b in baca_csv_teks(teks, berkas="renja.csv").baris]
        ['Program A', 'Kegiatan A1']
        >>> baca_csv_teks(teks.replace(";1;200;", ";1;2x0;"), berkas="renja.csv")
        Traceback (most recent call last):
        ...
        sakip.errors.ReportFormatError: renja.csv: J5 must hold a number; text is read as an \
Indonesian number (must be a number written the Indonesian way ('13.904.271.740', '98,48')) \
(got '2x0'); E.81 layout: numbered caption row, K/Rp row, header text per column group
    """
    if not isinstance(teks, str):
        raise InvalidTypeError(
            field="teks", value=teks, expected="must be a string (the CSV text)"
        )
    if not isinstance(berkas, str):
        raise InvalidTypeError(field="berkas", value=berkas, expected="must be a string")
    # the bound of the file's bytes: a character is 1 to 4 of them in UTF-8 (ASCII text, most
    # files, is as many bytes as characters: no copy to count them)
    if len(teks) > MAKS_BYTE or (
        not teks.isascii() and len(teks.encode("utf-8", "surrogatepass")) > MAKS_BYTE
    ):
        raise ReportFormatError(
            berkas=berkas, letak="-", expected=f"must be at most {MAKS_BYTE} bytes", value="more"
        )
    pemisah = pemisah_kolom(teks)
    baris: list[tuple[SelMentah, ...]] = []
    # newline="": a line may end in CRLF, LF or a lone CR (old Mac exports), and a
    # quoted cell keeps its own line breaks; strict: a quote left open is refused
    pembaca = csv.reader(io.StringIO(teks, newline=""), delimiter=pemisah, strict=True)
    n = 0
    try:
        for n, r in enumerate(pembaca, start=1):
            panjang = max((len(v) for v in r), default=0)
            if panjang > MAKS_PANJANG_SEL:  # csv's own limit is global and may have been raised
                raise csv.Error(f"field larger than field limit ({MAKS_PANJANG_SEL})")
            if n > maks_baris or len(r) > MAKS_KOLOM:
                raise ReportFormatError(
                    berkas=berkas,
                    letak=f"row {n}",
                    expected=f"must have at most {maks_baris} rows and {MAKS_KOLOM} columns",
                    value=f"{len(r)} columns",
                )
            baris.append(tuple(SelMentah(nilai=v if v.strip() else None) for v in r))
    except csv.Error as e:
        raise ReportFormatError(
            berkas=berkas,
            letak=f"row {n + 1} (line {pembaca.line_num})",
            expected=f"must be valid CSV: quotes closed, cells of at most {MAKS_PANJANG_SEL} characters",
            value=str(e),
            rule=_ATURAN,
        ) from None
    lembar = Lembar(nama="", berkas=berkas, sel=tuple(baris))
    tata = kenali(lembar)
    tabel = _susun.tabel(
        lembar,
        tata,
        judul=_susun.judul(lembar, tata.baris_keterangan),
        batas_baris=maks_baris,
        rumus_terbaca=False,
        pemisah_desimal=pemisah_desimal,
    )
    return attrs.evolve(tabel, keterangan_salah=tata.keterangan_salah)
