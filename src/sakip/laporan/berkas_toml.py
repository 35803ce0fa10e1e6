"""The TOML reader of a report: strict, bounded, every key accounted for.

An unknown key, a missing key or a malformed value raises
:class:`~sakip.errors.ReportFormatError` naming the file and the place inside
it (``program[3].kegiatan[0].sub[1].pagu``). Nothing is dropped or guessed.
Quantities (``besaran``) are parsed here, once, and every code they cite is
checked against the report.

Examples:
    >>> lap = dari_dict({"skema": 1, "laporan": {
    ...     "instansi": "Dinas Contoh", "tahun": 2024, "judul": "LKjIP 2024", "sumber": "-",
    ...     "renstra": [2021, 2026]}})
    >>> lap.program, lap.skala_predikat
    ((), None)
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from fractions import Fraction
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final, Literal, NamedTuple

from sakip._eksak import _BATAS, ke_pecahan
from sakip.angka import baca, sel_kosong
from sakip.errors import InvalidTypeError, InvalidValueError, ReportFormatError, SakipError
from sakip.kinerja import Arah, MetodeTurun, Rasio, Rentang
from sakip.laporan._rekam import pembuat, tanpa_gc
from sakip.laporan.berkas import baca_teks, ke_path, muat_toml, periksa_nama
from sakip.laporan.besaran import (
    JENIS_RUPIAH,
    SINTAKS,
    Argumen,
    Besaran,
    JenisBesaran,
    baca_besaran,
    kode_tunggal,
)
from sakip.laporan.rekaman import (
    KELUARAN,
    MAKS_RUPIAH,
    SATUAN_RUPIAH,
    Belanja,
    Cetakan,
    Indikator,
    JenjangIndikator,
    Kegiatan,
    KolomLampiran,
    Komponen,
    Lampiran,
    Laporan,
    PitaDicetak,
    Program,
    SatuanRupiah,
    SkalaDicetak,
    SubKegiatan,
)
from sakip.laporan.rumus import RUMUS
from sakip.skala import SKALA_BAWAAN, Pita, Skala
from sakip.triwulan import Konsolidasi

__all__ = ["MAKS_SERTAKAN", "SKEMA", "baca_toml", "dari_dict"]

#: The version of the report format this sakip reads and writes: a report's top-level
#: ``skema`` (required) must equal it, so that a file written for another format is
#: refused, not misread.
SKEMA: Final = 1
#: The most files one report may include (``sertakan``), nested ones counted.
MAKS_SERTAKAN: Final = 100
_TAHUN: Final = re.compile(r"[0-9]{4}")
#: Keys a table once had, with what to write instead: none, for most tables.
_TANPA_DIHAPUS: Final[Mapping[str, str]] = MappingProxyType({})


class _Pembaca:
    """Strict reader of one table of a report file: every key accounted for."""

    def __init__(self, berkas: str, letak: str, data: Any) -> None:
        self.berkas = berkas
        self.letak = letak
        if not isinstance(data, Mapping):
            raise self.galat(letak or "(document)", "must be a table", data)
        self.data: Mapping[str, Any] = data
        self.dipakai: set[str] = set()

    def galat(self, letak: str, expected: str, value: Any) -> ReportFormatError:
        return ReportFormatError(berkas=self.berkas, letak=letak, expected=expected, value=value)

    def di(self, kunci: str) -> str:
        return f"{self.letak}.{kunci}" if self.letak else kunci

    def ada(self, kunci: str) -> bool:
        return kunci in self.data

    def mentah(self, kunci: str, default: Any = ...) -> Any:
        self.dipakai.add(kunci)
        if kunci not in self.data:
            if default is ...:
                # the keys the table has, not Python's None: what the user can compare
                raise self.galat(
                    self.di(kunci),
                    f"is required: write {kunci} = ... in this table, "
                    + ("which has the keys" if self.data else "which is empty"),
                    sorted(str(k) for k in self.data),
                )
            return default
        return self.data[kunci]

    def teks(self, kunci: str, default: str | None = None) -> str:
        nilai = self.mentah(kunci, ... if default is None else default)
        if not isinstance(nilai, str):
            raise self.galat(self.di(kunci), "must be a string", nilai)
        return nilai

    def teks_opsional(self, kunci: str) -> str | None:
        return self.teks(kunci) if self.ada(kunci) else self.mentah(kunci, None)

    def bulat(self, kunci: str) -> int:
        nilai = self.mentah(kunci)
        if type(nilai) is not int:
            raise self.galat(self.di(kunci), "must be an integer", nilai)
        return nilai

    def rupiah(self, kunci: str, nilai: Any = ..., letak: str | None = None) -> int:
        di = letak or self.di(kunci)
        if nilai is ...:
            nilai = self.mentah(kunci)
        if type(nilai) is not int:
            raise self.galat(di, "must be an integer (Rupiah)", nilai)
        if not 0 <= nilai <= MAKS_RUPIAH:
            raise self.galat(di, f"must be >= 0 and at most {MAKS_RUPIAH}", nilai)
        return nilai

    def tahun(self, kunci: str) -> int:
        nilai = self.bulat(kunci)
        if not 1000 <= nilai <= 9999:
            raise self.galat(self.di(kunci), "must be a year (4 digits)", nilai)
        return nilai

    def pecahan(
        self, kunci: str, nilai: Any = ..., letak: str | None = None, indeks: int | None = None
    ) -> Fraction:
        if nilai is ...:
            nilai = self.mentah(kunci)
        if (
            type(nilai) is str
            and len(nilai) <= _MAKS_BULAT_CEPAT
            and nilai.isascii()
            and nilai.isdigit()
        ):
            return _bulat(nilai)  # plain digits, as ke_pecahan reads them
        di = letak or self.di(kunci)
        if indeks is not None:
            di = f"{di}[{indeks}]"
        if isinstance(nilai, float):
            raise self.galat(
                di, "must be an integer or a decimal string ('0.25'), not a TOML float", nilai
            )
        # an integer is read by the limit of a decimal string (ke_pecahan's), not Rupiah's:
        # one limit for a number, whatever its TOML type
        try:
            return ke_pecahan(nilai, di)
        except InvalidTypeError:  # true, an array, a table: said in the file's terms
            raise self.galat(di, _BILANGAN, nilai) from None
        except SakipError as e:
            raise self.galat(di, e.expected, nilai) from None

    def benar(self, kunci: str, default: bool) -> bool:
        nilai = self.mentah(kunci, default)
        if not isinstance(nilai, bool):
            raise self.galat(self.di(kunci), "must be true or false", nilai)
        return nilai

    def anak(self, kunci: str) -> _Pembaca:
        return _Pembaca(self.berkas, self.di(kunci), self.mentah(kunci))

    def daftar(self, kunci: str, wajib: bool = True) -> list[_Pembaca]:
        nilai = self.mentah(kunci, ... if wajib else [])
        if not isinstance(nilai, list):
            raise self.galat(self.di(kunci), "must be an array of tables", nilai)
        return [_Pembaca(self.berkas, f"{self.di(kunci)}[{i}]", x) for i, x in enumerate(nilai)]

    def daftar_teks(self, kunci: str) -> tuple[str, ...]:
        nilai = self.mentah(kunci, [])
        if not isinstance(nilai, list) or not all(isinstance(x, str) for x in nilai):
            raise self.galat(self.di(kunci), "must be a list of strings", nilai)
        return tuple(nilai)

    def pilih(self, kunci: str, jenis: Any, default: Any = ...) -> Any:
        if default is not ... and not self.ada(kunci):
            self.dipakai.add(kunci)
            return default
        nilai = self.teks(kunci)
        try:
            return jenis(nilai)
        except ValueError:
            pilihan = ", ".join(repr(m.value) for m in jenis)
            raise self.galat(self.di(kunci), f"must be one of {pilihan}", nilai) from None

    def selesai(self, dihapus: Mapping[str, str] = _TANPA_DIHAPUS) -> None:
        """Refuse the first key (in order) that no one read; ``dihapus`` maps keys this
        table once had to what to write instead, said in the refusal."""
        sisa = sorted(str(k) for k in set(self.data) - self.dipakai)
        if sisa:
            kunci = sisa[0]
            sebab = f" ({dihapus[kunci]})" if kunci in dihapus else ""
            raise self.galat(
                self.di(kunci), f"is not a key of the schema{sebab}", self.data[kunci]
            )


#: What a number of the primary data must be, in the terms of a TOML file.
_BILANGAN: Final = "must be a number: an integer (12) or a decimal string with a point ('0.25')"
#: How a TOML table chooses its decimal separator, for the hint of a refusal.
_PILIHAN_TOML: Final = 'pemisah_desimal = "{}"'

#: The longest text of plain digits read without ke_pecahan (far within its limits).
_MAKS_BULAT_CEPAT: Final = 15


@functools.lru_cache(maxsize=4096)
def _bulat(teks: str) -> Fraction:
    """A text of ASCII digits as a Fraction (a report repeats its small counts)."""
    return Fraction(int(teks))


class _Rujukan:
    """Printed figures with the place they were read from, checked once the report is built.

    A lampiran row cites its own code; whether its level suits the column's
    quantity is known as it is read, and the first misfit is kept to be
    raised where the citations are checked.
    """

    def __init__(self) -> None:
        self.daftar: list[tuple[Cetakan, str]] = []
        self.salah_tingkat: ReportFormatError | None = None


def _besaran(r: _Pembaca, kunci: str, letak: str) -> Besaran:
    teks = r.teks(kunci)
    try:
        return baca_besaran(teks)
    except SakipError as e:
        raise r.galat(f"{r.di(kunci)} ({letak})", e.expected, teks) from None


# -- lampiran -----------------------------------------------------------------

_ARG_BARIS: Final = {Argumen.KODE, Argumen.SUB, Argumen.KEGIATAN, Argumen.NODE}


def _lampiran(r: _Pembaca) -> Lampiran:
    tabel = r.teks("tabel")
    kr = r.anak("kolom")
    kolom = []
    for kunci in kr.data:
        k = kr.anak(str(kunci))
        jenis = k.pilih("besaran", JenisBesaran)
        per_triwulan = k.benar("per_triwulan", False)
        sintaks = SINTAKS[jenis]
        harus = 2 if per_triwulan else 1
        if not (
            len(sintaks) == harus
            and sintaks[0] in _ARG_BARIS
            and (not per_triwulan or sintaks[1] is Argumen.TRIWULAN)
        ):
            raise k.galat(
                k.di("besaran"),
                "must be a quantity taking the row's code"
                + (" and a quarter" if per_triwulan else ""),
                jenis.value,
            )
        kolom.append(
            KolomLampiran(
                kunci=str(kunci),
                judul=k.teks("judul"),
                besaran=jenis,
                per_triwulan=per_triwulan,
                pemisah_desimal=_pemisah(k),
                satuan_rupiah=_satuan(k, jenis),
            )
        )
        k.selesai()
    kr.selesai()
    pemisah = _pemisah(r)
    satuan = _satuan(r, None)
    r.selesai()
    return Lampiran(tabel=tabel, kolom=tuple(kolom), pemisah_desimal=pemisah, satuan_rupiah=satuan)


def _pemisah(r: _Pembaca) -> Literal[",", "."] | None:
    """The optional ``pemisah_desimal`` of a table: ',' or '.'."""
    pemisah = r.mentah("pemisah_desimal", None)
    if pemisah not in (None, ",", "."):
        raise r.galat(r.di("pemisah_desimal"), "must be ',' or '.'", pemisah)
    return pemisah  # type: ignore[no-any-return]


def _satuan(r: _Pembaca, jenis: JenisBesaran | None) -> SatuanRupiah | None:
    """The optional ``satuan_rupiah`` of a table (``jenis`` None: ``[lampiran]`` or a
    ``[[tabel]]``) or of one Rupiah quantity.

    A unit set on one column or one figure that is not Rupiah is refused: it would
    apply to nothing (a table's unit applies to its Rupiah columns or figures only).
    """
    satuan = r.mentah("satuan_rupiah", None)
    if satuan is None:
        return None
    if type(satuan) is not str or satuan not in SATUAN_RUPIAH:
        raise r.galat(
            r.di("satuan_rupiah"),
            f"must be one of {', '.join(map(repr, SATUAN_RUPIAH))} "
            "(the unit Rupiah are printed in, as the table's heading says: 'dalam ribuan rupiah')",
            satuan,
        )
    if jenis is not None and jenis not in JENIS_RUPIAH and satuan != "rupiah":
        raise r.galat(
            r.di("satuan_rupiah"),
            f"applies only to a Rupiah quantity, not {jenis.value} "
            "(set it on the Rupiah columns or figures, on [lampiran] or on the [[tabel]])",
            satuan,
        )
    return satuan  # type: ignore[return-value]


#: The level of row a quantity's code argument must name.
_LEVEL: Final = {
    Argumen.SUB: (SubKegiatan, "a sub kegiatan"),
    Argumen.KEGIATAN: (Kegiatan, "a kegiatan"),
    Argumen.PROGRAM: (Program, "a program"),
}
#: Constructors without checks, for the rows of the lampiran (checked as they are read).
_CETAKAN: Final = pembuat(Cetakan)
_BESARAN: Final = pembuat(Besaran)
_SUB: Final = pembuat(SubKegiatan)
_KEGIATAN: Final = pembuat(Kegiatan)
_PROGRAM: Final = pembuat(Program)


class _Kolom(NamedTuple):
    """A column of the lampiran, prepared once for reading every row."""

    kunci: str
    jenis: JenisBesaran
    per_triwulan: bool
    judul: tuple[str, ...]  # the heading, or the four headings of a quarterly column
    perlu: tuple[type, str] | None  # the level of row the quantity needs
    pemisah_desimal: Literal[",", "."] | None  # the column's, else the lampiran's
    pemisah_rupiah: Literal[",", "."] | None  # the lampiran's, for a Rupiah column
    satuan_rupiah: SatuanRupiah  # the column's, else the lampiran's for a Rupiah column


class _Tata(NamedTuple):
    """The lampiran's layout, prepared once for reading every row."""

    tabel: str
    kolom: tuple[_Kolom, ...]


def _tata(lampiran: Lampiran | None) -> _Tata | None:
    if lampiran is None:
        return None
    kolom = tuple(
        _Kolom(
            kunci=k.kunci,
            jenis=k.besaran,
            per_triwulan=k.per_triwulan,
            judul=tuple(k.judul.replace("{n}", str(n)) for n in range(1, 5))
            if k.per_triwulan
            else (k.judul,),
            perlu=_LEVEL.get(SINTAKS[k.besaran][0]),
            # the lampiran's choice is for its decimals: a Rupiah column keeps dots as
            # thousands unless the column itself says otherwise
            pemisah_desimal=k.pemisah_desimal
            or (None if k.besaran in JENIS_RUPIAH else lampiran.pemisah_desimal),
            # which its Rupiah figures read by, as a rows CSV's (sakip.laporan._rupiah)
            pemisah_rupiah=lampiran.pemisah_desimal
            if k.besaran in JENIS_RUPIAH and k.pemisah_desimal is None
            else None,
            # and its unit for Rupiah: the other columns (K %, Rp %) are no Rupiah
            satuan_rupiah=k.satuan_rupiah
            or (lampiran.satuan_rupiah if k.besaran in JENIS_RUPIAH else None)
            or "rupiah",
        )
        for k in lampiran.kolom
    )
    return _Tata(tabel=lampiran.tabel, kolom=kolom)


def _dicetak(
    r: _Pembaca,
    kode: str,
    nama: str,
    tingkat: type[Program | Kegiatan | SubKegiatan],
    tata: _Tata | None,
    rujukan: _Rujukan,
) -> tuple[Cetakan, ...]:
    """The printed figures of one row of the lampiran, each of the row's own code.

    Every value is checked here (the code cited, the row's level for the
    column's quantity, each text), so the records are built without checks.
    """
    if not r.ada("dicetak"):
        return ()
    d = r.anak("dicetak")
    if tata is None:
        raise d.galat(d.letak, "needs the columns declared under [lampiran]", d.data)
    if not kode_tunggal(kode):
        raise r.galat(
            r.di("kode"),
            "must be a code of letters, digits, '_', '-', '.' (its printed figures cite it)",
            kode,
        )
    hasil: list[Cetakan] = []
    baris = f"{kode} {nama}"
    tabel = tata.tabel
    kode_baris = (kode,)
    isi = d.data
    dibaca = 0
    for kol in tata.kolom:
        if kol.kunci not in isi:
            continue
        dibaca += 1
        nilai = isi[kol.kunci]
        perlu = kol.perlu
        if perlu is not None and tingkat is not perlu[0] and rujukan.salah_tingkat is None:
            contoh = Besaran(
                jenis=kol.jenis, kode=kode_baris, triwulan=1 if kol.per_triwulan else None
            )
            rujukan.salah_tingkat = d.galat(
                d.di(kol.kunci) + ("[0]" if kol.per_triwulan else ""),
                f"cites '{kode}', which must be {perlu[1]}",
                str(contoh),
            )
        if kol.per_triwulan:
            if (
                not isinstance(nilai, list)
                or len(nilai) != 4
                or not all(isinstance(x, str) for x in nilai)
            ):
                raise d.galat(d.di(kol.kunci), "must be 4 strings, triwulan I first", nilai)
            for n, teks in enumerate(nilai, start=1):
                hasil.append(
                    _CETAKAN(
                        tabel=tabel,
                        baris=baris,
                        kolom=kol.judul[n - 1],
                        teks=teks,
                        besaran=_BESARAN(jenis=kol.jenis, kode=kode_baris, triwulan=n),
                        pemisah_desimal=kol.pemisah_desimal,
                        pemisah_rupiah=kol.pemisah_rupiah,
                        satuan_rupiah=kol.satuan_rupiah,
                    )
                )
        else:
            if not isinstance(nilai, str):
                raise d.galat(d.di(kol.kunci), "must be a string", nilai)
            hasil.append(
                _CETAKAN(
                    tabel=tabel,
                    baris=baris,
                    kolom=kol.judul[0],
                    teks=nilai,
                    besaran=_BESARAN(jenis=kol.jenis, kode=kode_baris),
                    pemisah_desimal=kol.pemisah_desimal,
                    pemisah_rupiah=kol.pemisah_rupiah,
                    satuan_rupiah=kol.satuan_rupiah,
                )
            )
    if dibaca != len(isi):  # a key that is no column: the reader names it
        d.dipakai.update(kol.kunci for kol in tata.kolom)
        d.selesai()
    return tuple(hasil)


def _empat(r: _Pembaca, kunci: str) -> list[Any]:
    nilai = r.mentah(kunci)
    if not isinstance(nilai, list) or len(nilai) != 4:
        raise r.galat(r.di(kunci), "must hold 4 values, triwulan I first", nilai)
    return nilai


def _tw_rp(r: _Pembaca) -> tuple[int, ...] | None:
    """The optional quarters in Rupiah (a budget table may print none)."""
    if not r.ada("tw_rp"):
        return None
    tw_rp = []
    for i, x in enumerate(_empat(r, "tw_rp")):
        if type(x) is not int or abs(x) > MAKS_RUPIAH:
            raise r.galat(
                f"{r.letak}.tw_rp[{i}]", f"must be an integer (Rupiah) within {MAKS_RUPIAH}", x
            )
        tw_rp.append(x)
    return tuple(tw_rp)


#: The keys of a row that apply to its K only, and what they apply to: refused on a
#: budget-only row (it has no K), never dropped.
_HANYA_DENGAN_K: Final[Mapping[str, str]] = MappingProxyType(
    {
        "tw_k": "the quarters' K",
        "konsolidasi": "the quarters' K",
        "realisasi_lalu_k": "the row's K (its Renstra realisasi up to last year)",
        "konsolidasi_renstra": "the row's K (how last years' and this year's make its "
        "Renstra realisasi)",
    }
)


def _keluaran(r: _Pembaca) -> dict[str, Any]:
    """The output fields (:data:`~sakip.laporan.rekaman.KELUARAN`): all of them, or none;
    ``tw_k``, the quarters' K, optional beside them; ``konsolidasi``, the rule
    that makes the year's K of them; ``realisasi_lalu_k``, the K realised in
    the Renstra period up to last year (form E.81, column 7), optional beside
    them; and ``konsolidasi_renstra``, the rule that makes the Renstra
    realisasi of last years' K and this year's (default: ``konsolidasi``),
    only beside ``realisasi_lalu_k``: without it the key would change nothing,
    and is refused rather than ignored.

    The same keys, read the same way, on a sub kegiatan, a kegiatan (its output)
    and a program (its outcome). A partial set is refused naming what is missing:
    a row without output is a budget-only row, not one whose missing figures are 0.
    """
    ada = [k for k in KELUARAN if r.ada(k)]
    if not ada:
        for kunci, apa in _HANYA_DENGAN_K.items():  # they apply to K only
            if r.ada(kunci):
                raise r.galat(
                    r.di(kunci),
                    f"applies to {apa}, and this budget-only row has no output "
                    f"(write {', '.join(KELUARAN)}, or remove it)",
                    r.mentah(kunci),
                )
        return {
            **dict.fromkeys((*KELUARAN, "tw_k", "realisasi_lalu_k")),
            "konsolidasi": Konsolidasi.JUMLAH,
            "konsolidasi_renstra": None,
        }
    hilang = [k for k in KELUARAN if k not in ada]
    if hilang:
        raise r.galat(
            r.di(hilang[0]),
            f"is required with {', '.join(ada)}: the output fields {', '.join(KELUARAN)} "
            "are given all together, or not at all for a row that prints only its budget "
            f"(missing: {', '.join(hilang)})",
            sorted(str(k) for k in r.data),
        )
    if not r.ada("tw_k") and r.ada("konsolidasi"):
        raise r.galat(
            r.di("konsolidasi"),
            "applies to the quarters' K, and this row prints none (write tw_k, or remove it)",
            r.mentah("konsolidasi"),
        )
    if not r.ada("realisasi_lalu_k") and r.ada("konsolidasi_renstra"):
        raise r.galat(
            r.di("konsolidasi_renstra"),
            "applies to last years' K (realisasi_lalu_k), and this row gives none: without "
            "them the Renstra realisasi is this year's K whatever the rule "
            "(write realisasi_lalu_k, or remove it)",
            r.mentah("konsolidasi_renstra"),
        )
    keluaran: dict[str, Any] = {
        "indikator": r.teks("indikator"),
        "satuan": r.teks("satuan"),
        "target_k": r.pecahan("target_k"),
        "tw_k": tuple(r.pecahan("tw_k", x, indeks=i) for i, x in enumerate(_empat(r, "tw_k")))
        if r.ada("tw_k")
        else None,
        "realisasi_k": r.pecahan("realisasi_k"),
        "konsolidasi": r.pilih("konsolidasi", Konsolidasi, Konsolidasi.JUMLAH),
        "realisasi_lalu_k": r.pecahan("realisasi_lalu_k") if r.ada("realisasi_lalu_k") else None,
        # None when not given: the row's konsolidasi does both jobs
        "konsolidasi_renstra": r.pilih("konsolidasi_renstra", Konsolidasi, None),
    }
    return keluaran


def _sub(r: _Pembaca, tata: _Tata | None, rujukan: _Rujukan) -> SubKegiatan:
    kode = r.teks("kode")
    nama = r.teks("nama")
    keluaran = _keluaran(r)
    tw_rp = _tw_rp(r)
    if r.ada("tw_pasti") and tw_rp is None and keluaran["tw_k"] is None:
        raise r.galat(
            r.di("tw_pasti"),
            "applies to the quarters, and this row has none (no tw_rp, no tw_k)",
            r.mentah("tw_pasti"),
        )
    sub: SubKegiatan = _SUB(
        kode=kode,
        nama=nama,
        pagu=r.rupiah("pagu"),
        tw_rp=tw_rp,
        tw_pasti=r.benar("tw_pasti", True),
        realisasi_rp=r.rupiah("realisasi_rp"),
        realisasi_lalu_rp=r.rupiah("realisasi_lalu_rp") if r.ada("realisasi_lalu_rp") else None,
        dicetak=_dicetak(r, kode, nama, SubKegiatan, tata, rujukan),
        **keluaran,
    )
    r.selesai()
    return sub


def _kegiatan(r: _Pembaca, tata: _Tata | None, rujukan: _Rujukan) -> Kegiatan:
    kode, nama = r.teks("kode"), r.teks("nama")
    keluaran = _keluaran(r)  # its own output, as a sub kegiatan's: never a sum of theirs
    keg: Kegiatan = _KEGIATAN(
        kode=kode,
        nama=nama,
        sub=tuple(_sub(x, tata, rujukan) for x in r.daftar("sub")),
        dicetak=_dicetak(r, kode, nama, Kegiatan, tata, rujukan),
        **keluaran,
    )
    r.selesai()
    return keg


def _program(
    r: _Pembaca, tata: _Tata | None, rujukan: _Rujukan, pagu_awal: dict[str, int]
) -> Program:
    kode, nama = r.teks("kode"), r.teks("nama")
    keluaran = _keluaran(r)  # its outcome, in the keys of a sub kegiatan's output
    awal = r.rupiah("pagu_awal") if r.ada("pagu_awal") else pagu_awal.get(kode)
    prog: Program = _PROGRAM(
        kode=kode,
        nama=nama,
        kegiatan=tuple(_kegiatan(x, tata, rujukan) for x in r.daftar("kegiatan")),
        pagu_awal=awal,
        dicetak=_dicetak(r, kode, nama, Program, tata, rujukan),
        **keluaran,
    )
    r.selesai()
    return prog


# -- indicators ---------------------------------------------------------------


def _tahun(r: _Pembaca, kunci: Any) -> int:
    if not isinstance(kunci, str) or not _TAHUN.fullmatch(kunci):
        raise r.galat(r.di(str(kunci)), "must be a year of 4 ASCII digits", kunci)
    return int(kunci)


#: The keys of a target or realisasi given as a ratio, and those of the other tables a year
#: may hold: a year's table is one or the other, named in the refusal.
_KUNCI_RASIO: Final = ("kiri", "kanan")
_KUNCI_RENTANG: Final = ("bawah", "atas")
_KUNCI_KOMPONEN: Final = ("pembilang", "penyebut", "rincian_penyebut")


def _bentuk_rasio(t: _Pembaca, lain: tuple[str, ...], bentuk_lain: str) -> bool:
    """Whether a year's table is a ratio (``kiri``, ``kanan``); one with the keys of both
    forms is refused, naming them."""
    rasio = [k for k in _KUNCI_RASIO if t.ada(k)]
    if not rasio:
        return False
    campur = [k for k in lain if t.ada(k)]
    if campur:
        raise t.galat(
            t.di(campur[0]),
            f"must not stand beside {', '.join(rasio)}: a year is a ratio "
            f"{{ kiri = ..., kanan = ... }} or {bentuk_lain}, not both",
            sorted(str(k) for k in t.data),
        )
    return True


#: The texts a target is printed in, by year: the first, and the others (a target the
#: report prints more than one way, as LAKIP BKPD Provinsi Lampung 2015 does).
_Dicetak = tuple[dict[int, str], dict[int, tuple[str, ...]]]


def _teks_dicetak(t: _Pembaca, dicetak: _Dicetak, tahun: int) -> None:
    """A target's ``dicetak``: the text as printed, or the list of the texts the report
    prints it in, each non-blank, none repeated; the first is ``target_dicetak``'s.

    Examples:
        >>> d = ({}, {})
        >>> _teks_dicetak(_Pembaca("a.toml", "target.2015",
        ...     {"dicetak": ["≥ HPP", "HPP≤ 3.700"]}), d, 2015), d
        (None, ({2015: '≥ HPP'}, {2015: ('HPP≤ 3.700',)}))
        >>> _teks_dicetak(_Pembaca("a.toml", "target.2015", {"dicetak": ["≥ HPP", " "]}),
        ...               d, 2015)
        Traceback (most recent call last):
        ...
        sakip.errors.ReportFormatError: a.toml: target.2015.dicetak[1] must not be blank: \
a text the target is printed in (got ' ')
    """
    nilai = t.mentah("dicetak")
    if isinstance(nilai, str):
        dicetak[0][tahun] = nilai
        return
    if not isinstance(nilai, list):
        raise t.galat(
            t.di("dicetak"),
            "must be a string, the text as printed, or a list of the texts the report "
            'prints the target in (dicetak = ["≥ HPP", "HPP≤ 3.700"])',
            nilai,
        )
    if not nilai:
        raise t.galat(
            t.di("dicetak"),
            "must not be an empty list: the texts the report prints the target in "
            '(dicetak = ["≥ HPP", "HPP≤ 3.700"]), or the one text as a string',
            nilai,
        )
    for i, teks in enumerate(nilai):
        di = f"{t.di('dicetak')}[{i}]"
        if not isinstance(teks, str):
            raise t.galat(di, "must be a string: a text the target is printed in", teks)
        if not teks.strip():
            raise t.galat(di, "must not be blank: a text the target is printed in", teks)
        if teks in nilai[:i]:
            raise t.galat(di, "must not repeat a text of the list", teks)
    dicetak[0][tahun] = nilai[0]
    if len(nilai) > 1:
        dicetak[1][tahun] = tuple(nilai[1:])


def _rasio(t: _Pembaca, arah: Arah, dicetak: dict[int, str] | _Dicetak, tahun: int) -> Rasio:
    """A ratio printed "1 : 14": its two terms (primary data, as ``bawah`` and ``atas`` are),
    and its text as printed, if given. The indicator's ``arah`` is the ratio's direction
    (:class:`sakip.kinerja.Rasio` needs one; the text has none)."""
    kiri, kanan = t.pecahan("kiri"), t.pecahan("kanan")
    if isinstance(dicetak, tuple):
        if t.ada("dicetak"):
            _teks_dicetak(t, dicetak, tahun)
    elif t.ada("dicetak"):
        dicetak[tahun] = t.teks("dicetak")
    t.selesai()
    try:
        return Rasio(kiri=kiri, kanan=kanan, arah=arah)
    except SakipError as e:
        raise t.galat(t.letak, e.expected, dict(t.data)) from None


def _nilai_dicetak(t: _Pembaca, dicetak: _Dicetak, tahun: int) -> Fraction:
    """A single-value target printed with words ("80 dibawah ambang batas", LAKIP BKPD
    Provinsi Lampung 2015, Tabel 5): its value (primary data) and its text as printed,
    which a printed target figure is compared with, as a range's is.

    Examples:
        >>> d = ({}, {})
        >>> _nilai_dicetak(_Pembaca("a.toml", "target.2015",
        ...     {"nilai": "80", "dicetak": "80 dibawah ambang batas"}), d, 2015), d
        (Fraction(80, 1), ({2015: '80 dibawah ambang batas'}, {}))
        >>> _nilai_dicetak(_Pembaca("a.toml", "target.2015", {"nilai": "80"}), d, 2015)
        Traceback (most recent call last):
        ...
        sakip.errors.ReportFormatError: a.toml: target.2015.dicetak is required: a single \
value is written as a table only with its printed text, { nilai = "80", dicetak = "80 \
dibawah ambang batas" }, else as the number alone (got ['nilai'])
    """
    lain = [k for k in (*_KUNCI_RENTANG, *_KUNCI_RASIO) if t.ada(k)]
    if lain:
        raise t.galat(
            t.di(lain[0]),
            "must not stand beside nilai: a year is a single value { nilai = ..., dicetak = "
            "... }, a range { bawah = ..., atas = ... } or a ratio { kiri = ..., kanan = ... }",
            sorted(str(k) for k in t.data),
        )
    if not t.ada("dicetak"):
        raise t.galat(
            t.di("dicetak"),
            "is required: a single value is written as a table only with its printed text, "
            '{ nilai = "80", dicetak = "80 dibawah ambang batas" }, else as the number alone',
            sorted(str(k) for k in t.data),
        )
    nilai = t.pecahan("nilai")
    if isinstance(t.mentah("dicetak"), str):
        _teks_isi(t, "dicetak", "the target as printed ('80 dibawah ambang batas')")
    _teks_dicetak(t, dicetak, tahun)
    t.selesai()
    return nilai


def _target(
    r: _Pembaca,
    kunci: str,
    nilai: Any,
    dicetak: _Dicetak,
    arah: Arah,
) -> Fraction | Rentang | Rasio:
    """A year's target: a number, a number with its printed text ``{ nilai, dicetak }``, a
    range ``{ bawah, atas, dicetak }``, or a ratio ``{ kiri, kanan, dicetak }`` (a
    :class:`sakip.kinerja.Rasio` in the indicator's ``arah``); ``dicetak`` may list the
    texts of a target printed more than one way."""
    di = r.di(kunci)
    if isinstance(nilai, Mapping):
        t = _Pembaca(r.berkas, di, nilai)
        if t.ada("nilai"):
            return _nilai_dicetak(t, dicetak, int(kunci))
        if _bentuk_rasio(t, _KUNCI_RENTANG, "a range { bawah = ..., atas = ... }"):
            return _rasio(t, arah, dicetak, int(kunci))
        bawah = t.pecahan("bawah") if t.ada("bawah") else None
        atas = t.pecahan("atas") if t.ada("atas") else None
        if t.ada("dicetak"):
            _teks_dicetak(t, dicetak, int(kunci))
        t.selesai()
        try:
            return Rentang(bawah=bawah, atas=atas)
        except SakipError as e:
            raise r.galat(di, e.expected, nilai) from None
    return r.pecahan(kunci, nilai, di)


#: Keys an indicator no longer has, each with what to write instead (said when it is refused).
_DIHAPUS_INDIKATOR: Final[Mapping[str, str]] = MappingProxyType(
    {
        # deprecated in 0.2.0, removed in 0.3.0: a report holds no quarterly indicator values
        "konsolidasi": "removed in 0.3.0; an indicator's realisasi is the year's, so nothing "
        "consolidates it: konsolidasi is a key of a sub kegiatan, kegiatan or program",
    }
)


def _indikator(r: _Pembaca) -> Indikator:
    arah = r.pilih("arah", Arah)
    metode = r.pilih("metode", MetodeTurun, None)
    target_r = r.anak("target")
    target: dict[int, Fraction | Rentang | Rasio] = {}
    target_dicetak: _Dicetak = ({}, {})
    for kunci in target_r.data:
        tahun = _tahun(target_r, kunci)
        target[tahun] = _target(target_r, kunci, target_r.mentah(kunci), target_dicetak, arah)
    target_r.selesai()
    pemisah = _pemisah(r)
    realisasi: dict[int, Komponen] = {}
    nilai_realisasi: dict[int, Fraction | Rasio] = {}
    realisasi_dicetak: dict[int, str] = {}
    if r.ada("realisasi"):
        rr = r.anak("realisasi")
        for kunci in rr.data:
            tahun = _tahun(rr, kunci)
            if not isinstance(rr.data[kunci], Mapping):
                nilai_realisasi[tahun] = _nilai_langsung(rr, kunci, pemisah)
                continue
            k = rr.anak(kunci)
            if _bentuk_rasio(k, _KUNCI_KOMPONEN, "its components { pembilang, penyebut }"):
                nilai_realisasi[tahun] = _rasio(k, arah, realisasi_dicetak, tahun)
                continue
            rincian = k.mentah("rincian_penyebut", {})
            # counts: ke_pecahan's limit, as every number that is not Rupiah
            if not isinstance(rincian, Mapping) or not all(
                type(v) is int and 0 <= v < _BATAS for v in rincian.values()
            ):
                raise k.galat(
                    k.di("rincian_penyebut"),
                    "must map names to counts (integers from 0, below 10**30)",
                    rincian,
                )
            realisasi[tahun] = Komponen(
                pembilang=k.pecahan("pembilang"),
                penyebut=k.pecahan("penyebut"),
                rincian_penyebut=dict(rincian),
            )
            k.selesai()
        rr.selesai()
    rumus = r.teks("rumus", "")
    if rumus not in RUMUS:
        raise r.galat(r.di("rumus"), f"must be one of {sorted(RUMUS)}", rumus)
    isi: dict[str, Any] = {
        "kode": r.teks("kode"),
        "nama": r.teks("nama"),
        "satuan": _satuan_indikator(r),
        "arah": arah,
        "metode": metode,
        "rumus": rumus,
        "sasaran": r.teks("sasaran", ""),
        "tujuan": r.teks("tujuan", ""),
        "jenjang": _jenjang(r),
        "program": r.daftar_teks("program"),
        "target": target,
        "target_dicetak": target_dicetak[0],
        "target_dicetak_lain": target_dicetak[1],
        "realisasi": realisasi,
        "nilai_realisasi": nilai_realisasi,
        "realisasi_dicetak": realisasi_dicetak,
        "catatan": r.teks("catatan", ""),
    }
    ind = Indikator(**isi)
    r.selesai(_DIHAPUS_INDIKATOR)
    return ind


def _jenjang(r: _Pembaca) -> JenjangIndikator:
    """An indicator's ``jenjang``: "sasaran" (an IKU, when the key is left out) or "tujuan".

    Examples:
        >>> _jenjang(_Pembaca("a.toml", "indikator[4]", {"jenjang": "tujuan"}))
        <JenjangIndikator.TUJUAN: 'tujuan'>
        >>> _jenjang(_Pembaca("a.toml", "indikator[4]", {"jenjang": "Tujuan"}))
        Traceback (most recent call last):
        ...
        sakip.errors.ReportFormatError: a.toml: indikator[4].jenjang must be one of \
['sasaran', 'tujuan'] (got 'Tujuan')
        >>> _jenjang(_Pembaca("a.toml", "indikator[4]", {"jenjang": "tujuan", "sasaran": "S"}))
        Traceback (most recent call last):
        ...
        sakip.errors.ReportFormatError: a.toml: indikator[4].sasaran must be left out for an \
indikator tujuan (jenjang = 'tujuan'): it measures its tujuan, given in tujuan (got 'S')
    """
    teks = r.teks("jenjang", JenjangIndikator.SASARAN.value)
    try:
        jenjang = JenjangIndikator(teks)
    except ValueError:
        raise r.galat(
            r.di("jenjang"), f"must be one of {sorted(j.value for j in JenjangIndikator)}", teks
        ) from None
    sasaran = r.teks("sasaran", "")
    if jenjang is JenjangIndikator.TUJUAN and sasaran:
        raise r.galat(
            r.di("sasaran"),
            "must be left out for an indikator tujuan (jenjang = 'tujuan'): it measures its "
            "tujuan, given in tujuan",
            sasaran,
        )
    return jenjang


def _satuan_indikator(r: _Pembaca) -> str | None:
    """An indicator's ``satuan`` as printed, or None when the key is left out: the report
    prints none (a table without a satuan column). A blank one is refused with that hint:
    it could mean "not printed" or a unit not yet transcribed.

    Examples:
        >>> _satuan_indikator(_Pembaca("a.toml", "indikator[0]", {})) is None
        True
        >>> _satuan_indikator(_Pembaca("a.toml", "indikator[0]", {"satuan": ""}))
        Traceback (most recent call last):
        ...
        sakip.errors.ReportFormatError: a.toml: indikator[0].satuan must not be blank: \
leave satuan out where the report prints no satuan (got '')
    """
    satuan = r.teks_opsional("satuan")
    if satuan is not None and not satuan.strip():
        raise r.galat(
            r.di("satuan"),
            "must not be blank: leave satuan out where the report prints no satuan",
            satuan,
        )
    return satuan


def _nilai_langsung(r: _Pembaca, kunci: str, pemisah: Literal[",", "."] | None) -> Fraction:
    """A year's realisasi given as its value: a text read by :func:`sakip.angka.baca`'s rule.

    The text is read as printed ("93", "97,32%", "4,21"), with the indicator's
    ``pemisah_desimal`` for a text like "93.6"; an integer is read as itself.
    """
    nilai = r.mentah(kunci)
    di = r.di(kunci)
    if type(nilai) is int:
        return r.pecahan(kunci, nilai, di)
    if not isinstance(nilai, str):
        raise r.galat(
            di,
            "must be the realisasi as printed ('93', '97,32%') or its components "
            "{ pembilang = ..., penyebut = ... }",
            nilai,
        )
    if sel_kosong(nilai):  # "-", blank, "n/a": as sakip.angka.baca reads an empty cell
        raise r.galat(
            di,
            "is empty: write the realisasi as printed, or leave the year out "
            "(a year without realisasi has no capaian)",
            nilai,
        )
    try:
        return ke_pecahan(
            baca(nilai, field=di, pemisah_desimal=pemisah, pilihan=_PILIHAN_TOML), di
        )
    except SakipError as e:
        raise r.galat(di, e.expected, nilai) from None


# -- scales -------------------------------------------------------------------


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
        raise r.galat(r.letak, e.expected, dict(r.data)) from None
    r.selesai()
    return p


def _skala(r: _Pembaca) -> tuple[str, Skala]:
    kode = r.teks("kode")
    if kode in SKALA_BAWAAN:
        raise r.galat(r.di("kode"), "must not be the name of a built-in scale", kode)
    try:
        s = Skala(
            nama=r.teks("nama"),
            sumber=r.teks("sumber"),
            pita=tuple(_pita(p) for p in r.daftar("pita")),
            catatan=r.teks("catatan", ""),
        )
    except ReportFormatError:
        raise
    except SakipError as e:
        raise r.galat(r.di("pita"), e.expected, r.data.get("pita")) from None
    r.selesai()
    return kode, s


def _teks_isi(r: _Pembaca, kunci: str, apa: str) -> str:
    """A required text that must not be blank (``apa`` says what it names)."""
    teks = r.teks(kunci)
    if not teks.strip():
        raise r.galat(r.di(kunci), f"must not be blank: {apa}", teks)
    return teks


def _pita_dicetak(r: _Pembaca, skala: Mapping[str, Skala]) -> PitaDicetak:
    """One band printed alone: where (``tabel``), the scale it quotes (``acuan``, a scale
    of the report or a built-in one), and the band's own keys, as a band of ``[[skala]]``.

    Examples:
        >>> pita = {"tabel": "Bab III", "acuan": "PERMENDAGRI_86_2017", "nama": "Tinggi",
        ...         "bawah": "76", "atas": "90", "termasuk_atas": True}
        >>> str(_pita_dicetak(_Pembaca("a.toml", "pita_dicetak[0]", pita), {}).pita)
        'Tinggi: 76 <= x <= 90'
        >>> _pita_dicetak(_Pembaca("a.toml", "pita_dicetak[0]", {**pita, "tabel": " "}), {})
        Traceback (most recent call last):
        ...
        sakip.errors.ReportFormatError: a.toml: pita_dicetak[0].tabel must not be blank: \
where the band is printed (got ' ')
    """
    tabel = _teks_isi(r, "tabel", "where the band is printed")
    acuan = _acuan(r, skala)
    _teks_isi(r, "nama", "the band's label as printed ('Tinggi')")
    return PitaDicetak(tabel=tabel, acuan=acuan, pita=_pita(r))


def _acuan(r: _Pembaca, skala: Mapping[str, Skala]) -> str:
    """The ``acuan`` of a printed scale or band: a scale of the report's own or a built-in.

    Examples:
        >>> _acuan(_Pembaca("a.toml", "skala_dicetak[1]", {"acuan": "NOPE"}), {})
        Traceback (most recent call last):
        ...
        sakip.errors.ReportFormatError: a.toml: skala_dicetak[1].acuan must name a scale: one \
of ['ATRIBUT_CAPAIAN', 'PERMENDAGRI_86_2017', 'PERMENDESA_2_2016', 'PERMENPANRB_88_2021', \
'PERMENPANRB_88_2021_TERMASUK_BAWAH'] (got 'NOPE')
    """
    acuan = r.teks("acuan")
    if acuan not in skala and acuan not in SKALA_BAWAAN:
        raise r.galat(
            r.di("acuan"),
            f"must name a scale: one of {sorted(skala) + sorted(SKALA_BAWAAN)}",
            acuan,
        )
    return acuan


def _cetakan_tabel(r: _Pembaca, rujukan: _Rujukan) -> list[Cetakan]:
    """The printed figures of one main-text ``[[tabel]]``.

    The table may declare ``pemisah_desimal`` and ``satuan_rupiah`` once for all
    its entries; an entry's own key wins over its table's, as a lampiran column's
    wins over ``[lampiran]``, and the table's keys apply as ``[lampiran]``'s do
    (:func:`_tata`): its unit to its Rupiah entries only, its separator to the
    decimals of the others and, for its Rupiah entries, to how their thousands
    may be grouped (``pemisah_rupiah``: their findings stay Indonesian).
    """
    tabel = r.teks("tabel")
    pemisah_tabel = _pemisah(r)
    satuan_tabel = _satuan(r, None)
    hasil = []
    for a in r.daftar("angka"):
        pemisah = _pemisah(a)
        baris, kolom = a.teks("baris"), a.teks("kolom")
        letak = f"{tabel} / {baris} / {kolom}"
        besaran = _besaran(a, "besaran", letak)
        rupiah = besaran.jenis in JENIS_RUPIAH
        c = Cetakan(
            tabel=tabel,
            baris=baris,
            kolom=kolom,
            teks=a.teks("teks"),
            besaran=besaran,
            pemisah_desimal=pemisah or (None if rupiah else pemisah_tabel),
            pemisah_rupiah=pemisah_tabel if rupiah and pemisah is None else None,
            satuan_rupiah=_satuan(a, besaran.jenis)
            or (satuan_tabel if rupiah else None)
            or "rupiah",
        )
        hasil.append(c)
        rujukan.daftar.append((c, f"{a.di('besaran')} ({letak})"))
        a.selesai()
    r.mentah("judul", "")
    r.selesai()
    return hasil


# -- the document -------------------------------------------------------------


def dari_dict(data: Mapping[str, Any], *, berkas: str = "<data>") -> Laporan:
    """Build a :class:`Laporan` from a parsed TOML document (see the format guide).

    Only ``skema`` and ``[laporan]`` are required: a report may hold only
    indicators, only a budget, or only printed tables.

    Raises:
        ReportFormatError: the data does not follow the schema.

    Examples:
        >>> lap = dari_dict({"skema": 1, "laporan": {
        ...     "instansi": "Dinas Contoh", "tahun": 2024, "judul": "LKjIP 2024", "sumber": "-",
        ...     "renstra": [2021, 2026], "skala_predikat": "PERMENDAGRI_86_2017"}})
        >>> lap.instansi, lap.pagu
        ('Dinas Contoh', 0)
    """
    berkas = berkas if isinstance(berkas, str) else repr(berkas)
    with tanpa_gc():
        return _dari_dict(data, berkas)


def _dari_dict(data: Mapping[str, Any], berkas: str) -> Laporan:
    r = _Pembaca(berkas, "", data)
    skema = r.bulat("skema")
    if skema != SKEMA:
        raise r.galat("skema", f"must be {SKEMA}", skema)
    r.daftar_teks("sertakan")
    info = r.anak("laporan")
    renstra = info.mentah("renstra")
    if not (
        isinstance(renstra, list)
        and len(renstra) == 2
        and all(type(x) is int and 1000 <= x <= 9999 for x in renstra)
        and renstra[0] <= renstra[1]
    ):
        raise info.galat("laporan.renstra", "must be [first year, last year]", renstra)
    skala: dict[str, Skala] = {}
    for s in r.daftar("skala", wajib=False):
        kode, sk = _skala(s)
        if kode in skala:
            raise s.galat(s.di("kode"), "must be unique", kode)
        skala[kode] = sk
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
                acuan=_acuan(s, skala),
                pita=tuple(_pita(p) for p in s.daftar("pita")),
            )
        )
        s.selesai()
    pagu_awal: dict[str, int] = {}
    if r.ada("pagu_awal"):
        pa = r.anak("pagu_awal")
        for kunci in pa.data:
            pagu_awal[str(kunci)] = pa.rupiah(str(kunci))
        pa.selesai()
    lampiran = _lampiran(r.anak("lampiran")) if r.ada("lampiran") else None
    rujukan = _Rujukan()
    tata = _tata(lampiran)
    programs = [_program(p, tata, rujukan, pagu_awal) for p in r.daftar("program", wajib=False)]
    kode_program = {p.kode for p in programs}
    for kunci in pagu_awal:
        if kunci not in kode_program:
            raise r.galat(f"pagu_awal.{kunci}", "must name a program", kunci)
    cetakan: list[Cetakan] = []
    for t in r.daftar("tabel", wajib=False):
        cetakan += _cetakan_tabel(t, rujukan)
    indikator = tuple(_indikator(i) for i in r.daftar("indikator", wajib=False))
    skala_predikat = info.teks_opsional("skala_predikat")
    skala_atribut = info.teks_opsional("skala_atribut")
    for kunci, nama in (("skala_predikat", skala_predikat), ("skala_atribut", skala_atribut)):
        if nama is not None and nama not in skala and nama not in SKALA_BAWAAN:
            raise info.galat(
                info.di(kunci),
                f"must name a scale: one of {sorted(skala) + sorted(SKALA_BAWAAN)}",
                nama,
            )
    pita_dicetak = tuple(_pita_dicetak(p, skala) for p in r.daftar("pita_dicetak", wajib=False))
    try:
        laporan = Laporan(
            instansi=info.teks("instansi"),
            tahun=info.tahun("tahun"),
            judul=info.teks("judul"),
            sumber=info.teks("sumber"),
            renstra=(renstra[0], renstra[1]),
            skala_predikat=skala_predikat,
            skala_atribut=skala_atribut,
            skala=skala,
            indikator=indikator,
            program=tuple(programs),
            skala_dicetak=tuple(skala_dicetak),
            pita_dicetak=pita_dicetak,
            lampiran=lampiran,
            belanja=belanja,
            cetakan=tuple(cetakan),
            berkas=berkas,
        )
    except ReportFormatError:
        raise
    except InvalidValueError as e:
        raise r.galat(str(e.value), e.expected, e.value) from None
    kode_indikator = {i.kode for i in indikator}
    if len(kode_indikator) != len(indikator):
        raise r.galat("indikator", "codes must be unique", [i.kode for i in indikator])
    info.selesai()
    r.selesai()
    if rujukan.salah_tingkat is not None:
        raise rujukan.salah_tingkat
    for c, letak in rujukan.daftar:
        _periksa_rujukan(laporan, c.besaran, berkas, letak, c.besaran)
    return laporan


