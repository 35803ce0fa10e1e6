"""What the rows CSV reader and the audit's CSV readers share: reading a source, its columns.

Private: used by :mod:`sakip.laporan.berkas_csv` (the reader of budget and indicator
rows), :mod:`sakip.audit.baris` (the audit of a rows CSV) and
:mod:`sakip.audit.jenis_csv` (which tells a rows CSV from an E.81 one), so that the
three read a file, split a header and name the columns one way.

Examples:
    >>> kolom_kepala("Kode; Nama ;PAGU;realisasi")
    ('kode', 'nama', 'pagu', 'realisasi')
    >>> KOLOM_CSV["anggaran"][0]
    ('kode', 'nama', 'pagu', 'realisasi')
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Final

from sakip._pemisah import pemisah_kolom
from sakip.errors import InvalidTypeError, ReportFormatError
from sakip.laporan.berkas import MAKS_BERKAS, SIMPAN_UTF8, baca_teks, ke_path
from sakip.laporan.rekaman import KELUARAN

__all__ = ["KOLOM_CSV", "KOLOM_LALU", "KOLOM_TW_K", "kolom_kepala", "sumber_csv"]


def sumber_csv(sumber: object, berkas: str | None = None) -> tuple[str, str]:
    """The name and the text of a CSV source, without a byte order mark: a path (read by
    :func:`sakip.laporan.berkas.baca_teks`, bounded) or a text stream (read bounded, named
    ``berkas``, ``"<csv>"`` by default)."""
    if isinstance(sumber, io.TextIOBase) or (
        hasattr(sumber, "read")
        and not isinstance(sumber, (io.RawIOBase, io.BufferedIOBase))
        and isinstance(getattr(sumber, "encoding", ""), str)
        and not isinstance(sumber, (str, Path))
    ):
        try:
            teks = sumber.read(MAKS_BERKAS + 1)
        except UnicodeDecodeError as e:  # the stream's encoding is not the file's
            raise ReportFormatError(
                berkas=berkas or "<csv>",
                letak="-",
                expected=f"must be text in the stream's encoding ({e.encoding}): {e.reason} "
                f"at byte {e.start + 1} of a read; open the file with the encoding it is "
                f"saved in, or {SIMPAN_UTF8['.csv']}",
                value=e.object[e.start : e.end],
            ) from None
        except (OSError, ValueError) as e:
            raise ReportFormatError(
                berkas=berkas or "<csv>", letak="-", expected="must be readable text", value=str(e)
            ) from None
        if not isinstance(teks, str):
            raise InvalidTypeError(
                field="sumber",
                value=sumber,
                expected="must be a text stream (open the file in text mode)",
            )
        if len(teks) > MAKS_BERKAS:
            raise ReportFormatError(
                berkas="<csv>",
                letak="-",
                expected=f"must be at most {MAKS_BERKAS} characters",
                value="more",
            )
        return berkas or "<csv>", teks.removeprefix("\ufeff")
    path = ke_path(sumber, "sumber")
    return path.name, baca_teks(path, nama=path.name)


#: The columns of a budget row's quarterly K, triwulan I first: the model's ``tw_k``
#: (:class:`sakip.laporan.SubKegiatan`), one column per quarter as a spreadsheet holds it.
KOLOM_TW_K: Final = ("tw_k_1", "tw_k_2", "tw_k_3", "tw_k_4")

#: The columns of a budget row's Renstra realisasi up to last year (form E.81, column 7),
#: named as the model's fields (:class:`sakip.laporan.SubKegiatan`): K, and Rupiah.
KOLOM_LALU: Final = ("realisasi_lalu_k", "realisasi_lalu_rp")

#: The columns of each kind of rows CSV: (required, optional), as its reader takes them.
#: A budget row's K columns are named as the model's fields and the TOML keys are
#: (:data:`sakip.laporan.KELUARAN`, ``tw_k``, ``konsolidasi``, :data:`KOLOM_LALU`,
#: ``konsolidasi_renstra``: the rule across years, apart from the quarters' rule);
#: ``k_persen_dicetak``, ``rpjmd_k_dicetak`` and ``rpjmd_rp_dicetak`` are the figures the
#: row printed for the quantities ``k_persen``, ``rpjmd_k`` and ``rpjmd_rp`` (its K % and
#: its Renstra realisasi up to this year, form E.81 column 14), as ``penyerapan_dicetak``
#: is its printed penyerapan.
KOLOM_CSV: Final[Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]]] = MappingProxyType(
    {
        "anggaran": (
            ("kode", "nama", "pagu", "realisasi"),
            (
                "penyerapan_dicetak",
                *KELUARAN[:3],
                *KOLOM_TW_K,
                *KELUARAN[3:],
                "konsolidasi",
                *KOLOM_LALU,
                "konsolidasi_renstra",
                "k_persen_dicetak",
                "rpjmd_k_dicetak",
                "rpjmd_rp_dicetak",
            ),
        ),
        "indikator": (
            ("kode", "nama", "arah", "target", "realisasi"),
            ("metode", "capaian_dicetak", "predikat_dicetak"),
        ),
    }
)


def kolom_kepala(baris: str) -> tuple[str, ...]:
    """The column names of a rows CSV's header line, split by its own separator as the
    readers split it, stripped and lowercased (none when the line is not valid CSV)."""
    try:
        sel = next(csv.reader([baris], delimiter=pemisah_kolom(baris), strict=True), [])
    except csv.Error:
        sel = []
    return tuple(s.strip().lower() for s in sel)
