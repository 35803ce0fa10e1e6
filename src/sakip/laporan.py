"""Laporan Kinerja (the report model) and its file formats: TOML and CSV.

A :class:`Laporan` holds the primary data of a report (targets, realisasi and
their components, pagu and realisasi of every sub kegiatan with its quarters)
and, kept apart, what the report *printed* (:class:`Cetakan`: the text of a
figure, the table and row it stands in, and the quantity it claims to be).
:mod:`sakip.audit` recomputes every printed figure from the primary data.

Files are read strictly: an unknown key, a missing key or a malformed number
raises :class:`ReportFormatError` naming the file and the place inside it
(``program[3].kegiatan[0].sub[1].pagu``). Nothing is dropped or guessed.
"""

from __future__ import annotations

import csv
import io
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from fractions import Fraction
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final, Literal

import attrs

from sakip._eksak import ke_pecahan
from sakip.angka import baca
from sakip.errors import InvalidValueError, ReportFormatError, SakipError, _usang
from sakip.kinerja import Arah, MetodeTurun, Rentang
from sakip.skala import Pita
from sakip.triwulan import Konsolidasi

__all__ = [
    "BarisAnggaran",
    "BarisIndikator",
    "Belanja",
    "Cetakan",
    "Indikator",
    "Kegiatan",
    "Komponen",
    "Laporan",
    "Program",
    "ReportFormatError",
    "SkalaDicetak",
    "SubKegiatan",
    "baca_csv_anggaran",
    "baca_csv_indikator",
    "baca_toml",
    "dari_dict",
]

SKEMA: Final = 1


# -- records ---------------------------------------------------------------


def _beku(nilai: Mapping[Any, Any]) -> Mapping[Any, Any]:
    """A read-only copy: records are immutable, and the embedded report is shared."""
    return MappingProxyType(dict(nilai))


@attrs.frozen(kw_only=True)
class Cetakan:
    """A figure as the report printed it, beside (never inside) the primary data.

    Attributes:
        tabel: the table or section ("Tabel 3.5.1", "Lampiran 6", "Bab 3.7").
        baris: the row (a program, an indicator).
        kolom: the column.
        teks: the text exactly as printed ("99,58", "179%", "Sangat Berhasil").
        besaran: the quantity the figure claims to be, in sakip's notation
            (``penyerapan:p9``, ``iku.capaian:iku2:2023``; see the docs).
        pemisah_desimal: how to read an ambiguous number ("95.03"), or None.

    Examples:
        >>> c = Cetakan(tabel="Tabel 3.5.1", baris="p9", kolom="%", teks="99,58", besaran="penyerapan:p9")
        >>> c.letak
        'Tabel 3.5.1 / p9 / %'
    """

    tabel: str
    baris: str
    kolom: str
    teks: str
    besaran: str
    pemisah_desimal: Literal[",", "."] | None = None

    @property
    def letak(self) -> str:
        """Where the figure stands, for messages."""
        return f"{self.tabel} / {self.baris} / {self.kolom}"

    @property
    def tempat(self) -> str:
        """Deprecated name of :attr:`letak` (``tempat`` means decimal places); removed in 0.3.0."""
        _usang("Cetakan.tempat", "Cetakan.letak")
        return self.letak


@attrs.frozen(kw_only=True)
class SubKegiatan:
    """A sub kegiatan: output target (K) and budget (Rp), with quarterly realisation.

    Attributes:
        kode: path code, e.g. ``p1.k5.s4``.
        nama: the name as printed.
        indikator: the output indicator.
        satuan: unit of K.
        target_k: target volume.
        pagu: Rupiah allocated (after the change of the Perjanjian Kinerja).
        tw_k: K per quarter, triwulan I first.
        tw_rp: Rp per quarter (negative values are corrections).
        tw_pasti: False when the quarter positions could not be established.
        realisasi_k: realised volume for the year.
        realisasi_rp: Rupiah spent in the year.
        dicetak: the figures the report printed in this row.

    Examples:
        >>> from sakip import contoh
        >>> s = contoh.dumai_2023().cari("p4.k1.s6")
        >>> s.nama, s.tw_rp[2], s.realisasi_k, s.target_k
        ('Pemberian Layanan Kedaruratan', -19588000, Fraction(2000, 1), Fraction(2123, 1))
    """

    kode: str
    nama: str
    indikator: str
    satuan: str
    target_k: Fraction
    pagu: int
    tw_k: tuple[Fraction, Fraction, Fraction, Fraction]
    tw_rp: tuple[int, int, int, int]
    realisasi_k: Fraction
    realisasi_rp: int
    tw_pasti: bool = True
    dicetak: tuple[Cetakan, ...] = ()


