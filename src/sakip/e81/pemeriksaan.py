"""Periksa (audit) an E.81 table: every stored figure and formula against its recomputation.

The checks, each finding carrying the sheet and cell (A1) where it stands:

====================  ==================================================================
aturan                what it finds
====================  ==================================================================
``angka``             a derived cell (realisasi Renja / Renstra, tingkat capaian, K and
                      Rp) that disagrees with its recomputation from the cells its
                      formula names
``konsolidasi``       a level (percentage, index, score) added across quarters or
                      years: the stored figure is the sum where the rule takes the
                      last value (the source of capaian far above 100%)
``konstanta``         a typed number where the form computes one (a derived cell, or
                      a parent's Rp)
``jumlah-induk``      a parent's Rp that is not the sum of its children's
``rumus-induk``       a parent's formula that skips or double-counts children, or
                      covers other rows than its children (so its columns cover
                      different rows), or names its column on another sheet (no
                      child of the row); a further indicator of a parent is judged
                      by the rule of the row it continues (its K, over those
                      children)
``triwulan``          quarters that do not add up: the K up to a quarter against the
                      cumulative % times the target
``melebihi``          realisasi Renja above its target (K) or its pagu (Rp)
``satuan``            a value outside its satuan: a share above 100% or below 0, a
                      negative count, a cumulative % that falls
``rujukan-silang``    a formula naming a cell of another row in another column of the
                      form (``=Z92*N93-...`` in row 92), or, on a row with no rows below
                      it, in its own (``=N93`` in N94): the form computes a row's
                      figures from its own cells, a parent's from its children's in the
                      same column; such a figure follows the other row's input. A range
                      names every cell it covers (``SUM(N1:N200)``), a whole column
                      every row (``N:N``), a whole row every column (``93:93``); a
                      reference naming this sheet (``'Realisasi TW IV'!N93``) is to
                      this sheet, another sheet's is not judged
``format-persen``     a number without the % format in a percentage column (tingkat
                      capaian, a cumulative %) whose numbers mostly show one: read as
                      its column (a fraction, 100 times what the cell shows), so the
                      sheet shows 0,5 where it means 50%; or, in a column with as many
                      numbers of each format, one finding for the column: each number
                      read as it shows, no format guessed. 0 is 0% either way: never
                      a finding, and no vote in the majority (only the numbers other
                      than 0 are counted)
triwulan-kosong       a column 13 (realisasi Renja, K or Rp) typed over four blank
                      quarters: the row records its year, not its quarters; the figure
                      is not compared with their sum (0), the columns built on it are
                      checked against it, and a parent's blank quarter where a row below
                      leaves it blank too is no ``jumlah-induk``
``galat-excel``       an Excel error (``#DIV/0!``) stored in a cell
``tak-terhitung``     a number stored where the figure does not exist (target 0)
``rumus-nomor``       a formula of the numbered caption row naming other columns than
                      its header implies (``16 = 14/6*100`` over the tingkat capaian
                      Renstra, which is ``15 / 6 x 100``): the sheet is read by its
                      headers, and each figure is judged by its own cell's formula
``tak-tersimpan``     formulas without a stored value (a workbook saved by openpyxl or
                      pandas, which do not calculate): one finding for the table, at
                      the first such cell no other check reported (a note on the
                      first one's finding when every one was); the figures that
                      depend on them are not compared, rather than one false finding
                      per cell
``predikat``          a summary row's predikat (a label an IF ladder computed,
                      ``=IF(Y38<=50,"Sangat Rendah",...)``) that is not Permendagri
                      86/2017's predikat of the value its formula rates (the
                      percentage a %-formatted cell means), or that rates a cell
                      holding no number (text, a number stored as text too); why is
                      said from the ladder as Excel evaluates it, on the stored value
                      (a ladder for percentages rating a cell storing fractions)
``tangga-predikat``   an IF ladder whose bands differ from Permendagri 86/2017's (as
                      sakip reads it) for some values: one finding per ladder shape
``rata-rata``         a summary row's ``=AVERAGE(Y18:Y37)`` whose stored value is not
                      the plain mean of the stored numbers it covers (blank and text
                      cells, a number stored as text too, skipped, as Excel's AVERAGE
                      skips them); or a mean of the programs' averages
                      (``=(Y47+Y40)/2``, ``=AVERAGE(Y40,Y47)``) whose stored value is
                      not the mean of the stored values of the cells it names (a blank
                      is 0 in the sum and a number stored as text its number, as Excel's
                      ``+`` converts it; both skipped by AVERAGE). Compared in stored
                      values, as Excel computes
``rumus-rata``        such an average over other rows than those of the program above
                      it (the rows between the program row and the summary row; in a
                      tingkat capaian Rp column, the program's children, each once, as
                      ``rumus-jumlah`` takes Rp: a range over a further indicator weighs
                      its kegiatan again); an average in an Rp column of amounts (pagu,
                      realisasi), whose program figure is the sum of its children's, not
                      their mean; or a mean of the programs' averages naming a cell that
                      is no program's average of its column (a data row's, a blank, text,
                      another column's), a program twice, or leaving out a program whose
                      averages stand above it in the column (local practice, seen in the
                      E.81 form of Bappeda Kabupaten Sukabumi 2018, row 48)
``jumlah-ringkasan``  a summary row's ``=SUM(J18:J37)`` whose stored value is not the sum
                      of the stored numbers it covers (blank and text, a number stored
                      as text too, skipped, as Excel's SUM skips them)
``rumus-jumlah``      such a sum over other rows than those the program's own sum
                      takes: in an Rp column, each of its children's Rp once, as
                      ``rumus-induk`` judges the program's formula (a range over a
                      further indicator counts its kegiatan's Rp again); in a K or %
                      column, the rows between the program row and the summary row
                      (each indicator row carries its own figure)
``salinan``           a summary row's copy (``=AC38``) not holding the copied cell's stored
                      value, or copying a cell that is no summary cell of its own program
``format-campur``     a summary formula over numbers mixing percentages stored as
                      fractions (85% stored as 0,85) with numbers stored as shown (85):
                      Excel's AVERAGE and SUM compute with stored values, so it adds
                      0,85 to 85 (Microsoft Support, "AVERAGE function")
``rasio-ringkasan``   a summary row's ratio of two averages or two sums of its program's
                      rows (``=M38/H38*100``, copies of them followed) whose stored value
                      is not the quotient of the stored values it names (``#DIV/0!`` over
                      0); local practice, seen in the E.81 form of Bappeda Kabupaten
                      Sukabumi 2018, rows 39 and 46
``rujukan-program``   a summary formula of one program's block (a ratio, a predikat
                      ladder) naming a cell of another program's block, where the same
                      formula within its own block names its own (``=O45/$M$38*100`` in
                      O46: the anchored row 38 of the first program's block, kept when
                      the block was copied down); the finding names the cell in its place
                      in this block (local practice, seen in the E.81 form of Bappeda
                      Kabupaten Sukabumi 2018: each program's summary rows repeat one
                      block of formulas)
====================  ==================================================================

The summary rows inside older tables ("Rata-rata capaian kinerja (%)", "Predikat
kinerja"; :class:`~sakip.e81.model.BarisRingkasan`) are audited where their cells have
one of six shapes, each read exactly and bounded, never evaluated: an ``AVERAGE`` of
one range of the table's rows in the cell's own column, a mean of cells named one by
one, a ``SUM`` of one range in its own column, a copy of a cell of its own column, an
IF ladder on one cell (:mod:`sakip.e81._tangga`), and a ratio of two cells
(``=M38/H38*100``) dividing two averages or two sums; that audit is
:mod:`sakip.e81._ringkasan`'s, its findings kept here with the others. Any other summary
cell (a ratio of unlike figures, ``=K38/H38*100`` dividing a sum by an average, which
the form does not define; ``=O40+Q40+S40+U40``) is listed as not audited, unless it is a
ratio naming another program's block (``rujukan-program``).

Two figures agree when they differ by less than one unit of the 6th decimal
place (Excel stores binary floating point: ``100.00000000000001`` is 100; two
values either side of a rounding boundary, such as 2,6275735 and
2,62757349996, agree although they round apart), or, for figures too large to
carry 6 places in a float, to 14 significant digits.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from fractions import Fraction
from typing import Final

import attrs

from sakip.audit import Temuan, Tingkat
from sakip.e81._banding import (
    BARIS_MAKS,
    DIGIT_SAMA,
    KOLOM_MAKS,
    TEMPAT_SAMA,
    Silsilah,
    atau_nol,
    nama_bagian,
    sama,
    teks_daftar,
    teks_isi,
    teks_rentang,
    teks_selisih,
    urutan_sel,
)
from sakip.e81._ringkasan import PeriksaRingkasan
from sakip.e81._susun import IsianTanpaPersen
from sakip.e81.model import (
    KOLOM_TRIWULAN,
    KOLOM_TURUNAN,
    Bagian,
    Baris,
    Isian,
    Jenjang,
    Kolom,
    Sel,
    TabelE81,
    huruf_kolom,
    nomor_kolom,
    sebutan_satuan,
)
from sakip.e81.penghitungan import (
    KOLOM_MASUKAN,
    HasilBaris,
    hitung,
    hitung_lokal,
    tulis,
)
from sakip.errors import InvalidTypeError
from sakip.triwulan import Konsolidasi

__all__ = ["DIGIT_SAMA", "TEMPAT_SAMA", "HasilE81", "TemuanE81", "periksa", "periksa_berkas"]

_SERATUS: Final = Fraction(100)
_SUMBER: Final = "Permendagri 86/2017, Lampiran, form E.81"
_ATURAN_FORMAT: Final = (
    "a % column's numbers are fractions (0,5 is 50%) when most of those other than 0 show a % "
    "(sakip's reading; local practice, seen in E.81 workbooks)"
)
_SATUAN_PERSEN: Final = frozenset({"%", "persen", "persentase"})
_BUKAN_BAGIAN: Final = re.compile(r"pertumbuhan|laju|kenaikan|peningkatan|perubahan", re.I)
# a cell or range reference with its sheet, standing alone: not part of a name (Data_N93,
# LOG10(...)) nor of a number (1.5:2). Whole columns and rows come in pairs (N:N, 93:93):
# a lone N or 93 is a name or a number, not a reference
# a sheet prefix: another workbook's index ([1]), a sheet name, quoted or plain, or a
# span of sheets (Sheet1:Sheet3), then "!"; every end of a chain may carry its own
_NAMA_LEMBAR: Final = r"(?:'(?:[^']|'')*'|[\w.]+)"
# (a span's first name is no cell, column or row followed by ":", which starts a range:
# L10:Lain!L11, N:Lain!N, 93:Lain!95)
_AWALAN: Final = (
    r"(?:\[[^\]]*\])?"
    rf"(?:(?!\$?(?:[A-Za-z]{{1,3}}\$?[0-9]*|[0-9]+)\s*:){_NAMA_LEMBAR}:)?{_NAMA_LEMBAR}!"
)
_SEL_ATAU_PENUH: Final = (
    r"\$?[A-Za-z]{1,3}\$?[0-9]+"
    rf"|\$?[A-Za-z]{{1,3}}\s*:\s*(?:{_AWALAN})?\$?[A-Za-z]{{1,3}}(?![\w$])"
    rf"|\$?[0-9]+\s*:\s*(?:{_AWALAN})?\$?[0-9]+(?![\w$])"
)
_REF: Final = re.compile(
    rf"(?<![\w.$\]])(?P<awalan>{_AWALAN})?"
    rf"(?P<rantai>(?:{_SEL_ATAU_PENUH})(?:\s*:\s*(?:{_AWALAN})?(?:{_SEL_ATAU_PENUH}))*)"
    r"(?![\w.(])"
)
_AWALAN_RE: Final = re.compile(rf"(?<![\w.$\]']){_AWALAN}")  # a whole prefix, not a tail
# a quoted sheet name (group 1, kept) or a string constant ("N93" is text, not a cell)
_KUTIPAN: Final = re.compile(r"('(?:[^']|'')*')|\"(?:[^\"]|\"\")*\"")
# one end of a range (its sheet, $ and spaces taken off): a cell, a column, a row
_UJUNG: Final = re.compile(r"([A-Z]+)?([0-9]+)?")


@attrs.frozen(kw_only=True)
class _Rujukan:
    """A reference of a formula, parsed: its sheet, how it is written, and the box it covers.

    Attributes:
        lembar: the sheet it names, unquoted (None when it names none: the formula's own).
        teks: the reference as written, without ``$`` and spaces, its cells upper-cased.
        baris: the rows it covers (never expanded).
        kolom: the sheet columns it covers (never expanded).
    """

    lembar: str | None
    teks: str
    baris: range
    kolom: range

    def di_lembar(self, lembar: str) -> bool:
        """True when the reference is to ``lembar`` (unnamed, or named alike: Excel's
        sheet names ignore case).

        Examples:
            >>> r = _rujukan("='Realisasi TW iv'!Y93")[0]
            >>> r.di_lembar("Realisasi TW IV"), r.di_lembar("Lain")
            (True, False)
        """
        return self.lembar is None or self.lembar.upper() == lembar.upper()


@attrs.frozen(kw_only=True)
class TemuanE81:
    """A finding on an E.81 table, with the sheet and the cell where it stands.

    Attributes:
        temuan: the finding (:class:`sakip.audit.Temuan`).
        lembar: the sheet ("" for a table not read from a workbook).
        sel: the cell in A1 notation ("" when the table has no cells).

    Examples:
        >>> from sakip import e81
        >>> t = e81.periksa_berkas(e81.CONTOH_DELI_SERDANG).temuan[0]
        >>> t.lembar, t.sel, t.temuan.aturan
        ('Realisasi TW IV', 'AC11', 'angka')
    """

    temuan: Temuan
    lembar: str
    sel: str


@attrs.frozen(kw_only=True)
class HasilE81:
    """The result of auditing an E.81 table.

    Attributes:
        berkas: the source file ("" for a table built in Python).
        lembar: the sheet.
        judul: the title line.
        tabel: the rows, as read.
        hasil: the computed figures of every row (full computation).
        temuan: the findings, top to bottom, left to right.
        diperiksa: how many cells were checked: every cell a comparison or a
            formula check judged, whatever its verdict, once (a parent's Rp
            formula, whose rows ``rumus-induk`` judges and whose sum
            ``jumlah-induk`` compares, is one cell); cells skipped for want of
            a stored value are not counted. The summary cells audited count too.
        ringkasan_diperiksa: the summary rows' cells audited (an average, a
            predikat ladder), top to bottom.
        ringkasan_tidak: the summary rows' other cells, listed as not audited.

    Examples:
        >>> from sakip import e81
        >>> h = e81.periksa_berkas(e81.CONTOH_DELI_SERDANG)
        >>> h.judul, h.diperiksa
        ('Evaluasi Terhadap Hasil RKPD / Kabupaten Deli Serdang / Tahun 2025', 1318)
    """

    berkas: str
    lembar: str
    judul: str
    tabel: TabelE81
    hasil: tuple[HasilBaris, ...]
    temuan: tuple[TemuanE81, ...]
    diperiksa: int
    ringkasan_diperiksa: tuple[Sel, ...] = ()
    ringkasan_tidak: tuple[Sel, ...] = ()

    def ke_dict(self) -> dict[str, object]:
        """A JSON-ready dict: the source, the counts and the findings.

        Examples:
            >>> from sakip import e81
            >>> d = e81.periksa_berkas(e81.CONTOH_DELI_SERDANG).ke_dict()
            >>> d["lembar"], d["temuan"][0]["sel"]
            ('Realisasi TW IV', 'AC11')
        """
        return {
            "berkas": self.berkas,
            "lembar": self.lembar,
            "judul": self.judul,
            "baris": len(self.tabel.baris),
            "satuan_rupiah": self.tabel.satuan_rupiah,
            "diperiksa": self.diperiksa,
            "jumlah_temuan": len(self.temuan),
            "ringkasan": [
                {
                    "baris": r.baris,
                    "label": r.label,
                    "sel_label": r.sel_label.a1 if r.sel_label else "",
                    "diperiksa": [x.a1 for x in self.ringkasan_diperiksa if x.baris == r.baris],
                    "tidak_diperiksa": [x.a1 for x in self.ringkasan_tidak if x.baris == r.baris],
                }
                for r in self.tabel.ringkasan
            ],
            "temuan": [
                {
                    **attrs.asdict(t.temuan, filter=lambda a, _: a.name != "tingkat"),
                    "tingkat": t.temuan.tingkat.value,
                    "lembar": t.lembar,
                    "sel": t.sel,
                }
                for t in self.temuan
            ],
        }


def _rujukan(rumus: str) -> list[_Rujukan]:
    """The cell, range, whole-column and whole-row references of a formula, each with its
    sheet if named.

    String constants are text, not references (``"1:2"`` is no pair of rows); a name or a
    function that contains a cell-like token (``Data_N93``, ``LOG10``) is none either, nor
    is a number (``1.5:2``). A reference whose row is 0 or past Excel's last is no
    reference (Excel refuses it).

    Examples:
        >>> rumus = '=IF(N92="N93",0,LOG10(p92))+Data_N94+SUM(' + "'Lain'!N95:N96)"
        >>> [(r.lembar, r.teks) for r in _rujukan(rumus)]
        [(None, 'N92'), (None, 'P92'), ('Lain', "'Lain'!N95:N96")]
        >>> [r.teks for r in _rujukan('=SUM($N:$N)+Lain!93:93+SUM(N:P)+TIME(1,2,0)+"1:2"')]
        ['N:N', 'Lain!93:93', 'N:P']
        >>> _rujukan("=SUM(N:N)")[0].baris, _rujukan("=93:93")[0].kolom
        (range(1, 1048577), range(1, 16385))
    """
    teks = _KUTIPAN.sub(lambda m: m.group(1) or '""', rumus)
    hasil = []
    for m in _REF.finditer(teks):
        awalan, rantai = m.group("awalan") or "", m.group("rantai")
        kotak = _kotak(_AWALAN_RE.sub("", rantai))
        if kotak is None:
            continue
        # the sheet the ends name (an end without one is on the range's sheet, as Excel
        # reads it); ends naming different sheets make no range of one sheet
        nama = [_lembar(a) for a in (awalan, *_AWALAN_RE.findall(rantai)) if a]
        lembar: str | None = None
        if len({n.upper() for n in nama}) == 1:
            lembar = nama[0]
        elif nama:
            lembar = _LEMBAR_BANYAK
        hasil.append(
            _Rujukan(lembar=lembar, teks=awalan + _rapi(rantai), baris=kotak[0], kolom=kotak[1])
        )
    return hasil


def _rapi(rantai: str) -> str:
    """A chain as a finding names it: ``$`` and spaces taken off and letters upper-cased,
    outside quoted sheet names (``'My Sheet'!$n93`` is ``'My Sheet'!N93``)."""
    return "".join(
        bagian if bagian.startswith("'") else re.sub(r"[\s$]", "", bagian).upper()
        for bagian in re.split(r"('(?:[^']|'')*')", rantai)
    )


#: The sheet of a reference whose ends name different sheets (or some none): no sheet's.
_LEMBAR_BANYAK: Final = "[several sheets]"  # brackets: in no sheet name


def _lembar(awalan: str) -> str:
    """The sheet a prefix names, unquoted; another workbook's (``[1]E81!``) or a span of
    sheets (``Sheet1:Sheet3!``) kept whole, so that it names no sheet of this workbook.

    Examples:
        >>> _lembar("'Realisasi TW IV'!"), _lembar("[1]E81!"), _lembar("Lembar1:Lembar3!")
        ('Realisasi TW IV', '[1]E81', 'Lembar1:Lembar3')
    """
    nama = awalan.removesuffix("!")
    if re.fullmatch(r"'(?:[^']|'')*'", nama):
        return nama[1:-1].replace("''", "'")
    return nama


def _kotak(ref: str) -> tuple[range, range] | None:
    """The rows and the sheet columns a reference (without its sheet) covers, as ranges
    (never expanded); None when a row is 0 or past Excel's last.

    A chain ``T56:T64:T67`` is Excel's range operator applied twice: it covers the box
    around all its cells. A whole column (``N:N``) covers every row, a whole row
    (``93:93``) every column.

    Examples:
        >>> _kotak("N93")
        (range(93, 94), range(14, 15))
        >>> _kotak("T56:T64:T67")
        (range(56, 68), range(20, 21))
        >>> _kotak("XFD1048576:A1")
        (range(1, 1048577), range(1, 16385))
        >>> _kotak("$N:$P"), _kotak("93:95")
        ((range(1, 1048577), range(14, 17)), (range(93, 96), range(1, 16385)))
        >>> _kotak("0:30") is None
        True
    """
    baris: list[int] = []
    kolom: list[int] = []
    for ujung in re.sub(r"[\s$]", "", ref).upper().split(":"):
        m = _UJUNG.fullmatch(ujung)
        if m is None or m.group(0) == "":
            return None
        huruf, nomor = m.groups()
        # a whole row's end (93 of 93:93) covers every column, a whole column's every row
        kolom += (nomor_kolom(huruf),) if huruf else (1, KOLOM_MAKS)
        baris += (int(nomor),) if nomor else (1, BARIS_MAKS)
    if not 1 <= min(baris) <= max(baris) <= BARIS_MAKS:
        return None
    return range(min(baris), max(baris) + 1), range(min(kolom), max(kolom) + 1)


def _pertama(urut: Sequence[int], rentang: range, *, kecuali: int | None = None) -> int | None:
    """The smallest member of the sorted ``urut`` inside ``rentang`` other than ``kecuali``.

    Found by bisection: a range over a whole sheet costs what one cell does.

    Examples:
        >>> _pertama((11, 12, 92, 93), range(1, 1048577), kecuali=11)
        12
        >>> _pertama((11, 12, 92, 93), range(92, 93), kecuali=92) is None
        True
    """
    n = bisect_left(urut, rentang.start)
    for x in urut[n : n + 2]:  # kecuali skips at most one
        if x in rentang and x != kecuali:
            return x
    return None


@attrs.frozen(kw_only=True)
class _Dirujuk:
    """What a formula names in its own column (a parent's sum of its children).

    Attributes:
        baris: the table's rows it names on its own sheet, each as often as named.
        luar: the row spans of its references that reach rows outside the table.
        lembar_lain: its references to the column on another sheet, as written: no
            child of the row (the row's children are on its own sheet).
    """

    baris: Counter[int]
    luar: tuple[range, ...]
    lembar_lain: tuple[str, ...]


def _baris_dirujuk(
    rumus: str, *, lembar: str, kolom: int, baris_tabel: Sequence[int]
) -> _Dirujuk | None:
    """What a formula at a cell of sheet ``lembar`` and sheet column ``kolom`` names in that
    column (a reference covering it alone, ``Y93``, ``Y93:Y95``, ``Y:Y``); None when it
    names no such reference.

    ``baris_tabel`` are the table's rows, sorted: a range is intersected with them by
    bisection, so ``Y1:Y1048576`` or ``Y:Y`` costs the table's rows, not a million. A
    reference naming the formula's own sheet (``'Realisasi TW IV'!Y93``) is to this sheet.

    Examples:
        >>> d = _baris_dirujuk("=SUM(Y93:Y95)+Y90+Y93", lembar="E81", kolom=25,
        ...                    baris_tabel=(92, 93, 94, 95))
        >>> d.baris, d.luar, d.lembar_lain
        (Counter({93: 2, 94: 1, 95: 1}), (range(90, 91),), ())
        >>> _baris_dirujuk("=Y93+'Lain'!Y94+e81!Y95", lembar="E81", kolom=25,
        ...                baris_tabel=(92, 93, 94, 95)).lembar_lain
        ("'Lain'!Y94",)
        >>> _baris_dirujuk("=N93", lembar="E81", kolom=25, baris_tabel=(92, 93)) is None
        True
    """
    hasil: Counter[int] = Counter()
    luar: list[range] = []
    lain: list[str] = []
    for ref in _rujukan(rumus):
        if ref.kolom != range(kolom, kolom + 1):
            continue
        if not ref.di_lembar(lembar):
            lain.append(ref.teks)
            continue
        dalam = baris_tabel[
            bisect_left(baris_tabel, ref.baris.start) : bisect_left(baris_tabel, ref.baris.stop)
        ]
        hasil.update(dalam)
        if len(dalam) < len(ref.baris):
            luar.append(ref.baris)
    if not (hasil or luar or lain):
        return None
    return _Dirujuk(baris=hasil, luar=tuple(luar), lembar_lain=tuple(lain))


class _Periksa:
    def __init__(self, tabel: TabelE81) -> None:
        self.tabel = tabel
        self.penuh = hitung(tabel)
        self.lokal = hitung_lokal(tabel)
        # the rows below each row, shared with the summary audit (a Rp sum's rows)
        self.silsilah = Silsilah(tabel)
        self.anak = self.silsilah.anak
        self.daun = self.silsilah.daun
        self.temuan: list[tuple[tuple[int, int], TemuanE81]] = []
        # the cells judged, by row and column: each counts once, whatever the verdict
        self.diperiksa: set[tuple[int, tuple[Kolom, Bagian]]] = set()
        self.sudah: set[tuple[int, int]] = set()
        # formulas without a stored value, not compared (an ordered set: each cell once)
        self.tak_tersimpan: dict[Sel, None] = {}
        self.no_baris = {b.sel_nama.baris: i for i, b in enumerate(tabel.baris) if b.sel_nama}
        self.baris_urut = tuple(sorted(self.no_baris))
        # numbers of a column with as many % formats as not, by column, top to bottom
        self.seri: dict[tuple[Kolom, Bagian], list[tuple[Baris, IsianTanpaPersen]]] = {}
        # the form's columns, by the sheet column each cell was read from
        self.kolom_tabel: dict[int, tuple[Kolom, Bagian]] = {
            isi.sel.kolom: kunci
            for b in tabel.baris
            for kunci, isi in b.isian.items()
            if isi.sel is not None
        }
        self.kolom_urut = tuple(sorted(self.kolom_tabel))
        # each column 13 typed over blank quarters, with its row and what a finding calls it
        self.setahun: list[tuple[Baris, Isian, str]] = []
        # the summary rows' audit, its findings kept here (simpan, catat)
        self.ringkasan = PeriksaRingkasan(
            tabel,
            kolom_tabel=self.kolom_tabel,
            no_baris=self.no_baris,
            pencatat=self,
            silsilah=self.silsilah,
        )
        self.asal = self.silsilah.asal

    # -- helpers ---------------------------------------------------------------
    def beranak(self, i: int) -> bool:
        """Whether row ``i`` has rows below it (a further indicator: the row it continues)."""
        return bool(self.anak[self.asal[i]])

    def tambah(
        self,
        b: Baris,
        sel: Sel | None,
        apa: str,
        *,
        aturan: str,
        tingkat: Tingkat,
        dicetak: str,
        dihitung: str,
        rumus: str,
        keterangan: str = "",
    ) -> None:
        sel_letak = sel or b.sel_nama
        kunci = (sel_letak.baris, sel_letak.kolom) if sel_letak else (len(self.temuan), 0)
        if sel is not None:
            if kunci in self.sudah:
                return  # one finding per cell: the first check to see it explains it
            self.sudah.add(kunci)
        nama = b.nama or b.indikator or "jumlah"
        letak = f"{b.jenjang.label} {nama[:60]!r} / {apa}"
        if sel is not None and sel.kolom in self.kolom_tabel:  # a Rp amount says its unit
            letak += sebutan_satuan(self.kolom_tabel[sel.kolom], self.tabel.satuan_rupiah)
        if sel_letak is not None:
            letak = f"{sel_letak} / {letak}"
        self.simpan(
            kunci,
            sel_letak,
            Temuan(
                aturan=aturan,
                tingkat=tingkat,
                letak=letak,
                dicetak=dicetak,
                dihitung=dihitung,
                rumus=rumus,
                keterangan=keterangan,
            ),
        )

    def simpan(self, kunci: tuple[int, int], sel: Sel | None, t: Temuan) -> None:
        """Keep a finding, at its cell (none: a row's finding without one)."""
        self.temuan.append(
            (
                kunci,
                TemuanE81(temuan=t, lembar=sel.lembar if sel else "", sel=sel.a1 if sel else ""),
            )
        )

    def catat(self, kunci: tuple[int, int], catatan: str) -> bool:
        """Add ``catatan`` to the keterangan of the finding at cell ``kunci`` (one finding per
        cell, its causes together); False when no finding stands there."""
        for n, (k, t) in enumerate(self.temuan):
            if k == kunci:
                ket = f"{t.temuan.keterangan}; {catatan}" if t.temuan.keterangan else catatan
                self.temuan[n] = (
                    k,
                    attrs.evolve(t, temuan=attrs.evolve(t.temuan, keterangan=ket)),
                )
                return True
        return False

    def tambah_atau_catat(
        self,
        b: Baris,
        isi: Isian,
        apa: str,
        *,
        tingkat: Tingkat,
        dicetak: str,
        dihitung: str,
        keterangan: str,
        catatan: str,
        aturan: str = "format-persen",
        rumus: str = _ATURAN_FORMAT,
    ) -> None:
        """A finding at a cell (``format-persen`` unless ``aturan`` says otherwise), or,
        where a check already explained the cell (its value disagrees too), ``catatan``
        added to that finding's keterangan: one finding per cell, its causes together."""
        kunci = (isi.sel.baris, isi.sel.kolom) if isi.sel else None
        if kunci is not None and kunci in self.sudah and self.catat(kunci, catatan):
            return
        self.tambah(
            b,
            isi.sel,
            apa,
            aturan=aturan,
            tingkat=tingkat,
            dicetak=dicetak,
            dihitung=dihitung,
            rumus=rumus,
            keterangan=keterangan,
        )

    def tanpa_nilai(self, *isi: Isian) -> bool:
        """True (and the formulas noted) when a cell the comparison needs has no stored value."""
        hilang = [x for x in isi if x.tak_tersimpan]
        for x in hilang:
            if x.sel is not None:
                self.tak_tersimpan[x.sel] = None
        return bool(hilang)

    def masukan(self, b: Baris) -> list[Isian]:
        """The input cells of a row (its computed figures are built from them)."""
        return [isi for (kolom, _), isi in b.isian.items() if kolom not in KOLOM_TURUNAN]

    def catat_tak_tersimpan(self) -> None:
        """One finding for every formula whose value was not stored.

        It stands at the first such formula that no other check reported (a cell holds
        one finding, and this one is the table's, not the cell's); when every one of them
        was reported, it becomes a note on the first one's finding. It is never dropped.
        """
        if not self.tak_tersimpan:
            return
        sel = sorted(self.tak_tersimpan, key=lambda x: (x.baris, x.kolom))
        pertama = next((x for x in sel if (x.baris, x.kolom) not in self.sudah), sel[0])
        b, isi = next(
            (b, isi) for b in self.tabel.baris for isi in b.isian.values() if isi.sel == pertama
        )
        contoh = ", ".join(x.a1 for x in sel[:5]) + (", ..." if len(sel) > 5 else "")
        keterangan = (
            f"{len(sel)} formulas ({contoh}) have no stored value: the workbook was saved "
            "by a program that does not calculate (openpyxl, pandas); the figures built "
            "on them were not compared. Open and save it in Excel (or LibreOffice) so "
            "the values are stored, then audit it again"
        )
        self.tambah_atau_catat(
            b,
            isi,
            f"{len(sel)} formulas",
            aturan="tak-tersimpan",
            tingkat=Tingkat.SEDANG,
            dicetak="(no stored value)",
            dihitung="(not compared)",
            rumus="a formula's value as Excel stored it",
            keterangan=keterangan,
            catatan=f"tak-tersimpan: {keterangan}",
        )

    @staticmethod
    def cakupan(d: _Dirujuk) -> str:
        """What a parent's formula covers in its own column, as its finding says it.

        Examples:
            >>> _Periksa.cakupan(_Dirujuk(baris=Counter({93: 2}), luar=(), lembar_lain=()))
            'the formula covers rows 93 (row 93 more than once)'
            >>> _Periksa.cakupan(_Dirujuk(baris=Counter(), luar=(), lembar_lain=("Lain!Y93",)))
            "the formula covers rows (none) and another sheet's cells (Lain!Y93), not this row's children (those are on this sheet)"
        """
        ganda = sorted(r for r, n in d.baris.items() if n > 1)
        return (
            f"the formula covers rows {teks_daftar(sorted(d.baris))}"
            + (f" (row {teks_daftar(ganda)} more than once)" if ganda else "")
            + (
                " and rows outside the table (in " + ", ".join(map(teks_rentang, d.luar)) + ")"
                if d.luar
                else ""
            )
            + (
                " and another sheet's cells (" + ", ".join(d.lembar_lain) + "), not this "
                "row's children (those are on this sheet)"
                if d.lembar_lain
                else ""
            )
        )

    # -- checks ----------------------------------------------------------------
    def keterangan_salah(self) -> None:
        """One finding per caption formula that contradicts its header (a layout fact).

        The caption documents the column; the figures are judged by the cells' own
        formulas, so a wrong caption misleads a reader of the form, not the audit
        (:class:`~sakip.audit.Tingkat` ``RENDAH``: presentation).
        """
        for k in self.tabel.keterangan_salah:
            kunci = (k.sel.baris, k.sel.kolom)
            self.sudah.add(kunci)
            t = Temuan(
                aturan="rumus-nomor",
                tingkat=Tingkat.RENDAH,
                letak=f"{k.sel} / caption of {k.kolom.value!r}",
                dicetak=k.tertera,
                dihitung=k.seharusnya,
                rumus=f"{k.kolom.value} = {k.arti} ({_SUMBER}, its column captions)",
                keterangan=(
                    f"the header at {k.sel_kepala.a1} names this column {k.kolom.value!r}, "
                    f"so its caption reads {k.seharusnya!r}; the printed one names other "
                    "columns. The sheet was read by its headers, and each figure of the "
                    "column is judged by its own cell's formula. Correct the caption"
                ),
            )
            self.temuan.append((kunci, TemuanE81(temuan=t, lembar=k.sel.lembar, sel=k.sel.a1)))

    def jalankan(self) -> None:
        self.keterangan_salah()
        for i, b in enumerate(self.tabel.baris):
            self.galat_excel(b)
            if self.beranak(i) and not _judul(b):
                self.induk(i, b)
            self.turunan(i, b)
            if self.tabel.persen_triwulan and b.jenjang is not Jenjang.JUMLAH:
                self.triwulan(i, b)
            self.satuan(b)
            if not self.anak[i] and not b.lanjutan and b.jenjang is not Jenjang.JUMLAH:
                self.melebihi(i, b)
            self.rujukan_silang(i, b)
            self.format_persen(b)  # last: a cell's other finding, if any, keeps the cell
        self.triwulan_kosong()
        self.format_seri()
        self.catat_tak_tersimpan()
        self.ringkasan.jalankan()

    def rujukan_silang(self, i: int, b: Baris) -> None:
        """Each formula naming a cell of another row of the table that is not this row's to name.

        Form E.81 (Permendagri 86/2017, Lampiran, as its column captions are printed in
        the Deli Serdang 2025 workbook, "13 = 9 + 10 + 11 + 12", "15 = 14 / 6 x 100"; other
        agencies' forms number the columns differently) computes a row's figures from its
        own cells and a parent's from its children's in the same column; any other row's cell is sakip's finding (a copied formula that kept a
        neighbour's row, seen in Deli Serdang's Y92 ``=Z92*N93-...``): a cell of another
        row in another column, or, on a row with no rows below it, in its own column
        (``=N93`` in N94 copies row 93's figure). A parent's own column is
        :meth:`induk`'s (``rumus-induk``). A range names every cell it covers, a whole
        column (``N:N``) every row, a whole row (``93:93``) every column. A reference
        naming this sheet is to this sheet; other sheets' cells and cells outside the
        table are not judged.
        """
        for kunci, isi in b.isian.items():
            if isi.rumus is None or isi.sel is None:
                continue
            if b.lanjutan and kunci[1] is Bagian.RP:
                continue  # a further indicator's Rp belong to the row above: its cells
            silang = self.silang(isi.rumus, isi.sel, beranak=self.beranak(i))
            if silang is None:
                continue
            nama_sel, ref, j, kolom, c = silang
            lain = self.tabel.baris[j]
            nama = (lain.nama or lain.indikator or "jumlah")[:60]
            siapa = f"the {nama_bagian(kolom)} of {lain.jenjang.label} {nama!r}"
            dirujuk = nama_sel if ref == nama_sel else f"{nama_sel} (in {ref})"
            if c == isi.sel.kolom:
                dihitung = f"{nama_sel} -> this row's own"
                keterangan = (
                    f"{dirujuk} is {siapa}, another row's figure in this column; this "
                    f"{b.jenjang.label} has no rows below it, so the figure is its own, "
                    "and it does not follow this row's inputs"
                )
                catatan = f"its formula names {dirujuk}, {siapa}, another row's figure"
            else:
                sendiri = Sel(lembar=isi.sel.lembar, baris=isi.sel.baris, kolom=c).a1
                dihitung = f"{nama_sel} -> {sendiri}"
                keterangan = (
                    f"{dirujuk} is {siapa}; this row's own is {sendiri}, which the figure "
                    "does not follow"
                )
                catatan = f"its formula names {dirujuk}, {siapa}, not this row's {sendiri}"
            self.tambah_atau_catat(
                b,
                isi,
                nama_bagian(kunci),
                aturan="rujukan-silang",
                tingkat=Tingkat.SEDANG,
                dicetak=isi.rumus,
                dihitung=dihitung,
                rumus=f"a row's figures come from its own cells (sakip's reading of {_SUMBER})",
                keterangan=keterangan,
                catatan=catatan,
            )

    def silang(
        self, rumus: str, sel: Sel, *, beranak: bool
    ) -> tuple[str, str, int, tuple[Kolom, Bagian], int] | None:
        """The first cell ``rumus`` (at ``sel``) names in another row of the table, in another
        of its columns or, when the row has no rows below it (not ``beranak``), in its own:
        its A1 name, the reference naming it, its row's index, its column part and sheet
        column.

        A range is intersected with the table's rows and columns by bisection, not
        expanded: ``A1:XFD1048576`` costs what ``N93`` does.
        """
        for ref in _rujukan(rumus):
            if not ref.di_lembar(sel.lembar):
                continue  # another sheet's cell: not judged here
            r = _pertama(self.baris_urut, ref.baris, kecuali=sel.baris)
            c = _pertama(self.kolom_urut, ref.kolom, kecuali=sel.kolom if beranak else None)
            if r is not None and c is not None:
                nama = f"{huruf_kolom(c)}{r}"
                return nama, ref.teks, self.no_baris[r], self.kolom_tabel[c], c
        return None

    def format_persen(self, b: Baris) -> None:
        """Each number read as its column, against its own format: what the sheet shows, why.

        A number of a tied column is kept for :meth:`format_seri`.
        """
        for (kolom, bagian), isi in b.isian.items():
            if not isinstance(isi, IsianTanpaPersen) or isi.nilai is None:
                continue
            if not isi.pecahan:
                self.seri.setdefault((kolom, bagian), []).append((b, isi))
                continue
            k = isi.format_kolom
            tertera, dibaca = tulis(isi.tertera), tulis(isi.nilai)
            self.tambah_atau_catat(
                b,
                isi,
                nama_bagian((kolom, bagian)),
                tingkat=Tingkat.RENDAH,
                dicetak=f"{tertera} (no % format)",
                dihitung=f"{dibaca}%",
                keterangan=(
                    f"{k.persen} of the column's {k.angka} numbers other than 0 show a %, "
                    f"this one does not: the sheet shows {tertera} where it means {dibaca}%; "
                    "read like its column, since a format lost on one cell does not change what "
                    "the formulas computed with it. Format the cell as a percentage"
                ),
                catatan=(
                    f"the cell has no % format: it shows {tertera}, read as {dibaca}% like its "
                    f"column ({k.persen} of {k.angka} numbers other than 0 show a %)"
                ),
            )

    def format_seri(self) -> None:
        """One finding per column with as many numbers formatted as % as not.

        It stands at the first number without the format that no other check reported
        (a cell holds one finding, and the column's list must not shrink to a note); a
        number another check reported gains a note on how it was read.
        """
        for (kolom, bagian), daftar in self.seri.items():
            k = daftar[0][1].format_kolom
            contoh = ", ".join(
                f"{x.sel.a1 if x.sel else '?'} {tulis(x.tertera)}" for _, x in daftar[:5]
            ) + (", ..." if len(daftar) > 5 else "")
            dilaporkan = [
                x for x in daftar if x[1].sel and (x[1].sel.baris, x[1].sel.kolom) in self.sudah
            ]
            bebas = [x for x in daftar if x not in dilaporkan]
            for b, isi in dilaporkan + bebas[:1]:
                nilai = atau_nol(isi.nilai)  # kept by format_persen only with a value
                self.tambah_atau_catat(
                    b,
                    isi,
                    nama_bagian((kolom, bagian)),
                    tingkat=Tingkat.SEDANG,
                    dicetak=f"{tulis(isi.tertera)} (no % format)",
                    dihitung=f"{tulis(nilai)} (read as shown, not {tulis(nilai * 100)}%)",
                    keterangan=(
                        f"{k.persen} of the column's {k.angka} numbers other than 0 show a % and "
                        "as many do not, so the column has no format to read its numbers by, "
                        "and sakip does not guess one: each is read as it shows. The numbers "
                        f"without a % format ({len(daftar)}: {contoh}) would be 100 times more "
                        "as fractions. Give the column one number format"
                    ),
                    catatan=(
                        "the column has as many numbers with a % format as without "
                        f"({k.persen} of {k.angka} other than 0); this cell, without one, is "
                        f"read as it shows ({tulis(isi.tertera)})"
                    ),
                )

    def galat_excel(self, b: Baris) -> None:
        for (kolom, bagian), isi in b.isian.items():
            if isi.galat is None or kolom in KOLOM_TURUNAN:
                continue
            self.tambah(
                b,
                isi.sel,
                nama_bagian((kolom, bagian)),
                aturan="galat-excel",
                tingkat=Tingkat.SEDANG,
                dicetak=isi.galat,
                dihitung="(a number)",
                rumus=isi.rumus or "",
                keterangan="an input cell holds an Excel error; the figures built on it do not exist",
            )

    def induk(self, i: int, b: Baris) -> None:
        """A parent's formulas in their own column (``rumus-induk``), then its Rp sums.

        A further indicator of a parent (``lanjutan``: another indicator of the row it
        continues, whose rows below it are its rows below) is judged as that row is: its K
        formula naming its own column covers those children, each once; its Rp are the
        row above's (:class:`sakip.e81.model.Baris`), judged there.
        """
        asal = self.asal[i]
        anak_i = self.anak[asal]
        nomor_anak = sorted(
            sel.baris for j in anak_i if (sel := self.tabel.baris[j].sel_nama) is not None
        )
        daun = self.daun(asal)
        for (kolom, bagian), isi in sorted(b.isian.items(), key=lambda x: urutan_sel(x[1])):
            if isi.rumus is None or isi.sel is None or (b.lanjutan and bagian is Bagian.RP):
                continue
            d = _baris_dirujuk(
                isi.rumus, lembar=isi.sel.lembar, kolom=isi.sel.kolom, baris_tabel=self.baris_urut
            )
            if d is None:
                continue
            if bagian is Bagian.RP:
                dirujuk = {self.no_baris[r]: n for r, n in d.baris.items()}
                sama_anak = self.silsilah.daun_dirujuk(dirujuk) == daun
            else:
                sama_anak = sorted(d.baris) == nomor_anak and all(n == 1 for n in d.baris.values())
            self.diperiksa.add((i, (kolom, bagian)))
            if sama_anak and not d.luar and not d.lembar_lain:
                continue
            self.tambah(
                b,
                isi.sel,
                nama_bagian((kolom, bagian)),
                aturan="rumus-induk",
                tingkat=Tingkat.TINGGI if bagian is Bagian.RP else Tingkat.SEDANG,
                dicetak=isi.rumus,
                dihitung="rows " + teks_daftar(nomor_anak),
                rumus=(
                    "a parent's Rp is the sum of its children's, each once"
                    if bagian is Bagian.RP
                    else "a parent's figure is built from its children, each once"
                ),
                keterangan=self.cakupan(d)
                + f"; the rows below it are {teks_daftar(nomor_anak)}"
                + (
                    f" (those of row {nomor_asal.baris}, which this further indicator continues)"
                    if asal != i and (nomor_asal := self.tabel.baris[asal].sel_nama) is not None
                    else ""
                ),
            )
        # the sums themselves
        for kolom in KOLOM_MASUKAN:
            kunci = (kolom, Bagian.RP)
            if kunci not in self.tabel.kolom_ada or b.lanjutan:
                continue
            isi = b.isi(*kunci)
            if self.tanpa_nilai(isi, *(self.tabel.baris[j].isi(*kunci) for j in anak_i)):
                continue
            jumlah = sum(
                (atau_nol(self.tabel.baris[j].angka(*kunci)) for j in anak_i), Fraction(0)
            )
            self.diperiksa.add((i, kunci))
            if self.triwulan_sebagian(b, kolom, anak_i):
                continue
            if isi.galat is None and not sama(atau_nol(isi.nilai), jumlah):
                self.tambah(
                    b,
                    isi.sel,
                    nama_bagian((kolom, Bagian.RP)),
                    aturan="jumlah-induk",
                    tingkat=Tingkat.TINGGI,
                    dicetak=teks_isi(isi),
                    dihitung=tulis(jumlah),
                    rumus="jumlah Rp baris " + teks_daftar(nomor_anak),
                    keterangan=teks_selisih(atau_nol(isi.nilai), jumlah),
                )
            elif isi.konstanta and self.tabel.rumus_terbaca:
                self.tambah(
                    b,
                    isi.sel,
                    nama_bagian((kolom, Bagian.RP)),
                    aturan="konstanta",
                    tingkat=Tingkat.RENDAH,
                    dicetak=teks_isi(isi),
                    dihitung=tulis(jumlah),
                    rumus="jumlah Rp baris " + teks_daftar(nomor_anak),
                    keterangan="a typed number where the form sums the rows below",
                )
        self.tahun_induk(i, b, anak_i, nomor_anak)

    def tahun_induk(self, i: int, b: Baris, anak_i: Sequence[int], nomor_anak: list[int]) -> None:
        """A parent's column 13 Rp against the sum of its rows below's, where a year is typed
        over blank quarters, on the parent or a row below (``jumlah-induk``).

        The form builds a parent's year from its quarters, which sum the rows below's
        quarters; a year typed over blank quarters is in no quarter, so those sums cannot
        show that the parent's year and its rows' years disagree. Each is judged as the
        sheet stores it, as the other sums are.
        """
        kunci = (Kolom.REALISASI_RENJA, Bagian.RP)
        if b.lanjutan or kunci not in self.tabel.kolom_ada:
            return
        bawah = [self.tabel.baris[j] for j in anak_i]
        if all(x.realisasi_tanpa_triwulan(Bagian.RP) is None for x in (b, *bawah)):
            return
        isi = b.isi(*kunci)
        if isi.galat is not None or self.tanpa_nilai(isi, *(x.isi(*kunci) for x in bawah)):
            return
        jumlah = sum((atau_nol(x.angka(*kunci)) for x in bawah), Fraction(0))
        self.diperiksa.add((i, kunci))
        if not sama(atau_nol(isi.nilai), jumlah):
            self.tambah(
                b,
                isi.sel,
                nama_bagian(kunci),
                aturan="jumlah-induk",
                tingkat=Tingkat.TINGGI,
                dicetak=teks_isi(isi),
                dihitung=tulis(jumlah),
                rumus="jumlah Rp realisasi Renja baris " + teks_daftar(nomor_anak),
                keterangan=teks_selisih(atau_nol(isi.nilai), jumlah)
                + "; a year typed over blank quarters (here or below) is in no quarter, so "
                "the parent's year is compared with its rows' years",
            )

    def triwulan_sebagian(self, b: Baris, kolom: Kolom, anak_i: Sequence[int]) -> bool:
        """True for a quarter's Rp left blank on a parent that records its year only
        (``triwulan-kosong`` at its column 13) while a row below leaves that quarter blank
        too: a sum over the rows that report it would be a quarter nobody reported (as
        :func:`sakip.e81.dari_laporan` leaves it), so the blank is not a ``jumlah-induk``."""
        return (
            kolom.triwulan is not None
            and b.isi(kolom, Bagian.RP).tanpa_angka
            and b.realisasi_tanpa_triwulan(Bagian.RP) is not None
            and any(self.tabel.baris[j].isi(kolom, Bagian.RP).tanpa_angka for j in anak_i)
        )

    def turunan(self, i: int, b: Baris) -> None:
        lokal = self.lokal[i]
        for kolom in (
            Kolom.REALISASI_RENJA,
            Kolom.CAPAIAN_RENJA,
            Kolom.REALISASI_RENSTRA,
            Kolom.CAPAIAN_RENSTRA,
        ):
            for bagian in (Bagian.K, Bagian.RP):
                kunci = (kolom, bagian)
                if kunci not in self.tabel.kolom_ada:
                    continue
                if (bagian is Bagian.K and b.jenjang is Jenjang.JUMLAH) or (
                    bagian is Bagian.RP and b.lanjutan
                ):
                    continue
                self.satu_turunan(i, b, kunci, lokal)

    def satu_turunan(
        self, i: int, b: Baris, kunci: tuple[Kolom, Bagian], lokal: HasilBaris
    ) -> None:
        kolom, bagian = kunci
        isi = b.isi(*kunci)
        apa = nama_bagian((kolom, bagian))
        if self.tanpa_nilai(isi, *b.isian.values()):  # inputs, and derived cells built on
            return
        self.diperiksa.add((i, kunci))
        if kolom is Kolom.REALISASI_RENJA and b.realisasi_tanpa_triwulan(bagian) is not None:
            self.setahun.append((b, isi, apa))  # reported once the row's checks have run
            return
        nilai = lokal.angka(*kunci)
        if nilai is None:
            alasan = lokal.tak_terhitung.get(kunci, "not computable")
            if isi.galat is not None:
                self.tambah(
                    b,
                    isi.sel,
                    apa,
                    aturan="galat-excel",
                    tingkat=Tingkat.RENDAH,
                    dicetak=isi.galat,
                    dihitung="(none)",
                    rumus=alasan,
                    keterangan="the figure does not exist; the sheet shows Excel's error instead of leaving it blank",
                )
            elif isi.nilai is not None and isi.nilai != 0:
                self.tambah(
                    b,
                    isi.sel,
                    apa,
                    aturan="tak-terhitung",
                    tingkat=Tingkat.RENDAH,
                    dicetak=teks_isi(isi),
                    dihitung="(none)",
                    rumus=alasan,
                )
            return
        if isi.galat is not None:
            self.tambah(
                b,
                isi.sel,
                apa,
                aturan="galat-excel",
                tingkat=Tingkat.SEDANG,
                dicetak=isi.galat,
                dihitung=tulis(nilai),
                rumus=str(lokal.rumus.get(kunci, "")),
                keterangan=f"{isi.rumus or ''} fails where the figure exists",
            )
            return
        dicetak = atau_nol(isi.nilai)
        if not sama(dicetak, nilai):
            alt = self.alternatif(i, b, kunci)
            if alt is not None and sama(dicetak, alt[0]):
                self.tambah(
                    b,
                    isi.sel,
                    apa,
                    aturan="konsolidasi",
                    tingkat=Tingkat.SEDANG,
                    dicetak=teks_isi(isi),
                    dihitung=tulis(nilai),
                    rumus=str(lokal.rumus.get(kunci, "")),
                    keterangan=alt[1],
                )
                return
            ket = teks_selisih(dicetak, nilai)
            if self.anak[i] and bagian is Bagian.RP:
                jumlah = sum(
                    (atau_nol(self.tabel.baris[j].angka(*kunci)) for j in self.anak[i]),
                    Fraction(0),
                )
                if sama(dicetak, jumlah):
                    ket = (
                        "it equals the sum of the rows below; this row's own inputs give "
                        f"{tulis(nilai)} (see the findings on them)"
                    )
            if isi.konstanta and self.tabel.rumus_terbaca:
                ket = "a typed number, not a formula; " + ket
            self.tambah(
                b,
                isi.sel,
                apa,
                aturan="angka",
                tingkat=Tingkat.TINGGI if bagian is Bagian.RP else Tingkat.SEDANG,
                dicetak=teks_isi(isi),
                dihitung=tulis(nilai),
                rumus=str(lokal.rumus.get(kunci, "")),
                keterangan=(f"{isi.rumus}; " if isi.rumus else "") + ket,
            )
            return
        if isi.konstanta and self.tabel.rumus_terbaca:
            self.tambah(
                b,
                isi.sel,
                apa,
                aturan="konstanta",
                tingkat=Tingkat.RENDAH,
                dicetak=teks_isi(isi),
                dihitung=tulis(nilai),
                rumus=str(lokal.rumus.get(kunci, "")),
                keterangan="a typed number where the form computes one; it agrees today, "
                "and will not follow when an input changes",
            )

    def triwulan_kosong(self) -> None:
        """Each column 13 typed over four blank quarters (``triwulan-kosong``): the row
        records its year, not its quarters, so the figure is not compared with their sum
        (0), and what is built on it (columns 14 and 15, the predikat, ``melebihi``) is
        computed from it (:func:`~sakip.e81.penghitungan.hitung`). Where ``melebihi`` found the year above
        its target, that finding keeps the cell and gains this one as a note."""
        for b, isi, apa in self.setahun:
            keterangan = (
                "the quarters are not recorded; column 13 is typed, not derived from them "
                "(the columns built on it are checked against the typed figure)"
            )
            self.tambah_atau_catat(
                b,
                isi,
                apa,
                aturan="triwulan-kosong",
                tingkat=Tingkat.RENDAH,
                dicetak=teks_isi(isi),
                dihitung="(triwulan kosong)",
                rumus=f"realisasi Renja = triwulan I + II + III + IV ({_SUMBER})",
                keterangan=keterangan,
                catatan=f"triwulan-kosong: {keterangan}",
            )

    def alternatif(
        self, i: int, b: Baris, kunci: tuple[Kolom, Bagian]
    ) -> tuple[Fraction, str] | None:
        """The figure a level gets when it is wrongly added, and the explanation."""
        if kunci[1] is not Bagian.K or b.konsolidasi is Konsolidasi.JUMLAH:
            return None
        dasar = f"{b.satuan!r} is a level (rule {b.konsolidasi.value}, {b.konsolidasi_asal or 'declared'})"
        if kunci[0] is Kolom.REALISASI_RENJA and not self.tabel.persen_triwulan:
            tw = [atau_nol(b.angka(k, Bagian.K)) for k in KOLOM_TRIWULAN]
            return sum(tw, Fraction(0)), f"{dasar}; the sheet adds the quarters " + " + ".join(
                tulis(x) for x in tw
            )
        if kunci[0] is Kolom.REALISASI_RENSTRA:
            lalu = atau_nol(b.angka(Kolom.REALISASI_RENSTRA_LALU, Bagian.K))
            renja = self.lokal[i].angka(Kolom.REALISASI_RENJA, Bagian.K)
            if (Kolom.REALISASI_RENJA, Bagian.K) in self.tabel.kolom_ada:
                renja = atau_nol(b.angka(Kolom.REALISASI_RENJA, Bagian.K))
            if renja is None:
                return None
            target = b.angka(Kolom.TARGET_RENSTRA, Bagian.K)
            capaian = ""
            if target:
                capaian = (
                    f"; tingkat capaian Renstra becomes {tulis((lalu + renja) * _SERATUS / target)}%"
                    f" instead of {tulis(renja * _SERATUS / target)}%"
                )
            return lalu + renja, (
                f"{dasar}; the sheet adds last years' realisasi to this year's: "
                f"{tulis(lalu)} + {tulis(renja)}{capaian}"
            )
        return None

    def triwulan(self, i: int, b: Baris) -> None:
        target = atau_nol(b.angka(Kolom.TARGET_RENJA, Bagian.K))
        if self.tanpa_nilai(b.isi(Kolom.TARGET_RENJA, Bagian.K)):
            return
        kumulatif = Fraction(0)
        for n, kolom in enumerate(KOLOM_TRIWULAN, start=1):
            isi_k = b.isi(kolom, Bagian.K)
            isi_p = b.isi(kolom, Bagian.PERSEN)
            if self.tanpa_nilai(isi_k, isi_p):
                return  # the K up to this quarter and after it is not known
            kumulatif += atau_nol(isi_k.nilai)
            if isi_p.galat is not None or isi_k.galat is not None:
                continue
            self.diperiksa.add((i, (kolom, Bagian.K)))
            harap = atau_nol(isi_p.nilai) * target / _SERATUS
            if not sama(kumulatif, harap):
                self.tambah(
                    b,
                    isi_k.sel or isi_p.sel,
                    nama_bagian((kolom, Bagian.K)),
                    aturan="triwulan",
                    tingkat=Tingkat.SEDANG,
                    dicetak=f"K s/d triwulan {n} = {tulis(kumulatif)}",
                    dihitung=tulis(harap),
                    rumus=f"{tulis(atau_nol(isi_p.nilai))}% x {tulis(target)}",
                    keterangan=(
                        f"the cumulative % of triwulan {n} ({teks_isi(isi_p)}%) times the target "
                        f"Renja ({tulis(target)}) is not the K of triwulan I to {n}"
                    ),
                )

    def satuan(self, b: Baris) -> None:
        persen = re.sub(
            r"[\s.]", "", b.satuan.lower()
        ) in _SATUAN_PERSEN and not _BUKAN_BAGIAN.search(b.indikator)
        for kolom in (*KOLOM_MASUKAN,):
            isi = b.isi(kolom, Bagian.K)
            if isi.nilai is None:
                continue
            if isi.nilai < 0 or (persen and isi.nilai > 100 and kolom.triwulan is None):
                self.tambah(
                    b,
                    isi.sel,
                    nama_bagian((kolom, Bagian.K)),
                    aturan="satuan",
                    tingkat=Tingkat.SEDANG,
                    dicetak=teks_isi(isi),
                    dihitung="0 to 100" if persen else ">= 0",
                    rumus=f"satuan {b.satuan!r}",
                    keterangan="a share lies between 0 and 100%"
                    if persen
                    else "a count is not negative",
                )
        sebelum = Fraction(0)
        for kolom in KOLOM_TRIWULAN:
            isi = b.isi(kolom, Bagian.PERSEN)
            if isi.nilai is None:
                continue
            if not 0 <= isi.nilai <= 100 or isi.nilai < sebelum:
                self.tambah(
                    b,
                    isi.sel,
                    nama_bagian((kolom, Bagian.PERSEN)),
                    aturan="satuan",
                    tingkat=Tingkat.RENDAH,
                    dicetak=f"{teks_isi(isi)}%",
                    dihitung=f"{tulis(sebelum)}% to 100%",
                    rumus="a cumulative % of the target lies between the previous quarter's and 100",
                )
            sebelum = max(sebelum, isi.nilai)

    def melebihi(self, i: int, b: Baris) -> None:
        if self.tanpa_nilai(*self.masukan(b)):
            return
        h = self.penuh[i]
        for bagian, apa, tingkat in (
            (Bagian.RP, "pagu", Tingkat.TINGGI),
            (Bagian.K, "target", Tingkat.RENDAH),
        ):
            real = h.angka(Kolom.REALISASI_RENJA, bagian)
            target = h.angka(Kolom.TARGET_RENJA, bagian)
            if real is None or target is None or real <= target or sama(real, target):
                continue
            if bagian is Bagian.K and target == 0:
                continue
            isi = b.isi(Kolom.REALISASI_RENJA, bagian)
            self.tambah(
                b,
                isi.sel,
                f"realisasi renja {bagian.value}",
                aturan="melebihi",
                tingkat=tingkat,
                dicetak=tulis(real),
                dihitung=f"<= {tulis(target)}",
                rumus=f"realisasi Renja {bagian.value} <= {apa} Renja",
                keterangan=f"realisasi {tulis(real)} is above the {apa} {tulis(target)}",
            )

    def hasil(self) -> tuple[TemuanE81, ...]:
        return tuple(t for _, t in sorted(self.temuan, key=lambda x: x[0]))


def _judul(b: Baris) -> bool:
    """A heading row: a name, no indicator, no figure (no total to check; the rows below it
    are checked against their own parents). Local practice, seen in the Bappeda Kabupaten
    Sukabumi E.81 2018 workbook (rows 15-16, "Fungsi Penunjang ...", "Perencanaan").

    Examples:
        >>> _judul(Baris(jenjang=Jenjang.URUSAN, nama="Perencanaan"))
        True
        >>> _judul(Baris(jenjang=Jenjang.PROGRAM, nama="p", indikator="Nilai"))
        False
    """
    return bool(b.nama) and not b.indikator and all(isi.kosong for isi in b.isian.values())


def periksa(tabel: TabelE81) -> HasilE81:
    """Audit an E.81 table (see the module for the checks).

    Args:
        tabel: the table, as read by :func:`sakip.e81.baca_xlsx` or
            :func:`sakip.e81.baca_csv`, or built in Python.

    Returns:
        The :class:`HasilE81`.

    Sumber:
        Permendagri 86/2017, Lampiran, form E.81 and its captions.

    Examples:
        >>> from sakip import e81
        >>> h = e81.periksa(e81.baca_xlsx(e81.CONTOH_DELI_SERDANG))
        >>> t = next(t for t in h.temuan if t.sel == "AD14")
        >>> t.temuan.aturan, t.temuan.dicetak, t.temuan.dihitung
        ('konsolidasi', '200', '100')
    """
    if not isinstance(tabel, TabelE81):
        raise InvalidTypeError(field="tabel", value=tabel, expected="must be a TabelE81")
    p = _Periksa(tabel)
    p.jalankan()
    semua = p.ringkasan.sel_ringkasan()
    return HasilE81(
        berkas=tabel.berkas,
        lembar=tabel.lembar,
        judul=tabel.judul,
        tabel=tabel,
        hasil=p.penuh,
        temuan=p.hasil(),
        diperiksa=len(p.diperiksa) + len(p.ringkasan.diperiksa),
        ringkasan_diperiksa=tuple(x for x in semua if x in p.ringkasan.diperiksa),
        ringkasan_tidak=tuple(x for x in semua if x not in p.ringkasan.diperiksa),
    )


def periksa_berkas(path: str | os.PathLike[str], *, lembar: str | None = None) -> HasilE81:
    """Read an E.81 workbook (``.xlsx``) or CSV file and audit it.

    Args:
        path: the file; ``.csv`` is read as CSV, anything else as a workbook.
        lembar: the sheet of a workbook (default: the first recognised).

    Raises:
        ReportFormatError: the file cannot be read as an E.81 table (see
            :func:`sakip.e81.baca_xlsx`).

    Sumber:
        Permendagri 86/2017, Lampiran, form E.81.

    Examples:
        >>> from sakip import e81
        >>> h = e81.periksa_berkas(e81.CONTOH_DELI_SERDANG)
        >>> sorted({t.temuan.aturan for t in h.temuan})[:3]
        ['angka', 'galat-excel', 'konsolidasi']
    """
    if not isinstance(path, (str, os.PathLike)):
        raise InvalidTypeError(field="path", value=path, expected="must be a path")
    from sakip.e81.berkas_csv import baca_csv
    from sakip.e81.berkas_xlsx import baca_xlsx

    if str(path).lower().endswith(".csv"):
        return periksa(baca_csv(path))
    return periksa(baca_xlsx(path, lembar=lembar))
