"""Bounded, typed reading of a report file: the only place sakip opens one.

A report file is read only when it is a regular file of at most
:data:`MAKS_BERKAS` bytes (devices, directories and FIFOs are refused before
anything is read, and never more than ``MAKS_BERKAS + 1`` bytes are read), and
only as UTF-8 text (a byte order mark is allowed; UTF-16, UTF-32 or Latin-1
text and binary files are refused, naming the line and byte, what the bytes
are, and how to save the file as UTF-8).

Examples:
    >>> MAKS_BERKAS // 2**20
    64
"""

from __future__ import annotations

import os
import re
import stat
import tomllib
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final

from sakip.errors import InvalidTypeError, ReportFormatError

__all__ = [
    "MAKS_BERKAS",
    "MAKS_SARANG",
    "SIMPAN_UTF8",
    "baca_teks",
    "ke_path",
    "muat_toml",
    "periksa_berkas_biasa",
    "periksa_nama",
]

#: The largest report file read, in bytes (64 MiB: about 1000 times the embedded report).
MAKS_BERKAS: Final = 64 * 2**20

#: The depth of nested arrays and inline tables a TOML text is always read at (the parser
#: recurses once or more per level; far deeper than any report's 6 or so).
MAKS_SARANG: Final = 100


def ke_path(path: object, field: str = "path") -> Path:
    """A path argument: ``str`` or ``os.PathLike``, nothing else.

    Examples:
        >>> ke_path("laporan.toml").name
        'laporan.toml'
    """
    if isinstance(path, (str, os.PathLike)) and not isinstance(path, bytes):
        return Path(path)
    raise InvalidTypeError(field=field, value=path, expected="must be a path (str or os.PathLike)")


def _galat(berkas: str, expected: str, value: object) -> ReportFormatError:
    return ReportFormatError(berkas=berkas, letak="-", expected=expected, value=value)


def periksa_nama(path: Path, berkas: str) -> None:
    """Refuse a file name no file can have (a NUL character), in words of sakip's own.

    The operating system refuses it too, but in words that change between Python
    versions ("embedded null byte", "stat: embedded null character in path").

    Examples:
        >>> periksa_nama(Path("a\\x00b.toml"), "a.toml")
        Traceback (most recent call last):
        ...
        sakip.errors.ReportFormatError: a.toml must be a file name without a NUL \
character (got 'NUL at character 2')
    """
    if not isinstance(berkas, str):
        raise InvalidTypeError(field="berkas", value=berkas, expected="must be a str")
    nama = str(ke_path(path))
    letak = (berkas if "\x00" in berkas else nama).find("\x00")  # in the name shown
    if letak >= 0:
        raise _galat(
            berkas, "must be a file name without a NUL character", f"NUL at character {letak + 1}"
        )


def periksa_berkas_biasa(path: Path, berkas: str, *, maks: int | None = None) -> int:
    """Refuse what is not a regular file of at most ``maks`` bytes, before reading it.

    Returns:
        The file's size in bytes.

    Raises:
        ReportFormatError: a missing file, a directory, device or FIFO, or a
            file over ``maks`` (default :data:`MAKS_BERKAS`).

    Examples:
        >>> periksa_berkas_biasa(Path("/dev/zero"), "nol.toml")
        Traceback (most recent call last):
        ...
        sakip.errors.ReportFormatError: nol.toml must be a regular file, not a device, \
directory or FIFO (got '/dev/zero')
    """
    batas = MAKS_BERKAS if maks is None else maks
    path = ke_path(path)
    periksa_nama(path, berkas)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise _galat(berkas, "must exist", str(path)) from None
    except (OSError, ValueError) as e:
        raise _galat(berkas, "must be readable", str(e)) from None
    if not stat.S_ISREG(info.st_mode):
        raise _galat(berkas, "must be a regular file, not a device, directory or FIFO", str(path))
    if info.st_size > batas:
        raise _galat(berkas, f"must be at most {batas} bytes", info.st_size)
    return info.st_size


