"""Benchmark: importing sakip, and loading and auditing the embedded 2023 report.

Run by hand: ``uv run python benchmarks/bench_audit.py``. Each command runs in
a fresh interpreter, several times; the best time is compared with a bare
interpreter start measured in the same run.
"""

from __future__ import annotations

import subprocess
import sys
import time

PERINTAH = {
    "bare interpreter (python -c pass)": "pass",
    "import sakip": "import sakip",
    "import sakip + load the 2023 report": "import sakip.contoh as c; c.dumai_2023()",
    "import + load + audit": "import sakip.contoh as c, sakip.audit as a; a.periksa(c.dumai_2023())",
}


def _terbaik(kode: str, ulang: int = 7) -> float:
    terbaik = float("inf")
    for _ in range(ulang):
        mulai = time.perf_counter()
        subprocess.run([sys.executable, "-c", kode], check=True)
        terbaik = min(terbaik, time.perf_counter() - mulai)
    return terbaik


def main() -> None:
    waktu = {nama: _terbaik(kode) for nama, kode in PERINTAH.items()}
    dasar = waktu["bare interpreter (python -c pass)"]
    for nama, t in waktu.items():
        print(f"{nama:40s} {t * 1000:8.1f} ms  {t / dasar:5.2f}x bare start")


if __name__ == "__main__":
    main()