@attrs.frozen(kw_only=True)
class Kegiatan:
    """A kegiatan and its sub kegiatan; its totals are derived, and printed ones kept apart.

    Examples:
        >>> from sakip import contoh
        >>> k = contoh.dumai_2023().cari("p1.k1")
        >>> len(k.sub), k.pagu, k.realisasi_rp
        (7, 18900000, 18468000)
    """

    kode: str
    nama: str
    sub: tuple[SubKegiatan, ...]
    dicetak: tuple[Cetakan, ...] = ()

    @property
    def pagu(self) -> int:
        """Sum of the sub kegiatan's pagu."""
        return sum(s.pagu for s in self.sub)

    @property
    def realisasi_rp(self) -> int:
        """Sum of the sub kegiatan's realisasi."""
        return sum(s.realisasi_rp for s in self.sub)


@attrs.frozen(kw_only=True)
class Program:
    """A program: its kegiatan, and the pagu of the original Perjanjian Kinerja.

    Attributes:
        pagu_awal: pagu in the original Perjanjian Kinerja, or None when not given.

    Examples:
        >>> from sakip import contoh
        >>> p = contoh.dumai_2023().cari("p9")
        >>> p.pagu_awal, p.pagu, p.realisasi_rp
        (839632000, 1539632000, 1529080716)
    """

    kode: str
    nama: str
    kegiatan: tuple[Kegiatan, ...]
    pagu_awal: int | None = None
    dicetak: tuple[Cetakan, ...] = ()

    @property
    def pagu(self) -> int:
        """Sum of the kegiatan's pagu (after the change)."""
        return sum(k.pagu for k in self.kegiatan)

    @property
    def realisasi_rp(self) -> int:
        """Sum of the kegiatan's realisasi."""
        return sum(k.realisasi_rp for k in self.kegiatan)

    def semua_sub(self) -> Iterator[SubKegiatan]:
        """Every sub kegiatan of the program.

        Examples:
            >>> from sakip import contoh
            >>> len(list(contoh.dumai_2023().cari("p1").semua_sub()))
            30
        """
        for k in self.kegiatan:
            yield from k.sub


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

    pembilang: Fraction
    penyebut: Fraction
    rincian_penyebut: Mapping[str, int] = attrs.field(factory=dict, converter=_beku)


@attrs.frozen(kw_only=True)
class Indikator:
    """An indicator of the Renstra / Perjanjian Kinerja (IKU or tujuan).

    Attributes:
        kode: short code (``iku1``).
        nama: the name as printed.
        satuan: unit.
        arah: which way is better.
        metode: the lower-is-better method, for ``Arah.TURUN``.
        rumus: the name of the formula in :mod:`sakip.indikator`, or "".
        sasaran: the sasaran strategis it measures.
        tujuan: the tujuan (goal) above the sasaran.
        konsolidasi: how its quarterly values make the year's figure, or
            None when the report does not say (percentages: ``TERAKHIR``).
        program: codes of the programs that fund it (for efisiensi).
        target: target per year (a number or a :class:`Rentang`).
        target_dicetak: a range target's text as printed ("> 201-350"), per year.
        realisasi: the components of the realisasi per year.
        catatan: notes on ambiguities of the source.

    Examples:
        >>> from sakip import contoh
        >>> i = contoh.dumai_2023().indikator_dengan("iku2")
        >>> i.arah, i.target[2023], i.target[2026]
        (<Arah.NAIK: 'naik'>, Fraction(42, 1), Fraction(25, 1))
    """

    kode: str
    nama: str
    satuan: str
    arah: Arah
    target: Mapping[int, Fraction | Rentang] = attrs.field(converter=_beku)
    realisasi: Mapping[int, Komponen] = attrs.field(factory=dict, converter=_beku)
    target_dicetak: Mapping[int, str] = attrs.field(factory=dict, converter=_beku)
    metode: MetodeTurun | None = None
    rumus: str = ""
    sasaran: str = ""
    tujuan: str = ""
    konsolidasi: Konsolidasi | None = None
    program: tuple[str, ...] = ()
    catatan: str = ""


@attrs.frozen(kw_only=True)
class SkalaDicetak:
    """A rating scale as the report printed it (possibly with overlaps or gaps).

    Attributes:
        tabel: where it is printed.
        nama: its title.
        acuan: the name of the built-in scale it reprints (``PERMENDAGRI_86_2017``).
        pita: the bands as printed.

    Examples:
        >>> from sakip import contoh, masalah_pita
        >>> s = contoh.dumai_2023().skala_dicetak[0]
        >>> s.tabel, len(masalah_pita(s.pita))
        ('Tabel 3.1', 4)
    """

    tabel: str
    nama: str
    acuan: str
    pita: tuple[Pita, ...]


