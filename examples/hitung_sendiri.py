"""A one-off calculation for a dinas of your own: capaian and predikat.

Run: ``uv run python examples/hitung_sendiri.py``
"""

from __future__ import annotations

import sakip

# An indicator where higher is better: 412 of 450 households reached.
c = sakip.capaian(realisasi=412, target=450)
print(f"capaian: {c}%  predikat: {sakip.PERMENDAGRI_86_2017.predikat(c)}")

# An indicator where lower is better: the target was at most 7 days, it took 6.5.
c_turun = sakip.capaian(realisasi="6.5", target=7, arah=sakip.Arah.TURUN)
print(f"capaian (lower is better): {c_turun}%")
assert str(c) == "91.56"
assert str(c_turun) == "107.14"
