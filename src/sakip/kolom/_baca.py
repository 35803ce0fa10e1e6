"""Text columns read by :func:`sakip.angka.baca`'s rule: the common shapes in bulk, the rest one by one.

Analysts copy LKjIP tables from Excel or PDF into columns of Indonesian text
("98,48%", "5.898.976.029", "Rp 1.000,-", "-"). Every cell is read by the
one rule of :func:`sakip.angka.baca`; the cells of the common shapes below
(nearly all of a real table) are found, and read, in bulk, and the cells of
any other shape ("Rp ...", parentheses, spaces, an empty cell, an ambiguous
"1.500", a non-ASCII digit, a cell of more than 40 characters) are read by
``baca`` itself, once per distinct text, so their errors are ``baca``'s.

In bulk: with numpy, :func:`bentuk` checks the shapes and computes the
values from the cells' bytes in a few whole-array passes (an array column
then needs no string and no ``Decimal`` per cell); a list of Decimals is
written from the plain decimals that C string methods make of the cells
joined together. Without numpy, a regular expression over the joined cells
finds the common shapes (:func:`polos_regex`). Property tests
(``tests/test_kolom_baca_cepat.py``) hold every path to ``baca``.

The common shapes, with an optional ``-`` before and ``%`` after, ASCII
digits only, within sakip's limits (at most 30 digits before the decimal
mark and 30 after it):

- ``pemisah_desimal=","``: digits or dot-grouped thousands, with an
  optional decimal comma (``"8397"``, ``"98,48"``, ``"1.500"``,
  ``"5.898.976.029"``, ``"1.055,00"``).
- ``None``: the same, except one dot with no comma (``"1.500"``), which is
  ambiguous: ``baca`` refuses it with its hint.
- ``"."``: digits with an optional decimal point (``"95.03"``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from types import MappingProxyType
from typing import Any, Final, NamedTuple

from sakip._eksak import MAKS_TEMPAT, desimal_dalam_batas, ke_pecahan
from sakip.angka import baca as _baca_angka
from sakip.errors import SakipError
from sakip.kolom import _teks
from sakip.kolom._inti import INT64_MAKS, Errors, _di_baris, _kolom_bulat, hilang, numpy_ada

#: An unsigned number with a decimal comma: dot-grouped thousands (at most 30 digits) or
#: plain digits, then optionally a comma and digits. Possessive and atomic: each part
#: takes what it can and never gives it back (a cell is read once, left to right); what
#: follows each part cannot start it, so no reading is lost.
_KOMA: Final = r"-?(?>[1-9][0-9]{0,2}(?:\.[0-9]{3}){1,9}+|[0-9]{1,30}+)(?:,[0-9]{1,30}+)?+%?+"
#: baca's ambiguous shape: one dot and no comma ("1.500", "95.03"), refused without a
#: pemisah_desimal. (``[0-9]``: ``\d`` would take any Unicode digit; baca reads ASCII.)
_SATU_TITIK: Final = r"(?!-?[0-9]+\.[0-9]+%?(?:\x00|\Z))"

#: ``pemisah_desimal`` -> the common shapes of one cell (see the module).
_BENTUK: Final[Mapping[str | None, str]] = MappingProxyType(
    {
        None: _SATU_TITIK + _KOMA,
        ",": _KOMA,
        ".": r"-?[0-9]{1,30}+(?:\.[0-9]{1,30}+)?+%?+",
    }
)
#: One cell, and a run of cells each followed by NUL, of the common shapes.
_SEL: Final = MappingProxyType({p: re.compile(b) for p, b in _BENTUK.items()})
_DERET: Final = MappingProxyType({p: re.compile(f"(?:{b}\x00)*+") for p, b in _BENTUK.items()})


#: A minus before a zero ("-0", "-0.00"), in one cell or a run of cells joined by NUL:
#: baca reads a zero without a sign (sakip.angka.baca, "a zero has no sign").
_MINUS_NOL: Final = re.compile(r"(?:^|(?<=\x00))-(?=[0.]+(?:\x00|\Z))")


def _tanpa_minus_nol(teks: str) -> str:
    return _MINUS_NOL.sub("", teks) if "-0" in teks else teks


def _polos_koma(teks: str) -> str:
    """A cell of a shape with a decimal comma as the plain decimal ``baca`` reads: "-1.055,00%" -> "-1055.00"."""
    return _tanpa_minus_nol(teks.replace(".", "").replace(",", ".").replace("%", ""))


def _polos_titik(teks: str) -> str:
    return _tanpa_minus_nol(teks.replace("%", ""))


_POLOS: Final[Mapping[str | None, Callable[[str], str]]] = MappingProxyType(
    {None: _polos_koma, ",": _polos_koma, ".": _polos_titik}
)
#: Cells checked at once (a block's joined text stays a few MB).
_BLOK: Final = 1 << 16


def polos(teks: list[str], pemisah: str | None) -> list[str | None]:
    """Each cell of a common shape as the plain decimal :func:`sakip.angka.baca` reads; None for others.

    ``Decimal(polos(...)[i])`` is ``baca(teks[i], pemisah_desimal=pemisah)``
    wherever it is not None (the same value, sign and places). The cells of a
    common shape are found by :func:`bentuk` where numpy is installed, else
    by a regular expression over the cells joined (:func:`polos_regex`); a
    property test holds both to ``baca``. Only the shapes are checked
    (:func:`bentuk_umum`): the values are the plain decimals' own text.

    Examples:
        >>> polos(["5.898.976.029", "98,48%", "-1.055,00", "1.500", "Rp 1.000,-"], None)
        ['5898976029', '98.48', '-1055.00', None, None]
        >>> polos(["1.500", "95.03"], ","), polos(["95.03", "98,48"], ".")
        (['1500', None], ['95.03', None])
    """
    np = numpy_ada()
    if np is None:
        return polos_regex(teks, pemisah)
    umum = bentuk_umum(np, teks, pemisah)
    if bool(umum.all()):
        return _tulis_polos(teks, pemisah)
    gabung = "\x00".join(teks)
    if gabung.count("\x00") == len(teks) - 1:  # every cell rewritten, then the others None
        hasil: list[str | None] = _POLOS[pemisah](gabung).split("\x00")  # type: ignore[assignment]
        for i in np.flatnonzero(~umum).tolist():
            hasil[i] = None
        return hasil
    hasil = [None] * len(teks)  # (a NUL of a cell's own: the common cells alone)
    baris = np.flatnonzero(umum).tolist()
    for i, p in zip(baris, _tulis_polos([teks[i] for i in baris], pemisah), strict=True):
        hasil[i] = p
    return hasil


def _tulis_polos(teks: list[str], pemisah: str | None) -> list[str | None]:
    """Cells all of a common shape (so without NUL) as plain decimals, by C string methods."""
    if not teks:
        return []
    return list(_POLOS[pemisah]("\x00".join(teks)).split("\x00"))


def polos_regex(teks: list[str], pemisah: str | None) -> list[str | None]:
    """:func:`polos` without numpy: runs of cells of a common shape matched by a regular expression.

    Examples:
        >>> polos_regex(["5.898.976.029", "1.500", "-0,00%"], None)
        ['5898976029', None, '0.00']
    """
    sel, ganti = _SEL[pemisah], _POLOS[pemisah]
    hasil: list[str | None] = []
    for awal in range(0, len(teks), _BLOK):
        blok = teks[awal : awal + _BLOK]
        gabung = "\x00".join(blok) + "\x00"  # each cell followed by NUL
        if gabung.count("\x00") != len(blok):  # a NUL of a cell's own: each alone
            hasil.extend(ganti(s) if sel.fullmatch(s) else None for s in blok)
        else:
            hasil.extend(_polos_blok(gabung, blok, pemisah))
    return hasil


def _polos_blok(gabung: str, blok: list[str], pemisah: str | None) -> list[str | None]:
    """:func:`polos_regex` of one block (its cells joined, each followed by NUL).

    The longest run of cells of a common shape is matched at once and
    rewritten by C string methods; the cell that ends it is checked alone;
    then the next run.
    """
    deret, sel, ganti = _DERET[pemisah], _SEL[pemisah], _POLOS[pemisah]
    hasil: list[str | None] = []
    awal = k = 0
    while k < len(blok):
        akhir = deret.match(gabung, awal).end()  # type: ignore[union-attr]
        if akhir > awal:
            bagian = ganti(gabung[awal : akhir - 1]).split("\x00")
            hasil.extend(bagian)
            k += len(bagian)
            awal = akhir
        if k < len(blok):  # a cell of another shape (or so the run says: checked alone)
            s = blok[k]
            hasil.append(ganti(s) if sel.fullmatch(s) else None)
            awal += len(s) + 1
            k += 1
    return hasil


#: The longest cell read in bulk: a longer one (a sign, 30 digits grouped, a decimal comma, 30
#: places and "%" would be 72 characters) is read alone, so the byte array of a block stays
#: narrow whatever one hostile cell holds.
_LEBAR_MAKS: Final = 40
#: The most digits of a cell whose value is computed here (int64 holds 18 digits); a longer
#: number of a common shape is read alone, exactly.
_DIGIT_MAKS: Final = 18
#: The bytes of the common shapes.
_NOL, _TITIK, _KOMA_B, _MINUS_B, _PERSEN_B = 48, 46, 44, 45, 37


class Bentuk(NamedTuple):
    """The cells of a common shape among a column's text, and their values (see :func:`bentuk`)."""

    umum: Any
    """bool: the cell is of a common shape (see the module)."""
    muat: Any
    """bool: of a common shape, and at most 18 digits: ``digit`` and ``tempat`` hold its value."""
    digit: Any
    """int64: the digits without the decimal mark, signed ("-1.055,00" gives -105500); else 0."""
    tempat: Any
    """int64: the digits after the decimal mark, as written (2); else 0."""


