"""Desa/kelurahan indicators: pengentasan desa tertinggal, LPM aktif, status IDM."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import attrs

from sakip._eksak import Number, _periksa_tempat, bulatkan_pecahan, ke_pecahan
from sakip.errors import InvalidValueError, _usang
from sakip.indikator._hasil import HasilIndikator, rasio_bagian
from sakip.skala import PERMENDESA_2_2016

__all__ = [
    "PERMENDESA_2_2016",
    "StatusIDM",
    "lpm_aktif",
    "pengentasan_desa_tertinggal",
    "status_idm",
]


def pengentasan_desa_tertinggal(
    *, menjadi_berkembang: Number, tertinggal_awal_tahun: Number, tempat: int = 2
) -> HasilIndikator:
    """Persentase pengentasan desa/kelurahan tertinggal (%).

    ``menjadi_berkembang / tertinggal_awal_tahun x 100``: the villages that
    were tertinggal (kurang berkembang) at the start of year n and met the
    criteria of a developing village during the year, by the village
    development index, over those tertinggal at the start of the year.

    Sumber:
        Permendagri 18/2020 (Laporan dan Evaluasi Penyelenggaraan Pemerintahan
        Daerah), Lampiran, indikator pemberdayaan masyarakat dan desa; cited
        by LKjIP Dumai 2023, Tabel 3.2.4/3.2.5.

    Examples:
        >>> pengentasan_desa_tertinggal(menjadi_berkembang=19, tertinggal_awal_tahun=26).nilai
        Decimal('73.08')
        >>> pengentasan_desa_tertinggal(menjadi_berkembang=6, tertinggal_awal_tahun=8,
        ...                             tempat=0).nilai
        Decimal('75')
    """
    return rasio_bagian(
        bagian=menjadi_berkembang,
        keseluruhan=tertinggal_awal_tahun,
        nama_bagian="menjadi_berkembang",
        nama_keseluruhan="tertinggal_awal_tahun",
        rumus="desa tertinggal yang menjadi berkembang / desa tertinggal per awal tahun n x 100",
        sumber="Permendagri 18/2020, Lampiran",
        tempat=tempat,
    )


def lpm_aktif(*, aktif: Number, jumlah: Number, tempat: int = 2) -> HasilIndikator:
    """Persentase LPM (Lembaga Pemberdayaan Masyarakat) berprestasi/aktif (%).

    ``aktif / jumlah x 100``.

    Sumber:
        Permendagri 86/2017, Lampiran (indikator urusan pemberdayaan
        masyarakat dan desa); cited by LKjIP Dumai 2023, Tabel 3.2.6/3.2.7.

    Examples:
        >>> lpm_aktif(aktif=36, jumlah=36).nilai
        Decimal('100.00')
    """
    return rasio_bagian(
        bagian=aktif,
        keseluruhan=jumlah,
        nama_bagian="aktif",
        nama_keseluruhan="jumlah",
        rumus="LPM berprestasi (aktif) / jumlah LPM x 100",
        sumber="Permendagri 86/2017, Lampiran",
        tempat=tempat,
    )


@attrs.frozen(kw_only=True)
class StatusIDM:
    """Indeks Desa Membangun and the status it gives.

    Attributes:
        nilai: the index (IDM), rounded to the requested places.
        eksak: the exact mean of the three indices.
        status: "Sangat Tertinggal", "Tertinggal", "Berkembang", "Maju" or "Mandiri".

    Examples:
        >>> status_idm(iks="0.9", ike="0.8", ikl="0.85", tempat=2)
        StatusIDM(nilai=Decimal('0.85'), eksak=Fraction(17, 20), status='Mandiri')
    """

    nilai: Decimal
    eksak: Fraction
    status: str

    @property
    def idm(self) -> Decimal:
        """Deprecated name of :attr:`nilai` (one name for a rounded result); removed in 0.3.0.

        Examples:
            >>> import warnings
            >>> with warnings.catch_warnings():
            ...     warnings.simplefilter("ignore")
            ...     status_idm(iks="0.7", ike="0.6", ikl="0.8").idm
            Decimal('0.7000')
        """
        _usang("StatusIDM.idm", "StatusIDM.nilai")
        return self.nilai


def _indeks(nilai: Number, field: str) -> Fraction:
    x = ke_pecahan(nilai, field)
    if not 0 <= x <= 1:
        raise InvalidValueError(
            field=field,
            value=nilai,
            expected="must be between 0 and 1",
            rule="Permendes PDTT 2/2016",
        )
    return x


def status_idm(*, iks: Number, ike: Number, ikl: Number, tempat: int = 4) -> StatusIDM:
    """Status desa from the Indeks Desa Membangun: ``IDM = (IKS + IKE + IKL) / 3``.

    IKS, IKE and IKL are the social, economic and ecological resilience
    indices, each between 0 and 1. The status is read from the exact IDM
    (not the rounded one), by :data:`PERMENDESA_2_2016`.

    Sumber:
        Permendes PDTT 2/2016 tentang Indeks Desa Membangun, Lampiran (the IDM
        formula and the status classification).

    Examples:
        >>> s = status_idm(iks="0.7", ike="0.6", ikl="0.8")
        >>> s.nilai, s.status
        (Decimal('0.7000'), 'Berkembang')
        >>> status_idm(iks="0.8155", ike="0.8155", ikl="0.8155").status
        'Maju'
    """
    _periksa_tempat(tempat)
    eksak = (_indeks(iks, "iks") + _indeks(ike, "ike") + _indeks(ikl, "ikl")) / 3
    return StatusIDM(
        nilai=bulatkan_pecahan(eksak, tempat),
        eksak=eksak,
        status=PERMENDESA_2_2016.predikat(eksak),
    )
