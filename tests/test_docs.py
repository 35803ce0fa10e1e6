"""Docs are part of the feature: every public callable has a docstring with a runnable example."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import typing
from pathlib import Path
from types import ModuleType

import pytest

import sakip
from sakip._peringatan import MODUL_USANG


def _modules() -> list[ModuleType]:
    """sakip and every public module in it, found by walking the package (none kept by hand)."""
    return [sakip] + [
        importlib.import_module(m.name)
        for m in pkgutil.walk_packages(sakip.__path__, "sakip.")
        if not any(part.startswith("_") for part in m.name.split("."))
        and m.name not in MODUL_USANG  # deprecated paths: importing one warns
    ]


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


# -- the API page names every public name -------------------------------------------------

_API_MD = Path(__file__).parent.parent / "docs" / "api.md"


def _api_blocks() -> dict[str, frozenset[str] | None]:
    """Each ``::: path`` of the API page: its member list, or None when it shows them all."""
    blocks: dict[str, frozenset[str] | None] = {}
    for path, options in re.findall(
        r"^::: ([\w.]+)\n((?:[ \t]+.*\n)*)", _API_MD.read_text(), re.M
    ):
        members = re.findall(r"^\s+- (\w+)\s*$", options, re.M)
        blocks[path] = frozenset(members) if "members:" in options else None
    return blocks


def _shown(module: str, name: str, blocks: dict[str, frozenset[str] | None]) -> bool:
    if f"{module}.{name}" in blocks:
        return True
    if module not in blocks:
        return False
    members = blocks[module]
    # a module shown whole shows its names (none is hidden by a submodule of the same
    # name: test_no_name_of_a_package_is_also_its_submodule)
    return members is None or name in members


# sakip.cli is the command, shown by the guide and ``sakip --help``.
_TOP: list[ModuleType] = [
    m for m in MODULES if m.__name__.count(".") <= 1 and m.__name__ != "sakip.cli"
]


@pytest.mark.parametrize("module", _TOP, ids=[m.__name__ for m in _TOP])
def test_the_api_page_shows_every_public_name(module: ModuleType) -> None:
    blocks = _api_blocks()
    missing = []
    for name in module.__all__:
        if name.startswith("__"):
            continue
        obj = getattr(module, name)
        homes = [m.__name__ for m in MODULES if name in m.__all__ and getattr(m, name) is obj]
        if not any(_shown(home, name, blocks) for home in homes):
            missing.append(name)
    assert not missing, f"{module.__name__}: not on docs/api.md: {missing}"


def test_the_api_page_check_sees_a_hidden_name() -> None:
    blocks = {"sakip.audit": None, "sakip.skala": frozenset({"skala_bernama"})}
    assert _shown("sakip.audit", "periksa", blocks)
    assert _shown("sakip.audit", "periksa_baris", blocks)
    assert not _shown("sakip.skala", "aturan_skala", blocks)
    assert not _shown("sakip.kolom", "capaian", blocks)


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
