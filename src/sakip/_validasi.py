"""Validators of record fields, shared by every attrs record of sakip.

attrs' own ``instance_of`` raises a bare ``TypeError``; these raise
:class:`~sakip.errors.InvalidTypeError` (a ``SakipError`` that is also a
``TypeError``) naming the field, so junk given to any record is refused the
way every other bad input is.

Examples:
    >>> import attrs
    >>> @attrs.frozen
    ... class Contoh:
    ...     nama: str = attrs.field(validator=jenis(str))
    >>> Contoh(nama=None)
    Traceback (most recent call last):
    ...
    sakip.errors.InvalidTypeError: nama must be str (got None)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, TypeAlias

import attrs

from sakip.errors import InvalidTypeError

__all__ = ["beku", "jenis", "ke_tuple", "opsional", "semua"]

Validator: TypeAlias = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def jenis(*kelas: type, boleh_none: bool = False) -> Validator:
    """A validator: an instance of one of ``kelas`` (a bool is never an int), or None if allowed."""
    nama = " or ".join(k.__name__ for k in kelas) + (" or None" if boleh_none else "")

    def cek(_: Any, a: attrs.Attribute[Any], nilai: Any) -> None:
        if nilai is None and boleh_none:
            return
        ok = False if isinstance(nilai, bool) and bool not in kelas else isinstance(nilai, kelas)
        if not ok:
            raise InvalidTypeError(field=a.name, value=nilai, expected=f"must be {nama}")

    return cek


def semua(*kelas: type) -> Validator:
    """A validator: every item an instance of one of ``kelas``."""
    satu = jenis(*kelas)

    def cek(o: Any, a: attrs.Attribute[Any], nilai: Any) -> None:
        for x in nilai:
            satu(o, a, x)

    return cek


def opsional(v: Validator) -> Any:
    """A validator that also lets ``None`` through."""
    return attrs.validators.optional(v)


def ke_tuple(nilai: Any) -> tuple[Any, ...]:
    """A converter: any finite sequence but text or a mapping, as a tuple."""
    if isinstance(nilai, (str, bytes, Mapping)) or not hasattr(nilai, "__iter__"):
        raise InvalidTypeError(field="sequence", value=nilai, expected="must be a sequence")
    return tuple(nilai)


def beku(nilai: Mapping[Any, Any]) -> Mapping[Any, Any]:
    """A converter: a read-only copy of a mapping (records are immutable and shared)."""
    if not isinstance(nilai, Mapping):
        raise InvalidTypeError(field="mapping", value=nilai, expected="must be a mapping")
    return MappingProxyType(dict(nilai))