@attrs.frozen(kw_only=True)
class Belanja:
    """Belanja operasi and modal: pagu and realisasi (Rupiah).

    Examples:
        >>> from sakip import contoh
        >>> b = contoh.dumai_2023().belanja
        >>> b.operasi + b.modal
        13904271740
    """

    operasi: int
    modal: int
    realisasi_operasi: int
    realisasi_modal: int


@attrs.frozen(kw_only=True)
class Laporan:
    """A Laporan Kinerja: primary data and what the report printed.

    Attributes:
        instansi: the agency.
        tahun: the reporting year.
        judul: title.
        sumber: where the report comes from.
        renstra: first and last year of the Renstra period.
        skala_predikat: name of the built-in scale for predikat kinerja.
        skala_atribut: name of the built-in scale for the atribut capaian.
        skala_dicetak: scales as printed in the report.
        indikator: the indicators.
        program: the programs, with kegiatan and sub kegiatan.
        belanja: belanja operasi and modal, or None.
        cetakan: printed figures of the main text.

    Examples:
        >>> from sakip import contoh
        >>> lap = contoh.dumai_2023()
        >>> lap.tahun, lap.renstra, lap.pagu
        (2023, (2021, 2026), 13904271740)
    """

    instansi: str
    tahun: int
    judul: str
    sumber: str
    renstra: tuple[int, int]
    skala_predikat: str
    skala_atribut: str
    indikator: tuple[Indikator, ...]
    program: tuple[Program, ...]
    skala_dicetak: tuple[SkalaDicetak, ...] = ()
    belanja: Belanja | None = None
    cetakan: tuple[Cetakan, ...] = ()

    def semua_cetakan(self) -> Iterator[Cetakan]:
        """Every printed figure: main text first, then the rows of the lampiran.

        Examples:
            >>> from sakip import contoh
            >>> next(contoh.dumai_2023().semua_cetakan()).besaran
            'banyak:program'
        """
        yield from self.cetakan
        for p in self.program:
            yield from p.dicetak
            for k in p.kegiatan:
                yield from k.dicetak
                for s in k.sub:
                    yield from s.dicetak

    def cari(self, kode: str) -> Program | Kegiatan | SubKegiatan:
        """The program, kegiatan or sub kegiatan with this code.

        Raises:
            InvalidValueError: no such code.

        Examples:
            >>> from sakip import contoh
            >>> contoh.dumai_2023().cari("p7").nama
            'Program Pengelolaan Taman Makam Pahlawan'
        """
        for p in self.program:
            if p.kode == kode:
                return p
            for k in p.kegiatan:
                if k.kode == kode:
                    return k
                for s in k.sub:
                    if s.kode == kode:
                        return s
        raise InvalidValueError(
            field="kode", value=kode, expected="must name a program, kegiatan or sub kegiatan"
        )

    def indikator_dengan(self, kode: str) -> Indikator:
        """The indicator with this code.

        Examples:
            >>> from sakip import contoh
            >>> contoh.dumai_2023().indikator_dengan("iku3").rumus
            'lpm_aktif'
        """
        for i in self.indikator:
            if i.kode == kode:
                return i
        raise InvalidValueError(field="kode", value=kode, expected="must name an indicator")

    @property
    def pagu(self) -> int:
        """Total pagu: the sum of every program."""
        return sum(p.pagu for p in self.program)

    @property
    def realisasi_rp(self) -> int:
        """Total realisasi: the sum of every program."""
        return sum(p.realisasi_rp for p in self.program)


# -- reading ----------------------------------------------------------------


