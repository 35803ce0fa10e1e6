"""Errors raised by sakip.

Every error sakip raises is a :class:`SakipError`. Each one is also a builtin
``TypeError`` or ``ValueError``, so callers that already catch those keep
working. Each carries the field that was wrong, the value given, what was
expected, and the rule (regulation or convention) behind the requirement.

Examples:
    >>> from sakip import capaian
    >>> try:
    ...     capaian(realisasi=75, target=0)
    ... except NotComputableError as e:
    ...     (e.field, e.value)
    ('target', 0)
"""

from __future__ import annotations

import re
from typing import Any, Final

__all__ = [
    "AmbiguousValueError",
    "InvalidTypeError",
    "InvalidValueError",
    "NotComputableError",
    "ReportFormatError",
    "Rule",
    "SakipError",
]


#: A rule's identifier: lower-case words (letters, digits, underscores) joined by dots.
_ID_ATURAN: Final = re.compile(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*")


class Rule(str):
    """A rule as an error cites it, with an identifier that callers may rely on.

    A rule's text is a citation (a formula and its regulation): it is reworded when
    a citation is corrected or a source is read again, so a caller that acts on a
    rule (the ``sakip`` command rewrites its messages in the command's terms) keys on
    :attr:`id` instead, which does not change. A ``Rule`` is the ``str`` of its text:
    ``rule=`` takes it like any text, and ``str(error)`` prints the text only. An
    error raised with a ``Rule`` carries its identifier as :attr:`SakipError.rule_id`.

    The identifiers sakip gives, and what raises each:

    * ``capaian.naik``: :func:`sakip.capaian` with ``Arah.NAIK``;
    * ``capaian.turun.selisih``: :func:`sakip.capaian` with ``Arah.TURUN`` and
      ``MetodeTurun.SELISIH`` (or no ``metode``);
    * ``capaian.turun.rasio``: :func:`sakip.capaian` with ``Arah.TURUN`` and
      ``MetodeTurun.RASIO``;
    * ``anggaran.batas_pagu``: :func:`sakip.penyerapan`, :func:`sakip.sisa_anggaran`
      and the other functions that refuse a realisasi above its pagu.

    Attributes:
        id: the stable identifier, dotted lower-case words (``"capaian.naik"``).

    Examples:
        >>> r = Rule("penyerapan = realisasi / pagu x 100", id="penyerapan")
        >>> r, r.id
        ('penyerapan = realisasi / pagu x 100', 'penyerapan')
        >>> e = NotComputableError(field="pagu", value=0, expected="must not be 0", rule=r)
        >>> str(e), e.rule_id
        ('pagu must not be 0 (got 0); penyerapan = realisasi / pagu x 100', 'penyerapan')
        >>> Rule("x", id="Capaian naik")
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidValueError: Rule.id must be dotted lower-case words \
('capaian.turun.rasio') (got 'Capaian naik')
    """

    id: str

    def __new__(cls, teks: str, *, id: str) -> Rule:
        if not isinstance(teks, str):
            raise InvalidTypeError(field="Rule", value=teks, expected="must be a str")
        if not isinstance(id, str) or _ID_ATURAN.fullmatch(id) is None:
            raise InvalidValueError(
                field="Rule.id",
                value=id,
                expected="must be dotted lower-case words ('capaian.turun.rasio')",
            )
        rule = super().__new__(cls, teks)
        rule.id = id
        return rule

    def __getnewargs_ex__(self) -> tuple[tuple[str], dict[str, str]]:
        # keyword-only id: teach pickle and copy how to rebuild
        return (str(self),), {"id": self.id}


class SakipError(Exception):
    """Base class of every error raised by sakip.

    Attributes:
        field: the argument or place that was wrong (``"target"``,
            ``"program[3].pagu"``).
        value: the value given.
        expected: what was required, in words (``"must be > 0"``).
        rule: the formula or regulation behind the requirement, or ``None``: a
            citation, worded for a reader (it may be reworded).
        rule_id: the stable identifier of ``rule`` when the rule is a :class:`Rule`
            (``"capaian.naik"``), else ``None``: what a caller keys on to act on a
            rule, never its text.

    Examples:
        >>> from sakip import penyerapan
        >>> try:
        ...     penyerapan(realisasi=5, pagu=0)
        ... except SakipError as e:
        ...     (type(e).__name__, e.field, e.value, e.expected)
        ('NotComputableError', 'pagu', 0, 'must not be 0')
        >>> from sakip import capaian
        >>> try:
        ...     capaian(realisasi=5, target=0)
        ... except SakipError as e:
        ...     e.rule_id
        'capaian.naik'
    """

    def __init__(
        self,
        *,
        field: str,
        value: Any,
        expected: str,
        rule: str | None = None,
    ) -> None:
        self.field = field
        self.value = value
        self.expected = expected
        self.rule = rule
        self.rule_id: str | None = rule.id if isinstance(rule, Rule) else None
        message = f"{field} {expected} (got {_repr_aman(value)})"
        if rule:
            message += f"; {rule}"
        super().__init__(message)

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only __init__: teach pickle (and multiprocessing) how to rebuild.
        return (
            _rebuild,
            (type(self), self.field, self.value, self.expected, self.rule),
        )


def _repr_aman(value: Any) -> str:
    """A short repr that never fails (huge ints have no repr past 4300 digits)."""
    if isinstance(value, int) and value.bit_length() > 256:
        return f"<int of about {value.bit_length() * 3 // 10} digits>"
    try:
        teks = repr(value)
    except Exception:  # a broken __repr__ must not hide the real error
        return f"<{type(value).__name__}>"
    return teks if len(teks) <= 120 else teks[:100] + "..."


def _rebuild(
    cls: type[SakipError], field: str, value: Any, expected: str, rule: str | None
) -> SakipError:
    return cls(field=field, value=value, expected=expected, rule=rule)


class InvalidTypeError(SakipError, TypeError):
    """A value of the wrong type: ``bool``, ``None``, a list where a number belongs.

    Examples:
        >>> from sakip import bulatkan
        >>> isinstance(InvalidTypeError(field="x", value=None, expected="must be a number"), TypeError)
        True
    """


class InvalidValueError(SakipError, ValueError):
    """A value of the right type that breaks a rule: negative pagu, NaN, "98,48".

    Examples:
        >>> from sakip import sisa_anggaran
        >>> sisa_anggaran(pagu=-1, realisasi=0)
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidValueError: pagu must be >= 0 (got -1)
    """


class AmbiguousValueError(InvalidValueError):
    """A text with two readings ("1.500": 1500 or 1,5), refused rather than guessed.

    The message shows both readings and how to choose one; a caller that can ask
    (a form, a reporting tool) may catch this class to ask for the choice.

    Examples:
        >>> from sakip.angka import baca
        >>> try:
        ...     baca("1.500")
        ... except AmbiguousValueError as e:
        ...     isinstance(e, InvalidValueError), e.value
        (True, '1.500')
    """


class NotComputableError(SakipError, ValueError):
    """Valid inputs for which the formula has no value, e.g. a target of 0 it divides by.

    Examples:
        >>> from sakip import persentase
        >>> try:
        ...     persentase(pembilang=0, penyebut=0)
        ... except NotComputableError as e:
        ...     isinstance(e, ValueError), e.rule
        (True, 'persentase = pembilang / penyebut x 100')
    """


class ReportFormatError(InvalidValueError):
    """A report file that does not follow the schema.

    Attributes:
        berkas: the file (or ``"<data>"`` for a dict).
        letak: the place inside it, e.g. ``program[3].kegiatan[0].pagu``; ``"-"`` (or
            ``""``) for the file as a whole, which the message then names alone.

    Examples:
        >>> from sakip.laporan import dari_dict
        >>> try:
        ...     dari_dict({"skema": 1, "laporan": []}, berkas="x.toml")
        ... except ReportFormatError as e:
        ...     e.berkas, e.letak
        ('x.toml', 'laporan')
        >>> str(ReportFormatError(berkas="x.toml", letak="-", expected="must exist", value="x"))
        "x.toml must exist (got 'x')"
    """

    def __init__(
        self, *, berkas: str, letak: str, expected: str, value: Any, rule: str | None = None
    ) -> None:
        self.berkas = berkas
        self.letak = letak
        tempat = berkas if letak in ("", "-") else f"{berkas}: {letak}"
        super().__init__(field=tempat, value=value, expected=expected, rule=rule)

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            _rebuild_format_error,
            (self.berkas, self.letak, self.expected, self.value, self.rule),
        )


def _rebuild_format_error(
    berkas: str, letak: str, expected: str, value: Any, rule: str | None
) -> ReportFormatError:
    return ReportFormatError(berkas=berkas, letak=letak, expected=expected, value=value, rule=rule)
