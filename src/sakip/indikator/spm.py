"""SPM bidang sosial: the minimum-service-standard indicators of the social sector.

Standar Pelayanan Minimal (SPM) bidang sosial for kabupaten/kota: PP 2/2018
(SPM), Permensos 9/2018 (standar teknis pelayanan dasar pada SPM bidang
sosial), Permendagri 59/2021 (penerapan SPM). Each service is its own
indicator (:class:`LayananSPMSosial`, :func:`spm_sosial`): "jumlah yang
terpenuhi kebutuhan dasarnya / populasi x 100%". The combined PPKS figure a
report may print (:func:`ppks_terpenuhi`) is a local aggregate of four of them.

Sources as read: Permensos 9/2018, Lampiran I (the X / Y x 100% form, read
for the provincial service "penyandang disabilitas telantar di dalam panti" in
a copy of the Lampiran); the kabupaten/kota services "di luar panti" for
anak, disabilitas, lanjut usia, gelandangan dan pengemis, and the service for
korban bencana, as quoted in the Kemensos Biro Perencanaan presentation of
Permensos 9/2018 (23 Mei 2018); PP 2/2018 and Permendagri 59/2021: unverified.
"""

from __future__ import annotations

import enum
import types
from collections.abc import Mapping
from typing import Any, Final

import attrs

from sakip._eksak import Number
from sakip.errors import InvalidTypeError, InvalidValueError
from sakip.indikator._hasil import HasilIndikator, cacah_bulat, rasio_bagian

__all__ = [
    "RUMUS_SPM_SOSIAL",
    "LayananSPMSosial",
    "RincianKorbanBencana",
    "RincianPPKS",
    "korban_bencana_terpenuhi",
    "ppks_terpenuhi",
    "spm_sosial",
]

_SUMBER_SPM = (
    "Permensos 9/2018, Lampiran (X / Y x 100% read for Lampiran I; kabupaten/kota services "
    "as quoted in Kemensos Biro Perencanaan, 23 Mei 2018); PP 2/2018 and Permendagri 59/2021 "
    "(unverified)"
)
_SUMBER_PPKS = (
    "local aggregate of four SPM services (as printed in LKjIP Dinas Sosial dan PMD Kota Dumai "
    "2023); each service: " + _SUMBER_SPM
)


class LayananSPMSosial(enum.Enum):
    """The services of the SPM bidang sosial of a kabupaten/kota, each its own indicator.

    Examples:
        >>> LayananSPMSosial.ANAK_TERLANTAR.value
        'anak terlantar di luar panti'
    """

    #: Rehabilitasi sosial dasar penyandang disabilitas terlantar di luar panti.
    DISABILITAS_TERLANTAR = "penyandang disabilitas terlantar di luar panti"
    #: Rehabilitasi sosial dasar anak terlantar di luar panti.
    ANAK_TERLANTAR = "anak terlantar di luar panti"
    #: Rehabilitasi sosial dasar lanjut usia terlantar di luar panti.
    LANJUT_USIA_TERLANTAR = "lanjut usia terlantar di luar panti"
    #: Rehabilitasi sosial dasar gelandangan dan pengemis di luar panti.
    GELANDANGAN_PENGEMIS = "gelandangan dan pengemis di luar panti"
    #: Perlindungan dan jaminan sosial pada saat dan setelah tanggap darurat
    #: bencana bagi korban bencana.
    KORBAN_BENCANA = "korban bencana"


#: The formula of each service, in words.
RUMUS_SPM_SOSIAL: Final[Mapping[LayananSPMSosial, str]] = types.MappingProxyType(
    {
        layanan: f"{layanan.value} yang terpenuhi kebutuhan dasarnya / populasi x 100"
        for layanan in LayananSPMSosial
    }
)


def _bersihkan(rincian: Any) -> None:
    """Read every count of a frozen breakdown exactly (whole, non-negative)."""
    for f in attrs.fields(type(rincian)):
        nilai = getattr(rincian, f.name)
        if nilai is not None or f.name != "jumlah":
            object.__setattr__(rincian, f.name, cacah_bulat(nilai, f.name))


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


def _per_kelompok(terpenuhi: object, populasi: object) -> None:
    """Two breakdowns: each group met within its own population, not only the totals."""
    if not isinstance(terpenuhi, (RincianPPKS, RincianKorbanBencana)):
        return
    if type(populasi) is not type(terpenuhi):
        return
    for f in attrs.fields(type(terpenuhi)):
        if f.name == "jumlah":
            continue
        a, b = getattr(terpenuhi, f.name), getattr(populasi, f.name)
        if a > b:
            raise InvalidValueError(
                field=f"terpenuhi.{f.name}",
                value=a,
                expected=f"must not exceed populasi.{f.name} ({b}): each group is met "
                "within its own population",
            )


