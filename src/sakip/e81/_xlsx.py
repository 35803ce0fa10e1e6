"""openpyxl as the E.81 reader and writers use it: imported on first use, its warnings silenced.

Private: shared by :mod:`sakip.e81.berkas_xlsx` (reading) and :mod:`sakip.e81.tulis`
(writing). openpyxl is the ``xlsx`` extra (``pip install sakip[xlsx]``), never imported
by ``import sakip``.

Examples:
    >>> with tanpa_peringatan():
    ...     modul_openpyxl().Workbook().active.title
    'Sheet'
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["modul_openpyxl", "tanpa_peringatan"]


def modul_openpyxl() -> Any:
    """The openpyxl module, imported now; a hint to install the extra when it is missing."""
    try:
        import openpyxl
    except ImportError as e:  # pragma: no cover - the extra is installed in CI
        raise ImportError("reading .xlsx needs openpyxl: pip install 'sakip[xlsx]'") from e
    return openpyxl


@contextmanager
def tanpa_peringatan() -> Iterator[None]:
    """Silence openpyxl's warnings (what it would drop on saving) while sakip reads or copies."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield
