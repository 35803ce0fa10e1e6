"""Read an E.81 workbook (``.xlsx``): the values Excel stored and the formulas.

openpyxl (the ``xlsx`` extra: ``pip install sakip[xlsx]``) is imported on
first use, never by ``import sakip``. The workbook is read twice: once for
the formulas, the styles and the merged cells (openpyxl's full mode), once,
streaming (``read_only=True``), for the values Excel stored
(``data_only=True``), so that the audit can compare a stored value with its
recomputation and also say whether the cell was typed or computed.
openpyxl's warnings (an unsupported extension such as ``x14``'s data
validation lists, a comment on a merged cell) say what openpyxl would drop
when saving; sakip only reads, so they are silenced while it reads.

Reading is bounded, and refuses before doing the work:

* a file larger than :data:`MAKS_BYTE` (20 MiB), or whose parts unpack to
  more than :data:`MAKS_TERURAI` (200 MiB), a guard against zip bombs;
* worksheets holding more than :data:`MAKS_SEL` cells and rows together
  (500,000), counted by streaming through the XML before openpyxl parses
  it: a small file of many short cells unpacks within the bounds above but
  would take minutes and gigabytes to load;
* a sheet with more than :data:`MAKS_BARIS` rows (100,000) or
  :data:`MAKS_KOLOM` columns (200);
* an XML token longer than :data:`MAKS_TOKEN` (1 MiB), found in the same pass:
  a run of bytes without ``<``, or a comment, CDATA section or processing
  instruction (these may hold ``<``) not closed within it; a document type
  declaration (refused by OPC) and a part not in UTF-8 are refused there too
  (:mod:`sakip.e81._xml`);
* slow tokens (comments, processing instructions, tags or texts longer than
  64 KiB) holding more than :data:`MAKS_TOKEN_LAMBAT` (4 MiB) together;
* an encrypted zip entry (sakip reads no encrypted workbook; one protected by
  a password to open is no zip at all: save it again without a password).

The parts scanned are every part openpyxl may parse, chosen by content type
and relationship, not by name (:func:`~sakip.e81._xml.bagian_dipindai`); the
Custom XML Data Storage parts (``customXml/``: a Power Query's DataMashup,
UTF-16 with a base64 run of megabytes) are not scanned: openpyxl never opens
them, and the unpacked size bounds what they cost the zip.

sakip's readings (no regulation covers them; see :mod:`sakip.e81._susun`): a
formula's stored float is read by its shortest repr rounded half up to 30
places (Excel's residue ``2.220446049250313e-16`` is read, and agrees with 0
at the audit's 6 places), a typed number exactly or not at all; a
percent-formatted cell of a percentage column holds a fraction shown x 100,
and an unformatted cell reads like its column; a formula with no stored
value (a workbook saved by openpyxl or pandas) is kept as unknown, reported
once by the audit (``tak-tersimpan``), never read as blank. A formula is a
cell the workbook stores as one (openpyxl's ``data_type == "f"``); a text
cell whose text begins with ``=`` (``="Target"`` typed as text) is text, read
as any text is.

A file that is not a zip, or a zip that is not a workbook, raises
:class:`~sakip.errors.ReportFormatError`, as does every cell that cannot be
read (naming the sheet and the cell). The file is read once, into memory
(:data:`MAKS_BYTE` bounds it): the scan above, the check of the cells below and
openpyxl all read those bytes, so a file replaced meanwhile changes nothing.

Before openpyxl reads the sheets, one parse of each (the sheets openpyxl reads,
found as it finds them: :func:`~sakip.e81._xml.lembar_dibaca`) checks every
cell's stored value (``<v>``) against its cell type, and refuses the first that
breaks it, naming the sheet, the cell, the text it holds and the rule. openpyxl
reads a number with Python's ``int()`` or ``float()``, so it would read
``1_000``, `` 12 ``, Arabic-Indic or full-width digits as numbers, ``NaN`` as
a failure and ``1E+400`` as an infinity: a number cell must hold a finite
decimal number in ASCII digits, nothing around it, as Office writes one. A
boolean cell holds 0 or 1 (openpyxl reads ``2`` or `` 1`` as true), an error
cell an error code (openpyxl reads ``12`` as the text "12", which sakip would
read as a number), a date cell an ISO 8601 date, time or duration whole
(openpyxl reads ``2020-01-01 12:00`` as the date alone), and a cell's type is
one of SpreadsheetML's (openpyxl reads ``t="x"`` as text). A shared-string
cell's index must lie from 0 to the count of shared strings (``<si>``
elements, counted in the scan; the table's ``count`` attributes may lie) less
one, in ASCII digits: openpyxl reads ``-1`` as the last string and `` 3`` as
the fourth, silently. An empty value is no value (openpyxl writes a formula
so, uncomputed).
"""

