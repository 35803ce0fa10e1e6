"""Build the rows of an E.81 table from a recognised sheet (shared by the readers).

Each cell is parsed once, here, into an :class:`~sakip.e81.model.Isian`:
numbers exactly (a float by its shortest repr, text by
:func:`sakip.angka.baca`'s rule), Excel error values kept as such, anything
else refused naming the sheet and cell. The hierarchy is read from the codes
(Permendagri 90/2019 nomenclature: 1, 2, 3, 5 and 6 segments) when every named
row carries one, each once; else (a form numbered before 2019) from the
indentation of the names, their fill colour, their weight (bold), or the
parents' Rp total formulas, heading rows above program; summary rows inside
the table (averages, a predikat) are kept apart, not audited.

A percentage column's numbers are read by the % format most of its numbers
other than 0 show (:class:`FormatKolom`; a 0 reads the same either way, so it
does not vote); a number whose reading that choice decides, one without the %
format in a column that is not plainly without it, is kept as an
:class:`IsianTanpaPersen`, so the audit can say how it was read and why.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from decimal import Decimal
from fractions import Fraction
from types import MappingProxyType
from typing import Final, Literal

import attrs

from sakip._eksak import _BATAS, MAKS_DIGIT_PECAHAN, bulatkan_pecahan, ke_pecahan
from sakip._validasi import jenis
from sakip.angka import baca
from sakip.e81.layout import Lembar, SelMentah, TataLetak
from sakip.e81.model import (
    KOLOM_TRIWULAN,
    Bagian,
    Baris,
    BarisRingkasan,
    Isian,
    IsianTeks,
    Jenjang,
    Kolom,
    TabelE81,
    huruf_kolom,
    kolom_persen,
)
from sakip.e81.penghitungan import konsolidasi_disimpulkan
from sakip.errors import SakipError
from sakip.triwulan import Konsolidasi

#: Values Excel stores in a cell whose formula failed.
GALAT_EXCEL: Final = frozenset(
    {"#DIV/0!", "#REF!", "#N/A", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"}
)

#: Segments of a code and the level they name (Permendagri 90/2019, as
#: updated by Kepmendagri 050-5889/2021: urusan X, bidang X.XX, program
#: X.XX.XX, kegiatan X.XX.XX.X.XX, sub kegiatan X.XX.XX.X.XX.XXXX).
JENJANG_KODE: Final = MappingProxyType(
    {
        1: Jenjang.URUSAN,
        2: Jenjang.BIDANG,
        3: Jenjang.PROGRAM,
        5: Jenjang.KEGIATAN,
        6: Jenjang.SUB_KEGIATAN,
    }
)

_URUTAN: Final = (
    Jenjang.URUSAN,
    Jenjang.BIDANG,
    Jenjang.PROGRAM,
    Jenjang.KEGIATAN,
    Jenjang.SUB_KEGIATAN,
)


_ANGKA_KOSONG: Final = frozenset({"", "-"})


def isian(
    lembar: Lembar,
    r: int,
    c: int,
    *,
    pecahan: bool = False,
    pemisah_desimal: Literal[",", "."] | None = None,
) -> Isian:
    """Parse one numeric cell.

    ``pecahan``: the cell holds a percentage as a fraction (Excel shows 0.5 as
    50%), so its number is read times 100.
    """
    m = lembar.mentah(r, c)
    v = m.nilai
    sel = lembar.sel_ref(r, c)
    nilai: Fraction | None
    kali_seratus = False
    if isinstance(v, str) and v.strip() in GALAT_EXCEL:
        return Isian(nilai=None, rumus=m.rumus, galat=v.strip(), sel=sel)
    if v is None or (isinstance(v, str) and v.strip() in _ANGKA_KOSONG):
        nilai = None
    elif isinstance(v, (bool, dt.date, dt.time, dt.timedelta)):
        raise lembar.galat(r, c, "must hold a number", v)
    elif isinstance(v, (int, float, Decimal, Fraction)):
        if type(v) is int and -_BATAS < v < _BATAS:
            nilai = Fraction(v)  # the common case (Rupiah), exact as it is
        elif m.rumus is not None and type(v) is float and math.isfinite(v) and abs(v) < _BATAS:
            nilai = hasil_rumus(v)
        else:
            try:
                nilai = ke_pecahan(v, sel.a1)
            except SakipError as e:
                raise lembar.galat(r, c, f"must hold a finite number ({e.expected})", v) from None
        if pecahan:
            nilai *= 100  # a percentage kept as a fraction: Excel shows (and means) 100 times it
            kali_seratus = True
    elif isinstance(v, str):
        try:
            nilai = Fraction(baca(v, pemisah_desimal=pemisah_desimal))
        except SakipError as e:
            raise lembar.galat(
                r, c, f"must hold a number; text is read as an Indonesian number ({e.expected})", v
            ) from None
    else:
        raise lembar.galat(r, c, "must hold a number", v)
    jenis_isian = IsianTeks if isinstance(v, str) else Isian  # text: AVERAGE and SUM skip it
    return jenis_isian(
        nilai=nilai,
        rumus=m.rumus,
        sel=sel,
        tak_tersimpan=m.rumus is not None and v is None,
        kali_seratus=kali_seratus,
    )


#: Places to which a formula's stored result is read (sakip._eksak's bound on every input).
TEMPAT_RUMUS: Final = MAKS_DIGIT_PECAHAN


def hasil_rumus(v: float) -> Fraction:
    """The value Excel stored for a formula: its shortest repr, to :data:`TEMPAT_RUMUS` places.

    A formula's result is a binary float Excel computed, not a number anyone
    typed: ``=Z15*N15-P15-S15-V15`` may store ``2.220446049250313e-16`` where
    the exact result is 0. sakip's reading (no regulation covers it): such a
    result is read by its shortest repr, rounded once, half up, to 30 places,
    the bound of every exact input, so a residue reads as a tiny number the
    audit compares at 6 places (no finding when it agrees there). A typed
    number is not rounded: beyond 30 places it is refused, as any input.

    Examples:
        >>> hasil_rumus(2.220446049250313e-16)
        Fraction(222044604925031, 1000000000000000000000000000000)
        >>> hasil_rumus(233.33333333333334)
        Fraction(11666666666666667, 50000000000000)
    """
    tepat = Fraction(Decimal(float.__repr__(v)))
    if (10**TEMPAT_RUMUS) % tepat.denominator == 0:
        return tepat
    return Fraction(bulatkan_pecahan(tepat, TEMPAT_RUMUS))


@attrs.frozen(kw_only=True)
class FormatKolom:
    """How a % column's numbers other than 0 are formatted: how many show a %, of how many.

    sakip's reading (no regulation covers it; local practice, seen in E.81
    workbooks such as Deli Serdang's, where a few cells of a % column lost the
    format): a cell formatted as a percentage holds a fraction (0.5 shows as
    50%), in every percentage column (tingkat capaian K and Rp, a quarter's
    cumulative %). A column whose numbers mostly show a % holds fractions
    (:attr:`pecahan`): a number there without the format is read like its
    column, since a format lost on one cell does not change what the formulas
    computed with it. A tie (:attr:`seri`, as many numbers with the format as
    without) gives the column no format: each number is read as it shows,
    sakip does not guess which half lost or gained the format. Either way the
    audit reports the numbers concerned (``format-persen``).

    Only numbers other than 0 vote: 0 is 0% in either reading, so its format
    says nothing about how the column's other numbers are meant (a column of
    ten unformatted zeros and three cells of 0.85 formatted as % holds
    fractions; ten zeros formatted as % do not make 85 typed beside them
    8500%). Deli Serdang's % columns decide the same with or without their
    zeros.

    Attributes:
        persen: the numbers other than 0 (text aside) formatted as a percentage.
        angka: the numbers other than 0 of the column (text aside).

    Examples:
        >>> k = FormatKolom(persen=85, angka=93)
        >>> k.pecahan, k.seri
        (True, False)
        >>> FormatKolom(persen=3, angka=6).pecahan, FormatKolom(persen=3, angka=6).seri
        (False, True)
        >>> FormatKolom(persen=0, angka=0).seri
        False
    """

    persen: int = attrs.field(validator=jenis(int))
    angka: int = attrs.field(validator=jenis(int))

    @property
    def pecahan(self) -> bool:
        """True when most numbers show a %: the column holds fractions (0.5 is 50%)."""
        return 2 * self.persen > self.angka

    @property
    def seri(self) -> bool:
        """True for a tie: as many numbers with the % format as without, some of each."""
        return self.persen > 0 and 2 * self.persen == self.angka


@attrs.frozen(kw_only=True)
class IsianTanpaPersen(Isian):
    """A number without the % format in a column that holds fractions, or is tied.

    Kept where the column's format decides the reading: a number other than 0
    (0 is 0% either way) without the % format, in a column that mostly shows a
    % (read as its column, 100 times what the cell shows) or in a tie (read as
    the cell shows). The audit reports each (``format-persen``).

    Attributes:
        tertera: the number as the cell shows it (its stored value).
        format_kolom: how the numbers of its column are formatted.

    Examples:
        >>> from fractions import Fraction
        >>> isi = IsianTanpaPersen(nilai=Fraction(50), tertera=Fraction(1, 2),
        ...                        format_kolom=FormatKolom(persen=5, angka=6))
        >>> isi.pecahan, isi.konstanta
        (True, True)
    """

    tertera: Fraction = attrs.field(validator=jenis(Fraction))
    format_kolom: FormatKolom = attrs.field(validator=jenis(FormatKolom))

    @property
    def pecahan(self) -> bool:
        """True when the cell was read as its column, a fraction: 100 times what it shows."""
        return self.format_kolom.pecahan

    @property
    def tersimpan(self) -> Fraction | None:
        """The number as the workbook stores it: what the cell shows (:attr:`tertera`)."""
        return self.tertera


def _angka(nilai: object) -> bool:
    """A number as a workbook stores it (text and booleans aside): what a % format applies to."""
    return isinstance(nilai, (int, float, Decimal)) and not isinstance(nilai, bool)


def _memilih(nilai: object) -> bool:
    """A number whose format votes on its column's (:class:`FormatKolom`): one other than 0.

    Examples:
        >>> _memilih(0.5), _memilih(0), _memilih(0.0), _memilih("0,5"), _memilih(True)
        (True, False, False, False, False)
    """
    return _angka(nilai) and nilai != 0


def format_persen(lembar: Lembar, tata: TataLetak, baris: list[int]) -> dict[int, FormatKolom]:
    """How each percentage column's numbers other than 0 are formatted (see :class:`FormatKolom`).

    Examples:
        >>> from sakip.e81 import CONTOH_DELI_SERDANG
        >>> from sakip.e81.berkas_xlsx import muat_lembar
        >>> lembar, tata = muat_lembar(CONTOH_DELI_SERDANG)
        >>> baris = list(range(tata.baris_awal, lembar.banyak_baris + 1))
        >>> format_persen(lembar, tata, baris)[17]  # column Q, triwulan I %: 44 zeros aside
        FormatKolom(persen=49, angka=49)
    """
    hasil: dict[int, FormatKolom] = {}
    for (kolom, bagian), c in tata.kolom.items():
        if not kolom_persen(kolom, bagian):
            continue
        sel = (lembar.mentah(r, c) for r in baris)
        angka = [m for m in sel if _memilih(m.nilai)]
        hasil[c] = FormatKolom(persen=sum(m.format_persen for m in angka), angka=len(angka))
    return hasil


def isian_kolom(
    lembar: Lembar,
    r: int,
    c: int,
    format_kolom: FormatKolom | None,
    *,
    pemisah_desimal: Literal[",", "."] | None = None,
) -> Isian:
    """Parse one numeric cell of a column: by its own % format, else by its column's.

    ``format_kolom`` is None for a column that does not hold percentages. A
    number whose reading the column's format decides is returned as an
    :class:`IsianTanpaPersen`.

    Examples:
        >>> from sakip.e81.layout import Lembar, SelMentah
        >>> lembar = Lembar(nama="E81", berkas="e81.xlsx", sel=((SelMentah(nilai=0.5),),))
        >>> isi = isian_kolom(lembar, 1, 1, FormatKolom(persen=5, angka=6))
        >>> isi.nilai, isi.tertera, isi.sel.a1
        (Fraction(50, 1), Fraction(1, 2), 'A1')
        >>> isian_kolom(lembar, 1, 1, FormatKolom(persen=3, angka=6)).nilai  # a tie: as shown
        Fraction(1, 2)
        >>> type(isian_kolom(lembar, 1, 1, FormatKolom(persen=2, angka=6))).__name__
        'Isian'
    """
    m = lembar.mentah(r, c)
    pecahan = m.format_persen or (format_kolom is not None and format_kolom.pecahan)
    isi = isian(lembar, r, c, pecahan=pecahan, pemisah_desimal=pemisah_desimal)
    if (
        format_kolom is None
        or m.format_persen
        or not (format_kolom.pecahan or format_kolom.seri)
        or not _angka(m.nilai)
        or not isi.nilai  # blank, or 0: 0 is 0% either way
    ):
        return isi
    return IsianTanpaPersen(
        **attrs.asdict(isi, recurse=False),
        tertera=isi.nilai / 100 if pecahan else isi.nilai,
        format_kolom=format_kolom,
    )


_KODE_RESMI: Final = re.compile(r"^[0-9X]+(\.[0-9X]+)*$")


def _kode_resmi(kode: str) -> bool:
    """A code of the Permendagri 90/2019 kind: digits (or X) joined by dots."""
    return bool(_KODE_RESMI.match(kode.replace(" ", "")))


def _jenjang_kode_90(kode: str) -> Jenjang | None:
    """The level a Permendagri 90/2019 code names by its segments, or None for another code.

    Examples:
        >>> _jenjang_kode_90("1.06.01.2.01"), _jenjang_kode_90("1.06.01.2"), _jenjang_kode_90("")
        (<Jenjang.KEGIATAN: 4>, None, None)
    """
    kode = kode.replace(" ", "")
    if not kode or not _kode_resmi(kode):
        return None
    return JENJANG_KODE.get(len(kode.split(".")))


_BUKAN_KODE_90: Final = "must be a code of 1, 2, 3, 5 or 6 segments (Permendagri 90/2019)"


def _jenjang_dari_kode(
    lembar: Lembar, c_kode: int, kode: dict[int, str]
) -> tuple[dict[int, Jenjang] | None, tuple[int, str]]:
    """The levels the codes give (None when they give none), and else the first row that stops
    them, with the code it carries.

    The codes give the levels when every named row carries a Permendagri 90/2019 code
    (1, 2, 3, 5 or 6 segments) and no two rows carry the same code. A table numbered
    otherwise (before 2019: "1.01.01" on a program and on its kegiatan, headings
    without a code; local practice, seen in the Bappeda Kabupaten Sukabumi E.81 2018
    workbook) keeps its codes as text; its levels are read from other evidence
    (:func:`_jenjang_dari_bukti`). Codes of both kinds in one table (some of 90/2019's
    shape, others not) are refused: which numbering the table follows is ambiguous.

    Raises:
        ReportFormatError: codes of two numberings, naming the first that is not 90/2019's.
    """
    sah = {r: j for r, k in kode.items() if (j := _jenjang_kode_90(k)) is not None}
    lain = [r for r, k in kode.items() if k and r not in sah]
    if sah and lain:
        r = lain[0]
        raise lembar.galat(
            r,
            c_kode,
            f"{_BUKAN_KODE_90}, as the table's other codes are (such as "
            f"{lembar.sel_ref(next(iter(sah)), c_kode).a1}): a table numbered by one rule "
            "carries only its codes",
            kode[r],
        )
    if lain:
        return None, (lain[0], "is not one")
    dilihat: dict[str, int] = {}
    for r, k in kode.items():
        if k and k in dilihat:
            return None, (r, "repeats a code")  # another numbering
        dilihat[k] = r
    tanpa = next((r for r, k in kode.items() if not k), None)
    if tanpa is None:
        return sah, (0, "")
    if sah:  # Permendagri 90/2019 codes, each once, and a row without one: not guessed
        raise lembar.galat(
            tanpa,
            c_kode,
            f"must carry a code of Permendagri 90/2019, as the table's other rows do (such "
            f"as {lembar.sel_ref(next(iter(sah)), c_kode).a1}); a heading without figures may "
            "go without",
            "",
        )
    return None, (tanpa, "has none")


#: The last level a form has, by what the header of its uraian column names (first match
#: wins): a 2018 form's "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan"
#: names no sub kegiatan (Permendagri 86/2017 form E.81, before Permendagri 90/2019 added
#: the sub kegiatan). A header naming neither keeps the last level sub kegiatan.
JENJANG_AKHIR_KEPALA: Final = (
    (re.compile(r"sub\s*-?\s*kegiatan"), Jenjang.SUB_KEGIATAN),
    (re.compile(r"kegiatan"), Jenjang.KEGIATAN),
    (re.compile(r"program"), Jenjang.PROGRAM),
)


def jenjang_akhir(kepala: str) -> Jenjang:
    """The last level a form's uraian header names (:data:`JENJANG_AKHIR_KEPALA`).

    Read for a table whose codes follow another numbering than Permendagri 90/2019's
    (a form before 2019): its header names its levels. A table without codes, or coded
    by Permendagri 90/2019, ends at sub kegiatan whatever its header says: forms since
    2019 often keep the 2017 header "... dan Program/Kegiatan" over sub kegiatan rows
    (local practice, seen in E.81 workbooks after 2019).

    Examples:
        >>> jenjang_akhir("Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan").label
        'kegiatan'
        >>> jenjang_akhir("Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan").label
        'sub kegiatan'
        >>> jenjang_akhir("Urusan/Bidang Urusan Pemerintahan Daerah").label
        'sub kegiatan'
    """
    teks = kepala.lower()
    for pola, akhir in JENJANG_AKHIR_KEPALA:
        if pola.search(teks):
            return akhir
    return Jenjang.SUB_KEGIATAN


def _peta_urutan(
    kunci: list[tuple[int, object]],
    lembar: Lembar,
    c: int,
    apa: str,
    akhir: Jenjang = Jenjang.SUB_KEGIATAN,
) -> dict[int, Jenjang]:
    """Map the distinct keys (in the given order) onto the levels ending at ``akhir``."""
    beda: list[object] = []
    for _, k in kunci:
        if k not in beda:
            beda.append(k)
    urutan = _URUTAN[: _URUTAN.index(akhir) + 1]
    if len(beda) > len(urutan):
        r = next(r for r, k in kunci if k == beda[len(urutan)])
        raise lembar.galat(
            r, c, f"must show at most {len(urutan)} levels by {apa}", f"{len(beda)} levels"
        )
    tingkat = dict(zip(beda, urutan[len(urutan) - len(beda) :], strict=True))
    return {r: tingkat[k] for r, k in kunci}


_SUM_RENTANG: Final = re.compile(
    r"^=\s*SUM\(\s*\$?([A-Z]{1,3})\$?([0-9]+)\s*:\s*\$?([A-Z]{1,3})\$?([0-9]+)\s*\)\s*$",
    re.IGNORECASE,
)


def rentang_jumlah(rumus: str, *, baris: int, kolom: int) -> range | None:
    """The rows below a cell that its formula totals, when it is ``=SUM(Xa:Xb)`` of its own
    column over rows below it; else None.

    Examples:
        >>> rentang_jumlah("=SUM(J18:J37)", baris=17, kolom=10)
        range(18, 38)
        >>> rentang_jumlah("=SUM(K18:K37)", baris=17, kolom=10) is None  # another column
        True
        >>> rentang_jumlah("=J18+J19", baris=17, kolom=10) is None
        True
    """
    m = _SUM_RENTANG.match(rumus)
    if m is None:
        return None
    huruf = huruf_kolom(kolom)
    if m.group(1).upper() != huruf or m.group(3).upper() != huruf:
        return None
    awal, akhir = int(m.group(2)), int(m.group(4))
    if not baris < awal <= akhir:
        return None
    return range(awal, akhir + 1)


def _rentang_induk(
    lembar: Lembar, tata: TataLetak, baris: list[int]
) -> dict[int, list[tuple[int, range]]]:
    """Each row's Rp total formulas over rows below it: (the formula's column, its rows)."""
    kolom_rp = [c for (_, bagian), c in tata.kolom.items() if bagian is Bagian.RP]
    hasil: dict[int, list[tuple[int, range]]] = {}
    for r in baris:
        for c in kolom_rp:
            rumus = lembar.mentah(r, c).rumus
            if rumus is not None and (rt := rentang_jumlah(rumus, baris=r, kolom=c)):
                hasil.setdefault(r, []).append((c, rt))
    return hasil


def _tebal(lembar: Lembar, r: int, c: int) -> int:
    """The bold signal's key: 0 for a bold name (the higher level), 1 for another."""
    return 0 if lembar.mentah(r, c).tebal else 1


