"""Comparisons: progress towards the Renstra's final target, and change between years."""

from __future__ import annotations

from decimal import Decimal

from sakip._eksak import _SERATUS, Number, _periksa_tempat, bulatkan_pecahan, ke_pecahan
from sakip.errors import NotComputableError
from sakip.kinerja import Arah, MetodeTurun, capaian

__all__ = ["perubahan_relatif", "selisih_poin", "tingkat_kemajuan"]


def tingkat_kemajuan(
    *,
    realisasi: Number,
    target_akhir: Number,
    arah: Arah = Arah.NAIK,
    metode: MetodeTurun | None = None,
    tempat: int = 2,
) -> Decimal:
    """Tingkat kemajuan (progress, %): realisasi against the Renstra's final-year target.

    The capaian formula (:func:`sakip.capaian`) applied to the target of the
    last year of the Renstra period.

    Sumber:
        PermenPANRB 53/2014, Lampiran III (Laporan Kinerja: perbandingan
        realisasi kinerja sampai dengan tahun ini dengan target jangka
        menengah; unverified); LKjIP Dumai 2023, Tabel 3.3.1.

    Examples:
        >>> tingkat_kemajuan(realisasi=75, target_akhir=25, tempat=0)
        Decimal('300')
    """
    return capaian(
        realisasi=realisasi, target=target_akhir, arah=arah, metode=metode, tempat=tempat
    )


def selisih_poin(*, sebelumnya: Number, sekarang: Number, tempat: int = 2) -> Decimal:
    """Selisih poin persentase (change in percentage points): ``sekarang - sebelumnya``.

    What a report means by "capaian meningkat sebesar 24%" when capaian went
    from 155% to 179%: 24 percentage points, not a 24% increase.

    Sumber:
        Definition; LKjIP Dumai 2023, section 3.1 ("meningkat sebesar 24%").

    Examples:
        >>> selisih_poin(sebelumnya=155, sekarang=179, tempat=0)
        Decimal('24')
    """
    _periksa_tempat(tempat)
    return bulatkan_pecahan(
        ke_pecahan(sekarang, "sekarang") - ke_pecahan(sebelumnya, "sebelumnya"), tempat
    )


def perubahan_relatif(*, sebelumnya: Number, sekarang: Number, tempat: int = 2) -> Decimal:
    """Perubahan relatif (relative change, %): ``(sekarang - sebelumnya) / |sebelumnya| x 100``.

    The base is taken without its sign, so that the sign of the result is the
    direction of the change: from -10 to -5 is +50 (a rise), from -10 to -20
    is -100. For a positive base it is the plain ``(b - a) / a x 100``.

    Raises:
        NotComputableError: sebelumnya is 0.

    Sumber:
        Definition (growth rate); the base without its sign for a negative
        base: sakip's reading, the usual convention for growth rates.

    Examples:
        >>> perubahan_relatif(sebelumnya=155, sekarang=179)
        Decimal('15.48')
        >>> perubahan_relatif(sebelumnya=-10, sekarang=-5)
        Decimal('50.00')
    """
    _periksa_tempat(tempat)
    a = ke_pecahan(sebelumnya, "sebelumnya")
    b = ke_pecahan(sekarang, "sekarang")
    if a == 0:
        raise NotComputableError(
            field="sebelumnya",
            value=sebelumnya,
            expected="must not be 0",
            rule="perubahan relatif = (sekarang - sebelumnya) / |sebelumnya| x 100",
        )
    return bulatkan_pecahan((b - a) * _SERATUS / abs(a), tempat)
