"""Triwulan (quarters): quarterly realisation, consolidation rules, quarter dates.

Each indicator declares how its quarters consolidate into a cumulative or a
yearly figure (:class:`Konsolidasi`). Permendagri 86/2017 form E.81 sums the
quarters, which is right for counts and Rupiah and wrong for percentages or
stocks; sakip makes the rule explicit and never picks one silently.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Mapping, Sequence
from fractions import Fraction
from types import MappingProxyType
from typing import Final

import attrs
from dateutil.relativedelta import relativedelta

from sakip._eksak import Number, ke_pecahan, urutan_angka
from sakip._validasi import jenis
from sakip.errors import InvalidTypeError, InvalidValueError, NotComputableError

__all__ = [
    "Konsolidasi",
    "RealisasiTriwulan",
    "kumulatif",
    "periode_triwulan",
    "realisasi_renstra",
    "tahun_anggaran",
    "triwulan_dari_tanggal",
]

_SATU_TRIWULAN: Final = relativedelta(months=3)

#: The rule :func:`realisasi_renstra` cites.
_ATURAN_RENSTRA: Final = (
    "realisasi Renstra = realisasi s/d tahun lalu + realisasi Renja, Permendagri 86/2017 form E.81"
)


class Konsolidasi(enum.Enum):
    """How quarterly values make a cumulative or yearly figure.

    Examples:
        >>> Konsolidasi("jumlah")
        <Konsolidasi.JUMLAH: 'jumlah'>
    """

    #: Sum of the quarters: counts (K) and Rupiah. Permendagri 86/2017 form E.81.
    JUMLAH = "jumlah"
    #: The latest quarter's value: stocks and percentages (a rate is not summed).
    TERAKHIR = "terakhir"
    #: Mean of the quarters reported: averages of a level over the year.
    RATA_RATA = "rata-rata"


def _periksa_sampai(sampai: object, banyak: int) -> int:
    if type(sampai) is not int:
        raise InvalidTypeError(field="sampai", value=sampai, expected="must be an int (1 to 4)")
    if not 1 <= sampai <= banyak:
        raise InvalidValueError(
            field="sampai", value=sampai, expected=f"must be between 1 and {banyak}"
        )
    return sampai


def _urutan_triwulan(nilai: Sequence[Number], field: str) -> tuple[Fraction, ...]:
    xs = urutan_angka(nilai, field, paling_sedikit=1, paling_banyak=4)
    return tuple(ke_pecahan(v, f"{field}[{i}]") for i, v in enumerate(xs))


def kumulatif(
    nilai: Sequence[Number], *, aturan: Konsolidasi, sampai: int | None = None
) -> Fraction:
    """Realisasi kumulatif (cumulative realisation) up to a quarter, exact.

    Args:
        nilai: quarterly values, triwulan I first (1 to 4 of them). Blank
            cells must be given as 0: nothing is assumed.
        aturan: the consolidation rule of the indicator.
        sampai: up to which quarter (1-4); default: all given (the year's
            figure when four are given).

    Returns:
        The exact value, a ``Fraction`` (round it with :func:`sakip.bulatkan`).

    Sumber:
        Permendagri 86/2017, Lampiran, form E.81 (realisasi kinerja per
        triwulan), as quoted in LKjIP Dumai 2023 (the lampiran not read); the
        rule per indicator is sakip's explicit choice.

    Examples:
        >>> rp = [84_298_180, 595_382_300, -19_588_000, 1_946_075_000]
        >>> kumulatif(rp, aturan=Konsolidasi.JUMLAH)
        Fraction(2606167480, 1)
        >>> kumulatif(["0.25", "0.25", "0.25", "0.25"], aturan=Konsolidasi.JUMLAH)
        Fraction(1, 1)
        >>> kumulatif([40, 55, 70, 90], aturan=Konsolidasi.TERAKHIR, sampai=3)
        Fraction(70, 1)
        >>> kumulatif([40, 55, 70, 90], aturan=Konsolidasi.RATA_RATA, sampai=2)
        Fraction(95, 2)
    """
    if not isinstance(aturan, Konsolidasi):
        raise InvalidTypeError(field="aturan", value=aturan, expected="must be a Konsolidasi")
    xs = _urutan_triwulan(nilai, "nilai")
    n = len(xs) if sampai is None else _periksa_sampai(sampai, len(xs))
    bagian = xs[:n]
    if aturan is Konsolidasi.JUMLAH:
        return sum(bagian, Fraction(0))
    if aturan is Konsolidasi.TERAKHIR:
        return bagian[-1]
    return sum(bagian, Fraction(0)) / n


#: This year's realisasi joined to last years' by the row's rule across years. A level
#: (``TERAKHIR``) is not added to last years'; a mean (``RATA_RATA``) has no row: it needs
#: the number of years, which form E.81 does not give (:func:`realisasi_renstra`).
_ANTAR_TAHUN: Final[Mapping[Konsolidasi, Callable[[Fraction, Fraction], Fraction]]] = (
    MappingProxyType(
        {
            Konsolidasi.JUMLAH: lambda lalu, tahun_ini: lalu + tahun_ini,
            Konsolidasi.TERAKHIR: lambda lalu, tahun_ini: tahun_ini,
        }
    )
)


def _tepat(nilai: Number, field: str) -> Fraction:
    """A Fraction as it is (a sum :func:`kumulatif` gave may pass the bounds of an
    input), any other number read as every input is."""
    return nilai if isinstance(nilai, Fraction) else ke_pecahan(nilai, field)


def realisasi_renstra(*, lalu: Number, tahun_ini: Number, aturan: Konsolidasi) -> Fraction:
    """Realisasi Renstra s/d tahun ini (realisation of the strategic plan up to this year).

    Last years' realisasi (form E.81 column 7, "realisasi s/d tahun lalu") joined to this
    year's (column 13, realisasi Renja) by the indicator's rule across years, as
    column 14: ``JUMLAH`` adds them (counts, Rupiah), ``TERAKHIR`` takes this year's
    (a level is not added across years), ``RATA_RATA`` is refused: a mean across
    years needs the number of years, which the form does not give.

    Args:
        lalu: realisasi up to last year (column 7).
        tahun_ini: realisasi of this year (column 13), e.g. :func:`kumulatif`'s
            result; a ``Fraction`` is taken as it is, any other number is read as
            every input is (plain ASCII decimal text).
        aturan: the indicator's rule across years.

    Returns:
        The exact value, a ``Fraction`` (round it with :func:`sakip.bulatkan`).

    Raises:
        InvalidTypeError: ``aturan`` is not a :class:`Konsolidasi`, or a number is not one.
        InvalidValueError: a number that cannot be read (``"98,48"``, NaN).
        NotComputableError: ``aturan`` is ``RATA_RATA``.

    Sumber:
        Permendagri 86/2017, Lampiran, form E.81, as its column captions are printed
        in the E.81 workbook of Bappedalitbang Kabupaten Deli Serdang 2025
        (``sakip.e81.CONTOH_DELI_SERDANG``; the lampiran itself not read): realisasi
        Renstra (column 14) = realisasi s/d tahun lalu (column 7) + realisasi Renja
        (column 13). ``TERAKHIR`` and the refusal of ``RATA_RATA``: sakip's rule, no
        regulation fixes it (see :func:`sakip.e81.konsolidasi_disimpulkan`).

    Examples:
        >>> realisasi_renstra(lalu="1.84", tahun_ini=2, aturan=Konsolidasi.JUMLAH)
        Fraction(96, 25)
        >>> realisasi_renstra(lalu=93, tahun_ini=100, aturan=Konsolidasi.TERAKHIR)
        Fraction(100, 1)
        >>> realisasi_renstra(lalu=93, tahun_ini=100, aturan=Konsolidasi.RATA_RATA)
        Traceback (most recent call last):
        ...
        sakip.errors.NotComputableError: aturan must be JUMLAH or TERAKHIR: a mean across \
