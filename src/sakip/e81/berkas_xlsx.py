"""Read an E.81 workbook (``.xlsx``): the values Excel stored and the formulas.

openpyxl (the ``xlsx`` extra: ``pip install sakip[xlsx]``) is imported on
first use, never by ``import sakip``. The workbook is loaded twice: once for
the values Excel stored (``data_only=True``), once for the formulas, so that
the audit can compare a stored value with its recomputation and also say
whether the cell was typed or computed.

Reading is bounded, and refuses before doing the work:

* a file larger than :data:`MAKS_BYTE` (20 MiB), or whose parts unpack to
  more than :data:`MAKS_TERURAI` (200 MiB), a guard against zip bombs;
* a sheet with more than :data:`MAKS_BARIS` rows (100,000) or
  :data:`MAKS_KOLOM` columns (200).

A file that is not a zip, or a zip that is not a workbook, raises
:class:`~sakip.errors.ReportFormatError`, as does every cell that cannot be
read (naming the sheet and the cell).
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import attrs

from sakip.e81 import _susun
from sakip.e81.layout import Lembar, SelMentah, TataLetak, kenali
from sakip.e81.model import Bagian, Kolom, TabelE81
from sakip.errors import InvalidTypeError, ReportFormatError
from sakip.laporan.berkas import periksa_berkas_biasa

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

__all__ = ["MAKS_BARIS", "MAKS_BYTE", "MAKS_KOLOM", "MAKS_TERURAI", "baca_xlsx", "muat_lembar"]

#: The largest file read, in bytes.
MAKS_BYTE: Final = 20 * 2**20
#: The largest total size of the workbook's parts once unpacked, in bytes.
MAKS_TERURAI: Final = 200 * 2**20
#: The most rows a sheet may have.
MAKS_BARIS: Final = 100_000
#: The most columns a sheet may have.
MAKS_KOLOM: Final = 200

_ATURAN: Final = "Office Open XML workbook (.xlsx), read by openpyxl"


def _galat(berkas: str, letak: str, expected: str, value: object) -> ReportFormatError:
    return ReportFormatError(
        berkas=berkas, letak=letak, expected=expected, value=value, rule=_ATURAN
    )


def _openpyxl() -> Any:
    try:
        import openpyxl
    except ImportError as e:  # pragma: no cover - the extra is installed in CI
        raise ImportError("reading .xlsx needs openpyxl: pip install 'sakip[xlsx]'") from e
    return openpyxl


def _periksa_berkas(path: Path, berkas: str) -> None:
    periksa_berkas_biasa(path, berkas, maks=MAKS_BYTE)
    if not zipfile.is_zipfile(path):
        raise _galat(berkas, "<file>", "must be an .xlsx workbook (a zip archive)", "not a zip")
    try:
        with zipfile.ZipFile(path) as z:
            nama = set(z.namelist())
            terurai = sum(i.file_size for i in z.infolist())
    except (zipfile.BadZipFile, OSError) as e:
        raise _galat(berkas, "<file>", "must be a readable zip archive", str(e)) from None
    if "[Content_Types].xml" not in nama or "xl/workbook.xml" not in nama:
        raise _galat(
            berkas, "<file>", "must be an .xlsx workbook (xl/workbook.xml missing)", "another zip"
        )
    if terurai > MAKS_TERURAI:
        raise _galat(berkas, "<file>", f"must unpack to at most {MAKS_TERURAI} bytes", terurai)


def _kunci_isian(sel: Any) -> object:
    f = sel.fill
    if f is None or not f.fill_type:
        return None
    w = f.fgColor
    return (f.fill_type, w.type, getattr(w, w.type, None) if w.type else None, w.tint)


def _grid(
    nilai: Worksheet, rumus: Worksheet, berkas: str, maks_baris: int, maks_kolom: int
) -> Lembar:
    nama = str(nilai.title)
    if nilai.max_row > maks_baris or nilai.max_column > maks_kolom:
        raise _galat(
            berkas,
            f"'{nama}'!{nilai.max_row}:{nilai.max_column}",
            f"must have at most {maks_baris} rows and {maks_kolom} columns",
            f"{nilai.max_row} rows, {nilai.max_column} columns",
        )
    baris: list[tuple[SelMentah, ...]] = []
    for v_baris, f_baris in zip(
        nilai.iter_rows(values_only=True), rumus.iter_rows(values_only=True), strict=True
    ):
        cells: list[SelMentah] = []
        for v, f in zip(v_baris, f_baris, strict=True):
            teks_f = getattr(f, "text", f)  # an ArrayFormula carries its text
            r = teks_f if isinstance(teks_f, str) and teks_f.startswith("=") else None
            cells.append(SelMentah(nilai=v, rumus=r) if (v is not None or r) else _KOSONG)
        baris.append(tuple(cells))
    gabungan = tuple(
        (g.min_row, g.min_col, g.max_row, g.max_col) for g in nilai.merged_cells.ranges
    )
    return Lembar(nama=nama, berkas=berkas, sel=tuple(baris), gabungan=gabungan)


_KOSONG: Final = SelMentah()


def _dengan_gaya(lembar: Lembar, tata: TataLetak, ws: Worksheet) -> Lembar:
    """Add the styles the reader needs: the names' fill and indent, the % formats."""
    c_nama = tata.kolom_teks[Kolom.URAIAN]
    c_persen = {c for (_, b), c in tata.kolom.items() if b is Bagian.PERSEN}
    baris = list(lembar.sel)
    for r in range(tata.baris_awal, len(baris) + 1):
        row = list(baris[r - 1])
        for c in (c_nama, *c_persen):
            if c > len(row):
                continue
            s = ws.cell(row=r, column=c)
            if c == c_nama:
                row[c - 1] = attrs.evolve(
                    row[c - 1],
                    isian_warna=_kunci_isian(s),
                    inden=int(s.alignment.indent or 0),
                )
            else:
                row[c - 1] = attrs.evolve(row[c - 1], format_persen="%" in (s.number_format or ""))
        baris[r - 1] = tuple(row)
    return attrs.evolve(lembar, sel=tuple(baris))


