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

# Nothing is imported here at import time: each public name is loaded from its
# module when it is first used (PEP 562), so ``import sakip`` costs almost
# nothing and a call loads only what it needs. ``from sakip import capaian``
# and ``sakip.capaian`` work as before; type checkers read the imports below.
# A new public name goes in three places: the imports below, _TEMPAT_NAMA and
# __all__ (tests/test_inti.py checks that they agree).
from __future__ import annotations

TYPE_CHECKING = False  # mypy treats this name as True; no import of typing at run time
if TYPE_CHECKING:
    from typing import Final

    from sakip import angka, indikator
    from sakip._eksak import Number, bulatkan, persentase
    from sakip.agregat import CaraRataRata, RataRata, rata_rata_capaian
    from sakip.anggaran import (
        ATURAN_EFISIENSI,
        ATURAN_PENYERAPAN,
        Efisiensi,
        MetodeEfisiensi,
        SatuanRupiah,
        efisiensi,
        jumlah_belanja,
        penyerapan,
        sisa_anggaran,
    )
    from sakip.aturan import Aturan, StatusSumber, aturan_berlaku
    from sakip.errors import (
        AmbiguousValueError,
        InvalidTypeError,
        InvalidValueError,
        NotComputableError,
        SakipError,
    )
    from sakip.kinerja import ATURAN_CAPAIAN, Arah, MetodeTurun, Rasio, Rentang, capaian
    from sakip.skala import (
        ATRIBUT_CAPAIAN,
        PERMENDAGRI_86_2017,
        PERMENDESA_2_2016,
        PERMENPANRB_88_2021,
        PERMENPANRB_88_2021_TERMASUK_BAWAH,
        PITA_PERMENDAGRI_86_2017_CETAK,
        RIWAYAT_SKALA,
        SKALA_BAWAAN,
        MasalahPita,
        Pita,
        Skala,
        aturan_skala,
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

__version__ = "0.3.0"

#: Where each public name lives: the module imported when the name is first used.
_TEMPAT_NAMA: Final = {
    "Number": "sakip._eksak",
    "bulatkan": "sakip._eksak",
    "persentase": "sakip._eksak",
    "CaraRataRata": "sakip.agregat",
    "RataRata": "sakip.agregat",
    "rata_rata_capaian": "sakip.agregat",
    "ATURAN_EFISIENSI": "sakip.anggaran",
    "ATURAN_PENYERAPAN": "sakip.anggaran",
    "Efisiensi": "sakip.anggaran",
    "MetodeEfisiensi": "sakip.anggaran",
    "SatuanRupiah": "sakip.anggaran",
    "efisiensi": "sakip.anggaran",
    "jumlah_belanja": "sakip.anggaran",
    "penyerapan": "sakip.anggaran",
    "sisa_anggaran": "sakip.anggaran",
    "Aturan": "sakip.aturan",
    "StatusSumber": "sakip.aturan",
    "aturan_berlaku": "sakip.aturan",
    "AmbiguousValueError": "sakip.errors",
    "InvalidTypeError": "sakip.errors",
    "InvalidValueError": "sakip.errors",
    "NotComputableError": "sakip.errors",
    "SakipError": "sakip.errors",
    "ATURAN_CAPAIAN": "sakip.kinerja",
    "Arah": "sakip.kinerja",
    "MetodeTurun": "sakip.kinerja",
    "Rasio": "sakip.kinerja",
    "Rentang": "sakip.kinerja",
    "capaian": "sakip.kinerja",
    "ATRIBUT_CAPAIAN": "sakip.skala",
    "PERMENDAGRI_86_2017": "sakip.skala",
    "PERMENDESA_2_2016": "sakip.skala",
    "PERMENPANRB_88_2021": "sakip.skala",
    "PERMENPANRB_88_2021_TERMASUK_BAWAH": "sakip.skala",
    "PITA_PERMENDAGRI_86_2017_CETAK": "sakip.skala",
    "RIWAYAT_SKALA": "sakip.skala",
    "SKALA_BAWAAN": "sakip.skala",
    "MasalahPita": "sakip.skala",
    "Pita": "sakip.skala",
    "Skala": "sakip.skala",
    "aturan_skala": "sakip.skala",
    "masalah_pita": "sakip.skala",
    "skala_bernama": "sakip.skala",
    "Konsolidasi": "sakip.triwulan",
    "RealisasiTriwulan": "sakip.triwulan",
    "kumulatif": "sakip.triwulan",
    "periode_triwulan": "sakip.triwulan",
    "tahun_anggaran": "sakip.triwulan",
    "triwulan_dari_tanggal": "sakip.triwulan",
}

# Submodules, imported on first use: ``sakip.contoh.dumai_2023()`` works after
# a bare ``import sakip``.
_SUBMODUL: Final = frozenset(
    {"angka", "audit", "cli", "contoh", "e81", "indikator", "kolom", "laporan", "lke"}
)

# Hidden from type checkers, which then flag a misspelt name instead of typing it `object`.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        import importlib

        modul = _TEMPAT_NAMA.get(name)
        if modul is not None:
            nilai = getattr(importlib.import_module(modul), name)
            globals()[name] = nilai  # later lookups are plain attribute reads
            return nilai
        if name in _SUBMODUL:
            return importlib.import_module(f"sakip.{name}")
        raise AttributeError(f"module 'sakip' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_TEMPAT_NAMA, *_SUBMODUL})


__all__ = [
    "ATRIBUT_CAPAIAN",
    "ATURAN_CAPAIAN",
    "ATURAN_EFISIENSI",
    "ATURAN_PENYERAPAN",
    "PERMENDAGRI_86_2017",
    "PERMENDESA_2_2016",
    "PERMENPANRB_88_2021",
    "PERMENPANRB_88_2021_TERMASUK_BAWAH",
    "PITA_PERMENDAGRI_86_2017_CETAK",
    "RIWAYAT_SKALA",
    "SKALA_BAWAAN",
    "AmbiguousValueError",
    "Arah",
    "Aturan",
    "CaraRataRata",
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
    "Rasio",
    "RataRata",
    "RealisasiTriwulan",
    "Rentang",
    "SakipError",
    "SatuanRupiah",
    "Skala",
    "StatusSumber",
    "__version__",
    "angka",
    "aturan_berlaku",
    "aturan_skala",
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