def baca_teks(path: Path, *, nama: str | None = None, maks: int | None = None) -> str:
    """The text of a file, read bounded and decoded strictly as UTF-8.

    Every reader of sakip (reports, CSV rows, LKE sheets, E.81 CSV) reads
    its text here, so that one rule bounds them all.

    Args:
        path: the file.
        nama: the file's name in messages (default: the path).
        maks: the largest size accepted, in bytes (default :data:`MAKS_BERKAS`).

    Raises:
        ReportFormatError: a missing file, a directory or device, a file over
            the bound, or text that is not UTF-8.

    Examples:
        >>> baca_teks(Path("/dev/null"))
        Traceback (most recent call last):
        ...
        sakip.errors.ReportFormatError: /dev/null must be a regular file, not a device, \
directory or FIFO (got '/dev/null')
    """
    path = ke_path(path)
    berkas = nama if isinstance(nama, str) else str(path)
    batas = MAKS_BERKAS if maks is None else maks
    periksa_berkas_biasa(path, berkas, maks=batas)
    try:
        with path.open("rb") as f:
            data = f.read(batas + 1)
    except OSError as e:
        raise _galat(berkas, "must be readable", str(e)) from None
    if len(data) > batas:
        raise _galat(berkas, f"must be at most {batas} bytes", "more")
    return dekode(data, berkas)


#: How to save a file as UTF-8, by its suffix (any other: :data:`_SIMPAN_TEKS`).
SIMPAN_UTF8: Final[Mapping[str, str]] = MappingProxyType(
    {".csv": "save it again as UTF-8 (in Excel: Save As, type 'CSV UTF-8 (Comma delimited)')"}
)
_SIMPAN_TEKS: Final = "save it again as UTF-8 (in a text editor: Save As, encoding UTF-8)"

#: The byte-order marks of the encodings that are not UTF-8, UTF-32 first (a UTF-32 LE
#: mark begins with the UTF-16 LE one). Unicode Standard, section 23.8 (Specials, U+FEFF).
_BOM_LAIN: Final[tuple[tuple[bytes, str], ...]] = (
    (b"\xff\xfe\x00\x00", "UTF-32 LE"),
    (b"\x00\x00\xfe\xff", "UTF-32 BE"),
    (b"\xff\xfe", "UTF-16 LE"),
    (b"\xfe\xff", "UTF-16 BE"),
)
#: Text in UTF-16 or UTF-32 without a byte-order mark, by its NUL bytes: for Latin text
#: (a CSV header, TOML keys), each code unit of ``lebar`` bytes has NUL at ``nol`` and a
#: letter's byte (:data:`_BYTE_HURUF`) at the remaining place. UTF-32 first: its pattern
#: includes UTF-16's.
_TANPA_BOM: Final[tuple[tuple[str, int, tuple[int, ...]], ...]] = (
    ("UTF-32 LE", 4, (1, 2, 3)),
    ("UTF-32 BE", 4, (0, 1, 2)),
    ("UTF-16 LE", 2, (1,)),
    ("UTF-16 BE", 2, (0,)),
)
#: The bytes of Latin text in one code unit: printable ASCII, tab, line ends, and the
#: printable Latin-1 range (U+00A0 to U+00FF). Control bytes such as 0x01 are binary.
_BYTE_HURUF: Final = frozenset((9, 10, 13, *range(0x20, 0x7F), *range(0xA0, 0x100)))
#: How many bytes at the start of a file the patterns above are looked for in.
_AWAL: Final = 4096


def _tanpa_bom(data: bytes) -> str | None:
    """The UTF-16 or UTF-32 form ``data`` starts in, told by its NUL bytes; None if none.

    Only a diagnosis for a refusal: such a file is never read. Binary bytes between the
    NULs are no text in any encoding (None: the file is refused as binary).

    Examples:
        >>> _tanpa_bom("kode;nama".encode("utf-16-be")), _tanpa_bom(b"kode;nama")
        ('UTF-16 BE', None)
        >>> _tanpa_bom(b"\\x00\\x01\\x02") is None
        True
    """
    mula = data[:_AWAL]
    for nama, lebar, nol in _TANPA_BOM:
        awal = mula[: len(mula) - len(mula) % lebar]  # whole code units
        if not awal:
            continue
        isi = next(i for i in range(lebar) if i not in nol)
        if all(set(awal[i::lebar]) == {0} for i in nol) and _BYTE_HURUF.issuperset(
            awal[isi::lebar]
        ):
            return nama
    return None


