"""Laporan Kinerja (the report model) and its file formats: TOML and CSV.

A :class:`Laporan` holds the primary data of a report and, kept apart, what
the report *printed* (:class:`Cetakan`), each printed figure with the typed
quantity (:class:`Besaran`) it claims to be. :mod:`sakip.audit` recomputes
every printed figure from the primary data.

The rooms: :mod:`sakip.laporan.rekaman` (the records),
:mod:`sakip.laporan.besaran` (quantities, parsed once),
:mod:`sakip.laporan.berkas` (bounded reading), :mod:`sakip.laporan.berkas_toml`
(the TOML reader) and :mod:`sakip.laporan.berkas_csv` (the CSV reader).

Files are read strictly and bounded (:data:`MAKS_BERKAS`, :data:`MAKS_PANJANG_SEL`):
an unknown key, a missing key or a malformed number raises
:class:`ReportFormatError` naming the file and the place inside it
(``program[3].kegiatan[0].sub[1].pagu``). Nothing is dropped or guessed.

Examples:
    >>> from sakip import contoh
    >>> str(contoh.dumai_2023().cetakan[0].besaran)
    'banyak:program'
"""

from __future__ import annotations

from sakip.errors import ReportFormatError
from sakip.laporan.berkas import MAKS_BERKAS
from sakip.laporan.berkas_csv import (
    MAKS_PANJANG_SEL,
    BarisAnggaran,
    BarisIndikator,
    OpsiCsv,
    baca_csv_anggaran,
    baca_csv_indikator,
    baca_csv_opsi,
)
from sakip.laporan.berkas_toml import SKEMA, baca_toml, dari_dict
from sakip.laporan.besaran import Argumen, Besaran, JenisBesaran, baca_besaran
from sakip.laporan.rekaman import (
    MAKS_RUPIAH,
    SATUAN_RUPIAH,
    Belanja,
    Cetakan,
    Indikator,
    JenjangIndikator,
    Kegiatan,
    Keluaran,
    KolomLampiran,
    Komponen,
    Lampiran,
    Laporan,
    PitaDicetak,
    Program,
    SatuanRupiah,
    SkalaDicetak,
    SubKegiatan,
)

__all__ = [
    "MAKS_BERKAS",
    "MAKS_PANJANG_SEL",
    "MAKS_RUPIAH",
    "SATUAN_RUPIAH",
    "SKEMA",
    "Argumen",
    "BarisAnggaran",
    "BarisIndikator",
    "Belanja",
    "Besaran",
    "Cetakan",
    "Indikator",
    "JenisBesaran",
    "JenjangIndikator",
    "Kegiatan",
    "Keluaran",
    "KolomLampiran",
    "Komponen",
    "Lampiran",
    "Laporan",
    "OpsiCsv",
    "PitaDicetak",
    "Program",
    "ReportFormatError",
    "SatuanRupiah",
    "SkalaDicetak",
    "SubKegiatan",
    "baca_besaran",
    "baca_csv_anggaran",
    "baca_csv_indikator",
    "baca_csv_opsi",
    "baca_toml",
    "dari_dict",
]


def __getattr__(name: str) -> object:
    # the deprecated names of sakip.laporan.berkas_csv, re-exported here as before; the
    # warning is given here (not by berkas_csv's own __getattr__, one frame further in) so
    # that it names this module's name and points at the line that used it
    if name == "MAKS_SEL":
        from sakip._peringatan import usang

        usang(f"{__name__}.{name}", f"{__name__}.MAKS_PANJANG_SEL", sejak="0.3.0", hingga="0.4.0")
        return MAKS_PANJANG_SEL
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
