"""The records of a Laporan Kinerja: primary data, and what the report printed.

A :class:`Laporan` holds the primary data of a report (targets, realisasi and
their components, pagu and realisasi of every sub kegiatan with its quarters)
and, kept apart, what the report *printed* (:class:`Cetakan`: the text of a
figure, the table and row it stands in, and the typed quantity it claims to
be). Every record is frozen and checks its fields when it is built.

Examples:
    >>> from sakip import contoh
    >>> lap = contoh.dumai_2023()
    >>> lap.cari("p4.k1.s6").nama
    'Pemberian Layanan Kedaruratan'
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator, Mapping
from fractions import Fraction
from types import MappingProxyType
from typing import Any, Final, Literal, NamedTuple

import attrs

from sakip._peringatan import usang
from sakip._validasi import beku as _beku
from sakip._validasi import jenis as _jenis
from sakip._validasi import ke_tuple as _tuple
from sakip._validasi import opsional as _opsional
from sakip._validasi import semua as _semua
from sakip.errors import InvalidTypeError, InvalidValueError
from sakip.kinerja import Arah, MetodeTurun, Rasio, Rentang
from sakip.laporan.besaran import JENIS_RUPIAH, Besaran, JenisBesaran, baca_besaran
from sakip.skala import SKALA_BAWAAN, Pita, Skala
from sakip.triwulan import Konsolidasi

__all__ = [
    "KELUARAN",
    "MAKS_RUPIAH",
    "SATUAN_RUPIAH",
    "Belanja",
    "Cetakan",
    "Indikator",
    "JenjangIndikator",
    "Kegiatan",
    "Keluaran",
    "KolomLampiran",
    "Komponen",
    "Lampiran",
    "Laporan",
    "PitaDicetak",
    "Program",
    "SatuanRupiah",
    "SkalaDicetak",
    "SubKegiatan",
]

#: The unit a table prints Rupiah in, by name: "dalam ribuan rupiah" prints Rp 5.911.830.000
#: as "5.911.830". Local practice, seen in LKjIP budget tables ("dalam ribuan rupiah",
#: "dalam jutaan rupiah"); no regulation fixes it. Full Rupiah (``rupiah``) is the default.
SATUAN_RUPIAH: Final[Mapping[str, int]] = MappingProxyType(
    {"rupiah": 1, "ribu": 10**3, "juta": 10**6, "miliar": 10**9}
)
#: A name of :data:`SATUAN_RUPIAH`.
SatuanRupiah = Literal["rupiah", "ribu", "juta", "miliar"]

#: The largest Rupiah amount a report may hold (a thousand trillion: far above any
#: regional budget, small enough to be written in words).
MAKS_RUPIAH: Final = 10**15


def _rupiah(_: Any, a: attrs.Attribute[Any], nilai: Any) -> None:
    if isinstance(nilai, bool) or not isinstance(nilai, int):
        raise InvalidTypeError(field=a.name, value=nilai, expected="must be an int (Rupiah)")
    if not 0 <= nilai <= MAKS_RUPIAH:
        raise InvalidValueError(field=a.name, value=nilai, expected=f"must be 0 to {MAKS_RUPIAH}")


def _rupiah_bertanda(_: Any, a: attrs.Attribute[Any], nilai: Any) -> None:
    if isinstance(nilai, bool) or not isinstance(nilai, int):
        raise InvalidTypeError(field=a.name, value=nilai, expected="must be an int (Rupiah)")
    if abs(nilai) > MAKS_RUPIAH:
        raise InvalidValueError(
            field=a.name, value=nilai, expected=f"must be within {MAKS_RUPIAH}"
        )


def _ke_besaran(nilai: Besaran | str) -> Besaran:
    return nilai if isinstance(nilai, Besaran) else baca_besaran(nilai)


_TEKS: Final = _jenis(str)


def _satuan(a: attrs.Attribute[Any], nilai: Any, boleh_none: bool) -> None:
    if (nilai is None and boleh_none) or (type(nilai) is str and nilai in SATUAN_RUPIAH):
        return
    raise InvalidValueError(
        field=a.name, value=nilai, expected=f"must be one of {', '.join(map(repr, SATUAN_RUPIAH))}"
    )


def _satuan_rupiah(o: Any, a: attrs.Attribute[Any], nilai: Any) -> None:
    """A unit of :data:`SATUAN_RUPIAH`, and another than ``rupiah`` only on a Rupiah quantity."""
    _satuan(a, nilai, boleh_none=isinstance(o, (KolomLampiran, Lampiran)))
    jenis = o.besaran.jenis if isinstance(o, Cetakan) else getattr(o, "besaran", None)
    if nilai not in (None, "rupiah") and jenis is not None and jenis not in JENIS_RUPIAH:
        raise InvalidValueError(
            field=a.name,
            value=nilai,
            expected=f"applies only to a Rupiah quantity, not {jenis.value}",
        )


@attrs.frozen(kw_only=True)
class Cetakan:
    """A figure as the report printed it, beside (never inside) the primary data.

    Attributes:
        tabel: the table or section ("Tabel 3.5.1", "Lampiran 6", "Bab 3.7").
        baris: the row (a program, an indicator).
        kolom: the column.
        teks: the text exactly as printed ("99,58", "179%", "Sangat Berhasil").
        besaran: the quantity the figure claims to be, parsed (a string is
            read with :func:`sakip.laporan.baca_besaran`).
        pemisah_desimal: how to read an ambiguous number ("95.03"), or None; the
            findings of the figure are written in its notation (None: the
            Indonesian one).
        pemisah_rupiah: the ``pemisah_desimal`` its lampiran or its ``[[tabel]]``
            declares, for a Rupiah figure of a column or entry declaring none (the
            table's choice leaves ``pemisah_desimal`` None there, and the findings
            Indonesian). A Rupiah
            figure whose ``pemisah_desimal`` or ``pemisah_rupiah`` is "." reads
            as a rows CSV declaring it reads its Rupiah: the Indonesian way
            ("749.930.215"), else with commas grouping thousands ("1,004,422,800").
        satuan_rupiah: the unit a Rupiah figure is printed in, a name of
            :data:`SATUAN_RUPIAH` (``"ribu"``: "5.911.830" is Rp 5.911.830.000);
            only a Rupiah quantity (:data:`~sakip.laporan.besaran.JENIS_RUPIAH`)
            may have another unit than ``"rupiah"``.

    Examples:
        >>> c = Cetakan(tabel="Tabel 3.5.1", baris="p9", kolom="%", teks="99,58", besaran="penyerapan:p9")
        >>> c.letak, c.besaran.kode
        ('Tabel 3.5.1 / p9 / %', ('p9',))
        >>> Cetakan(tabel="T", baris="p9", kolom="Pagu", teks="1.539.632", besaran="pagu:p9",
        ...         satuan_rupiah="ribu").satuan_rupiah
        'ribu'
        >>> Cetakan(tabel="T", baris="p9", kolom="Pagu", teks="1,539,632,000", besaran="pagu:p9",
        ...         pemisah_rupiah=".").pemisah_rupiah
        '.'
        >>> Cetakan(tabel="T", baris="p9", kolom="%", teks="99,58", besaran="penyerapan:p9",
        ...         satuan_rupiah="ribu")
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidValueError: satuan_rupiah applies only to a Rupiah quantity, not \
penyerapan (got 'ribu')
    """

    tabel: str = attrs.field(validator=_TEKS)
    baris: str = attrs.field(validator=_TEKS)
    kolom: str = attrs.field(validator=_TEKS)
    teks: str = attrs.field(validator=_TEKS)
    besaran: Besaran = attrs.field(converter=_ke_besaran)
    pemisah_desimal: Literal[",", "."] | None = attrs.field(
        default=None, validator=attrs.validators.in_((None, ",", "."))
    )
    pemisah_rupiah: Literal[",", "."] | None = attrs.field(
        default=None, validator=attrs.validators.in_((None, ",", "."))
    )
    satuan_rupiah: SatuanRupiah = attrs.field(default="rupiah", validator=_satuan_rupiah)

    @property
    def letak(self) -> str:
        """Where the figure stands, for messages."""
        return f"{self.tabel} / {self.baris} / {self.kolom}"


def _pecahan(_: Any, a: attrs.Attribute[Any], nilai: Any) -> None:
    if not isinstance(nilai, Fraction):
        raise InvalidTypeError(field=a.name, value=nilai, expected="must be a Fraction")


def _empat(jenis: Callable[[Any, attrs.Attribute[Any], Any], None]) -> Any:
    def cek(o: Any, a: attrs.Attribute[Any], nilai: Any) -> None:
        if len(nilai) != 4:
            raise InvalidValueError(field=a.name, value=nilai, expected="must hold 4 quarters")
        for x in nilai:
            jenis(o, a, x)

    return cek


#: The output fields of a row of the lampiran (a sub kegiatan's or kegiatan's output, a
#: program's outcome): given all together, or not at all (a budget-only row). Its quarterly K
#: (``tw_k``) is optional beside them: some reports print the year's K only.
KELUARAN: Final = ("indikator", "satuan", "target_k", "realisasi_k")


class Keluaran(NamedTuple):
    """The output (keluaran) of a row: its indicator, unit and volumes (K).

    A sub kegiatan's or kegiatan's output, or a program's outcome (hasil):
    each row's own indicator, never one computed from the rows below it.
    Read with :attr:`SubKegiatan.keluaran` (or a kegiatan's, a program's),
    None for a budget-only row.

    Examples:
        >>> from sakip import contoh
        >>> k = contoh.dumai_2023().cari("p4.k1.s6").keluaran
        >>> k.realisasi_k, k.target_k, sum(k.tw_k)
        (Fraction(2000, 1), Fraction(2123, 1), Fraction(2000, 1))
    """

    indikator: str
    satuan: str
    target_k: Fraction
    tw_k: tuple[Fraction, Fraction, Fraction, Fraction] | None
    realisasi_k: Fraction


def _tuple_opsional(nilai: Any) -> tuple[Any, ...] | None:
    return None if nilai is None else _tuple(nilai)


def _keluaran_lengkap(o: Any, _: attrs.Attribute[Any], __: Any) -> None:
    """The output fields all given or all None (run after every field is set)."""
    ada = [k for k in KELUARAN if getattr(o, k) is not None]
    if not ada and o.tw_k is not None:
        raise InvalidValueError(
            field="tw_k",
            value=o.tw_k,
            expected=f"needs the output fields {', '.join(KELUARAN)} (a budget-only row has no K)",
        )
    if ada and len(ada) < len(KELUARAN):
        hilang = next(k for k in KELUARAN if k not in ada)
        raise InvalidValueError(
            field=hilang,
            value=None,
            expected=f"must be given with {ada[0]} (the output fields "
            f"{', '.join(KELUARAN)} come all together or not at all)",
        )


#: What a row's fields across years need, each the field it needs and why: one rule for
#: the model's rows and a rows CSV's (:class:`sakip.laporan.BarisAnggaran`), each naming
#: its own place (``{tempat}``). Last years' K only on a row with its output: a
#: budget-only row has no K to add to. An across-years rule of its own only beside last
#: years' K: without them it would change nothing (a key with no effect is a mistake the
#: user should hear about).
_SYARAT_LINTAS_TAHUN: Final[Mapping[str, tuple[str, str]]] = MappingProxyType(
    {
        "realisasi_lalu_k": (
            "keluaran",
            f"needs the output fields {', '.join(KELUARAN)} {{tempat}} "
            "(a budget-only row has no K)",
        ),
        "konsolidasi_renstra": (
            "realisasi_lalu_k",
            "needs realisasi_lalu_k {tempat}, the K it would consolidate across years "
            "(without it the Renstra realisasi is this year's K whatever the rule)",
        ),
    }
)


def syarat_lintas_tahun(
    tempat: Callable[[Any], str],
) -> Callable[[Any, attrs.Attribute[Any], Any], None]:
    """The validator of a row's fields across years, ``realisasi_lalu_k`` and
    ``konsolidasi_renstra``: each only beside what it needs (:data:`_SYARAT_LINTAS_TAHUN`),
    refused naming the row's place as ``tempat`` writes it ("on row 'p1'").

    Examples:
        >>> cek = syarat_lintas_tahun(lambda o: f"on row {o.kode!r}")
        >>> s = SubKegiatan(kode="p1.k1.s1", nama="Rapat", pagu=100, realisasi_rp=90)
        >>> cek(s, attrs.fields(SubKegiatan).realisasi_lalu_k, None)
        >>> cek(s, attrs.fields(SubKegiatan).realisasi_lalu_k, Fraction(2))
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidValueError: realisasi_lalu_k needs the output fields indikator, \
satuan, target_k, realisasi_k on row 'p1.k1.s1' (a budget-only row has no K) (got Fraction(2, 1))
    """

    def periksa(o: Any, a: attrs.Attribute[Any], nilai: Any) -> None:
        perlu, syarat = _SYARAT_LINTAS_TAHUN[a.name]
        if nilai is not None and getattr(o, perlu) is None:
            raise InvalidValueError(
                field=a.name, value=nilai, expected=syarat.format(tempat=tempat(o))
            )

    return periksa


#: The model's rows name their place by their code.
_LINTAS_TAHUN: Final = syarat_lintas_tahun(lambda o: f"on row {o.kode!r}")


@attrs.frozen(kw_only=True)
class _Baris:
    """A row of the lampiran: its code, its name, and its K where the report prints one.

    The one definition of the output group (:data:`KELUARAN`, ``tw_k``,
    ``konsolidasi`` and ``realisasi_lalu_k``) that :class:`SubKegiatan`,
    :class:`Kegiatan` and :class:`Program` share: the same fields, the same
    all-or-none rule, the same validators.

    ``realisasi_lalu_k`` is the K the row realised in the Renstra period up to
    last year (form E.81, column 7, K), or None when the report does not give
    it; it needs the output group (a budget-only row has no K). With it, the
    row's Renstra realisasi up to this year (column 14 = column 7 + column 13)
    is computable, by the row's ``konsolidasi_renstra`` (see
    :mod:`sakip.audit.besaran`, ``rpjmd_k``).

    ``konsolidasi_renstra`` is how last years' K and this year's make the
    Renstra realisasi (``jumlah``: added; ``terakhir``: this year's, a level;
    ``rata-rata``: not computable); ``konsolidasi`` is how the four quarters'
    K make the year's. By default it is ``konsolidasi``: one rule for both
    jobs, as before the field. They differ where a quarter's K is what the
    quarter added to a level (the quarters are summed, the years are not); a
    rule of its own needs ``realisasi_lalu_k`` (without it, it would change
    nothing).

    Sumber:
        Permendagri 86/2017, Lampiran, form E.81: each program, kegiatan and sub
        kegiatan row prints its own indicator ("Indikator Kinerja Program
        (Outcome)/Kegiatan (Output)"), satuan, target K, quarterly K and
        realisasi K (the lampiran itself was not read here). Seen in the E.81
        workbook of Bappedalitbang Kabupaten Deli Serdang, Renja 2025
        (``sakip.e81.CONTOH_DELI_SERDANG``): its program and kegiatan rows carry
        their own indicator, satuan and K. Column 7, "Realisasi Capaian Kinerja
        Renstra Perangkat Daerah sampai dengan Renja Perangkat Daerah Tahun
        2024" (K and Rp), as its caption is printed there: ``realisasi_lalu_k``
        (and a sub kegiatan's ``realisasi_lalu_rp``). Two rules for a row: local
        practice, seen in that workbook, whose percentage rows (92, 93) add the
        quarters' K, each what the quarter added ("13 = 9 + 10 + 11 + 12"),
        while a percentage is a level, not added across years (sakip's rule, as
        :mod:`sakip.e81` applies it; no regulation fixes it).

    Examples:
        >>> [a.name for a in attrs.fields(_Baris)][2:]
        ['indikator', 'satuan', 'target_k', 'tw_k', 'realisasi_k', 'konsolidasi', \
'realisasi_lalu_k', 'konsolidasi_renstra']
        >>> p = Program(kode="p1", nama="Program Pengelolaan Keuangan Daerah", kegiatan=(),
        ...             indikator="Persentase Pendanaan", satuan="%", target_k=Fraction(100),
        ...             tw_k=[Fraction(0), Fraction(30), Fraction(45), Fraction(25)],
        ...             realisasi_k=Fraction(100), realisasi_lalu_k=Fraction(83),
        ...             konsolidasi_renstra=Konsolidasi.TERAKHIR)
        >>> p.konsolidasi.value, p.konsolidasi_renstra.value
        ('jumlah', 'terakhir')
        >>> attrs.evolve(p, realisasi_lalu_k=None)
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidValueError: konsolidasi_renstra needs realisasi_lalu_k on row 'p1', \
the K it would consolidate across years (without it the Renstra realisasi is this year's K \
whatever the rule) (got <Konsolidasi.TERAKHIR: 'terakhir'>)
        >>> SubKegiatan(kode="p1.k1.s1", nama="Rapat", pagu=100, realisasi_rp=90,
        ...             realisasi_lalu_k=Fraction(2))
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidValueError: realisasi_lalu_k needs the output fields indikator, \
satuan, target_k, realisasi_k on row 'p1.k1.s1' (a budget-only row has no K) (got Fraction(2, 1))
    """

    kode: str = attrs.field(validator=_TEKS)
    nama: str = attrs.field(validator=_TEKS)
    indikator: str | None = attrs.field(default=None, validator=_opsional(_TEKS))
    satuan: str | None = attrs.field(default=None, validator=_opsional(_TEKS))
    target_k: Fraction | None = attrs.field(default=None, validator=_opsional(_pecahan))
    tw_k: tuple[Fraction, Fraction, Fraction, Fraction] | None = attrs.field(
        default=None, converter=_tuple_opsional, validator=_opsional(_empat(_pecahan))
    )
    # validators run once every field is set: this one sees the whole output group
    realisasi_k: Fraction | None = attrs.field(
        default=None, validator=[_opsional(_pecahan), _keluaran_lengkap]
    )
    konsolidasi: Konsolidasi = attrs.field(
        default=Konsolidasi.JUMLAH, validator=_jenis(Konsolidasi)
    )
    realisasi_lalu_k: Fraction | None = attrs.field(
        default=None, validator=[_opsional(_pecahan), _LINTAS_TAHUN]
    )
    # None when not given: the row's konsolidasi does both jobs (konsolidasi_renstra_berlaku)
    konsolidasi_renstra: Konsolidasi | None = attrs.field(
        default=None, validator=[_opsional(_jenis(Konsolidasi)), _LINTAS_TAHUN]
    )

    @property
    def konsolidasi_renstra_berlaku(self) -> Konsolidasi:
        """The rule across years in force: ``konsolidasi_renstra``, or the row's
        ``konsolidasi`` when it gives none.

        Examples:
            >>> s = SubKegiatan(kode="s1", nama="S", pagu=1, realisasi_rp=1)
            >>> s.konsolidasi_renstra, s.konsolidasi_renstra_berlaku.value
            (None, 'jumlah')
        """
        if self.konsolidasi_renstra is None:
            return self.konsolidasi
        return self.konsolidasi_renstra

    @property
    def keluaran(self) -> Keluaran | None:
        """The row's output fields together, or None for a budget-only row.

        Examples:
            >>> from sakip import contoh
            >>> contoh.dumai_2023().cari("p4.k1.s6").keluaran.target_k
            Fraction(2123, 1)
            >>> SubKegiatan(kode="s1", nama="Rapat", pagu=100, realisasi_rp=90).keluaran is None
            True
            >>> Program(kode="p1", nama="Program Rehabilitasi Sosial", kegiatan=(),
            ...         indikator="Persentase PPKS yang tertangani", satuan="%",
            ...         target_k=Fraction(90), realisasi_k=Fraction(87)).keluaran.satuan
            '%'
        """
        if (
            self.indikator is None
            or self.satuan is None
            or self.target_k is None
            or self.realisasi_k is None
        ):
            return None
        return Keluaran(
            indikator=self.indikator,
            satuan=self.satuan,
            target_k=self.target_k,
            tw_k=self.tw_k,
            realisasi_k=self.realisasi_k,
        )


@attrs.frozen(kw_only=True)
class SubKegiatan(_Baris):
    """A sub kegiatan: budget (Rp), and its output (K) where the report prints one.

    The output fields (:data:`KELUARAN`: ``indikator``, ``satuan``,
    ``target_k``, ``realisasi_k``) are given all together or not at all: many
    budget tables print pagu and realisasi only, and a row without them is a
    *budget-only* row (:attr:`keluaran` None), never one with invented zeros.
    ``tw_k`` is optional beside them (some reports print the year's K only),
    and ``tw_rp`` on its own.

    Attributes:
        kode: path code, e.g. ``p1.k5.s4``.
        nama: the name as printed.
        indikator: the output indicator, or None for a budget-only row.
        satuan: unit of K, or None.
        target_k: target volume, or None.
        pagu: Rupiah allocated (after the change of the Perjanjian Kinerja).
        tw_k: K per quarter, triwulan I first, or None (a row that prints the
            year's K only, or a budget-only row).
        tw_rp: Rp per quarter (negative values are corrections), or None
            when the report prints no quarters.
        tw_pasti: False when the quarter positions could not be established.
        realisasi_k: realised volume for the year, or None.
        realisasi_rp: Rupiah spent in the year.
        konsolidasi: how the quarters' K make the year's (default: their sum).
        realisasi_lalu_k: K realised in the Renstra period up to last year
            (form E.81, column 7), or None; only beside the output fields.
        konsolidasi_renstra: how last years' K and this year's make the
            Renstra realisasi up to this year (default: ``konsolidasi``); a
            rule of its own only beside ``realisasi_lalu_k`` (see :class:`_Baris`).
        realisasi_lalu_rp: Rupiah realised in the Renstra period up to last
            year (form E.81, column 7), or None.
        dicetak: the figures the report printed in this row.

    Examples:
        >>> from sakip import contoh
        >>> s = contoh.dumai_2023().cari("p4.k1.s6")
        >>> s.nama, s.tw_rp[2], s.realisasi_k, s.target_k
        ('Pemberian Layanan Kedaruratan', -19588000, Fraction(2000, 1), Fraction(2123, 1))
        >>> SubKegiatan(kode="p1.k1.s1", nama="Rapat", pagu=100, realisasi_rp=90).keluaran is None
        True
        >>> SubKegiatan(kode="p1.k1.s1", nama="Rapat", pagu=100, realisasi_rp=90, satuan="kali")
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidValueError: indikator must be given with satuan (the output fields \
indikator, satuan, target_k, realisasi_k come all together or not at all) (got None)
    """

    pagu: int = attrs.field(validator=_rupiah)
    tw_rp: tuple[int, int, int, int] | None = attrs.field(
        default=None, converter=_tuple_opsional, validator=_opsional(_empat(_rupiah_bertanda))
    )
    realisasi_rp: int = attrs.field(validator=_rupiah)
    realisasi_lalu_rp: int | None = attrs.field(default=None, validator=_opsional(_rupiah))
    tw_pasti: bool = attrs.field(default=True, validator=_jenis(bool))
    dicetak: tuple[Cetakan, ...] = attrs.field(
        default=(), converter=_tuple, validator=_semua(Cetakan)
    )


@attrs.frozen(kw_only=True)
class Kegiatan(_Baris):
    """A kegiatan and its sub kegiatan; its totals are derived, and printed ones kept apart.

    A kegiatan may carry its own output (keluaran) as a sub kegiatan does: the
    same fields (:data:`KELUARAN`, ``tw_k``, ``konsolidasi``), all together or
    none. Its K is its own indicator's, never a sum of its sub kegiatan's K
    (each measures another output, often in another unit); its Rupiah are
    the sums of theirs.

    Attributes:
        kode: path code, e.g. ``p1.k5``.
        nama: the name as printed.
        indikator: the kegiatan's output indicator, or None for a budget-only row.
        satuan: unit of K, or None.
        target_k: target volume, or None.
        tw_k: K per quarter, triwulan I first, or None.
        realisasi_k: realised volume for the year, or None.
        konsolidasi: how the quarters' K make the year's (default: their sum).
        realisasi_lalu_k: K realised in the Renstra period up to last year
            (form E.81, column 7), or None; its Rupiah up to last year are
            the sub kegiatan's (``realisasi_lalu_rp``).
        konsolidasi_renstra: how last years' K and this year's make the
            Renstra realisasi up to this year (default: ``konsolidasi``); a
            rule of its own only beside ``realisasi_lalu_k`` (see :class:`_Baris`).
        sub: the sub kegiatan.
        dicetak: the figures the report printed in this row.
        pagu: sum of the sub kegiatan's pagu.
        realisasi_rp: sum of the sub kegiatan's realisasi.

    Sumber:
        Permendagri 86/2017, Lampiran, form E.81 (a kegiatan row prints its
        output indicator and K, see :class:`Program`).

    Examples:
        >>> from sakip import contoh
        >>> k = contoh.dumai_2023().cari("p1.k1")
        >>> len(k.sub), k.pagu, k.realisasi_rp, k.keluaran
        (7, 18900000, 18468000, None)
        >>> Kegiatan(kode="p1.k1", nama="Rehabilitasi Sosial", sub=(), target_k=Fraction(4))
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidValueError: indikator must be given with target_k (the output \
fields indikator, satuan, target_k, realisasi_k come all together or not at all) (got None)
    """

    sub: tuple[SubKegiatan, ...] = attrs.field(converter=_tuple, validator=_semua(SubKegiatan))
    dicetak: tuple[Cetakan, ...] = attrs.field(
        default=(), converter=_tuple, validator=_semua(Cetakan)
    )
    pagu: int = attrs.field(init=False, eq=False, repr=False)
    realisasi_rp: int = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        # Sums kept once: a total is read for every printed figure that cites it.
        object.__setattr__(self, "pagu", sum(s.pagu for s in self.sub))
        object.__setattr__(self, "realisasi_rp", sum(s.realisasi_rp for s in self.sub))


@attrs.frozen(kw_only=True)
class Program(_Baris):
    """A program: its kegiatan, and the pagu of the original Perjanjian Kinerja.

    A program may carry its own outcome (hasil) in the output fields of a sub
    kegiatan (:data:`KELUARAN`, ``tw_k``, ``konsolidasi``), all together or
    none: "Persentase PPKS yang tertangani", satuan %, target K and realisasi
    K. Its K is its own indicator's, never a sum of its kegiatan's K (they
    measure other things, in other units); its Rupiah are the sums of theirs.

    Attributes:
        kode: path code, e.g. ``p1``.
        nama: the name as printed.
        indikator: the program's outcome indicator, or None for a budget-only row.
        satuan: unit of K, or None.
        target_k: target of the outcome, or None.
        tw_k: K per quarter, triwulan I first, or None.
        realisasi_k: realised outcome for the year, or None.
        konsolidasi: how the quarters' K make the year's (default: their sum).
        realisasi_lalu_k: K realised in the Renstra period up to last year
            (form E.81, column 7), or None; its Rupiah up to last year are
            the sub kegiatan's (``realisasi_lalu_rp``).
        konsolidasi_renstra: how last years' K and this year's make the
            Renstra realisasi up to this year (default: ``konsolidasi``); a
            rule of its own only beside ``realisasi_lalu_k`` (see :class:`_Baris`).
        kegiatan: the kegiatan.
        dicetak: the figures the report printed in this row.
        pagu_awal: pagu in the original Perjanjian Kinerja, or None when not given.
        pagu: sum of the kegiatan's pagu (after the change).
        realisasi_rp: sum of the kegiatan's realisasi.

    Sumber:
        Permendagri 86/2017, Lampiran, form E.81: the column "Indikator
        Kinerja Program (Outcome)/Kegiatan (Output)" and the K columns beside
        it are filled on program and kegiatan rows too (the lampiran itself was
        not read here; seen in ``sakip.e81.CONTOH_DELI_SERDANG``, see
        :class:`_Baris`).

    Examples:
        >>> from sakip import contoh
        >>> p = contoh.dumai_2023().cari("p9")
        >>> p.pagu_awal, p.pagu, p.realisasi_rp
        (839632000, 1539632000, 1529080716)
        >>> p = Program(kode="p1", nama="Program Rehabilitasi Sosial", kegiatan=(),
        ...             indikator="Persentase PPKS yang tertangani", satuan="%",
        ...             target_k=Fraction(90), realisasi_k=Fraction(8713, 100))
        >>> p.keluaran.realisasi_k / p.keluaran.target_k
        Fraction(8713, 9000)
    """

    kegiatan: tuple[Kegiatan, ...] = attrs.field(converter=_tuple, validator=_semua(Kegiatan))
    pagu_awal: int | None = attrs.field(default=None, validator=_opsional(_rupiah))
    dicetak: tuple[Cetakan, ...] = attrs.field(
        default=(), converter=_tuple, validator=_semua(Cetakan)
    )
    pagu: int = attrs.field(init=False, eq=False, repr=False)
    realisasi_rp: int = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "pagu", sum(k.pagu for k in self.kegiatan))
        object.__setattr__(self, "realisasi_rp", sum(k.realisasi_rp for k in self.kegiatan))

    def semua_sub(self) -> Iterator[SubKegiatan]:
        """Every sub kegiatan of the program.

        Examples:
            >>> from sakip import contoh
            >>> len(list(contoh.dumai_2023().cari("p1").semua_sub()))
            30
        """
        for k in self.kegiatan:
            yield from k.sub


def _rincian(_: Any, a: attrs.Attribute[Any], nilai: Mapping[Any, Any]) -> None:
    for k, v in nilai.items():
        if not isinstance(k, str) or isinstance(v, bool) or not isinstance(v, int) or v < 0:
            raise InvalidValueError(
                field=a.name, value={k: v}, expected="must map names to counts"
            )


@attrs.frozen(kw_only=True)
class Komponen:
    """The components of an indicator's realisasi in one year.

    Attributes:
        pembilang: numerator (e.g. PPKS whose needs were met).
        penyebut: denominator (the population).
        rincian_penyebut: the denominator's breakdown as printed, if any.

    Examples:
        >>> from sakip import contoh
        >>> k = contoh.dumai_2023().indikator_dengan("iku4").realisasi[2023]
        >>> k.penyebut, sum(k.rincian_penyebut.values())
        (Fraction(459, 1), 468)
    """

    pembilang: Fraction = attrs.field(validator=_pecahan)
    penyebut: Fraction = attrs.field(validator=_pecahan)
    rincian_penyebut: Mapping[str, int] = attrs.field(
        factory=dict, converter=_beku, validator=_rincian
    )


def _tahun_kunci(_: Any, a: attrs.Attribute[Any], nilai: Mapping[Any, Any]) -> None:
    for k in nilai:
        if isinstance(k, bool) or not isinstance(k, int):
            raise InvalidTypeError(field=a.name, value=k, expected="must be keyed by year (int)")


#: What a year of a per-year value may hold, by field: a number, or a form a report
#: prints instead of one. A range target ("> 201-350") is measured against its bounds; a
#: ratio ("1 : 14") by its value ``kanan / kiri`` (:class:`sakip.kinerja.Rentang`,
#: :class:`sakip.kinerja.Rasio`, :func:`sakip.kinerja.capaian`). A realisasi is a
#: number or a ratio, never a range.
_BENTUK_PER_TAHUN: Final[Mapping[str, tuple[type, ...]]] = MappingProxyType(
    {"target": (Fraction, Rentang, Rasio), "nilai_realisasi": (Fraction, Rasio)}
)


def _target_beku(nilai: Mapping[Any, Any]) -> Mapping[Any, Any]:
    """The targets, frozen; a plain ``int`` target (accepted unconverted by 0.2.0) becomes
    its :class:`~fractions.Fraction` with a warning (it is refused from 0.4.0)."""
    if isinstance(nilai, Mapping) and any(type(x) is int for x in nilai.values()):
        # the caller of Indikator(...), past attrs' __init__
        usang("an int in Indikator.target", "Fraction(n)", sejak="0.3.0", hingga="0.4.0", lapis=1)
        nilai = {k: Fraction(x) if type(x) is int else x for k, x in nilai.items()}
    return _beku(nilai)


def _nilai_per_tahun(o: Any, a: attrs.Attribute[Any], nilai: Mapping[Any, Any]) -> None:
    """Values by year, each of a form :data:`_BENTUK_PER_TAHUN` allows for the field; a
    ratio in the indicator's direction (the text "1 : 14" states none, and
    :func:`sakip.kinerja.capaian` refuses a ratio whose direction differs)."""
    _tahun_kunci(o, a, nilai)
    bentuk = _BENTUK_PER_TAHUN[a.name]
    for tahun, x in nilai.items():
        if not isinstance(x, bentuk):
            raise InvalidTypeError(
                field=f"{a.name}[{tahun}]",
                value=x,
                expected=f"must be a {' or a '.join(k.__name__ for k in bentuk)}",
            )
        if isinstance(x, Rasio) and x.arah is not o.arah:
            raise InvalidValueError(
                field=f"{a.name}[{tahun}]",
                value=x,
                expected=f"must be a ratio in the indicator's direction ({o.arah})",
            )


def _nilai_realisasi(o: Any, a: attrs.Attribute[Any], nilai: Mapping[Any, Any]) -> None:
    """Values by year (:func:`_nilai_per_tahun`), each year not also given as components."""
    _nilai_per_tahun(o, a, nilai)
    for tahun in nilai:
        if tahun in o.realisasi:
            raise InvalidValueError(
                field=a.name,
                value=tahun,
                expected="must not repeat a year of realisasi (a year's realisasi is "
                "its components or its value, not both)",
            )


def _teks_per_tahun(o: Any, a: attrs.Attribute[Any], nilai: Mapping[Any, Any]) -> None:
    """Texts by year (a target as printed)."""
    _tahun_kunci(o, a, nilai)
    for tahun, teks in nilai.items():
        if not isinstance(teks, str):
            raise InvalidTypeError(
                field=f"{a.name}[{tahun}]", value=teks, expected="must be the text as printed"
            )


def _teks_lain(o: Any, a: attrs.Attribute[Any], nilai: Mapping[Any, Any]) -> None:
    """The other texts a target is printed in, per year: only for a year with a first text
    in ``target_dicetak``; each a non-blank string, none repeated (nor the first text)."""
    _tahun_kunci(o, a, nilai)
    for tahun, semua in nilai.items():
        if tahun not in o.target_dicetak:
            raise InvalidValueError(
                field=a.name,
                value=tahun,
                expected="must name a year of target_dicetak (its first text is there)",
            )
        if not isinstance(semua, tuple) or not semua:
            raise InvalidTypeError(
                field=f"{a.name}[{tahun}]",
                value=semua,
                expected="must be a non-empty tuple of the texts as printed",
            )
        dilihat = {o.target_dicetak[tahun]}
        for teks in semua:
            if not isinstance(teks, str) or not teks.strip():
                raise InvalidValueError(
                    field=f"{a.name}[{tahun}]",
                    value=teks,
                    expected="must hold texts as printed, none blank",
                )
            if teks in dilihat:
                raise InvalidValueError(
                    field=f"{a.name}[{tahun}]",
                    value=teks,
                    expected="must not repeat a text (nor target_dicetak's)",
                )
            dilihat.add(teks)


def _dicetak_rasio(o: Any, a: attrs.Attribute[Any], nilai: Mapping[Any, Any]) -> None:
    """The printed texts of ratio realisasi: only for a year whose realisasi is a ratio."""
    _tahun_kunci(o, a, nilai)
    for tahun, teks in nilai.items():
        if not isinstance(teks, str):
            raise InvalidTypeError(field=a.name, value=teks, expected="must hold strings")
        if not isinstance(o.nilai_realisasi.get(tahun), Rasio):
            raise InvalidValueError(
                field=a.name,
                value=tahun,
                expected="must name a year whose nilai_realisasi is a Rasio (the text of a "
                "ratio realisasi)",
            )


def _satuan_indikator(_: Any, a: attrs.Attribute[Any], nilai: Any) -> None:
    """An indicator's unit: a text as printed, or None where the report prints none. A blank
    text is refused: "not printed" is None, and a blank could also be a unit left out."""
    if nilai is None:
        return
    _TEKS(_, a, nilai)
    if not nilai.strip():
        raise InvalidValueError(
            field=a.name,
            value=nilai,
            expected="must not be blank: None where the report prints no satuan",
        )


class JenjangIndikator(enum.Enum):
    """Jenjang (level) of an indicator in the Renstra: of a tujuan, or of a sasaran.

    A Renstra sets tujuan, each measured by indikator tujuan, and under them sasaran, each
    measured by indikator sasaran: the indikator kinerja utama (IKU) of a perangkat daerah
    (its Ringkasan Eksekutif counts them: "3 (tiga) Tujuan dengan 4 (empat) Indikator
    Kinerja Utama"). The audit counts the IKU (``banyak:indikator``) and their sasaran
    (``banyak:sasaran``) over the indikator sasaran, and the tujuan (``banyak:tujuan``)
    over every indicator.

    Sumber:
        local practice, seen in LKjIP Dinas Sosial dan PMD Kota Dumai 2023, Tabel 2.2.1
        (columns Tujuan, Indikator Tujuan, Sasaran, Indikator Sasaran) and its Ringkasan
        Eksekutif; the Renstra form of Permendagri 86/2017 that sets these levels was not
        read.

    Examples:
        >>> JenjangIndikator("tujuan"), JenjangIndikator.SASARAN.value
        (<JenjangIndikator.TUJUAN: 'tujuan'>, 'sasaran')
    """

    TUJUAN = "tujuan"
    SASARAN = "sasaran"


def _jenjang_indikator(inst: Any, a: attrs.Attribute[Any], nilai: Any) -> None:
    """An indikator tujuan measures its tujuan: a ``sasaran`` given to it is refused."""
    _jenis(JenjangIndikator)(inst, a, nilai)
    if nilai is JenjangIndikator.TUJUAN and inst.sasaran:
        raise InvalidValueError(
            field="sasaran",
            value=inst.sasaran,
            expected="must be empty for an indikator tujuan (jenjang tujuan): it measures "
            "its tujuan, given in tujuan",
        )


@attrs.frozen(kw_only=True)
class Indikator:
    """An indicator of the Renstra / Perjanjian Kinerja (IKU or tujuan).

    Attributes:
        kode: short code (``iku1``).
        nama: the name as printed.
        satuan: the unit as printed ("%", "indeks", "dokumen"), or None where the
            report prints none (a table without a satuan column): never guessed,
            and no arithmetic reads it (a capaian is the same whatever its unit).
        arah: which way is better.
        metode: the lower-is-better method, for ``Arah.TURUN``.
        rumus: the name of the formula in :mod:`sakip.indikator` that turns the
            components into the realisasi, or "" for pembilang / penyebut x 100.
        sasaran: the sasaran strategis it measures.
        tujuan: the tujuan (goal) above the sasaran.
        jenjang: an indikator sasaran (an IKU, the default) or an indikator tujuan
            (:class:`JenjangIndikator`); an indikator tujuan has no ``sasaran``.
        program: codes of the programs that fund it (for efisiensi).
        target: target per year: a number, a :class:`Rentang` (a range or a
            one-sided bound) or a :class:`Rasio` ("1 : 14", compared by its value
            ``kanan / kiri``), each as :func:`sakip.capaian` takes it; a ratio is
            in the indicator's ``arah``.
        target_dicetak: a target's text as printed, per year: a range's or a
            ratio's ("> 201-350", "1 : 14"), or a single value's printed with words
            ("80 dibawah ambang batas"); a printed target figure is compared with it.
        target_dicetak_lain: the other texts a target is printed in, per year, where
            the report prints it more than one way (LAKIP BKPD Provinsi Lampung 2015:
            "HPP≤ 3.700" in Tabel 12, "≥ HPP" in Tabel 5); a printed target figure
            matching the first text or any of these is accepted.
        realisasi: the components of the realisasi per year.
        nilai_realisasi: the realisasi per year where the report prints only its
            value ("93", "97,32%", an index score, a count) or a ratio ("1 : 12",
            a :class:`Rasio` in the indicator's ``arah``), and no numerator or
            denominator; a year is in this or in ``realisasi``, never in both.
            A quantity that needs the components (``iku.penyebut``) does not
            exist for such a year.
        realisasi_dicetak: a ratio realisasi's text as printed ("1 : 12"), per year.
        catatan: notes on ambiguities of the source.

    Examples:
        >>> from sakip import contoh
        >>> i = contoh.dumai_2023().indikator_dengan("iku2")
        >>> i.arah, i.target[2023], i.target[2026]
        (<Arah.NAIK: 'naik'>, Fraction(42, 1), Fraction(25, 1))
        >>> murid = Rasio(kiri=1, kanan=14, arah=Arah.TURUN)  # "1 : 14", pupils per teacher
        >>> i = Indikator(kode="iku5", nama="Rasio guru : murid", satuan="rasio",
        ...               arah=Arah.TURUN, target={2024: murid},
        ...               nilai_realisasi={2024: Rasio(kiri=1, kanan="15.4", arah=Arah.TURUN)})
        >>> str(i.target[2024]), i.target[2024].nilai, i.nilai_realisasi[2024].nilai
        ('1:14', Fraction(14, 1), Fraction(77, 5))
        >>> Indikator(kode="iku5", nama="Rasio guru : murid", satuan="rasio", arah=Arah.NAIK,
        ...           target={2024: murid})
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidValueError: target[2024] must be a ratio in the indicator's \
direction (Arah.NAIK) (got Rasio(kiri=Fraction(1, 1), kanan=Fraction(14, 1), \
arah=<Arah.TURUN: 'turun'>))

        A table that prints no satuan (LKjIP BKPSDM Kabupaten Tasikmalaya 2020, Tabel 3.6):

        >>> Indikator(kode="iku2", nama="Tingkat akurasi data SIMPEG", arah=Arah.NAIK,
        ...           target={2020: Fraction(100)}).satuan is None
        True
        >>> Indikator(kode="iku2", nama="Tingkat akurasi data SIMPEG", satuan=" ",
        ...           arah=Arah.NAIK, target={2020: Fraction(100)})
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidValueError: satuan must not be blank: None where the report \
prints no satuan (got ' ')

        A target printed two ways (LAKIP BKPD Provinsi Lampung 2015, Tabel 5 and Tabel 12):

        >>> from sakip.kinerja import Rentang
        >>> i = Indikator(kode="harga_gkp", nama="Harga GKP", arah=Arah.NAIK,
        ...               target={2015: Rentang(bawah=3700)}, target_dicetak={2015: "≥ HPP"},
        ...               target_dicetak_lain={2015: ("HPP≤ 3.700",)})
        >>> i.target_dicetak[2015], i.target_dicetak_lain[2015]
        ('≥ HPP', ('HPP≤ 3.700',))
        >>> Indikator(kode="harga_gkp", nama="Harga GKP", arah=Arah.NAIK,
        ...           target={2015: Rentang(bawah=3700)}, target_dicetak={2015: "≥ HPP"},
        ...           target_dicetak_lain={2015: ("≥ HPP",)})
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidValueError: target_dicetak_lain[2015] must not repeat a text \
(nor target_dicetak's) (got '≥ HPP')
    """

    kode: str = attrs.field(validator=_TEKS)
    nama: str = attrs.field(validator=_TEKS)
    satuan: str | None = attrs.field(default=None, validator=_satuan_indikator)
    arah: Arah = attrs.field(validator=_jenis(Arah))
    target: Mapping[int, Fraction | Rentang | Rasio] = attrs.field(
        converter=_target_beku, validator=_nilai_per_tahun
    )
    realisasi: Mapping[int, Komponen] = attrs.field(
        factory=dict, converter=_beku, validator=_tahun_kunci
    )
    target_dicetak: Mapping[int, str] = attrs.field(
        factory=dict, converter=_beku, validator=_teks_per_tahun
    )
    target_dicetak_lain: Mapping[int, tuple[str, ...]] = attrs.field(
        factory=dict, converter=_beku, validator=_teks_lain
    )
    nilai_realisasi: Mapping[int, Fraction | Rasio] = attrs.field(
        factory=dict, converter=_beku, validator=_nilai_realisasi
    )
    realisasi_dicetak: Mapping[int, str] = attrs.field(
        factory=dict, converter=_beku, validator=_dicetak_rasio
    )
    metode: MetodeTurun | None = attrs.field(
        default=None, validator=_opsional(_jenis(MetodeTurun))
    )
    rumus: str = attrs.field(default="", validator=_TEKS)
    sasaran: str = attrs.field(default="", validator=_TEKS)
    tujuan: str = attrs.field(default="", validator=_TEKS)
    program: tuple[str, ...] = attrs.field(default=(), converter=_tuple, validator=_semua(str))
    catatan: str = attrs.field(default="", validator=_TEKS)
    jenjang: JenjangIndikator = attrs.field(
        default=JenjangIndikator.SASARAN, validator=_jenjang_indikator
    )

    def tahun_realisasi(self) -> tuple[int, ...]:
        """The years with a realisasi, as components or as a value, in order.

        Examples:
            >>> from fractions import Fraction
            >>> from sakip.kinerja import Arah
            >>> Indikator(kode="iku1", nama="IKM", satuan="indeks", arah=Arah.NAIK,
            ...           target={2024: Fraction(80)},
            ...           realisasi={2023: Komponen(pembilang=Fraction(8), penyebut=Fraction(10))},
            ...           nilai_realisasi={2024: Fraction(8213, 100)}).tahun_realisasi()
            (2023, 2024)
        """
        return tuple(sorted({*self.realisasi, *self.nilai_realisasi}))


@attrs.frozen(kw_only=True)
class SkalaDicetak:
    """A rating scale as the report printed it (possibly with overlaps or gaps).

    Attributes:
        tabel: where it is printed.
        nama: its title.
        acuan: the name of the scale it reprints (built-in or the report's own).
        pita: the bands as printed.

    Examples:
        >>> from sakip import contoh, masalah_pita
        >>> s = contoh.dumai_2023().skala_dicetak[0]
        >>> s.tabel, len(masalah_pita(s.pita))
        ('Tabel 3.1', 4)
    """

    tabel: str = attrs.field(validator=_TEKS)
    nama: str = attrs.field(validator=_TEKS)
    acuan: str = attrs.field(validator=_TEKS)
    pita: tuple[Pita, ...] = attrs.field(converter=_tuple, validator=_semua(Pita))


@attrs.frozen(kw_only=True)
class PitaDicetak:
    """One band of a rating scale, printed alone (a sentence, not the scale's table).

    "... dengan rentang capaian 76% sampai dengan 90% ... kategori Tinggi": the
    report quotes one band of a scale it rates with, not the whole table; the
    audit holds it to the band of that label in the scale it quotes (``acuan``).
    Unlike a :class:`SkalaDicetak`, its neighbours are not printed, so no gap or
    overlap can be seen, only its own bounds.

    Attributes:
        tabel: where it is printed ("Bab III A.2 (text under Tabel 3.6)").
        acuan: the name of the scale it quotes (built-in or the report's own).
        pita: the band as printed: its label and bounds.

    Sumber:
        Local practice, seen in LKjIP BKPSDM Kabupaten Tasikmalaya 2020, Bab III
        A.2 (the text under Tabel 3.6 gives the mean's category with its band).

    Examples:
        >>> p = PitaDicetak(tabel="Bab III", acuan="PERMENDAGRI_86_2017",
        ...                 pita=Pita(nama="Tinggi", bawah=76, atas=90, termasuk_atas=True))
        >>> str(p.pita)
        'Tinggi: 76 <= x <= 90'
    """

    tabel: str = attrs.field(validator=_TEKS)
    acuan: str = attrs.field(validator=_TEKS)
    pita: Pita = attrs.field(validator=_jenis(Pita))


@attrs.frozen(kw_only=True)
class Belanja:
    """Belanja operasi and modal: pagu and realisasi (Rupiah).

    Examples:
        >>> from sakip import contoh
        >>> b = contoh.dumai_2023().belanja
        >>> b.operasi + b.modal
        13904271740
    """

    operasi: int = attrs.field(validator=_rupiah)
    modal: int = attrs.field(validator=_rupiah)
    realisasi_operasi: int = attrs.field(validator=_rupiah)
    realisasi_modal: int = attrs.field(validator=_rupiah)


@attrs.frozen(kw_only=True)
class KolomLampiran:
    """One printed column of the lampiran (the budget table), declared by the report.

    Attributes:
        kunci: the key used under ``dicetak`` in the rows (``rp_persen``).
        judul: the column heading as printed; ``{n}`` is the quarter for a
            quarterly column ("Triwulan {n} Rp").
        besaran: the quantity's kind; the row's code (and the quarter) are its arguments.
        per_triwulan: the cell holds four texts, triwulan I first.
        pemisah_desimal: how to read an ambiguous number ("93.60%") in this
            column; None takes the lampiran's.
        satuan_rupiah: the unit this column prints Rupiah in (a name of
            :data:`SATUAN_RUPIAH`), only on a Rupiah quantity; None takes the lampiran's.

    Examples:
        >>> from sakip.laporan.besaran import JenisBesaran
        >>> KolomLampiran(kunci="rp_persen", judul="Rp %", besaran=JenisBesaran.PENYERAPAN).judul
        'Rp %'
    """

    kunci: str = attrs.field(validator=_TEKS)
    judul: str = attrs.field(validator=_TEKS)
    besaran: JenisBesaran = attrs.field(validator=_jenis(JenisBesaran))
    per_triwulan: bool = attrs.field(default=False, validator=_jenis(bool))
    pemisah_desimal: Literal[",", "."] | None = attrs.field(
        default=None, validator=attrs.validators.in_((None, ",", "."))
    )
    satuan_rupiah: SatuanRupiah | None = attrs.field(default=None, validator=_satuan_rupiah)


@attrs.frozen(kw_only=True)
class Lampiran:
    """The lampiran's layout: its table name and the columns it prints.

    ``pemisah_desimal`` says how the lampiran prints an ambiguous number
    ("93.60%": a dot as the decimal point, or grouping thousands);
    ``satuan_rupiah`` the unit its Rupiah columns print in ("dalam ribuan
    rupiah": ``"ribu"``; its other columns are not Rupiah and keep theirs); a
    column may say otherwise.

    Examples:
        >>> from sakip import contoh
        >>> [k.kunci for k in contoh.dumai_2023().lampiran.kolom][:3]
        ['k_persen', 'pagu', 'realisasi']
    """

    tabel: str = attrs.field(validator=_TEKS)
    kolom: tuple[KolomLampiran, ...] = attrs.field(
        converter=_tuple, validator=_semua(KolomLampiran)
    )
    pemisah_desimal: Literal[",", "."] | None = attrs.field(
        default=None, validator=attrs.validators.in_((None, ",", "."))
    )
    satuan_rupiah: SatuanRupiah | None = attrs.field(default=None, validator=_satuan_rupiah)


def _renstra(_: Any, a: attrs.Attribute[Any], nilai: Any) -> None:
    if not (
        len(nilai) == 2
        and all(isinstance(x, int) and not isinstance(x, bool) for x in nilai)
        and nilai[0] <= nilai[1]
    ):
        raise InvalidValueError(
            field=a.name, value=nilai, expected="must be (first year, last year)"
        )


@attrs.frozen(kw_only=True)
class Laporan:
    """A Laporan Kinerja: primary data and what the report printed.

    Attributes:
        instansi: the agency.
        tahun: the reporting year.
        judul: title.
        sumber: where the report comes from.
        renstra: first and last year of the Renstra period.
        skala_predikat: name of the scale for predikat kinerja (built-in or
            defined in :attr:`skala`), or None when nothing is rated.
        skala_atribut: name of the scale for the atribut capaian, or None.
        skala: scales the report defines itself, by name.
        skala_dicetak: scales as printed in the report.
        pita_dicetak: bands of a scale printed alone (a sentence quoting one band).
        indikator: the indicators.
        program: the programs, with kegiatan and sub kegiatan.
        lampiran: the layout of the budget table, or None.
        belanja: belanja operasi and modal, or None.
        cetakan: printed figures of the main text.
        berkas: the file it was read from, for messages.

    Examples:
        >>> from sakip import contoh
        >>> lap = contoh.dumai_2023()
        >>> lap.tahun, lap.renstra, lap.pagu
        (2023, (2021, 2026), 13904271740)
    """

    instansi: str = attrs.field(validator=_TEKS)
    tahun: int = attrs.field(validator=_jenis(int))
    judul: str = attrs.field(validator=_TEKS)
    sumber: str = attrs.field(validator=_TEKS)
    renstra: tuple[int, int] = attrs.field(converter=_tuple, validator=_renstra)
    skala_predikat: str | None = attrs.field(default=None, validator=_opsional(_TEKS))
    skala_atribut: str | None = attrs.field(default=None, validator=_opsional(_TEKS))
    indikator: tuple[Indikator, ...] = attrs.field(
        default=(), converter=_tuple, validator=_semua(Indikator)
    )
    program: tuple[Program, ...] = attrs.field(
        default=(), converter=_tuple, validator=_semua(Program)
    )
    skala: Mapping[str, Skala] = attrs.field(factory=dict, converter=_beku)
    skala_dicetak: tuple[SkalaDicetak, ...] = attrs.field(
        default=(), converter=_tuple, validator=_semua(SkalaDicetak)
    )
    pita_dicetak: tuple[PitaDicetak, ...] = attrs.field(
        default=(), converter=_tuple, validator=_semua(PitaDicetak)
    )
    lampiran: Lampiran | None = attrs.field(default=None, validator=_opsional(_jenis(Lampiran)))
    belanja: Belanja | None = attrs.field(default=None, validator=_opsional(_jenis(Belanja)))
    cetakan: tuple[Cetakan, ...] = attrs.field(
        default=(), converter=_tuple, validator=_semua(Cetakan)
    )
    berkas: str = attrs.field(default="<data>", validator=_TEKS)
    _indeks: Mapping[str, Program | Kegiatan | SubKegiatan] = attrs.field(
        init=False, eq=False, repr=False
    )
    _indeks_indikator: Mapping[str, Indikator] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        # Every code indexed once, so that finding one is constant time.
        indeks: dict[str, Program | Kegiatan | SubKegiatan] = {}
        for p in self.program:
            semua: list[Program | Kegiatan | SubKegiatan] = [p, *p.kegiatan, *p.semua_sub()]
            for obj in semua:
                if obj.kode in indeks:
                    raise InvalidValueError(
                        field="kode", value=obj.kode, expected="must be unique"
                    )
                indeks[obj.kode] = obj
        object.__setattr__(self, "_indeks", MappingProxyType(indeks))
        object.__setattr__(
            self, "_indeks_indikator", MappingProxyType({i.kode: i for i in self.indikator})
        )

    def semua_cetakan(self) -> Iterator[Cetakan]:
        """Every printed figure: main text first, then the rows of the lampiran.

        Examples:
            >>> from sakip import contoh
            >>> str(next(contoh.dumai_2023().semua_cetakan()).besaran)
            'banyak:program'
        """
        yield from self.cetakan
        for p in self.program:
            yield from p.dicetak
            for k in p.kegiatan:
                yield from k.dicetak
                for s in k.sub:
                    yield from s.dicetak

    def semua_sub(self) -> Iterator[SubKegiatan]:
        """Every sub kegiatan of the report, in order.

        Examples:
            >>> from sakip import contoh
            >>> len(list(contoh.dumai_2023().semua_sub()))
            57
        """
        for p in self.program:
            yield from p.semua_sub()

    def cari(self, kode: str) -> Program | Kegiatan | SubKegiatan:
        """The program, kegiatan or sub kegiatan with this code.

        Raises:
            InvalidValueError: no such code.

        Examples:
            >>> from sakip import contoh
            >>> contoh.dumai_2023().cari("p7").nama
            'Program Pengelolaan Taman Makam Pahlawan'
        """
        try:
            return self._indeks[kode]
        except (KeyError, TypeError):
            raise InvalidValueError(
                field="kode", value=kode, expected="must name a program, kegiatan or sub kegiatan"
            ) from None

    def ada(self, kode: str) -> bool:
        """Whether a program, kegiatan or sub kegiatan has this code.

        Examples:
            >>> from sakip import contoh
            >>> contoh.dumai_2023().ada("p7"), contoh.dumai_2023().ada("p70")
            (True, False)
        """
        return isinstance(kode, str) and kode in self._indeks

    def ada_indikator(self, kode: str) -> bool:
        """Whether an indicator has this code.

        Examples:
            >>> from sakip import contoh
            >>> contoh.dumai_2023().ada_indikator("iku3"), contoh.dumai_2023().ada_indikator("p7")
            (True, False)
        """
        return isinstance(kode, str) and kode in self._indeks_indikator

    def indikator_dengan(self, kode: str) -> Indikator:
        """The indicator with this code.

        Examples:
            >>> from sakip import contoh
            >>> contoh.dumai_2023().indikator_dengan("iku3").rumus
            'lpm_aktif'
        """
        try:
            return self._indeks_indikator[kode]
        except (KeyError, TypeError):
            raise InvalidValueError(
                field="kode", value=kode, expected="must name an indicator"
            ) from None

    def skala_bernama(self, nama: str) -> Skala:
        """The scale with this name: the report's own first, then sakip's built-in ones.

        Raises:
            InvalidValueError: no such scale.

        Examples:
            >>> from sakip import contoh
            >>> contoh.dumai_2023().skala_bernama("ATRIBUT_CAPAIAN_DUMAI").predikat(179)
            'Sangat Berhasil'
        """
        if isinstance(nama, str) and nama in self.skala:
            return self.skala[nama]
        if isinstance(nama, str) and nama in SKALA_BAWAAN:
            return SKALA_BAWAAN[nama]
        raise InvalidValueError(
            field="skala",
            value=nama,
            expected=f"must be one of {sorted(self.skala) + sorted(SKALA_BAWAAN)}",
        )

    @property
    def pagu(self) -> int:
        """Total pagu: the sum of every program."""
        return sum(p.pagu for p in self.program)

    @property
    def realisasi_rp(self) -> int:
        """Total realisasi: the sum of every program."""
        return sum(p.realisasi_rp for p in self.program)