years needs the number of years, which form E.81 does not give (got <Konsolidasi.RATA_RATA: \
'rata-rata'>); realisasi Renstra = realisasi s/d tahun lalu + realisasi Renja, \
Permendagri 86/2017 form E.81
    """
    if not isinstance(aturan, Konsolidasi):
        raise InvalidTypeError(field="aturan", value=aturan, expected="must be a Konsolidasi")
    x_lalu, x_ini = _tepat(lalu, "lalu"), _tepat(tahun_ini, "tahun_ini")
    gabung = _ANTAR_TAHUN.get(aturan)
    if gabung is None:
        raise NotComputableError(
            field="aturan",
            value=aturan,
            expected=(
                "must be JUMLAH or TERAKHIR: a mean across years needs the number of years, "
                "which form E.81 does not give"
            ),
            rule=_ATURAN_RENSTRA,
        )
    return gabung(x_lalu, x_ini)


def _k(nilai: Sequence[Number]) -> tuple[Fraction, ...]:
    return _urutan_triwulan(nilai, "k")


def _rp(nilai: Sequence[Number]) -> tuple[Fraction, ...]:
    return _urutan_triwulan(nilai, "rp")


@attrs.frozen(kw_only=True)
class RealisasiTriwulan:
    """Quarterly realisation of one sub kegiatan or indicator: volume (K) and Rupiah.

    Attributes:
        k: volume per quarter (fractions allowed: 0.25 of a yearly report).
        rp: Rupiah per quarter (negative values are corrections).
        aturan_k: how K consolidates (default JUMLAH).

    Examples:
        >>> t = RealisasiTriwulan(k=[15, 80, 450, 1455],
        ...                       rp=[84_298_180, 595_382_300, -19_588_000, 1_946_075_000])
        >>> t.k_sampai(4), t.rp_sampai(3)
        (Fraction(2000, 1), Fraction(660092480, 1))
    """

    k: tuple[Fraction, ...] = attrs.field(converter=_k)
    rp: tuple[Fraction, ...] = attrs.field(converter=_rp)
    aturan_k: Konsolidasi = attrs.field(default=Konsolidasi.JUMLAH, validator=jenis(Konsolidasi))

    def __attrs_post_init__(self) -> None:
        for i, x in enumerate(self.rp):
            if x.denominator != 1:
                raise InvalidValueError(
                    field=f"rp[{i}]", value=x, expected="must be a whole number of Rupiah"
                )

    def k_sampai(self, sampai: int | None = None) -> Fraction:
        """Cumulative K up to a quarter, by ``aturan_k``.

        Examples:
            >>> RealisasiTriwulan(k=[40, 60], rp=[1, 1], aturan_k=Konsolidasi.TERAKHIR).k_sampai()
            Fraction(60, 1)
        """
        return kumulatif(self.k, aturan=self.aturan_k, sampai=sampai)

    def rp_sampai(self, sampai: int | None = None) -> Fraction:
        """Cumulative Rupiah up to a quarter (always a sum).

        Examples:
            >>> RealisasiTriwulan(k=[1, 1], rp=[600_000, 1_800_000]).rp_sampai(1)
            Fraction(600000, 1)
        """
        return kumulatif(self.rp, aturan=Konsolidasi.JUMLAH, sampai=sampai)


def _tanggal(nilai: object, field: str) -> dt.date:
    if not isinstance(nilai, dt.date):
        raise InvalidTypeError(field=field, value=nilai, expected="must be a datetime.date")
    return nilai


def triwulan_dari_tanggal(tanggal: dt.date, *, bulan_awal: int = 1) -> int:
    """The quarter (1-4) of a date in a fiscal year starting in ``bulan_awal``.

    Indonesian regional budgets run January to December (UU 17/2003 Pasal 4),
    hence the default.

    Examples:
        >>> import datetime as dt
        >>> triwulan_dari_tanggal(dt.date(2023, 9, 25))
        3
        >>> triwulan_dari_tanggal(dt.date(2023, 9, 25), bulan_awal=7)
        1
    """
    t = _tanggal(tanggal, "tanggal")
    if type(bulan_awal) is not int or not 1 <= bulan_awal <= 12:
        raise InvalidValueError(field="bulan_awal", value=bulan_awal, expected="must be 1 to 12")
    return (t.month - bulan_awal) % 12 // 3 + 1


def tahun_anggaran(tanggal: dt.date, *, bulan_awal: int = 1) -> tuple[dt.date, dt.date]:
    """First and last day of the fiscal year a date falls in.

    Sumber:
        UU 17/2003 Pasal 4 (tahun anggaran 1 Januari - 31 Desember; read, in a published copy).

    Examples:
        >>> import datetime as dt
        >>> tahun_anggaran(dt.date(2023, 9, 25))
        (datetime.date(2023, 1, 1), datetime.date(2023, 12, 31))
        >>> tahun_anggaran(dt.date(2024, 2, 1), bulan_awal=7)
        (datetime.date(2023, 7, 1), datetime.date(2024, 6, 30))
    """
    t = _tanggal(tanggal, "tanggal")
    if type(bulan_awal) is not int or not 1 <= bulan_awal <= 12:
        raise InvalidValueError(field="bulan_awal", value=bulan_awal, expected="must be 1 to 12")
    tahun = t.year if t.month >= bulan_awal else t.year - 1
    awal = dt.date(tahun, bulan_awal, 1)
    if bulan_awal == 1:
        return awal, dt.date(tahun, 12, 31)
    if tahun >= dt.MAXYEAR:
        raise NotComputableError(
            field="tanggal",
            value=tanggal,
            expected=f"must fall in a fiscal year that ends by {dt.MAXYEAR}",
        )
    return awal, dt.date(tahun + 1, bulan_awal, 1) - dt.timedelta(days=1)


def periode_triwulan(*, tahun: int, triwulan: int, bulan_awal: int = 1) -> tuple[dt.date, dt.date]:
    """First and last day of a quarter of fiscal year ``tahun``.

    A fiscal year starting in July 2023 is called 2023 here.

    Sumber:
        UU 17/2003 Pasal 4 (tahun anggaran 1 Januari - 31 Desember; read, in a published copy).

    Examples:
        >>> periode_triwulan(tahun=2023, triwulan=4)
        (datetime.date(2023, 10, 1), datetime.date(2023, 12, 31))
        >>> periode_triwulan(tahun=2024, triwulan=1)
        (datetime.date(2024, 1, 1), datetime.date(2024, 3, 31))
    """
    for field, nilai, lo, hi in (
        ("tahun", tahun, 1, 9998),
        ("triwulan", triwulan, 1, 4),
        ("bulan_awal", bulan_awal, 1, 12),
    ):
        if type(nilai) is not int:
            raise InvalidTypeError(field=field, value=nilai, expected="must be an int")
        if not lo <= nilai <= hi:
            raise InvalidValueError(field=field, value=nilai, expected=f"must be {lo} to {hi}")
    awal = dt.date(tahun, bulan_awal, 1) + _SATU_TRIWULAN * (triwulan - 1)
    akhir = awal + _SATU_TRIWULAN - relativedelta(days=1)
    return awal, akhir