def _simpan(berkas: str) -> str:
    return SIMPAN_UTF8.get(Path(berkas).suffix.lower(), _SIMPAN_TEKS)


def _pengodean(berkas: str, data: bytes) -> ReportFormatError | None:
    """Why the bytes of a file are not UTF-8 text, in the file's terms; None when they are.

    A byte-order mark of UTF-16 or UTF-32, such text without a mark, or the
    first byte that is not UTF-8 (by line, and by byte from the start of the
    file, counted from 1), each with how to save the file as UTF-8 (for a
    ``.csv``, the Excel type to choose).

    Examples:
        >>> print(_pengodean("a.csv", "kode;nama\\nk;Kabupatén\\n".encode("cp1252")))
        a.csv: line 2, byte 20 must be UTF-8 text: byte 0xE9 is not UTF-8 (it reads 'é' in \
Windows-1252); save it again as UTF-8 (in Excel: Save As, type 'CSV UTF-8 (Comma delimited)') (got b'\\xe9')
    """
    simpan = _simpan(berkas)
    for bom, pengodean in _BOM_LAIN:
        if data.startswith(bom):
            return ReportFormatError(
                berkas=berkas,
                letak="byte 1",
                expected=f"must be UTF-8 text: it starts with the byte-order mark of "
                f"{pengodean}; {simpan}",
                value=bom,
            )
    tanpa_bom = _tanpa_bom(data)
    if tanpa_bom is not None:
        return ReportFormatError(
            berkas=berkas,
            letak="byte 1",
            expected=f"must be UTF-8 text: it reads as {tanpa_bom} without a byte-order mark "
            f"(NUL bytes between its letters); {simpan}",
            value=data[:8],
        )
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        baris = data.count(b"\n", 0, e.start) + 1
        salah = data[e.start : e.end]
        if e.end == len(data) and e.reason == "unexpected end of data":
            sebab = "the file ends inside a multi-byte character (cut short?)"
        else:
            sebab = (
                f"byte 0x{salah[0]:02X} is not UTF-8 (it reads "
                f"{salah[:1].decode('cp1252', errors='replace')!r} in Windows-1252)"
            )
        return ReportFormatError(
            berkas=berkas,
            letak=f"line {baris}, byte {e.start + 1}",
            expected=f"must be UTF-8 text: {sebab}; {simpan}",
            value=salah,
        )
    return None


def dekode(data: bytes, berkas: str) -> str:
    """Bytes to text: UTF-8 (its byte-order mark allowed), no NUL.

    Every file sakip reads as text is decoded here: a report, a rows CSV, an
    E.81 CSV, an LKE sheet. Text in another encoding is refused naming what
    its bytes are and how to save it as UTF-8 (see :func:`_pengodean`).

    Examples:
        >>> dekode(b"\\xef\\xbb\\xbfskema = 1", "x.toml")
        'skema = 1'
        >>> dekode("skema = 1".encode("utf-16"), "x.toml")
        Traceback (most recent call last):
        ...
        sakip.errors.ReportFormatError: x.toml: byte 1 must be UTF-8 text: it starts with the \
byte-order mark of UTF-16 LE; save it again as UTF-8 (in a text editor: Save As, encoding \
UTF-8) (got b'\\xff\\xfe')
    """
    try:
        teks = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        teks = None
    if teks is None or "\x00" in teks:
        # the diagnosis runs only on a refusal: valid text is decoded once
        galat = _pengodean(berkas, data)
        if galat is not None:
            raise galat
        if galat is None:  # UTF-8 with a NUL (every decoding failure is named above)
            galat = ReportFormatError(
                berkas=berkas,
                letak=f"character {(teks or '').find(chr(0)) + 1}",
                expected="must be text, not binary (it holds a NUL character)",
                value="\\x00",
            )
        raise galat
    return teks


