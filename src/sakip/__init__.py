"""sakip: exact arithmetic of Indonesian government performance accountability.

SAKIP (Sistem Akuntabilitas Kinerja Instansi Pemerintah; Perpres 29/2014,
PermenPANRB 53/2014, Permendagri 86/2017): capaian kinerja, predikat,
penyerapan anggaran and efisiensi, computed exactly and rounded once.

Examples:
    >>> import sakip
    >>> sakip.capaian(realisasi=75, target=42)
    Decimal('178.57')
    >>> sakip.PERMENDAGRI_86_2017.predikat(sakip.capaian(realisasi=75, target=42))
    'Sangat Tinggi'
"""

from typing import Final

from sakip import angka, indikator
from sakip._eksak import Number, bulatkan, persentase
from sakip.agregat import RataRata, rata_rata_capaian
from sakip.anggaran import (
    Efisiensi,
    MetodeEfisiensi,
    efisiensi,
    jumlah_belanja,
    penyerapan,
    sisa_anggaran,
)
from sakip.errors import InvalidTypeError, InvalidValueError, NotComputableError, SakipError
from sakip.kinerja import Arah, MetodeTurun, Rentang, capaian
from sakip.skala import (
    ATRIBUT_CAPAIAN,
    PERMENDAGRI_86_2017,
    PERMENPANRB_88_2021,
    PITA_PERMENDAGRI_86_2017_CETAK,
    SKALA_BAWAAN,
    MasalahPita,
    Pita,
    Skala,
    masalah_pita,
    skala_bernama,
)
from sakip.triwulan import (
    Konsolidasi,
    RealisasiTriwulan,
    kumulatif,
    periode_triwulan,
    tahun_anggaran,
    triwulan_dari_tanggal,
)

__version__ = "0.1.0"

# Submodules that are heavier or optional are imported on first use:
# ``sakip.contoh.dumai_2023()`` works after a bare ``import sakip``.
_LAZY = frozenset({"audit", "cli", "contoh", "e81", "kolom", "laporan"})


# Public names renamed in 0.2.0, kept working (with a DeprecationWarning) until 0.3.0.
_USANG: Final = {"Angka": ("Number", "the type of numbers sakip accepts")}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        import importlib

        return importlib.import_module(f"sakip.{name}")
    if name in _USANG:
        import warnings

        baru, _ = _USANG[name]
        warnings.warn(
            f"sakip.{name} is deprecated since 0.2.0 and will be removed in 0.3.0; "
            f"use sakip.{baru}",
            DeprecationWarning,
            stacklevel=2,
        )
        return globals()[baru]
    raise AttributeError(f"module 'sakip' has no attribute {name!r}")


__all__ = [
    "ATRIBUT_CAPAIAN",
    "PERMENDAGRI_86_2017",
    "PERMENPANRB_88_2021",
    "PITA_PERMENDAGRI_86_2017_CETAK",
    "SKALA_BAWAAN",
    "Arah",
    "Efisiensi",
    "InvalidTypeError",
    "InvalidValueError",
    "Konsolidasi",
    "MasalahPita",
    "MetodeEfisiensi",
    "MetodeTurun",
    "NotComputableError",
    "Number",
    "Pita",
    "RataRata",
    "RealisasiTriwulan",
    "Rentang",
    "SakipError",
    "Skala",
    "__version__",
    "angka",
    "bulatkan",
    "capaian",
    "efisiensi",
    "indikator",
    "jumlah_belanja",
    "kumulatif",
    "masalah_pita",
    "penyerapan",
    "periode_triwulan",
    "persentase",
    "rata_rata_capaian",
    "sisa_anggaran",
    "skala_bernama",
    "tahun_anggaran",
    "triwulan_dari_tanggal",
]