def bentuk(np: Any, teks: list[str], pemisah: str | None) -> Bentuk:
    """Which cells are of a common shape (see the module), and their values, from their bytes.

    The cells become a fixed-width byte array, transposed so each position of
    every cell is one row; the grammar of the common shapes is checked by a
    few whole-array passes (:func:`bentuk_umum`: each byte a digit, a dot or
    a comma between an optional ``-`` and ``%``; at most one decimal mark;
    every dot a whole number of groups of three before it; the first group of
    one to three digits, not starting with 0), and the value by Horner's rule
    down the rows. Cells with a character past ASCII, a NUL or more than 40
    characters are of no common shape here (``baca`` reads them alone).

    Examples:
        >>> import numpy as np
        >>> b = bentuk(np, ["5.898.976.029", "-98,48%", "1.500", "0.500", "Rp 1", "-0,00"], None)
        >>> b.umum.tolist(), b.digit.tolist(), b.tempat.tolist()
        ([True, True, False, False, False, True], [5898976029, -9848, 0, 0, 0, 0], [0, 2, 0, 0, 0, 2])
    """
    n = len(teks)
    if n > _BLOK:
        bagian = [_bentuk_blok(np, teks[i : i + _BLOK], pemisah) for i in range(0, n, _BLOK)]
        return Bentuk(*(np.concatenate([b[k] for b in bagian]) for k in range(4)))
    return _bentuk_blok(np, teks, pemisah)