#: tomllib's message ends with the place: "... (at line 2, column 4)" (Python 3.11 gives no fields).
_LETAK_TOML: Final = re.compile(
    r"^(?P<sebab>.*) \(at (?P<letak>line (?P<baris>\d+), column \d+|end of document)\)$"
)


def muat_toml(teks: str, berkas: str) -> dict[str, Any]:
    """The tables of a TOML text; a clear error naming the line otherwise.

    Raises:
        ReportFormatError: text that is not TOML (the line and column, the
            parser's reason and the line's text), arrays or inline tables
            nested deeper than the parser follows (at least
            :data:`MAKS_SARANG` levels are read; the message gives the depth
            found and its line), or a value TOML cannot hold (an integer of
            thousands of digits).

    Examples:
        >>> muat_toml("a = 1", "x.toml")
        {'a': 1}
        >>> muat_toml("[[a]\\nb = 1", "x.toml")
        Traceback (most recent call last):
        ...
        sakip.errors.ReportFormatError: x.toml: line 1, column 4 must be valid TOML: Expected \
']]' at the end of an array declaration (got '[[a]')
        >>> muat_toml("x = " + "[" * 5000 + "]" * 5000, "x.toml")
        Traceback (most recent call last):
        ...
        sakip.errors.ReportFormatError: x.toml: line 1 must not nest arrays or tables this deep: \
the TOML reader follows at least 100 levels of arrays and inline tables (got '5000 levels')
    """
    if not isinstance(teks, str):
        raise InvalidTypeError(
            field="teks", value=teks, expected="must be the text of a TOML file"
        )
    if not isinstance(berkas, str):
        raise InvalidTypeError(field="berkas", value=berkas, expected="must be a file's name")
    try:
        return tomllib.loads(teks)
    except tomllib.TOMLDecodeError as e:
        pesan = str(e)
        cocok = _LETAK_TOML.match(pesan)
        letak, sebab, baris = (
            ("-", pesan, None) if cocok is None else cocok.group("letak", "sebab", "baris")
        )
        # (TOML counts lines by "\n" alone, as split does; splitlines knows more breaks)
        isi = teks.split("\n")[int(baris) - 1].rstrip("\r") if baris else ""
        raise ReportFormatError(
            berkas=berkas,
            letak=letak,
            expected=f"must be valid TOML: {sebab}",
            value=isi[:60] + ("..." if len(isi) > 60 else ""),
        ) from None
    except RecursionError:  # arrays or tables nested thousands deep
        kedalaman, baris_ = _kedalaman_sarang(teks)
        raise ReportFormatError(
            berkas=berkas,
            letak=f"line {baris_}",
            expected="must not nest arrays or tables this deep: the TOML reader follows "
            f"at least {MAKS_SARANG} levels of arrays and inline tables",
            value=f"{kedalaman} levels",
        ) from None
    except ValueError as e:  # an integer of thousands of digits
        raise _galat(berkas, "must hold values TOML can read", str(e)[:80]) from None


#: What the nesting scan steps over: strings (their brackets are text), comments, brackets
#: and line ends.
_TOKEN_SARANG: Final = re.compile(
    r'"""(?:[^\\]|\\.)*?"""|\'\'\'.*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\'|#[^\n]*|[\[\]{}\n]',
    re.DOTALL,
)


def _kedalaman_sarang(teks: str) -> tuple[int, int]:
    """The deepest nesting of brackets and braces in a TOML text, and the line (from 1) it is on.

    Brackets inside strings and comments are text and are not counted; a
    table header (``[a]``, ``[[a]]``) counts as the one or two levels it opens.

    Examples:
        >>> _kedalaman_sarang('a = [[1], {b = "[[["}]\\nc = [[[2]]]  # ]')
        (3, 2)
    """
    dalam = terdalam = 0
    baris = baris_terdalam = 1
    for m in _TOKEN_SARANG.finditer(teks):
        token = m.group()
        if token in "[{":
            dalam += 1
            if dalam > terdalam:
                terdalam, baris_terdalam = dalam, baris
        elif token in "]}":
            dalam -= 1
        else:
            baris += token.count("\n")
    return terdalam, baris_terdalam
