"""Build the rows of an E.81 table from a recognised sheet (shared by the readers).

Each cell is parsed once, here, into an :class:`~sakip.e81.model.Isian`:
numbers exactly (a float by its shortest repr, text by
:func:`sakip.angka.baca`'s rule), Excel error values kept as such, anything
else refused naming the sheet and cell. The hierarchy is read from the codes
(Permendagri 90/2019 nomenclature: 1, 2, 3, 5 and 6 segments), else from the
indentation of the names, else from their fill colour.

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
from sakip.e81.layout import Lembar, TataLetak
from sakip.e81.model import (
    KOLOM_TRIWULAN,
    Bagian,
    Baris,
    Isian,
    Jenjang,
    Kolom,
    TabelE81,
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
    elif isinstance(v, str):
        try:
            nilai = Fraction(baca(v, pemisah_desimal=pemisah_desimal))
        except SakipError as e:
            raise lembar.galat(
                r, c, f"must hold a number; text is read as an Indonesian number ({e.expected})", v
            ) from None
    else:
        raise lembar.galat(r, c, "must hold a number", v)
    return Isian(
        nilai=nilai, rumus=m.rumus, sel=sel, tak_tersimpan=m.rumus is not None and v is None
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


def _jenjang_kode(lembar: Lembar, r: int, c: int, kode: str) -> Jenjang:
    kode = kode.replace(" ", "")
    potong = kode.split(".")
    j = JENJANG_KODE.get(len(potong))
    if j is None or not _kode_resmi(kode):
        raise lembar.galat(
            r, c, "must be a code of 1, 2, 3, 5 or 6 segments (Permendagri 90/2019)", kode
        )
    return j


def _peta_urutan(
    kunci: list[tuple[int, object]], lembar: Lembar, c: int, apa: str
) -> dict[int, Jenjang]:
    """Map the distinct keys (in the given order) onto the last levels."""
    beda: list[object] = []
    for _, k in kunci:
        if k not in beda:
            beda.append(k)
    if len(beda) > len(_URUTAN):
        r = next(r for r, k in kunci if k == beda[len(_URUTAN)])
        raise lembar.galat(r, c, f"must show at most 5 levels by {apa}", f"{len(beda)} levels")
    tingkat = dict(zip(beda, _URUTAN[len(_URUTAN) - len(beda) :], strict=True))
    return {r: tingkat[k] for r, k in kunci}


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
    while r <= lembar.banyak_baris and not (baris_data and not ada_isi(r)):
        if ada_isi(r):
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

    # hierarchy
    bernama = [r for r in baris_data if teks(r, Kolom.URAIAN) or (c_kode and teks(r, Kolom.KODE))]
    jenjang: dict[int, Jenjang]
    kode_ada = [r for r in bernama if c_kode is not None and _kode_resmi(teks(r, Kolom.KODE))]
    if c_kode is not None and kode_ada:
        jenjang = {r: _jenjang_kode(lembar, r, c_kode, teks(r, Kolom.KODE)) for r in bernama}
    else:
        inden = [(r, _inden(lembar, r, c_nama)) for r in bernama]
        warna = [(r, lembar.mentah(r, c_nama).isian_warna) for r in bernama]
        if len({k for _, k in inden}) >= 2:
            urut = sorted({k for _, k in inden})
            jenjang = _peta_urutan(
                [(r, urut.index(k)) for r, k in inden], lembar, c_nama, "indentation"
            )
        elif len({k for _, k in warna}) >= 2:
            jenjang = _peta_urutan(warna, lembar, c_nama, "fill colour")
        else:
            sel = tata.sel_kepala[Kolom.URAIAN]
            raise lembar.galat(
                sel.baris,
                sel.kolom,
                "must show the levels (urusan ... sub kegiatan) by codes, indentation or fill",
                "all rows look alike",
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
    )


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