def bentuk_umum(np: Any, teks: list[str], pemisah: str | None) -> Any:
    """Which cells are of a common shape: :func:`bentuk`'s ``umum``, without computing a value.

    For :func:`polos`, which writes the values as text: the same checks, in
    blocks as :func:`bentuk` makes them, and no Horner's rule.

    Examples:
        >>> import numpy as np
        >>> bentuk_umum(np, ["5.898.976.029", "-98,48%", "1.500", "Rp 1"], None).tolist()
        [True, True, False, False]
    """
    n = len(teks)
    if n > _BLOK:
        return np.concatenate(
            [_periksa_blok(np, teks[i : i + _BLOK], pemisah).umum for i in range(0, n, _BLOK)]
        )
    return _periksa_blok(np, teks, pemisah).umum


class _Periksa(NamedTuple):
    """The shape check of a block of cells, and what the values are then computed from."""

    umum: Any
    """bool: the cell is of a common shape."""
    kar: Any
    """uint8 ``(lebar, n)``: byte ``j`` of every cell in row ``j`` (NUL past a cell's end)."""
    tempat: Any
    """int64: the digits after the decimal mark (0 without one)."""
    digit_utuh: Any
    """int64: the digits of the whole part."""


def _periksa_blok(np: Any, teks: list[str], pemisah: str | None) -> _Periksa:
    """The shapes of at most :data:`_BLOK` cells (see :func:`bentuk`)."""
    if not teks:
        nol = np.zeros(0, dtype=np.int64)
        return _Periksa(np.zeros(0, dtype=bool), np.zeros((0, 0), dtype=np.uint8), nol, nol)
    kar, panjang = _teks.kumpul_bait(np, *_teks.bait_daftar(np, teks), _LEBAR_MAKS)
    return _periksa_kar(np, kar, panjang, pemisah)


