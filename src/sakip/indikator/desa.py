"""Desa/kelurahan indicators: pengentasan desa tertinggal, LPM aktif, status IDM."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Final

import attrs

from sakip._eksak import Number, _periksa_tempat, bulatkan_pecahan, ke_pecahan
from sakip.aturan import Aturan, aturan_berlaku
from sakip.errors import InvalidValueError, NotComputableError
from sakip.indikator._hasil import HasilIndikator, rasio_bagian
from sakip.skala import PERMENDESA_2_2016, RIWAYAT_SKALA

__all__ = [
    "ATURAN_IDM",
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
        Daerah), Lampiran, indikator pemberdayaan masyarakat dan desa, as
        quoted in LKjIP Dumai 2023, Tabel 3.2.4/3.2.5 (the regulation not read).

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
        sumber="Permendagri 18/2020, Lampiran (as quoted in LKjIP Dumai 2023)",
        tempat=tempat,
    )


def lpm_aktif(*, aktif: Number, jumlah: Number, tempat: int = 2) -> HasilIndikator:
    """Persentase LPM (Lembaga Pemberdayaan Masyarakat) berprestasi/aktif (%).

    ``aktif / jumlah x 100``.

    Sumber:
        Permendagri 86/2017, Lampiran (indikator urusan pemberdayaan
        masyarakat dan desa), as quoted in LKjIP Dumai 2023, Tabel 3.2.6/3.2.7
        (the regulation not read).

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
        sumber="Permendagri 86/2017, Lampiran (as quoted in LKjIP Dumai 2023)",
        tempat=tempat,
    )


#: The rules of the village index, oldest first. From the 2024 data the
#: Indeks Desa of Permendesa PDTT 9/2024 (six dimensions: layanan dasar,
#: sosial, ekonomi, lingkungan, aksesibilitas, tata kelola; as quoted in
#: ainamulyana.com and the RPJMN 2025-2029 metadata of sdi.beltim.go.id)
#: replaces the IDM, whose name pages of Kemendes now give as Indeks Desa (as
#: quoted in pantau.com, 2025). Whether 9/2024 revokes 2/2016 was not read;
#: its status bounds are not encoded, so :func:`status_idm` refuses 2024 on.
#: The rule is kept with its scale, in :data:`sakip.skala.RIWAYAT_SKALA`.
ATURAN_IDM: Final[tuple[Aturan, ...]] = tuple(
    aturan for aturan, _ in RIWAYAT_SKALA["PERMENDESA_2_2016"]
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


def status_idm(
    *, iks: Number, ike: Number, ikl: Number, tempat: int = 4, tahun: int | None = None
) -> StatusIDM:
    """Status desa from the Indeks Desa Membangun: ``IDM = (IKS + IKE + IKL) / 3``.

    IKS, IKE and IKL are the social, economic and ecological resilience
    indices, each between 0 and 1. The status is read from the exact IDM
    (not the rounded one), by :data:`PERMENDESA_2_2016`.

    Args:
        iks: Indeks Ketahanan Sosial.
        ike: Indeks Ketahanan Ekonomi.
        ikl: Indeks Ketahanan Ekologi/Lingkungan.
        tempat: decimal places of ``nilai``.
        tahun: the data year; from 2024 the IDM is succeeded by the Indeks
            Desa (Permendesa PDTT 9/2024), which sakip does not encode, and
            such a year is refused. ``None`` applies the IDM without a check.

    Raises:
        InvalidValueError: an index outside 0 to 1.
        NotComputableError: a ``tahun`` the IDM does not govern.

    Sumber:
        Permendes PDTT 2/2016 tentang Indeks Desa Membangun, Lampiran (the IDM
        formula and the status classification), as quoted in the IDM material
        of Dispermades Kabupaten Kebumen; see :data:`ATURAN_IDM`.

    Examples:
        >>> s = status_idm(iks="0.7", ike="0.6", ikl="0.8")
        >>> s.nilai, s.status
        (Decimal('0.7000'), 'Berkembang')
        >>> status_idm(iks="0.8155", ike="0.8155", ikl="0.8155").status
        'Maju'
        >>> status_idm(iks="0.7", ike="0.6", ikl="0.8", tahun=2024)
        Traceback (most recent call last):
        ...
        sakip.errors.NotComputableError: tahun must be a year from 2016 to 2023: the IDM of \
Permendes PDTT 2/2016 (later years use the Indeks Desa of Permendesa PDTT 9/2024, not encoded) \
(got 2024)
    """
    if tahun is not None:
        try:
            aturan_berlaku(ATURAN_IDM, tahun, nama="status IDM")
        except NotComputableError:
            raise NotComputableError(
                field="tahun",
                value=tahun,
                expected=(
                    "must be a year from 2016 to 2023: the IDM of Permendes PDTT 2/2016 "
                    "(later years use the Indeks Desa of Permendesa PDTT 9/2024, not encoded)"
                ),
            ) from None
    _periksa_tempat(tempat)
    eksak = (_indeks(iks, "iks") + _indeks(ike, "ike") + _indeks(ikl, "ikl")) / 3
    return StatusIDM(
        nilai=bulatkan_pecahan(eksak, tempat),
        eksak=eksak,
        status=PERMENDESA_2_2016.predikat(eksak),
    )
