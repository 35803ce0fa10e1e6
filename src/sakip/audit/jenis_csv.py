"""Jenis CSV (the kind of a CSV file): rows of a report, or an E.81 form exported to CSV.

``sakip audit FILE.csv`` takes two kinds of CSV: the rows of a report (budget
or indicator rows, ``docs/panduan/format-berkas.md``) and an E.81 form
(Permendagri 86/2017, Evaluasi Renja) exported to CSV. The file is read once
(:func:`sakip.laporan.berkas.baca_teks`), its kind decided once from its first
lines (:func:`jenis_csv`), and the text given to that kind's reader, whose
errors reach the user: a bad cell of an E.81 CSV is named as the E.81 reader
names it, a broken header of a rows CSV as the rows reader does. A CSV that
is neither is refused, naming what each kind needs. :func:`hasil_csv` reads,
decides and audits.

The signs, in order, the first that holds giving the kind:

1. a numbered caption row (``1, 2, 3, ...``, at least six, as
   :func:`sakip.e81.kenali` finds it) in the first 40 rows: E.81 (rows of a
   report never hold one: their first cell is a code, their ``arah`` a word);
2. ``#`` option lines above the first line, or a first line naming the column
   ``kode`` and another column of a rows CSV: rows of a report (an E.81 form
   has no ``#`` lines, and no header reading ``nama``, ``pagu`` or ``arah``);
3. a row in the first 40 naming two of the columns every E.81 form needs
   (its program or kegiatan, ``Target Renja``, ``Realisasi Triwulan ...``),
   read by the layout's own header patterns (:data:`sakip.e81.layout.POLA_KOLOM`):
   E.81 with a broken caption row, whose reader then says what is missing.

Local practice, seen in the CSV exports of agencies' spreadsheets (the rows
CSV is sakip's own transcription format; form E.81 as real workbooks print it).

Examples:
    >>> jenis_csv("kode;nama;pagu;realisasi\\np1;A;100;90\\n").value
    'baris'
    >>> jenis_csv("hello, world\\n", berkas="x.csv")
    Traceback (most recent call last):
    ...
    sakip.errors.ReportFormatError: x.csv: line 1 must be rows of a report (a header line \
naming the columns kode, nama, pagu, realisasi for budget rows or kode, nama, arah, target, \
realisasi for indicator rows, below any '# option' lines) or an E.81 form exported to CSV \
(headers such as 'Program/Kegiatan', 'Target Renja' and 'Realisasi Triwulan I' above a \
numbered caption row 1, 2, 3, ...) (got 'hello, world')
"""

from __future__ import annotations

import csv
import enum
import io
import os
import typing
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Final, NamedTuple

from sakip._pemisah import baris_csv
from sakip.audit.temuan import HasilAudit
from sakip.e81.berkas_csv import pemisah_kolom
from sakip.e81.layout import Lembar, SelMentah, arti_kepala, baris_keterangan
from sakip.e81.model import Kolom
from sakip.errors import InvalidTypeError, ReportFormatError
from sakip.laporan._csv import KOLOM_CSV, kolom_kepala
from sakip.laporan.berkas import baca_teks, ke_path

if typing.TYPE_CHECKING:
    from sakip.e81 import HasilE81

__all__ = ["JenisCsv", "hasil_csv", "jenis_csv"]


class JenisCsv(enum.Enum):
    """Jenis CSV (the kind of a CSV file ``sakip audit`` reads).

    Examples:
        >>> JenisCsv("e81")
        <JenisCsv.E81: 'e81'>
    """

    #: Rows of a report: budget or indicator rows (docs/panduan/format-berkas.md).
    BARIS = "baris"
    #: Form E.81 of Permendagri 86/2017 (Evaluasi Renja), exported to CSV.
    E81 = "e81"


#: The columns a rows CSV must have, by kind of rows, as the readers require them
#: (``sakip.laporan._csv.KOLOM_CSV``).
_KEPALA_BARIS: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {jenis: wajib for jenis, (wajib, _) in KOLOM_CSV.items()}
)
#: The column names a rows CSV's header is known by: those one of its kinds requires. Its
#: optional ones are not signs: some are words an E.81 header has too (``indikator``,
#: ``satuan``), and a rows CSV without its required columns is refused whatever else it has.
_KOLOM_BARIS: Final = frozenset(k for wajib, _ in KOLOM_CSV.values() for k in wajib)
#: The columns every E.81 form has besides its numbers (the layout's required columns),
#: as one header text names each: any quarter reads as Kolom.TRIWULAN_1.
_KOLOM_E81: Final = frozenset({Kolom.URAIAN, Kolom.TARGET_RENJA, Kolom.TRIWULAN_1})
#: How many rows from the top may hold an E.81 form's headers (sakip.e81.kenali's bound).
_BATAS_KEPALA: Final = 40
#: How much of the text the signs look at, in characters: the first lines, never the file.
_AWAL: Final = 1024 * 1024

