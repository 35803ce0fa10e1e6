"""Audit: recompute every printed figure of a Laporan Kinerja, list where it disagrees.

:func:`periksa` takes a :class:`~sakip.laporan.Laporan` and returns a
:class:`HasilAudit`: the findings (:class:`Temuan`), for every printed capaian
the formula and rounding that reproduce it (:class:`Penjelasan`), and the
recomputed summary tables (:class:`TabelRingkas`). :func:`periksa_berkas`
reads a TOML report or CSV rows and audits them. Figures that are consistent
produce no finding.

The rooms: :mod:`sakip.audit.temuan` (the records), :mod:`sakip.audit.besaran`
(the quantity table: one row per kind, how it is computed, its value kind,
rule, severity and explanation), :mod:`sakip.audit.struktur` (structural
checks), :mod:`sakip.audit.penjelasan` (explanations),
:mod:`sakip.audit.ringkas` (summary tables), :mod:`sakip.audit.pemeriksaan`
(the audit of a report and of report files), :mod:`sakip.audit.baris` (CSV
rows) and :mod:`sakip.audit.tampil` (rendering). Until 0.3.0 the audit's module
was ``sakip.audit.periksa`` (the name of its function, which hid it) and the
rendering's ``sakip.audit.tampilan``: the old module paths keep working, with a
DeprecationWarning, until 0.4.0. ``sakip.audit.periksa`` is the function, as it was.

Examples:
    >>> from sakip import contoh
    >>> len(periksa(contoh.dumai_2023()).temuan)
    39
"""

from __future__ import annotations

import sys

from sakip._peringatan import modul_usang
from sakip.audit.baris import periksa_baris
from sakip.audit.pemeriksaan import periksa, periksa_berkas
from sakip.audit.temuan import HasilAudit, Penjelasan, TabelRingkas, Temuan, Tingkat

__all__ = [
    "HasilAudit",
    "Penjelasan",
    "TabelRingkas",
    "Temuan",
    "Tingkat",
    "periksa",
    "periksa_baris",
    "periksa_berkas",
]

# The module sakip.audit.periksa was renamed sakip.audit.pemeriksaan in 0.3.0 (its name
# was also the function's). Its old path has no file: a module loaded there would be
# bound here in place of the function. It is served from sys.modules until 0.4.0.
sys.modules[f"{__name__}.periksa"] = modul_usang(
    f"{__name__}.periksa", sejak="0.3.0", hingga="0.4.0"
)