def ppks_terpenuhi(
    *,
    terpenuhi: Number | RincianPPKS,
    populasi: Number | RincianPPKS,
    tempat: int = 2,
) -> HasilIndikator:
    """Persentase PPKS terpenuhi kebutuhan dasarnya di luar panti (a local aggregate, %).

    The share of penyandang disabilitas terlantar, anak terlantar, lanjut usia
    terlantar and gelandangan pengemis whose basic needs were met outside a
    social institution: ``terpenuhi / populasi x 100``. Either side may be a
    total or a :class:`RincianPPKS` (its printed ``jumlah`` is checked).

    The SPM measures each of the four services on its own (:func:`spm_sosial`);
    this sum of the four is a local aggregate, the figure the Dumai 2023
    report prints, and is not an SPM indicator itself.

    Raises:
        InvalidValueError: negative or fractional counts; terpenuhi above
            populasi; a breakdown whose printed total disagrees.
        NotComputableError: populasi 0.

    Sumber:
        Local aggregate, as printed in LKjIP Dinas Sosial dan PMD Kota Dumai
        2023; each service: Permensos 9/2018, Lampiran (see :func:`spm_sosial`).

    Examples:
        >>> populasi = RincianPPKS(penyandang_disabilitas_terlantar=460, anak_terlantar=16,
        ...                        lanjut_usia_terlantar=1714, gelandangan_pengemis=93,
        ...                        jumlah=2283)
        >>> ppks_terpenuhi(terpenuhi=2283, populasi=populasi).nilai
        Decimal('100.00')
    """
    _per_kelompok(terpenuhi, populasi)
    return rasio_bagian(
        bagian=_total(terpenuhi, RincianPPKS, "terpenuhi"),
        keseluruhan=_total(populasi, RincianPPKS, "populasi"),
        nama_bagian="terpenuhi",
        nama_keseluruhan="populasi",
        rumus="PPKS terpenuhi kebutuhan dasarnya di luar panti / populasi PPKS x 100",
        sumber=_SUMBER_PPKS,
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

    The same figure as ``spm_sosial(layanan=LayananSPMSosial.KORBAN_BENCANA,
    ...)``, with a :class:`RincianKorbanBencana` accepted on either side.

    Sumber:
        Permensos 9/2018, Lampiran (perlindungan dan jaminan sosial pada saat
        dan setelah tanggap darurat bencana; as quoted in Kemensos Biro
        Perencanaan, 23 Mei 2018); PP 2/2018 and Permendagri 59/2021 (unverified).

    Examples:
        >>> pop = RincianKorbanBencana(bencana_alam=123, bencana_sosial=144, jumlah=267)
        >>> korban_bencana_terpenuhi(terpenuhi=267, populasi=pop).nilai
        Decimal('100.00')
    """
    _per_kelompok(terpenuhi, populasi)
    return rasio_bagian(
        bagian=_total(terpenuhi, RincianKorbanBencana, "terpenuhi"),
        keseluruhan=_total(populasi, RincianKorbanBencana, "populasi"),
        nama_bagian="terpenuhi",
        nama_keseluruhan="populasi",
        rumus="korban bencana terpenuhi kebutuhan dasarnya / populasi korban bencana x 100",
        sumber=_SUMBER_SPM,
        tempat=tempat,
    )


def spm_sosial(
    *, layanan: LayananSPMSosial, terpenuhi: Number, populasi: Number, tempat: int = 2
) -> HasilIndikator:
    """One SPM bidang sosial service (%): ``terpenuhi / populasi x 100``.

    ``terpenuhi`` is the number of people of that service whose basic needs
    were met during the year; ``populasi`` the people who needed it. Both are
    whole counts; ``terpenuhi`` may not exceed ``populasi``.

    Raises:
        InvalidTypeError: ``layanan`` is not a :class:`LayananSPMSosial`.
        InvalidValueError: negative or fractional counts; terpenuhi above populasi.
        NotComputableError: populasi 0.

    Sumber:
        Permensos 9/2018, Lampiran (X / Y x 100%, read in Lampiran I; the
        kabupaten/kota services as quoted in Kemensos Biro Perencanaan, 23 Mei
        2018); PP 2/2018 and Permendagri 59/2021 (unverified).

    Examples:
        >>> spm_sosial(layanan=LayananSPMSosial.LANJUT_USIA_TERLANTAR,
        ...            terpenuhi=1210, populasi=1714).nilai
        Decimal('70.60')
        >>> spm_sosial(layanan=LayananSPMSosial.ANAK_TERLANTAR, terpenuhi=7, populasi=0)
        Traceback (most recent call last):
        ...
        sakip.errors.NotComputableError: populasi must not be 0 (got 0); anak terlantar di \
luar panti yang terpenuhi kebutuhan dasarnya / populasi x 100
    """
    if not isinstance(layanan, LayananSPMSosial):
        raise InvalidTypeError(
            field="layanan", value=layanan, expected="must be a LayananSPMSosial"
        )
    return rasio_bagian(
        bagian=cacah_bulat(terpenuhi, "terpenuhi"),
        keseluruhan=cacah_bulat(populasi, "populasi"),
        nama_bagian="terpenuhi",
        nama_keseluruhan="populasi",
        rumus=RUMUS_SPM_SOSIAL[layanan],
        sumber=_SUMBER_SPM,
        tempat=tempat,
    )
