"""Docs are part of the feature: every public callable has a docstring with a runnable example."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from types import ModuleType

import pytest

import sakip


def _modules() -> list[ModuleType]:
    """sakip and every public module in it, found by walking the package (none kept by hand)."""
    return [sakip] + [
        importlib.import_module(m.name)
        for m in pkgutil.walk_packages(sakip.__path__, "sakip.")
        if not any(part.startswith("_") for part in m.name.split("."))
    ]


MODULES: list[ModuleType] = _modules()


def _public() -> list[tuple[str, object]]:
    items: list[tuple[str, object]] = []
    for m in MODULES:
        for name in m.__all__:
            obj = getattr(m, name)
            if not callable(obj):
                continue
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