class _Pembaca:
    """Strict reader of one table of a report file: every key accounted for."""

    def __init__(self, berkas: str, letak: str, data: Any) -> None:
        self.berkas = berkas
        self.letak = letak
        if not isinstance(data, Mapping):
            raise self.galat(letak, "must be a table", data)
        self.data: Mapping[str, Any] = data
        self.dipakai: set[str] = set()

    def galat(self, letak: str, expected: str, value: Any) -> ReportFormatError:
        return ReportFormatError(berkas=self.berkas, letak=letak, expected=expected, value=value)

    def _di(self, kunci: str) -> str:
        return f"{self.letak}.{kunci}" if self.letak else kunci

    def ada(self, kunci: str) -> bool:
        return kunci in self.data

    def mentah(self, kunci: str, default: Any = ...) -> Any:
        self.dipakai.add(kunci)
        if kunci not in self.data:
            if default is ...:
                raise self.galat(self._di(kunci), "is required", None)
            return default
        return self.data[kunci]

    def teks(self, kunci: str, default: str | None = None) -> str:
        nilai = self.mentah(kunci, ... if default is None else default)
        if not isinstance(nilai, str):
            raise self.galat(self._di(kunci), "must be a string", nilai)
        return nilai

    def bulat(self, kunci: str, default: int | None = None) -> int:
        nilai = self.mentah(kunci, ... if default is None else default)
        if type(nilai) is not int:
            raise self.galat(self._di(kunci), "must be an integer", nilai)
        return nilai

    def rupiah(self, kunci: str) -> int:
        nilai = self.bulat(kunci)
        if nilai < 0:
            raise self.galat(self._di(kunci), "must be >= 0", nilai)
        return nilai

    def pecahan(self, kunci: str, nilai: Any | None = None, letak: str | None = None) -> Fraction:
        di = letak or self._di(kunci)
        if nilai is None:
            nilai = self.mentah(kunci)
        if isinstance(nilai, float):
            raise self.galat(
                di, "must be an integer or a decimal string ('0.25'), not a TOML float", nilai
            )
        try:
            return ke_pecahan(nilai, di)
        except SakipError as e:
            raise self.galat(di, e.expected, nilai) from None

    def benar(self, kunci: str, default: bool) -> bool:
        nilai = self.mentah(kunci, default)
        if not isinstance(nilai, bool):
            raise self.galat(self._di(kunci), "must be true or false", nilai)
        return nilai

    def anak(self, kunci: str) -> _Pembaca:
        return _Pembaca(self.berkas, self._di(kunci), self.mentah(kunci))

    def daftar(self, kunci: str, wajib: bool = True) -> list[_Pembaca]:
        nilai = self.mentah(kunci, ... if wajib else [])
        if not isinstance(nilai, list):
            raise self.galat(self._di(kunci), "must be an array of tables", nilai)
        return [_Pembaca(self.berkas, f"{self._di(kunci)}[{i}]", x) for i, x in enumerate(nilai)]

    def selesai(self) -> None:
        sisa = sorted(set(self.data) - self.dipakai)
        if sisa:
            raise self.galat(self._di(sisa[0]), "is not a key of the schema", self.data[sisa[0]])


_KOLOM_DICETAK_SUB: Final = {
    "k_persen": ("K %", "k_persen"),
    "rp_persen": ("Rp %", "penyerapan"),
    "rpjmd_k": ("RPJMD K", "rpjmd_k"),
    "rpjmd_rp": ("RPJMD Rp", "rpjmd_rp"),
}
_KOLOM_DICETAK_INDUK: Final = {
    "pagu": ("Pagu (Rp)", "pagu"),
    "realisasi": ("Realisasi (Rp)", "realisasi_rp"),
    "rp_persen": ("Rp %", "penyerapan"),
    "rpjmd_rp": ("RPJMD Rp", "rpjmd_rp"),
}
_LAMPIRAN: Final = "Lampiran 6 (Program, Kegiatan, Sub Kegiatan dan Realisasi Belanja)"


def _dicetak(
    r: _Pembaca, kode: str, nama: str, kolom: Mapping[str, tuple[str, str]]
) -> tuple[Cetakan, ...]:
    if not r.ada("dicetak"):
        return ()
    d = r.anak("dicetak")
    hasil: list[Cetakan] = []
    for kunci, (judul, jenis) in kolom.items():
        if d.ada(kunci):
            hasil.append(
                Cetakan(
                    tabel=_LAMPIRAN,
                    baris=f"{kode} {nama}",
                    kolom=judul,
                    teks=d.teks(kunci),
                    besaran=f"{jenis}:{kode}",
                )
            )
    if d.ada("tw_rp"):
        tw = d.mentah("tw_rp")
        if not isinstance(tw, list) or len(tw) != 4 or not all(isinstance(x, str) for x in tw):
            raise d.galat(f"{d.letak}.tw_rp", "must be 4 strings, triwulan I first", tw)
        for n, teks in enumerate(tw, start=1):
            hasil.append(
                Cetakan(
                    tabel=_LAMPIRAN,
                    baris=f"{kode} {nama}",
                    kolom=f"Triwulan {n} Rp",
                    teks=teks,
                    besaran=f"tw_rp:{kode}:{n}",
                )
            )
    d.selesai()
    return tuple(hasil)


def _empat(r: _Pembaca, kunci: str) -> list[Any]:
    nilai = r.mentah(kunci)
    if not isinstance(nilai, list) or len(nilai) != 4:
        raise r.galat(f"{r.letak}.{kunci}", "must hold 4 values, triwulan I first", nilai)
    return nilai