def _jenjang_dari_bukti(
    lembar: Lembar,
    tata: TataLetak,
    bernama: list[int],
    judul_baris: set[int],
    induk: dict[int, list[tuple[int, range]]],
    alasan_kode: str,
) -> dict[int, Jenjang]:
    """The levels read from the names' look, else from the parents' Rp total formulas.

    The signals, in order (the first that shows two levels or more decides): the
    indentation of the names, their fill colour, their weight (bold is higher: local
    practice, seen in the Bappeda Kabupaten Sukabumi E.81 2018 workbook, whose programs
    are bold and kegiatan not), and the depth of each row under the parents whose Rp
    cell totals a range of rows below it (``J17 =SUM(J18:J37)``). Heading rows
    (``judul_baris``: a name, no indicator, no figure) are left out of the signals and
    take the levels above the others (:func:`_jenjang_judul`). The levels end at sub
    kegiatan, or, in a table whose codes follow another numbering (``alasan_kode`` says
    why they give no levels), at the last level its uraian header names
    (:func:`jenjang_akhir`). The total formulas are
    then checked against the levels read: a named row inside a parent's range must be
    below it, else the sheet is refused naming both cells (sakip does not pick one).
    """
    c_nama = tata.kolom_teks[Kolom.URAIAN]
    lain = [r for r in bernama if r not in judul_baris]
    kedalaman = {  # how many parents' total formulas cover the row
        r: sum(p != r and any(r in rt for _, rt in v) for p, v in induk.items()) for r in lain
    }
    sinyal: tuple[tuple[str, list[tuple[int, object]]], ...] = (
        ("indentation", [(r, _inden(lembar, r, c_nama)) for r in lain]),
        ("fill colour", [(r, lembar.mentah(r, c_nama).isian_warna) for r in lain]),
        ("bold", [(r, _tebal(lembar, r, c_nama)) for r in lain]),
        ("the parents' Rp total formulas", [(r, kedalaman[r]) for r in lain]),
    )
    kepala = tata.sel_kepala[Kolom.URAIAN]
    for apa, kunci in sinyal:
        beda = {k for _, k in kunci}
        if len(beda) < 2:
            continue
        if apa != "fill colour":  # ordered keys: less indentation, bold, fewer parents first
            urut = sorted(beda, key=lambda k: k if isinstance(k, int) else 0)
            kunci = [(r, urut.index(k)) for r, k in kunci]
        akhir = (
            jenjang_akhir(lembar.teks(kepala.baris, kepala.kolom))
            if alasan_kode
            else Jenjang.SUB_KEGIATAN
        )
        jenjang = _peta_urutan(kunci, lembar, c_nama, apa, akhir)
        jenjang.update(_jenjang_judul(lembar, c_nama, bernama, judul_baris, jenjang))
        _periksa_rentang(lembar, c_nama, jenjang, induk, apa)
        return jenjang
    raise lembar.galat(
        kepala.baris,
        kepala.kolom,
        "must show the levels (urusan ... sub kegiatan) by codes, indentation, fill, bold "
        "or the parents' Rp total formulas",
        f"all rows look alike{alasan_kode}",
    )


