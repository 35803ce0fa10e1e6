"""Ringkasan (summary rows) of an older E.81 table: the audit of their averages and predikat.

The rows "Rata-rata capaian kinerja (%)" and "Predikat kinerja" inside a table older than
Permendagri 90/2019 (:class:`~sakip.e81.model.BarisRingkasan`) are audited here, for
:func:`sakip.e81.pemeriksaan.periksa`, whose module lists the rules (``predikat``,
``tangga-predikat``, ``rata-rata``, ``rumus-rata``, ``jumlah-ringkasan``,
``rumus-jumlah``, ``salinan``, ``format-campur``, ``rasio-ringkasan``,
``rujukan-program``). The findings are kept by the table's audit (:class:`Pencatat`): one
record, one finding per cell.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping, Sequence
from fractions import Fraction
from types import MappingProxyType
from typing import Final, Protocol

import attrs

from sakip.audit import Temuan, Tingkat
from sakip.e81._banding import (
    BARIS_MAKS,
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
from sakip.e81._tangga import Tangga, beda_skala, sama_label, tangga
from sakip.e81.model import (
    Bagian,
    BarisRingkasan,
    Isian,
    Jenjang,
    Kolom,
    Sel,
    TabelE81,
    huruf_kolom,
    kolom_persen,
    nomor_kolom,
    sebutan_satuan,
)
from sakip.e81.penghitungan import tulis
from sakip.skala import PERMENDAGRI_86_2017, PITA_PERMENDAGRI_86_2017_CETAK, masalah_pita

__all__ = [
    "MAKS_RUMUS",
    "MAKS_SEL",
    "Pencatat",
    "Periksa",
    "PeriksaRingkasan",
    "Rasio",
    "RataSel",
    "jumlah",
    "rasio",
    "rata_sel",
    "salinan",
]

#: The scale a summary row's predikat is judged on, and where sakip reads it from.
_SKALA: Final = (
    "Permendagri 86/2017, Lampiran, as sakip reads it (sakip.skala.PERMENDAGRI_86_2017)"
)
# a summary cell's average of one range of one column: =AVERAGE(Y18:Y37), $ allowed
_RATA: Final = re.compile(
    r"=\s*AVERAGE\s*\(\s*\$?([A-Z]{1,3})\$?([0-9]{1,7})\s*:\s*\$?([A-Z]{1,3})\$?([0-9]{1,7})\s*\)\s*",
    re.IGNORECASE,
)


def _rata(rumus: str) -> tuple[int, int, int] | None:
    """The column and the first and last rows of ``=AVERAGE(Xa:Xb)`` over one column, or None
    for any other formula.

    Examples:
        >>> _rata("=AVERAGE(Y18:Y37)"), _rata("=average($Y$37:Y18)")
        ((25, 18, 37), (25, 18, 37))
        >>> _rata("=AVERAGE(Y18:Z37)") is None, _rata("=AVERAGE(Y18:Y37)/2") is None
        (True, True)
    """
    m = _RATA.fullmatch(rumus)
    if m is None or m.group(1).upper() != m.group(3).upper():
        return None
    a, b = int(m.group(2)), int(m.group(4))
    if min(a, b) < 1 or max(a, b) > BARIS_MAKS:
        return None
    return nomor_kolom(m.group(1).upper()), min(a, b), max(a, b)


#: The longest formula read (Excel's limit on a formula's contents, 8.192 characters) and
#: the most cells a mean may name (Excel's 255 arguments of a function): a longer one is
#: no shape sakip reads, and stays not audited.
MAKS_RUMUS: Final = 8_192
MAKS_SEL: Final = 255
# one cell of the formula's own sheet, $ allowed: its column letters and row
#: What each range formula of a summary row is, by the rule that holds its range to the
#: program's rows.
_RUMUS_RENTANG: Final[Mapping[str, str]] = MappingProxyType(
    {"rumus-rata": "an average", "rumus-jumlah": "a sum"}
)
_SATU: Final = r"\$?[A-Z]{1,3}\$?[0-9]{1,7}"
_SEL_RE: Final = re.compile(r"\$?([A-Z]{1,3})\$?([0-9]{1,7})", re.IGNORECASE)
# a mean of cells written as their sum over their count: =(Y47+Y40)/2
_RATA_JUMLAH: Final = re.compile(
    rf"=\s*\(\s*{_SATU}(?:\s*\+\s*{_SATU}){{1,{MAKS_SEL - 1}}}\s*\)\s*/\s*([0-9]{{1,3}})\s*",
    re.IGNORECASE,
)
# a mean of a list of cells: =AVERAGE(Y40,Y47)
_RATA_DAFTAR: Final = re.compile(
    rf"=\s*AVERAGE\s*\(\s*{_SATU}(?:\s*,\s*{_SATU}){{1,{MAKS_SEL - 1}}}\s*\)\s*",
    re.IGNORECASE,
)
# a sum of one range: =SUM(J18:J37)
_JUMLAH: Final = re.compile(rf"=\s*SUM\s*\(\s*({_SATU})\s*:\s*({_SATU})\s*\)\s*", re.IGNORECASE)
# a copy of one cell: =Y38 (or =+Y38)
# (each run of spaces has one place to go: a formula of spaces is read in linear time)
_SALINAN: Final = re.compile(rf"=\s*(?:\+\s*)?({_SATU})\s*", re.IGNORECASE)


def _sel(teks: str) -> tuple[int, int] | None:
    """The sheet column and row of a cell reference (``$`` allowed), or None past Excel's sheet.

    Examples:
        >>> _sel("$AC$40"), _sel("y0")
        ((29, 40), None)
    """
    m = _SEL_RE.fullmatch(teks)
    if m is None or not 1 <= int(m.group(2)) <= BARIS_MAKS:
        return None
    return nomor_kolom(m.group(1).upper()), int(m.group(2))


@attrs.frozen(kw_only=True)
class RataSel:
    """A mean of cells named one by one, parsed: ``=(Y47+Y40)/2`` or ``=AVERAGE(Y40,Y47)``.

    Attributes:
        sel: the cells named, as (sheet column, row), in the formula's order.
        bagi_jumlah: True for the sum over the count (Excel adds a blank as 0 and fails on
            text), False for ``AVERAGE`` (which skips blank and text cells).
    """

    sel: tuple[tuple[int, int], ...]
    bagi_jumlah: bool


def rata_sel(rumus: str) -> RataSel | None:
    """The cells of a mean of cells, or None for any other formula.

    Only two shapes are read: the sum of two or more cells of the formula's own sheet
    over their count (the count as written must be theirs: ``=(A+B)/3`` is no mean),
    and ``AVERAGE`` of two or more such cells; at most :data:`MAKS_SEL` cells and
    :data:`MAKS_RUMUS` characters. Nothing is evaluated.

    Examples:
        >>> rata_sel("=(Y47+Y40)/2")
        RataSel(sel=((25, 47), (25, 40)), bagi_jumlah=True)
        >>> rata_sel("=average($Y$40, Y47)").bagi_jumlah
        False
        >>> rata_sel("=(Y47+Y40)/3") is None, rata_sel("=((Y47+Y40))/2") is None
        (True, True)
        >>> rata_sel("=(Y47+Lain!Y40)/2") is None, rata_sel("=Y47/2") is None
        (True, True)
    """
    if len(rumus) > MAKS_RUMUS:
        return None
    m = _RATA_JUMLAH.fullmatch(rumus)
    daftar = _RATA_DAFTAR.fullmatch(rumus) if m is None else None
    if m is None and daftar is None:
        return None
    # the shape matched: its only tokens of letters then digits are its cells
    sel = [_sel(x.group(0)) for x in _SEL_RE.finditer(rumus)]
    if any(x is None for x in sel):
        return None
    if m is not None and int(m.group(1)) != len(sel):
        return None
    return RataSel(sel=tuple(x for x in sel if x is not None), bagi_jumlah=m is not None)


def jumlah(rumus: str) -> tuple[int, range] | None:
    """The column and the rows of ``=SUM(Xa:Xb)`` over one column, or None for any other
    formula.

    Examples:
        >>> jumlah("=SUM(J18:J37)"), jumlah("=sum($J$37:J18)")
        ((10, range(18, 38)), (10, range(18, 38)))
        >>> jumlah("=SUM(J18:K37)") is None, jumlah("=SUM(J18:J37)*2") is None
        (True, True)
    """
    m = _JUMLAH.fullmatch(rumus) if len(rumus) <= MAKS_RUMUS else None
    if m is None:
        return None
    a, b = _sel(m.group(1)), _sel(m.group(2))
    if a is None or b is None or a[0] != b[0]:
        return None
    return a[0], range(min(a[1], b[1]), max(a[1], b[1]) + 1)


def salinan(rumus: str) -> tuple[int, int] | None:
    """The cell a copy names (``=Y38``, ``=+Y38``), as (sheet column, row), or None for any
    other formula.

    Examples:
        >>> salinan("=AC38"), salinan("=+$H$38"), salinan("=AC38/2") is None
        ((29, 38), (8, 38), True)
    """
    m = _SALINAN.fullmatch(rumus) if len(rumus) <= MAKS_RUMUS else None
    return None if m is None else _sel(m.group(1))


# a ratio of two cells: =K38/H38*100, =(K38/H38)*100, =+K38/H38
_RASIO: Final = re.compile(
    rf"=\s*(?:\+\s*)?(?:\(\s*({_SATU})\s*/\s*({_SATU})\s*\)|({_SATU})\s*/\s*({_SATU}))"
    r"\s*(?:\*\s*(100)\s*)?",
    re.IGNORECASE,
)


@attrs.frozen(kw_only=True)
class Rasio:
    """A ratio of two cells, parsed: ``=K38/H38*100``, ``=(K38/H38)*100`` or ``=K38/H38``.

    Attributes:
        sel: the numerator's and the denominator's cells, as (sheet column, row).
        teks: the two references as written (``$M$38``).
        kali: 100 when the formula multiplies the quotient by 100, else 1.
    """

    sel: tuple[tuple[int, int], tuple[int, int]]
    teks: tuple[str, str]
    kali: int


def rasio(rumus: str) -> Rasio | None:
    """The cells of a ratio of two cells of the formula's own sheet, or None for any other
    formula (at most :data:`MAKS_RUMUS` characters; nothing is evaluated).

    Examples:
        >>> rasio("=O45/$M$38*100")
        Rasio(sel=((15, 45), (13, 38)), teks=('O45', '$M$38'), kali=100)
        >>> rasio("=(k38 / h38)*100").sel, rasio("=+AB38/J38").kali
        (((11, 38), (8, 38)), 1)
        >>> rasio("=K38/H38*10") is None, rasio("=K38/H38/H39") is None, rasio("=K38/0") is None
        (True, True, True)
    """
    m = _RASIO.fullmatch(rumus) if len(rumus) <= MAKS_RUMUS else None
    if m is None:
        return None
    a, b = (m.group(1), m.group(2)) if m.group(1) is not None else (m.group(3), m.group(4))
    sa, sb = _sel(a), _sel(b)
    if sa is None or sb is None:
        return None
    return Rasio(sel=(sa, sb), teks=(a, b), kali=100 if m.group(5) else 1)


def _berjangkar(teks: str) -> bool:
    """Whether a reference as written anchors its row (``$M$38``, ``M$38``), so that a copy
    of its formula to another row keeps naming that row.

    Examples:
        >>> _berjangkar("$M$38"), _berjangkar("$M38")
        (True, False)
    """
    return re.search(r"\$[0-9]", teks) is not None


def _rentang_atau_daftar(baris: Sequence[int]) -> str:
    """Rows (in order) as a finding names them: a span when they all follow each other,
    else each run of three or more as a span.

    Examples:
        >>> _rentang_atau_daftar([18, 19, 20]), _rentang_atau_daftar([18, 20]), _rentang_atau_daftar([])
        ('18-20', '18, 20', '(none)')
        >>> _rentang_atau_daftar([18, 36, 37]), _rentang_atau_daftar([38, 39, 40, 41, 45, 47, 48])
        ('18, 36, 37', '38-41, 45, 47, 48')
    """
    runtun = _runtun(baris)
    if len(runtun) > 1:  # runs of one or two rows listed row by row
        runtun = [r for s in runtun for r in ([s] if len(s) > 2 else [range(b, b + 1) for b in s])]
    return _teks_rentang_rentang(runtun)


def _runtun(baris: Sequence[int]) -> list[range]:
    """Rows in order as their runs of rows that follow each other."""
    hasil: list[range] = []
    for b in baris:
        if hasil and hasil[-1].stop == b:
            hasil[-1] = range(hasil[-1].start, b + 1)
        else:
            hasil.append(range(b, b + 1))
    return hasil


def _teks_rentang_rentang(rentang: Sequence[range]) -> str:
    """Spans of rows as a finding names them (``(none)`` for none).

    Examples:
        >>> _teks_rentang_rentang([range(38, 42), range(45, 1048577)])
        '38-41, 45-1048576'
    """
    return teks_daftar([]) if not rentang else ", ".join(teks_rentang(r) for r in rentang)


def _cakupan(kata: str, rentang: range, lanjutan: Sequence[int], lain: Sequence[range]) -> str:
    """What a summary formula's range of an Rp column takes, as a finding says it: the
    further indicators it counts again and the rows of it that are no data rows.

    Examples:
        >>> _cakupan("covers", range(18, 39), [19, 20, 21], [range(38, 39)])
        "the formula covers rows 18-38, counting again the Rp of rows 19-21 (further indicators: their Rp is the row's they continue), and rows 38, no data rows"
    """
    return (
        f"the formula {kata} rows {teks_rentang(rentang)}"
        + (
            f", counting again the Rp of rows {_rentang_atau_daftar(lanjutan)} "
            "(further indicators: their Rp is the row's they continue)"
            if lanjutan
            else ""
        )
        + (f", and rows {_teks_rentang_rentang(lain)}, no data rows" if lain else "")
    )


#: A check of one summary cell: (row, its label, column part, cell) -> audited or not.
Periksa = Callable[[BarisRingkasan, str, tuple[Kolom, Bagian], Isian], bool]


class Pencatat(Protocol):
    """Where the summary audit keeps its findings: the table audit's one record.

    Attributes:
        sudah: the cells (sheet row, sheet column) that already hold a finding.
    """

    sudah: set[tuple[int, int]]

    def simpan(self, kunci: tuple[int, int], sel: Sel | None, t: Temuan) -> None:
        """Keep a finding at its cell."""

    def catat(self, kunci: tuple[int, int], catatan: str) -> bool:
        """Add ``catatan`` to the keterangan of the finding at ``kunci``; False when none is there."""


class PeriksaRingkasan:
    """The audit of a table's summary rows, its findings kept by ``pencatat``.

    Args:
        tabel: the table.
        kolom_tabel: the form's column part read from each sheet column.
        no_baris: each data row's index in ``tabel.baris``, by its sheet row.
        pencatat: the record the findings go to (the table's audit).
        silsilah: the rows below each row (the table audit's; built when None).

    Examples:
        >>> from sakip import e81
        >>> from sakip.e81.pemeriksaan import periksa
        >>> h = periksa(e81.baca_xlsx(e81.CONTOH_DELI_SERDANG))
        >>> h.ringkasan_diperiksa, h.ringkasan_tidak
        ((), ())
    """

    def __init__(
        self,
        tabel: TabelE81,
        *,
        kolom_tabel: dict[int, tuple[Kolom, Bagian]],
        no_baris: dict[int, int],
        pencatat: Pencatat,
        silsilah: Silsilah | None = None,
    ) -> None:
        self.tabel = tabel
        self.silsilah = Silsilah(tabel) if silsilah is None else silsilah
        self.kolom_tabel = kolom_tabel
        self.no_baris = no_baris
        self.pencatat = pencatat
        self.baris_urut = tuple(sorted(no_baris))
        # the program rows' sheet rows, sorted: the program above a row is one search
        self.baris_program = tuple(
            sorted(
                sel.baris
                for b in tabel.baris
                if b.jenjang is Jenjang.PROGRAM and (sel := b.sel_nama) is not None
            )
        )
        # the summary rows by sheet row, and the summary cells audited
        self.per_ringkasan = {r.baris: r for r in tabel.ringkasan}
        self.baris_dikenal = tuple(sorted({*no_baris, *self.per_ringkasan}))
        self.dikenal = frozenset(self.baris_dikenal)
        # each program's summary rows, top to bottom: its block's formulas stand there
        blok: dict[int, list[int]] = {}
        for b in sorted(self.per_ringkasan):
            if (p := self.program_di_atas(b)) is not None:
                blok.setdefault(p, []).append(b)
        self.ringkasan_program = {p: tuple(b) for p, b in blok.items()}
        self.diperiksa: set[Sel] = set()
        # the predikat ladders by shape, each with its cells
        self.tangga_per_bentuk: dict[object, list[tuple[BarisRingkasan, Sel, Tangga]]] = {}
        self._rata_program: dict[int, dict[int, int]] = {}
        self._jenis: dict[tuple[int, int], str | None] = {}

    def sel_ringkasan(self) -> list[Sel]:
        """Every filled cell of the summary rows, top to bottom, left to right: its numbers
        and formulas, and its text (a typed label, placed by its column)."""
        kolom_sel = {kunci: c for c, kunci in self.kolom_tabel.items()}
        hasil: list[Sel] = []
        for r in self.tabel.ringkasan:
            sel = {isi.sel for isi in r.isian.values() if isi.sel is not None}
            sel |= {
                Sel(lembar=self.tabel.lembar, baris=r.baris, kolom=kolom_sel[k])
                for k in r.teks
                if k not in r.isian and k in kolom_sel
            }
            hasil += sorted(sel, key=lambda x: x.kolom)
        return hasil

    def isi_sel(self, baris: int, kolom: int) -> Isian | str | None:
        """What the table holds at a sheet cell: its :class:`Isian` (a blank one when empty),
        its text (a summary row's label), or None when the cell is outside the table's rows
        or form columns (its value is not known here)."""
        kunci = self.kolom_tabel.get(kolom)
        if kunci is None:
            return None
        if baris in self.no_baris:
            return self.tabel.baris[self.no_baris[baris]].isi(*kunci)
        r = self.per_ringkasan.get(baris)
        if r is None:
            return None
        return r.teks.get(kunci) or r.isian.get(kunci) or Isian()

    def data_dalam(self, rentang: range) -> list[int]:
        """The data rows of a range, in order: found among the table's rows, so a range
        reaching row 1048576 costs no more than the table."""
        u = self.baris_urut
        return list(u[bisect_left(u, rentang.start) : bisect_left(u, rentang.stop)])

    def bukan_data(self, rentang: range) -> list[range]:
        """The spans of a range that are no data row (summary rows, rows outside the
        table), without listing the range."""
        hasil: list[range] = []
        awal = rentang.start
        for b in self.data_dalam(rentang):
            if b > awal:
                hasil.append(range(awal, b))
            awal = b + 1
        if awal < rentang.stop:
            hasil.append(range(awal, rentang.stop))
        return hasil

    def program_di_atas(self, baris: int) -> int | None:
        """The sheet row of the nearest program row above sheet row ``baris``: a search of
        the program rows, sorted once (:attr:`baris_program`)."""
        i = bisect_left(self.baris_program, baris)
        return self.baris_program[i - 1] if i else None

    def baris_antara(self, atas: int, bawah: int) -> tuple[int, ...]:
        """The table's data rows strictly between sheet rows ``atas`` and ``bawah``, in order."""
        return self.baris_urut[
            bisect_left(self.baris_urut, atas + 1) : bisect_left(self.baris_urut, bawah)
        ]

    def jalankan(self) -> None:
        """Each summary cell of a shape sakip reads, by the check of its shape (the table
        :meth:`pemeriksa`); the predikat ladders then once per ladder shape
        (``tangga-predikat``). The other cells are left, listed as not audited."""
        label = ""
        pemeriksa = self.pemeriksa()
        for r in self.tabel.ringkasan:
            label = r.label or label  # a row of formulas belongs to the labelled one above
            for kunci, isi in sorted(r.isian.items(), key=lambda x: urutan_sel(x[1])):
                if isi.rumus is None or isi.sel is None:
                    continue
                if any(periksa(r, label, kunci, isi) for periksa in pemeriksa):
                    self.diperiksa.add(isi.sel)
        for sel_sel in self.tangga_per_bentuk.values():
            self.tangga_ringkasan(sel_sel)

    def pemeriksa(self) -> tuple[Periksa, ...]:
        """The checks of a summary cell, one per formula shape: each audits a cell of its
        shape and says True, or leaves any other and says False."""
        return (
            self.cek_tangga,
            self.cek_rata,
            self.cek_rata_sel,
            self.cek_jumlah,
            self.cek_salinan,
            self.cek_rasio,
        )

    def cek_tangga(
        self, r: BarisRingkasan, label: str, kunci: tuple[Kolom, Bagian], isi: Isian
    ) -> bool:
        """A predikat IF ladder rating a cell of its own program's block (``rujukan-program``)
        with the scale's predikat (``predikat``; its shape kept for ``tangga-predikat``)."""
        t = tangga(isi.rumus or "")
        if t is None or isi.sel is None:
            return False
        ditulis = _SEL_RE.search(isi.rumus or "")  # the first rung's cell, as written
        rujukan = ((t.kolom, t.baris), ditulis.group(0) if ditulis else t.rujukan)
        asing = self.asing(r, (rujukan,))
        if asing:
            self.rujukan_asing(r, label, kunci, isi, asing, tambahan="")
        self.predikat_ringkasan(r, label, kunci, isi.sel, t)
        self.tangga_per_bentuk.setdefault(t.bentuk(), []).append((r, isi.sel, t))
        return True

    def cek_rata(
        self, r: BarisRingkasan, label: str, kunci: tuple[Kolom, Bagian], isi: Isian
    ) -> bool:
        """An ``AVERAGE`` of one range of its own column (:meth:`rata_ringkasan`)."""
        rata = _rata(isi.rumus or "")
        if rata is None or isi.sel is None or rata[0] != isi.sel.kolom:
            return False
        self.rata_ringkasan(r, label, kunci, isi, range(rata[1], rata[2] + 1))
        return True

    def tambah_ringkasan(
        self,
        label: str,
        sel: Sel,
        kunci: tuple[Kolom, Bagian],
        *,
        aturan: str,
        tingkat: Tingkat,
        dicetak: str,
        dihitung: str,
        rumus: str,
        keterangan: str,
    ) -> None:
        """A finding at a summary cell (one per cell: a cell already reported keeps its own)."""
        if (sel.baris, sel.kolom) in self.pencatat.sudah:
            return
        self.pencatat.sudah.add((sel.baris, sel.kolom))
        letak = f"{sel} / ringkasan {label[:60]!r} / {nama_bagian(kunci)}"
        letak += sebutan_satuan(kunci, self.tabel.satuan_rupiah)
        self.pencatat.simpan(
            (sel.baris, sel.kolom),
            sel,
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

    def predikat_ringkasan(
        self, r: BarisRingkasan, label: str, kunci: tuple[Kolom, Bagian], sel: Sel, t: Tangga
    ) -> None:
        """A stored predikat against Permendagri 86/2017's predikat of the value its ladder
        rates (``predikat``): the value the cell means (a %-formatted 85% is 85). Where
        they differ, the finding says why from the ladder evaluated as Excel evaluates it,
        on the stored value (0,85): a ladder written for percentages that rates a cell
        storing fractions is said so. A rated cell holding text (a number stored as text
        too, which Excel ranks above every number) holds no number. Not compared: no label
        stored (a formula not calculated), or a rated cell outside the table, holding an
        Excel error or a formula without a stored value."""
        tersimpan = r.teks.get(kunci)
        dinilai = self.isi_sel(t.baris, t.kolom)
        if tersimpan is None or dinilai is None:
            return
        rumus = f"predikat of {t.rujukan} on {_SKALA}"
        if isinstance(dinilai, str) or dinilai.nilai is None or dinilai.berupa_teks:
            if isinstance(dinilai, Isian) and (dinilai.galat or dinilai.tak_tersimpan):
                return
            self.tambah_ringkasan(
                label,
                sel,
                kunci,
                aturan="predikat",
                tingkat=Tingkat.SEDANG,
                dicetak=tersimpan,
                dihitung="(none)",
                rumus=rumus,
                keterangan=(
                    f"{t.rujukan}, the cell the formula rates, holds no number (blank, or "
                    "text such as a space or a number stored as text), so the label follows "
                    "no figure: Excel compares "
                    "a blank as 0 and text above every number. Rate the cell that holds "
                    "the average"
                ),
            )
            return
        nilai = dinilai.nilai
        menurut_skala = PERMENDAGRI_86_2017.predikat(nilai)
        if sama_label(tersimpan, menurut_skala):
            return
        # Excel compares what the cell stores (0,85 for a %-formatted 85%)
        menurut_tangga = t.predikat(atau_nol(dinilai.tersimpan))
        sebab = _sebab_predikat(t, dinilai, tersimpan=tersimpan, menurut_tangga=menurut_tangga)
        self.tambah_ringkasan(
            label,
            sel,
            kunci,
            aturan="predikat",
            tingkat=Tingkat.TINGGI,
            dicetak=tersimpan,
            dihitung=menurut_skala,
            rumus=rumus,
            keterangan=f"{t.rujukan} holds {_teks_dinilai(dinilai)}; {sebab}",
        )

    def tangga_ringkasan(self, sel_sel: list[tuple[BarisRingkasan, Sel, Tangga]]) -> None:
        """One ``tangga-predikat`` finding per ladder shape whose bands differ from
        Permendagri 86/2017's: at the first of its cells no other check reported, or, when
        each was, a note on the first one's finding.

        One per shape, not one per cell: the bands are a property of the formula copied
        across the cells, not of a figure; each cell's own label is compared by
        ``predikat``, and a label the ladder gives in a band where the two differ says so.
        """
        _, pertama, t = sel_sel[0]
        beda = beda_skala(t, PERMENDAGRI_86_2017)
        if not beda:
            return
        celah = ", ".join(
            f"{tulis(m.dari)} to {tulis(m.sampai)}"
            for m in masalah_pita(PITA_PERMENDAGRI_86_2017_CETAK)
            if m.jenis == "celah"
        )
        semua = ", ".join(s.a1 for _, s, _ in sel_sel)
        keterangan = (
            "; ".join(map(str, beda))
            + f". The printed table leaves gaps ({celah}) that sakip reads into the lower "
            f"band (each band includes its lower bound). The same ladder stands in {semua}"
        )
        bebas = [(r, s) for r, s, _ in sel_sel if (s.baris, s.kolom) not in self.pencatat.sudah]
        if not bebas:
            self.pencatat.catat((pertama.baris, pertama.kolom), f"tangga-predikat: {keterangan}")
            return
        r, sel = bebas[0]
        label = next(
            (x.label for x in reversed(self.tabel.ringkasan) if x.baris <= r.baris and x.label),
            "",
        )
        kunci = self.kolom_tabel.get(sel.kolom, (Kolom.CAPAIAN_RENJA, Bagian.K))
        self.tambah_ringkasan(
            label,
            sel,
            kunci,
            aturan="tangga-predikat",
            tingkat=Tingkat.RENDAH,
            dicetak=str(t),
            dihitung="; ".join(map(str, PERMENDAGRI_86_2017.pita)),
            rumus=_SKALA,
            keterangan=keterangan,
        )

    def rata_ringkasan(
        self,
        r: BarisRingkasan,
        label: str,
        kunci: tuple[Kolom, Bagian],
        isi: Isian,
        rentang: range,
    ) -> None:
        """An ``AVERAGE`` over one range of its own column: over the rows of the program above
        it (``rumus-rata``), of numbers of one reading (``format-campur``), and equal to the
        mean of what it covers (``rata-rata``).

        The mean is of the numbers as the workbook stores them (:attr:`Isian.tersimpan`:
        a %-formatted 85% is 0,85), as Excel's AVERAGE takes them, exact (Fractions),
        then shown as the summary cell is read; blank and text cells are skipped, as
        Excel's AVERAGE skips them (Microsoft Support, "AVERAGE function": "text, logical
        values, or empty cells" in a reference are ignored; cells holding 0 are counted).
        No number: Excel's ``#DIV/0!``. Not compared: a range reaching rows outside the
        table, or a cell with an Excel error or without a stored value.
        """
        assert isi.sel is not None
        tersimpan = self.angka_rentang(r, label, kunci, isi, rentang, aturan="rumus-rata")
        if tersimpan is None:
            return
        nilai = tersimpan
        dilewati = len(rentang) - len(nilai)
        self.bandingkan(
            label,
            kunci,
            isi,
            aturan="rata-rata",
            harap=sum(nilai, Fraction(0)) / len(nilai) if nilai else None,
            nama="the mean of its range",
            rumus=f"rata-rata = jumlah / banyak of the {len(nilai)} numbers in rows "
            f"{teks_rentang(rentang)}",
            catatan=(
                ("no number in the range: Excel's AVERAGE fails" if not nilai else "")
                + (f" ({dilewati} blank or text cells skipped, as Excel does)" if dilewati else "")
            ),
        )

    def angka_rentang(
        self,
        r: BarisRingkasan,
        label: str,
        kunci: tuple[Kolom, Bagian],
        isi: Isian,
        rentang: range,
        *,
        aturan: str,
    ) -> list[Fraction] | None:
        """The stored numbers of the range of an ``AVERAGE`` or ``SUM`` summary cell, after
        checking that the range is the rows of the program above it (``aturan``; a ``SUM``
        of Rp: :meth:`rentang_rp`, an ``AVERAGE`` of Rp: :meth:`rentang_rata_rp`) and of one
        reading (``format-campur``); None where they are not compared: a range reaching rows
        outside the table, a cell without a stored value, or with an Excel error.
        """
        assert isi.sel is not None
        program = self.program_di_atas(r.baris)
        if program is not None and aturan == "rumus-jumlah" and kunci[1] is Bagian.RP:
            self.rentang_rp(label, kunci, isi, rentang, program)
        elif program is not None and kunci[1] is Bagian.RP:
            self.rentang_rata_rp(r, label, kunci, isi, rentang, program)
        elif program is not None:
            harap = list(self.baris_antara(program, r.baris))
            # compared without listing the range, which may reach row 1048576
            if len(harap) != len(rentang) or harap != list(rentang):
                self.tambah_atau_catat(
                    label,
                    isi,
                    kunci,
                    aturan=aturan,
                    dihitung="rows " + _rentang_atau_daftar(harap),
                    rumus=f"{_RUMUS_RENTANG[aturan]} of a program is over its rows, each once "
                    "(local practice, seen in the E.81 form of Bappeda Kabupaten Sukabumi 2018)",
                    keterangan=(
                        f"the formula covers rows {teks_rentang(rentang)}; the rows of the "
                        f"program at row {program}, between it and this summary row, are "
                        f"{_rentang_atau_daftar(harap)}"
                    ),
                )
        dikenal = self.baris_dikenal[
            bisect_left(self.baris_dikenal, rentang.start) : bisect_left(
                self.baris_dikenal, rentang.stop
            )
        ]
        if len(dikenal) != len(rentang) or isi.tak_tersimpan:
            return None  # rows outside the table: their values are not known here
        angka = self.angka(((isi.sel.kolom, b) for b in rentang), kosong_nol=False)
        if angka is None:
            return None
        self.campur(label, kunci, isi, angka)
        return [x.tersimpan for x in angka if x.tersimpan is not None]

    def rentang_rp(
        self, label: str, kunci: tuple[Kolom, Bagian], isi: Isian, rentang: range, program: int
    ) -> None:
        """A summary ``SUM`` of an Rp column against the rows the program's own Rp sum takes:
        each of its children's Rp once (``rumus-jumlah``), judged as ``rumus-induk`` judges
        the program's formula (:class:`~sakip.e81._banding.Silsilah`).

        A further indicator's Rp (``lanjutan``, a row that repeats its kegiatan's Rp) is
        its kegiatan's, so a range over it counts that Rp again; a row of the range that
        is no data row (a summary row, a row outside the table) is no child. Permendagri
        86/2017, Lampiran, form E.81: a program's pagu and realisasi are its kegiatan's;
        the summary row's sum is local practice, seen in the E.81 form of Bappeda
        Kabupaten Sukabumi 2018 (``=SUM(J18:J37)`` in row 38).
        """
        i_program = self.no_baris[program]
        dirujuk = {self.no_baris[b]: 1 for b in self.data_dalam(rentang)}
        lain = self.bukan_data(rentang)
        if not lain and self.silsilah.daun_dirujuk(dirujuk) == self.silsilah.daun(i_program):
            return
        baris = self.tabel.baris
        anak_baris = sorted(
            sel.baris for j in self.silsilah.anak[i_program] if (sel := baris[j].sel_nama)
        )
        lanjutan = sorted(
            sel.baris for j in dirujuk if baris[j].lanjutan and (sel := baris[j].sel_nama)
        )
        anak_rp = sum(
            (atau_nol(baris[j].angka(*kunci)) for j in self.silsilah.anak[i_program]),
            Fraction(0),
        )
        self.tambah_atau_catat(
            label,
            isi,
            kunci,
            aturan="rumus-jumlah",
            dihitung="rows " + _rentang_atau_daftar(anak_baris),
            rumus="a program's Rp is the sum of its children's, each once (Permendagri "
            "86/2017, Lampiran, form E.81; the summary row's sum: local practice, seen in "
            "the E.81 form of Bappeda Kabupaten Sukabumi 2018)",
            keterangan=(
                _cakupan("covers", rentang, lanjutan, lain)
                + f"; the children of the program at row {program} are "
                f"{_rentang_atau_daftar(anak_baris)}, whose Rp add up to {tulis(anak_rp)}"
            ),
        )

    def rentang_rata_rp(
        self,
        r: BarisRingkasan,
        label: str,
        kunci: tuple[Kolom, Bagian],
        isi: Isian,
        rentang: range,
        program: int,
    ) -> None:
        """A summary ``AVERAGE`` of an Rp column against what the program's Rp figure is
        (``rumus-rata``), by the rule its ``SUM`` is held to (:meth:`rentang_rp`).

        In a tingkat capaian Rp column (a percentage: columns 13 and 15) it is the mean of
        the capaian Rp of the program's children, each once
        (:class:`~sakip.e81._banding.Silsilah`): a further indicator (``lanjutan``) repeats
        its kegiatan's Rp, so its capaian Rp is its kegiatan's, and a range over it weighs
        that kegiatan again; judged by the rows named, as the sum is. In an Rp column of
        amounts (pagu, realisasi) the program's figure is the sum of its children's Rp,
        each once, never their mean: an average there is a finding whatever its range (its
        value is the program's Rp divided by the rows it counts, and the ratio row divides
        it by the program's pagu).

        Sumber:
            Permendagri 86/2017, Lampiran, form E.81: a program's pagu and realisasi are
            its kegiatan's. The summary row's formulas: local practice, seen in the E.81
            form of Bappeda Kabupaten Sukabumi 2018, whose row "Rata-rata capaian kinerja
            (%)" averages the capaian (``=AVERAGE(AD18:AD37)`` in AD38, over the further
            indicators 19-35 of kegiatan 18) and sums the Rp amounts (``=SUM(J18:J37)``
            ...), save ``=AVERAGE(L18:L37)`` in L38 and ``=AVERAGE(AB43:AB44)`` in AB45,
            whose ratio ``=AB45/J45*100`` in AB46 is then half the program's capaian.
        """
        baris = self.tabel.baris
        anak_i = self.silsilah.anak[self.no_baris[program]]
        anak_baris = sorted(sel.baris for j in anak_i if (sel := baris[j].sel_nama))
        data = self.data_dalam(rentang)
        lain = self.bukan_data(rentang)
        lanjutan = [b for b in data if baris[self.no_baris[b]].lanjutan]
        persen = kolom_persen(*kunci)
        if persen and not lain and data == anak_baris:
            return
        cakupan = _cakupan("averages", rentang, lanjutan, lain)
        anak_teks = _rentang_atau_daftar(anak_baris)
        if persen:
            angka = [x for j in anak_i if (x := baris[j].isi(*kunci).nilai) is not None]
            benar = sum(angka, Fraction(0)) / len(angka) if angka else None
            rata = (
                f"whose {nama_bagian(kunci)} average {tulis(benar)}"
                if benar is not None
                else "none of which holds a number"
            )
            # the formula's range is wrong; its figure, where it agrees with the children's
            # mean (the further indicators repeat their kegiatan's value), is not: low
            tepat = benar is not None and isi.nilai is not None and sama(isi.nilai, benar)
            self.tambah_atau_catat(
                label,
                isi,
                kunci,
                aturan="rumus-rata",
                dihitung="rows " + anak_teks,
                rumus="an average of a program's capaian Rp is over its children, each once "
                "(Permendagri 86/2017, Lampiran, form E.81: a program's Rp is its kegiatan's; "
                "the summary row's average: local practice, seen in the E.81 form of Bappeda "
                "Kabupaten Sukabumi 2018)",
                keterangan=f"{cakupan}; the children of the program at row {program} are "
                f"{anak_teks}, {rata} (the cell holds {teks_isi(isi)})"
                + (": the figure is right, the range is not" if tepat else ""),
                tingkat=Tingkat.RENDAH if tepat else None,
            )
            return
        jumlah_anak = sum((atau_nol(baris[j].angka(*kunci)) for j in anak_i), Fraction(0))
        saudara = [
            x.sel.a1
            for k, x in sorted(r.isian.items(), key=lambda x: urutan_sel(x[1]))
            if k[1] is Bagian.RP
            and not kolom_persen(*k)
            and x.sel is not None
            and (bentuk := jumlah(x.rumus or "")) is not None
            and bentuk[0] == x.sel.kolom
        ]
        self.tambah_atau_catat(
            label,
            isi,
            kunci,
            aturan="rumus-rata",
            dihitung=f"the sum of rows {anak_teks}, {tulis(jumlah_anak)}",
            rumus="a program's Rp is the sum of its children's, each once, not their mean "
            "(Permendagri 86/2017, Lampiran, form E.81; the summary row's figures: local "
            "practice, seen in the E.81 form of Bappeda Kabupaten Sukabumi 2018, which sums "
            "its Rp amounts)",
            keterangan=f"{cakupan}: a mean of Rp amounts is no figure of the program"
            + (f" (the row's other Rp amounts are sums: {', '.join(saudara)})" if saudara else "")
            + f"; the children of the program at row {program} are {anak_teks}, whose Rp "
            f"add up to {tulis(jumlah_anak)} (the cell holds {teks_isi(isi)})",
        )

    def cek_rata_sel(
        self, r: BarisRingkasan, label: str, kunci: tuple[Kolom, Bagian], isi: Isian
    ) -> bool:
        """A mean of cells named one by one (:func:`rata_sel`): one average of each program of
        its column, each once (``rumus-rata``), of numbers of one reading
        (``format-campur``), and equal to their mean (``rata-rata``).

        A program's averages are the summary cells of the column that average its rows
        (``=AVERAGE(Y18:Y37)``) or copy such a cell (``=AC38``); a program is left out
        when the column holds averages of it above this cell and the formula names none
        of them. Local practice, seen in the E.81 form of Bappeda Kabupaten Sukabumi 2018
        (row 48, "rata-rata capaian kinerja dan anggaran dari seluruh program",
        ``=(Y47+Y40)/2``); no regulation gives the formula. The mean is of the stored
        numbers (:meth:`rata_ringkasan`): the sum over the count adds a blank as 0 and a
        number stored as text as its number, as Excel's ``+`` does (other text, which
        Excel's ``+`` fails on, leaves the value not compared), ``AVERAGE`` skips blank and
        text cells (:meth:`angka`).
        """
        bentuk = rata_sel(isi.rumus or "")
        if bentuk is None or isi.sel is None:
            return False
        self.rujukan_rata(r, label, kunci, isi, bentuk)
        angka = self.angka(bentuk.sel, kosong_nol=bentuk.bagi_jumlah)
        if angka is None or isi.tak_tersimpan:
            return True
        self.campur(label, kunci, isi, angka)
        nilai = [x.tersimpan for x in angka if x.tersimpan is not None]
        banyak = len(bentuk.sel) if bentuk.bagi_jumlah else len(nilai)
        self.bandingkan(
            label,
            kunci,
            isi,
            aturan="rata-rata",
            harap=sum(nilai, Fraction(0)) / banyak if banyak else None,
            nama="the mean of the cells it names",
            rumus=f"rata-rata = jumlah / banyak of {banyak} cells "
            f"({', '.join(huruf_kolom(k) + str(b) for k, b in bentuk.sel)})",
            catatan="" if nilai else "no number in the cells: Excel's AVERAGE fails",
        )
        return True

    def rujukan_rata(
        self,
        r: BarisRingkasan,
        label: str,
        kunci: tuple[Kolom, Bagian],
        isi: Isian,
        bentuk: RataSel,
    ) -> None:
        """The cells a mean of cells names, against one average of each program of its
        column, each once (``rumus-rata``); see :meth:`cek_rata_sel`."""
        assert isi.sel is not None
        kolom = isi.sel.kolom
        rata = {b: p for b, p in self.rata_program(kolom).items() if b < r.baris}
        masalah: list[str] = []
        dinamai: dict[int, list[str]] = {}
        for k, b in bentuk.sel:
            nama = f"{huruf_kolom(k)}{b}"
            if k == kolom and b in rata:
                dinamai.setdefault(rata[b], []).append(nama)
            else:
                masalah.append(f"{nama} is {self.apa_sel(b, k, kolom)}, no program's average")
        for program, nama_sel in sorted(dinamai.items()):
            if len(nama_sel) > 1:
                masalah.append(
                    f"the program at row {program} is counted {len(nama_sel)} times "
                    f"({', '.join(nama_sel)})"
                )
        per_program: dict[int, list[str]] = {}
        for b, p in sorted(rata.items()):
            per_program.setdefault(p, []).append(f"{huruf_kolom(kolom)}{b}")
        for program, nama_sel in sorted(per_program.items()):
            if program not in dinamai:
                masalah.append(
                    f"the program at row {program} is left out (its averages: "
                    f"{', '.join(nama_sel)})"
                )
        if not masalah:
            return
        harap = "; ".join(
            f"one of {', '.join(n)} (program at row {p})" for p, n in sorted(per_program.items())
        )
        self.tambah_atau_catat(
            label,
            isi,
            kunci,
            aturan="rumus-rata",
            dihitung=harap or "(no program's average in the column)",
            rumus="an average of all programs is the mean of each program's average, each once "
            "(local practice, seen in the E.81 form of Bappeda Kabupaten Sukabumi 2018)",
            keterangan="; ".join(masalah),
        )

    def cek_jumlah(
        self, r: BarisRingkasan, label: str, kunci: tuple[Kolom, Bagian], isi: Isian
    ) -> bool:
        """A ``SUM`` of one range of its own column: over the rows the program above it
        sums (``rumus-jumlah``: in an Rp column each child's Rp once, :meth:`rentang_rp`;
        in a K or % column every row between the program and this row, each indicator
        carrying its own figure), of numbers of one reading (``format-campur``), and equal
        to the sum of the stored numbers it covers (``jumlah-ringkasan``).

        Blank and text cells (a number stored as text too) are skipped, as Excel's SUM skips them (Microsoft Support,
        "SUM function"); nothing to add is 0. Local practice, seen in the E.81 form of
        Bappeda Kabupaten Sukabumi 2018 (``=SUM(J18:J37)`` in the average row 38). Not
        compared: a range reaching rows outside the table, a cell with an Excel error or
        without a stored value.
        """
        bentuk = jumlah(isi.rumus or "")
        if bentuk is None or isi.sel is None or bentuk[0] != isi.sel.kolom:
            return False
        rentang = bentuk[1]
        nilai = self.angka_rentang(r, label, kunci, isi, rentang, aturan="rumus-jumlah")
        if nilai is None:
            return True
        self.bandingkan(
            label,
            kunci,
            isi,
            aturan="jumlah-ringkasan",
            harap=sum(nilai, Fraction(0)),
            nama="the sum of its range",
            rumus=f"jumlah of the {len(nilai)} numbers in rows {teks_rentang(rentang)}",
            catatan="",
        )
        return True

    def cek_salinan(
        self, r: BarisRingkasan, label: str, kunci: tuple[Kolom, Bagian], isi: Isian
    ) -> bool:
        """A copy of a cell of its own column (``=AC38``): of a summary cell of the same
        program, and holding the copied cell's stored value (``salinan``).

        A blank copied is 0, as Excel shows it. Local practice, seen in the E.81 form of
        Bappeda Kabupaten Sukabumi 2018 (``=AC38`` in AC40, ``=O46`` in O47). Not
        compared: a cell outside the table, holding text, an Excel error or a formula
        without a stored value.
        """
        bentuk = salinan(isi.rumus or "")
        if bentuk is None or isi.sel is None or bentuk[0] != isi.sel.kolom:
            return False
        kolom, baris = bentuk
        nama = f"{huruf_kolom(kolom)}{baris}"
        program = self.program_di_atas(r.baris)
        if baris not in self.per_ringkasan or self.program_di_atas(baris) != program:
            self.tambah_atau_catat(
                label,
                isi,
                kunci,
                aturan="salinan",
                dihitung="a summary cell of the program"
                + (f" at row {program}" if program is not None else ""),
                rumus="a summary row copies its own program's summary figures (local "
                "practice, seen in the E.81 form of Bappeda Kabupaten Sukabumi 2018)",
                keterangan=f"{nama} is {self.apa_sel(baris, kolom, kolom)}",
            )
        angka = self.angka([bentuk], kosong_nol=True)
        if angka is None or isi.tak_tersimpan or isinstance(self.isi_sel(baris, kolom), str):
            return True
        self.bandingkan(
            label,
            kunci,
            isi,
            aturan="salinan",
            harap=atau_nol(angka[0].tersimpan),
            nama=f"the value of {nama}",
            rumus=f"a copy of {nama}",
            catatan="",
        )
        return True

    def cek_rasio(
        self, r: BarisRingkasan, label: str, kunci: tuple[Kolom, Bagian], isi: Isian
    ) -> bool:
        """A ratio of two cells (:func:`rasio`, ``=M38/H38*100``): naming cells of its own
        program's block (``rujukan-program``, :meth:`rujukan_asing`), and, when it divides
        two summary figures of one kind (two averages, or two sums, of the program's rows,
        or copies of them: :meth:`jenis_ringkasan`), holding their quotient
        (``rasio-ringkasan``). Audited only then: a ratio of unlike figures (a sum over an
        average, ``=K38/H38*100`` where K38 sums and H38 averages; a ratio of ratios) is
        no figure sakip can recompute soundly, and stays not audited unless it names
        another program's block.

        Excel's ``/`` takes a blank as 0 and a number stored as text as its number, and
        gives ``#DIV/0!`` over 0; the quotient is of the stored values. Local practice,
        seen in the E.81 form of Bappeda Kabupaten Sukabumi 2018 (rows 39 and 46,
        ``=M38/H38*100``); no regulation gives the formula. Not compared: a cell outside
        the table, holding other text, an Excel error or a formula without a stored value.
        """
        bentuk = rasio(isi.rumus or "")
        if bentuk is None or isi.sel is None:
            return False
        asing = self.asing(r, tuple(zip(bentuk.sel, bentuk.teks, strict=True)))
        if asing:
            ganti = {sel: (sel[0], padanan) for sel, _, _, padanan in asing if padanan}
            tambahan = ""
            if len(ganti) == len(asing):
                sendiri = tuple(ganti.get(x, x) for x in bentuk.sel)
                harap = self.hasil_rasio((sendiri[0], sendiri[1]), bentuk.kali, isi)
                nama = ", ".join(f"{huruf_kolom(k)}{b}" for k, b in ganti.values())
                if harap is not None:
                    tambahan = f"; with {nama} the ratio is {harap}, where the cell holds " + (
                        teks_isi(isi)
                    )
            self.rujukan_asing(r, label, kunci, isi, asing, tambahan=tambahan)
        jenis = {self.jenis_ringkasan(*x) for x in bentuk.sel}
        if len(jenis) != 1 or None in jenis:
            return bool(asing)
        a, b = (f"{huruf_kolom(k)}{x}" for k, x in bentuk.sel)
        angka = self.angka(bentuk.sel, kosong_nol=True)
        if angka is None or isi.tak_tersimpan:
            return True
        pembilang, penyebut = (atau_nol(x.tersimpan) for x in angka)
        self.bandingkan(
            label,
            kunci,
            isi,
            aturan="rasio-ringkasan",
            harap=pembilang / penyebut * bentuk.kali if penyebut else None,
            nama=f"the ratio of {a} and {b}",
            rumus=f"{a} / {b}" + (" x 100" if bentuk.kali == 100 else "") + " (Excel's / on "
            "stored values; the ratio row: local practice, seen in the E.81 form of Bappeda "
            "Kabupaten Sukabumi 2018)",
            catatan="" if penyebut else f"{b} is 0: Excel's / fails",
        )
        return True

    def hasil_rasio(
        self, sel: tuple[tuple[int, int], tuple[int, int]], kali: int, isi: Isian
    ) -> str | None:
        """What a ratio of the cells ``sel`` gives, as the cell ``isi`` would show it
        (``#DIV/0!`` over 0); None when a cell's value is not known here."""
        angka = self.angka(sel, kosong_nol=True)
        if angka is None:
            return None
        pembilang, penyebut = (atau_nol(x.tersimpan) for x in angka)
        if not penyebut:
            return "#DIV/0!"
        hasil = pembilang / penyebut * kali
        return tulis(hasil * 100 if isi.kali_seratus else hasil)

    def jenis_ringkasan(self, kolom: int, baris: int) -> str | None:
        """What a summary cell is, by the rule that holds its range (``rumus-rata``: an
        average of its column over the program's rows, ``rumus-jumlah``: a sum), a copy
        followed to the cell it copies; None for any other cell or formula. Memoised along
        the chain of copies, so each summary cell's formula is read once."""
        kunci = self.kolom_tabel.get(kolom)
        rantai: list[int] = []
        hasil: str | None = None
        while (kolom, baris) not in self._jenis and baris not in rantai:
            rantai.append(baris)
            r = self.per_ringkasan.get(baris)
            isi = r.isian.get(kunci) if r is not None and kunci is not None else None
            rumus = isi.rumus if isi is not None else None
            if rumus is None:
                break
            hasil = next(
                (
                    aturan
                    for aturan, bentuk in (
                        ("rumus-rata", _rata(rumus)),
                        ("rumus-jumlah", jumlah(rumus)),
                    )
                    if bentuk is not None and bentuk[0] == kolom
                ),
                None,
            )
            asal = salinan(rumus)
            if hasil is not None or asal is None or asal[0] != kolom:
                break
            baris = asal[1]  # a copy: what it copies (a chain that loops ends as None)
        else:
            hasil = self._jenis.get((kolom, baris))
        for b in rantai:
            self._jenis[(kolom, b)] = hasil
        return hasil

    def pemilik(self, baris: int) -> int | None:
        """The program row whose block holds sheet row ``baris`` (the program row itself, its
        data rows and the summary rows below it up to the next program); None for a row
        outside the table or above its first program."""
        if baris not in self.dikenal:
            return None
        return baris if baris in self.baris_program else self.program_di_atas(baris)

    def padanan(self, baris: int, pemilik: int, sendiri: int) -> int | None:
        """The row of program ``sendiri``'s block in the place sheet row ``baris`` holds in
        program ``pemilik``'s block (the same summary row of the block, or the row as far
        below the program row); None when the block has no such row."""
        if baris in self.per_ringkasan:
            lain = self.ringkasan_program.get(pemilik, ())
            milik = self.ringkasan_program.get(sendiri, ())
            i = lain.index(baris)
            return milik[i] if i < len(milik) else None
        calon = sendiri + (baris - pemilik)
        return calon if calon in self.no_baris and self.pemilik(calon) == sendiri else None

    def nama_padanan(self, kolom: int, baris: int) -> str:
        """A cell a finding proposes instead, with its formula (or what it is)."""
        x = self.isi_sel(baris, kolom)
        nama = f"{huruf_kolom(kolom)}{baris}"
        if isinstance(x, Isian) and x.rumus is not None:
            return f"{nama} ({x.rumus})"
        return f"{nama}, {self.apa_sel(baris, kolom, kolom)}"

    def asing(
        self, r: BarisRingkasan, rujukan: Sequence[tuple[tuple[int, int], str]]
    ) -> list[tuple[tuple[int, int], str, int, int | None]]:
        """The cells (sheet column, row; as written) of a formula in summary row ``r`` that
        stand in another program's block: each with that program's row and the row of
        ``r``'s block in its place (:meth:`padanan`)."""
        sendiri = self.program_di_atas(r.baris)
        if sendiri is None:
            return []
        hasil: list[tuple[tuple[int, int], str, int, int | None]] = []
        for sel, teks in rujukan:
            pemilik = self.pemilik(sel[1])
            if pemilik is not None and pemilik != sendiri:
                hasil.append((sel, teks, pemilik, self.padanan(sel[1], pemilik, sendiri)))
        return hasil

    def rujukan_asing(
        self,
        r: BarisRingkasan,
        label: str,
        kunci: tuple[Kolom, Bagian],
        isi: Isian,
        asing: Sequence[tuple[tuple[int, int], str, int, int | None]],
        *,
        tambahan: str,
    ) -> None:
        """A finding (``rujukan-program``) at a summary formula of one program's block that
        names cells of another program's block (:meth:`asing`), where the same formula
        within its own block names its own: each named cell, what it is, and the cell in its
        place in this block; ``tambahan`` what the formula gives with those.

        Each program's summary rows repeat one block of formulas over its own rows; a
        reference whose row is anchored (``$M$38``) keeps naming the first block when the
        formula is copied down to the next, so the second program's figure is computed
        from the first's. Local practice, seen in the E.81 form of Bappeda Kabupaten
        Sukabumi 2018 (``=O45/$M$38*100`` in O46, where row 39 holds ``=O38/$M$38*100``);
        no regulation gives the formulas.
        """
        sendiri = self.program_di_atas(r.baris)
        sebab: list[str] = []
        harap: list[str] = []
        for (kolom, baris), teks, pemilik, padanan in asing:
            apa = self.apa_sel(baris, kolom, kolom)
            if baris not in self.per_ringkasan:
                apa += f" under the program at row {pemilik}"
            sebab.append(
                f"{teks} is {apa}"
                + (
                    ", its row anchored ($), so copying the formula down from that "
                    "program's block kept it there"
                    if _berjangkar(teks)
                    else ""
                )
                + (
                    f"; in its place this block has {self.nama_padanan(kolom, padanan)}"
                    if padanan is not None
                    else "; this block has no cell in its place"
                )
            )
            harap.append(f"{huruf_kolom(kolom)}{padanan}" if padanan is not None else "(none)")
        self.tambah_atau_catat(
            label,
            isi,
            kunci,
            aturan="rujukan-program",
            dihitung=f"{', '.join(harap)} (the block of the program at row {sendiri})",
            rumus="a program's summary formulas take its own block's cells (local practice, "
            "seen in the E.81 form of Bappeda Kabupaten Sukabumi 2018: each program's "
            "summary rows repeat one block of formulas)",
            keterangan="; ".join(sebab) + tambahan,
        )

    # -- what the checks share --------------------------------------------------------
    def angka(self, sel: Iterable[tuple[int, int]], *, kosong_nol: bool) -> list[Isian] | None:
        """The cells at (sheet column, row) ``sel`` that a formula computes with; None when
        one of them is outside the table, holds an Excel error or a formula without a
        stored value (its value is not known), or the formula fails.

        A range function (``AVERAGE``, ``SUM``; not ``kosong_nol``) takes the numbers
        and skips blank and text cells, a number stored as text (``"50"``) too
        (Microsoft Support, "AVERAGE function", "SUM function"). Excel's ``+`` and a
        copy (``kosong_nol``) take a blank as 0 and a number stored as text as its
        number (Excel converts text that reads as a number in arithmetic; sakip reads
        it by its one rule, :func:`sakip.angka.baca`), and fail on other text.
        """
        hasil: list[Isian] = []
        for kolom, baris in sel:
            x = self.isi_sel(baris, kolom)
            if x is None or (isinstance(x, Isian) and (x.galat is not None or x.tak_tersimpan)):
                return None
            if isinstance(x, str) or x.berupa_teks:
                if not kosong_nol:
                    continue  # AVERAGE and SUM skip text
                if isinstance(x, str) or x.nilai is None:
                    return None  # + fails on text that is no number
            if x.nilai is not None or kosong_nol:
                hasil.append(x)
        return hasil

    def campur(
        self, label: str, kunci: tuple[Kolom, Bagian], isi: Isian, angka: Sequence[Isian]
    ) -> None:
        """A finding (``format-campur``) when the numbers a formula computes with mix
        percentages stored as fractions (85% stored as 0,85) with numbers stored as shown
        (85), each read by sakip's one rule (:attr:`Isian.kali_seratus`); 0 is either.

        Excel's AVERAGE and SUM work on what is stored, so such a figure adds 0,85 to 85:
        an error of the workbook, whatever its value. Local practice: no regulation
        fixes a cell's format; Excel's functions compute with stored values.
        """
        pecahan = [x for x in angka if x.nilai and x.kali_seratus]
        utuh = [x for x in angka if x.nilai and not x.kali_seratus]
        if not pecahan or not utuh:
            return
        contoh = "; ".join(
            f"{x.sel.a1 if x.sel else '?'} stored {tulis(x.tersimpan or Fraction(0))}"
            f" (shown {tulis(x.nilai or Fraction(0))}{'%' if x.kali_seratus else ''})"
            for x in (*pecahan[:2], *utuh[:2])
        )
        self.tambah_atau_catat(
            label,
            isi,
            kunci,
            aturan="format-campur",
            dihitung="numbers of one reading",
            rumus="Excel's AVERAGE and SUM compute with stored values (Microsoft Support, "
            '"AVERAGE function", "SUM function"); a % format stores 85% as 0,85',
            keterangan=(
                f"{len(pecahan)} of the numbers are percentages stored as fractions and "
                f"{len(utuh)} are stored as shown ({contoh}), so Excel adds fractions to "
                "whole percentages; the figure was compared in stored values, as Excel "
                "computes it. Give the cells one number format and one scale"
            ),
        )

    def bandingkan(
        self,
        label: str,
        kunci: tuple[Kolom, Bagian],
        isi: Isian,
        *,
        aturan: str,
        harap: Fraction | None,
        nama: str,
        rumus: str,
        catatan: str,
    ) -> None:
        """A summary cell's stored value against ``harap``, computed in stored values (None:
        Excel's ``#DIV/0!``) and shown as the cell is read (times 100 for a %-formatted
        cell): a finding (``aturan``), or a note on the cell's finding."""
        if harap is None:
            if isi.galat == "#DIV/0!":
                return
            dihitung, cocok = "#DIV/0!", False
        else:
            dibaca = harap * 100 if isi.kali_seratus else harap
            dihitung = tulis(dibaca)
            cocok = isi.galat is None and sama(atau_nol(isi.nilai), dibaca)
        if cocok:
            return
        beda = (
            teks_selisih(atau_nol(isi.nilai), dibaca)
            if harap is not None and isi.galat is None
            else ""
        )
        assert isi.sel is not None
        if (isi.sel.baris, isi.sel.kolom) in self.pencatat.sudah:
            self.pencatat.catat(
                (isi.sel.baris, isi.sel.kolom),
                f"{aturan}: {teks_isi(isi)} stored, {dihitung} {nama}",
            )
            return
        self.tambah_ringkasan(
            label,
            isi.sel,
            kunci,
            aturan=aturan,
            tingkat=_tingkat(kunci),
            dicetak=teks_isi(isi),
            dihitung=dihitung,
            rumus=rumus,
            keterangan=f"{isi.rumus or ''}; {beda}{catatan}",
        )

    def tambah_atau_catat(
        self,
        label: str,
        isi: Isian,
        kunci: tuple[Kolom, Bagian],
        *,
        aturan: str,
        dihitung: str,
        rumus: str,
        keterangan: str,
        tingkat: Tingkat | None = None,
    ) -> None:
        """A finding at a summary cell about its formula (``dicetak`` the formula), or, when
        the cell already holds one, ``keterangan`` added to it: one finding per cell.
        ``tingkat``: the severity, when not the column's (:func:`_tingkat`)."""
        assert isi.sel is not None
        if (isi.sel.baris, isi.sel.kolom) in self.pencatat.sudah:
            self.pencatat.catat((isi.sel.baris, isi.sel.kolom), f"{aturan}: {keterangan}")
            return
        self.tambah_ringkasan(
            label,
            isi.sel,
            kunci,
            aturan=aturan,
            tingkat=_tingkat(kunci) if tingkat is None else tingkat,
            dicetak=isi.rumus or "",
            dihitung=dihitung,
            rumus=rumus,
            keterangan=keterangan,
        )

    def rata_program(self, kolom: int) -> dict[int, int]:
        """The program averages of a sheet column: for each summary row whose cell there
        averages its program's rows (``=AVERAGE(Y18:Y37)``) or copies such a cell of the
        column (``=AC38``), the program row above it; memoised."""
        if kolom not in self._rata_program:
            rata: dict[int, int] = {}
            for cari_salinan in (False, True):
                for r in self.tabel.ringkasan:
                    isi = next(
                        (
                            x
                            for x in r.isian.values()
                            if x.sel is not None and x.sel.kolom == kolom
                        ),
                        None,
                    )
                    program = self.program_di_atas(r.baris)
                    if isi is None or isi.rumus is None or program is None:
                        continue
                    if cari_salinan:
                        asal = salinan(isi.rumus)
                        ok = asal is not None and asal[0] == kolom and asal[1] in rata
                    else:
                        bentuk = _rata(isi.rumus)
                        ok = bentuk is not None and bentuk[0] == kolom
                    if ok:
                        rata[r.baris] = program
            self._rata_program[kolom] = rata
        return self._rata_program[kolom]

    def apa_sel(self, baris: int, kolom: int, kolom_sendiri: int) -> str:
        """What a named cell is, as a finding says it (another column, a data row's figure,
        a summary cell, a blank or text, a cell outside the table)."""
        if kolom != kolom_sendiri:
            return "in another column"
        if baris in self.no_baris:
            b = self.tabel.baris[self.no_baris[baris]]
            nama = (b.nama or b.indikator or "jumlah")[:60]
            return f"a data row's figure ({b.jenjang.label} {nama!r})"
        x = self.isi_sel(baris, kolom)
        if x is None:
            return "outside the table"
        if isinstance(x, str):
            return f"text ({x[:30]!r})"
        if x.nilai is None and x.rumus is None:
            return "blank"
        program = self.program_di_atas(baris)
        milik = f" of the program at row {program}" if program is not None else ""
        return f"a summary cell{milik} ({x.rumus or 'a typed number'})"


def _teks_dinilai(isi: Isian) -> str:
    """A rated cell's number as a predikat finding says it: the percentage a %-formatted
    cell means, with what it stores.

    Examples:
        >>> _teks_dinilai(Isian(nilai=Fraction(100), kali_seratus=True)), _teks_dinilai(Isian(nilai=Fraction(75)))
        ('100% (stored 1, % format)', '75')
    """
    if isi.kali_seratus:
        return f"{tulis(atau_nol(isi.nilai))}% (stored {tulis(atau_nol(isi.tersimpan))}, % format)"
    return tulis(atau_nol(isi.nilai))


def _sebab_predikat(t: Tangga, dinilai: Isian, *, tersimpan: str, menurut_tangga: str) -> str:
    """Why a stored predikat differs from the scale's: the ladder's bands, the ladder
    comparing a %-formatted cell's stored fraction with bounds written for percentages,
    or a label that does not follow its formula. ``menurut_tangga`` is the ladder's label
    of the stored value, as Excel evaluates it.

    Examples:
        >>> t = tangga('=IF(Y48<=50,"Sangat Rendah","Sangat Tinggi")')
        >>> _sebab_predikat(t, Isian(nilai=Fraction(100), kali_seratus=True),
        ...                 tersimpan="Sangat Rendah", menurut_tangga="Sangat Rendah")[:58]
        'the formula compares the stored 1 with its bounds (x <= 50'
        >>> _sebab_predikat(t, Isian(nilai=Fraction(100)), tersimpan="Sedang",
        ...                 menurut_tangga="Sangat Tinggi")[:44]
        "the formula itself gives 'Sangat Tinggi': th"
    """
    if not sama_label(tersimpan, menurut_tangga):
        return (
            f"the formula itself gives {menurut_tangga!r}: the stored label does not "
            "follow its formula (typed over, or not recalculated)"
        )
    if dinilai.kali_seratus and not sama_label(
        menurut_tangga, t.predikat(atau_nol(dinilai.nilai))
    ):
        return (
            f"the formula compares the stored {tulis(atau_nol(dinilai.tersimpan))} with its "
            f"bounds ({t.anak[0]}, ...), as Excel does, and gives {menurut_tangga!r}: a "
            "ladder written for percentages rates a cell that stores fractions (its % "
            f"format shows {tulis(atau_nol(dinilai.nilai))}%). Rate the percentage "
            f"({t.rujukan}*100) or write the bounds as fractions"
        )
    return (
        f"the formula's ladder gives {menurut_tangga!r} at this value, where its "
        "bands differ from the scale's (see tangga-predikat)"
    )


def _tingkat(kunci: tuple[Kolom, Bagian]) -> Tingkat:
    """A summary finding's severity: high on a Rupiah amount, as the angka findings on Rp."""
    return Tingkat.TINGGI if kunci[1] is Bagian.RP else Tingkat.SEDANG
