"""Notebook-style analysis with pandas: every sub kegiatan of the 2023 report as a table.

Skipped cleanly when pandas is not installed.
Run: ``uv run python examples/analisis_pandas.py``
"""

from __future__ import annotations

import importlib.util
import sys

if importlib.util.find_spec("pandas") is None:
    print("pandas is not installed; skipping (install the 'pandas' extra to run this example)")
    sys.exit(0)

import pandas as pd

from sakip import PERMENDAGRI_86_2017, contoh, kolom

lap = contoh.dumai_2023()
df = pd.DataFrame(
    [
        {"kode": s.kode, "program": p.kode, "pagu": s.pagu, "realisasi": s.realisasi_rp}
        for p in lap.program
        for s in p.semua_sub()
    ]
).set_index("kode")

# Exact penyerapan per sub kegiatan, in hundredths of a percent; a pagu of 0 has none.
alasan: dict[int, str] = {}
df["penyerapan_x100"] = kolom.penyerapan(
    df["realisasi"], df["pagu"], galat="kosong", alasan=alasan
)
df["predikat"] = kolom.predikat(PERMENDAGRI_86_2017, df["penyerapan_x100"])
print(
    f"sub kegiatan: {len(df)}, without a penyerapan: {kolom.banyak_hilang(df['penyerapan_x100'])}"
)

per_program = df.groupby("program")[["pagu", "realisasi"]].sum()
per_program["penyerapan_x100"] = kolom.penyerapan(per_program["realisasi"], per_program["pagu"])
print(per_program.to_string())
print(df["predikat"].value_counts().sort_index().to_string())