def _sub(r: _Pembaca) -> SubKegiatan:
    kode = r.teks("kode")
    nama = r.teks("nama")
    tw_k = tuple(
        r.pecahan("tw_k", x, f"{r.letak}.tw_k[{i}]") for i, x in enumerate(_empat(r, "tw_k"))
    )
    tw_rp_mentah = _empat(r, "tw_rp")
    for i, x in enumerate(tw_rp_mentah):
        if type(x) is not int:
            raise r.galat(f"{r.letak}.tw_rp[{i}]", "must be an integer (Rupiah)", x)
    sub = SubKegiatan(
        kode=kode,
        nama=nama,
        indikator=r.teks("indikator"),
        satuan=r.teks("satuan"),
        target_k=r.pecahan("target_k"),
        pagu=r.rupiah("pagu"),
        tw_k=tw_k,  # type: ignore[arg-type]
        tw_rp=tuple(tw_rp_mentah),
        tw_pasti=r.benar("tw_pasti", True),
        realisasi_k=r.pecahan("realisasi_k"),
        realisasi_rp=r.rupiah("realisasi_rp"),
        dicetak=_dicetak(r, kode, nama, _KOLOM_DICETAK_SUB),
    )
    r.selesai()
    return sub


def _kegiatan(r: _Pembaca) -> Kegiatan:
    kode, nama = r.teks("kode"), r.teks("nama")
    keg = Kegiatan(
        kode=kode,
        nama=nama,
        sub=tuple(_sub(x) for x in r.daftar("sub")),
        dicetak=_dicetak(r, kode, nama, _KOLOM_DICETAK_INDUK),
    )
    r.selesai()
    return keg


def _program(r: _Pembaca) -> Program:
    kode, nama = r.teks("kode"), r.teks("nama")
    prog = Program(
        kode=kode,
        nama=nama,
        kegiatan=tuple(_kegiatan(x) for x in r.daftar("kegiatan")),
        pagu_awal=r.rupiah("pagu_awal") if r.ada("pagu_awal") else None,
        dicetak=_dicetak(r, kode, nama, _KOLOM_DICETAK_INDUK),
    )
    r.selesai()
    return prog


def _target(r: _Pembaca, kunci: str, nilai: Any, dicetak: dict[int, str]) -> Fraction | Rentang:
    di = f"{r.letak}.{kunci}"
    if isinstance(nilai, Mapping):
        t = _Pembaca(r.berkas, di, nilai)
        bawah = t.pecahan("bawah") if t.ada("bawah") else None
        atas = t.pecahan("atas") if t.ada("atas") else None
        if t.ada("dicetak"):
            dicetak[int(kunci)] = t.teks("dicetak")
        t.selesai()
        try:
            return Rentang(bawah=bawah, atas=atas)
        except SakipError as e:
            raise r.galat(di, e.expected, nilai) from None
    return r.pecahan(kunci, nilai, di)


def _indikator(r: _Pembaca) -> Indikator:
    arah_teks = r.teks("arah")
    try:
        arah = Arah(arah_teks)
    except ValueError:
        raise r.galat(f"{r.letak}.arah", "must be 'naik' or 'turun'", arah_teks) from None
    metode = None
    if r.ada("metode"):
        m = r.teks("metode")
        try:
            metode = MetodeTurun(m)
        except ValueError:
            raise r.galat(f"{r.letak}.metode", "must be 'selisih' or 'rasio'", m) from None
    target_r = r.anak("target")
    target: dict[int, Fraction | Rentang] = {}
    target_dicetak: dict[int, str] = {}
    for kunci in target_r.data:
        target[_tahun(target_r, kunci)] = _target(
            target_r, kunci, target_r.mentah(kunci), target_dicetak
        )
    target_r.selesai()
    realisasi: dict[int, Komponen] = {}
    if r.ada("realisasi"):
        rr = r.anak("realisasi")
        for kunci in rr.data:
            k = rr.anak(kunci)
            rincian_mentah = k.mentah("rincian_penyebut", {})
            if not isinstance(rincian_mentah, Mapping) or not all(
                type(v) is int and v >= 0 for v in rincian_mentah.values()
            ):
                raise k.galat(
                    f"{k.letak}.rincian_penyebut", "must map names to counts", rincian_mentah
                )
            realisasi[_tahun(rr, kunci)] = Komponen(
                pembilang=k.pecahan("pembilang"),
                penyebut=k.pecahan("penyebut"),
                rincian_penyebut=dict(rincian_mentah),
            )
            k.selesai()
        rr.selesai()
    konsolidasi = None
    if r.ada("konsolidasi"):
        k_teks = r.teks("konsolidasi")
        try:
            konsolidasi = Konsolidasi(k_teks)
        except ValueError:
            raise r.galat(
                f"{r.letak}.konsolidasi", "must be 'jumlah', 'terakhir' or 'rata-rata'", k_teks
            ) from None
    program = r.mentah("program", [])
    if not isinstance(program, list) or not all(isinstance(p, str) for p in program):
        raise r.galat(f"{r.letak}.program", "must be a list of program codes", program)
    ind = Indikator(
        kode=r.teks("kode"),
        nama=r.teks("nama"),
        satuan=r.teks("satuan"),
        arah=arah,
        metode=metode,
        rumus=r.teks("rumus", ""),
        sasaran=r.teks("sasaran", ""),
        tujuan=r.teks("tujuan", ""),
        konsolidasi=konsolidasi,
        program=tuple(program),
        target=target,
        target_dicetak=target_dicetak,
        realisasi=realisasi,
        catatan=r.teks("catatan", ""),
    )
    r.selesai()
    return ind


