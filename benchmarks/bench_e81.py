"""Benchmark: reading and auditing an E.81 workbook of 10,000 rows, against openpyxl's own load.

Run by hand: ``uv run python benchmarks/bench_e81.py [rows]``. A workbook is
generated with :func:`sakip.e81.tulis_xlsx` (programs, kegiatan and sub
kegiatan with live formulas and stored values), then timed, best of a few
runs each:

* openpyxl's ``load_workbook`` (one load, the baseline);
* ``sakip.e81.baca_xlsx`` (two loads, values and formulas, and the records);
* ``sakip.e81.periksa`` on the records (the audit alone);
* on the Deli Serdang workbook, the scan of the XML parts before openpyxl
  (cells counted, tokens bounded by ``MAKS_TOKEN`` and ``MAKS_TOKEN_LAMBAT``)
  and the check of the cells' stored texts, against ``baca_xlsx`` with both
  turned off;
* the growth of ``sakip.e81.periksa`` with the summary rows: the Sukabumi 2018
  table's second program (a program, two kegiatan, three summary rows) repeated
  n and 4n times, the ratio of the two audit times (about 4 when the audit grows
  linearly, 16 when quadratically).

Times are reported as ratios to the baseline measured in the same run.

The summary rows' growth (one run, 2 shared cores, 2026-11-30): 300 and 1,200
programs (1,800 and 7,200 rows, data and summary), 1.96 s and 7.02 s, ratio 3.6.
Before the program above a summary cell was found by a search of the sorted
program rows (it scanned every row, per cell): 150 and 600 programs, 1.64 s and
17.28 s, ratio 10.6.

One run (2 shared cores, 2026-11-29), 10,000 rows: ``baca_xlsx`` 2.31x
openpyxl's load (two loads are 2x by themselves), ``periksa`` 0.81x, read +
audit 3.12x. The scan before openpyxl on the Deli Serdang workbook (one run, 2
shared cores, 2000 rows run): 8.9 ms, 0.011x ``baca_xlsx`` without it (809 ms);
``baca_xlsx`` with it 1.03x (noise included); the cell count alone, before the
token bounds were added, took 9.9 ms. With the parts chosen by content type and
relationship, the slow tokens' total and the cells' stored texts checked before
openpyxl (one run, 2 shared cores, the test suite running beside it,
2026-11-30): scan 11.0 ms (0.017x), cells' check 33.6 ms (0.053x), ``baca_xlsx``
with both 1.03x.
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path

import attrs
import openpyxl

from sakip import e81
from sakip.e81 import Bagian, Baris, BarisRingkasan, Isian, Jenjang, Kolom, TabelE81, berkas_xlsx
from sakip.e81.model import KOLOM_TRIWULAN, Sel

SUKABUMI = (
    Path(__file__).parent.parent / "tests" / "data" / "e81" / "e81_sukabumi_bappeda_2018.xlsx"
)
_SEL_A1 = re.compile(r"(\$?[A-Z]{1,3}\$?)([0-9]+)")


def tabel(banyak: int) -> TabelE81:
    """A table of about ``banyak`` rows: programs of 10 kegiatan of 8 sub kegiatan."""
    baris: list[Baris] = []
    n = 0
    while len(baris) < banyak:
        n += 1
        baris.append(
            Baris(
                jenjang=Jenjang.PROGRAM, nama=f"Program {n}", indikator="Indeks", satuan="Indeks"
            )
        )
        for k in range(10):
            baris.append(
                Baris(
                    jenjang=Jenjang.KEGIATAN,
                    nama=f"Kegiatan {n}.{k}",
                    indikator="Persentase",
                    satuan="%",
                )
            )
            for s in range(8):
                isi = {
                    (Kolom.TARGET_RENSTRA, Bagian.K): Isian(nilai=Fraction(20)),
                    (Kolom.TARGET_RENSTRA, Bagian.RP): Isian(nilai=Fraction(400_000_000 + s)),
                    (Kolom.REALISASI_RENSTRA_LALU, Bagian.K): Isian(nilai=Fraction(8)),
                    (Kolom.REALISASI_RENSTRA_LALU, Bagian.RP): Isian(nilai=Fraction(150_000_000)),
                    (Kolom.TARGET_RENJA, Bagian.K): Isian(nilai=Fraction(4)),
                    (Kolom.TARGET_RENJA, Bagian.RP): Isian(nilai=Fraction(80_000_000)),
                }
                for q, kolom in enumerate(KOLOM_TRIWULAN):
                    isi[(kolom, Bagian.K)] = Isian(nilai=Fraction(1))
                    isi[(kolom, Bagian.RP)] = Isian(nilai=Fraction(19_000_000 + q * 1_000 + s))
                baris.append(
                    Baris(
                        jenjang=Jenjang.SUB_KEGIATAN,
                        nama=f"Sub kegiatan {n}.{k}.{s}",
                        indikator="Jumlah dokumen",
                        satuan="Dok",
                        isian=isi,
                    )
                )
    return TabelE81(judul="Benchmark", baris=tuple(baris[:banyak]))


def _terbaik(f: Callable[[], object], ulang: int = 3) -> float:
    terbaik = float("inf")
    for _ in range(ulang):
        mulai = time.perf_counter()
        f()
        terbaik = min(terbaik, time.perf_counter() - mulai)
    return terbaik


def main() -> None:
    banyak = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as d:
        path = e81.tulis_xlsx(tabel(banyak), Path(d) / "e81.xlsx")
        dibaca = e81.baca_xlsx(path)
        temuan = e81.periksa(dibaca).temuan
        assert temuan == (), temuan[:3]
        dasar = _terbaik(lambda: openpyxl.load_workbook(path))
        baca = _terbaik(lambda: e81.baca_xlsx(path))
        audit = _terbaik(lambda: e81.periksa(dibaca))
    print(f"{len(dibaca.baris)} rows")
    for nama, t in (
        ("openpyxl load_workbook (baseline)", dasar),
        ("sakip.e81.baca_xlsx (2 loads + records)", baca),
        ("sakip.e81.periksa (audit)", audit),
        ("read + audit", baca + audit),
    ):
        print(f"{nama:42s} {t:8.2f} s  {t / dasar:5.2f}x openpyxl load")
    pindai()
    tumbuh()


def _geser(isi: Isian, d: int) -> Isian:
    """A cell ``d`` rows lower, its formula's rows with it."""
    rumus = isi.rumus and _SEL_A1.sub(lambda m: f"{m.group(1)}{int(m.group(2)) + d}", isi.rumus)
    sel = isi.sel and attrs.evolve(isi.sel, baris=isi.sel.baris + d)
    return attrs.evolve(isi, rumus=rumus, sel=sel)