from __future__ import annotations

import contextlib
import functools
import io
import math
import os
import re
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from types import MappingProxyType
from typing import IO, TYPE_CHECKING, Any, Final, TypeVar
from xml.etree import ElementTree

import attrs

from sakip.e81 import _susun
from sakip.e81._xlsx import modul_openpyxl, tanpa_peringatan
from sakip.e81._xml import (
    PANJANG_LAMBAT,
    TAG_TEKS_BERSAMA,
    TIPE_ISI,
    Pemindai,
    bagian_buku,
    bagian_dipindai,
    banyak_teks_bersama,
    id_dirujuk,
    lembar_dibaca,
    relasi,
    sel_salah,
    sumber_rels,
    tipe_isi,
)
from sakip.e81.layout import Lembar, SelMentah, TataLetak, kenali
from sakip.e81.model import Kolom, TabelE81, kolom_persen
from sakip.errors import InvalidTypeError, ReportFormatError
from sakip.laporan.berkas import periksa_berkas_biasa

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

__all__ = [
    "MAKS_BARIS",
    "MAKS_BYTE",
    "MAKS_KOLOM",
    "MAKS_SEL",
    "MAKS_TERURAI",
    "MAKS_TOKEN",
    "MAKS_TOKEN_LAMBAT",
    "baca_xlsx",
    "bait_xlsx",
    "muat_lembar",
]

#: The largest file read, in bytes.
MAKS_BYTE: Final = 20 * 2**20
#: The largest total size of the workbook's parts once unpacked, in bytes.
MAKS_TERURAI: Final = 200 * 2**20
#: The most rows a sheet may have.
MAKS_BARIS: Final = 100_000
#: The most columns a sheet may have.
MAKS_KOLOM: Final = 200
#: The most cells and rows (``<c>`` and ``<row>`` elements) the workbook's
#: worksheets may hold together (a real E.81 sheet holds a few thousand to a
#: few hundred thousand): openpyxl spends tens of microseconds and about a
#: kilobyte on each, so this bounds a read to seconds, at most about half a
#: minute and half a gigabyte.
MAKS_SEL: Final = 500_000

#: The longest XML token a part may hold, in bytes (1 MiB): a run of bytes without
#: ``<`` (a tag with its attributes, a text), a comment, a CDATA section or a
#: processing instruction. Excel stores at most 32,767 characters in a cell (Excel's
#: specifications and limits), at most 128 KiB in UTF-8, and a tag a few hundred
#: bytes: a margin of eight. openpyxl's parser takes time growing with the square of a
#: token's size (a 16 MB comment: over a minute), which the unpacked size does not
#: bound.
MAKS_TOKEN: Final = 2**20

#: The most bytes the workbook's slow tokens may hold together (4 MiB): comments,
#: processing instructions and runs without ``<`` (tags, with their attribute values)
#: longer than :data:`~sakip.e81._xml.PANJANG_LAMBAT` (64 KiB), in every part scanned;
#: a comment without ``<`` counts twice (as a comment and as a run), generously.
#: expat parses such a token again for each 16 KiB piece openpyxl feeds it (150
#: comments of 1 MiB in a 205 KB file: 33 s), which neither :data:`MAKS_TOKEN` nor the
#: unpacked size bounds; 4 MiB costs a second or two. Measured on the real workbooks
#: of the tests and the shared E.81 collection: 0 bytes in every one (Excel writes no
#: comment, and no tag or text near 64 KiB).
MAKS_TOKEN_LAMBAT: Final = 4 * 2**20

