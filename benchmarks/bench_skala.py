"""Benchmark: does loading and auditing grow linearly with the report?

Builds synthetic reports at N times the embedded 2023 report (its programs,
kegiatan and sub kegiatan repeated N times under new codes, each with its
printed lampiran figures), and reports, per printed figure, the load time, the
audit time and the peak memory: for a clean copy (the report as published) and
for one where a tenth of the lampiran's printed figures are wrong (each wrong
figure sends the audit looking for an explanation and a twin).

Run by hand: ``uv run python benchmarks/bench_skala.py [N ...]`` (default
``1 10 100``; ``1000`` takes a few minutes). Each size runs in a fresh
interpreter, so that memory peaks do not mix. Times are CPU time of the
process (the machine is shared: wall time measures the neighbours too); a
size under 100x is measured several times and the best kept. Loading and
auditing pause the cyclic garbage collector; the full collection that follows
(the records are walked once) is timed too and shown apart.
"""

from __future__ import annotations

import copy
import gc
import json
import resource
import subprocess
import sys
import time
import tomllib
from importlib.resources import files
from typing import Any


def _mentah() -> dict[str, Any]:
    folder = files("sakip") / "data"
    data = tomllib.loads((folder / "dumai_2023.toml").read_text(encoding="utf-8"))
    lampiran = tomllib.loads((folder / "dumai_2023_lampiran.toml").read_text(encoding="utf-8"))
    data.pop("sertakan")
    data.update(lampiran)
    return data


def _ganti_kode(node: dict[str, Any], awalan: str) -> None:
    node["kode"] = awalan + node["kode"]
    for anak in node.get("kegiatan", []) + node.get("sub", []):
        _ganti_kode(anak, awalan)


def _salah_sepersepuluh(program: list[dict[str, Any]]) -> None:
    n = 0
    for p in program:
        for node in [p, *p["kegiatan"], *(s for k in p["kegiatan"] for s in k["sub"])]:
            for kunci, teks in node.get("dicetak", {}).items():
                n += 1
                if n % 10 == 0:
                    node["dicetak"][kunci] = (
                        ["1", "2", "3", "4"] if isinstance(teks, list) else "12,34"
                    )


def dokumen(kali: int, salah: bool) -> dict[str, Any]:
    """The embedded report's document with its programs repeated ``kali`` times."""
    data = _mentah()
    asli = data["program"]
    program = list(asli)
    for i in range(1, kali):
        salinan = copy.deepcopy(asli)
        for p in salinan:
            p.pop("pagu_awal", None)
            _ganti_kode(p, f"c{i}_")
        program += salinan
    if salah:
        program = copy.deepcopy(program)
        _salah_sepersepuluh(program)
    data["program"] = program
    if "belanja" in data:
        del data["belanja"]  # one belanja for N copies would only add one finding
    return data


def _rss_kb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def ukur(kali: int, salah: bool) -> dict[str, float]:
    """Load and audit one synthetic report; runs inside a fresh interpreter."""
    from sakip.audit import periksa
    from sakip.laporan import dari_dict

    data = dokumen(kali, salah)
    gc.collect()
    rss0 = _rss_kb()
    terbaik: dict[str, float] = {}
    for _ in range(max(1, 30 // kali)):
        t0 = time.process_time()
        lap = dari_dict(data, berkas=f"x{kali}.toml")
        t1 = time.process_time()
        hasil = periksa(lap)
        t2 = time.process_time()
        gc.collect()
        t3 = time.process_time()
        cetakan = sum(1 for _ in lap.semua_cetakan())
        ukuran = {
            "cetakan": cetakan,
            "temuan": len(hasil.temuan),
            "muat_s": t1 - t0,
            "audit_s": t2 - t1,
            "gc_s": t3 - t2,
            "muat_us": (t1 - t0) / cetakan * 1e6,
            "audit_us": (t2 - t1) / cetakan * 1e6,
            "gc_us": (t3 - t2) / cetakan * 1e6,
        }
        if (
            not terbaik
            or ukuran["muat_s"] + ukuran["audit_s"] < terbaik["muat_s"] + terbaik["audit_s"]
        ):
            terbaik = ukuran
        del lap, hasil
    terbaik["memori_b"] = (_rss_kb() - rss0) * 1024 / terbaik["cetakan"]
    return terbaik


def main(argv: list[str]) -> None:
    if argv[:1] == ["--satu"]:
        print(json.dumps(ukur(int(argv[1]), argv[2] == "salah")))
        return
    ukuran = [int(x) for x in argv] or [1, 10, 100]
    hasil: dict[tuple[int, bool], dict[str, float]] = {}
    for kali in ukuran:
        for salah in (False, True):
            keluar = subprocess.run(
                [sys.executable, __file__, "--satu", str(kali), "salah" if salah else "bersih"],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            hasil[kali, salah] = json.loads(keluar)
    print(
        f"{'size':>6} {'copy':6} {'figures':>9} {'findings':>9} {'load s':>7} {'audit s':>8} "
        f"{'gc s':>5} {'load us/fig':>12} {'audit us/fig':>13} {'gc us/fig':>10} {'peak B/fig':>11}"
    )
    for (kali, salah), h in hasil.items():
        print(
            f"{kali:>5}x {'wrong' if salah else 'clean':6} {h['cetakan']:>9.0f} {h['temuan']:>9.0f} "
            f"{h['muat_s']:>7.2f} {h['audit_s']:>8.2f} {h['gc_s']:>5.2f} "
            f"{h['muat_us']:>12.1f} {h['audit_us']:>13.1f} {h['gc_us']:>10.1f} {h['memori_b']:>11.0f}"
        )
    acuan = 10 if 10 in ukuran else ukuran[0]
    print(f"\nratios of time per printed figure to that at {acuan}x:")
    for (kali, salah), h in hasil.items():
        a = hasil[acuan, salah]
        print(
            f"{kali:>5}x {'wrong' if salah else 'clean':6} load {h['muat_us'] / a['muat_us']:5.2f}  "
            f"audit {h['audit_us'] / a['audit_us']:5.2f}  "
            f"load + audit + gc {(h['muat_us'] + h['audit_us'] + h['gc_us']) / (a['muat_us'] + a['audit_us'] + a['gc_us']):5.2f}"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