def tabel_ringkasan(program: int) -> TabelE81:
    """The Sukabumi 2018 table's rows 42-47 (a program, two kegiatan, three summary rows)
    repeated ``program`` times, 6 rows apart."""
    asli = e81.baca_xlsx(SUKABUMI)
    baris: list[Baris] = []
    ringkasan: list[BarisRingkasan] = []
    for k in range(program):
        d = 6 * k
        for b in asli.baris:
            if b.sel_nama is not None and 42 <= b.sel_nama.baris <= 44:
                sel: Sel = attrs.evolve(b.sel_nama, baris=b.sel_nama.baris + d)
                isian = {kunci: _geser(isi, d) for kunci, isi in b.isian.items()}
                baris.append(attrs.evolve(b, sel_nama=sel, isian=isian))
        for r in asli.ringkasan:
            if 45 <= r.baris <= 47:
                isian = {kunci: _geser(isi, d) for kunci, isi in r.isian.items()}
                ringkasan.append(attrs.evolve(r, baris=r.baris + d, isian=isian, sel_label=None))
    return attrs.evolve(asli, baris=tuple(baris), ringkasan=tuple(ringkasan))


def tumbuh(program: int = 300) -> None:
    """The audit's time at ``program`` and 4 times as many programs with summary rows."""
    kecil, besar = tabel_ringkasan(program), tabel_ringkasan(4 * program)
    t_kecil = _terbaik(lambda: e81.periksa(kecil))
    t_besar = _terbaik(lambda: e81.periksa(besar), ulang=1)
    print(
        f"summary rows: periksa of {len(kecil.baris) + len(kecil.ringkasan)} rows "
        f"{t_kecil:6.2f} s, of {len(besar.baris) + len(besar.ringkasan)} rows {t_besar:6.2f} s: "
        f"ratio {t_besar / t_kecil:4.1f} (4 is linear, 16 quadratic)"
    )


def pindai() -> None:
    """The scan of the XML parts before openpyxl (parts chosen, cells counted, tokens
    bounded) and the check of the cells' stored texts, on the Deli Serdang workbook:
    their time against ``baca_xlsx`` with both turned off."""
    path = e81.CONTOH_DELI_SERDANG
    berkas = str(path)
    data = path.read_bytes()
    asli, asli_sel = berkas_xlsx._periksa_banyak_sel, berkas_xlsx._sel_salah
    scan = _terbaik(lambda: asli(data, berkas), ulang=10)
    sel = _terbaik(lambda: asli_sel(data, berkas, 259), ulang=10)
    berkas_xlsx._periksa_banyak_sel = lambda *_: 0
    berkas_xlsx._sel_salah = lambda *_: None
    try:
        tanpa = _terbaik(lambda: e81.baca_xlsx(path), ulang=5)
    finally:
        berkas_xlsx._periksa_banyak_sel, berkas_xlsx._sel_salah = asli, asli_sel
    dengan = _terbaik(lambda: e81.baca_xlsx(path), ulang=5)
    print(f"Deli Serdang: baca_xlsx without the scan {tanpa * 1000:7.1f} ms (baseline)")
    print(f"  the scan alone                         {scan * 1000:7.1f} ms  {scan / tanpa:5.3f}x")
    print(f"  the cells' check alone                 {sel * 1000:7.1f} ms  {sel / tanpa:5.3f}x")
    print(
        f"  baca_xlsx with the scan                {dengan * 1000:7.1f} ms  {dengan / tanpa:5.3f}x"
    )


if __name__ == "__main__":
    main()