_ATURAN: Final = "Office Open XML workbook (.xlsx), read by openpyxl"


def _galat(berkas: str, letak: str, expected: str, value: object) -> ReportFormatError:
    return ReportFormatError(
        berkas=berkas, letak=letak, expected=expected, value=value, rule=_ATURAN
    )


def _bait(path: Path, berkas: str) -> bytes:
    """The bytes of a regular file of at most :data:`MAKS_BYTE` bytes, read once."""
    periksa_berkas_biasa(path, berkas, maks=MAKS_BYTE)
    try:
        with path.open("rb") as f:
            data = f.read(MAKS_BYTE + 1)
    except OSError as e:
        raise _galat(berkas, "-", "must be readable", str(e)) from None
    if len(data) > MAKS_BYTE:  # grown since it was measured
        raise _galat(berkas, "-", f"must be at most {MAKS_BYTE} bytes", "more")
    return data


def _periksa_berkas(data: bytes, berkas: str) -> int:
    """Refuse bytes that are no bounded workbook (see the module); the count of
    shared strings (0 without a shared strings part)."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise _galat(berkas, "-", "must be an .xlsx workbook (a zip archive)", "not a zip")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            nama = set(z.namelist())
            terurai = sum(i.file_size for i in z.infolist())
            tersandi = next((i.filename for i in z.infolist() if i.flag_bits & _TERSANDI), None)
    except (zipfile.BadZipFile, OSError) as e:
        raise _galat(berkas, "-", "must be a readable zip archive", str(e)) from None
    if "[Content_Types].xml" not in nama or "xl/workbook.xml" not in nama:
        raise _galat(
            berkas, "-", "must be an .xlsx workbook (xl/workbook.xml missing)", "another zip"
        )
    if tersandi is not None:
        raise ReportFormatError(
            berkas=berkas,
            letak=tersandi,
            expected="must not be encrypted: sakip reads no encrypted workbook (save it "
            "again without a password)",
            value="an encrypted zip entry",
            rule="APPNOTE.TXT (PKWARE), 4.4.4 general purpose bit flag, bit 0: encrypted",
        )
    if terurai > MAKS_TERURAI:
        raise _galat(berkas, "-", f"must unpack to at most {MAKS_TERURAI} bytes", terurai)
    return _periksa_banyak_sel(data, berkas)


#: Bit 0 of a zip entry's flags: the entry is encrypted (PKWARE's APPNOTE.TXT, 4.4.4).
_TERSANDI: Final = 0x1


#: The rule of sakip's bound on one XML token.
_ATURAN_TOKEN: Final = (
    "sakip's bound on one token, no regulation fixes one: Excel stores at most 32,767 "
    "characters in a cell (Excel specifications and limits), and openpyxl's parser takes "
    "time growing with the square of a token's size"
)
#: The rule of OPC's XML usage.
_ATURAN_OPC: Final = "OPC, ECMA-376 Part 2, 8.1.4 XML usage"

#: Each break of the scan's bounds (:class:`~sakip.e81._xml.Pelanggaran`'s ``jenis``):
#: what was expected, what was got, and the rule; ``{maks}`` is :data:`MAKS_TOKEN`.
_PELANGGARAN: Final = MappingProxyType(
    {
        "token": (
            "must hold no XML token longer than {maks} bytes (a tag or a text: a run of "
            "bytes without '<')",
            "more than {maks} bytes without '<'",
            _ATURAN_TOKEN,
        ),
        "komentar": (
            "must close each XML comment within {maks} bytes",
            "a comment open for more than {maks} bytes",
            _ATURAN_TOKEN,
        ),
        "CDATA": (
            "must close each CDATA section within {maks} bytes",
            "a CDATA section open for more than {maks} bytes",
            _ATURAN_TOKEN,
        ),
        "instruksi": (
            "must close each processing instruction within {maks} bytes",
            "a processing instruction open for more than {maks} bytes",
            _ATURAN_TOKEN,
        ),
        "lambat": (
            "must hold at most {lambat} bytes in its slow tokens together (comments, "
            "processing instructions, tags or texts, each longer than {ambang} bytes)",
            "more than {lambat} bytes, past the bound in this part",
            "sakip's bound on the total of slow tokens, no regulation fixes one: openpyxl's "
            "parser takes time growing with the square of each such token's size",
        ),
        "DTD": (
            "must hold no document type declaration",
            "<!DOCTYPE or another '<!' declaration",
            f"{_ATURAN_OPC} [M1.18]: a DTD is an error",
        ),
        "pengodean": (
            "must be encoded in UTF-8, as Excel writes it (save the workbook again in Excel)",
            "another encoding",
            f"{_ATURAN_OPC} [M1.17] allows UTF-8 and UTF-16; sakip scans UTF-8 parts only",
        ),
    }
)


def _pindai(
    f: Any, berkas: str, bagian: str, batas: _Batas, pola: re.Pattern[bytes] | None = None
) -> int:
    """Scan one XML part in chunks: its cell and row start tags (or what ``pola``
    matches), counted up to past the cells left; a break of the token bounds
    (:data:`MAKS_TOKEN`, :data:`MAKS_TOKEN_LAMBAT`) refused."""
    maks_tag = MAKS_SEL - batas.sel if pola is None else MAKS_TERURAI
    pemindai = Pemindai(
        maks_token=MAKS_TOKEN,
        maks_tag=maks_tag,
        maks_lambat=MAKS_TOKEN_LAMBAT - batas.lambat,
        pola=pola,
    )
    while True:
        potong = f.read(pemindai.potongan)
        salah = pemindai.makan(potong)
        if salah is not None:
            harapan, didapat, aturan = _PELANGGARAN[salah.jenis]
            ukuran = {"maks": MAKS_TOKEN, "lambat": MAKS_TOKEN_LAMBAT, "ambang": PANJANG_LAMBAT}
            raise ReportFormatError(
                berkas=berkas,
                letak=f"{bagian} at byte {salah.bait}",
                expected=harapan.format(**ukuran),
                value=didapat.format(**ukuran),
                rule=aturan,
            )
        if not potong or pemindai.banyak_tag > maks_tag:
            batas.lambat += pemindai.lambat
            if pola is None:
                batas.sel += pemindai.banyak_tag
            return pemindai.banyak_tag


@attrs.define
class _Batas:
    """What the parts scanned so far used of the workbook's bounds."""

    sel: int = 0
    lambat: int = 0


