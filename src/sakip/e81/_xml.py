"""A workbook's XML parts as sakip reads them before openpyxl: scanned for bounds, and
searched for the cell openpyxl would misread or fail on.

Private: used by :mod:`sakip.e81.berkas_xlsx` (the reader) and :mod:`sakip.e81.tulis`
(the sheets' parts of a workbook it wrote).

Why a scan before openpyxl: openpyxl's reader feeds a part to Python's expat parser
in small pieces, and expat parses one token (a tag, a comment, a processing
instruction) again from its start each time a piece leaves it unfinished, so the time
grows with the square of the longest token: a 150 MB comment in a 200 KB file runs for
minutes. The size limits of the zip do not bound one token; :class:`Pemindai` does, in
one pass of the bytes, chunk by chunk.

Examples:
    >>> p = Pemindai(maks_token=64, maks_tag=10)
    >>> p.makan(b'<?xml version="1.0"?><row><c r="A1"><v>1</v></c></row>')
    >>> p.makan(b""), p.banyak_tag
    (None, 2)
    >>> p = Pemindai(maks_token=16, maks_tag=10)
    >>> xml = b"<a><!-- 0123456789abcdef --></a>"
    >>> [p.makan(xml[i : i + p.potongan]) for i in range(0, len(xml), p.potongan)]
    [None, Pelanggaran(bait=3, jenis='komentar')]
"""

from __future__ import annotations

import datetime
import math
import posixpath
import re
import zipfile
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import IO, Final
from xml.etree import ElementTree

import attrs

__all__ = [
    "PANJANG_LAMBAT",
    "POTONGAN",
    "TAG_TEKS_BERSAMA",
    "TIPE_ISI",
    "Pelanggaran",
    "Pemindai",
    "Relasi",
    "SelSalah",
    "TipeIsi",
    "bagian_buku",
    "bagian_dipindai",
    "bagian_lembar",
    "banyak_teks_bersama",
    "buku_dibaca",
    "id_dirujuk",
    "lembar_dibaca",
    "nama_rels",
    "relasi",
    "sel_salah",
    "sumber_rels",
    "tipe_isi",
    "tipe_xml",
]

#: The chunk a part is read in, at most (smaller when the token limit is smaller).
POTONGAN: Final = 1 << 20

#: A cell or row start tag of SpreadsheetML, with or without a namespace prefix of any
#: length (XML bounds none; the token limit bounds a tag): a prefix of 42 characters
#: escaped a bound of 40 and the cell count with it.
_TAG_SEL: Final = re.compile(rb"<(?:[^\s<>/:!?]+:)?(?:c|row)[\s/>]")
#: A shared string's start tag (``si``, ECMA-376 Part 1, 18.4.8): what openpyxl counts
#: as one entry of the table.
TAG_TEKS_BERSAMA: Final = re.compile(rb"<(?:[^\s<>/:!?]+:)?si[\s/>]")
#: A tag is at most this long where a chunk cuts it (the counter carries it over).
_TAG_TERPOTONG: Final = 64

#: What opens markup that may hold ``<`` (so that the runs between ``<`` do not bound
#: it) and what closes it, with its name in a refusal; XML 1.0, 2.5 (comments), 2.6
#: (processing instructions), 2.7 (CDATA sections).
_BAGIAN_BEBAS: Final = MappingProxyType(
    {
        b"<!--": (b"-->", "komentar"),
        b"<![CDATA[": (b"]]>", "CDATA"),
        b"<?": (b"?>", "instruksi"),
    }
)
_BUKA: Final = re.compile(rb"<[!?]")
#: The markup above that expat parses in time growing with the square of its length
#: when fed in pieces (measured on CPython 3.11's expat: a 1 MiB comment or processing
#: instruction, like a 1 MiB tag or attribute value, takes 50-80 ms fed 16 KiB at a
#: time; a 1 MiB CDATA section or text, 4-6 ms: expat hands text on piece by piece).
_JENIS_LAMBAT: Final = frozenset({"komentar", "instruksi"})

#: A token longer than this (in bytes) counts towards a workbook's total of slow
#: tokens: four of the 16 KiB pieces openpyxl's parser is fed
#: (``xml.etree.ElementTree.iterparse``); a shorter one costs expat at most four
#: passes over it, which the unpacked size bounds.
PANJANG_LAMBAT: Final = 64 * 2**10
#: The longest opening above, less one: what a chunk's end may cut.
_BUKA_TERPOTONG: Final = max(map(len, _BAGIAN_BEBAS)) - 1

#: An XML declaration naming its encoding (XML 1.0, 4.3.3).
_DEKLARASI: Final = re.compile(rb"<\?xml\s[^?]*?encoding\s*=\s*[\"']([^\"']*)[\"']")