def _jenjang_judul(
    lembar: Lembar, c: int, bernama: list[int], judul_baris: set[int], jenjang: dict[int, Jenjang]
) -> dict[int, Jenjang]:
    """The levels of the heading rows: above program (and above every other row's level).

    Each run of consecutive headings takes the levels just above the rest, its last row
    the nearest (a heading right above a program is its bidang urusan, the one above
    that its urusan: Permendagri 90/2019's urusan > bidang urusan > program; local
    practice, seen in the Bappeda Kabupaten Sukabumi E.81 2018 workbook, rows 15-16).

    Raises:
        ReportFormatError: a run of more headings than there are levels above the rest.
    """
    atas = min([Jenjang.PROGRAM, *jenjang.values()])
    tersedia = _URUTAN[: _URUTAN.index(atas)]
    hasil: dict[int, Jenjang] = {}
    run: list[int] = []
    for r in [*bernama, 0]:
        if r in judul_baris:
            run.append(r)
            continue
        if len(run) > len(tersedia):
            raise lembar.galat(
                run[0],
                c,
                f"must be one of at most {len(tersedia)} heading rows (a name, no indicator, "
                f"no figure) above a {atas.label}",
                f"{len(run)} headings",
            )
        hasil.update(zip(run, tersedia[len(tersedia) - len(run) :], strict=True))
        run = []
    return hasil