def _tahun(r: _Pembaca, kunci: str) -> int:
    if not kunci.isdigit() or len(kunci) != 4:
        raise r.galat(f"{r.letak}.{kunci}", "must be a year (4 digits)", kunci)
    return int(kunci)


def _pita(r: _Pembaca) -> Pita:
    try:
        p = Pita(
            nama=r.teks("nama"),
            bawah=r.pecahan("bawah") if r.ada("bawah") else None,
            atas=r.pecahan("atas") if r.ada("atas") else None,
            termasuk_bawah=r.benar("termasuk_bawah", True),
            termasuk_atas=r.benar("termasuk_atas", False),
        )
    except ReportFormatError:
        raise
    except SakipError as e:
        raise r.galat(r.letak, e.expected, r.data) from None
    r.selesai()
    return p


def _cetakan_tabel(r: _Pembaca) -> list[Cetakan]:
    tabel = r.teks("tabel")
    hasil = []
    for a in r.daftar("angka"):
        pemisah = a.mentah("pemisah_desimal", None)
        if pemisah not in (None, ",", "."):
            raise a.galat(f"{a.letak}.pemisah_desimal", "must be ',' or '.'", pemisah)
        hasil.append(
            Cetakan(
                tabel=tabel,
                baris=a.teks("baris"),
                kolom=a.teks("kolom"),
                teks=a.teks("teks"),
                besaran=a.teks("besaran"),
                pemisah_desimal=pemisah,
            )
        )
        a.selesai()
    r.mentah("judul", "")
    r.selesai()
    return hasil


def dari_dict(data: Mapping[str, Any], *, berkas: str = "<data>") -> Laporan:
    """Build a :class:`Laporan` from a parsed TOML document (see the schema in the docs).

    Raises:
        ReportFormatError: the data does not follow the schema.

    Examples:
        >>> lap = dari_dict({"skema": 1, "laporan": {
        ...     "instansi": "Dinas Contoh", "tahun": 2024, "judul": "LKjIP 2024", "sumber": "-",
        ...     "renstra": [2021, 2026], "skala_predikat": "PERMENDAGRI_86_2017",
        ...     "skala_atribut": "ATRIBUT_CAPAIAN"}, "program": []})
        >>> lap.instansi, lap.pagu
        ('Dinas Contoh', 0)
    """
    r = _Pembaca(berkas, "", data)
    skema = r.bulat("skema")
    if skema != SKEMA:
        raise r.galat("skema", f"must be {SKEMA}", skema)
    r.mentah("sertakan", [])
    info = r.anak("laporan")
    renstra = info.mentah("renstra")
    if not (
        isinstance(renstra, list) and len(renstra) == 2 and all(type(x) is int for x in renstra)
    ):
        raise info.galat("laporan.renstra", "must be [first year, last year]", renstra)
    belanja = None
    if r.ada("belanja"):
        b = r.anak("belanja")
        belanja = Belanja(
            operasi=b.rupiah("operasi"),
            modal=b.rupiah("modal"),
            realisasi_operasi=b.rupiah("realisasi_operasi"),
            realisasi_modal=b.rupiah("realisasi_modal"),
        )
        b.selesai()
    skala_dicetak = []
    for s in r.daftar("skala_dicetak", wajib=False):
        skala_dicetak.append(
            SkalaDicetak(
                tabel=s.teks("tabel"),
                nama=s.teks("nama"),
                acuan=s.teks("acuan"),
                pita=tuple(_pita(p) for p in s.daftar("pita")),
            )
        )
        s.selesai()
    program_awal: dict[str, int] = {}
    if r.ada("pagu_awal"):
        pa = r.anak("pagu_awal")
        for kunci in pa.data:
            program_awal[kunci] = pa.rupiah(kunci)
        pa.selesai()
    programs = [_program(p) for p in r.daftar("program")]
    kode_program = {p.kode for p in programs}
    for kunci in program_awal:
        if kunci not in kode_program:
            raise r.galat(f"pagu_awal.{kunci}", "must name a program", kunci)
    programs = [attrs.evolve(p, pagu_awal=program_awal.get(p.kode, p.pagu_awal)) for p in programs]
    cetakan: list[Cetakan] = []
    for t in r.daftar("tabel", wajib=False):
        cetakan += _cetakan_tabel(t)
    laporan = Laporan(
        instansi=info.teks("instansi"),
        tahun=info.bulat("tahun"),
        judul=info.teks("judul"),
        sumber=info.teks("sumber"),
        renstra=(renstra[0], renstra[1]),
        skala_predikat=info.teks("skala_predikat"),
        skala_atribut=info.teks("skala_atribut"),
        indikator=tuple(_indikator(i) for i in r.daftar("indikator", wajib=False)),
        program=tuple(programs),
        skala_dicetak=tuple(skala_dicetak),
        belanja=belanja,
        cetakan=tuple(cetakan),
    )
    info.selesai()
    r.selesai()
    _periksa_kode_unik(laporan, berkas)
    return laporan