def _periksa_kar(np: Any, kar: Any, panjang: Any, pemisah: str | None) -> _Periksa:
    """The shapes of a block of cells from their bytes (:func:`sakip.kolom._teks.kumpul_bait`).

    Each check is a pass over the whole byte array, or over the few bytes
    that are not digits (found by ``flatnonzero``: a row and a cell each).
    """
    n = len(panjang)
    nol = np.zeros(n, dtype=np.int64)
    lebar = len(kar)
    if not lebar:
        return _Periksa(np.zeros(n, dtype=bool), kar, nol, nol)
    adalah_digit = (kar - np.uint8(_NOL)) < 10  # (wraps below "0": no digit)
    titik = kar == _TITIK
    koma = kar == _KOMA_B
    sel = np.arange(n)
    minus = kar[0] == _MINUS_B
    persen = kar[np.maximum(panjang - 1, 0), sel] == _PERSEN_B
    awal = minus.astype(np.int64)  # where the number starts, past a minus
    akhir = panjang - persen  # where it ends, before a percent sign
    umum = akhir > awal
    # every other byte is a NUL past the end, the minus first or the percent sign last
    r, k = _tempat_di(n, np.flatnonzero(~(adalah_digit | titik | koma | (kar == 0))))
    umum[k[((r != 0) | ~minus[k]) & ((r != panjang[k] - 1) | ~persen[k])]] = False
    # the decimal mark: at most one, with one to 30 digits after it
    tanda, kelompok = (titik, None) if pemisah == "." else (koma, titik)
    r, k = _tempat_di(n, np.flatnonzero(tanda))
    banyak_tanda = np.bincount(k, minlength=n)
    umum &= banyak_tanda <= 1
    ada_tanda = banyak_tanda == 1
    ujung = akhir.copy()  # the end of the whole part
    ujung[k] = r
    tempat = np.where(ada_tanda, akhir - ujung - 1, 0)
    umum &= ~ada_tanda | ((tempat >= 1) & (tempat <= 30))
    utuh = ujung - awal  # the characters of the whole part
    if kelompok is None:  # a decimal point: no comma, no grouping
        umum[_tempat_di(n, np.flatnonzero(koma))[1]] = False
        digit_utuh = utuh
    else:  # dots group thousands before the decimal comma
        r, k = _tempat_di(n, np.flatnonzero(kelompok))
        salah = (r > ujung[k]) | ((ujung[k] - r) % 4 != 0)  # past the comma, or not every 3
        umum[k[salah]] = False
        banyak_titik = np.bincount(k, minlength=n)
        depan = utuh - 4 * banyak_titik  # the first group
        umum &= (banyak_titik == 0) | (
            (depan >= 1) & (depan <= 3) & (kar[np.minimum(awal, lebar - 1), sel] != _NOL)
        )
        digit_utuh = utuh - banyak_titik
        if pemisah is None:  # one dot and no comma: ambiguous, refused by baca with its hint
            umum &= (banyak_titik != 1) | ada_tanda
    umum &= (digit_utuh >= 1) & (digit_utuh <= 30)
    return _Periksa(umum, kar, tempat, digit_utuh)


def _bentuk_blok(np: Any, teks: list[str], pemisah: str | None) -> Bentuk:
    """:func:`bentuk` of at most :data:`_BLOK` cells: the shapes, then the values."""
    return _nilai(np, _periksa_blok(np, teks, pemisah))


