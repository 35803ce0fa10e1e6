"""Docs are part of the feature: every public callable has a docstring with a runnable example."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import typing
import warnings
from collections.abc import Callable
from functools import cache
from pathlib import Path
from types import ModuleType

import griffe
import pytest

import sakip
from sakip._peringatan import MODUL_USANG

_WARNED: list[str] = []


def _modules() -> list[ModuleType]:
    """sakip and every public module in it, found by walking the package (none kept by hand).

    A deprecated module path (``MODUL_USANG``) is left out unimported; every other module
    is imported with its warnings caught, and one that warns is kept in ``_WARNED`` (a
    deprecated path not listed there: test_only_a_deprecated_path_warns_on_import).
    """
    modules: list[ModuleType] = [sakip]
    for m in pkgutil.walk_packages(sakip.__path__, "sakip."):
        if any(part.startswith("_") for part in m.name.split(".")) or m.name in MODUL_USANG:
            continue
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            modules.append(importlib.import_module(m.name))
        if any(issubclass(w.category, DeprecationWarning) for w in caught):
            _WARNED.append(m.name)
    return modules


MODULES: list[ModuleType] = _modules()


def _public() -> list[tuple[str, object]]:
    items: list[tuple[str, object]] = []
    for m in MODULES:
        for name in m.__all__:
            obj = getattr(m, name)
            if not callable(obj) or typing.get_origin(obj) is not None:
                continue  # a type alias (kolom.Errors) is documented by its module
            items.append((f"{m.__name__}.{name}", obj))
            if inspect.isclass(obj):
                for attr, member in vars(obj).items():
                    if not attr.startswith("_") and callable(member):
                        items.append((f"{m.__name__}.{name}.{attr}", member))
    return items


@pytest.mark.parametrize(("name", "obj"), _public(), ids=[n for n, _ in _public()])
def test_public_callable_has_an_example(name: str, obj: object) -> None:
    doc = inspect.getdoc(obj) or ""
    assert doc.strip(), f"{name} has no docstring"
    assert ">>>" in doc, f"{name} has no runnable example"


def test_the_walk_finds_the_modules_of_every_subpackage() -> None:
    # The module lists once kept by hand in test_lke and test_e81_hostile, now found by the walk.
    names = {m.__name__ for m in MODULES}
    kept_by_hand = {
        "sakip.lke",
        *(
            f"sakip.lke.{m}"
            for m in ("jawaban", "lembar", "bobot", "nilai", "pemeriksaan", "ringkasan")
        ),
        *(f"sakip.lke.{m}" for m in ("tampil", "berkas")),
        "sakip.e81",
        *(f"sakip.e81.{m}" for m in ("model", "layout", "tampil", "tulis", "konversi")),
        *(f"sakip.e81.{m}" for m in ("penghitungan", "pemeriksaan", "berkas_xlsx", "berkas_csv")),
    }
    assert kept_by_hand <= names, sorted(kept_by_hand - names)


def test_only_a_deprecated_path_warns_on_import() -> None:
    # a module that warns when imported is a deprecated path: it belongs in MODUL_USANG
    # (skipped by the walk, kept off the API pages), not among the modules documented
    assert not _WARNED, f"modules that warn on import but are not in MODUL_USANG: {_WARNED}"


# -- the API pages name every public name of every module ----------------------------------

_DOCS = Path(__file__).parent.parent / "docs"
_API_PAGES = sorted((_DOCS / "api").glob("*.md"))


def _api_blocks(pages: list[Path] = _API_PAGES) -> dict[str, frozenset[str] | None]:
    """Each ``::: path`` of the API pages: its member list, or None when it shows them all."""
    blocks: dict[str, frozenset[str] | None] = {}
    for page in pages:
        for path, options in re.findall(
            r"^::: ([\w.]+)\n((?:[ \t]+.*\n)*)", page.read_text(encoding="utf-8"), re.M
        ):
            members = re.findall(r"^\s+- (\w+)\s*$", options, re.M)
            blocks[path] = frozenset(members) if "members:" in options else None
    return blocks


@cache
def _griffe_sakip() -> griffe.Object | griffe.Alias:
    """sakip as the site's mkdocstrings loads it: from src, with the docs' griffe extension."""
    extension = _DOCS / "sphinx_conventions.py"
    return griffe.load(
        "sakip",
        search_paths=[str(Path(sakip.__file__).parent.parent)],
        extensions=griffe.load_extensions(f"{extension}:SphinxConventions"),
    )


def _has_docstring(path: str) -> bool:
    """Whether the site's loader finds a docstring for ``path`` (mkdocstrings hides the
    members without one from a module shown whole: show_if_no_docstring is false)."""
    try:
        obj = _griffe_sakip().modules_collection[path]
    except (KeyError, griffe.AliasResolutionError):
        return False
    return bool(obj.docstring and obj.docstring.value.strip())


def _shown(
    module: str,
    name: str,
    blocks: dict[str, frozenset[str] | None],
    has_docstring: Callable[[str], bool] = _has_docstring,
) -> bool:
    if f"{module}.{name}" in blocks:
        return True  # its own ``:::`` block renders it, docstring or not
    if module not in blocks:
        return False
    members = blocks[module]
    if members is not None:
        return name in members  # a listed member is rendered, docstring or not
    # a module shown whole shows its names that have a docstring (none is hidden by a
    # submodule of the same name: test_no_name_of_a_package_is_also_its_submodule)
    return has_docstring(f"{module}.{name}")


@pytest.mark.parametrize("module", MODULES, ids=[m.__name__ for m in MODULES])
def test_the_api_pages_show_every_public_name(module: ModuleType) -> None:
    assert hasattr(module, "__all__"), f"{module.__name__} has no __all__: its API is unknown"
    blocks = _api_blocks()
    missing = []
    for name in module.__all__:
        if name.startswith("__"):
            continue
        obj = getattr(module, name)
        homes = [m.__name__ for m in MODULES if name in m.__all__ and getattr(m, name) is obj]
        if not any(_shown(home, name, blocks) for home in homes):
            missing.append(name)
    assert not missing, f"{module.__name__}: not on the pages docs/api/: {missing}"


def test_the_api_page_check_sees_a_hidden_name() -> None:
    blocks = {
        "sakip.audit": None,
        "sakip.skala": frozenset({"skala_bernama"}),
        "sakip.laporan.berkas.MAKS_SARANG": None,
    }
    assert _shown("sakip.audit", "periksa", blocks)
    assert _shown("sakip.audit", "periksa_baris", blocks)
    assert not _shown("sakip.skala", "aturan_skala", blocks)
    assert not _shown("sakip.kolom", "capaian", blocks)
    # a module shown whole hides a name without a docstring; its own block shows it
    assert not _shown("sakip.audit", "periksa", blocks, has_docstring=lambda _: False)
    assert _shown("sakip.laporan.berkas", "MAKS_SARANG", blocks, has_docstring=lambda _: False)


def test_the_site_loader_reads_the_docstrings_of_constants() -> None:
    # ``#:`` comments document the constants (Sphinx autodoc's convention): the docs'
    # griffe extension gives them to mkdocstrings, which shows nothing without one
    assert _has_docstring("sakip.laporan.rumus.RUMUS")
    assert _has_docstring("sakip.e81.MAKS_BARIS")  # through the package's import
    assert not _has_docstring("sakip.laporan.berkas_toml._TAHUN")  # no comment at all
    assert not _has_docstring("sakip.no_such_name")


def test_every_api_page_is_in_the_nav() -> None:
    nav = (_DOCS.parent / "mkdocs.yml").read_text(encoding="utf-8")
    assert _API_PAGES
    assert all(f"api/{page.name}" in nav for page in _API_PAGES)


_PACKAGES = [m for m in MODULES if hasattr(m, "__path__")]


@pytest.mark.parametrize("package", _PACKAGES, ids=[m.__name__ for m in _PACKAGES])
def test_no_name_of_a_package_is_also_its_submodule(package: ModuleType) -> None:
    # A package that exports a name its submodule has hides the module: after
    # ``import sakip.audit`` the name is the function, the module is out of reach by that
    # path, and the API page and pydoc show one for the other (sakip.audit.periksa was
    # both until 0.3.0). A submodule's attribute on its package is the module itself.
    hidden = [
        sub.name
        for sub in pkgutil.iter_modules(package.__path__)
        if not isinstance(getattr(package, sub.name, None), ModuleType | None)
    ]
    assert not hidden, f"{package.__name__} exports names of its submodules: {hidden}"
