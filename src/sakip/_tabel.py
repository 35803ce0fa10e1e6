"""Table layout: column-aligned text tables and numbered finding lines for an 80-column
terminal, and Markdown tables.

Layout only, shared by the audit's and the LKE's renderers: cells arrive as
finished strings, each renderer passes its own escaping, nothing is computed
or rounded here.

Examples:
    >>> for line in tabel_teks(("kode", "nilai"), [("1", "9,5"), ("10", "10,25")], {1}):
    ...     print(line)
    kode  nilai
    ----  -----
    1       9,5
    10    10,25
"""

from __future__ import annotations

import html
import textwrap
import unicodedata
from collections.abc import Callable, Collection, Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

from sakip.errors import InvalidTypeError

if TYPE_CHECKING:  # only a type here: sakip.audit imports this module
    from sakip.audit.temuan import Temuan

__all__ = [
    "KATA",
    "LEBAR",
    "aman",
    "banyak",
    "kepala_temuan",
    "sel_markdown",
    "tabel_markdown",
    "tabel_teks",
    "temuan_teks",
]

#: Width of the terminal the text is written for.
LEBAR: Final = 80

#: The English word each text and Markdown output (report, E.81 workbook, LKE) uses for a
#: field of a finding, so the three name one thing alike; JSON keeps the field names.
#: No regulation fixes these words: sakip's own convention (English prose and labels, the
#: regulation's own terms Indonesian), taken from the report audit's text; ``rumus`` is
#: "formula", since a finding's rule (``aturan``) is named too: in its first line in text,
#: in a "rule" column in Markdown.
KATA: Final[Mapping[str, str]] = MappingProxyType(
    {
        "sel": "cell",
        "tingkat": "severity",
        "aturan": "rule",
        "letak": "place",
        "dicetak": "printed",
        "dihitung": "computed",
        "rumus": "formula",
        "keterangan": "note",
    }
)


def kepala_temuan(*bidang: str) -> tuple[str, ...]:
    """The header cells of a Markdown table of findings: each field by its :data:`KATA` word.

    Examples:
        >>> kepala_temuan("tingkat", "aturan", "dicetak", "dihitung")
        ('severity', 'rule', 'printed', 'computed')
    """
    return tuple(KATA[b] for b in bidang)


def tabel_teks(
    kepala: Sequence[str], baris: Sequence[Sequence[str]], kanan: Collection[int]
) -> list[str]:
    """The header, a rule of dashes and the rows, columns two spaces apart.

    The columns numbered in ``kanan`` are right-aligned, the rest left-aligned;
    trailing spaces are cut.
    """
    lebar = [
        max(len(kepala[i]), *(len(b[i]) for b in baris)) if baris else len(kepala[i])
        for i in range(len(kepala))
    ]

    def satu(sel: Sequence[str]) -> str:
        return "  ".join(
            s.rjust(lebar[i]) if i in kanan else s.ljust(lebar[i]) for i, s in enumerate(sel)
        ).rstrip()

    return [satu(kepala), "  ".join("-" * w for w in lebar), *(satu(b) for b in baris)]


def _sama(teks: str) -> str:
    return teks


def temuan_teks(i: int, t: Temuan, bersih: Callable[[str], str] = _sama) -> list[str]:
    """Finding number ``i``: its rule and place, then its non-empty figures, wrapped to LEBAR.

    ``bersih`` is applied to each line's text before it is wrapped (the audit
    passes :func:`sakip.audit.tampil.aman`).
    """
    hasil = textwrap.wrap(
        bersih(f"{i}. [{t.tingkat.value}] {t.aturan}: {t.letak}"), LEBAR, subsequent_indent="   "
    )
    for bidang, isi in (
        ("dicetak", t.dicetak),
        ("dihitung", t.dihitung),
        ("rumus", t.rumus),
        ("keterangan", t.keterangan),
    ):
        if isi:
            hasil += textwrap.wrap(
                bersih(f"{KATA[bidang]:8} {isi}"),
                LEBAR,
                initial_indent="   ",
                subsequent_indent="            ",
            )
    return hasil


def tabel_markdown(
    kepala: Sequence[str], baris: Sequence[Sequence[str]], bersih: Callable[[str], str]
) -> list[str]:
    """A Markdown table: the header, its rule and the rows, each cell passed through ``bersih``.

    Examples:
        >>> tabel_markdown(("a", "b"), [("1", "x|y")], lambda s: s.replace("|", "\\\\|"))
        ['| a | b |', '|---|---|', '| 1 | x\\\\|y |']
    """
    return [
        "| " + " | ".join(bersih(k) for k in kepala) + " |",
        "|" + "---|" * len(kepala),
        *("| " + " | ".join(bersih(s) for s in b) + " |" for b in baris),
    ]


def banyak(n: int, kata: str, jamak: str | None = None) -> str:
    """A count and its noun: singular for 1, else ``jamak`` (default: the noun with "s").

    Examples:
        >>> banyak(1, "finding"), banyak(0, "finding"), banyak(2, "printed figure")
        ('1 finding', '0 findings', '2 printed figures')
        >>> banyak(1, "criterion", "criteria"), banyak(3, "criterion", "criteria")
        ('1 criterion', '3 criteria')
    """
    if n == 1:
        return f"{n} {kata}"
    return f"{n} {kata + 's' if jamak is None else jamak}"


def aman(teks: str) -> str:
    """Text with every control or format character shown escaped (``\\x1b``), never sent raw.

    Examples:
        >>> aman("merah\\x1b[31m")
        'merah\\\\x1b[31m'
    """
    if not isinstance(teks, str):
        raise InvalidTypeError(field="teks", value=teks, expected="must be a string")
    if teks.isprintable():
        return teks
    hasil = []
    for ch in teks:
        if ch == " " or unicodedata.category(ch)[0] not in "CZ" or ch in "\u00a0":
            hasil.append(ch)
        else:
            hasil.append(ch.encode("unicode_escape").decode("ascii"))
    return "".join(hasil)


def sel_markdown(teks: str) -> str:
    """A Markdown table cell: on one line, control characters escaped, ``|`` escaped, and
    ``&``, ``<``, ``>`` written as entities, so that a name read from a file shows as text
    and never becomes HTML where the Markdown is rendered.

    Examples:
        >>> sel_markdown("a|b\\nc")
        'a\\\\|b c'
        >>> sel_markdown("<b>Sarana & Prasarana</b>")
        '&lt;b&gt;Sarana &amp; Prasarana&lt;/b&gt;'
    """
    return html.escape(aman(" ".join(teks.splitlines())), quote=False).replace("|", "\\|")