def _periksa_rentang(
    lembar: Lembar,
    c_nama: int,
    jenjang: dict[int, Jenjang],
    induk: dict[int, list[tuple[int, range]]],
    apa: str,
) -> None:
    """Every named row a parent's Rp total formula covers must be at a level below it."""
    for p, rentang in induk.items():
        if p not in jenjang:
            continue
        for c, rt in rentang:
            for r in rt:
                if r in jenjang and jenjang[r] <= jenjang[p]:
                    rumus = lembar.mentah(p, c).rumus
                    raise lembar.galat(
                        r,
                        c_nama,
                        f"must be below {lembar.sel_ref(p, c_nama).a1} "
                        f"({jenjang[p].label}), as {lembar.sel_ref(p, c).a1} {rumus} totals "
                        f"it; by {apa} it is a {jenjang[r].label}: the two disagree, correct "
                        "the one that is wrong",
                        lembar.mentah(r, c_nama).teks,
                    )


#: What a summary row's label says (first match decides, case ignored): an average or a
#: predikat of the rows above ("Rata-rata capaian kinerja (%)", "Predikat kinerja"). A
#: labelled total ("JUMLAH", "TOTAL") is no summary: it stays a total row, audited. Local
#: practice, seen in the Bappeda Kabupaten Sukabumi E.81 2018 workbook (rows 38-49).
POLA_RINGKASAN: Final = re.compile(r"rata\s*-?\s*rata|predikat|capaian\s+kinerja", re.IGNORECASE)


