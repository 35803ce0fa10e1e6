"""Evaluasi AKIP: scoring the Lembar Kerja Evaluasi (LKE) of PermenPANRB 88/2021, exactly.

Each year the Inspektorat (for a Perangkat Daerah) or KemenPANRB (for a
pemda) fills the LKE: answers to criteria, grouped in weighted sub-components
and components, summed to a nilai out of 100 and rated with a predikat
(AA ... D). This package reads a sheet from TOML or CSV, scores it exactly
from the criterion up (rounded once, at the printed places), compares the
self-assessment with the evaluator, and audits a published result.

Examples:
    >>> from sakip import lke
    >>> lembar = lke.contoh_lembar()
    >>> h = lke.hasil(lembar)
    >>> str(h.nilai), h.predikat
    ('69.03', 'B')
"""

from __future__ import annotations

from sakip.lke.berkas import baca, baca_csv, baca_toml, dari_dict
from sakip.lke.bobot import ACUAN, PERMENPANRB_88_2021, Acuan, acuan
from sakip.lke.contoh import contoh_lembar
from sakip.lke.jawaban import SKALA_JAWABAN, SkalaJawaban, skala_jawaban
from sakip.lke.lembar import (
    SKALA_PREDIKAT_LKE,
    Cara,
    Cetakan,
    Komponen,
    Kriteria,
    Lembar,
    Sisi,
    SubKomponen,
)
from sakip.lke.nilai import (
    HasilLKE,
    Kosong,
    NilaiKomponen,
    NilaiKriteria,
    NilaiSubKomponen,
    Selisih,
    andil,
    hasil,
    selisih,
)
from sakip.lke.pemeriksaan import KELIRU, Keliru, periksa
from sakip.lke.ringkasan import LaporanLKE, laporan
from sakip.lke.tampil import TAMPILAN, ke_dict, ke_json, markdown, tampilan, teks

__all__ = [
    "ACUAN",
    "KELIRU",
    "PERMENPANRB_88_2021",
    "SKALA_JAWABAN",
    "SKALA_PREDIKAT_LKE",
    "TAMPILAN",
    "Acuan",
    "Cara",
    "Cetakan",
    "HasilLKE",
    "Keliru",
    "Komponen",
    "Kosong",
    "Kriteria",
    "LaporanLKE",
    "Lembar",
    "NilaiKomponen",
    "NilaiKriteria",
    "NilaiSubKomponen",
    "Selisih",
    "Sisi",
    "SkalaJawaban",
    "SubKomponen",
    "acuan",
    "andil",
    "baca",
    "baca_csv",
    "baca_toml",
    "contoh_lembar",
    "dari_dict",
    "hasil",
    "ke_dict",
    "ke_json",
    "laporan",
    "markdown",
    "periksa",
    "selisih",
    "skala_jawaban",
    "tampilan",
    "teks",
]
