"""Benchmark: scalar capaian() and Skala.predikat() against their bare baselines.

Run by hand: ``uv run python benchmarks/bench_capaian.py``. Every case and
its baselines are measured in the same run and reported as ratios (machines
are shared and noisy; absolute times mean little). The loop's own cost is
measured and taken out of every figure.

Two baselines for capaian: the bare formula on the int pairs of the int case
(values up to 10**12; the baseline of the goals since the first round), and
the same formula on the case's own values, in the integers of their last
place (the hundredths of the Decimal, str and float cases, up to 10**6):
the integer arithmetic a caller holding those numbers as integers would do.
Small ints are faster to multiply and divide, so the second ratio is the
larger one for the Decimal, str and float cases.

Each ratio is the median over rounds of (case / baseline), the two timed
back to back in CPU time, the order swapped every round so that neither
always runs second; the first and third quartiles of the rounds are printed
beside it. Every function runs once before the rounds (the shared results
are then filled).

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
from typing import Any, NamedTuple, TypeAlias

from sakip import PERMENDAGRI_86_2017, Arah, MetodeTurun, capaian

_N = 10_000


def _terbaik(fungsi: Callable[[], None], number: int = 3, repeat: int = 3) -> float:
    # CPU time of this process: time spent waiting for a shared core is not counted.
    waktu = timeit.repeat(fungsi, number=number, repeat=repeat, timer=time.process_time)
    return min(waktu) / number


def _rasio(
    kasus: tuple[Callable[[], None], Callable[[], None]],
    acuan: list[tuple[Callable[[], None], Callable[[], None]]],
    putaran: int = 15,
) -> tuple[list[tuple[float, float, float]], float]:
    """(median, q1, q3) over rounds of case / baseline for each baseline; the case's time.

    ``kasus`` and each baseline come with the empty loop over their data, whose
    time is taken out of theirs. A shared machine's load drifts: timing a case
    and its baselines side by side, many times, and taking the median ratio is
    steadier than separate bests. The order alternates (the baselines first in
    even rounds, the case first in odd ones), so a drift within a round favours
    neither.
    """
    semua = [kasus, *acuan]
    for fungsi, kosong in semua:  # warm-up, untimed: fills the shared results
        fungsi()
        kosong()
    rasio: list[list[float]] = [[] for _ in acuan]
    waktu: list[float] = []
    for i in range(putaran):
        urutan = semua[::-1] if i % 2 else semua
        bersih = {id(f): _terbaik(f) - _terbaik(kosong) for f, kosong in urutan}
        t_kasus = bersih[id(kasus[0])]
        waktu.append(t_kasus)
        for daftar, (fungsi, _) in zip(rasio, acuan, strict=True):
            daftar.append(t_kasus / bersih[id(fungsi)])
    ringkas = []
    for daftar in rasio:
        q1, q2, q3 = statistics.quantiles(daftar, n=4)
        ringkas.append((q2, q1, q3))
    return ringkas, statistics.median(waktu)


Fungsi: TypeAlias = Callable[[], None]


class Kasus(NamedTuple):
    """One case: the call, its empty loop, its baselines (each with its empty loop), its goal.

    The first baseline is the goal's; a second, when there is one, is the bare
    formula on the case's own values.
    """

    nama: str
    fungsi: Fungsi
    kosong: Fungsi
    acuan: list[tuple[Fungsi, Fungsi]]
    sasaran: str


def kasus_kasus() -> list[Kasus]:
    """Every case, on the same seeded inputs."""
    rng = random.Random(2023)
    pairs = [(rng.randrange(0, 10**12), rng.randrange(1, 10**12)) for _ in range(_N)]
    # results past 200.00: none of them is one of the shared results
    besar = [(3 * t + r, t) for r, t in pairs]
    # the Decimal, str and float cases: these values in hundredths
    sen = [(rng.randrange(0, 10**6), rng.randrange(1, 10**6)) for _ in range(_N)]
    desimal = [(Decimal(r).scaleb(-2), Decimal(t).scaleb(-2)) for r, t in sen]
    teks = [(str(r), str(t)) for r, t in desimal]
    pecahan = [(float(r), float(t)) for r, t in teks]
    hasil = [capaian(realisasi=r, target=t) for r, t in desimal]
    bulat = [rng.randrange(0, 150) for _ in range(_N)]
    tepi = [51, 66, 76, 91]
    tepi_desimal = [Decimal(x) for x in tepi]

    def loop2(data: list[tuple[Any, Any]]) -> Fungsi:
        def jalan() -> None:
            for _r, _t in data:
                pass

        return jalan

    def loop1(data: list[Any]) -> Fungsi:
        def jalan() -> None:
            for _x in data:
                pass

        return jalan

    def bare(data: list[tuple[int, int]]) -> Fungsi:
        def jalan() -> None:
            for r, t in data:
                (20000 * r + t) // (2 * t)

        return jalan

    def bare_bisect(data: list[Any], edges: list[Any]) -> Fungsi:
        def jalan() -> None:
            for x in data:
                bisect_right(edges, x)

        return jalan

    def kasus(data: list[tuple[Any, Any]]) -> Fungsi:
        def jalan() -> None:
            for r, t in data:
                capaian(realisasi=r, target=t)

        return jalan

    def kasus_turun(data: list[tuple[Any, Any]], metode: MetodeTurun | None) -> Fungsi:
        turun = Arah.TURUN

        def jalan() -> None:
            for r, t in data:
                capaian(realisasi=r, target=t, arah=turun, metode=metode)

        return jalan

    def predikat(data: list[Any]) -> Fungsi:
        p = PERMENDAGRI_86_2017.predikat

        def jalan() -> None:
            for x in data:
                p(x)

        return jalan

    dasar = (bare(pairs), loop2(pairs))
    sama_sen = (bare(sen), loop2(sen))
    bisect_int = (bare_bisect(bulat, tepi), loop1(bulat))
    return [
        Kasus("capaian int", kasus(pairs), dasar[1], [dasar], "<= 4x"),
        Kasus(
            "capaian int, results past 200.00",
            kasus(besar),
            loop2(besar),
            [dasar, (bare(besar), loop2(besar))],
            "(reported)",
        ),
        Kasus("capaian Decimal", kasus(desimal), loop2(desimal), [dasar, sama_sen], "<= 10x"),
        Kasus("capaian str", kasus(teks), loop2(teks), [dasar, sama_sen], "<= 10x"),
        Kasus("capaian float", kasus(pecahan), loop2(pecahan), [dasar, sama_sen], "<= 10x"),
        Kasus("capaian int, TURUN", kasus_turun(pairs, None), dasar[1], [dasar], "<= 10x"),
        Kasus(
            "capaian int, TURUN RASIO",
            kasus_turun(pairs, MetodeTurun.RASIO),
            dasar[1],
            [dasar],
            "<= 10x",
        ),
        Kasus(
            "capaian Decimal, TURUN",
            kasus_turun(desimal, None),
            loop2(desimal),
            [dasar, sama_sen],
            "<= 10x",
        ),
        Kasus("predikat int", predikat(bulat), bisect_int[1], [bisect_int], "<= 5x"),
        Kasus(
            "predikat Decimal (capaian)",
            predikat(hasil),
            loop1(hasil),
            [bisect_int],
            "(reported)",
        ),
        Kasus(
            "predikat Decimal, x Decimal bisect",
            predikat(hasil),
            loop1(hasil),
            [(bare_bisect(hasil, tepi_desimal), loop1(hasil))],
            "<= 5x",
        ),
    ]


def _kolom_sama(rasio: list[tuple[float, float, float]]) -> str:
    """The ratio to the bare formula on the case's own values, when it has its own."""
    if len(rasio) < 2:
        return " " * 24
    median, q1, q3 = rasio[1]
    return f"{median:5.1f}x same ({q1:4.1f}-{q3:4.1f})"


