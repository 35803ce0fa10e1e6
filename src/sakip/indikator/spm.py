"""SPM bidang sosial: the minimum-service-standard indicators of the social sector.

Standar Pelayanan Minimal (SPM) bidang sosial for kabupaten/kota: PP 2/2018
(SPM), Permensos 9/2018 (standar teknis SPM bidang sosial), Permendagri
59/2021 (penerapan SPM).
"""

from __future__ import annotations

from typing import Any

import attrs

from sakip._eksak import Number
from sakip.errors import InvalidTypeError, InvalidValueError
from sakip.indikator._hasil import HasilIndikator, _cacah, rasio_bagian

__all__ = [
    "RincianKorbanBencana",
    "RincianPPKS",
    "korban_bencana_terpenuhi",
    "ppks_terpenuhi",
]

_SUMBER_SPM = "PP 2/2018; Permensos 9/2018; Permendagri 59/2021 (SPM bidang sosial)"


def _cacah_bulat(nilai: Number, field: str) -> int:
    x = _cacah(nilai, field)
    if x.denominator != 1:
        raise InvalidValueError(field=field, value=nilai, expected="must be a whole count")
    return x.numerator


def _bersihkan(rincian: Any) -> None:
    """Read every count of a frozen breakdown exactly (whole, non-negative)."""
    for f in attrs.fields(type(rincian)):
        nilai = getattr(rincian, f.name)
        if nilai is not None or f.name != "jumlah":
            object.__setattr__(rincian, f.name, _cacah_bulat(nilai, f.name))


def _periksa_jumlah(rincian: object, jumlah: int | None, dihitung: int, bagian: str) -> None:
    if jumlah is not None and jumlah != dihitung:
        raise InvalidValueError(
            field=f"{type(rincian).__name__}.jumlah",
            value=jumlah,
            expected=f"must equal {bagian} = {dihitung}",
        )


@attrs.frozen(kw_only=True)
class RincianPPKS:
    """The four groups of PPKS (Pemerlu Pelayanan Kesejahteraan Sosial) of the SPM.

    Attributes:
        penyandang_disabilitas_terlantar: neglected persons with disabilities.
        anak_terlantar: neglected children.
        lanjut_usia_terlantar: neglected elderly.
        gelandangan_pengemis: homeless and beggars.
        jumlah: the total as printed, checked against the sum when given.

    Examples:
        >>> RincianPPKS(penyandang_disabilitas_terlantar=595, anak_terlantar=7,
        ...             lanjut_usia_terlantar=1210, gelandangan_pengemis=48).total
        1860
    """

    penyandang_disabilitas_terlantar: int
    anak_terlantar: int
    lanjut_usia_terlantar: int
    gelandangan_pengemis: int
    jumlah: int | None = None

    def __attrs_post_init__(self) -> None:
        _bersihkan(self)
        _periksa_jumlah(
            self,
            self.jumlah,
            self.total,
            "penyandang_disabilitas_terlantar + anak_terlantar + lanjut_usia_terlantar"
            " + gelandangan_pengemis",
        )

    @property
    def total(self) -> int:
        """The sum of the four groups."""
        return (
            self.penyandang_disabilitas_terlantar
            + self.anak_terlantar
            + self.lanjut_usia_terlantar
            + self.gelandangan_pengemis
        )


@attrs.frozen(kw_only=True)
class RincianKorbanBencana:
    """Korban bencana (disaster victims) by kind, for the SPM indicator.

    Attributes:
        bencana_alam: victims of natural disasters.
        bencana_sosial: victims of social disasters (conflict, fire).
        jumlah: the total as printed, checked against the sum when given.

    Examples:
        >>> RincianKorbanBencana(bencana_alam=246, bencana_sosial=222, jumlah=459)
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidValueError: RincianKorbanBencana.jumlah must equal bencana_alam \
+ bencana_sosial = 468 (got 459)
    """

    bencana_alam: int
    bencana_sosial: int
    jumlah: int | None = None

    def __attrs_post_init__(self) -> None:
        _bersihkan(self)
        _periksa_jumlah(self, self.jumlah, self.total, "bencana_alam + bencana_sosial")

    @property
    def total(self) -> int:
        """The sum of both kinds."""
        return self.bencana_alam + self.bencana_sosial


