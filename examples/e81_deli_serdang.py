"""Evaluasi Renja (form E.81) straight from an agency's own workbook.

The workbook is the real E.81 of Bappedalitbang Kabupaten Deli Serdang, Renja
2025 at triwulan IV, shipped with sakip. The example reads it, shows a few
rows recomputed exactly, and summarises the audit.

Run: ``uv run python examples/e81_deli_serdang.py``
"""

from __future__ import annotations

from collections import Counter

from sakip import e81
from sakip.angka import persen
from sakip.e81 import Bagian, Kolom
from sakip.e81.penghitungan import tulis

hasil = e81.periksa_berkas(e81.CONTOH_DELI_SERDANG)
tabel = hasil.tabel
print(hasil.judul)
print(f"sheet {hasil.lembar!r}: {len(tabel.baris)} rows, {hasil.diperiksa} cells checked")
print()

# A few rows recomputed: realisasi Renja, realisasi Renstra and tingkat capaian Renstra (K).
for b, h in list(zip(tabel.baris, hasil.hasil, strict=True))[2:6]:
    renja = h.angka(Kolom.REALISASI_RENJA, Bagian.K)
    renstra = h.angka(Kolom.REALISASI_RENSTRA, Bagian.K)
    capaian = h.angka(Kolom.CAPAIAN_RENSTRA, Bagian.K)
    assert renja is not None
    assert renstra is not None
    assert capaian is not None
    print(f"{b.jenjang.label:13s} {b.nama[:44]:44s} [{b.satuan}, {b.konsolidasi.value}]")
    print(
        f"{'':13s} realisasi Renja {tulis(renja):>4s}  "
        f"Renstra {tulis(renstra):>4s}  capaian Renstra {persen(capaian)}"
    )
print()

# The audit, by rule, then the findings that change a conclusion.
for aturan, n in sorted(Counter(t.temuan.aturan for t in hasil.temuan).items()):
    print(f"{aturan:13s} {n:4d}")
print()
for t in hasil.temuan:
    if t.sel in ("R12", "AD14", "AE64"):
        print(
            f"{t.sel}: {t.temuan.aturan}: printed {t.temuan.dicetak}, computed {t.temuan.dihitung}"
        )
        print(f"    {t.temuan.keterangan}")

assert len(hasil.temuan) == 215