def _terpindai(
    z: zipfile.ZipFile, berkas: str, nama: str, batas: _Batas, baca: Callable[[IO[bytes]], _T]
) -> _T:
    """A part scanned, then read by ``baca`` (which may parse it: it is bounded now)."""
    with z.open(nama) as f:
        _pindai(f, berkas, nama, batas)
    with z.open(nama) as f:
        return baca(f)


def _periksa_banyak_sel(data: bytes, berkas: str) -> int:
    """Scan every part openpyxl may parse once, before openpyxl parses it: refuse
    worksheets of more than MAKS_SEL cells and rows, a token longer than MAKS_TOKEN,
    and slow tokens past MAKS_TOKEN_LAMBAT together. Returns the count of shared
    strings (``<si>`` elements of the part openpyxl reads them from), 0 without one.

    The parts are chosen by content type and relationship
    (:func:`~sakip.e81._xml.bagian_dipindai`), not by name: a worksheet may sit
    anywhere the workbook's relations point. The content types part, the
    relationships parts and the workbook part are scanned before they are read to
    choose the others.
    """
    batas = _Batas()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            nama = z.namelist()
            tipe = _terpindai(z, berkas, TIPE_ISI, batas, tipe_isi)
            rels = [n for n in nama if n in bagian_dipindai([n], tipe, [], {}) and sumber_rels(n)]
            semua_relasi = [
                r
                for n in rels
                for r in _terpindai(z, berkas, n, batas, functools.partial(relasi, n))
            ]
            buku = bagian_buku(nama, tipe)
            dirujuk = {b: _terpindai(z, berkas, b, batas, id_dirujuk) for b in buku}
            sudah = {TIPE_ISI, *rels, *buku}
            dipindai = bagian_dipindai(nama, tipe, semua_relasi, dirujuk)
            teks = next((n for n, t in tipe.khusus if t == _TIPE_TEKS_BERSAMA), None)
            for n in nama:
                if n not in dipindai or n in sudah:
                    continue
                with z.open(n) as f:
                    # the shared strings are scanned, not counted as cells (nor counted
                    # here: their count is openpyxl's, parsed below)
                    _pindai(f, berkas, n, batas, TAG_TEKS_BERSAMA if n == teks else None)
                if batas.sel > MAKS_SEL:
                    raise _galat(
                        berkas,
                        n,
                        f"must hold at most {MAKS_SEL} cells and rows in its worksheets "
                        "(counted before loading)",
                        f"more than {MAKS_SEL}",
                    )
            if teks is None or teks not in nama or teks not in dipindai:
                return 0  # openpyxl's table is then empty; only a scanned part is parsed
            with z.open(teks) as f:  # the count openpyxl's reader makes
                return banyak_teks_bersama(f)
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error, NotImplementedError) as e:
        raise _galat(berkas, "-", "must be a readable zip archive", str(e)[:200]) from None
    except (ElementTree.ParseError, KeyError) as e:
        raise _galat(berkas, "-", "must be a readable .xlsx workbook", str(e)[:200]) from None


