"""Besaran (quantity): what a printed figure claims to be, parsed once into a type.

A printed figure names its quantity in a short notation (``penyerapan:p9``,
``iku.capaian:iku2:2023``, ``terbilang:pagu:total``). :func:`baca_besaran`
reads that text once, when the report is loaded, into a frozen
:class:`Besaran` whose kind is a :class:`JenisBesaran` and whose arguments are
typed: node codes, an indicator code, a year (``int``), a quarter (``int``), a
choice, or a nested quantity. Later code never splits or tests strings.

Examples:
    >>> b = baca_besaran("iku.capaian:iku2:2023")
    >>> b.jenis, b.indikator, b.tahun
    (<JenisBesaran.IKU_CAPAIAN: 'iku.capaian'>, 'iku2', 2023)
    >>> str(baca_besaran("terbilang:pagu:p1+p2"))
    'terbilang:pagu:p1+p2'
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final

import attrs

from sakip.errors import InvalidTypeError, InvalidValueError

__all__ = [
    "MAKS_PANJANG_BESARAN",
    "Argumen",
    "Besaran",
    "JenisBesaran",
    "baca_besaran",
    "kode_tunggal",
]

#: The longest quantity text read (a nested quantity included).
MAKS_PANJANG_BESARAN: Final = 1000
_KODE: Final = re.compile(r"[A-Za-z0-9_\-]+(\.[A-Za-z0-9_\-]+)*")
_TAHUN: Final = re.compile(r"[0-9]{4}")


class JenisBesaran(enum.Enum):
    """The kinds of quantity a printed figure can claim to be (see the format guide).

    Examples:
        >>> JenisBesaran("penyerapan")
        <JenisBesaran.PENYERAPAN: 'penyerapan'>
    """

    PAGU = "pagu"
    PAGU_AWAL = "pagu_awal"
    REALISASI_RP = "realisasi_rp"
    PENYERAPAN = "penyerapan"
    SISA = "sisa"
    K_PERSEN = "k_persen"
    RPJMD_K = "rpjmd_k"
    RPJMD_RP = "rpjmd_rp"
    TW_RP = "tw_rp"
    IKU_TARGET = "iku.target"
    IKU_REALISASI = "iku.realisasi"
    IKU_CAPAIAN = "iku.capaian"
    IKU_PREDIKAT = "iku.predikat"
    IKU_ATRIBUT = "iku.atribut"
    IKU_ATRIBUT_RATA_RATA = "iku.atribut_rata_rata"
    IKU_CAPAIAN_RATA_RATA = "iku.capaian_rata_rata"
    IKU_PENYEBUT = "iku.penyebut"
    IKU_JUMLAH_RINCIAN = "iku.jumlah_rincian"
    IKU_KEMAJUAN = "iku.kemajuan"
    IKU_SELISIH_CAPAIAN = "iku.selisih_capaian"
    IKU_PENYERAPAN = "iku.penyerapan"
    IKU_EFISIENSI = "iku.efisiensi"
    IKU_EFISIENSI_RP = "iku.efisiensi_rp"
    IKU_EFISIENSI_KATEGORI = "iku.efisiensi_kategori"
    BELANJA_OPERASI = "belanja.operasi"
    BELANJA_MODAL = "belanja.modal"
    BELANJA_TOTAL = "belanja.total"
    BELANJA_REALISASI_OPERASI = "belanja.realisasi_operasi"
    BELANJA_REALISASI_MODAL = "belanja.realisasi_modal"
    BELANJA_REALISASI_TOTAL = "belanja.realisasi_total"
    BANYAK = "banyak"
    RATA_RATA = "rata_rata"
    TERBILANG = "terbilang"
    PREDIKAT = "predikat"


class Argumen(enum.Enum):
    """The kinds of argument of a quantity, each parsed into its own type.

    * ``KODE``: program, kegiatan or sub kegiatan codes joined by ``+``, or ``total``.
    * ``PROGRAM``: program codes joined by ``+``, or ``total``.
    * ``SUB``: one sub kegiatan; ``KEGIATAN``: one kegiatan; ``NODE``: one code of any level.
    * ``INDIKATOR``: an indicator code; ``TAHUN``: a year; ``TRIWULAN``: 1 to 4.
    * ``PILIHAN``: one word of the kind's list; ``BESARAN``: a nested quantity.

    Examples:
        >>> Argumen.TAHUN.value
        'tahun'
    """

    KODE = "kode"
    PROGRAM = "program"
    SUB = "sub"
    KEGIATAN = "kegiatan"
    NODE = "node"
    INDIKATOR = "indikator"
    TAHUN = "tahun"
    TRIWULAN = "triwulan"
    PILIHAN = "pilihan"
    BESARAN = "besaran"


_J = JenisBesaran
_A = Argumen

#: The arguments each kind takes, in order (its syntax).
#: The kinds that are amounts of Rupiah: a dot in their printed figures always groups
#: thousands, whatever the table around them says of decimals (the audit's quantity
#: table agrees, and a test holds the two together).
JENIS_RUPIAH: Final = frozenset(
    {
        JenisBesaran.PAGU,
        JenisBesaran.PAGU_AWAL,
        JenisBesaran.REALISASI_RP,
        JenisBesaran.SISA,
        JenisBesaran.RPJMD_RP,
        JenisBesaran.TW_RP,
        JenisBesaran.IKU_EFISIENSI_RP,
        JenisBesaran.BELANJA_OPERASI,
        JenisBesaran.BELANJA_MODAL,
        JenisBesaran.BELANJA_TOTAL,
        JenisBesaran.BELANJA_REALISASI_OPERASI,
        JenisBesaran.BELANJA_REALISASI_MODAL,
        JenisBesaran.BELANJA_REALISASI_TOTAL,
    }
)

SINTAKS: Final[Mapping[JenisBesaran, tuple[Argumen, ...]]] = MappingProxyType(
    {
        _J.PAGU: (_A.KODE,),
        _J.PAGU_AWAL: (_A.PROGRAM,),
        _J.REALISASI_RP: (_A.KODE,),
        _J.PENYERAPAN: (_A.KODE,),
        _J.SISA: (_A.KODE,),
        # the K of any row that records it: a sub kegiatan's or kegiatan's output, a
        # program's outcome (Permendagri 86/2017, Lampiran, form E.81)
        _J.K_PERSEN: (_A.NODE,),
        _J.RPJMD_K: (_A.NODE,),
        _J.RPJMD_RP: (_A.NODE,),
        _J.TW_RP: (_A.KEGIATAN, _A.TRIWULAN),
        _J.IKU_TARGET: (_A.INDIKATOR, _A.TAHUN),
        _J.IKU_REALISASI: (_A.INDIKATOR, _A.TAHUN),
        _J.IKU_CAPAIAN: (_A.INDIKATOR, _A.TAHUN),
        _J.IKU_PREDIKAT: (_A.INDIKATOR, _A.TAHUN),
        _J.IKU_ATRIBUT: (_A.INDIKATOR, _A.TAHUN),
        _J.IKU_ATRIBUT_RATA_RATA: (_A.TAHUN,),
        _J.IKU_CAPAIAN_RATA_RATA: (_A.TAHUN,),
        _J.IKU_PENYEBUT: (_A.INDIKATOR, _A.TAHUN),
        _J.IKU_JUMLAH_RINCIAN: (_A.INDIKATOR, _A.TAHUN),
        _J.IKU_KEMAJUAN: (_A.INDIKATOR,),
        _J.IKU_SELISIH_CAPAIAN: (_A.INDIKATOR, _A.TAHUN),
        _J.IKU_PENYERAPAN: (_A.INDIKATOR,),
        _J.IKU_EFISIENSI: (_A.INDIKATOR,),
        _J.IKU_EFISIENSI_RP: (_A.INDIKATOR,),
        _J.IKU_EFISIENSI_KATEGORI: (_A.INDIKATOR,),
        _J.BELANJA_OPERASI: (),
        _J.BELANJA_MODAL: (),
        _J.BELANJA_TOTAL: (),
        _J.BELANJA_REALISASI_OPERASI: (),
        _J.BELANJA_REALISASI_MODAL: (),
        _J.BELANJA_REALISASI_TOTAL: (),
        _J.BANYAK: (_A.PILIHAN,),
        _J.RATA_RATA: (_A.PILIHAN,),
        _J.TERBILANG: (_A.BESARAN,),
        _J.PREDIKAT: (_A.BESARAN,),
    }
)

#: The words a ``PILIHAN`` argument may take, per kind.
PILIHAN: Final[Mapping[JenisBesaran, tuple[str, ...]]] = MappingProxyType(
    {
        # the rows of the lampiran; the indikator sasaran ([[indikator]]), their distinct
        # sasaran, the distinct tujuan of every indicator
        _J.BANYAK: ("program", "kegiatan", "sub", "indikator", "sasaran", "tujuan"),
        _J.RATA_RATA: ("k_persen", "penyerapan"),
    }
)


def _jenis(kelas: type) -> Any:
    def cek(_: object, a: attrs.Attribute[Any], nilai: Any) -> None:
        if (isinstance(nilai, bool) and kelas is not bool) or not isinstance(nilai, kelas):
            raise InvalidTypeError(
                field=f"Besaran.{a.name}", value=nilai, expected=f"must be {kelas.__name__}"
            )

    return cek


def _triwulan(_: object, a: attrs.Attribute[Any], nilai: Any) -> None:
    if isinstance(nilai, bool) or nilai not in (1, 2, 3, 4):
        raise InvalidValueError(
            field="Besaran.triwulan", value=nilai, expected="must be 1, 2, 3 or 4"
        )


def _jenis_isi(_: object, a: attrs.Attribute[Any], nilai: Any) -> None:
    if not isinstance(nilai, Besaran):
        raise InvalidTypeError(field="Besaran.isi", value=nilai, expected="must be a Besaran")


def kode_tunggal(k: object) -> bool:
    """Whether ``k`` is one code of a program, kegiatan or sub kegiatan: letters, digits,
    ``_`` and ``-`` in parts joined by single dots (``"1.02.01"``, ``"p1"``).

    The rule of a :class:`Besaran`'s codes, and of the codes a report file names.

    Examples:
        >>> kode_tunggal("1.02.01"), kode_tunggal("1..2"), kode_tunggal(102)
        (True, False, False)
    """
    return isinstance(k, str) and _KODE.fullmatch(k) is not None


def _ke_kode(nilai: object) -> tuple[str, ...]:
    if isinstance(nilai, str) or not isinstance(nilai, (tuple, list)):
        raise InvalidTypeError(
            field="Besaran.kode", value=nilai, expected="must be a tuple of codes"
        )
    return tuple(nilai)


def _cek_kode(_: object, a: attrs.Attribute[tuple[str, ...]], nilai: tuple[str, ...]) -> None:
    for k in nilai:
        if not kode_tunggal(k):
            raise InvalidValueError(
                field="Besaran.kode",
                value=k,
                expected="must be codes of letters, digits, '_', '-', '.'",
            )


@attrs.frozen(kw_only=True)
class Besaran:
    """A quantity, parsed: its kind and typed arguments.

    Attributes:
        jenis: the kind (one row of the audit's table).
        kode: program, kegiatan or sub kegiatan codes (empty with ``semua``).
        semua: the whole report (written ``total``).
        indikator: an indicator code.
        tahun: a year.
        triwulan: a quarter, 1 to 4.
        pilihan: the word chosen (``banyak:sub``).
        isi: the nested quantity (``terbilang:pagu:total``).

    Examples:
        >>> Besaran(jenis=JenisBesaran.PENYERAPAN, kode=("p9",))
        Besaran(jenis=<JenisBesaran.PENYERAPAN: 'penyerapan'>, kode=('p9',), semua=False, \
indikator=None, tahun=None, triwulan=None, pilihan=None, isi=None)
    """

    jenis: JenisBesaran = attrs.field(validator=_jenis(JenisBesaran))
    kode: tuple[str, ...] = attrs.field(default=(), converter=_ke_kode, validator=_cek_kode)
    semua: bool = attrs.field(default=False, validator=_jenis(bool))
    indikator: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(_jenis(str))
    )
    tahun: int | None = attrs.field(default=None, validator=attrs.validators.optional(_jenis(int)))
    triwulan: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(_triwulan)
    )
    pilihan: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(_jenis(str))
    )
    isi: Besaran | None = attrs.field(
        default=None, validator=attrs.validators.optional(_jenis_isi)
    )

    def __str__(self) -> str:
        bagian = [self.jenis.value]
        for arg in SINTAKS[self.jenis]:
            bagian.append(_tulis_argumen(self, arg))
        return ":".join(bagian)


def _tulis_argumen(b: Besaran, arg: Argumen) -> str:
    if arg in (_A.KODE, _A.PROGRAM, _A.SUB, _A.KEGIATAN, _A.NODE):
        return "total" if b.semua else "+".join(b.kode)
    if arg is _A.INDIKATOR:
        return str(b.indikator)
    if arg is _A.TAHUN:
        return str(b.tahun)
    if arg is _A.TRIWULAN:
        return str(b.triwulan)
    if arg is _A.PILIHAN:
        return str(b.pilihan)
    return str(b.isi)


def _salah(teks: str, expected: str) -> InvalidValueError:
    return InvalidValueError(field="besaran", value=teks, expected=expected)


def baca_besaran(teks: str, *, _kedalaman: int = 0) -> Besaran:
    """Read a quantity's text into a :class:`Besaran`.

    Raises:
        InvalidTypeError: not a string.
        InvalidValueError: an unknown kind, a wrong number of arguments or a
            malformed one (the message says what was expected).

    Examples:
        >>> baca_besaran("tw_rp:p1.k1:3").triwulan
        3
        >>> baca_besaran("banyak:kegiatn")
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidValueError: besaran needs one of ('program', 'kegiatan', 'sub', \
'indikator', 'sasaran', 'tujuan') after 'banyak:' (got 'banyak:kegiatn')
    """
    if not isinstance(teks, str):
        raise InvalidTypeError(field="besaran", value=teks, expected="must be a string")
    if len(teks) > MAKS_PANJANG_BESARAN or _kedalaman > 8:
        raise _salah(
            teks, f"must be at most {MAKS_PANJANG_BESARAN} characters, nested at most 8 deep"
        )
    nama, _, sisa = teks.partition(":")
    try:
        jenis = JenisBesaran(nama)
    except ValueError:
        raise _salah(teks, "must start with a quantity kind of the format guide") from None
    sintaks = SINTAKS[jenis]
    if sintaks == (_A.BESARAN,):
        if not sisa:
            raise _salah(teks, f"besaran {nama} needs a nested quantity")
        return Besaran(jenis=jenis, isi=baca_besaran(sisa, _kedalaman=_kedalaman + 1))
    bagian = sisa.split(":") if sisa else []
    if len(bagian) != len(sintaks):
        contoh = ":".join([nama, *(a.value.upper() for a in sintaks)])
        raise _salah(teks, f"must have {len(sintaks)} argument(s): {contoh}")
    nilai: dict[str, object] = {}
    for arg, isi in zip(sintaks, bagian, strict=True):
        nilai.update(_argumen(teks, jenis, arg, isi))
    return Besaran(jenis=jenis, **nilai)  # type: ignore[arg-type]


def _argumen(teks: str, jenis: JenisBesaran, arg: Argumen, isi: str) -> dict[str, object]:
    if arg in (_A.KODE, _A.PROGRAM):
        if isi == "total":
            return {"semua": True}
        kode = isi.split("+")
        if not all(kode_tunggal(k) for k in kode):
            raise _salah(teks, "needs codes joined by '+', or 'total'")
        return {"kode": tuple(kode)}
    if arg in (_A.SUB, _A.KEGIATAN, _A.NODE):
        if not kode_tunggal(isi) or isi == "total":
            raise _salah(teks, f"needs one {arg.value} code")
        return {"kode": (isi,)}
    if arg is _A.INDIKATOR:
        if not kode_tunggal(isi):
            raise _salah(teks, "needs an indicator code")
        return {"indikator": isi}
    if arg is _A.TAHUN:
        if not _TAHUN.fullmatch(isi):
            raise _salah(teks, "needs a year of 4 ASCII digits")
        return {"tahun": int(isi)}
    if arg is _A.TRIWULAN:
        if isi not in ("1", "2", "3", "4"):
            raise _salah(teks, "needs a quarter 1, 2, 3 or 4")
        return {"triwulan": int(isi)}
    pilihan = PILIHAN[jenis]
    if isi not in pilihan:
        raise _salah(teks, f"needs one of {pilihan} after '{jenis.value}:'")
    return {"pilihan": isi}