_ATURAN: Final = (
    "sakip audit of a CSV file: rows of a report (docs/panduan/format-berkas.md) "
    "or form E.81 (Permendagri 86/2017) exported to CSV"
)


class _Awal(NamedTuple):
    """The first lines of a CSV, as the signs of its kind read them.

    Examples:
        >>> _awal("# skala: PERMENDAGRI_86_2017\\nkode,nama\\n").kepala
        ('kode', 'nama')
    """

    opsi: bool  # '#' lines above the first line (a rows CSV's options)
    kepala: tuple[str, ...]  # the first other line's cells, stripped and lowercased
    baris: tuple[tuple[SelMentah, ...], ...]  # the first rows, split as an E.81 CSV is


def _sel_lunak(teks: str) -> Iterator[list[str]]:
    """The rows of ``teks`` as an E.81 CSV splits them, up to the first malformed one."""
    pembaca = csv.reader(io.StringIO(teks, newline=""), delimiter=pemisah_kolom(teks), strict=True)
    try:
        yield from pembaca
    except csv.Error:
        return  # the reader of the kind names the row; the signs read what came before


def _awal(teks: str) -> _Awal:
    """The first lines of ``teks``: its ``#`` lines, its first other line, its first rows."""
    awal = teks[:_AWAL]
    # as the rows reader splits off its '#' lines: at line ends only, and blank lines
    # before, among or after them skipped
    baris = baris_csv(awal)
    i = next(
        (n for n, b in enumerate(baris) if b.strip() and not b.lstrip().startswith("#")),
        len(baris),
    )
    sel: list[tuple[SelMentah, ...]] = []
    for r in _sel_lunak(awal):
        if len(sel) == _BATAS_KEPALA:
            break
        sel.append(tuple(SelMentah(nilai=v if v.strip() else None) for v in r))
    return _Awal(
        opsi=any(b.lstrip().startswith("#") for b in baris[:i]),
        kepala=kolom_kepala(baris[i]) if i < len(baris) else (),
        baris=tuple(sel),
    )


def _ada_keterangan(awal: _Awal) -> bool:
    """A numbered caption row (1, 2, 3, ...) in the first rows, as the E.81 layout finds it."""
    try:
        baris_keterangan(Lembar(nama="", berkas="", sel=awal.baris), batas_kepala=_BATAS_KEPALA)
    except ReportFormatError:
        return False
    return True


def _kepala_baris(awal: _Awal) -> bool:
    """``#`` option lines, or a first line naming ``kode`` and another rows column."""
    kolom = set(awal.kepala)
    return awal.opsi or ("kode" in kolom and len(kolom & _KOLOM_BARIS) >= 2)


def _kepala_e81(awal: _Awal) -> bool:
    """A row naming two of the columns every E.81 form has, by the layout's patterns."""
    return any(
        len({arti_kepala(" ".join(s.teks.split())) for s in r} & _KOLOM_E81) >= 2
        for r in awal.baris
    )


#: The signs of each kind, in order: the first that holds gives the kind (see the module).
_TANDA: Final[tuple[tuple[Callable[[_Awal], bool], JenisCsv], ...]] = (
    (_ada_keterangan, JenisCsv.E81),
    (_kepala_baris, JenisCsv.BARIS),
    (_kepala_e81, JenisCsv.E81),
)

_PERLU: Final = (
    "must be rows of a report (a header line naming the columns "
    + " for budget rows or ".join(", ".join(k) for k in _KEPALA_BARIS.values())
    + " for indicator rows, below any '# option' lines) or an E.81 form exported to CSV "
    "(headers such as 'Program/Kegiatan', 'Target Renja' and 'Realisasi Triwulan I' above "
    "a numbered caption row 1, 2, 3, ...)"
)