_SKALA_PERLU: Final = {
    JenisBesaran.IKU_PREDIKAT: "skala_predikat",
    JenisBesaran.PREDIKAT: "skala_predikat",
    JenisBesaran.IKU_ATRIBUT: "skala_atribut",
    JenisBesaran.IKU_ATRIBUT_RATA_RATA: "skala_atribut",
}


def _periksa_rujukan(lap: Laporan, b: Besaran, berkas: str, letak: str, utuh: Besaran) -> None:
    """Every code a quantity cites exists, at the level it needs; a scale it needs is declared."""

    def galat(expected: str, _: object) -> ReportFormatError:
        return ReportFormatError(berkas=berkas, letak=letak, expected=expected, value=str(utuh))

    for arg in SINTAKS[b.jenis]:
        if arg in _ARG_BARIS or arg is Argumen.PROGRAM:
            for k in b.kode:
                if not lap.ada(k):
                    raise galat(
                        f"cites '{k}', which is no program, kegiatan or sub kegiatan of the report",
                        None,
                    )
                kelas_nama = _LEVEL.get(arg)
                if kelas_nama is not None and not isinstance(lap.cari(k), kelas_nama[0]):
                    raise galat(f"cites '{k}', which must be {kelas_nama[1]}", None)
        elif arg is Argumen.INDIKATOR and (
            b.indikator is None or not lap.ada_indikator(b.indikator)
        ):
            raise galat(f"cites '{b.indikator}', which is no indicator of the report", None)
    perlu = _SKALA_PERLU.get(b.jenis)
    if perlu is not None and getattr(lap, perlu) is None:
        raise galat(f"needs laporan.{perlu} (the scale to rate with)", None)
    if b.isi is not None:
        _periksa_rujukan(lap, b.isi, berkas, letak, utuh)


