"""Render the Sphinx conventions of sakip's sources on the mkdocs site (a griffe extension).

sakip's docstrings cross-reference with Sphinx roles (``:func:`~sakip.angka.baca```) and
its constants are documented by Sphinx autodoc's ``#:`` comment lines above them; neither
is read by mkdocstrings, which would show the roles as raw text and hide the constants (an
object without a docstring is not rendered). This extension, named under
``plugins.mkdocstrings.handlers.python.options.extensions`` in ``mkdocs.yml``, rewrites
them as the sources are loaded, without touching the sources:

- each role of the Python domain (:data:`ROLES`) becomes an *optional* autorefs
  cross-reference (``<autoref identifier=... optional>``, the element mkdocstrings-python
  writes for its own signatures): mkdocs-autorefs makes it a link when the target is
  documented somewhere on the site, and inline code otherwise, so ``mkdocs build
  --strict`` never fails on a target the site does not show. A name is resolved as
  Sphinx does: ``~`` shows its last part, ``!`` never links, ``title <target>`` shows the
  title, and a relative name (``Kolom`` inside ``sakip.e81.model``) is looked up in the
  nearest enclosing class, module or package that has it, then as an absolute name; a
  name found nowhere is inline code. A role of another name (``:rfc:```) is left as
  it is, and so is any role inside inline code or a code block (doctests included).
- an attribute without a docstring takes the ``#:`` lines right above it (or a ``#:``
  comment at the end of its line), as Sphinx autodoc does.

Examples:
    >>> names = {"sakip.angka.baca": "sakip.angka.baca"}.get
    >>> roles_to_markdown("Read by :func:`~sakip.angka.baca`, not :rfc:`1`.", names)
    'Read by <autoref identifier="sakip.angka.baca" optional>`baca`</autoref>, not :rfc:`1`.'
    >>> roles_to_markdown("See :class:`Unknown` and ``:func:`baca```.", names)
    'See `Unknown` and ``:func:`baca```.'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from typing import Any, Final

import griffe

__all__ = [
    "ROLES",
    "SphinxConventions",
    "comment_docstring",
    "resolved",
    "role_to_markdown",
    "roles_to_markdown",
]

#: The roles of Sphinx's Python domain that name a Python object.
ROLES: Final = frozenset({"attr", "class", "const", "data", "exc", "func", "meth", "mod", "obj"})

# A role (``:func:`x```, also ``:py:func:`x```) or an inline code span, whichever comes
# first: a role inside a code span (``:func:`x` `` shows the syntax) stays code.
_ROLE_OR_CODE: Final = re.compile(
    r"(?P<code>(?P<ticks>`+).+?(?<!`)(?P=ticks)(?!`))"
    r"|(?<![\w:`])(?P<role>:(?:py:)?(?P<name>[a-z]+):`(?P<body>[^`]+)`(?!`))",
    re.S,
)
_EXPLICIT_TITLE: Final = re.compile(r"(?P<title>.*?)\s*<(?P<target>[^<>]+)>", re.S)
_DOTTED_NAME: Final = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*")
_FENCE: Final = re.compile(r"\s*(```|~~~)")
_COMMENT_DOC: Final = re.compile(r"\s*#:(?: |$)(?P<text>.*)")
_TRAILING_DOC: Final = re.compile(r"\S\s+#:\s+(?P<text>\S.*?)\s*$")


def role_to_markdown(body: str, resolve: Callable[[str], str | None]) -> str:
    """The Markdown for one role's text (between its backticks): a cross-reference or code.

    ``resolve`` maps a name as written (``Kolom``, ``sakip.angka.baca``) to its full
    identifier, or to None when it names nothing known.

    Examples:
        >>> resolve = {"sakip.x.f": "sakip.x.f", "g": "sakip.y.g"}.get
        >>> role_to_markdown("~sakip.x.f", resolve)
        '<autoref identifier="sakip.x.f" optional>`f`</autoref>'
        >>> role_to_markdown("the g function <g>", resolve)
        '<autoref identifier="sakip.y.g" optional>`the g function`</autoref>'
        >>> role_to_markdown("!sakip.x.f", resolve), role_to_markdown("h()", resolve)
        ('`sakip.x.f`', '`h()`')
    """
    text = " ".join(body.split())
    if text.startswith("!"):  # Sphinx: shown, never linked
        return f"`{text[1:] or text}`"
    if explicit := _EXPLICIT_TITLE.fullmatch(text):
        title, target = explicit["title"] or explicit["target"], explicit["target"]
    else:  # a name has no spaces: one wrapped over two lines is joined
        target = "".join(text.split()).removeprefix("~")
        title = target.rsplit(".", 1)[-1] if text.startswith("~") else text
    title = title or text
    name = target.removeprefix("~").removeprefix(".").removesuffix("()")
    identifier = resolve(name) if _DOTTED_NAME.fullmatch(name) else None
    if identifier is None or not _DOTTED_NAME.fullmatch(identifier):
        return f"`{title}`"
    return f'<autoref identifier="{identifier}" optional>`{title}`</autoref>'


def _prose_and_code(text: str) -> Iterator[tuple[bool, str]]:
    """The text in runs of lines, each marked True when it is code (a fence or a doctest)."""
    fence: str | None = None
    doctest = False
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if fence is not None:
            code = True
            if stripped.startswith(fence):
                fence = None
        elif opening := _FENCE.match(line):
            code, fence = True, opening[1]
        else:
            doctest = stripped.startswith(">>>") or (doctest and bool(stripped))
            code = doctest
        yield code, line


def roles_to_markdown(text: str, resolve: Callable[[str], str | None]) -> str:
    """The text with each role of :data:`ROLES` outside code made Markdown (role_to_markdown).

    Examples:
        >>> resolve = {"f": "sakip.f"}.get
        >>> roles_to_markdown("a :func:`f`\\n>>> x = ':func:`f`'\\n", resolve)
        'a <autoref identifier="sakip.f" optional>`f`</autoref>\\n>>> x = \\':func:`f`\\'\\n'
        >>> roles_to_markdown(":meth:`f` :foo:`f` :func:``f``", resolve)
        '<autoref identifier="sakip.f" optional>`f`</autoref> :foo:`f` :func:``f``'
    """
    out: list[str] = []
    prose: list[str] = []

    def flush() -> None:
        out.append(_ROLE_OR_CODE.sub(lambda m: _replacement(m, resolve), "".join(prose)))
        prose.clear()

    for code, line in _prose_and_code(text):
        if code:
            flush()
            out.append(line)
        else:
            prose.append(line)
    flush()
    return "".join(out)


def _replacement(match: re.Match[str], resolve: Callable[[str], str | None]) -> str:
    if match["role"] is None or match["name"] not in ROLES or not match["body"].strip():
        return match[0]
    return role_to_markdown(match["body"], resolve)


def resolved(obj: griffe.Object, name: str) -> str | None:
    """The full path of ``name`` as written in ``obj``'s docstring, or None if unknown.

    Looked up in ``obj`` (a class or module), then in each scope enclosing it up to its
    top package, then as an absolute name; a name found as an import is followed to the
    object it imports (the path the site documents it under, or the external path).

    Examples:
        >>> from griffe import temporary_visited_package
        >>> with temporary_visited_package(
        ...     "pkg", {"__init__.py": "from pkg.m import A", "m.py": "class A: ..."}
        ... ) as pkg:
        ...     resolved(pkg["m"], "A"), resolved(pkg["m"]["A"], "pkg.A"), resolved(pkg, "B")
        ('pkg.m.A', 'pkg.m.A', None)
    """
    scopes: list[griffe.Object] = []
    scope: griffe.Object | None = obj
    while scope is not None:
        if scope.is_class or scope.is_module:
            scopes.append(scope)
        scope = scope.parent
    collection = obj.modules_collection
    for path in [*(f"{s.path}.{name}" for s in scopes), name]:
        try:
            found = collection.get_member(path)
        except (KeyError, ValueError, griffe.AliasResolutionError, griffe.CyclicAliasError):
            continue
        if found is None:
            continue
        if isinstance(found, griffe.Alias):
            try:
                return found.final_target.path
            except (griffe.AliasResolutionError, griffe.CyclicAliasError):
                return found.target_path
        return str(found.path)
    return None


def comment_docstring(lines: list[str], lineno: int) -> str | None:
    """The ``#:`` comment that documents the statement on line ``lineno`` (1-based), if any.

    Either the ``#:`` lines right above it, or a ``#:`` comment at the end of its line.

    Examples:
        >>> src = ["x = 1", "#: The answer,", "#: computed.", "Y = 42", "Z = 0  #: Zero."]
        >>> comment_docstring(src, 4), comment_docstring(src, 5), comment_docstring(src, 1)
        ('The answer,\\ncomputed.', 'Zero.', None)
    """
    if not 0 < lineno <= len(lines):
        return None
    if trailing := _TRAILING_DOC.search(lines[lineno - 1]):
        return trailing["text"]
    above: list[str] = []
    for line in reversed(lines[: lineno - 1]):
        if not (comment := _COMMENT_DOC.fullmatch(line)):
            break
        above.insert(0, comment["text"])
    return "\n".join(above).strip() or None


def _objects(obj: griffe.Object) -> Iterator[griffe.Object]:
    """``obj`` and every object it defines (its imports, the aliases, left out)."""
    yield obj
    for member in obj.members.values():
        if isinstance(member, griffe.Object):
            yield from _objects(member)


class SphinxConventions(griffe.Extension):
    """The griffe extension: rewrites each object's docstring once its package is loaded."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        """Give each ``#:``-documented attribute its docstring, then render every role."""
        for obj in _objects(pkg):
            if obj.is_attribute and obj.docstring is None and obj.lineno is not None:
                text = comment_docstring(_source_lines(obj), obj.lineno)
                if text is not None:
                    obj.docstring = griffe.Docstring(text, lineno=obj.lineno, parent=obj)
        for obj in _objects(pkg):
            if obj.docstring is not None:
                obj.docstring.value = roles_to_markdown(
                    obj.docstring.value, functools.partial(resolved, obj)
                )


def _source_lines(obj: griffe.Object) -> list[str]:
    try:
        return obj.lines_collection[obj.filepath]  # type: ignore[index]
    except (KeyError, TypeError):
        return []
