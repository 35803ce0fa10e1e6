"""Benchmark: the column API against the scalar loop, a float formula and bare int64.

Run by hand: ``uv run python benchmarks/bench_kolom.py [rows ...]`` (default 1
and 10 million). Everything is measured in the same run, on the same data, and
reported as rows per second and as ratios (the machine is shared and noisy).
The scalar loop is timed on a 100 000-row sample and scaled.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd
import polars as pl

import sakip
from sakip import PERMENDAGRI_86_2017, kolom


def _waktu(fungsi: Callable[[], Any], ulang: int = 3) -> float:
    terbaik = float("inf")
    for _ in range(ulang):
        mulai = time.perf_counter()
        fungsi()
        terbaik = min(terbaik, time.perf_counter() - mulai)
    return terbaik


def jalankan(n: int) -> None:
    rng = np.random.default_rng(2023)
    realisasi = rng.integers(0, 10**9, size=n, dtype=np.int64)
    target = rng.integers(1, 10**9, size=n, dtype=np.int64)
    sampel = min(n, 100_000)
    r_list, t_list = realisasi[:sampel].tolist(), target[:sampel].tolist()
    r_pd, t_pd = pd.Series(realisasi), pd.Series(target)
    r_pl, t_pl = pl.Series("r", realisasi), pl.Series("t", target)

    hasil: dict[str, float] = {}
    hasil["bare numpy int64 formula"] = n / _waktu(
        lambda: (20000 * realisasi + target) // (2 * target)
    )
    hasil["float formula in pandas (wrong at ties)"] = n / _waktu(
        lambda: (r_pd / t_pd * 100).round(2)
    )
    hasil["sakip.kolom, numpy"] = n / _waktu(lambda: kolom.capaian(realisasi, target))
    hasil["sakip.kolom, pandas"] = n / _waktu(lambda: kolom.capaian(r_pd, t_pd))
    hasil["sakip.kolom, polars"] = n / _waktu(lambda: kolom.capaian(r_pl, t_pl))
    hasil["sakip.kolom, numpy, capaian + predikat"] = n / _waktu(
        lambda: kolom.predikat(PERMENDAGRI_86_2017, kolom.capaian(realisasi, target)), ulang=1
    )
    hasil["sakip.kolom, Python lists, capaian + predikat"] = sampel / _waktu(
        lambda: kolom.predikat(PERMENDAGRI_86_2017, kolom.capaian(r_list, t_list))
    )
    hasil["scalar sakip.capaian in a loop"] = sampel / _waktu(
        lambda: [
            sakip.capaian(realisasi=a, target=b) for a, b in zip(r_list, t_list, strict=True)
        ],
        ulang=1,
    )
    dasar = hasil["bare numpy int64 formula"]
    skalar = hasil["scalar sakip.capaian in a loop"]
    print(f"\n{n:,} rows")
    for nama, per_detik in hasil.items():
        print(
            f"  {nama:48s} {per_detik:14,.0f} rows/s  {dasar / per_detik:7.2f}x bare  {per_detik / skalar:8.1f}x scalar"
        )


if __name__ == "__main__":
    for arg in sys.argv[1:] or ["1000000", "10000000"]:
        jalankan(int(arg))
