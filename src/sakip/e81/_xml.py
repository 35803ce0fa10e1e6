"""A workbook's XML parts as sakip reads them before openpyxl: scanned for bounds, and
searched for the cell openpyxl could not read.

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

import math
import re
import zipfile
from collections.abc import Iterator
from types import MappingProxyType
from typing import IO, Final
from xml.etree import ElementTree

import attrs

__all__ = [
    "POTONGAN",
    "Pelanggaran",
    "Pemindai",
    "SelSalah",
    "bagian_lembar",
    "sel_salah",
]

#: The chunk a part is read in, at most (smaller when the token limit is smaller).
POTONGAN: Final = 1 << 20

#: A cell or row start tag of SpreadsheetML, with or without a namespace prefix.
_TAG_SEL: Final = re.compile(rb"<(?:[A-Za-z_][\w.\-]{0,40}:)?(?:c|row)[\s/>]")
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
#: The longest opening above, less one: what a chunk's end may cut.
_BUKA_TERPOTONG: Final = max(map(len, _BAGIAN_BEBAS)) - 1

#: An XML declaration naming its encoding (XML 1.0, 4.3.3).
_DEKLARASI: Final = re.compile(rb"<\?xml\s[^?]*?encoding\s*=\s*[\"']([^\"']*)[\"']")


@attrs.frozen(kw_only=True)
class Pelanggaran:
    """A part's bytes breaking a bound: where (``bait``, a byte offset) and what.

    ``jenis``: ``"token"`` (more than the limit without ``<``), ``"komentar"``,
    ``"CDATA"``, ``"instruksi"`` (one not closed within the limit), ``"DTD"`` (a
    document type declaration) or ``"pengodean"`` (an encoding other than UTF-8).
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

    def __init__(self, *, maks_token: int, maks_tag: int) -> None:
        self.maks_token = maks_token
        self.maks_tag = maks_tag
        self.potongan = min(POTONGAN, maks_token)
        self.banyak_tag = 0
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
        self.banyak_tag += len(_TAG_SEL.findall(buf, 0, akhir))
        self._sisa_tag = buf[akhir:]

    def _lari(self, potong: bytes, dasar: int) -> Pelanggaran | None:
        """The run without ``<`` that ends in this chunk, if too long.

        A chunk is at most ``maks_token`` bytes, so a run between two ``<`` of one
        chunk is within the bound: only the run across chunks is measured.
        """
        p = potong.find(b"<")
        akhir = dasar + (p if p >= 0 else len(potong))
        if akhir - (self._lt + 1) > self.maks_token:
            return Pelanggaran(bait=self._lt + 1, jenis="token")
        if p >= 0:
            self._lt = dasar + potong.rfind(b"<")
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


# -- the cell openpyxl could not read ------------------------------------------------

#: What the stored text (``<v>``) of a cell must be, by its type (``t``, ``n`` when
#: absent), as openpyxl reads it; a type not listed is read as text. ECMA-376 Part 1,
#: the ``c`` (cell) element and ``ST_CellType``; a number is a finite decimal (sakip:
#: NaN and infinities are no numbers an audit can check, and Excel stores none).
_NILAI_SEL: Final = MappingProxyType(
    {
        "n": (
            re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?", re.ASCII),
            "must hold a finite decimal number (a number cell)",
        ),
        "b": (re.compile(r"[01]"), "must hold 0 or 1 (a boolean cell)"),
        "s": (
            re.compile(r"\d+", re.ASCII),
            "must hold a whole number, a shared string's index (a shared-string cell)",
        ),
    }
)


@attrs.frozen(kw_only=True)
class SelSalah:
    """A cell whose stored text breaks its type's rule: its reference, text and rule."""

    sel: str
    teks: str
    aturan: str


def _nama_lokal(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _terbaca(jenis: str, teks: str) -> str | None:
    """The rule ``teks`` breaks as a cell of type ``jenis``, or None."""
    baris = _NILAI_SEL.get(jenis)
    if baris is None:
        return None
    pola, aturan = baris
    if pola.fullmatch(teks) is None:
        return aturan
    # openpyxl reads a number with "." or an exponent as a float: one beyond the
    # float range is read as an infinity
    if jenis == "n" and not math.isfinite(float(teks)):
        return aturan
    return None


def sel_salah(f: IO[bytes]) -> SelSalah | None:
    """The first cell of a worksheet part whose stored value breaks its type's rule.

    Read after the part was scanned (:class:`Pemindai`), on the way to a refusal only.

    Examples:
        >>> import io
        >>> xml = b'<worksheet><sheetData><row r="1"><c r="K15"><v>NaN</v></c></row>'
        >>> sel_salah(io.BytesIO(xml + b"</sheetData></worksheet>"))
        SelSalah(sel='K15', teks='NaN', aturan='must hold a finite decimal number (a number cell)')
    """
    for _, e in ElementTree.iterparse(f, events=("end",)):
        nama = _nama_lokal(e.tag)
        if nama == "c":
            v = next((x for x in e if _nama_lokal(x.tag) == "v"), None)
            teks = None if v is None else (v.text or "")
            aturan = None if teks is None else _terbaca(e.get("t", "n"), teks)
            if teks is not None and aturan is not None:
                return SelSalah(sel=e.get("r", "?"), teks=teks, aturan=aturan)
        elif nama == "row":
            e.clear()  # bounded memory: rows read are dropped
    return None


def _lembar(z: zipfile.ZipFile) -> Iterator[tuple[str, str]]:
    ns = {
        "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
        "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        "p": "http://schemas.openxmlformats.org/package/2006/relationships",
    }
    buku = ElementTree.fromstring(z.read("xl/workbook.xml"))
    rel = ElementTree.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    target = {r.get("Id"): r.get("Target", "") for r in rel.findall("p:Relationship", ns)}
    for lembar in buku.findall("m:sheets/m:sheet", ns):
        t = target.get(lembar.get(f"{{{ns['r']}}}id"), "")
        yield lembar.get("name", ""), (t.lstrip("/") if t.startswith("/") else f"xl/{t}")


def bagian_lembar(z: zipfile.ZipFile) -> dict[str, str]:
    """Each sheet's name to its part in the zip (``xl/workbook.xml`` and its relations).

    Examples:
        >>> from sakip.e81 import CONTOH_DELI_SERDANG
        >>> with zipfile.ZipFile(CONTOH_DELI_SERDANG) as z:
        ...     bagian_lembar(z)
        {'Realisasi TW IV': 'xl/worksheets/sheet1.xml'}
    """
    return dict(_lembar(z))
