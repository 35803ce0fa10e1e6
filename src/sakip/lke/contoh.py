"""The example sheet shipped with sakip, for docs, doctests and a first run."""

from __future__ import annotations

from importlib.resources import as_file, files

from sakip.lke.berkas import baca_toml
from sakip.lke.lembar import Lembar

__all__ = ["contoh_lembar"]


def contoh_lembar() -> Lembar:
    """The example LKE (a fictitious Dinas, 2024), with both sides' answers and printed results.

    Its printed results carry two common mistakes on purpose, for the audit.

    Examples:
        >>> contoh_lembar().acuan
        'PERMENPANRB_88_2021'
    """
    with as_file(files("sakip.lke") / "data" / "contoh.toml") as path:
        return baca_toml(path)