def main() -> None:
    print(
        f"{'case':36s} {'ns/call':>8s}  {'x bare (q1-q3)':18s}"
        f"  {'x bare on its own values':24s}  goal"
    )
    for k in kasus_kasus():
        rasio, t = _rasio((k.fungsi, k.kosong), k.acuan)
        median, q1, q3 = rasio[0]
        print(
            f"{k.nama:36s} {t / _N * 1e9:8.1f}  {median:5.1f}x ({q1:4.1f}-{q3:4.1f})"
            f"  {_kolom_sama(rasio)}  (goal {k.sasaran})",
            flush=True,
        )


def _fungsi_semua(kasus: list[Kasus]) -> list[Fungsi]:
    """Every distinct function of the cases, in a fixed order."""
    return list(
        dict.fromkeys(
            f for k in kasus for f in (k.fungsi, k.kosong, *(x for a in k.acuan for x in a))
        )
    )


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
    fungsi = {f: i for i, f in enumerate(_fungsi_semua(kasus))}
    jumlah = {
        f: _instruksi("--satu", str(i), "2") - _instruksi("--satu", str(i), "1")
        for f, i in fungsi.items()
    }

    def bersih(f: Fungsi, kosong: Fungsi) -> int:
        return jumlah[f] - jumlah[kosong]

    for k in kasus:
        per_panggil = bersih(k.fungsi, k.kosong) / _N
        rasio = [bersih(k.fungsi, k.kosong) / bersih(*a) for a in k.acuan]
        sama = f"{rasio[1]:5.1f}x same" if len(rasio) > 1 else ""
        print(
            f"{k.nama:36s} {per_panggil:8.0f} instr/call  {rasio[0]:5.1f}x bare  {sama:11s}"
            f"  (goal {k.sasaran})",
            flush=True,
        )


def _satu(indeks: int, kali: int) -> None:
    """Run the indeks-th distinct function of the cases kali times."""
    fungsi = _fungsi_semua(kasus_kasus())[indeks]
    for _ in range(kali):
        fungsi()


if __name__ == "__main__":
    if sys.argv[1:2] == ["--satu"]:
        _satu(int(sys.argv[2]), int(sys.argv[3]))
    elif sys.argv[1:2] == ["--instruksi"]:
        main_instruksi()
    else:
        main()
