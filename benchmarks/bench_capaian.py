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

import os
import random
import re
import statistics
import subprocess
import sys
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


def kasus_kasus() -> list[
    tuple[str, Callable[[], None], Callable[[], None], Callable[[], None], str]
]:
    """Every case: (name, case, baseline, empty loop, goal), on the same seeded inputs."""
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
    return [
        (nama, fungsi, acuan, loop2 if acuan is bare else loop1, sasaran)
        for nama, fungsi, acuan, sasaran in baris
    ]


def main() -> None:
    for nama, fungsi, acuan, kosong, sasaran in kasus_kasus():
        rasio, t = _rasio(fungsi, acuan, kosong)
        print(f"{nama:36s} {t / _N * 1e9:8.1f} ns/call  {rasio:5.1f}x bare  (goal {sasaran})")


def _instruksi(*argumen: str) -> int:
    """Instructions run by this script with the given arguments, counted by callgrind."""
    hasil = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            sys.executable,
            __file__,
            *argumen,
        ],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    cocok = re.search(r"Collected : (\d+)", hasil.stderr)
    assert cocok is not None, hasil.stderr[-2000:]
    return int(cocok.group(1))


def main_instruksi() -> None:
    """The same ratios in instructions (callgrind): steady on a shared machine.

    Each function runs in its own process, once to warm up and once more:
    the second run's instructions are the difference between the two
    processes.
    Instructions are not time (a cache miss or a mispredicted branch costs
    no instruction), so these ratios show the work done, not the wait.
    """
    kasus = kasus_kasus()
    fungsi = {f: i for i, f in enumerate(dict.fromkeys(x for k in kasus for x in k[1:4]))}
    jumlah = {
        f: _instruksi("--satu", str(i), "2") - _instruksi("--satu", str(i), "1")
        for f, i in fungsi.items()
    }
    for nama, f, acuan, kosong, sasaran in kasus:
        per_panggil = (jumlah[f] - jumlah[kosong]) / _N
        rasio = (jumlah[f] - jumlah[kosong]) / (jumlah[acuan] - jumlah[kosong])
        print(f"{nama:36s} {per_panggil:8.0f} instr/call  {rasio:5.1f}x bare  (goal {sasaran})")


def _satu(indeks: int, kali: int) -> None:
    """Run the indeks-th distinct function of the cases kali times."""
    kasus = kasus_kasus()
    fungsi = list(dict.fromkeys(x for k in kasus for x in k[1:4]))[indeks]
    for _ in range(kali):
        fungsi()


if __name__ == "__main__":
    if sys.argv[1:2] == ["--satu"]:
        _satu(int(sys.argv[2]), int(sys.argv[3]))
    elif sys.argv[1:2] == ["--instruksi"]:
        main_instruksi()
    else:
        main()