def _periksa_kode_unik(laporan: Laporan, berkas: str) -> None:
    dilihat: set[str] = set()
    for p in laporan.program:
        for kode in [p.kode, *(k.kode for k in p.kegiatan), *(s.kode for s in p.semua_sub())]:
            if kode in dilihat:
                raise ReportFormatError(
                    berkas=berkas, letak=kode, expected="must be unique", value=kode
                )
            dilihat.add(kode)


def _gabung(dasar: dict[str, Any], tambahan: Mapping[str, Any]) -> None:
    for kunci, nilai in tambahan.items():
        if kunci in dasar and isinstance(dasar[kunci], list) and isinstance(nilai, list):
            dasar[kunci] = dasar[kunci] + nilai
        elif kunci in dasar:
            raise ReportFormatError(
                berkas="<sertakan>",
                letak=kunci,
                expected="must not be defined twice",
                value=nilai,
            )
        else:
            dasar[kunci] = nilai


def _muat_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except FileNotFoundError:
        raise ReportFormatError(
            berkas=str(path), letak="-", expected="must exist", value=str(path)
        ) from None
    except tomllib.TOMLDecodeError as e:
        raise ReportFormatError(
            berkas=str(path), letak=str(e), expected="must be valid TOML", value=path.name
        ) from None
    except OSError as e:
        raise ReportFormatError(
            berkas=str(path), letak="-", expected="must be readable", value=str(e)
        ) from None


def baca_toml(path: str | Path) -> Laporan:
    """Read a whole report from a TOML file (and the files it ``sertakan``, includes).

    Raises:
        ReportFormatError: a missing, unreadable or malformed file, or data
            that does not follow the schema; the message names the file and
            the place inside it.

    Examples:
        >>> from importlib.resources import files
        >>> lap = baca_toml(files("sakip") / "data" / "dumai_2023.toml")
        >>> lap.tahun, len(lap.program)
        (2023, 9)
    """
    path = Path(str(path))
    data = _muat_toml(path)
    sertakan = data.get("sertakan", [])
    if not isinstance(sertakan, list) or not all(isinstance(s, str) for s in sertakan):
        raise ReportFormatError(
            berkas=str(path),
            letak="sertakan",
            expected="must be a list of file names",
            value=sertakan,
        )
    for nama in sertakan:
        _gabung(data, _muat_toml(path.parent / nama))
    return dari_dict(data, berkas=path.name)


# -- CSV --------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class BarisAnggaran:
    """One row of a budget CSV: a program, kegiatan or sub kegiatan.

    Examples:
        >>> BarisAnggaran(baris=2, kode="p9", nama="LPM", pagu=10, realisasi=9).realisasi
        9
    """

    baris: int
    kode: str
    nama: str
    pagu: int
    realisasi: int
    penyerapan_dicetak: str | None = None


@attrs.frozen(kw_only=True)
class BarisIndikator:
    """One row of an indicator CSV.

    Examples:
        >>> from fractions import Fraction
        >>> BarisIndikator(baris=2, kode="k", nama="n", arah=Arah.TURUN,
        ...                target=Fraction(7), realisasi=Fraction(13, 2)).arah
        <Arah.TURUN: 'turun'>
    """

    baris: int
    kode: str
    nama: str
    arah: Arah
    target: Fraction
    realisasi: Fraction
    capaian_dicetak: str | None = None


def _baris_csv(
    sumber: str | Path | io.TextIOBase, wajib: Sequence[str], opsional: Sequence[str]
) -> tuple[str, list[tuple[int, dict[str, str]]]]:
    if isinstance(sumber, (str, Path)):
        nama = str(sumber)
        try:
            teks = Path(sumber).read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise ReportFormatError(
                berkas=nama, letak="-", expected="must exist", value=nama
            ) from None
        except (OSError, UnicodeDecodeError) as e:
            raise ReportFormatError(
                berkas=nama, letak="-", expected="must be readable UTF-8 text", value=str(e)
            ) from None
    else:
        nama, teks = "<csv>", sumber.read()
    contoh = teks[:2048]
    try:
        dialek: Any = csv.Sniffer().sniff(contoh, delimiters=",;\t")
    except csv.Error:
        dialek = csv.excel
    pembaca = csv.DictReader(io.StringIO(teks), dialect=dialek)
    kolom = [k.strip().lower() for k in (pembaca.fieldnames or [])]
    kurang = [k for k in wajib if k not in kolom]
    if kurang:
        raise ReportFormatError(
            berkas=nama,
            letak="header",
            expected=f"must have the columns {list(wajib)}",
            value=kolom,
        )
    asing = [k for k in kolom if k not in wajib and k not in opsional]
    if asing:
        raise ReportFormatError(
            berkas=nama,
            letak="header",
            expected=f"must only have the columns {list(wajib) + list(opsional)}",
            value=asing,
        )
    hasil = []
    for i, baris in enumerate(pembaca, start=2):
        if None in baris:
            raise ReportFormatError(
                berkas=nama,
                letak=f"row {i}",
                expected="must have as many cells as the header",
                value=baris[None],
            )
        hasil.append((i, {k.strip().lower(): (v or "").strip() for k, v in baris.items()}))
    return nama, hasil


