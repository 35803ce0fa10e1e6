"""Benchmark: capaian() on int inputs against the bare inline integer formula.

Run by hand: ``uv run python benchmarks/bench_capaian.py``. Both are measured
in the same run, on the same inputs, and reported as a ratio (machines are
shared and noisy; absolute times mean little). Goal: ratio <= 8.
"""

from __future__ import annotations

import random
import timeit

from sakip import capaian


def main() -> None:
    rng = random.Random(2023)
    pairs = [(rng.randrange(0, 10**12), rng.randrange(1, 10**12)) for _ in range(10_000)]

    def bare() -> None:
        for r, t in pairs:
            (20000 * r + t) // (2 * t)

    def sakip_capaian() -> None:
        for r, t in pairs:
            capaian(realisasi=r, target=t)

    def loop_only() -> None:
        for _r, _t in pairs:
            pass

    n = 20
    base = min(timeit.repeat(loop_only, number=n, repeat=5))
    t_bare = min(timeit.repeat(bare, number=n, repeat=5)) - base
    t_sakip = min(timeit.repeat(sakip_capaian, number=n, repeat=5)) - base
    calls = n * len(pairs)
    print(f"bare integer formula: {t_bare / calls * 1e9:8.1f} ns/call")
    print(f"sakip.capaian:        {t_sakip / calls * 1e9:8.1f} ns/call")
    print(f"ratio: {t_sakip / t_bare:.1f}x (goal: <= 8x)")


if __name__ == "__main__":
    main()