# -- files ------------------------------------------------------------------------


def _muat_toml(path: Path, nama: str) -> dict[str, Any]:
    return muat_toml(baca_teks(path, nama=nama), nama)


def _gabung(dasar: dict[str, Any], tambahan: Mapping[str, Any], nama: str) -> None:
    for kunci, nilai in tambahan.items():
        if kunci in dasar and isinstance(dasar[kunci], list) and isinstance(nilai, list):
            dasar[kunci] = dasar[kunci] + nilai
        elif kunci in dasar:
            raise ReportFormatError(
                berkas=nama, letak=kunci, expected="must not be defined twice", value=nilai
            )
        else:
            dasar[kunci] = nilai


def _muat_bersarang(
    path: Path, nama: str, rantai: tuple[Path, ...], dimuat: list[int]
) -> dict[str, Any]:
    data = _muat_toml(path, nama)
    sertakan = data.pop("sertakan", [])
    if not isinstance(sertakan, list) or not all(isinstance(s, str) for s in sertakan):
        raise ReportFormatError(
            berkas=nama, letak="sertakan", expected="must be a list of file names", value=sertakan
        )
    for i, s in enumerate(sertakan):
        if not s.strip():
            raise ReportFormatError(
                berkas=nama, letak=f"sertakan[{i}]", expected="must name a file", value=s
            )
        anak = (path.parent / s).resolve()
        if anak in rantai:
            urutan = " -> ".join(p.name for p in (*rantai, anak))
            raise ReportFormatError(
                berkas=nama,
                letak="sertakan",
                expected="must not include a file that includes it",
                value=urutan,
            )
        dimuat[0] += 1
        if dimuat[0] > MAKS_SERTAKAN:
            raise ReportFormatError(
                berkas=nama,
                letak="sertakan",
                expected=f"must include at most {MAKS_SERTAKAN} files",
                value=s,
            )
        _gabung(data, _muat_bersarang(anak, s, (*rantai, anak), dimuat), s)
    return data


def baca_toml(path: str | Path) -> Laporan:
    """Read a whole report from a TOML file (and the files it ``sertakan``, includes, nested).

    Raises:
        InvalidTypeError: ``path`` is not a path.
        ReportFormatError: a missing, unreadable, oversized or malformed file
            (see :data:`sakip.laporan.berkas.MAKS_BERKAS`), an include cycle
            (the chain of files is named), or data that does not follow the
            schema; the message names the file and the place inside it.

    Examples:
        >>> from importlib.resources import files
        >>> lap = baca_toml(files("sakip") / "data" / "dumai_2023.toml")
        >>> lap.tahun, len(lap.program)
        (2023, 9)
    """
    p = ke_path(path)
    periksa_nama(p, str(p))
    try:
        awal = p.resolve()
    except (OSError, ValueError, RuntimeError) as e:
        raise ReportFormatError(
            berkas=str(p), letak="-", expected="must be readable", value=str(e)
        ) from None
    data = _muat_bersarang(awal, p.name, (awal,), [0])
    return dari_dict(data, berkas=p.name)