def jenis_csv(teks: str, *, berkas: str = "<csv>") -> JenisCsv:
    """Jenis CSV (the kind of a CSV text): rows of a report, or an E.81 form.

    Decided from the first lines only (see the module for the signs, in order).

    Args:
        teks: the CSV text (decoded).
        berkas: the file's name in messages.

    Returns:
        :attr:`JenisCsv.BARIS` or :attr:`JenisCsv.E81`.

    Raises:
        InvalidTypeError: ``teks`` or ``berkas`` is not a string.
        ReportFormatError: neither kind, naming what each needs.

    Sumber:
        Local practice, seen in CSV exports of LKjIP tables and E.81 workbooks
        (Permendagri 86/2017, form E.81).

    Examples:
        >>> jenis_csv("# pemisah_desimal: .\\nkode,nama,arah,target,realisasi\\n").name
        'BARIS'
        >>> jenis_csv("No;Program;Target Renja;;Realisasi Triwulan I;\\n1;2;3;;4;\\n").name
        'E81'
        >>> try:
        ...     jenis_csv("", berkas="kosong.csv")
        ... except ReportFormatError as e:
        ...     e.berkas, e.letak, e.value, e.expected.startswith("must be rows of a report")
        ('kosong.csv', 'line 1', '', True)
    """
    if not isinstance(teks, str):
        raise InvalidTypeError(
            field="teks", value=teks, expected="must be a string (the CSV text)"
        )
    if not isinstance(berkas, str):
        raise InvalidTypeError(field="berkas", value=berkas, expected="must be a string")
    awal = _awal(teks)
    for tanda, jenis in _TANDA:
        if tanda(awal):
            return jenis
    pertama = next(iter(teks[:_AWAL].splitlines()), "")  # as the signs split the lines
    pendek = pertama if len(pertama) <= 80 else pertama[:79] + "…"
    raise ReportFormatError(berkas=berkas, letak="line 1", expected=_PERLU, value=pendek)


def _hasil_baris(teks: str, nama: str) -> HasilAudit:
    """The audit of rows of a report, from their text."""
    from sakip.audit.baris import periksa_csv_teks

    return periksa_csv_teks(teks, berkas=nama)


def _hasil_e81(teks: str, nama: str) -> HasilE81:
    """The audit of an E.81 form exported to CSV, from its text (as :func:`sakip.e81.periksa_berkas`)."""
    from sakip import e81
    from sakip.e81.berkas_csv import baca_csv_teks

    return e81.periksa(baca_csv_teks(teks, berkas=nama))


class _Pemeriksa(NamedTuple):
    """How one kind of CSV is audited, and how its file is named in its messages."""

    hasil: Callable[[str, str], HasilAudit | HasilE81]
    nama: Callable[[Path], str]


#: Each kind's audit, and its file's name as its reader always gave it (a rows CSV by its
#: name, sakip.audit.periksa_berkas; an E.81 CSV by its path, sakip.e81.periksa_berkas).
_PEMERIKSA: Final[Mapping[JenisCsv, _Pemeriksa]] = MappingProxyType(
    {
        JenisCsv.BARIS: _Pemeriksa(_hasil_baris, lambda p: p.name),
        JenisCsv.E81: _Pemeriksa(_hasil_e81, str),
    }
)


def hasil_csv(path: str | os.PathLike[str]) -> HasilAudit | HasilE81:
    """The audit of a CSV file of either kind: rows of a report, or an E.81 form.

    The file is read once (at most :data:`sakip.laporan.MAKS_BERKAS` bytes, UTF-8),
    its kind decided by :func:`jenis_csv`, and its text audited by that kind's
    reader: :class:`~sakip.audit.HasilAudit` for rows, :class:`~sakip.e81.HasilE81`
    for an E.81 form (whose CSV is at most :data:`sakip.e81.berkas_csv.MAKS_BYTE` bytes).

    Args:
        path: the file.

    Raises:
        InvalidTypeError: ``path`` is not a path.
        ReportFormatError: the file is missing, unreadable, too large or not
            UTF-8; neither kind; or malformed as its kind, in its reader's words.

    Sumber:
        Local practice, seen in CSV exports of LKjIP tables and E.81 workbooks
        (see :func:`jenis_csv`).

    Examples:
        >>> import tempfile, pathlib
        >>> d = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (d / "a.csv").write_text("kode;nama;pagu;realisasi\\np1;A;0;5\\n", encoding="utf-8")
        >>> [t.aturan for t in hasil_csv(d / "a.csv").temuan]
        ['anggaran']
        >>> _ = (d / "b.csv").write_text("kode;nama;pagu\\np1;A;0\\n", encoding="utf-8")
        >>> hasil_csv(d / "b.csv")
        Traceback (most recent call last):
        ...
        sakip.errors.ReportFormatError: b.csv: header must have the columns ['kode', 'nama', \
'pagu', 'realisasi'] (got ['kode', 'nama', 'pagu'])
    """
    p = ke_path(path)
    teks = baca_teks(p, nama=p.name)
    pemeriksa = _PEMERIKSA[jenis_csv(teks, berkas=p.name)]
    return pemeriksa.hasil(teks, pemeriksa.nama(p))