@attrs.frozen(kw_only=True)
class Pelanggaran:
    """A part's bytes breaking a bound: where (``bait``, a byte offset) and what.

    ``jenis``: ``"token"`` (more than the limit without ``<``), ``"komentar"``,
    ``"CDATA"``, ``"instruksi"`` (one not closed within the limit), ``"DTD"`` (a
    document type declaration), ``"pengodean"`` (an encoding other than UTF-8) or
    ``"lambat"`` (the slow tokens past their total, ``maks_lambat``).
    """

    bait: int
    jenis: str


class Pemindai:
    """Pemindai (scanner) of one XML part: fed its bytes in order, it counts the cell
    and row start tags and finds the first break of the bounds.

    Bounds, in bytes: no run without ``<`` longer than ``maks_token`` (a tag or a text
    is such a run), no comment, CDATA section or processing instruction longer than it
    (they may hold ``<``), no document type declaration (OPC, ECMA-376 Part 2, 8.1.4
    [M1.18]: DTDs are refused), UTF-8 only (OPC [M1.17] allows UTF-8 and UTF-16;
    Excel, LibreOffice and openpyxl write UTF-8; a UTF-16 part would hide its tokens
    from a byte scan, so it is refused).

    Feed chunks of at most :attr:`potongan` bytes, then ``b""`` at the end; each call
    returns the first :class:`Pelanggaran`, or None.
    """

    def __init__(
        self,
        *,
        maks_token: int,
        maks_tag: int,
        maks_lambat: int | None = None,
        pola: re.Pattern[bytes] | None = None,
    ) -> None:
        self.maks_token = maks_token
        self.maks_tag = maks_tag
        self.maks_lambat = maks_lambat
        self.potongan = min(POTONGAN, maks_token)
        self.banyak_tag = 0
        #: the bytes of the slow tokens longer than :data:`PANJANG_LAMBAT` fed so far
        self.lambat = 0
        self._pola = _TAG_SEL if pola is None else pola
        self._ambang = min(PANJANG_LAMBAT, maks_token)
        self._lari_panjang = re.compile(rb"<[^<]{%d,}" % (self._ambang + 1))
        self._bait = 0  # bytes fed so far
        self._lt = -1  # offset of the last "<" fed
        self._sisa_tag = b""
        self._sisa = b""  # bytes not yet scanned for openings, from offset _awal
        self._awal = 0
        self._tutup: tuple[bytes, str] | None = None  # the closing awaited, and its kind
        self._mulai = 0  # where the open markup began

    def makan(self, potong: bytes) -> Pelanggaran | None:
        """Feed the next chunk (``b""`` at the end of the part)."""
        if len(potong) > self.potongan:
            raise ValueError(f"a chunk of at most {self.potongan} bytes, got {len(potong)}")
        pertama = self._bait == 0
        dasar = self._bait
        self._bait += len(potong)
        if pertama and potong and (salah := _pengodean(potong)) is not None:
            return salah
        self._hitung_tag(potong)
        return self._bagian_bebas(potong) or self._lari(potong, dasar)

    def _hitung_tag(self, potong: bytes) -> None:
        if self.banyak_tag > self.maks_tag:
            return  # already past the bound: the caller refuses
        buf = self._sisa_tag + potong
        p = buf.rfind(b"<", max(0, len(buf) - _TAG_TERPOTONG)) if potong else -1
        akhir = p if p >= 0 else len(buf)
        self.banyak_tag += len(self._pola.findall(buf, 0, akhir))
        self._sisa_tag = buf[akhir:]

    def _lari(self, potong: bytes, dasar: int) -> Pelanggaran | None:
        """The run without ``<`` that ends in this chunk, if too long.

        A chunk is at most ``maks_token`` bytes, so a run between two ``<`` of one
        chunk is within the bound: only the run across chunks is measured.
        """
        p = potong.find(b"<")
        akhir = dasar + (p if p >= 0 else len(potong))
        awal = self._lt + 1
        if akhir - awal > self.maks_token:
            return Pelanggaran(bait=awal, jenis="token")
        if p < 0 and potong:
            return None  # the run goes on in the next chunk
        if (salah := self._tambah_lambat(akhir - awal, awal)) is not None:
            return salah
        if p < 0:
            return None
        q = potong.rfind(b"<")
        for m in self._lari_panjang.finditer(potong, p, q):
            if salah := self._tambah_lambat(m.end() - m.start() - 1, dasar + m.start()):
                return salah
        self._lt = dasar + q
        return None

    def _tambah_lambat(self, panjang: int, bait: int) -> Pelanggaran | None:
        """Count a finished token of ``panjang`` bytes if it is a slow one; the break of
        :attr:`maks_lambat`, if this token makes it."""
        if panjang <= self._ambang:
            return None
        self.lambat += panjang
        if self.maks_lambat is not None and self.lambat > self.maks_lambat:
            return Pelanggaran(bait=bait, jenis="lambat")
        return None

    def _bagian_bebas(self, potong: bytes) -> Pelanggaran | None:
        """The first comment, CDATA section or processing instruction too long, or a DTD."""
        buf = self._sisa + potong
        i = 0
        while True:
            if self._tutup is None:
                m = _BUKA.search(buf, i)
                if m is None:
                    i = max(i, len(buf) - _BUKA_TERPOTONG)
                    break
                j = m.start()
                buka = next((b for b in _BAGIAN_BEBAS if buf.startswith(b, j)), None)
                if buka is None:
                    if not potong:  # a part ending in "<!...": not well-formed, expat says so
                        i = j + 1
                        continue
                    if len(buf) - j <= _BUKA_TERPOTONG:
                        i = j  # cut by the chunk's end: decided with the next chunk
                        break
                    # "<!" opening none of the above: a DTD's declaration
                    return Pelanggaran(bait=self._awal + j, jenis="DTD")
                self._tutup = _BAGIAN_BEBAS[buka]
                self._mulai = self._awal + j
                i = j + len(buka)
            else:
                tutup, jenis = self._tutup
                k = buf.find(tutup, i)
                ujung = self._awal + (len(buf) if k < 0 else k + len(tutup))
                if ujung - self._mulai > self.maks_token:
                    return Pelanggaran(bait=self._mulai, jenis=jenis)
                if k < 0:
                    i = max(i, len(buf) - (len(tutup) - 1))
                    break
                self._tutup = None
                if jenis in _JENIS_LAMBAT and (
                    salah := self._tambah_lambat(ujung - self._mulai, self._mulai)
                ):
                    return salah
                i = k + len(tutup)
        self._awal += i
        self._sisa = buf[i:]
        return None


