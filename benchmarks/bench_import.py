"""Benchmark: ``import sakip`` against a bare interpreter start, bytecode compiled.

Run by hand: ``uv run python benchmarks/bench_import.py``. sakip's modules are
compiled to bytecode first (as an installed wheel is), then each command runs
in a fresh interpreter many times, alternating, and the best CPU time of the
children is compared (a shared machine's waiting time is not counted). Goal
(issue 13): ``import sakip`` within 3x of a bare start.
"""

from __future__ import annotations

import compileall
import os
import resource
import subprocess
import sys
from pathlib import Path

import sakip

PERINTAH = {
    "bare interpreter (python -c pass)": "pass",
    "import sakip": "import sakip",
    "from sakip import capaian; one call": "from sakip import capaian; capaian(realisasi=1, target=3)",
    "import sakip + predikat": "import sakip; sakip.PERMENDAGRI_86_2017.predikat(95)",
}


def _cpu_anak(kode: str, env: dict[str, str]) -> float:
    sebelum = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-c", kode], check=True, env=env)
    sesudah = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (sesudah.ru_utime - sebelum.ru_utime) + (sesudah.ru_stime - sebelum.ru_stime)


def main(ulang: int = 15) -> None:
    compileall.compile_dir(Path(sakip.__file__).parent, quiet=1)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for kode in PERINTAH.values():  # warm the file cache and write any bytecode left
        subprocess.run([sys.executable, "-c", kode], check=True, env=env)
    terbaik = dict.fromkeys(PERINTAH, float("inf"))
    for _ in range(ulang):
        for nama, kode in PERINTAH.items():
            terbaik[nama] = min(terbaik[nama], _cpu_anak(kode, env))
    dasar = terbaik["bare interpreter (python -c pass)"]
    for nama, t in terbaik.items():
        print(f"{nama:40s} {t * 1000:8.1f} ms CPU  {t / dasar:5.2f}x bare start")


if __name__ == "__main__":
    main()
