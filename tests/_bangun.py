"""Report data for the tests: a small valid report file (skema 1) as the dict its TOML reads to.

Each function returns a new dict for one table of the report file
(``docs/panduan/format-berkas.md``), filled with defaults that keyword arguments
replace; a keyword given :data:`TANPA` leaves that key out. A test then writes only
what it is about:

>>> from tests._bangun import TANPA, kepala, laporan, program, sub
>>> laporan(laporan=kepala(tahun=2022, skala_predikat=TANPA))["laporan"]
{'instansi': 'Dinas Contoh', 'tahun': 2022, 'judul': 'LKjIP 2022', 'sumber': 'synthetic', 'renstra': [2021, 2026]}
>>> s = sub(pagu=1_000, tw_rp=[0, 100, 0, 800])
>>> s["realisasi_rp"], s["realisasi_k"]
(900, '1')
>>> program()["kegiatan"][0]["sub"][0]["kode"]
'p1.k1.s1'

Nothing here computes what the audit computes: the realisasi of a sub kegiatan is
the sum of its quarters, as it is in every valid report, and a test that wants
another writes it.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import Any, Final

__all__ = [
    "TANPA",
    "angka",
    "indikator",
    "kegiatan",
    "kepala",
    "kolom",
    "lampiran",
    "laporan",
    "program",
    "sub",
    "sub_anggaran",
    "tabel",
]


class _Tanpa(enum.Enum):
    TANPA = "TANPA"


#: Given for a key, leaves the key out of the table (a TOML file has no null to write).
TANPA: Final = _Tanpa.TANPA


def _isi(dasar: Mapping[str, Any], ubah: Mapping[str, Any]) -> dict[str, Any]:
    """``dasar`` with ``ubah`` laid over it (a new key goes last), without the keys given TANPA.

    >>> _isi({"a": 1, "b": 2}, {"b": TANPA, "c": 3})
    {'a': 1, 'c': 3}
    """
    return {k: v for k, v in {**dasar, **ubah}.items() if v is not TANPA}


def _jumlah(tw: Sequence[Any]) -> Any:
    """The sum of four quarters, written as they are: integers, or integer strings.

    >>> _jumlah(["0", "1", "1", "2"]), _jumlah([0, 50, 0, 40])
    ('4', 90)
    >>> _jumlah(["0,5", "0", "0", "0"])
    Traceback (most recent call last):
    ...
    ValueError: quarters ['0,5', '0', '0', '0'] are not all integers or integer strings: give the year's figure
    """
    if all(type(x) is int for x in tw):
        return sum(tw)
    if all(isinstance(x, str) and x.isdigit() for x in tw):
        return str(sum(int(x) for x in tw))
    raise ValueError(
        f"quarters {list(tw)!r} are not all integers or integer strings: give the year's figure"
    )


def kepala(**ubah: Any) -> dict[str, Any]:
    """The ``[laporan]`` table: who reports, for which year, and the scales it rates with.

    ``judul`` follows ``tahun`` unless given.

    >>> kepala(instansi="Dinas Lain", skala_atribut="ATRIBUT_CAPAIAN")["skala_atribut"]
    'ATRIBUT_CAPAIAN'
    """
    tahun = ubah.get("tahun", 2024)
    dasar = {
        "instansi": "Dinas Contoh",
        "tahun": tahun,
        "judul": f"LKjIP {tahun}",
        "sumber": "synthetic",
        "renstra": [2021, 2026],
        "skala_predikat": "PERMENDAGRI_86_2017",
    }
    return _isi(dasar, ubah)


def laporan(**bagian: Any) -> dict[str, Any]:
    """A whole report file: ``skema = 1``, its ``[laporan]`` table, and the parts given.

    >>> laporan(program=[program()])["skema"], sorted(laporan(program=[program()]))
    (1, ['laporan', 'program', 'skema'])
    """
    return _isi({"skema": 1, "laporan": kepala()}, bagian)


def sub_anggaran(kode: str = "p1.k1.s1", **ubah: Any) -> dict[str, Any]:
    """A sub kegiatan with its budget only (no output): ``pagu`` and ``realisasi_rp``.

    >>> sub_anggaran(pagu=5)
    {'kode': 'p1.k1.s1', 'nama': 'Sub', 'pagu': 5, 'realisasi_rp': 0}
    """
    return _isi({"kode": kode, "nama": "Sub", "pagu": 100, "realisasi_rp": 0}, ubah)


def sub(kode: str = "p1.k1.s1", **ubah: Any) -> dict[str, Any]:
    """A full sub kegiatan row: its output (K) and budget (Rp), each by quarter.

    ``realisasi_k`` and ``realisasi_rp`` are the sums of ``tw_k`` and ``tw_rp`` unless given.

    >>> s = sub("p2.k1.s3", tw_k=["0", "2", "1", "4"])
    >>> s["nama"], s["realisasi_k"], s["pagu"], s["realisasi_rp"]
    ('Sub p2.k1.s3', '7', 100, 90)
    """
    tw_k = ubah.get("tw_k", ["0", "0", "0", "1"])
    tw_rp = ubah.get("tw_rp", [0, 0, 0, 90])
    dasar = {
        "kode": kode,
        "nama": f"Sub {kode}",
        "indikator": "Jumlah dokumen",
        "satuan": "Dokumen",
        "target_k": "1",
        "pagu": 100,
        "tw_k": tw_k,
        "tw_rp": tw_rp,
        "realisasi_k": ubah["realisasi_k"] if "realisasi_k" in ubah else _jumlah(tw_k),
        "realisasi_rp": ubah["realisasi_rp"] if "realisasi_rp" in ubah else _jumlah(tw_rp),
    }
    return _isi(dasar, ubah)


def kegiatan(kode: str = "p1.k1", **ubah: Any) -> dict[str, Any]:
    """A kegiatan: one full sub kegiatan (``<kode>.s1``) unless ``sub`` is given.

    >>> kegiatan("p2.k1")["sub"][0]["kode"]
    'p2.k1.s1'
    """
    dasar: dict[str, Any] = {"kode": kode, "nama": "Kegiatan Satu"}
    if "sub" not in ubah:
        dasar["sub"] = [sub(f"{kode}.s1")]
    return _isi(dasar, ubah)


def program(kode: str = "p1", **ubah: Any) -> dict[str, Any]:
    """A program: one kegiatan (``<kode>.k1``) unless ``kegiatan`` is given.

    >>> program(nama="P", kegiatan=[])
    {'kode': 'p1', 'nama': 'P', 'kegiatan': []}
    """
    dasar: dict[str, Any] = {"kode": kode, "nama": "Program Satu"}
    if "kegiatan" not in ubah:
        dasar["kegiatan"] = [kegiatan(f"{kode}.k1")]
    return _isi(dasar, ubah)


def indikator(kode: str = "iku1", **ubah: Any) -> dict[str, Any]:
    """An IKU: its direction, a 2024 target, and that year's realisasi as components.

    >>> indikator(arah="turun")["realisasi"]
    {'2024': {'pembilang': 9, 'penyebut': 10}}
    """
    dasar = {
        "kode": kode,
        "nama": "Persentase dokumen tepat waktu",
        "satuan": "%",
        "arah": "naik",
        "target": {"2024": "90"},
        "realisasi": {"2024": {"pembilang": 9, "penyebut": 10}},
    }
    return _isi(dasar, ubah)


def angka(besaran: str, teks: str, **ubah: Any) -> dict[str, Any]:
    """One figure a table of the main text prints: where, its text, and the quantity it is.

    >>> angka("pagu:p1", "1.000")
    {'baris': 'r', 'kolom': 'k', 'teks': '1.000', 'besaran': 'pagu:p1'}
    """
    return _isi({"baris": "r", "kolom": "k", "teks": teks, "besaran": besaran}, ubah)


def tabel(*isi: dict[str, Any], **ubah: Any) -> dict[str, Any]:
    """A ``[[tabel]]`` of the main text holding the figures ``isi``.

    >>> tabel(angka("pagu:p1", "1"), tabel="Tabel 3.1")["tabel"]
    'Tabel 3.1'
    """
    return _isi({"tabel": "T", "angka": list(isi)}, ubah)


def kolom(judul: str, besaran: str, **ubah: Any) -> dict[str, Any]:
    """One column of ``[lampiran.kolom]``: its printed title and the quantity of its rows.

    >>> kolom("TW {n}", "tw_rp", per_triwulan=True)
    {'judul': 'TW {n}', 'besaran': 'tw_rp', 'per_triwulan': True}
    """
    return _isi({"judul": judul, "besaran": besaran}, ubah)


def lampiran(**ubah: Any) -> dict[str, Any]:
    """The ``[lampiran]`` table: the budget table's name and its columns (``kolom``).

    >>> lampiran(kolom={"pagu": kolom("Pagu", "pagu")})["tabel"]
    'Lampiran'
    """
    return _isi({"tabel": "Lampiran", "kolom": {}}, ubah)