def bentuk_bait(np: Any, data: Any, panjang: Any, pemisah: str | None) -> Bentuk:
    """:func:`bentuk` of cells given as their bytes (a polars String Series holds them so).

    ``data`` (uint8) holds the cells back to back, ``panjang`` each cell's
    length in bytes (a missing cell is empty). A cell past ASCII, with a NUL
    or longer than 40 bytes is of no common shape, as in :func:`bentuk`.

    Examples:
        >>> import numpy as np
        >>> data = np.frombuffer("5.898.976.029-98,48%1.500Rp 1".encode(), dtype=np.uint8)
        >>> b = bentuk_bait(np, data, np.array([13, 7, 5, 4, 0]), None)
        >>> b.umum.tolist(), b.digit.tolist(), b.tempat.tolist()
        ([True, True, False, False, False], [5898976029, -9848, 0, 0, 0], [0, 2, 0, 0, 0])
    """
    n = len(panjang)
    mulai = _teks.awal_sel(np, panjang)
    bagian = []
    for i in range(0, max(n, 1), _BLOK):
        p = panjang[i : i + _BLOK]
        a = int(mulai[i]) if n else 0
        kar, p = _teks.kumpul_bait(np, data[a : a + int(p.sum())], p, _LEBAR_MAKS)
        bagian.append(_nilai(np, _periksa_kar(np, kar, p, pemisah)))
    if len(bagian) == 1:
        return bagian[0]
    return Bentuk(*(np.concatenate([b[k] for b in bagian]) for k in range(4)))


def _nilai(np: Any, periksa: _Periksa) -> Bentuk:
    """The values of the cells of a common shape of at most 18 digits, by Horner's rule."""
    umum, kar, tempat, digit_utuh = periksa
    n = len(umum)
    if not n or not len(kar):
        nol = np.zeros(n, dtype=np.int64)
        return Bentuk(umum, umum.copy(), nol, nol.copy())
    muat = umum & (digit_utuh + tempat <= _DIGIT_MAKS)
    angka = kar - np.uint8(_NOL)  # (wraps below "0": no digit)
    adalah_digit = angka < 10
    nilai = np.zeros(n, dtype=np.int64)
    for j in range(len(kar)):  # Horner's rule; a cell past 18 digits may wrap: not muat, set to 0
        nilai = np.where(adalah_digit[j], nilai * 10 + angka[j], nilai)
    nilai = np.where(kar[0] == _MINUS_B, -nilai, nilai)  # (a zero has no sign: -0 is 0)
    return Bentuk(umum, muat, np.where(muat, nilai, 0), np.where(muat, tempat, 0))


def _tempat_di(n: int, rata: Any) -> tuple[Any, Any]:
    """Flat indices into a ``(lebar, n)`` byte array as ``(row, cell)``: a byte's place and its cell."""
    return rata // n, rata % n


#: The types of the cells of a text column with nothing else missing: read as they are.
_TEKS_ATAU_NONE: Final = frozenset({str, type(None)})


def sel_teks(sel: list[object]) -> list[object]:
    """The cells of a text column, every missing value (NaN, ``pandas.NA``) as None.

    A column of text and None only (nearly every one) is returned as it is,
    after one pass over the cells' types; any other column cell by cell.

    Examples:
        >>> sel_teks(["98,48%", None]), sel_teks(["98,48%", float("nan")])
        (['98,48%', None], ['98,48%', None])
    """
    if set(map(type, sel)) <= _TEKS_ATAU_NONE:
        return sel
    return [None if hilang(x) else x for x in sel]


class _Pembaca:
    """``baca`` of single cells, once per distinct text; errors named by the row."""

    def __init__(self, pemisah: str | None, kosong: int | Decimal | None) -> None:
        self.pemisah = pemisah
        self.kosong = kosong
        self.tersimpan: dict[object, Decimal | SakipError] = {}

    def satu(self, x: object) -> Decimal | SakipError:
        """One cell's value, or the error that refuses it (its field ``kolom``)."""
        try:
            return self.tersimpan[x]
        except KeyError:
            pass
        except TypeError:  # an unhashable cell: read, not kept
            return self._baca(x)
        hasil = self.tersimpan[x] = self._baca(x)
        return hasil

    def _baca(self, x: object) -> Decimal | SakipError:
        try:
            d = _baca_angka(x, field="kolom", pemisah_desimal=self.pemisah, kosong=self.kosong)  # type: ignore[arg-type]
            if not desimal_dalam_batas(d):
                ke_pecahan(d, "kolom")  # beyond sakip's limits: its error
        except SakipError as e:
            return e
        return d


