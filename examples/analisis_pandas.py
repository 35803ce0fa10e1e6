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

# Exact penyerapan per sub kegiatan; the column carries its unit (hundredths of a
# percent), so predikat reads 9823 as 98.23%. A pagu of 0 has no penyerapan.
alasan: dict[int, str] = {}
df["penyerapan"] = kolom.penyerapan(
    realisasi=df["realisasi"], pagu=df["pagu"], errors="null", alasan=alasan
)
df["predikat"] = kolom.predikat(PERMENDAGRI_86_2017, df["penyerapan"])
print(f"sub kegiatan: {len(df)}, without a penyerapan: {kolom.banyak_hilang(df['penyerapan'])}")
for i, sebab in sorted(alasan.items()):
    print(f"  {df.index[i]}: {sebab.split(';')[0]}")

per_program = df.groupby("program")[["pagu", "realisasi"]].sum()
serap = kolom.penyerapan(realisasi=per_program["realisasi"], pagu=per_program["pagu"])
per_program["penyerapan %"] = kolom.ke_desimal(serap)
per_program["predikat"] = kolom.predikat(PERMENDAGRI_86_2017, serap)
print(per_program.to_string())
print(df["predikat"].value_counts(sort=False).to_string())
