"""Text columns read by :func:`sakip.angka.baca`'s rule: the common shapes in bulk, the rest one by one.

Analysts copy LKjIP tables from Excel or PDF into columns of Indonesian text
("98,48%", "5.898.976.029", "Rp 1.000,-", "-"). Every cell is read by the
one rule of :func:`sakip.angka.baca`; the cells of the common shapes below
(nearly all of a real table) are rewritten as the plain decimal ``baca``
reads them, by a few passes of C string methods over a block of cells
joined together, and the cells of any other shape ("Rp ...", parentheses,
spaces, an empty cell, an ambiguous "1.500") are read by ``baca`` itself,
once per distinct text. A property test holds the two to each other.

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
from collections.abc import Callable, Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any, Final

from sakip._eksak import MAKS_TEMPAT, desimal_dalam_batas, ke_pecahan
from sakip.angka import _baca
from sakip.errors import SakipError
from sakip.kolom._inti import INT64_MAKS, Errors, _di_baris, _kolom_bulat

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
    wherever it is not None (the same value, sign and places).

    Examples:
        >>> polos(["5.898.976.029", "98,48%", "-1.055,00", "1.500", "Rp 1.000,-"], None)
        ['5898976029', '98.48', '-1055.00', None, None]
        >>> polos(["1.500", "95.03"], ","), polos(["95.03", "98,48"], ".")
        (['1500', None], ['95.03', None])
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
    """:func:`polos` of one block (its cells joined, each followed by NUL).

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
            d = _baca(x, field="kolom", pemisah_desimal=self.pemisah, kosong=self.kosong)  # type: ignore[arg-type]
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
    pembaca = _Pembaca(pemisah, kosong)
    nilai: dict[int, Decimal] = {}
    hilang: list[int] = []
    for i in _tiada(bersih):  # the cells of no common shape, and the missing ones
        x = sel[i]
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
    return bersih, nilai, hilang


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
    if not nilai and None not in bersih:
        return list(map(Decimal, bersih))  # type: ignore[arg-type]
    hasil: list[Decimal | None] = [None if b is None else Decimal(b) for b in bersih]
    for i, d in nilai.items():
        hasil[i] = d
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
    np: Any, bersih: list[str | None], nilai: Mapping[int, Decimal], hilang: list[int]
) -> tuple[Any, int, Any]:
    """The values as integer units of the most places a cell is written with.

    Returns ``(bulat, tempat, hilang)``: int64 when every value fits, else
    exact Python ints (an object array); ``hilang`` a bool mask or None.
    """
    from sakip.kolom import _teks

    n = len(bersih)
    if None in bersih:
        baris: list[int] | range = [i for i, b in enumerate(bersih) if b is not None]
        tulisan = [b for b in bersih if b is not None]
    else:
        baris, tulisan = range(n), bersih  # type: ignore[assignment]
    digit, tempat_sel, biasa = _teks.baca(np, tulisan)
    lain = dict(nilai)
    for k in np.flatnonzero(~biasa).tolist():  # a common shape past 18 digits
        lain[baris[k]] = Decimal(tulisan[k])
    satuan = {i: _satuan(d) for i, d in lain.items()}
    tempat = max(int(tempat_sel.max(initial=0)), max((t for _, t in satuan.values()), default=0))
    kosong = None
    if hilang:
        kosong = np.zeros(n, dtype=bool)
        kosong[hilang] = True
    geser = tempat - tempat_sel
    if tempat <= 18 and all(abs(u) * 10 ** (tempat - t) <= INT64_MAKS for u, t in satuan.values()):
        muat = np.array([INT64_MAKS // 10**k for k in range(19)])[geser]
        if bool((np.abs(digit) <= muat).all()):
            bulat = np.zeros(n, dtype=np.int64)
            idx = np.arange(n) if isinstance(baris, range) else np.array(baris, dtype=np.intp)
            bulat[idx] = digit * np.array([10**k for k in range(19)])[geser]
            for i, (u, t) in satuan.items():
                bulat[i] = u * 10 ** (tempat - t)
            return bulat, tempat, kosong
    # past int64: exact Python ints (and at most MAKS_TEMPAT places: a value
    # within sakip's limits has no digit past it, only zeros as written)
    semua = [0] * n
    for k, i in enumerate(baris):
        semua[i] = int(digit[k]) * 10 ** int(geser[k])
    for i, (u, t) in satuan.items():
        semua[i] = u * 10 ** (tempat - t)
    if tempat > MAKS_TEMPAT:
        bagi = 10 ** (tempat - MAKS_TEMPAT)
        semua = [x // bagi for x in semua]
        tempat = MAKS_TEMPAT
    k = _kolom_bulat(np, semua, tempat, kosong, None)
    return k.bulat, tempat, kosong
