"""Deprecated since 0.3.0 (removed in 0.4.0): the audit's rendering is :mod:`sakip.audit.tampil`.

Importing this module warns once, at the line that imports it, and gives the objects of
:mod:`sakip.audit.tampil` (every name, its private ones too).
"""

from __future__ import annotations

from sakip._peringatan import MODUL_USANG, usang
from sakip.audit import tampil
from sakip.audit.tampil import LEBAR, aman, tampil_markdown, tampil_teks

__all__ = ["LEBAR", "aman", "tampil_markdown", "tampil_teks"]

usang(f"the module {__name__}", MODUL_USANG[__name__], sejak="0.3.0", hingga="0.4.0")


def __getattr__(nama: str) -> object:
    return getattr(tampil, nama)
