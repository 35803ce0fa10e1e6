"""Bounded, typed reading of a report file: the only place sakip opens one.

A report file is read only when it is a regular file of at most
:data:`MAKS_BERKAS` bytes (devices, directories and FIFOs are refused before
anything is read, and never more than ``MAKS_BERKAS + 1`` bytes are read), and
only as UTF-8 text (a byte order mark is allowed; UTF-16 or Latin-1 text and
binary files are refused, naming the byte where decoding failed).

Examples:
    >>> MAKS_BERKAS // 2**20
    64
"""

from __future__ import annotations

import os
import re
import stat
import tomllib
from pathlib import Path
from typing import Any, Final

from sakip.errors import InvalidTypeError, ReportFormatError

__all__ = [
    "MAKS_BERKAS",
    "MAKS_SARANG",
    "baca_teks",
    "ke_path",
    "muat_toml",
    "periksa_berkas_biasa",
]

#: The largest report file read, in bytes (64 MiB: about 1000 times the embedded report).
MAKS_BERKAS: Final = 64 * 2**20

#: The depth of nested arrays and inline tables a TOML text is always read at (the parser
#: recurses once or more per level; far deeper than any report's 6 or so).
MAKS_SARANG: Final = 100

_BOM_UTF16: Final = (b"\xff\xfe", b"\xfe\xff")


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
        sakip.errors.ReportFormatError: nol.toml: - must be a regular file, not a device, \
directory or FIFO (got '/dev/zero')
    """
    batas = MAKS_BERKAS if maks is None else maks
    path = ke_path(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise _galat(berkas, "must exist", str(path)) from None
    except (OSError, ValueError) as e:  # ValueError: a NUL in the name
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
        sakip.errors.ReportFormatError: /dev/null: - must be a regular file, not a device, \
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


def dekode(data: bytes, berkas: str) -> str:
    """Bytes to text: UTF-8 (a byte order mark allowed), no NUL.

    Examples:
        >>> dekode(b"\\xef\\xbb\\xbfskema = 1", "x.toml")
        'skema = 1'
    """
    if data.startswith(_BOM_UTF16):
        raise _galat(berkas, "must be UTF-8 text (found a UTF-16 byte order mark)", data[:2])
    try:
        teks = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ReportFormatError(
            berkas=berkas,
            letak=f"byte {e.start}",
            expected="must be UTF-8 text (save the file as UTF-8)",
            value=data[e.start : e.start + 4],
        ) from None
    nul = teks.find("\x00")
    if nul >= 0:
        raise ReportFormatError(
            berkas=berkas,
            letak=f"character {nul}",
            expected="must be text, not binary",
            value="\\x00",
        )
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