def baca_sel(
    sel: list[object],
    pemisah: str | None,
    kosong: int | Decimal | None,
    errors: Errors,
    alasan: dict[int, str] | None,
) -> tuple[list[str | None], dict[int, Decimal], list[int]]:
    """Read the cells of a column (None where missing).

    Returns the plain decimal of each cell of a common shape (None for the
    others), the value of every other cell read, and the rows that are
    missing (missing cells, and bad rows with ``errors="null"``, whose
    reason goes into ``alasan``).

    Raises:
        SakipError: the first bad row's error, its field naming the row
            (``errors="raise"``).
    """
    if set(map(type, sel)) == {str}:  # (the common column: every cell text)
        bersih = polos(sel, pemisah)  # type: ignore[arg-type]
    else:
        teks_baris = [i for i, x in enumerate(sel) if type(x) is str]
        bersih = [None] * len(sel)
        for i, p in zip(teks_baris, polos([sel[i] for i in teks_baris], pemisah), strict=True):  # type: ignore[misc]
            bersih[i] = p
    lain = _tiada(bersih)
    nilai, hilang = _baca_lain([sel[i] for i in lain], lain, pemisah, kosong, errors, alasan)
    return bersih, nilai, hilang


def _baca_lain(
    sel: list[object],
    baris: Sequence[int],
    pemisah: str | None,
    kosong: int | Decimal | None,
    errors: Errors,
    alasan: dict[int, str] | None,
) -> tuple[dict[int, Decimal], list[int]]:
    """The cells ``sel`` of the rows ``baris`` (in order) read one by one by ``baca``: their
    values, and the missing rows.

    Raises:
        SakipError: the first bad row's error, its field naming the row
            (``errors="raise"``).
    """
    pembaca = _Pembaca(pemisah, kosong)
    nilai: dict[int, Decimal] = {}
    hilang: list[int] = []
    for i, x in zip(baris, sel, strict=True):  # the cells of no common shape, and the missing ones
        if x is None:
            hilang.append(i)
            continue
        d = pembaca.satu(x)
        if isinstance(d, Decimal):
            nilai[i] = d
            continue
        if errors == "raise":
            raise _di_baris(d, i) from None
        if alasan is not None:
            alasan[i] = str(d)
        hilang.append(i)
    return nilai, hilang


def baca_larik(
    np: Any,
    sel: list[object],
    pemisah: str | None,
    kosong: int | Decimal | None,
    errors: Errors,
    alasan: dict[int, str] | None,
) -> tuple[Any, int, Any]:
    """Read the cells of a column (None where missing) as integer units, for an array's column.

    The cells of a common shape of at most 18 digits are read from their
    bytes (:func:`bentuk`), without a string or a ``Decimal`` of their own;
    every other cell by ``baca``, as :func:`baca_sel` reads it. Returns
    :func:`ke_larik`'s ``(bulat, tempat, hilang)``.

    Raises:
        SakipError: the first bad row's error, its field naming the row
            (``errors="raise"``).
    """
    # (the common column: every cell text); any other cell: of no common shape, read alone
    teks = sel if set(map(type, sel)) == {str} else [x if type(x) is str else "" for x in sel]
    b = bentuk(np, teks, pemisah)  # type: ignore[arg-type]
    lain = np.flatnonzero(~b.muat).tolist()
    nilai, hilang = _baca_lain([sel[i] for i in lain], lain, pemisah, kosong, errors, alasan)
    return ke_larik(np, b.digit, b.tempat, nilai, hilang)


