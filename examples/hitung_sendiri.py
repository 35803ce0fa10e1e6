"""A one-off calculation for a dinas of your own: capaian, predikat, penyerapan, efisiensi.

Run: ``uv run python examples/hitung_sendiri.py``
"""

from __future__ import annotations

import sakip
from sakip.angka import persen, rupiah

# An indicator where higher is better: 412 of 450 households reached.
c = sakip.capaian(realisasi=412, target=450)
print(f"capaian: {persen(c)}  predikat: {sakip.PERMENDAGRI_86_2017.predikat(c)}")

# An indicator where lower is better: the target was at most 7 days, it took 6.5.
# The regulation's formula (PermenPANRB 8/2021) is the default; the other is named.
c_turun = sakip.capaian(realisasi="6.5", target=7, arah=sakip.Arah.TURUN)
c_rasio = sakip.capaian(
    realisasi="6.5", target=7, arah=sakip.Arah.TURUN, metode=sakip.MetodeTurun.RASIO
)
print(f"capaian (lower is better): {persen(c_turun)} (selisih), {persen(c_rasio)} (rasio)")

# The budget of the program behind the first indicator.
pagu, realisasi = 1_250_000_000, 1_087_450_500
serap = sakip.penyerapan(realisasi=realisasi, pagu=pagu)
print(
    f"penyerapan: {persen(serap)}  sisa: {rupiah(sakip.sisa_anggaran(pagu=pagu, realisasi=realisasi))}"
)

# Efficiency as the reports compute it: capaian minus penyerapan.
e = sakip.efisiensi(capaian=c, pagu=pagu, realisasi=realisasi)
print(f"efisiensi: {persen(e.nilai)} ({e.kategori})")

assert str(c) == "91.56"
assert str(c_turun) == "107.14"
assert e.kategori == "Efisien"
