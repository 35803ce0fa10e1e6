"""Each module of sakip is loaded once in a test session.

The doctests of ``src/sakip`` are collected as modules. Collected by file path
(pytest's ``importlib`` import mode), a module already imported through its
package ran a second time: two ``Kolom`` enums, two record classes, and a test
comparing the package's name with a lazily imported module's failed on
``isinstance`` depending on the order of collection. The suite imports modules
by name (``--import-mode=prepend``), which returns the module already loaded.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import warnings

import sakip


def _modul_sakip() -> list[str]:
    return [
        m.name
        for m in pkgutil.walk_packages(sakip.__path__, "sakip.")
        if m.name != "sakip.audit.tampilan"  # a deprecated path: importing it warns
    ]


def test_every_public_name_is_the_one_its_module_defines() -> None:
    """A name re-exported by a package is the object of the module in ``sys.modules``:
    a module run twice leaves the package holding the first run's classes."""
    for nama in _modul_sakip():
        importlib.import_module(nama)
    basi = []
    for nama, modul in sorted(sys.modules.items()):
        if not (nama == "sakip" or nama.startswith("sakip.")) or nama == "sakip.audit.tampilan":
            continue
        for publik in getattr(modul, "__all__", ()):
            with warnings.catch_warnings():  # a deprecated module path keeps the new names
                warnings.simplefilter("ignore", DeprecationWarning)
                obj = getattr(modul, publik)
            asal = getattr(obj, "__module__", None)
            if (
                not isinstance(asal, str)
                or not asal.startswith("sakip")
                or asal not in sys.modules
            ):
                continue
            if getattr(sys.modules[asal], getattr(obj, "__qualname__", publik), None) is not obj:
                basi.append(f"{nama}.{publik} (from {asal})")
    assert basi == []
