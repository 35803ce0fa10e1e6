"""Benchmark: scalar capaian() and Skala.predikat() against their bare baselines.

Run by hand: ``uv run python benchmarks/bench_capaian.py``. Every case and
its baseline are measured in the same run, on the same inputs, and reported
as a ratio (machines are shared and noisy; absolute times mean little). The
loop's own cost is measured and taken out of every figure.

Goals (issue 13): capaian on ints within 4x of the bare integer formula; on
Decimal, str, float and ``Arah.TURUN`` within 10x (results from 0.00 to
200.00 are shared Decimals, built once: the case "results past 200.00" shows
the int call when no result is shared); ``Skala.predikat`` within
5x of a bare ``bisect`` over the same values (int values against int edges,
Decimal values against Decimal edges).
"""

from __future__ import annotations

import random
import statistics
import time
import timeit
from bisect import bisect_right
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from sakip import PERMENDAGRI_86_2017, Arah, MetodeTurun, capaian

_N = 10_000


def _terbaik(fungsi: Callable[[], None], number: int = 3, repeat: int = 3) -> float:
    # CPU time of this process: time spent waiting for a shared core is not counted.
    waktu = timeit.repeat(fungsi, number=number, repeat=repeat, timer=time.process_time)
    return min(waktu) / number


def _rasio(
    kasus: Callable[[], None],
    acuan: Callable[[], None],
    kosong: Callable[[], None],
    putaran: int = 9,
) -> tuple[float, float]:
    """Median over rounds of (case / baseline), each round timing both back to back.

    A shared machine's load drifts: timing a case and its baseline side by side,
    many times, and taking the median ratio is steadier than two separate bests.
    """
    rasio: list[float] = []
    waktu: list[float] = []
    for _ in range(putaran):
        dasar = _terbaik(kosong)
        t_acuan = _terbaik(acuan) - dasar
        t_kasus = _terbaik(kasus) - dasar
        rasio.append(t_kasus / t_acuan)
        waktu.append(t_kasus)
    return statistics.median(rasio), statistics.median(waktu)


def main() -> None:
    rng = random.Random(2023)
    pairs = [(rng.randrange(0, 10**12), rng.randrange(1, 10**12)) for _ in range(_N)]
    # results past 200.00: none of them is one of the shared results
    besar = [(3 * t + r, t) for r, t in pairs]
    desimal = [
        (Decimal(rng.randrange(0, 10**6)).scaleb(-2), Decimal(rng.randrange(1, 10**6)).scaleb(-2))
        for _ in range(_N)
    ]
    teks = [(str(r), str(t)) for r, t in desimal]
    pecahan = [(float(r), float(t)) for r, t in teks]
    hasil = [capaian(realisasi=r, target=t) for r, t in desimal]
    bulat = [rng.randrange(0, 150) for _ in range(_N)]
    tepi = [51, 66, 76, 91]

    def loop2() -> None:
        for _r, _t in pairs:
            pass

    def loop1() -> None:
        for _x in bulat:
            pass

    def bare() -> None:
        for r, t in pairs:
            (20000 * r + t) // (2 * t)

    def bare_bisect() -> None:
        for x in bulat:
            bisect_right(tepi, x)

    tepi_desimal = [Decimal(x) for x in tepi]

    def bare_bisect_desimal() -> None:
        for x in hasil:
            bisect_right(tepi_desimal, x)

    def kasus(data: list[tuple[Any, Any]]) -> Callable[[], None]:
        def jalan() -> None:
            for r, t in data:
                capaian(realisasi=r, target=t)

        return jalan

    def kasus_turun(data: list[tuple[Any, Any]], metode: MetodeTurun | None) -> Callable[[], None]:
        turun = Arah.TURUN

        def jalan() -> None:
            for r, t in data:
                capaian(realisasi=r, target=t, arah=turun, metode=metode)

        return jalan

    def predikat(data: list[Any]) -> Callable[[], None]:
        p = PERMENDAGRI_86_2017.predikat

        def jalan() -> None:
            for x in data:
                p(x)

        return jalan

    baris: list[tuple[str, Callable[[], None], Callable[[], None], str]] = [
        ("capaian int", kasus(pairs), bare, "<= 4x"),
        ("capaian int, results past 200.00", kasus(besar), bare, "(reported)"),
        ("capaian Decimal", kasus(desimal), bare, "<= 10x"),
        ("capaian str", kasus(teks), bare, "<= 10x"),
        ("capaian float", kasus(pecahan), bare, "<= 10x"),
        ("capaian int, TURUN", kasus_turun(pairs, None), bare, "<= 10x"),
        (
            "capaian int, TURUN RASIO",
            kasus_turun(pairs, MetodeTurun.RASIO),
            bare,
            "<= 10x",
        ),
        ("capaian Decimal, TURUN", kasus_turun(desimal, None), bare, "<= 10x"),
        ("predikat int", predikat(bulat), bare_bisect, "<= 5x"),
        ("predikat Decimal (capaian)", predikat(hasil), bare_bisect, "(reported)"),
        ("predikat Decimal, x Decimal bisect", predikat(hasil), bare_bisect_desimal, "<= 5x"),
    ]
    for nama, fungsi, acuan, sasaran in baris:
        kosong = loop2 if acuan is bare else loop1
        rasio, t = _rasio(fungsi, acuan, kosong)
        print(f"{nama:36s} {t / _N * 1e9:8.1f} ns/call  {rasio:5.1f}x bare  (goal {sasaran})")


if __name__ == "__main__":
    main()
