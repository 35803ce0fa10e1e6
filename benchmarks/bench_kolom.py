"""Benchmark: sakip.kolom on every backend, against the bare int64 formula, in one run.

Run by hand: ``uv run python benchmarks/bench_kolom.py [rows ...]`` (default 1
million). Everything is measured in the same run, on the same data, and
reported as ratios (the machine is shared and noisy); each time is the best of
several runs.

1. capaian, and capaian + predikat, per backend, against the bare numpy int64
   capaian formula ``(20000 * r + t) // (2 * t)`` (goal: within 3x).
2. No cliffs: for every column function on every backend, the clean int64 call
   against the same call with missing values, a float column, a number
   broadcast over the column, and bad rows with ``errors="null"`` (goal: each
   within 3x of its clean call); each case is also shown against the bare
   formula, since a clean call of a few passes (predikat) makes a small base.
3. Python lists, capaian + predikat, in rows per second (goal: 2 million), the
   same with results between 0 and 200.00 as in real reports (reported), and
   the scalar API in a loop for scale.
4. Text columns of plain decimals (a list, pandas object and ``str``, polars
   String), predikat and capaian, against the bare formula and the same call
   on integers (reported).
5. Small tables (10, 100 and 10,000 rows; the first two are an agency's
   indicator table): capaian + predikat per call on each backend against the
   scalar API in a loop, median CPU time of turns (reported; goal about 2x).
6. ``kolom.baca`` of Indonesian text (Rupiah "5.898.976.029", percentages
   "98,48%", a few "Rp 1.000,-" and "-") on every backend, against a bare
   ``[Decimal(x) for x in ...]`` of the same text cleaned beforehand
   (reported).
7. ``kolom.baca`` of Indonesian text by size (1,000, 100,000 and 1 million
   cells), on every backend, against the bare int64 capaian formula on as
   many rows: median CPU time of turns, case and formula back to back
   (``--teks``; reported).
8. The bytes of a list of text cells: ``numpy.array(teks, "S")`` against the
   join-and-gather of ``sakip.kolom._teks`` (one gatherer for lists, numpy,
   pandas and polars text), and the plain-decimal read of the same cells
   (``--bait``; reported).
9. The shim that keeps the positional calls of 0.2.0 until 0.4.0: each column
   function with two or more amounts called by keyword through it, and
   positionally, against the function without it, on numpy columns of 10 and
   100,000 rows (``--usang`` only; goal: a keyword call within the noise).

``--tulisan [rows ...]`` runs section 4 alone at the sizes given (default
200,000 and 1 million); ``--teks [rows ...]`` section 7; ``--kecil`` section 5;
``--bait [rows ...]`` section 8; ``--usang`` section 9.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import numpy as np
import pandas as pd
import polars as pl

import sakip
from sakip import PERMENDAGRI_86_2017, kolom


def _waktu(fungsi: Callable[[], Any], ulang: int = 7) -> float:
    terbaik = float("inf")
    for _ in range(ulang):
        mulai = time.perf_counter()
        fungsi()
        terbaik = min(terbaik, time.perf_counter() - mulai)
    return terbaik


def _bergiliran(fungsi: dict[str, Callable[[], Any]], putaran: int = 9) -> dict[str, float]:
    """Best time of each, measured in turns (a change in the machine's load hits all alike)."""
    terbaik = dict.fromkeys(fungsi, float("inf"))
    for _ in range(putaran):
        for nama, f in fungsi.items():
            mulai = time.perf_counter()
            f()
            terbaik[nama] = min(terbaik[nama], time.perf_counter() - mulai)
    return terbaik


def _kolom(jenis: str, data: Any, persen: bool = False) -> Any:
    """A numpy array as the given backend's column (NaN becomes a missing value).

    Integers with gaps become pandas' nullable Int64 and polars nulls, except a
    percentage column for pandas, which pandas holds as float64 with NaN (an
    unmarked Int64 of percentages is refused, see the docs).
    """
    if jenis == "numpy":
        return data
    if jenis == "pandas":
        if data.dtype.kind == "f" and np.isnan(data).any() and _bulat(data) and not persen:
            bulat = np.where(np.isnan(data), 0, data).astype(np.int64)
            return pd.Series(pd.arrays.IntegerArray(bulat, np.isnan(data)))
        return pd.Series(data)
    if data.dtype.kind == "f" and np.isnan(data).any() and _bulat(data):
        bulat = np.where(np.isnan(data), 0, data).astype(np.int64)
        return pl.Series(bulat).scatter(np.flatnonzero(np.isnan(data)), None)
    return pl.Series(data)


def _panggil(fungsi: Callable[..., Any], **kwargs: Any) -> Callable[[], Any]:
    return lambda: fungsi(**kwargs)


def _capaian_predikat(*, realisasi: Any, target: Any) -> Any:
    return kolom.predikat(PERMENDAGRI_86_2017, kolom.capaian(realisasi=realisasi, target=target))


def _bulat(data: Any) -> bool:
    ada = data[~np.isnan(data)]
    return bool(np.array_equal(ada, np.rint(ada)))


def jalankan(n: int) -> None:
    rng = np.random.default_rng(2023)
    realisasi = rng.integers(0, 10**9, size=n, dtype=np.int64)
    target = rng.integers(1, 10**9, size=n, dtype=np.int64)
    pagu = target + realisasi  # realisasi within pagu
    persen = rng.integers(0, 15_000, size=n, dtype=np.int64)  # capaian in percent
    hilang = realisasi.astype(float)
    hilang[::97] = np.nan  # about 1% missing
    r_float = np.round(rng.random(n) * 200, 2)  # percentages with two places
    target_nol = target.copy()
    target_nol[::101] = 0  # about 1% bad rows
    pagu_nol = pagu.copy()
    pagu_nol[::101] = 0
    nilai_akip = persen % 100  # a 0-100 score, about 1% of it outside the scale
    nilai_akip[::101] = 150

    print(f"\n{n:,} rows")
    calon: dict[str, Callable[[], Any]] = {
        "bare": lambda: (20000 * realisasi + target) // (2 * target)
    }
    for jenis in ("numpy", "pandas", "polars"):
        r, t = _kolom(jenis, realisasi), _kolom(jenis, target)
        calon[f"{jenis} capaian"] = _panggil(kolom.capaian, realisasi=r, target=t)
        calon[f"{jenis} capaian + predikat"] = _panggil(_capaian_predikat, realisasi=r, target=t)
    waktu = _bergiliran(calon)
    bare = waktu["bare"]
    print(f"  bare numpy int64 capaian formula: {n / bare:14,.0f} rows/s")
    print("\n  1. capaian and capaian + predikat, x the bare int64 formula (goal <= 3)")
    for jenis in ("numpy", "pandas", "polars"):
        c = waktu[f"{jenis} capaian"]
        cp = waktu[f"{jenis} capaian + predikat"]
        print(f"     {jenis:7s} capaian {c / bare:5.2f}x   capaian + predikat {cp / bare:5.2f}x")

    print("\n  2. no cliffs: x the same call on clean int64 columns (goal <= 3)")
    sumber = {
        "realisasi": realisasi,
        "target": target,
        "pagu": pagu,
        "persen": persen,
        "hilang": hilang,
        "r_float": r_float,
        "r_float.astype(np.float32)": r_float.astype(np.float32),
        "target_nol": target_nol,
        "pagu_nol": pagu_nol,
        "nilai_akip": nilai_akip,
        "realisasi.astype(float)": realisasi.astype(float),
        "pagu.astype(float)": pagu.astype(float),
        "np.where(np.isnan(hilang), np.nan, persen)": np.where(np.isnan(hilang), np.nan, persen),
    }
    kol = {
        j: {k: _kolom(j, v, persen=k.startswith("np.where")) for k, v in sumber.items()}
        for j in ("numpy", "pandas", "polars")
    }
    kasus: dict[str, Callable[[str], tuple[Callable[[], Any], dict[str, Callable[[], Any]]]]] = {
        "capaian": lambda j: (
            lambda: kolom.capaian(realisasi=kol[j]["realisasi"], target=kol[j]["target"]),
            {
                "missing": lambda: kolom.capaian(
                    realisasi=kol[j]["hilang"], target=kol[j]["target"]
                ),
                "float": lambda: kolom.capaian(
                    realisasi=kol[j]["r_float"], target=kol[j]["target"]
                ),
                "float32": lambda: kolom.capaian(
                    realisasi=kol[j]["r_float.astype(np.float32)"], target=kol[j]["target"]
                ),
                "number": lambda: kolom.capaian(realisasi=kol[j]["realisasi"], target=1_000),
                "bad rows": lambda: kolom.capaian(
                    realisasi=kol[j]["realisasi"], target=kol[j]["target_nol"], errors="null"
                ),
            },
        ),
        "persentase": lambda j: (
            lambda: kolom.persentase(pembilang=kol[j]["realisasi"], penyebut=kol[j]["target"]),
            {
                "missing": lambda: kolom.persentase(
                    pembilang=kol[j]["hilang"], penyebut=kol[j]["target"]
                ),
                "float": lambda: kolom.persentase(
                    pembilang=kol[j]["r_float"], penyebut=kol[j]["target"]
                ),
                "number": lambda: kolom.persentase(pembilang=kol[j]["realisasi"], penyebut=7),
                "bad rows": lambda: kolom.persentase(
                    pembilang=kol[j]["realisasi"], penyebut=kol[j]["target_nol"], errors="null"
                ),
            },
        ),
        "penyerapan": lambda j: (
            lambda: kolom.penyerapan(realisasi=kol[j]["realisasi"], pagu=kol[j]["pagu"]),
            {
                "missing": lambda: kolom.penyerapan(
                    realisasi=kol[j]["hilang"], pagu=kol[j]["pagu"]
                ),
                "float": lambda: kolom.penyerapan(
                    realisasi=kol[j]["realisasi.astype(float)"], pagu=kol[j]["pagu"]
                ),
                "number": lambda: kolom.penyerapan(realisasi=kol[j]["realisasi"], pagu=10**10),
                "bad rows": lambda: kolom.penyerapan(
                    realisasi=kol[j]["realisasi"], pagu=kol[j]["pagu_nol"], errors="null"
                ),
            },
        ),
        "sisa_anggaran": lambda j: (
            lambda: kolom.sisa_anggaran(pagu=kol[j]["pagu"], realisasi=kol[j]["realisasi"]),
            {
                "missing": lambda: kolom.sisa_anggaran(
                    pagu=kol[j]["pagu"], realisasi=kol[j]["hilang"]
                ),
                "float": lambda: kolom.sisa_anggaran(
                    pagu=kol[j]["pagu.astype(float)"], realisasi=kol[j]["realisasi"]
                ),
                "number": lambda: kolom.sisa_anggaran(pagu=10**10, realisasi=kol[j]["realisasi"]),
                "bad rows": lambda: kolom.sisa_anggaran(
                    pagu=kol[j]["pagu_nol"], realisasi=kol[j]["realisasi"], errors="null"
                ),
            },
        ),
        "efisiensi": lambda j: (
            lambda: kolom.efisiensi(
                capaian=kol[j]["persen"], pagu=kol[j]["pagu"], realisasi=kol[j]["realisasi"]
            ),
            {
                "missing": lambda: kolom.efisiensi(
                    capaian=kol[j]["persen"], pagu=kol[j]["pagu"], realisasi=kol[j]["hilang"]
                ),
                "float": lambda: kolom.efisiensi(
                    capaian=kol[j]["r_float"], pagu=kol[j]["pagu"], realisasi=kol[j]["realisasi"]
                ),
                "number": lambda: kolom.efisiensi(
                    capaian=100, pagu=kol[j]["pagu"], realisasi=kol[j]["realisasi"]
                ),
                "bad rows": lambda: kolom.efisiensi(
                    capaian=kol[j]["persen"],
                    pagu=kol[j]["pagu_nol"],
                    realisasi=kol[j]["realisasi"],
                    errors="null",
                ),
            },
        ),
        "predikat": lambda j: (
            lambda: kolom.predikat(PERMENDAGRI_86_2017, kol[j]["persen"]),
            {
                "missing": lambda: kolom.predikat(
                    PERMENDAGRI_86_2017, kol[j]["np.where(np.isnan(hilang), np.nan, persen)"]
                ),
                "float": lambda: kolom.predikat(PERMENDAGRI_86_2017, kol[j]["r_float"]),
                "float32": lambda: kolom.predikat(
                    PERMENDAGRI_86_2017, kol[j]["r_float.astype(np.float32)"]
                ),
                "bad rows": lambda: kolom.predikat(
                    sakip.PERMENPANRB_88_2021, kol[j]["nilai_akip"], errors="null"
                ),
            },
        ),
    }
    terburuk = 0.0
    for nama, buat in kasus.items():
        for jenis in ("numpy", "pandas", "polars"):
            bersih, lain = buat(jenis)
            waktu = _bergiliran({"bare": calon["bare"], "clean": bersih, **lain}, putaran=5)
            dasar = waktu["clean"]
            bare = waktu["bare"]
            rasio = {k: waktu[k] / dasar for k in lain}
            terburuk = max(terburuk, *rasio.values())
            teks = "  ".join(
                f"{k} {v:4.2f}x ({waktu[k] / bare:4.2f}x bare)" for k, v in rasio.items()
            )
            print(f"     {nama:13s} {jenis:7s} clean {dasar / bare:5.2f}x bare   {teks}")
    print(f"     worst no-cliff ratio: {terburuk:.2f}x")

    print("\n  3. Python lists")
    sampel = min(n, 200_000)
    r_list, t_list = realisasi[:sampel].tolist(), target[:sampel].tolist()
    daftar = _bergiliran(
        {
            "lists": lambda: kolom.predikat(
                PERMENDAGRI_86_2017, kolom.capaian(realisasi=r_list, target=t_list)
            )
        }
    )["lists"]
    skalar = _waktu(
        lambda: [
            PERMENDAGRI_86_2017.predikat(sakip.capaian(realisasi=a, target=b))
            for a, b in zip(r_list, t_list, strict=True)
        ],
        ulang=1,
    )
    print(f"     capaian + predikat on lists: {sampel / daftar:12,.0f} rows/s (goal 2,000,000)")
    # realisasi within 30% to 150% of target, as in real reports: every result is one of
    # the shared values 0.00 to 200.00 (the data above put a quarter past 200.00)
    sekitar = (target[:sampel] * np.random.default_rng(7).uniform(0.3, 1.5, sampel)).astype(
        np.int64
    )
    r_dekat = sekitar.tolist()
    dekat = _bergiliran(
        {
            "lists": lambda: kolom.predikat(
                PERMENDAGRI_86_2017, kolom.capaian(realisasi=r_dekat, target=t_list)
            )
        }
    )["lists"]
    print(f"     the same, results 0-200.00:  {sampel / dekat:12,.0f} rows/s (reported)")
    print(f"     the scalar API in a loop:    {sampel / skalar:12,.0f} rows/s")

    tulisan_kolom(realisasi, target, persen, sampel)


def tulisan_kolom(realisasi: Any, target: Any, persen: Any, sampel: int) -> None:
    """Section 4: text columns of plain decimals through the column functions."""
    r_list, t_list = realisasi[:sampel].tolist(), target[:sampel].tolist()
    print(
        "\n  4. text columns (plain decimals, as a CSV read without a dtype gives them; reported)"
    )
    print(f"     {sampel:,} rows")
    teks_p = [f"{x / 100:.2f}" for x in persen[:sampel].tolist()]
    teks_r = [str(x) for x in realisasi[:sampel].tolist()]
    t_np = target[:sampel]
    tulisan = {
        "list": (teks_p, teks_r, t_list, persen[:sampel].tolist(), r_list),
        "pandas object": (
            pd.Series(teks_p, dtype=object),
            pd.Series(teks_r, dtype=object),
            pd.Series(t_np),
            pd.Series(persen[:sampel]),
            pd.Series(realisasi[:sampel]),
        ),
        "pandas str": (
            pd.Series(teks_p, dtype="str"),
            pd.Series(teks_r, dtype="str"),
            pd.Series(t_np),
            pd.Series(persen[:sampel]),
            pd.Series(realisasi[:sampel]),
        ),
        "polars String": (
            pl.Series(teks_p),
            pl.Series(teks_r),
            pl.Series(t_np),
            pl.Series(persen[:sampel]),
            pl.Series(realisasi[:sampel]),
        ),
    }
    for nama, (p_teks, r_teks, t_kol, p_int, r_int) in tulisan.items():
        w = _bergiliran(
            {
                "bare": lambda: (20000 * realisasi[:sampel] + t_np) // (2 * t_np),
                "predikat": lambda: kolom.predikat(PERMENDAGRI_86_2017, p_teks),  # noqa: B023
                "predikat int": lambda: kolom.predikat(PERMENDAGRI_86_2017, p_int),  # noqa: B023
                "capaian": lambda: kolom.capaian(realisasi=r_teks, target=t_kol),  # noqa: B023
                "capaian int": lambda: kolom.capaian(realisasi=r_int, target=t_kol),  # noqa: B023
            },
            putaran=3,
        )
        print(
            f"     {nama:14s} predikat {w['predikat'] / w['bare']:6.1f}x bare"
            f" ({w['predikat'] / w['predikat int']:5.1f}x its int call, "
            f"{w['predikat'] / sampel * 1e9:5.0f} ns a row)   capaian {w['capaian'] / w['bare']:6.1f}x bare"
            f" ({w['capaian'] / w['capaian int']:5.1f}x its int call)"
        )


def kecil(ukuran: tuple[int, ...] = (10, 100, 10_000)) -> None:
    """Small tables: capaian + predikat per call against the scalar API in a loop, by size.

    Sizes 10 and 100 take the row-by-row path of small tables (``sakip.kolom._kecil``),
    10,000 the vectorised one, so the ratios show how each grows. Case and loop run back
    to back, in turns; each is the median of the turns (CPU time of this thread: the
    machine is shared).
    """
    dasar_r = [1529080716, 93568000, 556479000, 3470356630, 92944034, 4000, 5000, 6000, 7000]
    dasar_t = [1539632000, 93568000, 924000000, 3523998700, 93568000, 4100, 5200, 6100, 7300]
    print(
        "\n  5. small tables: capaian + predikat per call, x the scalar API in a loop (reported)"
    )
    for n in ukuran:
        r = (dasar_r * (n // len(dasar_r) + 1))[:n]
        t = (dasar_t * (n // len(dasar_t) + 1))[:n]
        fungsi: dict[str, Callable[[], Any]] = {
            "loop": lambda r=r, t=t: [  # type: ignore[misc]
                PERMENDAGRI_86_2017.predikat(sakip.capaian(realisasi=a, target=b))
                for a, b in zip(r, t, strict=True)
            ]
        }
        for jenis, buat in (
            ("list", list),
            ("numpy", np.array),
            ("pandas", pd.Series),
            ("polars", pl.Series),
        ):
            a, b = buat(r), buat(t)
            fungsi[jenis] = lambda a=a, b=b: _capaian_predikat(realisasi=a, target=b)  # type: ignore[misc]
        median = _median_bergiliran(fungsi, ulang=max(1, 2000 // n))
        teks = "  ".join(f"{j} {median[j] / median['loop']:5.2f}x" for j in fungsi if j != "loop")
        print(f"     {n:6,d} rows: loop {median['loop'] * 1e6:9.1f} us   {teks}")


def _median_bergiliran(
    fungsi: dict[str, Callable[[], Any]], ulang: int, putaran: int = 9
) -> dict[str, float]:
    """Median CPU time (this thread) of one call of each, measured in turns."""
    waktu: dict[str, list[float]] = {nama: [] for nama in fungsi}
    for f in fungsi.values():
        f()  # warm: adapters imported, tables built
    for _ in range(putaran):
        for nama, f in fungsi.items():
            mulai = time.thread_time()
            for _ in range(ulang):
                f()
            waktu[nama].append((time.thread_time() - mulai) / ulang)
    return {nama: statistics.median(w) for nama, w in waktu.items()}


def teks_indonesia(n: int) -> None:
    """kolom.baca of a text column against Decimal() of the text cleaned beforehand."""
    rng = np.random.default_rng(2023)
    rupiah = rng.integers(10**6, 10**10, size=n).tolist()
    persen = rng.integers(0, 20_000, size=n).tolist()
    kolom_teks = {
        "Rupiah": [f"{x:,}".replace(",", ".") for x in rupiah],
        "percent": [f"{x // 100},{x % 100:02d}%" for x in persen],
    }
    bersih = {"Rupiah": [str(x) for x in rupiah], "percent": [f"{x / 100:.2f}" for x in persen]}
    # a few cells of the other shapes, read one by one
    lain = kolom_teks["Rupiah"]
    for i in range(0, n, 1000):
        lain[i] = "Rp 1.000,-"
    print(
        f"\n  6. kolom.baca of {n:,} text cells, x a bare [Decimal(x) for x in cleaned] (reported)"
    )
    for nama, teks in kolom_teks.items():
        wadah = {
            "list": teks,
            "numpy object": np.array(teks, dtype=object),
            "pandas str": pd.Series(teks, dtype="str"),
            "polars String": pl.Series(teks),
        }
        calon: dict[str, Callable[[], Any]] = {
            "bare": lambda b=bersih[nama]: [Decimal(x) for x in b]  # type: ignore[misc]
        }
        for j, w in wadah.items():
            calon[j] = lambda w=w: kolom.baca(w)  # type: ignore[misc]
        waktu = _bergiliran(calon, putaran=3)
        teks_ = "  ".join(f"{j} {waktu[j] / waktu['bare']:4.2f}x" for j in wadah)
        print(f"     {nama:8s} bare {waktu['bare'] / n * 1e9:5.0f} ns a row   {teks_}")


def teks_per_ukuran(ukuran: tuple[int, ...] = (1_000, 100_000, 1_000_000)) -> None:
    """kolom.baca of Indonesian text by size, x the bare int64 formula on as many rows.

    Three columns as LKjIP tables print them: Rupiah ("5.898.976.029", one cell in
    a thousand "Rp 1.000,-" and one "-", read with ``kosong=0``), percentages
    ("98,48%") and plain decimals ("98.48", read with ``pemisah_desimal="."``).
    Each backend's call and the formula run back to back, in turns; each figure
    is the median of the turns (CPU time of this thread: the machine is shared).
    """
    print("\n  7. kolom.baca of Indonesian text, x the bare int64 formula on as many rows")
    for n in ukuran:
        rng = np.random.default_rng(2023)
        rupiah = rng.integers(10**6, 10**10, size=n)
        persen = rng.integers(0, 20_000, size=n)
        target = rng.integers(1, 10**9, size=n, dtype=np.int64)
        teks_r = [f"{x:,}".replace(",", ".") for x in rupiah.tolist()]
        for i in range(0, n, 1000):
            teks_r[i] = "Rp 1.000,-"
            teks_r[min(i + 500, n - 1)] = "-"
        kolom_teks: dict[str, tuple[list[str], dict[str, Any]]] = {
            "Rupiah": (teks_r, {"kosong": 0}),
            "percent": ([f"{x // 100},{x % 100:02d}%" for x in persen.tolist()], {}),
            "decimal point": (
                [f"{x // 100}.{x % 100:02d}" for x in persen.tolist()],
                {"pemisah_desimal": "."},
            ),
        }
        for nama, (teks, pilihan) in kolom_teks.items():
            wadah = {
                "list": teks,
                "numpy object": np.array(teks, dtype=object),
                "pandas str": pd.Series(teks, dtype="str"),
                "polars String": pl.Series(teks),
            }
            fungsi: dict[str, Callable[[], Any]] = {
                "bare": lambda r=rupiah, t=target: (20000 * r + t) // (2 * t)  # type: ignore[misc]
            }
            for j, w in wadah.items():
                fungsi[j] = lambda w=w, p=pilihan: kolom.baca(w, **p)  # type: ignore[misc]
            putaran = 9 if n <= 100_000 else 3
            median = _median_bergiliran(fungsi, ulang=max(1, 100_000 // n), putaran=putaran)
            teks_ = "  ".join(f"{j} {median[j] / median['bare']:6.1f}x" for j in wadah)
            print(f"     {n:>9,d} {nama:13s} {teks_}")


def bait_teks(ukuran: tuple[int, ...] = (1_000, 100_000, 1_000_000)) -> None:
    """Section 8: the bytes of a list of text cells, two ways, and the whole plain-decimal read.

    ``numpy.array(teks, "S")`` (each cell encoded alone, padded to the widest, then
    transposed: how ``sakip.kolom._teks`` gathered a list's bytes before issue 13's ninth
    round) against the join-and-gather that polars String columns use
    (``_teks.bait_daftar`` then ``_teks.kumpul_bait``); and ``_teks.baca`` of the same
    cells, all against the bare int64 capaian formula on as many rows. Median CPU time of
    turns (reported).
    """
    from sakip.kolom import _teks

    print("\n  8. bytes of a list of text cells (plain decimals), x the bare formula (reported)")
    rng = np.random.default_rng(2023)
    for n in ukuran:
        persen = rng.integers(0, 20_000, size=n)
        teks = [f"{x / 100:.2f}" for x in persen.tolist()]
        rupiah = rng.integers(10**6, 10**10, size=n)
        target = rupiah + 1

        def satu_satu(teks: list[str] = teks) -> Any:
            # the gathering of the eighth round's _teks._baca_blok: the cells joined by NUL
            # (where each ends: the widest), then numpy.array(teks, "S"), transposed
            gabung = "\x00".join(teks)
            assert gabung.isascii()
            data = np.frombuffer(gabung.encode("ascii"), dtype=np.uint8)
            batas = np.flatnonzero(data == 0)
            lebar = int(np.diff(batas, prepend=-1, append=data.size).max()) - 1
            kar = np.array(teks, dtype=f"S{lebar}").view(np.uint8).reshape(len(teks), lebar)
            return np.ascontiguousarray(kar.T)

        fungsi: dict[str, Callable[[], Any]] = {
            "bare": lambda r=rupiah, t=target: (20000 * r + t) // (2 * t),  # type: ignore[misc]
            "array S": satu_satu,
            "join+gather": lambda teks=teks: _teks.kumpul_bait(  # type: ignore[misc]
                np, *_teks.bait_daftar(np, teks), 20
            ),
            "_teks.baca": lambda teks=teks: _teks.baca(np, teks),  # type: ignore[misc]
        }
        putaran = 9 if n <= 100_000 else 3
        median = _median_bergiliran(fungsi, ulang=max(1, 100_000 // n), putaran=putaran)
        teks_ = "  ".join(f"{j} {median[j] / median['bare']:6.1f}x" for j in fungsi if j != "bare")
        sama = median["join+gather"] / median["array S"]
        print(f"     {n:>9,d} cells  {teks_}   join+gather / array S {sama:5.2f}")


def posisi_usang(ukuran: tuple[int, ...] = (10, 100_000)) -> None:
    """The shim that keeps the positional calls of 0.2.0 until 0.4.0 (``kolom._posisi_usang``).

    Each column function with two or more amounts, called by keyword through the shim,
    against the function it wraps (``__wrapped__``: the function without the shim) on the
    same numpy columns, in turns (median CPU time of this thread); and the deprecated
    positional call, its warning silenced, against the same. Remove with the shim in 0.4.0.
    """
    import warnings

    rng = np.random.default_rng(2023)
    print("\n  9. the positional-call shim: keyword call / the function without it (numpy)")
    for n in ukuran:
        r = rng.integers(0, 10**9, size=n, dtype=np.int64)
        t = rng.integers(1, 10**9, size=n, dtype=np.int64)
        kata: dict[str, dict[str, Any]] = {
            "capaian": {"realisasi": r, "target": t},
            "persentase": {"pembilang": r, "penyebut": t},
            "penyerapan": {"realisasi": r, "pagu": r + t},
            "sisa_anggaran": {"pagu": r + t, "realisasi": r},
            "efisiensi": {"capaian": r % 15_000, "pagu": r + t, "realisasi": r},
        }
        for nama, kw in kata.items():
            f: Any = getattr(kolom, nama)
            args = tuple(kw.values())
            fungsi: dict[str, Callable[[], Any]] = {
                "tanpa": lambda f=f, kw=kw: f.__wrapped__(**kw),  # type: ignore[misc]
                "kata": lambda f=f, kw=kw: f(**kw),  # type: ignore[misc]
                "posisi": lambda f=f, args=args: f(*args),  # type: ignore[misc]
            }
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                median = _median_bergiliran(fungsi, ulang=max(1, 20_000 // n), putaran=15)
            print(
                f"     {n:>7,d} rows {nama:14s} without the shim {median['tanpa'] * 1e6:9.1f} us"
                f"   keyword {median['kata'] / median['tanpa']:5.3f}x"
                f"   positional {median['posisi'] / median['tanpa']:5.3f}x"
            )


if __name__ == "__main__":
    if sys.argv[1:] == ["--usang"]:  # section 9 alone
        posisi_usang()
        sys.exit()
    if sys.argv[1:2] == ["--bait"]:  # section 8 alone, at the sizes given
        bait_teks(tuple(int(a) for a in sys.argv[2:]) or (1_000, 100_000, 1_000_000))
        sys.exit()
    if sys.argv[1:] == ["--kecil"]:  # section 5 alone
        kecil()
        sys.exit()
    if sys.argv[1:2] == ["--tulisan"]:  # section 4 alone, at the sizes given
        for arg in sys.argv[2:] or ["200000", "1000000"]:
            n = int(arg)
            rng = np.random.default_rng(2023)
            tulisan_kolom(
                rng.integers(0, 10**9, size=n, dtype=np.int64),
                rng.integers(1, 10**9, size=n, dtype=np.int64),
                rng.integers(0, 15_000, size=n, dtype=np.int64),
                n,
            )
        sys.exit()
    if sys.argv[1:2] == ["--teks"]:  # section 7 alone, at the sizes given
        teks_per_ukuran(tuple(int(a) for a in sys.argv[2:]) or (1_000, 100_000, 1_000_000))
        sys.exit()
    for arg in sys.argv[1:] or ["1000000"]:
        jalankan(int(arg))
        teks_indonesia(int(arg))
    kecil()
    teks_per_ukuran()
    bait_teks()
