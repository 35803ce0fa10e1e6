"""Warnings sakip gives its callers: a deprecated name (kept for one minor version).

Private: shared by the modules that keep a deprecated name (sakip.anggaran,
sakip.laporan, sakip.laporan.berkas_csv, sakip.laporan.rekaman) or a deprecated
module path (sakip.audit, sakip.audit.tampilan).

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

import importlib
import importlib.machinery
import types
import warnings
from typing import Final

__all__ = ["MODUL_USANG", "modul_usang", "usang"]

#: The module paths renamed, each with its new path; the old one keeps working, with a
#: DeprecationWarning, for one minor version (code that walks sakip's modules skips them).
MODUL_USANG: Final = types.MappingProxyType(
    {
        # the audit's rendering, named as sakip.lke.tampil and sakip.e81.tampil are
        "sakip.audit.tampilan": "sakip.audit.tampil",
        # the audit of a report, named as sakip.lke.pemeriksaan and sakip.e81.pemeriksaan
        # are: the old name is also the name of the function sakip.audit exports
        "sakip.audit.periksa": "sakip.audit.pemeriksaan",
    }
)


def usang(lama: str, baru: str, *, sejak: str, hingga: str, lapis: int = 0) -> None:
    """Warn that a public name is deprecated (kept for one minor version).

    The warning points at the caller of the deprecated name: ``usang`` is called by
    the property or function that keeps it, with ``lapis`` more frames between that
    one and its caller (1 for an attrs converter, called by the class's ``__init__``).
    Called from a module's body, it points at the line that imports the module (Python
    skips its import machinery's frames). ``sejak`` is the version that deprecated it,
    ``hingga`` the one that removes it: both are written at each call, so that no name
    outlives the version it was given.
    """
    warnings.warn(
        f"{lama} is deprecated since {sejak} and will be removed in {hingga}; use {baru}",
        DeprecationWarning,
        stacklevel=3 + lapis,
    )


def modul_usang(lama: str, *, sejak: str, hingga: str) -> types.ModuleType:
    """A module without a file, for a deprecated module path: each name read from it is
    read from the module's new path (``MODUL_USANG[lama]``), with a DeprecationWarning at
    the line that reads it.

    For a path that cannot keep a file of its own: ``sakip.audit.periksa`` is also the
    function that ``sakip.audit`` exports, and a module file loaded at that path would be
    bound on the package in its place. Put in ``sys.modules`` by the package, it serves
    ``from lama import x`` and ``importlib.import_module(lama)``, and leaves the
    package's name alone.

    Examples:
        >>> import warnings
        >>> m = modul_usang("sakip.audit.periksa", sejak="0.3.0", hingga="0.4.0")
        >>> with warnings.catch_warnings(record=True) as w:
        ...     warnings.simplefilter("always")
        ...     m.periksa_berkas.__module__
        'sakip.audit.pemeriksaan'
        >>> str(w[0].message)  # doctest: +ELLIPSIS
        'the module sakip.audit.periksa is deprecated since 0.3.0 ...; use sakip.audit.pemeriksaan'
    """
    baru = MODUL_USANG[lama]
    modul = types.ModuleType(lama, f"Deprecated since {sejak}: use {baru}.")
    modul.__spec__ = importlib.machinery.ModuleSpec(lama, None)

    def nilai_dari_baru(nama: str) -> object:
        try:
            nilai = getattr(importlib.import_module(baru), nama)
        except AttributeError:
            raise AttributeError(f"module {lama!r} has no attribute {nama!r}") from None
        if not (nama.startswith("__") and nama.endswith("__")):
            usang(f"the module {lama}", baru, sejak=sejak, hingga=hingga)
        return nilai

    vars(modul)["__getattr__"] = nilai_dari_baru  # PEP 562: a name the module lacks
    return modul
