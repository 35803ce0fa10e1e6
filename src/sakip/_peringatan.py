"""Warnings sakip gives its callers: a deprecated name (kept for one minor version).

Private: shared by the modules that keep a deprecated name (sakip.anggaran,
sakip.laporan, sakip.laporan.berkas_csv, sakip.laporan.rekaman).

Examples:
    >>> import warnings
    >>> def lama() -> None:
    ...     usang("sakip.lama", "sakip.baru", sejak="0.3.0", hingga="0.4.0")
    >>> with warnings.catch_warnings(record=True) as w:
    ...     warnings.simplefilter("always")
    ...     lama()
    >>> str(w[0].message)
    'sakip.lama is deprecated since 0.3.0 and will be removed in 0.4.0; use sakip.baru'
"""

from __future__ import annotations

import warnings

__all__ = ["usang"]


def usang(lama: str, baru: str, *, sejak: str, hingga: str, lapis: int = 0) -> None:
    """Warn that a public name is deprecated (kept for one minor version).

    The warning points at the caller of the deprecated name: ``usang`` is called by
    the property or function that keeps it, with ``lapis`` more frames between that
    one and its caller (1 for an attrs converter, called by the class's ``__init__``).
    ``sejak`` is the version that deprecated it, ``hingga`` the one that removes it:
    both are written at each call, so that no name outlives the version it was given.
    """
    warnings.warn(
        f"{lama} is deprecated since {sejak} and will be removed in {hingga}; use {baru}",
        DeprecationWarning,
        stacklevel=3 + lapis,
    )