#: The content type of the shared strings part, by which openpyxl finds it
#: (``openpyxl.xml.constants.SHARED_STRINGS``).
_TIPE_TEKS_BERSAMA: Final = (
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
)
_T = TypeVar("_T")


def _kunci_isian(sel: Any) -> object:
    f = sel.fill
    if f is None or not f.fill_type:
        return None
    w = f.fgColor
    return (f.fill_type, w.type, getattr(w, w.type, None) if w.type else None, w.tint)


def _rumus(sel: Any) -> str | None:
    """The formula of a cell openpyxl types as one (``data_type == "f"``), else None.

    A text cell is text whatever it begins with: ``="Target"`` or ``=`` typed as
    text (a shared or inline string, ``data_type`` ``"s"``) is no formula.

    Examples:
        >>> from sakip.e81._xlsx import modul_openpyxl
        >>> ws = modul_openpyxl().Workbook().active
        >>> ws["A1"], ws["A2"] = "=B1+1", "=Target"
        >>> ws["A2"].data_type = "s"  # typed as text
        >>> _rumus(ws["A1"]), _rumus(ws["A2"]), ws["A2"].value
        ('=B1+1', None, '=Target')
    """
    if sel.data_type != "f":
        return None
    teks = getattr(sel.value, "text", sel.value)  # an ArrayFormula carries its text
    return teks if isinstance(teks, str) and teks.startswith("=") else None


def _grid(
    rumus: Worksheet,
    nilai: list[tuple[object, ...]],
    berkas: str,
    maks_baris: int,
    maks_kolom: int,
) -> Lembar:
    """The raw grid: formulas from the full sheet, stored values from the streamed one."""
    nama = str(rumus.title)
    if rumus.max_row > maks_baris or rumus.max_column > maks_kolom:
        raise _galat(
            berkas,
            f"'{nama}'!{rumus.max_row}:{rumus.max_column}",
            f"must have at most {maks_baris} rows and {maks_kolom} columns",
            f"{rumus.max_row} rows, {rumus.max_column} columns",
        )
    f_semua = [tuple(map(_rumus, r)) for r in rumus.iter_rows()]
    baris: list[tuple[SelMentah, ...]] = []
    for r in range(max(len(f_semua), len(nilai))):
        f_baris = f_semua[r] if r < len(f_semua) else ()
        v_baris = nilai[r] if r < len(nilai) else ()
        cells: list[SelMentah] = []
        for c in range(max(len(f_baris), len(v_baris))):
            v = v_baris[c] if c < len(v_baris) else None
            r_f = f_baris[c] if c < len(f_baris) else None
            cells.append(SelMentah(nilai=v, rumus=r_f) if (v is not None or r_f) else _KOSONG)
        baris.append(tuple(cells))
    gabungan = tuple(
        (g.min_row, g.min_col, g.max_row, g.max_col) for g in rumus.merged_cells.ranges
    )
    return Lembar(nama=nama, berkas=berkas, sel=tuple(baris), gabungan=gabungan)


def _nilai_tersimpan(wb_nilai: Any, nama: str) -> list[tuple[object, ...]]:
    """The values Excel stored in a sheet, row 1 first, streamed (rows as long as their cells).

    A formula that computed empty text (``=IFERROR(...; "")``) stored it: it
    is kept as ``""``, apart from a formula with no stored value at all
    (``None``: a workbook saved by a program that does not calculate).
    """
    ws = wb_nilai[nama]
    ws.reset_dimensions()  # a wrong <dimension> must not cut rows or columns off
    return [
        tuple(
            "" if c.value is None and c.data_type in _TEKS else _terhingga(c.value)
            for c in r  # an empty cell of a short row has no data_type worth reading
        )
        for r in ws.iter_rows()
    ]


def _terhingga(nilai: object) -> object:
    """A stored value, unless it is a float NaN or infinity (openpyxl reads ``1E+400`` as
    ``inf``): then ValueError, for the caller to name the cell and its text.

    Examples:
        >>> _terhingga(1.5), _terhingga("inf")
        (1.5, 'inf')
        >>> _terhingga(float("inf"))
        Traceback (most recent call last):
        ...
        ValueError: a stored number that is not finite: inf
    """
    if isinstance(nilai, float) and not math.isfinite(nilai):
        raise ValueError(f"a stored number that is not finite: {nilai!r}")
    return nilai


def _sebab(e: BaseException) -> str:
    """What went wrong, in one line: the innermost cause's message, without its type.

    Examples:
        >>> try:
        ...     try:
        ...         int("NaN")
        ...     except ValueError as sebab:
        ...         raise ValueError("Unable to read workbook:\\nsee below") from sebab
        ... except ValueError as e:
        ...     _sebab(e)
        "invalid literal for int() with base 10: 'NaN'"
    """
    while e.__cause__ is not None:
        e = e.__cause__
    return " ".join(str(e).split())[:200] or type(e).__name__


def _sel_salah(data: bytes, berkas: str, banyak_teks: int) -> ReportFormatError | None:
    """The refusal of the first cell openpyxl would misread or fail on (``'Sheet'!K15``,
    the text at fault, the rule; a shared string's index from 0 to ``banyak_teks`` less
    one), or None: also None when the search meets what openpyxl would meet (XML not
    well-formed, a part missing), which openpyxl then names."""
    with contextlib.suppress(*_TAK_TERBACA), zipfile.ZipFile(io.BytesIO(data)) as z:
        for lembar, bagian in lembar_dibaca(z):
            with z.open(bagian) as f:
                salah = sel_salah(f, banyak_teks)
            if salah is not None:
                return ReportFormatError(
                    berkas=berkas,
                    letak=f"'{lembar}'!{salah.sel}",
                    expected=salah.aturan,
                    value=salah.teks,
                    rule=_ATURAN_SEL,
                )
    return None


def _galat_baca(berkas: str, e: Exception) -> ReportFormatError:
    """The refusal of a workbook openpyxl could not read, or read a non-finite number
    from (what the check of the cells let through): the cause in one line."""
    return _galat(berkas, "-", "must be a readable .xlsx workbook", _sebab(e))


#: The suffixes of the workbooks read (openpyxl's ``SUPPORTED_FORMATS``).
_AKHIRAN_BUKU: Final = (".xlsx", ".xlsm", ".xltx", ".xltm")
#: What reading a zip's XML parts may raise.
_TAK_TERBACA: Final = (
    zipfile.BadZipFile,
    KeyError,
    OSError,
    EOFError,
    zlib.error,
    NotImplementedError,
    ElementTree.ParseError,
)
#: The rule a cell's stored text follows.
_ATURAN_SEL: Final = (
    "ECMA-376 Part 1, 18.3.1.96 v (Cell Value) and 18.18.11 ST_CellType, the values as "
    "Office writes them by cell type (MS-OI29500 2.1.660) and as openpyxl reads them; "
    "NaN and infinities are refused (no number an audit can check)"
)


