"""No module reaches into another module's private names.

A name that starts with ``_`` is its module's own: another module that imports it
depends on what its owner may change without notice. A name shared across modules
is a deliberate interface: a documented name without the underscore in the module
that owns it, or a name in a private module (``sakip.laporan._csv``) that the modules
sharing it import. A private module is a package's own: a module outside the package
imports names from it (``from sakip.laporan._rupiah import rupiah``), never the
module object itself through its package (``from sakip.laporan import _rupiah``).

The rule is checked on the source, so it holds for a module the day it is added.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest

_SRC = Path(__file__).parent.parent / "src"
_PAKET = _SRC / "sakip"

#: The private imports allowed, each with its reason (none today); strict: once one is
#: gone, its entry must go (test_every_allowed_import_is_still_there).
IZIN: dict[tuple[str, str], str] = {}


class Impor(NamedTuple):
    """One private name imported across a module boundary."""

    modul: str  # the importing module
    nama: str  # the name imported, with its module: "sakip.angka._baca"
    baris: int  # its line in the importing module's file


def _nama_modul(berkas: Path) -> str:
    bagian = berkas.relative_to(_SRC).with_suffix("").parts
    return ".".join(bagian[:-1] if bagian[-1] == "__init__" else bagian)


def _asal(node: ast.ImportFrom, modul: str, paket: bool) -> str:
    """The module an import reads from, relative imports resolved."""
    if not node.level:
        return node.module or ""
    dasar = modul.split(".") if paket else modul.split(".")[:-1]
    dasar = dasar[: len(dasar) - (node.level - 1)]
    return ".".join([*dasar, *([node.module] if node.module else [])])


def _submodul(asal: str, nama: str, akar: Path) -> bool:
    """Whether ``asal.nama`` is a module (a file or a package) under ``akar``."""
    folder = akar.parent.joinpath(*asal.split("."))
    return (folder / f"{nama}.py").is_file() or (folder / nama / "__init__.py").is_file()


def impor_privat(
    sumber: str, modul: str, *, paket: bool = False, akar: Path = _PAKET
) -> Iterator[Impor]:
    """The private names ``sumber`` (the text of module ``modul``) imports from another module.

    A name starting with ``_`` (not a dunder) imported from a module whose own name does
    not start with ``_`` counts, unless it is a private module of a package that
    ``modul`` is inside (``from sakip.e81 import _susun`` in ``sakip.e81.tulis``).

    Examples:
        >>> [i.nama for i in impor_privat("from sakip.angka import _baca, baca", "sakip.cli")]
        ['sakip.angka._baca']
        >>> list(impor_privat("from sakip._eksak import _BAGI", "sakip.kinerja"))
        []
    """
    for node in ast.walk(ast.parse(sumber)):
        if not isinstance(node, ast.ImportFrom):
            continue
        asal = _asal(node, modul, paket)
        if asal.rsplit(".", 1)[-1].startswith("_"):
            continue  # a private module's names are for the modules that share it
        for alias in node.names:
            nama = alias.name
            if not nama.startswith("_") or (nama.startswith("__") and nama.endswith("__")):
                continue
            if _submodul(asal, nama, akar) and (modul == asal or modul.startswith(f"{asal}.")):
                continue  # a package's own private module, from inside the package
            yield Impor(modul, f"{asal}.{nama}", node.lineno)


def _semua() -> list[Impor]:
    hasil: list[Impor] = []
    for berkas in sorted(_PAKET.rglob("*.py")):
        hasil += impor_privat(
            berkas.read_text(encoding="utf-8"),
            _nama_modul(berkas),
            paket=berkas.name == "__init__.py",
        )
    return hasil


def test_no_module_imports_another_modules_private_name() -> None:
    lepas = [
        f"{i.modul} (line {i.baris}) imports {i.nama}"
        for i in _semua()
        if (i.modul, i.nama) not in IZIN
    ]
    assert not lepas, (
        "private names imported across a module boundary; give each a documented public "
        "name in its module, or move it to a private module both sides import:\n"
        + "\n".join(lepas)
    )


def test_every_allowed_import_is_still_there() -> None:
    ada = {(i.modul, i.nama) for i in _semua()}
    basi = sorted(set(IZIN) - ada)
    assert not basi, f"allowed private imports no longer made; remove them from IZIN: {basi}"


@pytest.mark.parametrize(
    ("sumber", "modul", "paket", "nama"),
    [
        ("from sakip.angka import _baca", "sakip.cli", False, ["sakip.angka._baca"]),
        ("from ..errors import _usang", "sakip.audit.temuan", False, ["sakip.errors._usang"]),
        ("from . import _susun", "sakip.e81", True, []),
        ("from sakip.e81 import _susun", "sakip.e81.tulis", False, []),
        (
            "from sakip.laporan import _rupiah",
            "sakip.audit._cetak",
            False,
            ["sakip.laporan._rupiah"],
        ),
        ("from sakip.laporan._rupiah import rupiah, _x", "sakip.audit._cetak", False, []),
        (
            "def f():\n    from sakip.e81.tulis import _tujuan",
            "sakip.cli",
            False,
            ["sakip.e81.tulis._tujuan"],
        ),
        ("from sakip import __version__", "sakip.cli", False, []),
    ],
)
def test_the_check_tells_a_private_import_from_a_shared_name(
    sumber: str, modul: str, paket: bool, nama: list[str]
) -> None:
    assert [i.nama for i in impor_privat(sumber, modul, paket=paket)] == nama