def baca_larik_bait(
    np: Any,
    bait: tuple[Any, Any],
    sel_baris: Callable[[list[int]], list[object]],
    pemisah: str | None,
    kosong: int | Decimal | None,
    errors: Errors,
    alasan: dict[int, str] | None,
) -> tuple[Any, int, Any]:
    """:func:`baca_larik` of a column given as the bytes of its cells (a polars String Series).

    ``bait`` is ``(data, panjang)`` as :func:`bentuk_bait` takes them (a
    missing cell empty); ``sel_baris`` gives the cells of some rows (None
    where missing), asked only for the rows not read from the bytes: no
    Python string for any other cell.

    Raises:
        SakipError: the first bad row's error, its field naming the row
            (``errors="raise"``).
    """
    b = bentuk_bait(np, *bait, pemisah)
    lain = np.flatnonzero(~b.muat).tolist()
    nilai, hilang = _baca_lain(sel_baris(lain), lain, pemisah, kosong, errors, alasan)
    return ke_larik(np, b.digit, b.tempat, nilai, hilang)


def _tiada(sel: list[str | None]) -> list[int]:
    """The rows that hold None, found by C loops (``list.index``)."""
    baris: list[int] = []
    i = -1
    while True:
        try:
            i = sel.index(None, i + 1)
        except ValueError:
            return baris
        baris.append(i)


def ke_daftar(bersih: list[str | None], nilai: Mapping[int, Decimal]) -> list[Decimal | None]:
    """The values as Decimals, exactly as ``baca`` gives them (None where missing)."""
    lain = _tiada(bersih)
    if not lain:
        return list(map(Decimal, bersih))  # type: ignore[arg-type]
    isi = bersih.copy()
    for i in lain:
        isi[i] = "0"  # (one map of Decimal over the whole column, then the other rows)
    hasil: list[Decimal | None] = list(map(Decimal, isi))  # type: ignore[arg-type]
    for i in lain:
        hasil[i] = nilai.get(i)
    return hasil


def _satuan(d: Decimal) -> tuple[int, int]:
    """A finite Decimal as integer units and its places as written: ``98.50`` -> ``(9850, 2)``."""
    tanda, digit, eksponen = d.as_tuple()
    assert isinstance(eksponen, int)
    n = int("".join(map(str, digit)) or "0")
    if eksponen > 0:  # (a kosong such as Decimal("1E+3"))
        n, eksponen = n * 10**eksponen, 0
    return (-n if tanda else n), -eksponen


def ke_larik(
    np: Any, digit: Any, tempat_sel: Any, nilai: Mapping[int, Decimal], hilang: list[int]
) -> tuple[Any, int, Any]:
    """The values as integer units of the most places a cell is written with.

    ``digit`` and ``tempat_sel`` hold the rows read in bulk (:class:`Bentuk`;
    0 elsewhere), ``nilai`` the other rows' values, ``hilang`` the missing rows.

    Returns ``(bulat, tempat, hilang)``: int64 when every value fits, else
    exact Python ints (an object array); ``hilang`` a bool mask or None.
    """
    n = len(digit)
    satuan = {i: _satuan(d) for i, d in nilai.items()}
    tempat = max(int(tempat_sel.max(initial=0)), max((t for _, t in satuan.values()), default=0))
    kosong = None
    if hilang:
        kosong = np.zeros(n, dtype=bool)
        kosong[hilang] = True
    geser = tempat - tempat_sel
    if tempat <= 18 and all(abs(u) * 10 ** (tempat - t) <= INT64_MAKS for u, t in satuan.values()):
        muat = np.array([INT64_MAKS // 10**k for k in range(19)])[geser]
        if bool((np.abs(digit) <= muat).all()):
            bulat = digit * np.array([10**k for k in range(19)])[geser]
            for i, (u, t) in satuan.items():
                bulat[i] = u * 10 ** (tempat - t)
            return bulat, tempat, kosong
    # past int64: exact Python ints (and at most MAKS_TEMPAT places: a value
    # within sakip's limits has no digit past it, only zeros as written)
    semua = [d * 10**g for d, g in zip(digit.tolist(), geser.tolist(), strict=True)]
    for i, (u, t) in satuan.items():
        semua[i] = u * 10 ** (tempat - t)
    if tempat > MAKS_TEMPAT:
        bagi = 10 ** (tempat - MAKS_TEMPAT)
        semua = [x // bagi for x in semua]
        tempat = MAKS_TEMPAT
    k = _kolom_bulat(np, semua, tempat, kosong, None)
    return k.bulat, tempat, kosong