def _label(lembar: Lembar, tata: TataLetak, r: int) -> tuple[str, int] | None:
    """A summary row's label and its column: text (not a number) saying what a summary row
    says (:data:`POLA_RINGKASAN`), in a column that is not the name, code, indicator,
    satuan or konsolidasi, nor one read as figures."""
    bukan = {
        *tata.kolom.values(),
        *tata.kolom_kode,
        *(
            tata.kolom_teks[k]
            for k in (Kolom.URAIAN, Kolom.KODE, Kolom.INDIKATOR, Kolom.SATUAN, Kolom.KONSOLIDASI)
            if k in tata.kolom_teks
        ),
    }
    for c, m in enumerate(lembar.sel[r - 1] if r <= lembar.banyak_baris else (), start=1):
        if c in bukan or m.rumus is not None or not isinstance(m.nilai, str):
            continue
        t = " ".join(m.nilai.split())
        if not t:
            continue
        try:
            baca(t)
        except SakipError:
            return (t, c) if POLA_RINGKASAN.search(t) else None
    return None


def _ringkasan(
    lembar: Lembar, tata: TataLetak, r: int, label: tuple[str, int] | None
) -> BarisRingkasan:
    """A summary row, its cells parsed as a data row's, a text (a predikat) kept as text."""
    isi: dict[tuple[Kolom, Bagian], Isian] = {}
    teks: dict[tuple[Kolom, Bagian], str] = {}
    for kunci, c in tata.kolom.items():
        m = lembar.mentah(r, c)
        try:
            isi[kunci] = isian(lembar, r, c, pecahan=m.format_persen)
        except SakipError:
            isi[kunci] = Isian(rumus=m.rumus, sel=lembar.sel_ref(r, c))
            teks[kunci] = m.teks
    return BarisRingkasan(
        baris=r,
        label=label[0] if label else "",
        isian={k: v for k, v in isi.items() if not v.kosong},
        teks=teks,
        sel_label=lembar.sel_ref(r, label[1]) if label else None,
    )