def _pengodean(awal: bytes) -> Pelanggaran | None:
    """An encoding other than UTF-8, seen in a part's first bytes (XML 1.0, appendix F)."""
    if awal.startswith(b"\xef\xbb\xbf"):
        awal = awal[3:]
    if b"\x00" in awal[:4] or awal[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return Pelanggaran(bait=0, jenis="pengodean")
    m = _DEKLARASI.match(awal)
    if m is not None and m.group(1).lower() != b"utf-8":
        return Pelanggaran(bait=m.start(1), jenis="pengodean")
    return None


# -- the cell openpyxl would misread or fail on --------------------------------------

#: A number as Office writes one: ASCII digits, an optional sign, point and exponent,
#: nothing around it (MS-OI29500 2.1.660: "a textual representation of a double-precision
#: floating point number"; the lexical form of xsd:double less INF and NaN). openpyxl
#: reads a number with Python's int() or float(), which also take "1_000", " 12 ", Arabic-
#: Indic or full-width digits, "nan" and "inf".
_ANGKA: Final = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?", re.ASCII)
_BILANGAN_BULAT: Final = re.compile(r"[+-]?\d+", re.ASCII)
#: An error code: "#", a capital letter, capitals, digits, "/" or "_", and an optional
#: closing "!" or "?" (the seven of ECMA-376 and MS-OI29500 2.1.660, #DIV/0!, #N/A, ...,
#: and those of later Excel, #SPILL!, #CALC!, #GETTING_DATA, ...): no text sakip would
#: read as a number.
_KODE_GALAT: Final = re.compile(r"#[A-Z][A-Z0-9/_]*[!?]?", re.ASCII)
#: The ISO 8601 forms openpyxl reads (``openpyxl.utils.datetime.ISO_REGEX``: a date, a
#: time to milliseconds, or both, and a "Z"), in ASCII digits and whole: openpyxl matches
#: only a prefix, so that "2020-01-01 12:00" reads as the date alone.
_TANGGAL: Final = re.compile(
    r"(?:(\d{4})-(\d{2})-(\d{2}))?T?(?:(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?)?Z?",
    re.ASCII,
)
#: A duration (``openpyxl.utils.datetime.ISO_DURATION``), whole.
_DURASI: Final = re.compile(r"PT(\d+H)?(\d+M)?(\d+(?:\.\d{1,3})?S)?", re.ASCII)


def _angka(teks: str) -> bool:
    """Whether a number cell's text is a finite number as Office writes one.

    Examples:
        >>> [_angka(t) for t in ("-1.5E3", ".5", "1_000", " 12", "\\u0661", "1E+400", "nan")]
        [True, True, False, False, False, False, False]
    """
    # openpyxl reads a number with "." or an exponent as a float: past the float range,
    # as an infinity
    return _ANGKA.fullmatch(teks) is not None and math.isfinite(float(teks))


def _tanggal(teks: str) -> bool:
    """Whether a date cell's text is a date, time or duration openpyxl reads whole and right.

    Examples:
        >>> [_tanggal(t) for t in ("2025-12-31", "2025-12-31T23:59:59.5Z", "08:30", "PT1H30M")]
        [True, True, True, True]
        >>> [_tanggal(t) for t in ("2025-12-31 08:30", "2025-02-30", "T", "PT", "\\uff12025-01-01")]
        [False, False, False, False, False]
    """
    m = _TANGGAL.fullmatch(teks)
    if m is None or not any(m.groups()):
        d = _DURASI.fullmatch(teks)
        return d is not None and any(d.groups())
    tahun, bulan, hari, jam, menit, detik = m.groups()
    try:
        if tahun is not None:
            datetime.date(int(tahun), int(bulan), int(hari))
        if jam is not None:
            datetime.time(int(jam), int(menit), int(detik or 0))
    except ValueError:
        return False
    return True


def _kode_galat(teks: str) -> bool:
    return _KODE_GALAT.fullmatch(teks) is not None


def _indeks(teks: str) -> bool:
    return _BILANGAN_BULAT.fullmatch(teks) is not None and teks[0] not in "+-"


#: The cell types of SpreadsheetML (ECMA-376 Part 1, 18.18.11 ST_CellType; ``d``, a date,
#: is not in the first edition's list, and Office writes it since 2010), each with what
#: its stored text (``<v>``) must be, as openpyxl reads it, and the rule broken; None: any
#: text (``str``: a formula's text) or none read (``inlineStr``: its text is in ``<is>``).
#: ECMA-376 puts no bound on the text by type (18.3.1.96 v is an ST_Xstring): the bounds
#: are those Office writes to (MS-OI29500 2.1.660) and openpyxl's reading needs (sakip:
#: NaN and infinities are no numbers an audit can check, and Excel stores none).
_NILAI_SEL: Final[Mapping[str, tuple[Callable[[str], bool], str] | None]] = MappingProxyType(
    {
        "n": (_angka, "must hold a finite decimal number (a number cell)"),
        "b": (frozenset({"0", "1"}).__contains__, "must hold 0 or 1 (a boolean cell)"),
        "s": (
            _indeks,
            "must hold a whole number, a shared string's index (a shared-string cell)",
        ),
        "e": (
            _kode_galat,
            "must hold an error code such as #N/A or #DIV/0! (an error cell)",
        ),
        "d": (
            _tanggal,
            "must hold an ISO 8601 date, time, date and time, or duration, such as "
            "2025-12-31 or 2025-12-31T08:30:00 (a date cell)",
        ),
        "str": None,
        "inlineStr": None,
    }
)
#: The rule of a cell type that is none of the above (openpyxl reads its text as text).
_ATURAN_TIPE: Final = (
    f"must have a cell type (t) of ST_CellType: {', '.join(sorted(_NILAI_SEL, key=str.lower))}"
)


def _aturan_indeks(banyak: int) -> str:
    """The rule of a shared string's index, in a table of ``banyak`` strings.

    Examples:
        >>> _aturan_indeks(0)
        'must hold no shared-string cell: the workbook has no shared strings'
    """
    if banyak == 0:
        return "must hold no shared-string cell: the workbook has no shared strings"
    return (
        f"must hold a shared string's index from 0 to {banyak - 1}, the count of shared "
        "strings less one (a shared-string cell)"
    )


@attrs.frozen(kw_only=True)
class SelSalah:
    """A cell openpyxl would misread or fail on: its reference, the text at fault (the
    stored value's, or the cell type's when no type of SpreadsheetML), and the rule."""

    sel: str
    teks: str
    aturan: str


def _nama_lokal(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _salah(jenis: str, teks: str, banyak_teks: int | None) -> SelSalah | None:
    """What is wrong with a cell of type ``jenis`` storing ``teks`` (not empty), as a
    :class:`SelSalah` without its reference, or None; a shared string's index must be
    below ``banyak_teks`` (the table's length) when it is known."""
    if jenis not in _NILAI_SEL:
        return SelSalah(sel="", teks=jenis, aturan=_ATURAN_TIPE)
    baris = _NILAI_SEL[jenis]
    if baris is None:
        return None
    sah, aturan = baris
    if jenis == "s" and banyak_teks is not None and _indeks_salah(teks, banyak_teks):
        return SelSalah(sel="", teks=teks, aturan=_aturan_indeks(banyak_teks))
    return None if sah(teks) else SelSalah(sel="", teks=teks, aturan=aturan)


def _indeks_salah(teks: str, banyak: int) -> bool:
    """Whether ``teks``, a whole number, is no index of a table of ``banyak`` shared
    strings: signed (openpyxl reads -1 as the last string, silently) or ``banyak`` or
    more (read without ``int`` past 20 digits: Python refuses 4,300 or more).

    Examples:
        >>> [_indeks_salah(t, 3) for t in ("2", "3", "-1", "+0", "002", "x")]
        [False, True, True, True, False, False]
    """
    if _BILANGAN_BULAT.fullmatch(teks) is None:
        return False  # not a whole number: the type's own rule says so
    if teks.startswith(("-", "+")):
        return True
    angka = teks.lstrip("0") or "0"
    return len(angka) > 20 or int(angka) >= banyak


#: A shared string as openpyxl reads one (``openpyxl.reader.strings.read_string_table``).
_TAG_SI: Final = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}si"


def banyak_teks_bersama(f: IO[bytes]) -> int:
    """How many shared strings openpyxl reads from the part ``f``: every ``si`` element of
    SpreadsheetML's namespace, at any depth, as its reader counts them. Parsed, not matched
    by pattern: an ``<si>`` inside a comment or a CDATA section is no string (a count by
    pattern let an index equal to the true count pass, and openpyxl then failed).

    One parse, memory bounded (each string dropped once counted); read after the part was
    scanned (:class:`Pemindai`).

    Examples:
        >>> import io
        >>> ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
        >>> xml = f'<sst {ns}><si><t>a</t></si><!-- <si><t>b</t></si> --><si><t>c</t></si></sst>'
        >>> banyak_teks_bersama(io.BytesIO(xml.encode()))
        2
    """
    banyak = 0
    for _, e in ElementTree.iterparse(f, events=("end",)):
        if e.tag == _TAG_SI:
            banyak += 1
            e.clear()
    return banyak


def sel_salah(f: IO[bytes], banyak_teks: int | None = None) -> SelSalah | None:
    """The first cell of a worksheet part that openpyxl would misread or fail on: a
    stored value (``<v>``) that breaks its cell type's rule (:data:`_NILAI_SEL`), or a
    cell type SpreadsheetML has not. ``banyak_teks``, when known, is the count of shared
    strings (``<si>`` elements), which a shared-string cell's index must stay below. An
    empty value is no value (openpyxl reads it as none: a formula not yet computed).

    One parse of the part, read after it was scanned (:class:`Pemindai`).

    Examples:
        >>> import io
        >>> xml = b'<worksheet><sheetData><row r="1"><c r="K15"><v>1_000</v></c></row>'
        >>> sel_salah(io.BytesIO(xml + b"</sheetData></worksheet>"))
        SelSalah(sel='K15', teks='1_000', aturan='must hold a finite decimal number (a number cell)')
        >>> xml = b'<worksheet><sheetData><row><c r="A2" t="s"><v>3</v></c></row>'
        >>> sel_salah(io.BytesIO(xml + b"</sheetData></worksheet>"), banyak_teks=3).aturan
        "must hold a shared string's index from 0 to 2, the count of shared strings less one (a shared-string cell)"
    """
    for _, e in ElementTree.iterparse(f, events=("end",)):
        nama = _nama_lokal(e.tag)
        if nama == "c":
            jenis = e.get("t", "n")
            for v in e:
                if v.text and _nama_lokal(v.tag) == "v":
                    salah = _salah(jenis, v.text, banyak_teks)
                    if salah is not None:
                        return attrs.evolve(salah, sel=e.get("r", "?"))
        elif nama == "row":
            e.clear()  # bounded memory: rows read are dropped
    return None


# -- the parts openpyxl may parse ----------------------------------------------------

#: The namespaces of OPC's content types (ECMA-376 Part 2, 10.1.2) and relationships
#: (9.3), and the relationship attributes of SpreadsheetML (``r:id``).
_NS_TIPE: Final = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_NS_RELASI: Final = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_NS_R: Final = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"

#: The name of the content types part (ECMA-376 Part 2, 10.1.2.1).
TIPE_ISI: Final = "[Content_Types].xml"
#: A relationships part's name: ``_rels/<source's name>.rels`` (ECMA-376 Part 2, 9.3.3).
_NAMA_RELS: Final = re.compile(r"(?:\A|(?<=/))_rels/([^/]*)\.rels\Z")
#: The parts openpyxl reads by their fixed name, whatever the relationships say
#: (``openpyxl.xml.constants``: ``ARC_CONTENT_TYPES``, ``ARC_CORE``, ``ARC_CUSTOM``,
#: ``ARC_STYLE``, ``ARC_WORKBOOK`` when no content type names the workbook).
_NAMA_TETAP: Final = frozenset(
    {TIPE_ISI, "docProps/core.xml", "docProps/custom.xml", "xl/styles.xml", "xl/workbook.xml"}
)
#: The content types of the workbook part that openpyxl looks for, in its order
#: (``openpyxl.reader.excel._find_workbook_part``; ``openpyxl.xml.constants``: XLTM, XLSM
#: are ``application/vnd.ms-excel.*``, XLTX, XLSX the ``openxmlformats`` ones).
_TIPE_BUKU: Final = (
    "application/vnd.ms-excel.template.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
    "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
)
#: Content types that are XML without ending in ``+xml`` (RFC 7303; VML drawings).
_TIPE_XML: Final = frozenset(
    {"application/xml", "text/xml", "application/vnd.openxmlformats-officedocument.vmldrawing"}
)
#: The Custom XML Data Storage parts (ECMA-376 Part 1, 15.2.4-15.2.5: where Excel keeps
#: a Power Query's DataMashup, in UTF-16 with a base64 run of megabytes): openpyxl's
#: reader (``openpyxl/reader/excel.py``) never opens them, nor their relationships.
#: Their folder (what Excel names them), the endings of their relationship types, and
#: their properties' content type.
_FOLDER_BEBAS: Final = "customxml/"
_RELASI_BEBAS: Final = ("/customXml", "/customXmlProps")
_TIPE_BEBAS: Final = frozenset(
    {"application/vnd.openxmlformats-officedocument.customXmlProperties+xml"}
)


@attrs.frozen(kw_only=True)
class TipeIsi:
    """The content types a package declares (``[Content_Types].xml``): by extension
    (``Default``) and by part (``Override``, in order; names compared ignoring case,
    as OPC compares them, ECMA-376 Part 2, 9.1.1.1; each name without its first
    character, the leading ``/``, as openpyxl takes a part's name from it)."""

    bawaan: Mapping[str, str]
    khusus: tuple[tuple[str, str], ...]

    def dari(self, nama: str) -> str | None:
        """The content type of the part ``nama`` (no leading ``/``), or None.

        Examples:
            >>> t = TipeIsi(bawaan={"xml": "application/xml"}, khusus=(("a/B.dat", "x/y+xml"),))
            >>> t.dari("a/b.dat"), t.dari("c/d.XML"), t.dari("e.bin")
            ('x/y+xml', 'application/xml', None)
        """
        kecil = nama.lower()
        tipe = next((t for n, t in self.khusus if n.lower() == kecil), None)
        if tipe is not None:
            return tipe
        return self.bawaan.get(posixpath.splitext(kecil)[1][1:]) if "." in kecil else None


def tipe_isi(f: IO[bytes]) -> TipeIsi:
    """The content types of ``[Content_Types].xml`` (read after it was scanned).

    Examples:
        >>> import io
        >>> xml = (b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        ...        b'<Default Extension="XML" ContentType="application/xml"/>'
        ...        b'<Override PartName="/xl/s.dat" ContentType="a/b+xml"/></Types>')
        >>> tipe_isi(io.BytesIO(xml))
        TipeIsi(bawaan={'xml': 'application/xml'}, khusus=(('xl/s.dat', 'a/b+xml'),))
    """
    bawaan: dict[str, str] = {}
    khusus: list[tuple[str, str]] = []
    for _, e in ElementTree.iterparse(f, events=("end",)):
        tipe = e.get("ContentType", "")
        if e.tag == f"{_NS_TIPE}Default":
            bawaan.setdefault(e.get("Extension", "").lower(), tipe)
        elif e.tag == f"{_NS_TIPE}Override":
            khusus.append((e.get("PartName", "")[1:], tipe))  # as openpyxl: "/" dropped
        e.clear()
    return TipeIsi(bawaan=bawaan, khusus=tuple(khusus))


def tipe_xml(tipe: str | None) -> bool:
    """Whether a content type is XML's: ``...+xml``, ``application/xml``, ``text/xml``
    (RFC 7303) or a VML drawing's.

    Examples:
        >>> [tipe_xml(t) for t in ("application/xml", "a/b+xml; q=1", "image/png", None)]
        [True, True, False, False]
    """
    if tipe is None:
        return False
    inti = tipe.split(";", 1)[0].strip().lower()
    return inti.endswith("+xml") or inti in _TIPE_XML


def sumber_rels(nama: str) -> str | None:
    """The source part of a relationships part (``""``: the package), or None when
    ``nama`` is no relationships part.

    Examples:
        >>> sumber_rels("xl/_rels/workbook.xml.rels"), sumber_rels("_rels/.rels")
        ('xl/workbook.xml', '')
        >>> sumber_rels("xl/workbook.xml") is None
        True
    """
    m = _NAMA_RELS.search(nama)
    return None if m is None else nama[: m.start()] + m.group(1)


@attrs.frozen(kw_only=True)
class Relasi:
    """One internal relationship (OPC, ECMA-376 Part 2, 9.3): its source part (``""``
    for the package), ``Id``, ``Type`` and target part's name in the zip."""

    sumber: str
    id: str
    jenis: str
    target: str


def relasi(nama_rels: str, f: IO[bytes]) -> list[Relasi]:
    """The relationships of a relationships part (read after it was scanned), each
    target as openpyxl resolves it (``openpyxl.packaging.relationship.get_dependents``):
    a relative one against its source's folder, normalised; an absolute one without its
    ``/``; an external one as it is (openpyxl opens it when the zip holds that name).

    Examples:
        >>> import io
        >>> xml = (b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        ...        b'relationships"><Relationship Id="rId1" Type="t/worksheet" '
        ...        b'Target="worksheets/../s.dat"/><Relationship Id="rId2" Type="t/h" '
        ...        b'Target="http://x" TargetMode="External"/></Relationships>')
        >>> for r in relasi("xl/_rels/workbook.xml.rels", io.BytesIO(xml)):
        ...     r
        Relasi(sumber='xl/workbook.xml', id='rId1', jenis='t/worksheet', target='xl/s.dat')
        Relasi(sumber='xl/workbook.xml', id='rId2', jenis='t/h', target='http://x')
    """
    sumber = sumber_rels(nama_rels) or ""
    hasil = []
    for _, e in ElementTree.iterparse(f, events=("end",)):
        if e.tag == f"{_NS_RELASI}Relationship":
            hasil.append(
                Relasi(
                    sumber=sumber,
                    id=e.get("Id", ""),
                    jenis=e.get("Type", ""),
                    target=_target(sumber, e.get("Target", ""), e.get("TargetMode")),
                )
            )
        e.clear()
    return hasil


def _target(sumber: str, target: str, mode: str | None) -> str:
    """A relationship's target part, as openpyxl resolves it (see :func:`relasi`)."""
    if mode == "External":
        return target
    if target.startswith("/"):
        return target[1:]
    return posixpath.normpath(posixpath.join(posixpath.dirname(sumber), target))


def id_dirujuk(f: IO[bytes]) -> frozenset[str]:
    """The relationship ids a part names (every ``r:...`` attribute's value: a
    workbook's sheets, pivot caches, external links), read after it was scanned.

    Examples:
        >>> import io
        >>> xml = (b'<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/'
        ...        b'2006/relationships"><sheets><sheet name="A" r:id="rId&#49;"/></sheets>'
        ...        b'</workbook>')
        >>> id_dirujuk(io.BytesIO(xml))
        frozenset({'rId1'})
    """
    hasil: set[str] = set()
    for _, e in ElementTree.iterparse(f, events=("end",)):
        hasil.update(v for k, v in e.attrib.items() if k.startswith(_NS_R))
        e.clear()
    return frozenset(hasil)


def bagian_buku(nama: Iterable[str], tipe: TipeIsi) -> list[str]:
    """The parts openpyxl may take for the workbook: those of a workbook content type,
    and ``xl/workbook.xml``, that the zip holds."""
    ada = set(nama)
    calon = [n for n, t in tipe.khusus if t in _TIPE_BUKU] + ["xl/workbook.xml"]
    return list(dict.fromkeys(n for n in calon if n in ada))


def bagian_dipindai(
    nama: Iterable[str],
    tipe: TipeIsi,
    semua_relasi: Iterable[Relasi],
    dirujuk: Mapping[str, frozenset[str]],
) -> frozenset[str]:
    """The parts to scan: every part openpyxl may parse as XML.

    Chosen by content type and relationship, not by name: the content types part,
    the relationships parts, the parts openpyxl reads by a fixed name, the parts of
    an XML content type (by ``Override`` or by extension), the targets of a
    relationship that have no content type or an XML one, and the targets a workbook
    part names by id (openpyxl opens a sheet, a pivot cache or an external link
    whatever its name and content type say). Left out: the Custom XML Data Storage
    parts (``customXml/``, and what only ``customXml`` relationships reach), which
    openpyxl never opens, unless something above other than their content type asks
    for them; ``dirujuk`` is the relationship ids each workbook part names.

    Examples:
        >>> t = TipeIsi(bawaan={"xml": "application/xml", "png": "image/png"}, khusus=())
        >>> r = [Relasi(sumber="xl/workbook.xml", id="rId1", jenis="t/worksheet",
        ...             target="xl/s.dat"),
        ...      Relasi(sumber="xl/workbook.xml", id="rId2", jenis="t/customXml",
        ...             target="customXml/item1.xml")]
        >>> nama = ["xl/workbook.xml", "xl/s.dat", "customXml/item1.xml", "xl/m/a.png"]
        >>> sorted(bagian_dipindai(nama, t, r, {"xl/workbook.xml": frozenset({"rId1"})}))
        ['xl/s.dat', 'xl/workbook.xml']
    """
    daftar = list(semua_relasi)
    dirujuk_buku = {r.target for r in daftar if r.id in dirujuk.get(r.sumber, frozenset())}
    dituju_wajib = dirujuk_buku | {r.target for r in daftar if not r.jenis.endswith(_RELASI_BEBAS)}
    wajib = (
        _NAMA_TETAP
        | dirujuk_buku
        | {n for n, t in tipe.khusus if t not in _TIPE_BEBAS}
        | {n for n in dituju_wajib if tipe.dari(n) is None or tipe_xml(tipe.dari(n))}
    )
    dituju = {r.target for r in daftar}

    def dipindai(n: str) -> bool:
        if n in wajib:
            return True
        if n.lower().startswith(_FOLDER_BEBAS) or tipe.dari(n) in _TIPE_BEBAS:
            return False
        if n in dituju:
            return False  # reached by customXml relationships only
        return sumber_rels(n) is not None or tipe_xml(tipe.dari(n))

    return frozenset(n for n in nama if dipindai(n))


# -- the sheets openpyxl reads -------------------------------------------------------

_NS_UTAMA: Final = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def buku_dibaca(tipe: TipeIsi) -> str | None:
    """The workbook part openpyxl reads (``openpyxl.reader.excel._find_workbook_part``):
    the first ``Override`` of the first workbook content type in its order, else
    ``xl/workbook.xml`` when a ``Default`` names one; None: openpyxl finds none.

    Examples:
        >>> t = TipeIsi(bawaan={}, khusus=(("a/b.xml", _TIPE_BUKU[3]), ("c.xml", _TIPE_BUKU[2])))
        >>> buku_dibaca(t), buku_dibaca(TipeIsi(bawaan={}, khusus=()))
        ('c.xml', None)
    """
    for jenis in _TIPE_BUKU:
        nama = next((n for n, t in tipe.khusus if t == jenis), None)
        if nama is not None:
            return nama
    return "xl/workbook.xml" if set(tipe.bawaan.values()) & set(_TIPE_BUKU) else None


def nama_rels(bagian: str) -> str:
    """The relationships part of a part (ECMA-376 Part 2, 9.3.3; ``get_rels_path``).

    Examples:
        >>> nama_rels("xl/workbook.xml")
        'xl/_rels/workbook.xml.rels'
    """
    folder, nama = posixpath.split(bagian)
    return posixpath.join(folder, "_rels", f"{nama}.rels")


def lembar_dibaca(z: zipfile.ZipFile) -> list[tuple[str, str]]:
    """Each sheet openpyxl reads, in order: its name and its part in the zip, found as
    openpyxl finds them (the workbook part by content type, its relationships, the
    targets resolved alike); a name twice is listed twice, a target not in the zip
    left out (openpyxl skips it). Read after the parts were scanned.

    Raises:
        KeyError: a part missing; ElementTree.ParseError: one not well-formed
            (openpyxl then fails alike).
    """
    with z.open(TIPE_ISI) as f:
        buku = buku_dibaca(tipe_isi(f))
    if buku is None:
        return []
    rels = nama_rels(buku)
    with z.open(rels) as f:
        target = {r.id: r.target for r in relasi(rels, f)}
    ada = set(z.namelist())
    akar = ElementTree.fromstring(z.read(buku))
    hasil = []
    for lembar in akar.iterfind(f"{_NS_UTAMA}sheets/{_NS_UTAMA}sheet"):
        bagian = target.get(lembar.get(f"{_NS_R}id", ""))
        if bagian is not None and bagian in ada:
            hasil.append((lembar.get("name", ""), bagian))
    return hasil


def bagian_lembar(z: zipfile.ZipFile) -> dict[str, str]:
    """Each sheet's name to its part in the zip (:func:`lembar_dibaca`, by name).

    Examples:
        >>> from sakip.e81 import CONTOH_DELI_SERDANG
        >>> with zipfile.ZipFile(CONTOH_DELI_SERDANG) as z:
        ...     bagian_lembar(z)
        {'Realisasi TW IV': 'xl/worksheets/sheet1.xml'}
    """
    return dict(lembar_dibaca(z))
