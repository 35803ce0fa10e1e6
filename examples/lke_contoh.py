"""Score a Lembar Kerja Evaluasi (LKE AKIP) and check the figures its report printed.

Run from the repository root: ``uv run python examples/lke_contoh.py``

The same fictitious sheet twice: as CSV (``examples/lke_contoh.csv``, answers only)
and as the TOML shipped with sakip (``sakip.lke.contoh_lembar()``, with the
figures a report printed). Both score the same; the audit names the mistake
behind the printed figures.
"""

from __future__ import annotations

from pathlib import Path

from sakip import bulatkan, lke
from sakip.angka import tulis_desimal

lembar_csv = lke.baca(Path("examples") / "lke_contoh.csv")
lembar = lke.contoh_lembar()

for sisi in lke.Sisi:
    h = lke.hasil(lembar_csv, sisi=sisi)
    print(f"{sisi.value:9}  nilai {tulis_desimal(h.nilai)}  predikat {h.predikat}")
    for k in h.komponen:
        print(f"           {k.kode} {k.nama:40} {tulis_desimal(k.nilai):>6} / {k.bobot}")

same = all(
    lke.hasil(lembar_csv, sisi=s).eksak == lke.hasil(lembar, sisi=s).eksak for s in lke.Sisi
)
print(f"CSV and TOML score the same: {same}")

# Where the evaluator disagreed with the self-assessment, largest first.
terbesar = sorted(lke.selisih(lembar), key=lambda d: d.andil)[:3]
for d in terbesar:
    print(
        f"selisih {d.kode}: {d.mandiri} -> {d.evaluator} ({tulis_desimal(bulatkan(d.andil, 2))} poin)"
    )

# The figures the report printed, checked: which mistake reproduces each wrong one.
for t in lke.periksa(lembar):
    penyebab = t.keterangan.removeprefix("reproduced by: ").split(" (")[0]
    print(f"{t.letak}: printed {t.dicetak}, computed {t.dihitung}; {penyebab}")
