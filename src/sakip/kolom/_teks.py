"""Text cells read in bulk: plain decimals parsed from their bytes in a few numpy passes.

A column of text (a list of ``str``, a pandas object or ``str`` Series, a
polars String Series) was read cell by cell by the scalar API's reader.
Nearly every such cell is a plain decimal ("98.48", "-5", "1529080716"):
:func:`baca` reads those together and marks every other cell, which the
caller reads one by one as before. The values are the same either way; a
property test holds the two readings to each other.

Plain, here: an optional sign (``-`` or ``+``), one or more ASCII digits,
and optionally a point followed by one or more digits, with at most 18 digits
in all (an int64 holds them). The scalar reader reads exactly these the same
way (:func:`sakip._eksak.rasio_cepat`); anything else ("5.", ".5", " 5",
"1e5", "98,48", a non-ASCII digit, a NUL, a longer number) is left to it.
"""

from __future__ import annotations

from typing import Any, Final

#: The most digits of a plain cell (int64 holds 18 digits).
DIGIT_MAKS: Final = 18
#: The longest plain cell: a sign, 18 digits and a point.
_PANJANG_MAKS: Final = DIGIT_MAKS + 2
_NOL, _TITIK, _MINUS, _PLUS = 48, 46, 45, 43


#: Cells read at once: the byte arrays of a block stay a few MB, whatever the column's length.
_BLOK: Final = 1 << 17


def baca(np: Any, teks: list[str]) -> tuple[Any, Any, Any]:
    """The plain decimals among ``teks``: their digits, their places, and which cells are plain.

    Returns three arrays of ``len(teks)``: ``digit`` (int64, the digits
    without the point, signed: "-12.50" gives -1250), ``tempat`` (int64, the
    digits after the point: 2) and ``polos`` (bool, the cell is plain). The
    first two hold 0 where ``polos`` is False.

    Examples:
        >>> import numpy as np
        >>> d, t, p = baca(np, ["-12.50", "7", "5.", "x", ""])
        >>> d.tolist(), t.tolist(), p.tolist()
        ([-1250, 7, 0, 0, 0], [2, 0, 0, 0, 0], [True, True, False, False, False])
    """
    n = len(teks)
    if n > _BLOK:
        bagian = [_baca_blok(np, teks[i : i + _BLOK]) for i in range(0, n, _BLOK)]
        digit, tempat, polos = (np.concatenate([b[k] for b in bagian]) for k in range(3))
        return digit, tempat, polos
    return _baca_blok(np, teks)


def _baca_blok(np: Any, teks: list[str]) -> tuple[Any, Any, Any]:
    """:func:`baca` of at most :data:`_BLOK` cells: their bytes gathered as :func:`baca_bait`'s."""
    return _baca_kar(np, kumpul_bait(np, *bait_daftar(np, teks), _PANJANG_MAKS)[0])


def bait_daftar(np: Any, teks: list[str]) -> tuple[Any, Any]:
    """The bytes of text cells back to back (uint8) and each cell's length in bytes.

    What :func:`kumpul_bait` takes, as a polars String Series gives it: the
    cells are joined and encoded once (``numpy.array(teks, "S")`` encodes
    cell by cell, and measured slower: ``benchmarks/bench_kolom.py --bait``).
    A cell with a character past ASCII is of no bulk shape: it is given as
    empty (length 0), and read alone by the caller; a NUL of a cell's own is
    left to :func:`kumpul_bait`, which blanks that cell.

    Examples:
        >>> import numpy as np
        >>> data, panjang = bait_daftar(np, ["12", "", "9²", "-3.5"])
        >>> data.tobytes(), panjang.tolist()
        (b'12-3.5', [2, 0, 0, 4])
    """
    gabung = "".join(teks)
    if not gabung.isascii():  # (one pass over the text: most columns are ASCII)
        teks = [s if s.isascii() else "" for s in teks]
        gabung = "".join(teks)
    data = np.frombuffer(gabung.encode("ascii"), dtype=np.uint8)
    return data, np.fromiter(map(len, teks), dtype=np.int64, count=len(teks))


