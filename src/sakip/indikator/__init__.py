"""Named indicator formulas (indikator), each citing the regulation that defines it.

Each returns a :class:`HasilIndikator`: the percentage (``nilai``, rounded
once), its exact value and the components behind it.

Examples:
    >>> from sakip import indikator
    >>> indikator.pengentasan_desa_tertinggal(menjadi_berkembang=6, tertinggal_awal_tahun=8)
    HasilIndikator(nilai=Decimal('75.00'), eksak=Fraction(75, 1), pembilang=Fraction(6, 1), \
penyebut=Fraction(8, 1), rumus='desa tertinggal yang menjadi berkembang / desa tertinggal \
per awal tahun n x 100', sumber='Permendagri 18/2020, Lampiran (as quoted in LKjIP Dumai 2023)')
"""

from sakip.indikator._hasil import HasilIndikator
from sakip.indikator.desa import (
    ATURAN_IDM,
    PERMENDESA_2_2016,
    StatusIDM,
    lpm_aktif,
    pengentasan_desa_tertinggal,
    status_idm,
)
from sakip.indikator.perbandingan import perubahan_relatif, selisih_poin, tingkat_kemajuan
from sakip.indikator.spm import (
    RUMUS_SPM_SOSIAL,
    LayananSPMSosial,
    RincianKorbanBencana,
    RincianPPKS,
    korban_bencana_terpenuhi,
    ppks_terpenuhi,
    spm_sosial,
)

__all__ = [
    "ATURAN_IDM",
    "PERMENDESA_2_2016",
    "RUMUS_SPM_SOSIAL",
    "HasilIndikator",
    "LayananSPMSosial",
    "RincianKorbanBencana",
    "RincianPPKS",
    "StatusIDM",
    "korban_bencana_terpenuhi",
    "lpm_aktif",
    "pengentasan_desa_tertinggal",
    "perubahan_relatif",
    "ppks_terpenuhi",
    "selisih_poin",
    "spm_sosial",
    "status_idm",
    "tingkat_kemajuan",
]
