"""Small tables: a column of a few rows computed row by row, by the scalar function itself.

An agency's indicator or programme table has a few dozen rows, and that is
what analysts mostly pass to :mod:`sakip.kolom`. On so few rows the
vectorised path costs its fixed price (a few dozen numpy calls, each about a
microsecond, and the backend's own calls) many times over the arithmetic:
10 to 60 times a Python loop of scalar calls. Up to :data:`sakip.kolom._inti.BARIS_KECIL` rows (by backend),
a column of a dtype whose cells the scalar API reads as they are (see each
adapter's ``sel_kecil``) is therefore computed row by row by the scalar
function of its :class:`sakip.kolom._inti.Rumus`, which is the oracle of the
vectorised path: the same values, the same errors with the row in their
field, the same missing rows, written back by the same adapter.

This is the row-by-row path of the wrapper (``_per_baris``, taken for values
that are no finite decimal, or without numpy), without its per-cell costs:
each cell is checked by :func:`sakip._eksak.rasio_cepat` (which accepts only
what :func:`sakip._eksak.ke_pecahan` reads) once per column, and read by
``ke_pecahan`` only where that fast check declines it; the scalar function is
called with the row's values in the order of ``Rumus.argumen``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from decimal import Decimal
from types import ModuleType
from typing import Any

from sakip._eksak import (
    _BATAS,
    _KALI,
    _PANGKAT_SEPULUH,
    rasio_cepat,
    semua_desimal_dalam_batas,
)
from sakip.errors import SakipError
from sakip.kinerja import Rentang
from sakip.kolom._inti import (
    INT64_MAKS,
    Errors,
    Panggilan,
    Rumus,
    _di_baris,
    _sel_angka,
    ke_python,
)


def sel_semua(
    kolom: Mapping[str, Any], adapter_: Mapping[str, ModuleType]
) -> dict[str, list[Any]] | None:
    """The cells of every column as the scalar API reads them; None when a column's dtype
    is one the vectorised reader refuses or reads otherwise (it then takes that path)."""
    sel: dict[str, list[Any]] = {}
    for n, k in kolom.items():
        baca = getattr(adapter_[n], "sel_kecil", None)
        isi = None if baca is None else baca(k)
        if isi is None:
            return None
        sel[n] = isi
    return sel


def _periksa_baris(sel: Mapping[str, list[Any]], tipe: Mapping[str, set[type]]) -> set[int]:
    """Rows with a cell the fast checks decline: ``ke_pecahan`` reads them first, as
    ``_per_baris`` reads every cell (its error, or nothing, for a cell it reads)."""
    baris: set[int] = set()
    for n, isi in sel.items():
        ada = [x for x in isi if x is not None] if type(None) in tipe[n] else isi
        jenis = tipe[n] - {type(None)}
        if jenis <= {int} and (not ada or -_BATAS < min(ada) <= max(ada) < _BATAS):
            continue  # every int within the limits: ke_pecahan reads each
        if jenis <= {Decimal} and semua_desimal_dalam_batas(ada):
            continue  # every Decimal finite and within the limits: the same
        for i, x in enumerate(isi):
            if x is not None and not isinstance(x, Rentang) and rasio_cepat(x) is None:
                baris.add(i)
    return baris


def hasil(np: Any, p: Panggilan, sel: Mapping[str, list[Any]]) -> Any:
    """The column of results, row by row (see the module), in the kind of the first column."""
    rumus, tempat, keluar, contoh = p.rumus, p.tempat, p.keluar, p.kolom[p.utama]
    tipe = {n: set(map(type, isi)) for n, isi in sel.items()}
    if any(t.__module__ == "numpy" for ts in tipe.values() for t in ts):
        sel = {n: [ke_python(x) for x in isi] for n, isi in sel.items()}
        tipe = {n: set(map(type, isi)) for n, isi in sel.items()}
    tetap = {n: ke_python(v) for n, v in p.nilai.items() if n not in sel}
    deret = [sel[n] if n in sel else [tetap[n]] * p.n_baris for n in rumus.argumen]
    periksa = _periksa_baris(sel, tipe)
    keluaran = None
    if not periksa and all(type(None) not in t for t in tipe.values()):
        # the common table: every row computed, in one C loop (a bad row: row by row below,
        # for its error or its reason)
        with contextlib.suppress(SakipError):
            keluaran = list(map(rumus.skalar, *deret))
    kosong = None
    if keluaran is None:
        keluaran, hilang_ = _per_baris(rumus, deret, periksa, list(sel), p.errors, p.alasan)
        if hilang_:
            kosong = np.zeros(p.n_baris, dtype=bool)
            kosong[hilang_] = True
    if rumus.label is not None:
        tulis = getattr(keluar, "label_kecil", None)
        if tulis is not None:
            return tulis(np, keluaran, kosong, rumus.label, contoh)
        kode_label = {nama: i for i, nama in enumerate(rumus.label)}
        kode = np.array([0 if x is None else kode_label[x] for x in keluaran], dtype=np.int64)
        return keluar.label(np, kode, kosong, rumus.label, contoh)
    tulis = getattr(keluar, "angka_kecil", None)
    hasil_ = None if tulis is None else tulis(np, keluaran, kosong, tempat, contoh)
    if hasil_ is None:
        hasil_ = keluar.angka(np, satuan(np, keluaran, tempat), kosong, tempat, contoh)
    return hasil_


def _per_baris(
    rumus: Rumus,
    deret: list[Any],
    periksa: set[int],
    kolom: list[str],
    errors: Errors,
    alasan: dict[int, str] | None,
) -> tuple[list[Any], list[int]]:
    """Each row as the wrapper's row-by-row path computes it: the results (None where
    missing) and the missing rows (bad rows too, with ``errors="null"``)."""
    keluaran: list[Any] = []
    hilang_: list[int] = []
    for i, baris in enumerate(zip(*deret, strict=True)):
        if any(x is None for x in baris):  # (a broadcast value is never None)
            keluaran.append(None)
            hilang_.append(i)
            continue
        try:
            if i in periksa:
                _sel_angka(dict(zip(rumus.argumen, baris, strict=True)), dict.fromkeys(kolom))
            keluaran.append(rumus.skalar(*baris))
        except SakipError as e:
            if errors == "raise":
                raise _di_baris(e, i) from None
            if alasan is not None:
                alasan[i] = str(e)
            keluaran.append(None)
            hilang_.append(i)
    return keluaran, hilang_


def satuan(np: Any, keluaran: list[Decimal | None], tempat: int) -> Any:
    """The results as integer units of ``10**-tempat`` (0 where missing): int64 when every
    one fits, else exact Python ints (as the wrapper's ``ringkas`` keeps them)."""
    kali = _PANGKAT_SEPULUH[tempat]
    bulat = [0 if d is None else int(_KALI(kali, d)) for d in keluaran]
    if not bulat or max(map(abs, bulat)) <= INT64_MAKS:
        return np.array(bulat, dtype=np.int64)
    data = np.empty(len(bulat), dtype=object)
    data[:] = bulat
    return data
