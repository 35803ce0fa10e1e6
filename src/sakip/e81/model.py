"""The E.81 table as typed records: rows, their cells, and where each cell came from.

Form E.81 of Permendagri 86/2017 ("Evaluasi terhadap hasil Renja Perangkat
Daerah") has one row per urusan, bidang, program, kegiatan and sub kegiatan,
each with its indicator and satuan, and per row the K (kinerja, volume) and Rp
(anggaran) of: the Renstra target, the Renstra realisasi up to last year, this
year's Renja target, the four quarters, and the derived columns.

A :class:`Baris` keeps every number of its row as an :class:`Isian` (what the
cell holds: the value, the formula text, an Excel error, and the cell it came
from), keyed by its :class:`Kolom` and :class:`Bagian`. Nothing is computed
here: :mod:`sakip.e81.penghitungan` computes, :mod:`sakip.e81.pemeriksaan` compares.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator, Mapping
from fractions import Fraction
from types import MappingProxyType
from typing import Any, Final, TypeVar

import attrs

from sakip._validasi import jenis
from sakip.errors import InvalidTypeError, InvalidValueError
from sakip.laporan.rekaman import SATUAN_RUPIAH, SatuanRupiah
from sakip.triwulan import Konsolidasi

__all__ = [
    "KOLOM_CAPAIAN",
    "KOLOM_TRIWULAN",
    "KOLOM_TURUNAN",
    "LABEL_SATUAN",
    "Bagian",
    "Baris",
    "BarisRingkasan",
    "Isian",
    "Jenjang",
    "KeteranganSalah",
    "Kolom",
    "Sel",
    "TabelE81",
    "huruf_kolom",
    "label_rupiah",
    "nomor_kolom",
    "sebutan_satuan",
]


class Jenjang(enum.IntEnum):
    """Jenjang (level) of a row in the hierarchy of the Renja.

    The order is the hierarchy: a smaller value is higher. ``JUMLAH`` is a
    total row (no name, no indicator, only sums).

    Sumber:
        Permendagri 90/2019 (klasifikasi, kodefikasi dan nomenklatur), the
        levels urusan, bidang urusan, program, kegiatan, sub kegiatan.

    Examples:
        >>> Jenjang.PROGRAM < Jenjang.KEGIATAN
        True
        >>> Jenjang.SUB_KEGIATAN.label
        'sub kegiatan'
    """

    JUMLAH = 0
    URUSAN = 1
    BIDANG = 2
    PROGRAM = 3
    KEGIATAN = 4
    SUB_KEGIATAN = 5

    @property
    def label(self) -> str:
        """The level's name in Indonesian, as printed in the form.

        Examples:
            >>> Jenjang.BIDANG.label
            'bidang urusan'
        """
        return _LABEL_JENJANG[self]


_LABEL_JENJANG: Final = MappingProxyType(
    {
        Jenjang.JUMLAH: "jumlah",
        Jenjang.URUSAN: "urusan",
        Jenjang.BIDANG: "bidang urusan",
        Jenjang.PROGRAM: "program",
        Jenjang.KEGIATAN: "kegiatan",
        Jenjang.SUB_KEGIATAN: "sub kegiatan",
    }
)


class Kolom(enum.Enum):
    """A column group of form E.81, by what it means (not by its letter or number).

    Examples:
        >>> Kolom.REALISASI_RENJA.value
        'realisasi renja'
        >>> Kolom.TRIWULAN_3.triwulan
        3
    """

    NO = "no"
    KODE = "kode"
    URAIAN = "uraian"
    INDIKATOR = "indikator"
    SATUAN = "satuan"
    TARGET_RENSTRA = "target renstra"
    REALISASI_RENSTRA_LALU = "realisasi renstra s/d tahun lalu"
    TARGET_RENJA = "target renja"
    TRIWULAN_1 = "triwulan I"
    TRIWULAN_2 = "triwulan II"
    TRIWULAN_3 = "triwulan III"
    TRIWULAN_4 = "triwulan IV"
    REALISASI_RENJA = "realisasi renja"
    CAPAIAN_RENJA = "tingkat capaian renja"
    REALISASI_RENSTRA = "realisasi renstra s/d tahun ini"
    CAPAIAN_RENSTRA = "tingkat capaian renstra"
    PENANGGUNG_JAWAB = "unit penanggung jawab"
    KETERANGAN = "keterangan"
    KONSOLIDASI = "konsolidasi"
    LAIN = "lain"

    @property
    def triwulan(self) -> int | None:
        """The quarter (1-4) of a quarter column, else None.

        Examples:
            >>> Kolom.TRIWULAN_1.triwulan, Kolom.TARGET_RENJA.triwulan
            (1, None)
        """
        return KOLOM_TRIWULAN.index(self) + 1 if self in KOLOM_TRIWULAN else None


#: The quarter columns, triwulan I first.
KOLOM_TRIWULAN: Final = (Kolom.TRIWULAN_1, Kolom.TRIWULAN_2, Kolom.TRIWULAN_3, Kolom.TRIWULAN_4)

#: The columns the form computes from the others.
KOLOM_TURUNAN: Final = frozenset(
    {Kolom.REALISASI_RENJA, Kolom.CAPAIAN_RENJA, Kolom.REALISASI_RENSTRA, Kolom.CAPAIAN_RENSTRA}
)


#: The tingkat capaian columns: percentages, in their K and their Rp.
KOLOM_CAPAIAN: Final = frozenset({Kolom.CAPAIAN_RENJA, Kolom.CAPAIAN_RENSTRA})


class Bagian(enum.Enum):
    """The part of a column group: K (kinerja), Rp (anggaran) or a cumulative %.

    Examples:
        >>> Bagian("Rp")
        <Bagian.RP: 'Rp'>
    """

    K = "K"
    RP = "Rp"
    PERSEN = "%"


def kolom_persen(kolom: Kolom, bagian: Bagian) -> bool:
    """True for a column part that holds a percentage: tingkat capaian, a cumulative %.

    Examples:
        >>> kolom_persen(Kolom.CAPAIAN_RENJA, Bagian.RP), kolom_persen(Kolom.TRIWULAN_1, Bagian.K)
        (True, False)
    """
    return bagian is Bagian.PERSEN or kolom in KOLOM_CAPAIAN


#: The words a Rp label names each unit of :data:`~sakip.laporan.SATUAN_RUPIAH` by, the
#: one table of unit labels: the first word is the one a written E.81 puts over a Rp
#: column ("Rp (000)"; "Rp" alone for full Rupiah, which has none), and every word is
#: read (:data:`sakip.e81.layout.LABEL_BAGIAN`: "Rp. (000)", "(Rp 000)", "Rp. Juta", ...), so
#: that the labels read and written cannot drift apart. "Rp. (000)" is the label of Rupiah
#: in thousands in the Sukabumi 2018 E.81; local practice, seen in regional E.81 workbooks
#: and LKjIP budget tables; no regulation fixes it.
LABEL_SATUAN: Final[Mapping[SatuanRupiah, tuple[str, ...]]] = MappingProxyType(
    {
        "rupiah": (),
        "ribu": ("000", "ribu"),
        "juta": ("juta", "000.000"),
        "miliar": ("miliar", "000.000.000"),
    }
)


def label_rupiah(satuan_rupiah: SatuanRupiah) -> str:
    """The part label of a Rp column whose amounts are in ``satuan_rupiah``.

    Examples:
        >>> label_rupiah("rupiah"), label_rupiah("ribu"), label_rupiah("miliar")
        ('Rp', 'Rp (000)', 'Rp (miliar)')
        >>> label_rupiah("ratus")  # type: ignore[arg-type]
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidValueError: satuan_rupiah must be one of ['rupiah', 'ribu', 'juta', 'miliar'] (got 'ratus')
    """
    _satuan_rupiah(None, "satuan_rupiah", satuan_rupiah)
    sebutan = LABEL_SATUAN[satuan_rupiah]
    return f"Rp ({sebutan[0]})" if sebutan else "Rp"


def sebutan_satuan(kunci: tuple[Kolom, Bagian], satuan_rupiah: SatuanRupiah) -> str:
    """What a finding adds after a column part to say the unit of its amounts: ``""`` for
    full Rupiah, a K or a percentage (tingkat capaian), else `` (in ribu rupiah)`` and so on.

    Examples:
        >>> sebutan_satuan((Kolom.TARGET_RENJA, Bagian.RP), "ribu")
        ' (in ribu rupiah)'
        >>> sebutan_satuan((Kolom.CAPAIAN_RENJA, Bagian.RP), "ribu")
        ''
        >>> sebutan_satuan((Kolom.TARGET_RENJA, Bagian.RP), "rupiah")
        ''
    """
    if (
        not isinstance(kunci, tuple)
        or len(kunci) != 2
        or not isinstance(kunci[0], Kolom)
        or not isinstance(kunci[1], Bagian)
    ):
        raise InvalidTypeError(field="kunci", value=kunci, expected="must be a (Kolom, Bagian)")
    _satuan_rupiah(None, "satuan_rupiah", satuan_rupiah)
    if satuan_rupiah == "rupiah" or kolom_persen(*kunci) or kunci[1] is not Bagian.RP:
        return ""
    return f" (in {satuan_rupiah} rupiah)"


def _satuan_rupiah(_: object, a: attrs.Attribute[Any] | str, nilai: object) -> None:
    """A name of :data:`~sakip.laporan.SATUAN_RUPIAH` (an attrs validator, or called with
    the field's name)."""
    nama = a if isinstance(a, str) else a.name
    if type(nilai) is not str:
        raise InvalidTypeError(field=nama, value=nilai, expected="must be a str")
    if nilai not in SATUAN_RUPIAH:
        raise InvalidValueError(
            field=nama, value=nilai, expected=f"must be one of {list(SATUAN_RUPIAH)}"
        )


def huruf_kolom(nomor: int) -> str:
    """The spreadsheet letters of a column number (1 is ``A``).

    Examples:
        >>> huruf_kolom(1), huruf_kolom(28), huruf_kolom(16384)
        ('A', 'AB', 'XFD')
    """
    if type(nomor) is not int or not 1 <= nomor <= 16384:
        raise InvalidValueError(
            field="nomor", value=nomor, expected="must be a column number from 1 to 16384"
        )
    huruf = ""
    while nomor:
        nomor, sisa = divmod(nomor - 1, 26)
        huruf = chr(65 + sisa) + huruf
    return huruf


def nomor_kolom(huruf: str) -> int:
    """A column's number from its letters (``A`` is 1): :func:`huruf_kolom` undone.

    Capital letters, as a cell reference writes them; letters past ``XFD`` give numbers
    past the 16,384 columns of a sheet, which the caller bounds (a formula may name such a
    column).

    Examples:
        >>> nomor_kolom("A"), nomor_kolom("AB"), nomor_kolom("XFD"), nomor_kolom("ZZZ")
        (1, 28, 16384, 18278)
        >>> nomor_kolom("a1")
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidValueError: huruf must be capital letters A-Z (got 'a1')
    """
    if not isinstance(huruf, str):
        raise InvalidTypeError(field="huruf", value=huruf, expected="must be a str")
    if not (huruf.isascii() and huruf.isalpha() and huruf.isupper()):
        raise InvalidValueError(field="huruf", value=huruf, expected="must be capital letters A-Z")
    nomor = 0
    for h in huruf:
        nomor = nomor * 26 + ord(h) - 64
    return nomor


@attrs.frozen(kw_only=True)
class Sel:
    """A cell of a sheet: the sheet's name, the row and the column (1-based).

    Examples:
        >>> Sel(lembar="Realisasi TW IV", baris=11, kolom=28).a1
        'AB11'
        >>> str(Sel(lembar="Realisasi TW IV", baris=11, kolom=28))
        "'Realisasi TW IV'!AB11"
    """

    lembar: str = attrs.field(validator=jenis(str))
    baris: int = attrs.field(validator=jenis(int))
    kolom: int = attrs.field(validator=jenis(int))

    @property
    def a1(self) -> str:
        """The cell in A1 notation, without the sheet."""
        return f"{huruf_kolom(self.kolom)}{self.baris}"

    def __str__(self) -> str:
        return f"'{self.lembar}'!{self.a1}"


@attrs.frozen(kw_only=True)
class KeteranganSalah:
    """A caption formula that contradicts its header: a fact of the layout the audit reports.

    The header says what the column is (``Tingkat Capaian ... Renstra``), and so which
    columns its caption's formula must name (``16 = 15 / 6 x 100``); a caption naming
    others (``16 = 14/6*100``) is a slip in the printed form, not of its figures: the
    sheet is read by its headers, and the audit gives the caption one finding
    (``rumus-nomor``).

    Attributes:
        sel: the caption cell.
        tertera: the caption as printed (``"16 = 14/6*100"``).
        kolom: the column its header names.
        sel_kepala: the header cell.
        seharusnya: the caption the header implies (``"16 = 15 / 6 x 100"``).
        arti: its formula by column names.

    Examples:
        >>> k = KeteranganSalah(sel=Sel(lembar="S", baris=4, kolom=25), tertera="16 = 14/6*100",
        ...     kolom=Kolom.CAPAIAN_RENSTRA, sel_kepala=Sel(lembar="S", baris=2, kolom=25),
        ...     seharusnya="16 = 15 / 6 x 100",
        ...     arti="realisasi renstra s/d tahun ini / target renstra x 100")
        >>> str(k.sel), k.kolom.value
        ("'S'!Y4", 'tingkat capaian renstra')
    """

    sel: Sel = attrs.field(validator=jenis(Sel))
    tertera: str = attrs.field(validator=jenis(str))
    kolom: Kolom = attrs.field(validator=jenis(Kolom))
    sel_kepala: Sel = attrs.field(validator=jenis(Sel))
    seharusnya: str = attrs.field(validator=jenis(str))
    arti: str = attrs.field(validator=jenis(str))


@attrs.frozen(kw_only=True)
class Isian:
    """What one numeric cell holds.

    Attributes:
        nilai: the value (the value Excel stored for a formula), exact; None
            when the cell is blank or holds an Excel error.
        rumus: the formula text (``"=SUM(K15:K21)"``), or None for a typed
            value or a blank.
        galat: the Excel error value stored instead of a number
            (``"#DIV/0!"``), or None.
        sel: the cell it came from, or None for a table built in Python.
        tak_tersimpan: the cell has a formula and no stored value at all (a
            workbook saved by a program that does not calculate, such as
            openpyxl or pandas); its figure is unknown, not blank.
        kali_seratus: ``nilai`` is 100 times the number the workbook stores: a
            percentage Excel keeps as a fraction (0,85 shown as 85%, by the cell's
            % format or its column's), read as the percentage it means. Excel's
            own functions (``AVERAGE``, ``SUM``) work on what is stored
            (:attr:`tersimpan`).

    Examples:
        >>> Isian(nilai=Fraction(4), rumus="=P15+S15+V15+Y15").konstanta
        False
        >>> Isian(nilai=Fraction(0)).konstanta
        True
    """

    nilai: Fraction | None = attrs.field(default=None, validator=jenis(Fraction, boleh_none=True))
    rumus: str | None = attrs.field(default=None, validator=jenis(str, boleh_none=True))
    galat: str | None = attrs.field(default=None, validator=jenis(str, boleh_none=True))
    sel: Sel | None = attrs.field(default=None, validator=jenis(Sel, boleh_none=True))
    tak_tersimpan: bool = attrs.field(default=False, validator=jenis(bool))
    kali_seratus: bool = attrs.field(default=False, validator=jenis(bool))

    @property
    def tersimpan(self) -> Fraction | None:
        """The number as the workbook stores it (``nilai`` / 100 when :attr:`kali_seratus`),
        the number Excel's functions compute with; None for a blank or an error.

        Examples:
            >>> Isian(nilai=Fraction(85), kali_seratus=True).tersimpan
            Fraction(17, 20)
            >>> Isian(nilai=Fraction(85)).tersimpan
            Fraction(85, 1)
        """
        if self.nilai is None:
            return None
        return self.nilai / 100 if self.kali_seratus else self.nilai

    @property
    def konstanta(self) -> bool:
        """True when the cell holds a typed number (no formula)."""
        return self.rumus is None and self.nilai is not None

    @property
    def kosong(self) -> bool:
        """True when the cell is blank (no value, no formula, no error)."""
        return self.nilai is None and self.rumus is None and self.galat is None

    @property
    def tanpa_angka(self) -> bool:
        """True when the cell shows no figure: blank, or a formula whose stored result is
        empty text (``=IF(C9="","",C9)``, a template's way of leaving a cell blank); not a
        formula whose result was not stored, nor an error.

        Examples:
            >>> Isian(rumus='=IF(C9="","",C9)').tanpa_angka, Isian().tanpa_angka
            (True, True)
            >>> Isian(rumus="=C9", tak_tersimpan=True).tanpa_angka, Isian(nilai=Fraction(0)).tanpa_angka
            (False, False)
        """
        return self.nilai is None and self.galat is None and not self.tak_tersimpan

    @property
    def berupa_teks(self) -> bool:
        """True when the workbook stores the cell as text (:class:`IsianTeks`).

        Examples:
            >>> Isian(nilai=Fraction(50)).berupa_teks, IsianTeks(nilai=Fraction(50)).berupa_teks
            (False, True)
        """
        return False


@attrs.frozen(kw_only=True)
class IsianTeks(Isian):
    """A cell the workbook stores as text: ``"50"`` typed with a leading apostrophe, or a
    text cell (a blank-looking ``" "`` or ``"-"`` too), read by sakip's one rule
    (:func:`sakip.angka.baca`) as any number.

    The table's rows use :attr:`nilai` as they use a number's; Excel's range functions
    (``AVERAGE``, ``SUM``) skip text in a reference (Microsoft Support, "AVERAGE
    function", "SUM function"), so the summary audit skips it there. A CSV stores every
    cell as text; it holds no formula, so no summary check reads the difference.

    Examples:
        >>> isi = IsianTeks(nilai=Fraction(50))
        >>> isi.berupa_teks, isi.nilai, isi.konstanta
        (True, Fraction(50, 1), True)
    """

    @property
    def berupa_teks(self) -> bool:
        """True: the workbook stores the cell as text."""
        return True


_KOSONG: Final = Isian()


def _beku(nilai: Mapping[tuple[Kolom, Bagian], Isian]) -> Mapping[tuple[Kolom, Bagian], Isian]:
    if not isinstance(nilai, Mapping):
        raise InvalidTypeError(
            field="isian", value=nilai, expected="must be a mapping of (Kolom, Bagian) to Isian"
        )
    for kunci, isi in nilai.items():
        if (
            not isinstance(kunci, tuple)
            or len(kunci) != 2
            or not isinstance(kunci[0], Kolom)
            or not isinstance(kunci[1], Bagian)
            or not isinstance(isi, Isian)
        ):
            raise InvalidTypeError(
                field="isian", value=kunci, expected="must map (Kolom, Bagian) to an Isian"
            )
    return MappingProxyType(dict(nilai))


_R = TypeVar("_R")


def _urutan(nilai: object, kelas: type[_R], field: str) -> tuple[_R, ...]:
    """A sequence (not text) of ``kelas`` records, frozen into a tuple (an attrs converter's
    body: each field's converter names its class)."""
    if isinstance(nilai, (str, bytes)) or not isinstance(nilai, Iterable):
        raise InvalidTypeError(
            field=field, value=nilai, expected=f"must be a sequence of {kelas.__name__}"
        )
    hasil = tuple(nilai)
    for x in hasil:
        if not isinstance(x, kelas):
            raise InvalidTypeError(
                field=field, value=x, expected=f"must hold only {kelas.__name__}"
            )
    return hasil


def _baris(nilai: object) -> tuple[Baris, ...]:
    return _urutan(nilai, Baris, "baris")


def _ringkasan(nilai: object) -> tuple[BarisRingkasan, ...]:
    return _urutan(nilai, BarisRingkasan, "ringkasan")


def _keterangan_salah(nilai: object) -> tuple[KeteranganSalah, ...]:
    return _urutan(nilai, KeteranganSalah, "keterangan_salah")


@attrs.frozen(kw_only=True)
class Baris:
    """A row of the E.81 table.

    Attributes:
        jenjang: the level (urusan ... sub kegiatan, or a total row).
        kode: the code as printed ("" when the layout has none).
        nama: the name of the urusan, program, kegiatan or sub kegiatan.
        indikator: the indicator (outcome of a program, output of a kegiatan).
        satuan: the unit of K.
        konsolidasi: how K consolidates across quarters and years.
        konsolidasi_asal: ``""`` when the rule was declared; otherwise why it
            was inferred (``"disimpulkan dari satuan '%'"``).
        lanjutan: True for a further indicator of the row above (a row with
            an indicator and no name); its Rp belong to the row above.
        isian: every numeric cell of the row, by column and part.
        sel_nama: the cell of the name (for findings about the whole row).

    Examples:
        >>> b = Baris(jenjang=Jenjang.SUB_KEGIATAN, nama="Koordinasi", satuan="Dok",
        ...           isian={(Kolom.TARGET_RENJA, Bagian.K): Isian(nilai=Fraction(4))})
        >>> b.angka(Kolom.TARGET_RENJA, Bagian.K), b.angka(Kolom.TARGET_RENJA, Bagian.RP)
        (Fraction(4, 1), None)
    """

    jenjang: Jenjang = attrs.field(validator=jenis(Jenjang))
    nama: str = attrs.field(validator=jenis(str))
    kode: str = attrs.field(default="", validator=jenis(str))
    indikator: str = attrs.field(default="", validator=jenis(str))
    satuan: str = attrs.field(default="", validator=jenis(str))
    konsolidasi: Konsolidasi = attrs.field(
        default=Konsolidasi.JUMLAH, validator=jenis(Konsolidasi)
    )
    konsolidasi_asal: str = attrs.field(default="", validator=jenis(str))
    lanjutan: bool = attrs.field(default=False, validator=jenis(bool))
    isian: Mapping[tuple[Kolom, Bagian], Isian] = attrs.field(factory=dict, converter=_beku)
    sel_nama: Sel | None = attrs.field(default=None, validator=jenis(Sel, boleh_none=True))
    penanggung_jawab: str = attrs.field(default="", validator=jenis(str))
    keterangan: str = attrs.field(default="", validator=jenis(str))

    def isi(self, kolom: Kolom, bagian: Bagian) -> Isian:
        """The cell of a column and part (a blank one when the row has none).

        Examples:
            >>> Baris(jenjang=Jenjang.PROGRAM, nama="p").isi(Kolom.TARGET_RENJA, Bagian.K).kosong
            True
        """
        return self.isian.get((kolom, bagian), _KOSONG)

    def angka(self, kolom: Kolom, bagian: Bagian) -> Fraction | None:
        """The value of a column and part, or None when blank.

        Examples:
            >>> Baris(jenjang=Jenjang.PROGRAM, nama="p").angka(Kolom.TARGET_RENJA, Bagian.RP) is None
            True
        """
        return self.isi(kolom, bagian).nilai

    def realisasi_tanpa_triwulan(self, bagian: Bagian) -> Fraction | None:
        """The year's realisasi of a part (K or Rp) typed in column 13 (realisasi Renja) over
        four quarter cells that show no figure (:attr:`Isian.tanpa_angka`: blank, or a
        formula giving empty text), or None (a formula there, or a quarter with a figure).

        Such a row records its year but not its quarters (most LKjIP lampiran print a row's
        realisation for the year only): its column 13 is the row's figure, not a sum of
        quarters. A K whose layout has a cumulative % per quarter needs those blank too.

        Sumber:
            Local practice, seen in LKjIP lampiran that print the year's realisasi without
            its quarters; Permendagri 86/2017 form E.81 itself computes column 13 from the
            quarters (``13 = 9 + 10 + 11 + 12``).

        Examples:
            >>> b = Baris(jenjang=Jenjang.SUB_KEGIATAN, nama="s", isian={
            ...     (Kolom.REALISASI_RENJA, Bagian.RP): Isian(nilai=Fraction(19_244_000)),
            ...     (Kolom.REALISASI_RENJA, Bagian.K): Isian(nilai=Fraction(2)),
            ...     (Kolom.TRIWULAN_4, Bagian.K): Isian(nilai=Fraction(2))})
            >>> b.realisasi_tanpa_triwulan(Bagian.RP), b.realisasi_tanpa_triwulan(Bagian.K)
            (Fraction(19244000, 1), None)
        """
        if not isinstance(bagian, Bagian) or bagian is Bagian.PERSEN:
            raise InvalidTypeError(field="bagian", value=bagian, expected="must be Bagian.K or RP")
        isi = self.isi(Kolom.REALISASI_RENJA, bagian)
        triwulan = [self.isi(k, bagian) for k in KOLOM_TRIWULAN]
        if bagian is Bagian.K:
            triwulan += [self.isi(k, Bagian.PERSEN) for k in KOLOM_TRIWULAN]
        if not isi.konstanta or not all(x.tanpa_angka for x in triwulan):
            return None
        return isi.nilai


def _teks_beku(nilai: Mapping[tuple[Kolom, Bagian], str]) -> Mapping[tuple[Kolom, Bagian], str]:
    if not isinstance(nilai, Mapping) or not all(
        isinstance(k, tuple)
        and len(k) == 2
        and isinstance(k[0], Kolom)
        and isinstance(k[1], Bagian)
        and isinstance(v, str)
        for k, v in nilai.items()
    ):
        raise InvalidTypeError(
            field="teks", value=nilai, expected="must map (Kolom, Bagian) to a str"
        )
    return MappingProxyType(dict(nilai))


@attrs.frozen(kw_only=True)
class BarisRingkasan:
    """A summary row inside the table (an average, a predikat): kept apart from the rows.

    The audit (:mod:`sakip.e81._ringkasan`) recomputes its cells of the shapes it reads
    and lists the others as not audited.

    A row with no name, no code and no indicator that carries a label outside those
    columns ("Rata-rata capaian kinerja (%)" in the No column), and the rows of
    formulas right under such a row, summarise the rows above them; they are no row
    of the hierarchy and do not end the table. Local practice, seen in the Bappeda
    Kabupaten Sukabumi E.81 2018 workbook (rows 38-41, 45-49); Permendagri 86/2017's
    form E.81 prints the averages and the predikat under the table.

    Attributes:
        baris: the sheet row (the line, for CSV).
        label: its label ("" for a row of formulas only under a labelled one).
        isian: its numeric cells, by column and part, parsed as the data rows' are.
        teks: the cells holding text (a predikat a formula computed), by column and part.
        sel_label: the cell of the label (None when it has none).

    Examples:
        >>> r = BarisRingkasan(baris=41, label="Predikat kinerja",
        ...                    teks={(Kolom.CAPAIAN_RENJA, Bagian.K): "Sangat Tinggi"})
        >>> r.teks[(Kolom.CAPAIAN_RENJA, Bagian.K)], len(r.isian)
        ('Sangat Tinggi', 0)
    """

    baris: int = attrs.field(validator=jenis(int))
    label: str = attrs.field(validator=jenis(str))
    isian: Mapping[tuple[Kolom, Bagian], Isian] = attrs.field(factory=dict, converter=_beku)
    teks: Mapping[tuple[Kolom, Bagian], str] = attrs.field(factory=dict, converter=_teks_beku)
    sel_label: Sel | None = attrs.field(default=None, validator=jenis(Sel, boleh_none=True))


@attrs.frozen(kw_only=True)
class TabelE81:
    """An E.81 table: its title, its rows, and where it was read from.

    Attributes:
        judul: the title lines joined by `` / ``.
        baris: the rows, top to bottom.
        berkas: the file it was read from ("" when built in Python).
        lembar: the sheet ("" for CSV or Python).
        persen_triwulan: the layout has a cumulative % per quarter; then K of
            a quarter is what the quarter added, and the K up to quarter n is
            the cumulative % times the Renja target.
        kolom_ada: the column parts the layout has (derived columns the
            layout lacks are still computed, but not compared).
        rumus_terbaca: the source carries formulas (a workbook), so a typed
            number where the form computes one can be told apart.
        satuan_rupiah: the unit every Rp amount of the table is in, by its name in
            :data:`~sakip.laporan.SATUAN_RUPIAH` (``"ribu"``: a sheet labelled
            "Rp. (000)"); the figures stay in that unit, exact, as printed.
        ringkasan: the summary rows inside the table (:class:`BarisRingkasan`),
            top to bottom: kept so that nothing is dropped, and audited apart.
        keterangan_salah: the caption formulas that contradict their headers (the
            sheet was read by its headers; the audit reports each).

    Examples:
        >>> t = TabelE81(judul="Evaluasi", baris=())
        >>> t.persen_triwulan, len(t.baris)
        (False, 0)
    """

    judul: str = attrs.field(validator=jenis(str))
    baris: tuple[Baris, ...] = attrs.field(converter=_baris)
    berkas: str = attrs.field(default="", validator=jenis(str))
    lembar: str = attrs.field(default="", validator=jenis(str))
    persen_triwulan: bool = attrs.field(default=False, validator=jenis(bool))
    kolom_ada: frozenset[tuple[Kolom, Bagian]] = frozenset()
    rumus_terbaca: bool = False
    satuan_rupiah: SatuanRupiah = attrs.field(default="rupiah", validator=_satuan_rupiah)
    ringkasan: tuple[BarisRingkasan, ...] = attrs.field(default=(), converter=_ringkasan)
    keterangan_salah: tuple[KeteranganSalah, ...] = attrs.field(
        default=(), converter=_keterangan_salah
    )

    def __iter__(self) -> Iterator[Baris]:
        return iter(self.baris)