_TEKS: Final = frozenset({"s", "str", "inlineStr"})


_KOSONG: Final = SelMentah()


def _dengan_gaya(lembar: Lembar, tata: TataLetak, ws: Worksheet) -> Lembar:
    """Add the styles the reader needs: the names' fill, indent and bold, the % formats."""
    c_nama = tata.kolom_teks[Kolom.URAIAN]
    c_persen = {c for (k, b), c in tata.kolom.items() if kolom_persen(k, b)}
    baris = list(lembar.sel)
    for r in range(tata.baris_awal, len(baris) + 1):
        row = list(baris[r - 1])
        for c in (c_nama, *c_persen):
            if c > len(row):
                continue
            s = ws.cell(row=r, column=c)
            if c == c_nama:
                row[c - 1] = attrs.evolve(
                    row[c - 1],
                    isian_warna=_kunci_isian(s),
                    inden=int(s.alignment.indent or 0),
                    tebal=bool(s.font is not None and s.font.b),
                )
            else:
                row[c - 1] = attrs.evolve(row[c - 1], format_persen="%" in (s.number_format or ""))
        baris[r - 1] = tuple(row)
    return attrs.evolve(lembar, sel=tuple(baris))


def muat_lembar(
    path: str | os.PathLike[str],
    *,
    lembar: str | None = None,
    maks_baris: int = MAKS_BARIS,
    maks_kolom: int = MAKS_KOLOM,
) -> tuple[Lembar, TataLetak]:
    """Load a workbook's E.81 sheet as a raw grid with its recognised layout.

    Args:
        path: the ``.xlsx`` file.
        lembar: the sheet's name; default: the first sheet whose layout is
            recognised.
        maks_baris: the most rows a sheet may have.
        maks_kolom: the most columns a sheet may have.

    Raises:
        ReportFormatError: see the module; when no sheet is recognised, the
            error of the first sheet.

    Examples:
        >>> from sakip.e81 import CONTOH_DELI_SERDANG
        >>> lembar, tata = muat_lembar(CONTOH_DELI_SERDANG)
        >>> lembar.nama, tata.baris_keterangan, tata.nomor[Kolom.REALISASI_RENJA]
        ('Realisasi TW IV', 8, 13)
    """
    data = bait_xlsx(path)
    berkas = str(path)
    openpyxl = modul_openpyxl()
    # sakip closes the workbooks, so that one openpyxl fails on leaves nothing open
    with tanpa_peringatan(), contextlib.ExitStack() as tutup:
        try:
            wb_rumus = openpyxl.load_workbook(io.BytesIO(data), data_only=False)
            tutup.callback(wb_rumus.close)
            wb_nilai = openpyxl.load_workbook(io.BytesIO(data), data_only=True, read_only=True)
            tutup.callback(wb_nilai.close)
        except Exception as e:  # openpyxl raises many types on a broken workbook
            raise _galat_baca(berkas, e) from None
        return _lembar_dikenali(wb_rumus, wb_nilai, berkas, lembar, maks_baris, maks_kolom)


def bait_xlsx(path: str | os.PathLike[str]) -> bytes:
    """Bait (the bytes) of a workbook file, read once and checked as the reader checks
    them before openpyxl parses them (see the module): a bounded regular file, a zip of
    bounded parts, no token past its bound, every cell's stored value what its type
    says.

    Whoever parses the workbook parses these bytes, not the file again:
    :func:`muat_lembar` and :func:`~sakip.e81.tulis.tulis_temuan_xlsx` do.

    Args:
        path: the ``.xlsx`` file.

    Returns:
        The file's bytes, at most :data:`MAKS_BYTE`.

    Raises:
        ReportFormatError: see the module, naming the file and, for a cell, the sheet
            and the cell.

    Examples:
        >>> from sakip.e81 import CONTOH_DELI_SERDANG
        >>> bait_xlsx(CONTOH_DELI_SERDANG)[:2]
        b'PK'
        >>> bait_xlsx("tidak-ada.xlsx")
        Traceback (most recent call last):
        ...
        sakip.errors.ReportFormatError: tidak-ada.xlsx must exist (got 'tidak-ada.xlsx')
    """
    if not isinstance(path, (str, os.PathLike)):
        raise InvalidTypeError(field="path", value=path, expected="must be a path")
    p = Path(path)
    berkas = str(path)
    data = _bait(p, berkas)
    banyak_teks = _periksa_berkas(data, berkas)
    if p.suffix.lower() not in _AKHIRAN_BUKU:
        raise _galat(
            berkas,
            "-",
            f"must be named {', '.join(_AKHIRAN_BUKU)} (the workbooks openpyxl reads)",
            p.suffix,
        )
    if (salah := _sel_salah(data, berkas, banyak_teks)) is not None:
        raise salah
    return data


