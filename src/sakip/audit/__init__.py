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
:mod:`sakip.audit.ringkas` (summary tables), :mod:`sakip.audit.baris` (CSV
rows) and :mod:`sakip.audit.tampilan` (rendering).

Examples:
    >>> from sakip import contoh
    >>> len(periksa(contoh.dumai_2023()).temuan)
    39
"""

from __future__ import annotations

from sakip.audit.baris import periksa_baris
from sakip.audit.periksa import periksa, periksa_berkas
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
