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

from typing import Any

__all__ = [
    "AmbiguousValueError",
    "InvalidTypeError",
    "InvalidValueError",
    "NotComputableError",
    "ReportFormatError",
    "SakipError",
]


class SakipError(Exception):
    """Base class of every error raised by sakip.

    Attributes:
        field: the argument or place that was wrong (``"target"``,
            ``"program[3].pagu"``).
        value: the value given.
        expected: what was required, in words (``"must be > 0"``).
        rule: the formula or regulation behind the requirement, or ``None``.

    Examples:
        >>> from sakip import penyerapan
        >>> try:
        ...     penyerapan(realisasi=5, pagu=0)
        ... except SakipError as e:
        ...     (type(e).__name__, e.field, e.value, e.expected)
        ('NotComputableError', 'pagu', 0, 'must not be 0')
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
        letak: the place inside it, e.g. ``program[3].kegiatan[0].pagu``.

    Examples:
        >>> from sakip.laporan import dari_dict
        >>> try:
        ...     dari_dict({"skema": 1, "laporan": []}, berkas="x.toml")
        ... except ReportFormatError as e:
        ...     e.berkas, e.letak
        ('x.toml', 'laporan')
    """

    def __init__(
        self, *, berkas: str, letak: str, expected: str, value: Any, rule: str | None = None
    ) -> None:
        self.berkas = berkas
        self.letak = letak
        super().__init__(field=f"{berkas}: {letak}", value=value, expected=expected, rule=rule)

    @property
    def tempat(self) -> str:
        """Deprecated name of :attr:`letak` (``tempat`` means decimal places); removed in 0.3.0."""
        _usang("ReportFormatError.tempat", "ReportFormatError.letak")
        return self.letak

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            _rebuild_format_error,
            (self.berkas, self.letak, self.expected, self.value, self.rule),
        )


def _rebuild_format_error(
    berkas: str, letak: str, expected: str, value: Any, rule: str | None
) -> ReportFormatError:
    return ReportFormatError(berkas=berkas, letak=letak, expected=expected, value=value, rule=rule)


def _usang(lama: str, baru: str) -> None:
    """Warn that a public name is deprecated (kept for one minor version)."""
    import warnings

    warnings.warn(
        f"{lama} is deprecated since 0.2.0 and will be removed in 0.3.0; use {baru}",
        DeprecationWarning,
        stacklevel=3,
    )