def _lembar_dikenali(
    wb_rumus: Any,
    wb_nilai: Any,
    berkas: str,
    lembar: str | None,
    maks_baris: int,
    maks_kolom: int,
) -> tuple[Lembar, TataLetak]:
    nama_lembar = [str(ws.title) for ws in wb_rumus.worksheets]  # chart sheets hold no cells
    if lembar is not None:
        if lembar not in nama_lembar:
            raise _galat(berkas, repr(lembar), "must name a sheet of the workbook", nama_lembar)
        nama_lembar = [lembar]
    pertama: ReportFormatError | None = None
    for nama in nama_lembar:
        ws = wb_rumus[nama]
        try:
            nilai = _nilai_tersimpan(wb_nilai, nama)
        except Exception as e:  # a non-finite number, or what the full parse let through
            raise _galat_baca(berkas, e) from None
        grid = _grid(ws, nilai, berkas, maks_baris, maks_kolom)
        try:
            tata = kenali(grid)
        except ReportFormatError as e:
            pertama = pertama or e
            continue
        return _dengan_gaya(grid, tata, ws), tata
    if pertama is None:
        raise _galat(berkas, "-", "must have a worksheet", "none")
    raise pertama


def baca_xlsx(
    path: str | os.PathLike[str],
    *,
    lembar: str | None = None,
    maks_baris: int = MAKS_BARIS,
    maks_kolom: int = MAKS_KOLOM,
) -> TabelE81:
    """Baca (read) the E.81 table of a workbook into typed records.

    Args:
        path: the ``.xlsx`` file.
        lembar: the sheet's name; default: the first sheet recognised.
        maks_baris: the most rows a sheet may have (default
            :data:`MAKS_BARIS`).
        maks_kolom: the most columns a sheet may have (default
            :data:`MAKS_KOLOM`).

    Returns:
        The :class:`~sakip.e81.model.TabelE81`, every number with the cell it
        came from, its stored value and its formula.

    Raises:
        ReportFormatError: not a workbook, too large, no E.81 layout, or a
            cell that cannot be read, naming the sheet and the cell.

    Sumber:
        Permendagri 86/2017, Lampiran, form E.81, as quoted in LKjIP Dumai 2023
        and as printed in real E.81 workbooks (the lampiran itself was not read).

    Examples:
        >>> from sakip.e81 import CONTOH_DELI_SERDANG, Bagian
        >>> t = baca_xlsx(CONTOH_DELI_SERDANG)
        >>> len(t.baris), t.baris[0].jenjang.label, t.baris[0].nama
        (103, 'urusan', 'UNSUR PENUNJANG URUSAN PEMERINTAHAN')
        >>> ab = t.baris[4].isi(Kolom.REALISASI_RENJA, Bagian.K)
        >>> ab.sel.a1, ab.rumus, ab.nilai
        ('AB15', '=P15+S15+V15+Y15', Fraction(4, 1))
    """
    grid, tata = muat_lembar(path, lembar=lembar, maks_baris=maks_baris, maks_kolom=maks_kolom)
    tabel = _susun.tabel(
        grid,
        tata,
        judul=_susun.judul(grid, tata.baris_keterangan),
        batas_baris=maks_baris,
        rumus_terbaca=True,
    )
    return attrs.evolve(tabel, keterangan_salah=tata.keterangan_salah)