def baca_bait(np: Any, data: Any, panjang: Any) -> tuple[Any, Any, Any]:
    r""":func:`baca` of cells given as their bytes: ``data`` (uint8, the cells back to back) and
    ``panjang`` (each cell's length in bytes; a missing cell is empty).

    For a backend that holds its text as bytes (polars): no Python string per cell. A cell
    past ASCII, with a NUL, or longer than a plain cell can be, is not plain, as in :func:`baca`.

    Examples:
        >>> import numpy as np
        >>> data = np.frombuffer(b"-12.507x\x0095.", dtype=np.uint8)
        >>> d, t, p = baca_bait(np, data, np.array([6, 1, 3, 0, 2]))
        >>> d.tolist(), t.tolist(), p.tolist()
        ([-1250, 7, 0, 0, 0], [2, 0, 0, 0, 0], [True, True, False, False, False])
    """
    n = len(panjang)
    if n > _BLOK:
        mulai = awal_sel(np, panjang)
        bagian = []
        for i in range(0, n, _BLOK):
            p = panjang[i : i + _BLOK]
            a = int(mulai[i])
            bagian.append(baca_bait(np, data[a : a + int(p.sum())], p))
        digit, tempat, polos = (np.concatenate([b[k] for b in bagian]) for k in range(3))
        return digit, tempat, polos
    return _baca_kar(np, kumpul_bait(np, data, panjang, _PANJANG_MAKS)[0])


def awal_sel(np: Any, panjang: Any) -> Any:
    """Where each cell starts among cells of these lengths laid back to back (int64)."""
    mulai = np.zeros(len(panjang), dtype=np.int64)
    np.cumsum(panjang[:-1], dtype=np.int64, out=mulai[1:])
    return mulai


def kumpul_bait(np: Any, data: Any, panjang: Any, lebar_maks: int) -> tuple[Any, Any]:
    r"""The bytes of cells laid back to back, position by position: ``(kar, panjang)``.

    ``kar`` is uint8 ``(lebar, n)``: row ``j`` holds byte ``j`` of every
    cell, NUL past a cell's end; ``panjang`` (int64) each cell's length,
    0 for a cell left blank: one with a byte past ASCII, a NUL of its own,
    or more than ``lebar_maks`` bytes (of no bulk shape: read alone).

    Examples:
        >>> import numpy as np
        >>> kar, p = kumpul_bait(np, np.frombuffer(b"12x\x00345", dtype=np.uint8), np.array([2, 2, 3]), 5)
        >>> kar.T.tolist(), p.tolist()
        ([[49, 50, 0], [0, 0, 0], [51, 52, 53]], [2, 0, 3])
    """
    panjang = np.asarray(panjang, dtype=np.int64)
    mulai = awal_sel(np, panjang)
    panjang = panjang.copy()
    aneh = np.flatnonzero((data == 0) | (data >= 0x80))
    if aneh.size:  # (a cell of no byte cannot hold one: the last cell starting at or before it)
        panjang[np.searchsorted(mulai, aneh, side="right") - 1] = 0
    panjang[panjang > lebar_maks] = 0
    lebar = int(panjang.max(initial=0))
    kar = np.zeros((lebar, len(panjang)), dtype=np.uint8)
    isi = np.concatenate([data, np.zeros(lebar, dtype=np.uint8)])  # (a row may read past the end)
    for j in range(lebar):
        np.copyto(kar[j], isi[mulai + j], where=panjang > j)
    return kar, panjang


def _baca_kar(np: Any, kar: Any) -> tuple[Any, Any, Any]:
    """:func:`baca` of the bytes of a block of cells, position by position (uint8 ``(lebar, n)``)."""
    lebar, n = kar.shape
    polos = np.zeros(n, dtype=bool)
    nilai = np.zeros(n, dtype=np.int64)
    tempat = np.zeros(n, dtype=np.uint8)
    if not lebar:
        return nilai, tempat.astype(np.int64), polos
    angka = kar - np.uint8(_NOL)  # (wraps below "0": no digit)
    digit = angka < 10
    titik = kar == _TITIK
    asing = ~(digit | titik | (kar == 0))
    asing[0] &= (kar[0] != _MINUS) & (kar[0] != _PLUS)  # a sign, first only
    banyak_titik = titik.view(np.uint8).sum(axis=0, dtype=np.uint8)
    banyak_digit = digit.view(np.uint8).sum(axis=0, dtype=np.uint8)
    sesudah = np.zeros(n, dtype=bool)  # past the point
    for j in range(lebar):
        # Horner's rule: each digit shifts the value one place; the point, the
        # sign and the padding leave it as it is (a cell that is not plain may
        # wrap around: it is set to 0 below)
        nilai = np.where(digit[j], nilai * 10 + angka[j], nilai)
        tempat += sesudah & digit[j]
        sesudah |= titik[j]
    np.logical_not(asing.any(axis=0), out=polos)
    polos &= banyak_titik <= 1
    polos &= banyak_digit <= DIGIT_MAKS
    polos &= banyak_digit > tempat  # a digit before the point
    polos &= (banyak_titik == 0) | (tempat >= 1)  # and one after it
    nilai = np.where(kar[0] == _MINUS, -nilai, nilai)
    return np.where(polos, nilai, 0), np.where(polos, tempat, 0).astype(np.int64), polos
