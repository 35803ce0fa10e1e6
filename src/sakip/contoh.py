"""Contoh (examples): real reports embedded in sakip as package data.

Examples:
    >>> from sakip import contoh
    >>> lap = contoh.dumai_2023()
    >>> lap.instansi
    'Dinas Sosial dan Pemberdayaan Masyarakat Kota Dumai'
    >>> len([s for p in lap.program for s in p.semua_sub()])
    57
"""

from __future__ import annotations

import functools
from importlib.resources import as_file, files

from sakip.laporan import Laporan, baca_toml

__all__ = ["dumai_2023"]


@functools.cache
def dumai_2023() -> Laporan:
    """The LKjIP 2023 of Dinas Sosial dan Pemberdayaan Masyarakat Kota Dumai.

    The founding document of sakip, encoded completely: Perjanjian Kinerja and
    its change, the indicators with their components, the Renstra targets,
    every table of BAB III, section 3.7 and the whole lampiran (9 programs,
    18 kegiatan, 57 sub kegiatan with quarterly K and Rp). The report is
    returned as published, inconsistencies included; :func:`sakip.audit.periksa`
    finds them. The result is immutable and cached.

    Examples:
        >>> lap = dumai_2023()
        >>> lap.pagu, lap.realisasi_rp
        (13904271740, 13628836667)
    """
    sumber = files("sakip") / "data" / "dumai_2023.toml"
    with as_file(sumber) as path:
        return baca_toml(path)
