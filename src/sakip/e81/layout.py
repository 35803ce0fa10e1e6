"""Layout: recognise the columns of an E.81 sheet from its captions and headers.

Layouts differ between regions and years (Permendagri 86/2017 prints one;
agencies add, drop and merge columns), so no column letter is fixed. The
reader finds:

1. the numbered caption row: the cells ``1, 2, 3, ...`` left to right, some
   with their formula (``13 = 9 + 10 + 11 + 12``); each number starts a column
   group that ends where the next begins;
2. the row of parts next to it (above or below): ``K``, ``Rp``, ``%``; a
   Rp label may declare the unit of its amounts (``Rp. (000)``: thousands),
   one unit for every Rp amount of the sheet (:data:`LABEL_BAGIAN`), and so
   may the title or the header text above the table (``(dalam ribuan rupiah)``,
   ``(Rp 000)``: :data:`POLA_SATUAN_JUDUL`);
3. the header text above each group (merged cells resolved), which says what
   the group is: a table of patterns (:data:`POLA_KOLOM`), first match wins.

A caption's formula is checked against the meaning the header gives
(``13 = 9 + 10 + 11 + 12`` must sum the four quarter groups); one that names
other columns is kept (:attr:`TataLetak.keterangan_salah`) for the audit to
report, and the sheet is read by its headers. A header matching no pattern, a
part label other than K/Rp/%, two units declared for the Rp amounts (by two
labels, two title phrases, or a title and a label), or a caption formula that
names no column raises :class:`~sakip.errors.ReportFormatError` naming the
sheet and the cell.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

import attrs

from sakip.e81.model import (
    KOLOM_CAPAIAN,
    KOLOM_TRIWULAN,
    LABEL_SATUAN,
    Bagian,
    KeteranganSalah,
    Kolom,
    Sel,
    huruf_kolom,
)
from sakip.errors import InvalidTypeError, ReportFormatError
from sakip.laporan.rekaman import SatuanRupiah

__all__ = [
    "BENTUK_KETERANGAN",
    "LABEL_BAGIAN",
    "POLA_KOLOM",
    "POLA_SATUAN_JUDUL",
    "RUMUS_KETERANGAN",
    "Lembar",
    "SelMentah",
    "TataLetak",
    "arti_kepala",
    "baris_keterangan",
    "kenali",
    "label_bagian",
]

_ATURAN_LETAK: Final = "E.81 layout: numbered caption row, K/Rp row, header text per column group"


@attrs.frozen(kw_only=True)
class SelMentah:
    """A raw cell as a reader sees it, before any meaning is given to it.

    Attributes:
        nilai: the stored value (``str``, ``int``, ``float``, ...): ``None``
            for a blank cell or a formula with no stored value, ``""`` for a
            formula that stored empty text.
        rumus: the formula text, or None.
        isian_warna: a key of the cell's fill (None when unfilled).
        inden: the indentation level of the text.
        format_persen: the number format shows the value as a percentage
            (so ``0.25`` is displayed, and meant, as 25%).
        tebal: the text is bold (a level signal of the names, like the indentation).

    Examples:
        >>> SelMentah(nilai="K").teks
        'K'
    """

    nilai: object = None
    rumus: str | None = None
    isian_warna: object = None
    inden: int = 0
    format_persen: bool = False
    tebal: bool = False

    @property
    def teks(self) -> str:
        """The value as stripped text ("" for blank)."""
        if self.nilai is None:
            return ""
        return str(self.nilai).strip()


_SEL_KOSONG: Final = SelMentah()


@attrs.frozen(kw_only=True)
class Lembar:
    """A sheet as a grid of raw cells, with its merged ranges.

    Attributes:
        nama: the sheet's name ("" for CSV).
        berkas: the file.
        sel: rows of cells, row 1 first (``sel[0][0]`` is A1).
        gabungan: merged ranges as (first row, first column, last row,
            last column), 1-based.

    Examples:
        >>> l = Lembar(nama="S", berkas="f.xlsx", sel=((SelMentah(nilai="No"),),),
        ...            gabungan=((1, 1, 2, 1),))
        >>> l.teks(2, 1)
        'No'
    """

    nama: str
    berkas: str
    sel: tuple[tuple[SelMentah, ...], ...]
    gabungan: tuple[tuple[int, int, int, int], ...] = ()

    @property
    def banyak_baris(self) -> int:
        """The number of rows."""
        return len(self.sel)

    def mentah(self, baris: int, kolom: int) -> SelMentah:
        """The raw cell at a 1-based row and column (blank outside the grid).

        Examples:
            >>> Lembar(nama="S", berkas="f", sel=()).mentah(3, 3).teks
            ''
        """
        if 1 <= baris <= len(self.sel):
            r = self.sel[baris - 1]
            if 1 <= kolom <= len(r):
                return r[kolom - 1]
        return _SEL_KOSONG

    def induk_gabungan(self, baris: int, kolom: int) -> tuple[int, int]:
        """The top-left cell of the merged range holding a cell (or the cell itself).

        Examples:
            >>> l = Lembar(nama="S", berkas="f", sel=(), gabungan=((1, 1, 2, 3),))
            >>> l.induk_gabungan(2, 3)
            (1, 1)
        """
        for r1, c1, r2, c2 in self.gabungan:
            if r1 <= baris <= r2 and c1 <= kolom <= c2:
                return r1, c1
        return baris, kolom

    def lebar_gabungan(self, baris: int, kolom: int) -> int:
        """How many columns the merged range starting at a cell spans (1 if none).

        Examples:
            >>> Lembar(nama="S", berkas="f", sel=(), gabungan=((1, 1, 2, 3),)).lebar_gabungan(1, 1)
            3
        """
        for r1, c1, _r2, c2 in self.gabungan:
            if r1 == baris and c1 == kolom:
                return c2 - c1 + 1
        return 1

    def teks(self, baris: int, kolom: int) -> str:
        """The text shown at a cell, merged ranges resolved to their top-left cell.

        Examples:
            >>> l = Lembar(nama="S", berkas="f", sel=((SelMentah(nilai=" Satuan "),),),
            ...            gabungan=((1, 1, 2, 1),))
            >>> l.teks(2, 1)
            'Satuan'
        """
        return self.mentah(*self.induk_gabungan(baris, kolom)).teks

    def sel_ref(self, baris: int, kolom: int) -> Sel:
        """The cell reference, for records and messages.

        Examples:
            >>> Lembar(nama="S", berkas="f", sel=()).sel_ref(8, 28).a1
            'AB8'
        """
        return Sel(lembar=self.nama, baris=baris, kolom=kolom)

    def galat(self, baris: int, kolom: int, expected: str, value: object) -> ReportFormatError:
        """A format error naming the sheet and the cell.

        Examples:
            >>> e = Lembar(nama="E81", berkas="x.xlsx", sel=()).galat(9, 11, "must be K", "Q")
            >>> e.letak, str(e).split(";")[0]
            ("'E81'!K9", "x.xlsx: 'E81'!K9 must be K (got 'Q')")
        """
        letak = (
            f"'{self.nama}'!{huruf_kolom(kolom)}{baris}"
            if self.nama
            else (f"{huruf_kolom(kolom)}{baris}")
        )
        return ReportFormatError(
            berkas=self.berkas, letak=letak, expected=expected, value=value, rule=_ATURAN_LETAK
        )


# -- what a header means -------------------------------------------------------

#: Header patterns, in order; the first whose every regex matches the
#: lowercased header text (and whose exclusions do not) gives the column.
#: The texts are those of Permendagri 86/2017 form E.81 and the variants seen
#: in regional workbooks and e-SAKIP applications. The medium-term plan is
#: the Renstra (a Perangkat Daerah) or the RPJMD (the region's own form, same
#: columns); the annual plan the Renja or the RKPD.
_MENENGAH: Final = r"renstra|rpjmd"
_TAHUNAN: Final = r"renja|rkpd"
_SAMPAI: Final = r"(sampai dengan|s\s*[./]\s*d\.?)"
POLA_KOLOM: Final[tuple[tuple[Kolom, tuple[str, ...], tuple[str, ...]], ...]] = (
    (Kolom.CAPAIAN_RENSTRA, (r"tingkat capaian", _MENENGAH), ()),
    (Kolom.CAPAIAN_RENJA, (r"tingkat capaian",), ()),
    (Kolom.TRIWULAN_1, (r"triwulan",), ()),  # the quarter is read from I..IV
    (Kolom.TARGET_RENSTRA, (r"target", _MENENGAH), (_TAHUNAN,)),
    (Kolom.TARGET_RENJA, (r"target", _TAHUNAN), ()),
    (
        Kolom.REALISASI_RENSTRA_LALU,
        (r"realisasi", _MENENGAH, rf"{_SAMPAI} ({_TAHUNAN})|tahun lalu|\(?n\s*-\s*2\)?"),
        (r"akhir tahun pelaksanaan",),
    ),
    (Kolom.REALISASI_RENSTRA, (r"realisasi", _MENENGAH), ()),
    (Kolom.REALISASI_RENJA, (r"realisasi", _TAHUNAN), ()),
    (Kolom.KONSOLIDASI, (r"konsolidasi",), ()),
    (Kolom.INDIKATOR, (r"indikator",), ()),
    (Kolom.SATUAN, (r"satuan",), ()),
    (Kolom.KODE, (r"^kode",), ()),
    (Kolom.URAIAN, (r"urusan|program|kegiatan|uraian",), ()),
    (Kolom.NO, (r"^(no\.?|nomor)$",), ()),
    (Kolom.PENANGGUNG_JAWAB, (r"penanggung\s*jawab|unit",), ()),
    (Kolom.KETERANGAN, (r"keterangan",), ()),
    (Kolom.LAIN, (r"sasaran|tujuan|visi|misi|prioritas|kebijakan",), ()),
)

_ROMAWI: Final = MappingProxyType(
    {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
)

#: How a Rp label names the unit of its amounts, by the name of the unit in
#: :data:`~sakip.laporan.SATUAN_RUPIAH`: "Rp. (000)" is Rupiah in thousands (the Sukabumi
#: 2018 E.81), "Rp (juta)" in millions, "Rp (miliar)" in billions. Drawn from
#: :data:`sakip.e81.model.LABEL_SATUAN`, the table the writer takes its labels from, so
#: every label sakip writes reads back in its unit. Local practice, seen in regional E.81
#: workbooks and LKjIP budget tables; no regulation fixes it.
_SEBUTAN_SATUAN: Final[Mapping[str, SatuanRupiah]] = MappingProxyType(
    {sebutan: satuan for satuan, semua in LABEL_SATUAN.items() for sebutan in semua}
)

# Not after a number written in words: "(lima miliar rupiah)", "dua belas juta rupiah" are
# amounts (one fixed-width look-behind per word).
_BUKAN_BILANGAN: Final = "".join(
    rf"(?<!\b{kata}\s)"
    for kata in (
        "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
        "sepuluh", "sebelas", "belas", "puluh", "seratus", "ratus", "setengah", "beberapa",
    )
)  # fmt: skip

#: Not right after a figure ("5 ribu", "5ribu"): the unit word of an amount.
_BUKAN_ANGKA: Final = r"(?<![\d.,])(?<![\d.,]\s)"

#: Text above the table that describes its content, not its amounts: a cell starting so
#: declares no unit ("Sasaran: ... (juta rupiah)" is an indicator's unit).
_AWALAN_ISI: Final = re.compile(r"^(?:sasaran|indikator|tujuan|program|kegiatan)\b")

#: Phrases of a title or header text above the table that declare the unit of the
#: sheet's Rp amounts, each with its unit: a unit word with "rupiah" or "Rp" ("(dalam
#: ribuan rupiah)", "Jutaan Rp", "dalam juta rupiah", after a year "2025 Ribuan Rupiah"; but
#: "5 juta rupiah" and "50 jutaan rupiah" are amounts), "Rp"
#: with a word of :data:`_SEBUTAN_SATUAN` ("(Rp 000)", "Rp. (juta)"; not "Rp 000.000" for
#: thousands), and "dalam rupiah" (full Rupiah). A mere mention ("Anggaran (Rp)",
#: "Pagu Rupiah") declares nothing. The unit words are those of
#: :data:`~sakip.e81.model.LABEL_SATUAN`. Local practice, seen in regional budget tables
#: and LKjIP annexes ("dalam ribuan rupiah" under a table's title); no regulation fixes it.
POLA_SATUAN_JUDUL: Final[tuple[tuple[re.Pattern[str], SatuanRupiah], ...]] = (
    *(
        (re.compile(rf"\bdalam\s+{kata}(?:an)?\s+(?:rupiah|rp)\b"), satuan)
        for kata, satuan in _SEBUTAN_SATUAN.items()
        if kata.isalpha()
    ),
    *(
        # without "dalam", only where the phrase ends the text ("... 2025 Ribuan Rupiah",
        # "(juta rupiah)"): "hemat ribuan rupiah per dokumen" says no unit
        (re.compile(rf"{depan}\b{kata}{akhiran}\s+(?:rupiah|rp)\b\.?\s*\)?\s*[.:;]?$"), satuan)
        for kata, satuan in _SEBUTAN_SATUAN.items()
        if kata.isalpha()
        for depan, akhiran in (
            # "ribuan rupiah", also after a year ("2025 Ribuan Rupiah") or punctuation
            # ("RENJA PD, Ribuan Rupiah"); "50 jutaan rupiah" after another number is an
            # amount
            (rf"(?:(?<!\d)(?<!\d\s)|(?<=\b(?:19|20)\d\d\s)){_BUKAN_BILANGAN}", "an"),
            (rf"{_BUKAN_ANGKA}{_BUKAN_BILANGAN}", ""),  # "5 ribu rupiah": an amount
        )
    ),
    *(
        (re.compile(rf"\brp\.?\s*\(?\s*{re.escape(sebutan)}(?![.,]?\d)"), satuan)
        for sebutan, satuan in _SEBUTAN_SATUAN.items()
    ),
    (re.compile(r"\bdalam\s+rupiah\b"), "rupiah"),
)

#: Each part label, lowercased and without spaces (:func:`label_bagian`), with its part and,
#: for Rp, the unit its amounts are in: "Rp", "Rp.", "Rupiah" (full Rupiah) and each unit
#: of :data:`_SEBUTAN_SATUAN` written "Rp 000", "Rp (000)" or "(Rp 000)", with or without
#: the dot after "Rp".
LABEL_BAGIAN: Final[Mapping[str, tuple[Bagian, SatuanRupiah | None]]] = MappingProxyType(
    {
        "k": (Bagian.K, None),
        "%": (Bagian.PERSEN, None),
        "rp": (Bagian.RP, "rupiah"),
        "rp.": (Bagian.RP, "rupiah"),
        "rupiah": (Bagian.RP, "rupiah"),
        **{
            label: (Bagian.RP, satuan)
            for rp in ("rp", "rp.")
            for sebutan, satuan in _SEBUTAN_SATUAN.items()
            for label in (f"{rp}{sebutan}", f"{rp}({sebutan})", f"({rp}{sebutan})")
        },
    }
)


def label_bagian(teks: str) -> tuple[Bagian, SatuanRupiah | None] | None:
    """The part a K / Rp / % label names, and a Rp label's unit, or None for another text.

    Case and spaces do not matter; the labels are :data:`LABEL_BAGIAN`'s.

    Examples:
        >>> label_bagian("Rp. (000)")
        (<Bagian.RP: 'Rp'>, 'ribu')
        >>> label_bagian(" K "), label_bagian("Rp. Juta")[1], label_bagian("Rp (000")
        ((<Bagian.K: 'K'>, None), 'juta', None)
    """
    if not isinstance(teks, str):
        raise InvalidTypeError(field="teks", value=teks, expected="must be a str")
    return LABEL_BAGIAN.get("".join(teks.lower().split()))


#: Columns holding numbers (split into K / Rp / %); the rest hold text.
_KOLOM_ANGKA: Final = frozenset(
    {
        Kolom.TARGET_RENSTRA,
        Kolom.REALISASI_RENSTRA_LALU,
        Kolom.TARGET_RENJA,
        *KOLOM_TRIWULAN,
        Kolom.REALISASI_RENJA,
        Kolom.CAPAIAN_RENJA,
        Kolom.REALISASI_RENSTRA,
        Kolom.CAPAIAN_RENSTRA,
    }
)

#: The columns each derived column's caption formula names (Permendagri 86/2017 form E.81:
#: realisasi Renja = the quarters, realisasi Renstra = last years + this year, tingkat
#: capaian = realisasi / target x 100).
RUMUS_KETERANGAN: Final = MappingProxyType(
    {
        Kolom.REALISASI_RENJA: KOLOM_TRIWULAN,
        Kolom.REALISASI_RENSTRA: (Kolom.REALISASI_RENSTRA_LALU, Kolom.REALISASI_RENJA),
        Kolom.CAPAIAN_RENJA: (Kolom.REALISASI_RENJA, Kolom.TARGET_RENJA),
        Kolom.CAPAIAN_RENSTRA: (Kolom.REALISASI_RENSTRA, Kolom.TARGET_RENSTRA),
    }
)

#: How each derived column's caption formula is written, by the columns of
#: :data:`RUMUS_KETERANGAN` in their order (the form's captions: ``13 = 9 + 10 + 11 + 12``,
#: ``14 = 13 / 8 x 100``).
BENTUK_KETERANGAN: Final = MappingProxyType(
    {
        Kolom.REALISASI_RENJA: "{} + {} + {} + {}",
        Kolom.REALISASI_RENSTRA: "{} + {}",
        Kolom.CAPAIAN_RENJA: "{} / {} x 100",
        Kolom.CAPAIAN_RENSTRA: "{} / {} x 100",
    }
)

_WAJIB: Final = (Kolom.URAIAN, Kolom.TARGET_RENJA, *KOLOM_TRIWULAN)

_KETERANGAN_NOMOR: Final = re.compile(r"^\(?(\d{1,2})\)?(?:\s*=\s*(.*))?$")


@attrs.frozen(kw_only=True)
class TataLetak:
    """A recognised layout: where each column part is, and where the data starts.

    Attributes:
        lembar: the sheet's name.
        baris_keterangan: the numbered caption row.
        baris_awal: the first row below the headers.
        kolom: the sheet column of each (column, part).
        kolom_teks: the sheet column of each text column.
        nomor: the caption number of each column group.
        sel_kepala: the header cell of each column group (for messages).
        kolom_kode: the columns of the code group (some layouts split the
            code over one column per level: urusan, bidang, program, ...).
        satuan_rupiah: the unit of every Rp amount, as the Rp labels or the
            title declare it (``"rupiah"`` when they declare none).
        keterangan_salah: the caption formulas that name other columns than
            their headers imply (the sheet is read by its headers).

    Examples:
        >>> TataLetak(lembar="S", baris_keterangan=8, baris_awal=10, kolom={}, kolom_teks={},
        ...           nomor={}, sel_kepala={}).persen_triwulan
        False
    """

    lembar: str
    baris_keterangan: int
    baris_awal: int
    kolom: Mapping[tuple[Kolom, Bagian], int]
    kolom_teks: Mapping[Kolom, int]
    nomor: Mapping[Kolom, int]
    sel_kepala: Mapping[Kolom, Sel]
    kolom_kode: tuple[int, ...] = ()
    satuan_rupiah: SatuanRupiah = "rupiah"
    keterangan_salah: tuple[KeteranganSalah, ...] = ()

    @property
    def persen_triwulan(self) -> bool:
        """True when the quarters carry a cumulative % column."""
        return any((k, Bagian.PERSEN) in self.kolom for k in KOLOM_TRIWULAN)

    @property
    def kolom_terpakai(self) -> tuple[int, ...]:
        """Every sheet column the layout reads, left to right."""
        return tuple(sorted({*self.kolom.values(), *self.kolom_teks.values()}))


def _nomor_keterangan(teks: str) -> tuple[int, str] | None:
    m = _KETERANGAN_NOMOR.match(teks.replace("\n", " ").strip())
    if not m:
        return None
    return int(m.group(1)), (m.group(2) or "").strip()


def baris_keterangan(
    lembar: Lembar, *, batas_kepala: int = 40
) -> tuple[int, list[tuple[int, int, str]]]:
    """The numbered caption row of an E.81 sheet, and its (column, number, formula) cells.

    It is the first of the top ``batas_kepala`` rows whose filled cells are the numbers
    1, 2, 3, ... left to right, six or more, some with their formula (``13 = 9 + 10``).
    :func:`kenali` starts from it; the audit's CSV kind signs
    (:mod:`sakip.audit.jenis_csv`) look for it.

    Raises:
        ReportFormatError: no such row in the top ``batas_kepala`` rows.

    Examples:
        >>> baris = ((SelMentah(nilai="Uraian"),), tuple(SelMentah(nilai=n) for n in range(1, 7)))
        >>> baris_keterangan(Lembar(nama="S", berkas="f.csv", sel=baris))
        (2, [(1, 1, ''), (2, 2, ''), (3, 3, ''), (4, 4, ''), (5, 5, ''), (6, 6, '')])
    """
    if not isinstance(lembar, Lembar):
        raise InvalidTypeError(field="lembar", value=lembar, expected="must be a Lembar")
    if type(batas_kepala) is not int:
        raise InvalidTypeError(field="batas_kepala", value=batas_kepala, expected="must be an int")
    batas = batas_kepala
    for r in range(1, min(batas, lembar.banyak_baris) + 1):
        deret: list[tuple[int, int, str]] = []
        baris = lembar.sel[r - 1]
        for c, sel in enumerate(baris, start=1):
            t = sel.teks
            if not t:
                continue
            if isinstance(sel.nilai, float) and sel.nilai.is_integer():
                t = str(int(sel.nilai))
            n = _nomor_keterangan(t)
            if n is None:
                deret = []
                break
            deret.append((c, n[0], n[1]))
        nomor = [d[1] for d in deret]
        if len(nomor) >= 6 and nomor == list(range(1, len(nomor) + 1)):
            return r, deret
    raise lembar.galat(
        1,
        1,
        "must have a numbered caption row (1, 2, 3, ... in the column order) under the headers",
        f"none in the first {batas} rows",
    )


def _baris_bagian(lembar: Lembar, r_ket: int, kolom_akhir: int) -> int | None:
    """The row of K / Rp / % labels: just below or just above the caption row."""
    for r in (r_ket + 1, r_ket - 1):
        label = [label_bagian(lembar.mentah(r, c).teks) for c in range(1, kolom_akhir + 1)]
        if sum(t is not None for t in label) >= 2:
            return r
    return None


def _teks_kepala(lembar: Lembar, r_atas: int, r_bawah: int, c: int) -> tuple[str, list[str], Sel]:
    """The header text of a column from rows r_atas..r_bawah, merged cells resolved."""
    bagian: list[str] = []
    sel_pertama: Sel | None = None
    for r in range(r_atas, r_bawah + 1):
        r0, c0 = lembar.induk_gabungan(r, c)
        t = " ".join(lembar.mentah(r0, c0).teks.split())
        if t and (not bagian or bagian[-1] != t):
            bagian.append(t)
            if sel_pertama is None:
                sel_pertama = lembar.sel_ref(r0, c0)
    return " / ".join(bagian), bagian, sel_pertama or lembar.sel_ref(r_bawah, c)


def _atas_kepala(lembar: Lembar, r_bawah: int, lebar: int) -> int:
    """The first header row: walk up to a blank row or a title spanning the table."""
    r = r_bawah
    while r > 1 and r_bawah - r < 4:
        atas = r - 1
        isi = [c for c in range(1, lebar + 1) if lembar.mentah(atas, c).teks]
        if not isi:
            break
        if len(isi) == 1 and lembar.lebar_gabungan(atas, isi[0]) * 5 >= lebar * 4:
            break  # a title line merged across the table
        r = atas
    return r


def arti_kepala(teks: str) -> Kolom | None:
    """The column a header's text names, by :data:`POLA_KOLOM` (first match wins), or None.

    Examples:
        >>> arti_kepala("Target Renja SKPD Tahun 2025")
        <Kolom.TARGET_RENJA: 'target renja'>
        >>> arti_kepala("Catatan") is None
        True
    """
    if not isinstance(teks, str):
        raise InvalidTypeError(field="teks", value=teks, expected="must be a str")
    t = teks.lower()
    for kolom, harus, jangan in POLA_KOLOM:
        if all(re.search(p, t) for p in harus) and not any(re.search(p, t) for p in jangan):
            return kolom
    return None


def _keterangan_salah(
    lembar: Lembar,
    sel: tuple[int, int],
    n: int,
    rumus: str,
    kolom: Kolom,
    nomor: Mapping[Kolom, int],
    sel_kepala: Sel,
) -> KeteranganSalah | None:
    """A caption formula naming other groups than the header's meaning implies, or None.

    The columns a formula names are its numbers other than 100 (``14/6*100`` names 14
    and 6); a formula naming none cannot be read, and is refused.
    """
    harap = RUMUS_KETERANGAN.get(kolom)
    if harap is None:
        return None
    if any(k not in nomor for k in harap):
        return None
    disebut = {int(x) for x in re.findall(r"\d+", rumus)} - {100}
    perlu = [nomor[k] for k in harap]
    if not disebut:
        raise lembar.galat(
            *sel,
            f"caption formula must name the columns it computes from by their numbers "
            f"({sorted(perlu)} for {kolom.value!r}, as its header says)",
            rumus,
        )
    if disebut == set(perlu):
        return None
    bentuk = BENTUK_KETERANGAN[kolom]
    return KeteranganSalah(
        sel=lembar.sel_ref(*sel),
        tertera=" ".join(lembar.mentah(*sel).teks.split()),
        kolom=kolom,
        sel_kepala=sel_kepala,
        seharusnya=f"{n} = {bentuk.format(*perlu)}",
        arti=bentuk.format(*(k.value for k in harap)),
    )


def _satu_satuan(
    lembar: Lembar, satuan: list[tuple[SatuanRupiah, int, int]], *, apa: str = "label"
) -> None:
    """Every declaration of the unit of a sheet's Rp amounts, ``(unit, row, column)``,
    must name one unit: a sheet is refused, naming both cells, where two differ (no unit is
    chosen for the reader).

    A tingkat capaian column is a percentage: its "Rp" label names no amount, and its unit
    is not compared (the Sukabumi 2018 E.81 labels it "Rp." beside "Rp. (000)").
    """
    if not satuan:
        return
    pertama, r_pertama, c_pertama = satuan[0]
    for lain, r, c in satuan[1:]:
        if lain != pertama:
            raise lembar.galat(
                r,
                c,
                f"must declare the Rupiah unit of {lembar.sel_ref(r_pertama, c_pertama).a1} "
                f"({lembar.mentah(r_pertama, c_pertama).teks!r}: {pertama} rupiah), since every "
                f"Rp amount of one sheet is in one unit: correct the {apa} that is wrong, or "
                f"convert that column's amounts to one unit (this one: {lain} rupiah)",
                lembar.mentah(r, c).teks,
            )


def _satuan_judul(lembar: Lembar, r_bawah: int) -> list[tuple[SatuanRupiah, int, int]]:
    """Each unit the title and header text above the table (rows 1 to ``r_bawah``) declare,
    by :data:`POLA_SATUAN_JUDUL`, with its cell: top to bottom, left to right.

    Examples:
        >>> judul = ("EVALUASI RENJA (Dalam Ribuan Rupiah)", "Pagu (Rp)", "Rp 5 juta")
        >>> l = Lembar(nama="S", berkas="f", sel=tuple((SelMentah(nilai=t),) for t in judul))
        >>> _satuan_judul(l, 3)
        [('ribu', 1, 1)]
    """
    hasil: list[tuple[SatuanRupiah, int, int]] = []
    for r in range(1, min(r_bawah, lembar.banyak_baris) + 1):
        for c, sel in enumerate(lembar.sel[r - 1], start=1):
            teks = " ".join(sel.teks.lower().split())
            if _AWALAN_ISI.match(teks):
                continue
            sel_ini = dict.fromkeys(s for pola, s in POLA_SATUAN_JUDUL if pola.search(teks))
            hasil.extend((satuan, r, c) for satuan in sel_ini)  # each unit once a cell
    return hasil


def _satuan_rupiah(
    lembar: Lembar,
    label: list[tuple[SatuanRupiah, int, int]],
    judul: list[tuple[SatuanRupiah, int, int]],
) -> SatuanRupiah:
    """The unit of a sheet's Rp amounts: the Rp labels' unit, or the title's where the labels
    name none ("Rp" alone); refused where the labels, the title phrases, or a title and a
    label unit declare two units."""
    _satu_satuan(lembar, label)
    if not label:
        return "rupiah"  # no Rp amount: the title's unit names none
    _satu_satuan(lembar, judul, apa="title or header phrase")
    dari_label = label[0][0]
    if not judul:
        return dari_label
    if dari_label != "rupiah":  # a label naming its unit must agree with the title's
        _satu_satuan(lembar, [judul[0], label[0]], apa="title or label")
    return judul[0][0]


def kenali(lembar: Lembar, *, batas_kepala: int = 40) -> TataLetak:
    """Recognise the layout of an E.81 sheet.

    Args:
        lembar: the sheet.
        batas_kepala: how many rows from the top may hold the headers.

    Returns:
        The :class:`TataLetak`.

    Raises:
        ReportFormatError: no numbered caption row, a header not understood
            (naming its cell), a part label other than K/Rp/%, two units
            declared for the Rp amounts (by two labels, two title or header
            phrases, or a title and a label: naming both cells), a caption
            formula naming no column, or a required column missing. A caption
            formula naming other columns than its header implies is no
            refusal: it is kept in :attr:`TataLetak.keterangan_salah`.

    Sumber:
        Permendagri 86/2017, Lampiran, form E.81 (the numbered columns and the
        formulas in the caption row), as printed in real E.81 workbooks (the
        lampiran itself was not read).

    Examples:
        >>> S = SelMentah
        >>> kepala = ["No", "Program/Kegiatan", "Indikator", "Satuan", "Target Renja",
        ...           "Realisasi Triwulan I", "Realisasi Triwulan II",
        ...           "Realisasi Triwulan III", "Realisasi Triwulan IV"]
        >>> nomor = [1, 2, 3, 4, 5, None, 6, None, 7, None, 8, None, 9]
        >>> rows = (
        ...     tuple(S(nilai=k) for k in kepala[:4]) + tuple(
        ...         x for k in kepala[4:] for x in (S(nilai=k), S())),
        ...     tuple(S(nilai=n) for n in nomor) + (S(),),
        ...     (S(),) * 4 + (S(nilai="K"), S(nilai="Rp")) * 5,
        ... )
        >>> t = kenali(Lembar(nama="E81", berkas="x.xlsx", sel=rows))
        >>> t.kolom[(Kolom.TRIWULAN_4, Bagian.RP)], t.baris_awal
        (14, 4)
    """
    if not isinstance(lembar, Lembar):
        raise InvalidTypeError(field="lembar", value=lembar, expected="must be a Lembar")
    r_ket, deret = baris_keterangan(lembar, batas_kepala=batas_kepala)
    lebar_lembar = max((len(r) for r in lembar.sel), default=0)
    r_bag = _baris_bagian(lembar, r_ket, lebar_lembar)
    r_bawah = r_ket - 1 if r_bag is None or r_bag > r_ket else r_bag - 1
    if r_bawah < 1:  # the caption (or K/Rp) row is the sheet's first: no header above it
        raise lembar.galat(
            r_bawah + 1,
            deret[0][0],
            "must have the header text of form E.81 above it (what each numbered column "
            "is); this row is the sheet's first",
            lembar.mentah(r_bawah + 1, deret[0][0]).teks or "<blank>",
        )
    # group spans: a group ends where the next caption number starts
    kolom_mulai = [c for c, _, _ in deret]
    akhir_terakhir = kolom_mulai[-1] + lembar.lebar_gabungan(r_ket, kolom_mulai[-1]) - 1
    if r_bag is not None:
        c = akhir_terakhir + 1
        while label_bagian(lembar.mentah(r_bag, c).teks) is not None and not any(
            c == m for m in kolom_mulai
        ):
            akhir_terakhir = c
            c += 1
    rentang = [
        (c, (kolom_mulai[i + 1] - 1) if i + 1 < len(kolom_mulai) else akhir_terakhir)
        for i, c in enumerate(kolom_mulai)
    ]
    r_atas = _atas_kepala(lembar, r_bawah + 1, akhir_terakhir)

    kolom: dict[tuple[Kolom, Bagian], int] = {}
    kolom_teks: dict[Kolom, int] = {}
    nomor: dict[Kolom, int] = {}
    sel_kepala: dict[Kolom, Sel] = {}
    rumus_ket: list[tuple[tuple[int, int], int, str, Kolom, Sel]] = []
    kolom_kode: tuple[int, ...] = ()
    satuan: list[tuple[SatuanRupiah, int, int]] = []  # each amount label's unit, and its cell
    for (c_awal, c_akhir), (_c, n, rumus) in zip(rentang, deret, strict=True):
        teks, potongan, sel = _teks_kepala(lembar, r_atas, r_bawah, c_awal)
        arti = arti_kepala(teks)
        if arti is None:
            raise lembar.galat(
                sel.baris,
                sel.kolom,
                f"must be a header of form E.81 (caption {n}); not understood",
                teks or "<blank>",
            )
        if arti is Kolom.TRIWULAN_1:
            ke = _ROMAWI.get(potongan[-1].lower().split()[-1].strip(".")) if potongan else None
            if ke is None:
                raise lembar.galat(
                    sel.baris, sel.kolom, "must name its quarter (I, II, III or IV)", teks
                )
            arti = KOLOM_TRIWULAN[ke - 1]
        if arti in nomor and arti is not Kolom.LAIN:
            raise lembar.galat(
                sel.baris, sel.kolom, f"must not repeat the column {arti.value!r}", teks
            )
        nomor[arti] = n
        sel_kepala[arti] = sel
        if rumus:
            rumus_ket.append(((r_ket, c_awal), n, rumus, arti, sel))
        if arti not in _KOLOM_ANGKA:
            kolom_teks.setdefault(arti, c_awal)
            if arti is Kolom.KODE:
                kolom_kode = tuple(range(c_awal, c_akhir + 1))
            continue
        if r_bag is None:
            kolom[(arti, Bagian.K)] = c_awal
            continue
        for c in range(c_awal, c_akhir + 1):
            label = lembar.mentah(r_bag, c).teks
            if not label:
                continue
            dibaca = label_bagian(label)
            if dibaca is None:
                raise lembar.galat(r_bag, c, "must be K, Rp or %", label)
            bagian, satuan_label = dibaca
            kolom[(arti, bagian)] = c
            if satuan_label is not None and arti not in KOLOM_CAPAIAN:
                satuan.append((satuan_label, r_bag, c))
    for kol in _WAJIB:
        if kol not in nomor:
            raise lembar.galat(
                r_ket, 1, f"must have a column {kol.value!r} (form E.81)", "missing"
            )
    salah = tuple(
        k
        for sel_r, n_ket, rumus, arti, kepala in rumus_ket
        if (k := _keterangan_salah(lembar, sel_r, n_ket, rumus, arti, nomor, kepala)) is not None
    )
    return TataLetak(
        lembar=lembar.nama,
        baris_keterangan=r_ket,
        baris_awal=max(r_ket, r_bag or 0) + 1,
        kolom=MappingProxyType(kolom),
        kolom_teks=MappingProxyType(kolom_teks),
        nomor=MappingProxyType(nomor),
        sel_kepala=MappingProxyType(sel_kepala),
        kolom_kode=kolom_kode,
        satuan_rupiah=_satuan_rupiah(lembar, satuan, _satuan_judul(lembar, r_bawah)),
        keterangan_salah=salah,
    )