def muat_lembar(
    path: str | os.PathLike[str],
    *,
    lembar: str | None = None,
    maks_baris: int = MAKS_BARIS,
    maks_kolom: int = MAKS_KOLOM,
) -> tuple[Lembar, TataLetak]:
    """Load a workbook's E.81 sheet as a raw grid with its recognised layout.

    Args:
        path: the ``.xlsx`` file.
        lembar: the sheet's name; default: the first sheet whose layout is
            recognised.
        maks_baris: the most rows a sheet may have.
        maks_kolom: the most columns a sheet may have.

    Raises:
        ReportFormatError: see the module; when no sheet is recognised, the
            error of the first sheet.

    Examples:
        >>> from sakip.e81 import CONTOH_DELI_SERDANG
        >>> lembar, tata = muat_lembar(CONTOH_DELI_SERDANG)
        >>> lembar.nama, tata.baris_keterangan, tata.nomor[Kolom.REALISASI_RENJA]
        ('Realisasi TW IV', 8, 13)
    """
    if not isinstance(path, (str, os.PathLike)):
        raise InvalidTypeError(field="path", value=path, expected="must be a path")
    p = Path(path)
    berkas = str(path)
    _periksa_berkas(p, berkas)
    openpyxl = _openpyxl()
    try:
        wb_nilai = openpyxl.load_workbook(p, data_only=True)
        wb_rumus = openpyxl.load_workbook(p, data_only=False)
    except Exception as e:  # openpyxl raises many types on a broken workbook
        raise _galat(
            berkas, "<file>", "must be a readable .xlsx workbook", repr(e)[:200]
        ) from None
    try:
        nama_lembar = list(wb_nilai.sheetnames)
        if lembar is not None:
            if lembar not in nama_lembar:
                raise _galat(
                    berkas, repr(lembar), "must name a sheet of the workbook", nama_lembar
                )
            nama_lembar = [lembar]
        pertama: ReportFormatError | None = None
        for nama in nama_lembar:
            ws = wb_nilai[nama]
            grid = _grid(ws, wb_rumus[nama], berkas, maks_baris, maks_kolom)
            try:
                tata = kenali(grid)
            except ReportFormatError as e:
                pertama = pertama or e
                continue
            return _dengan_gaya(grid, tata, ws), tata
        assert pertama is not None
        raise pertama
    finally:
        wb_nilai.close()
        wb_rumus.close()


def baca_xlsx(
    path: str | os.PathLike[str],
    *,
    lembar: str | None = None,
    maks_baris: int = MAKS_BARIS,
    maks_kolom: int = MAKS_KOLOM,
) -> TabelE81:
    """Baca (read) the E.81 table of a workbook into typed records.

    Args:
        path: the ``.xlsx`` file.
        lembar: the sheet's name; default: the first sheet recognised.
        maks_baris: the most rows a sheet may have (default
            :data:`MAKS_BARIS`).
        maks_kolom: the most columns a sheet may have (default
            :data:`MAKS_KOLOM`).

    Returns:
        The :class:`~sakip.e81.model.TabelE81`, every number with the cell it
        came from, its stored value and its formula.

    Raises:
        ReportFormatError: not a workbook, too large, no E.81 layout, or a
            cell that cannot be read, naming the sheet and the cell.

    Sumber:
        Permendagri 86/2017, Lampiran, form E.81, as quoted in LKjIP Dumai 2023
        and as printed in real E.81 workbooks (the lampiran itself was not read).

    Examples:
        >>> from sakip.e81 import CONTOH_DELI_SERDANG
        >>> t = baca_xlsx(CONTOH_DELI_SERDANG)
        >>> len(t.baris), t.baris[0].jenjang.label, t.baris[0].nama
        (103, 'urusan', 'UNSUR PENUNJANG URUSAN PEMERINTAHAN')
        >>> ab = t.baris[4].isi(Kolom.REALISASI_RENJA, Bagian.K)
        >>> ab.sel.a1, ab.rumus, ab.nilai
        ('AB15', '=P15+S15+V15+Y15', Fraction(4, 1))
    """
    grid, tata = muat_lembar(path, lembar=lembar, maks_baris=maks_baris, maks_kolom=maks_kolom)
    return _susun.tabel(
        grid,
        tata,
        judul=_susun.judul(grid, tata.baris_keterangan),
        batas_baris=maks_baris,
        rumus_terbaca=True,
    )
