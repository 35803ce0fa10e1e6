"""Records built by a reader from values it has already checked, without checking them again.

The public constructors of :mod:`sakip.laporan` validate every field: a record
built by a caller is refused when it is junk. A reader builds hundreds of
thousands of records (a printed figure each) from values it has just checked
itself, with their place in the file for the message; checking them a second
time is the larger part of loading a large report. :func:`tanpa_periksa`
builds such a record as the constructor would (defaults and
``__attrs_post_init__`` included) but runs no converter and no validator: the
caller passes every value already in its final type.

Examples:
    >>> from sakip.laporan.besaran import Besaran, JenisBesaran
    >>> b = tanpa_periksa(Besaran, jenis=JenisBesaran.PAGU, kode=("p1",))
    >>> b == Besaran(jenis=JenisBesaran.PAGU, kode=("p1",))
    True
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Final, TypeVar

import attrs

__all__: list[str] = []  # used by the readers of sakip.laporan only

T = TypeVar("T")

#: Per record class: a function building it from keyword values, written once.
_PEMBUAT: Final[dict[type, Callable[..., Any]]] = {}
_TIDAK_ADA: Final = object()


def _pembuat(kelas: type) -> Callable[..., Any]:
    """Write, once per class, the constructor without checks (as attrs writes its own)."""
    ruang: dict[str, Any] = {
        "_kelas": kelas,
        "_baru": object.__new__,
        "_set": object.__setattr__,
        "_TIDAK_ADA": _TIDAK_ADA,
    }
    parameter, isi = [], ["    o = _baru(_kelas)"]
    for i, a in enumerate(attrs.fields(kelas)):
        if not a.init:
            continue
        kunci = a.alias or a.name
        d = a.default
        if d is attrs.NOTHING:
            parameter.append(kunci)
        elif isinstance(d, attrs.Factory):  # type: ignore[arg-type]
            if d.takes_self:  # pragma: no cover - no record of sakip uses it
                raise TypeError(f"{kelas.__name__}.{a.name}: a factory taking self")
            ruang[f"_f{i}"] = d.factory
            parameter.append(f"{kunci}=_TIDAK_ADA")
            isi.append(f"    if {kunci} is _TIDAK_ADA:\n        {kunci} = _f{i}()")
        else:
            ruang[f"_d{i}"] = d
            parameter.append(f"{kunci}=_d{i}")
        isi.append(f"    _set(o, {a.name!r}, {kunci})")
    if hasattr(kelas, "__attrs_post_init__"):
        isi.append("    o.__attrs_post_init__()")
    isi.append("    return o")
    kode = f"def buat(*, {', '.join(parameter)}):\n" + "\n".join(isi)
    exec(compile(kode, f"<sakip tanpa_periksa {kelas.__name__}>", "exec"), ruang)
    _PEMBUAT[kelas] = ruang["buat"]
    return ruang["buat"]  # type: ignore[no-any-return]


def pembuat(kelas: type[T]) -> Callable[..., T]:
    """The constructor of ``kelas`` without checks: keyword values already in their final type.

    Calling it with a missing field or an unknown one raises ``TypeError``
    (a mistake of sakip's own code, never of a report).
    """
    return _PEMBUAT.get(kelas) or _pembuat(kelas)


def tanpa_periksa(kelas: type[T], **nilai: Any) -> T:
    """A record of ``kelas`` from already checked values: no converter, no validator runs.

    Raises:
        TypeError: a field without a default is missing, or an unknown one is given.
    """
    return pembuat(kelas)(**nilai)


#: Calls under way that paused the collector, and whether it ran before the first
#: of them: the collector comes back when the last one ends, whichever thread it is on.
_JEDA_GC = {"banyak": 0, "aktif": False}
_KUNCI_GC = threading.Lock()


@contextmanager
def tanpa_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while a large report is read or audited.

    Reading a report builds a tree of frozen records (no reference cycles:
    reference counting frees them); the collector only walks the growing
    tree again and again, which is half of the time of reading a report of
    hundreds of thousands of printed figures. The pauses of several threads
    are counted: the collector's previous state comes back when the last one
    ends, whatever happens; a collector already paused stays paused.

    Examples:
        >>> import gc
        >>> with tanpa_gc():
        ...     gc.isenabled()
        False
        >>> gc.isenabled()
        True
    """
    with _KUNCI_GC:
        if _JEDA_GC["banyak"] == 0:
            _JEDA_GC["aktif"] = gc.isenabled()
            gc.disable()
        _JEDA_GC["banyak"] += 1
    try:
        yield
    finally:
        with _KUNCI_GC:
            _JEDA_GC["banyak"] -= 1
            if _JEDA_GC["banyak"] == 0 and _JEDA_GC["aktif"]:
                gc.enable()