def tabel(
    lembar: Lembar,
    tata: TataLetak,
    *,
    judul: str,
    batas_baris: int,
    rumus_terbaca: bool,
    pemisah_desimal: Literal[",", "."] | None = None,
) -> TabelE81:
    """The table of a recognised sheet."""
    c_nama = tata.kolom_teks[Kolom.URAIAN]
    c_kode = tata.kolom_teks.get(Kolom.KODE)
    c_ind = tata.kolom_teks.get(Kolom.INDIKATOR)
    persen = tata.persen_triwulan

    def teks(r: int, kolom: Kolom) -> str:
        if kolom is Kolom.KODE and len(tata.kolom_kode) > 1:  # one column per level
            return ".".join(t for c in tata.kolom_kode if (t := lembar.mentah(r, c).teks))
        c = tata.kolom_teks.get(kolom)
        return "" if c is None else " ".join(lembar.mentah(r, c).teks.split())

    def ada_isi(r: int) -> bool:
        if any(lembar.mentah(r, c).teks for c in (c_nama, c_kode, c_ind) if c is not None):
            return True
        # a formula counts even without a stored value (a total row saved by openpyxl)
        return any(
            lembar.mentah(r, c).teks or lembar.mentah(r, c).rumus for c in tata.kolom.values()
        )

    baris_data: list[int] = []
    r = tata.baris_awal
    while r <= lembar.banyak_baris and not (
        baris_data and not ada_isi(r) and _label(lembar, tata, r) is None
    ):
        if ada_isi(r) or (baris_data and _label(lembar, tata, r)):
            baris_data.append(r)
            if len(baris_data) > batas_baris:
                raise lembar.galat(r, c_nama, f"must have at most {batas_baris} rows", r)
        r += 1
    if not baris_data:
        raise lembar.galat(
            tata.baris_awal, c_nama, "must have at least one row under the headers", "none"
        )
    for r2 in range(r + 1, lembar.banyak_baris + 1):  # nothing may hide below a blank row
        for c in tata.kolom.values():
            m = lembar.mentah(r2, c)
            if isinstance(m.nilai, (int, float, Decimal)) or m.rumus:
                raise lembar.galat(
                    r2,
                    c,
                    f"must not hold a number or formula below the blank row {r} that ends the table",
                    m.rumus or m.nilai,
                )

    # summary rows: no name, code or indicator, and a label, or right under such a row
    ringkasan: list[BarisRingkasan] = []
    sebelum_ringkasan = False
    for r in list(baris_data):
        if teks(r, Kolom.URAIAN) or teks(r, Kolom.KODE) or teks(r, Kolom.INDIKATOR):
            if sebelum_ringkasan and not (teks(r, Kolom.URAIAN) or teks(r, Kolom.KODE)):
                raise lembar.galat(
                    r,
                    c_nama,
                    "must name its row: a further indicator (no name) continues the row "
                    f"above it, and row {ringkasan[-1].baris} above is a summary row",
                    teks(r, Kolom.INDIKATOR),
                )
            sebelum_ringkasan = False
            continue
        label = _label(lembar, tata, r)
        if label is None and not sebelum_ringkasan:
            continue  # a total row
        ringkasan.append(_ringkasan(lembar, tata, r, label))
        baris_data.remove(r)
        sebelum_ringkasan = True

    # hierarchy
    bernama = [r for r in baris_data if teks(r, Kolom.URAIAN) or (c_kode and teks(r, Kolom.KODE))]
    jenjang: dict[int, Jenjang] | None = None
    alasan_kode = ""
    # heading rows: a name, no indicator, no figure (urusan and bidang above the program)
    judul_calon = {
        r
        for r in bernama
        if teks(r, Kolom.URAIAN)
        and not teks(r, Kolom.INDIKATOR)
        and all(_tanpa_angka(lembar.mentah(r, c)) for c in tata.kolom.values())
    }
    if c_kode is not None:
        kode_baris = {r: teks(r, Kolom.KODE) for r in bernama}
        judul_tanpa_kode = {r for r in judul_calon if not kode_baris[r]}
        jenjang, (r_kode, sebab) = _jenjang_dari_kode(
            lembar, c_kode, {r: k for r, k in kode_baris.items() if r not in judul_tanpa_kode}
        )
        if jenjang is not None and judul_tanpa_kode:  # Permendagri 90/2019 codes decide
            jenjang.update(_jenjang_judul(lembar, c_nama, bernama, judul_tanpa_kode, jenjang))
        if jenjang is None and any(kode_baris.values()):
            alasan_kode = (
                f"; the codes give no levels: {lembar.sel_ref(r_kode, c_kode).a1} {sebab} "
                f"({_BUKAN_KODE_90}, each once)"
            )
    if jenjang is None:
        # heading rows only in a form numbered before 2019: elsewhere a row without figures
        # (a program left blank) keeps the level its look gives
        judul_baris = judul_calon if alasan_kode else set()
        jenjang = _jenjang_dari_bukti(
            lembar,
            tata,
            bernama,
            judul_baris,
            _rentang_induk(lembar, tata, bernama),
            alasan_kode,
        )

    kolom_format = format_persen(lembar, tata, baris_data)
    rows: list[Baris] = []
    for r in baris_data:
        nama = teks(r, Kolom.URAIAN)
        indikator = teks(r, Kolom.INDIKATOR)
        lanjutan = False
        if r in jenjang:
            j = jenjang[r]
        elif indikator and rows:
            j, lanjutan = rows[-1].jenjang, True
        else:
            j = Jenjang.JUMLAH
        isi: dict[tuple[Kolom, Bagian], Isian] = {}
        for kunci, c in tata.kolom.items():
            isi[kunci] = isian_kolom(
                lembar, r, c, kolom_format.get(c), pemisah_desimal=pemisah_desimal
            )
        satuan = teks(r, Kolom.SATUAN)
        aturan_teks = teks(r, Kolom.KONSOLIDASI)
        if aturan_teks:
            try:
                aturan, asal = Konsolidasi(aturan_teks.lower()), ""
            except ValueError:
                raise lembar.galat(
                    r,
                    tata.kolom_teks[Kolom.KONSOLIDASI],
                    "must be 'jumlah', 'terakhir' or 'rata-rata'",
                    aturan_teks,
                ) from None
        else:
            aturan, asal = konsolidasi_disimpulkan(
                satuan=satuan,
                triwulan=[isi.get((k, Bagian.K), Isian()).nilai for k in KOLOM_TRIWULAN],
                target=isi.get((Kolom.TARGET_RENJA, Bagian.K), Isian()).nilai,
                persen_triwulan=persen,
            )
        rows.append(
            Baris(
                jenjang=j,
                kode=teks(r, Kolom.KODE),
                nama=nama,
                indikator=indikator,
                satuan=satuan,
                konsolidasi=aturan,
                konsolidasi_asal=asal,
                lanjutan=lanjutan,
                isian=isi,
                sel_nama=lembar.sel_ref(r, c_nama),
                penanggung_jawab=teks(r, Kolom.PENANGGUNG_JAWAB),
                keterangan=teks(r, Kolom.KETERANGAN),
            )
        )
    return TabelE81(
        judul=judul,
        baris=tuple(rows),
        berkas=lembar.berkas,
        lembar=lembar.nama,
        persen_triwulan=persen,
        kolom_ada=frozenset(tata.kolom),
        rumus_terbaca=rumus_terbaca,
        satuan_rupiah=tata.satuan_rupiah,
        ringkasan=tuple(ringkasan),
    )


def _tanpa_angka(m: SelMentah) -> bool:
    """A cell holding no figure: blank or blank text, no formula."""
    return m.rumus is None and not m.teks


def _inden(lembar: Lembar, r: int, c: int) -> int:
    m = lembar.mentah(r, c)
    if m.inden:
        return m.inden
    if isinstance(m.nilai, str):
        return len(m.nilai) - len(m.nilai.lstrip(" "))
    return 0


def judul(lembar: Lembar, sampai: int) -> str:
    """The title lines above the headers, joined by `` / ``."""
    baris: list[str] = []
    for r in range(1, sampai):
        isi = [m.teks for m in lembar.sel[r - 1] if m.teks] if r <= lembar.banyak_baris else []
        if len(isi) == 1:
            baris.append(" ".join(isi[0].split()))
        elif isi:
            break
    return " / ".join(baris)
