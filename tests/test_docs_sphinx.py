"""The docs' griffe extension (docs/sphinx_conventions.py): Sphinx roles and ``#:`` comments.

The extension lives beside the pages it serves, not in the package; it is loaded here by
its path, as mkdocs loads it.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import griffe
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

_PATH = Path(__file__).parent.parent / "docs" / "sphinx_conventions.py"


def _extension() -> ModuleType:
    spec = importlib.util.spec_from_file_location("sphinx_conventions", _PATH)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_EXT = _extension()
Resolve = Callable[[str], str | None]
roles_to_markdown: Callable[[str, Resolve], str] = _EXT.roles_to_markdown
role_to_markdown: Callable[[str, Resolve], str] = _EXT.role_to_markdown
comment_docstring: Callable[[list[str], int], str | None] = _EXT.comment_docstring
resolved: Callable[[griffe.Object, str], str | None] = _EXT.resolved
ROLES: frozenset[str] = _EXT.ROLES

_KNOWN = {
    "sakip.angka.baca": "sakip.angka.baca",
    "sakip.e81.model.Kolom": "sakip.e81.model.Kolom",
    "Kolom": "sakip.e81.model.Kolom",
    "Kolom.nama": "sakip.e81.model.Kolom.nama",
}


def _link(identifier: str, shown: str) -> str:
    return f'<autoref identifier="{identifier}" optional>`{shown}`</autoref>'


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each role of the Python domain, absolute, with ~, relative, with a domain
        (":func:`sakip.angka.baca`", _link("sakip.angka.baca", "sakip.angka.baca")),
        (":func:`~sakip.angka.baca`", _link("sakip.angka.baca", "baca")),
        (":class:`Kolom`", _link("sakip.e81.model.Kolom", "Kolom")),
        (":attr:`~Kolom.nama`", _link("sakip.e81.model.Kolom.nama", "nama")),
        (":meth:`Kolom.nama()`", _link("sakip.e81.model.Kolom.nama", "Kolom.nama()")),
        (":py:class:`.Kolom`", _link("sakip.e81.model.Kolom", ".Kolom")),
        (":data:`the column <Kolom>`", _link("sakip.e81.model.Kolom", "the column")),
        # unresolved, hidden from linking, or not a name: inline code
        (":exc:`~sakip.NoSuchError`", "`NoSuchError`"),
        (":mod:`fractions`", "`fractions`"),
        (":func:`!sakip.angka.baca`", "`sakip.angka.baca`"),
        (":func:`a + b`", "`a + b`"),
        (":data:`<>`", "`<>`"),
        # a role at the end of a line, or wrapped over two lines
        (
            "read by :func:`Kolom`\nnext",
            f"read by {_link('sakip.e81.model.Kolom', 'Kolom')}\nnext",
        ),
        (":func:`~sakip.angka.\n   baca`", _link("sakip.angka.baca", "baca")),
        (":func:`the\n  reader <sakip.angka.baca>`", _link("sakip.angka.baca", "the reader")),
        # unknown role names, and things that only look like roles, are left as they are
        (":rfc:`1234` :math:`x^2` :foo:`Kolom`", ":rfc:`1234` :math:`x^2` :foo:`Kolom`"),
        (":func:``Kolom``", ":func:``Kolom``"),
        (":func:`Kolom``", ":func:`Kolom``"),
        (":func:`", ":func:`"),
        (":func:` `", ":func:` `"),
        (":func:`!`", "`!`"),
        (":func:`~`", "`~`"),
        (":func:`~Kolom.`", "`~Kolom.`"),
        (":func:``", ":func:``"),
        ("a:func:`Kolom`", "a:func:`Kolom`"),
        ("::func:`Kolom`", "::func:`Kolom`"),
        # a role inside inline code shows the syntax: it stays code
        ("``:func:`Kolom` ``", "``:func:`Kolom` ``"),
        (
            "`:func:` then :class:`Kolom`",
            f"`:func:` then {_link('sakip.e81.model.Kolom', 'Kolom')}",
        ),
        # nested backticks: the role ends at its first closing backtick
        (":func:`Kolom` `x`", f"{_link('sakip.e81.model.Kolom', 'Kolom')} `x`"),
    ],
)
def test_a_role_becomes_a_reference_or_code(text: str, expected: str) -> None:
    assert roles_to_markdown(text, _KNOWN.get) == expected


def test_roles_in_code_blocks_and_doctests_stay() -> None:
    text = (
        "Uses :func:`Kolom`.\n\n"
        "```python\nx = ':func:`Kolom`'\n```\n"
        ">>> print(':class:`Kolom`')\n"
        ":class:`Kolom`\n"
        "\n"
        "After :class:`Kolom`.\n"
    )
    lines = roles_to_markdown(text, _KNOWN.get).splitlines()
    link = _link("sakip.e81.model.Kolom", "Kolom")
    assert lines[0] == f"Uses {link}."
    assert lines[3] == "x = ':func:`Kolom`'"
    assert lines[5:7] == [">>> print(':class:`Kolom`')", ":class:`Kolom`"]
    assert lines[8] == f"After {link}."


def test_an_identifier_that_resolve_spoils_is_not_written_into_html() -> None:
    assert role_to_markdown("Kolom", lambda _: 'x" onclick="y') == "`Kolom`"


_PIECES = [":func:", ":py:class:", ":rfc:", ":", "`", "``", "Kolom", "a.b", " ", "\n", ">>> "]
_TEXT = st.lists(st.sampled_from([*_PIECES, "~", "<", ">", "!", "```"]), max_size=20).map("".join)


@given(_TEXT)
def test_text_without_a_known_role_is_unchanged(text: str) -> None:
    assume(not any(f":{role}:`" in text for role in ROLES))
    assert roles_to_markdown(text, _KNOWN.get) == text


@given(
    st.sampled_from(sorted(ROLES)),
    st.from_regex(r"[~.!]?[a-z_]\w{0,8}(\.\w{1,8}){0,3}", fullmatch=True),
    _TEXT,
)
def test_no_known_role_is_left_in_prose(role: str, name: str, tail: str) -> None:
    text = f"see :{role}:`{name}`"
    out = roles_to_markdown(text + " " + tail.replace("`", ""), _KNOWN.get)
    assert f":{role}:`" not in out
    assert re.search(r"`[^`]+`", out)


# -- the ``#:`` comments -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "lineno", "expected"),
    [
        (["#: One line.", "X = 1"], 2, "One line."),
        (["#: First,", "#:", "#: after a gap.", "X = 1"], 4, "First,\n\nafter a gap."),
        (["    #: In a class.", "    x: int = 1"], 2, "In a class."),
        (["X = 1  #: Trailing."], 1, "Trailing."),
        (["#: Not mine.", "", "X = 1"], 3, None),  # a blank line cuts it off
        (["# a plain comment", "X = 1"], 2, None),
        (["#:no space is not Sphinx's", "X = 1"], 2, None),
        (["X = '#: in a string'"], 1, None),
        (["X = 1"], 0, None),
        (["X = 1"], 5, None),
    ],
)
def test_a_comment_docstring(lines: list[str], lineno: int, expected: str | None) -> None:
    assert comment_docstring(lines, lineno) == expected


# -- resolution in a package, and the extension at work ----------------------------------

_PACKAGE = {
    "__init__.py": "from pkg.model import Kolom\n__all__ = ['Kolom', 'TOP']\nTOP = 1\n",
    "model.py": (
        "from fractions import Fraction\n"
        "#: The limit.\n"
        "MAKS = 3\n"
        "class Kolom:\n"
        '    """A column, see :data:`MAKS`, :data:`TOP` and :meth:`lebar`."""\n'
        "    def lebar(self) -> int:\n"
        '        """Its width; a :class:`~fractions.Fraction`, not :func:`pkg.nowhere`."""\n'
        "        return 1\n"
    ),
    "berkas.py": "MAKS = 9\n",
}


@pytest.fixture
def package() -> Iterator[griffe.Module]:
    with griffe.temporary_visited_package(
        "pkg", _PACKAGE, extensions=griffe.load_extensions(f"{_PATH}:SphinxConventions")
    ) as pkg:
        yield pkg


def test_a_relative_name_is_the_nearest_scope_s(package: griffe.Module) -> None:
    model = package["model"]
    assert resolved(model["Kolom"], "MAKS") == "pkg.model.MAKS"  # the module's, not berkas'
    assert resolved(model["Kolom"], "TOP") == "pkg.TOP"  # the package's
    assert resolved(model["Kolom"]["lebar"], "lebar") == "pkg.model.Kolom.lebar"
    assert resolved(package, "Kolom") == "pkg.model.Kolom"  # an import, followed
    assert resolved(model, "Fraction") == "fractions.Fraction"  # outside: its own path
    assert resolved(model, "pkg.berkas.MAKS") == "pkg.berkas.MAKS"
    assert resolved(model, "nowhere") is None


def test_the_extension_rewrites_the_docstrings(package: griffe.Module) -> None:
    kolom = package["model"]["Kolom"]
    assert kolom.docstring.value == (
        f"A column, see {_link('pkg.model.MAKS', 'MAKS')}, {_link('pkg.TOP', 'TOP')}"
        f" and {_link('pkg.model.Kolom.lebar', 'lebar')}."
    )
    assert kolom["lebar"].docstring.value == (
        "Its width; a `Fraction`, not `pkg.nowhere`."  # neither is in the package
    )
    assert package["model"]["MAKS"].docstring.value == "The limit."
    assert package["berkas"]["MAKS"].docstring is None
