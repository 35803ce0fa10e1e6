"""Tampil (render) an E.81 audit as text or markdown, for people.

Rendering only: every figure shown was computed by :mod:`sakip.e81.pemeriksaan`.
"""

from __future__ import annotations

from collections import Counter

from sakip._tabel import KATA, banyak, kepala_temuan, sel_markdown, tabel_markdown
from sakip.e81.pemeriksaan import HasilE81
from sakip.errors import InvalidTypeError

__all__ = ["markdown", "teks"]


def _periksa_jenis(hasil: object) -> HasilE81:
    if not isinstance(hasil, HasilE81):
        raise InvalidTypeError(field="hasil", value=hasil, expected="must be a HasilE81")
    return hasil


def _ringkas(hasil: HasilE81) -> list[str]:
    per_aturan = Counter(t.temuan.aturan for t in hasil.temuan)
    return [f"{a}: {n}" for a, n in sorted(per_aturan.items())]


def _satuan(hasil: HasilE81) -> str:
    """The unit of the table's Rp amounts, as the header line names it ("" in full Rupiah)."""
    s = hasil.tabel.satuan_rupiah
    return "" if s == "rupiah" else f"; Rp in {s} rupiah (satuan_rupiah = '{s}')"


def _ringkasan(hasil: HasilE81) -> list[str]:
    """The summary rows inside the table, then which of their cells were audited (an average,
    a predikat ladder) and which not.

    Examples:
        >>> from sakip import e81
        >>> h = e81.periksa(e81.TabelE81(judul="", baris=(), ringkasan=(
        ...     e81.BarisRingkasan(baris=38, label="Rata-rata capaian kinerja (%)"),
        ...     e81.BarisRingkasan(baris=39, label=""))))
        >>> for baris in _ringkasan(h):
        ...     print(baris)
        summary rows: 38 'Rata-rata capaian kinerja (%)', 39
        summary cells checked: (none)
        summary cells not checked: (none)
    """
    r = hasil.tabel.ringkasan
    if not r:
        return []
    daftar = ", ".join(f"{b.baris} {b.label!r}" if b.label else str(b.baris) for b in r)
    diperiksa = ", ".join(x.a1 for x in hasil.ringkasan_diperiksa) or "(none)"
    tidak = ", ".join(x.a1 for x in hasil.ringkasan_tidak) or "(none)"
    return [
        f"summary rows: {daftar}",
        f"summary cells checked: {diperiksa}",
        f"summary cells not checked: {tidak}",
    ]


def _hitungan(hasil: HasilE81) -> str:
    """The counts: the table's rows, the cells checked, the findings.

    Examples:
        >>> from sakip import e81
        >>> _hitungan(e81.periksa_berkas(e81.CONTOH_DELI_SERDANG))
        '103 rows, 1318 cells checked, 215 findings'
    """
    return (
        f"{banyak(len(hasil.tabel.baris), 'row')}, "
        f"{banyak(hasil.diperiksa, 'cell')} checked, {banyak(len(hasil.temuan), 'finding')}"
    )


def teks(hasil: HasilE81) -> str:
    """The audit as plain text: the source, the counts, then one finding per line.

    Examples:
        >>> from sakip import e81
        >>> print(teks(e81.periksa_berkas(e81.CONTOH_DELI_SERDANG)).splitlines()[0])
        Evaluasi Renja (E.81): Evaluasi Terhadap Hasil RKPD / Kabupaten Deli Serdang / Tahun 2025
    """
    h = _periksa_jenis(hasil)
    baris = [
        f"Evaluasi Renja (E.81): {h.judul}",
        f"file: {h.berkas or '-'}; sheet: {h.lembar or '-'}{_satuan(h)}",
        _hitungan(h),
        *_ringkasan(h),
    ]
    if h.temuan:
        baris.append("by rule: " + ", ".join(_ringkas(h)))
    for t in h.temuan:
        tm = t.temuan
        letak = f"{t.sel} " if t.sel else ""
        baris.append(
            f"[{tm.tingkat.value}] {letak}{tm.aturan}: "
            f"{KATA['dicetak']} {tm.dicetak}, {KATA['dihitung']} {tm.dihitung}"
            + (f"; {tm.rumus}" if tm.rumus else "")
            + (f" -- {tm.keterangan}" if tm.keterangan else "")
        )
    return "\n".join(baris) + "\n"


def _md(x: str) -> str:
    """Text read from a workbook as Markdown text: one line, ``|`` escaped, never HTML."""
    return sel_markdown(x)


def markdown(hasil: HasilE81) -> str:
    """The audit as a markdown table.

    Examples:
        >>> from sakip import e81
        >>> md = markdown(e81.periksa_berkas(e81.CONTOH_DELI_SERDANG))
        >>> md.splitlines()[0]
        '# Evaluasi Renja (E.81): Evaluasi Terhadap Hasil RKPD / Kabupaten Deli Serdang / Tahun 2025'
    """
    h = _periksa_jenis(hasil)
    baris = [
        f"# Evaluasi Renja (E.81): {_md(h.judul)}",
        "",
        f"File `{h.berkas or '-'}`, sheet `{h.lembar or '-'}`{_satuan(h)}: {_hitungan(h)}.",
        "",
        *(f"- {_md(r)}." for r in _ringkasan(h)),
        *([""] if h.tabel.ringkasan else []),
        *tabel_markdown(
            kepala_temuan(
                "sel", "aturan", "tingkat", "dicetak", "dihitung", "rumus", "keterangan"
            ),
            [],
            _md,
        ),
    ]
    for t in h.temuan:
        tm = t.temuan
        baris.append(
            f"| {t.sel} | {tm.aturan} | {tm.tingkat.value} | {_md(tm.dicetak)} | {_md(tm.dihitung)} "
            f"| {_md(tm.rumus)} | {_md(tm.keterangan)} |"
        )
    return "\n".join(baris) + "\n"