def baca_csv_anggaran(sumber: str | Path | io.TextIOBase) -> list[BarisAnggaran]:
    """Read budget rows from CSV (comma, semicolon or tab separated, as Excel exports).

    Columns: ``kode``, ``nama``, ``pagu``, ``realisasi``, and optionally
    ``penyerapan_dicetak`` (the percentage the report printed, as text).
    Amounts may be written the Indonesian way ("13.904.271.740").

    Raises:
        ReportFormatError: naming the file, the row and the column.

    Examples:
        >>> import io
        >>> rows = baca_csv_anggaran(io.StringIO(
        ...     "kode;nama;pagu;realisasi\\np9;Program LPM;1.539.632.000;1.529.080.716\\n"))
        >>> rows[0].pagu, rows[0].realisasi
        (1539632000, 1529080716)
    """
    nama, baris = _baris_csv(
        sumber, ("kode", "nama", "pagu", "realisasi"), ("penyerapan_dicetak",)
    )
    hasil = []
    for i, b in baris:
        nilai = {}
        for kolom in ("pagu", "realisasi"):
            d = _rupiah_csv(nama, i, kolom, b[kolom])
            nilai[kolom] = d
        hasil.append(
            BarisAnggaran(
                baris=i,
                kode=b["kode"],
                nama=b["nama"],
                pagu=nilai["pagu"],
                realisasi=nilai["realisasi"],
                penyerapan_dicetak=b.get("penyerapan_dicetak") or None,
            )
        )
    return hasil


def _rupiah_csv(nama: str, i: int, kolom: str, teks: str) -> int:
    try:
        d = baca(teks, pemisah_desimal=",")
    except SakipError as e:
        raise ReportFormatError(
            berkas=nama, letak=f"row {i}, column {kolom}", expected=e.expected, value=teks
        ) from None
    if d != d.to_integral_value() or d < 0:
        raise ReportFormatError(
            berkas=nama,
            letak=f"row {i}, column {kolom}",
            expected="must be whole, non-negative Rupiah",
            value=teks,
        )
    return int(d)


def baca_csv_indikator(sumber: str | Path | io.TextIOBase) -> list[BarisIndikator]:
    """Read indicator rows from CSV.

    Columns: ``kode``, ``nama``, ``arah`` (``naik``/``turun``), ``target``,
    ``realisasi``, and optionally ``capaian_dicetak``. Numbers are written the
    Indonesian way ("98,48"); a lone dot ("95.03") is refused as ambiguous.

    Examples:
        >>> import io
        >>> rows = baca_csv_indikator(io.StringIO(
        ...     "kode,nama,arah,target,realisasi,capaian_dicetak\\n"
        ...     'iku2,Pengentasan desa tertinggal,naik,42,75,179%\\n'))
        >>> rows[0].target, rows[0].capaian_dicetak
        (Fraction(42, 1), '179%')
    """
    nama, baris = _baris_csv(
        sumber, ("kode", "nama", "arah", "target", "realisasi"), ("capaian_dicetak",)
    )
    hasil = []
    for i, b in baris:
        try:
            arah = Arah(b["arah"].lower())
        except ValueError:
            raise ReportFormatError(
                berkas=nama,
                letak=f"row {i}, column arah",
                expected="must be 'naik' or 'turun'",
                value=b["arah"],
            ) from None
        angka = {}
        for kolom in ("target", "realisasi"):
            try:
                angka[kolom] = Fraction(baca(b[kolom]))
            except SakipError as e:
                raise ReportFormatError(
                    berkas=nama,
                    letak=f"row {i}, column {kolom}",
                    expected=e.expected,
                    value=b[kolom],
                ) from None
        hasil.append(
            BarisIndikator(
                baris=i,
                kode=b["kode"],
                nama=b["nama"],
                arah=arah,
                target=angka["target"],
                realisasi=angka["realisasi"],
                capaian_dicetak=b.get("capaian_dicetak") or None,
            )
        )
    return hasil