def _total(nilai: object, kelas: type, field: str) -> Number:
    if isinstance(nilai, kelas):
        total: int = nilai.total  # type: ignore[attr-defined]
        return total
    if isinstance(nilai, (RincianPPKS, RincianKorbanBencana)):
        raise InvalidTypeError(
            field=field, value=nilai, expected=f"must be a count or a {kelas.__name__}"
        )
    return nilai  # type: ignore[return-value]


def ppks_terpenuhi(
    *,
    terpenuhi: Number | RincianPPKS,
    populasi: Number | RincianPPKS,
    tempat: int = 2,
) -> HasilIndikator:
    """Persentase PPKS terpenuhi kebutuhan dasarnya di luar panti (SPM, %).

    The share of penyandang disabilitas terlantar, anak terlantar, lanjut usia
    terlantar and gelandangan pengemis whose basic needs were met outside a
    social institution: ``terpenuhi / populasi x 100``. Either side may be a
    total or a :class:`RincianPPKS` (its printed ``jumlah`` is checked).

    Raises:
        InvalidValueError: negative or fractional counts; terpenuhi above
            populasi; a breakdown whose printed total disagrees.
        NotComputableError: populasi 0.

    Sumber:
        PP 2/2018; Permensos 9/2018, Lampiran (SPM rehabilitasi sosial dasar
        di luar panti); Permendagri 59/2021.

    Examples:
        >>> populasi = RincianPPKS(penyandang_disabilitas_terlantar=460, anak_terlantar=16,
        ...                        lanjut_usia_terlantar=1714, gelandangan_pengemis=93,
        ...                        jumlah=2283)
        >>> ppks_terpenuhi(terpenuhi=2283, populasi=populasi).nilai
        Decimal('100.00')
    """
    return rasio_bagian(
        bagian=_total(terpenuhi, RincianPPKS, "terpenuhi"),
        keseluruhan=_total(populasi, RincianPPKS, "populasi"),
        nama_bagian="terpenuhi",
        nama_keseluruhan="populasi",
        rumus="PPKS terpenuhi kebutuhan dasarnya di luar panti / populasi PPKS x 100",
        sumber=_SUMBER_SPM,
        tempat=tempat,
    )


def korban_bencana_terpenuhi(
    *,
    terpenuhi: Number | RincianKorbanBencana,
    populasi: Number | RincianKorbanBencana,
    tempat: int = 2,
) -> HasilIndikator:
    """Persentase korban bencana alam dan sosial terpenuhi kebutuhan dasarnya (SPM, %).

    ``terpenuhi / populasi x 100``, where populasi is the victims of natural
    and social disasters who needed protection during and after the emergency.

    Sumber:
        PP 2/2018; Permensos 9/2018, Lampiran (SPM perlindungan dan jaminan
        sosial pada saat dan setelah tanggap darurat bencana); Permendagri 59/2021.

    Examples:
        >>> pop = RincianKorbanBencana(bencana_alam=123, bencana_sosial=144, jumlah=267)
        >>> korban_bencana_terpenuhi(terpenuhi=267, populasi=pop).nilai
        Decimal('100.00')
    """
    return rasio_bagian(
        bagian=_total(terpenuhi, RincianKorbanBencana, "terpenuhi"),
        keseluruhan=_total(populasi, RincianKorbanBencana, "populasi"),
        nama_bagian="terpenuhi",
        nama_keseluruhan="populasi",
        rumus="korban bencana terpenuhi kebutuhan dasarnya / populasi korban bencana x 100",
        sumber=_SUMBER_SPM,
        tempat=tempat,
    )
