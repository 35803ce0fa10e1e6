"""The readers' constructors without checks build the same records as the public ones."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import attrs
import pytest

from sakip import contoh
from sakip.audit import Temuan, Tingkat
from sakip.laporan import Besaran, Cetakan, JenisBesaran, Kegiatan, Program, SubKegiatan
from sakip.laporan._rekam import pembuat, tanpa_periksa

_BESARAN = Besaran(jenis=JenisBesaran.TW_RP, kode=("p1.k1",), triwulan=2)
_CETAKAN = Cetakan(tabel="T", baris="p1 A", kolom="K", teks="1,5", besaran=_BESARAN)
_SUB: dict[str, Any] = {
    "kode": "p1.k1.s1",
    "nama": "S",
    "indikator": "I",
    "satuan": "Dokumen",
    "target_k": Fraction(2),
    "pagu": 100,
    "tw_k": (Fraction(0), Fraction(1), Fraction(1, 2), Fraction(0)),
    "tw_rp": (0, 50, -5, 45),
    "realisasi_k": Fraction(3, 2),
    "realisasi_rp": 90,
    "dicetak": (_CETAKAN,),
}

KASUS: list[tuple[type, dict[str, Any]]] = [
    (Besaran, {"jenis": JenisBesaran.TW_RP, "kode": ("p1.k1",), "triwulan": 2}),
    (Cetakan, {"tabel": "T", "baris": "p1 A", "kolom": "K", "teks": "1,5", "besaran": _BESARAN}),
    (SubKegiatan, _SUB),
    (Kegiatan, {"kode": "p1.k1", "nama": "K", "sub": (SubKegiatan(**_SUB),)}),
    (
        Program,
        {
            "kode": "p1",
            "nama": "P",
            "kegiatan": (Kegiatan(kode="p1.k1", nama="K", sub=(SubKegiatan(**_SUB),)),),
        },
    ),
    (
        Temuan,
        {
            "aturan": "angka",
            "tingkat": Tingkat.RENDAH,
            "letak": "T / r / k",
            "dicetak": "1",
            "dihitung": "2",
            "rumus": "x",
        },
    ),
]


@pytest.mark.parametrize(("kelas", "nilai"), KASUS, ids=[k.__name__ for k, _ in KASUS])
def test_the_same_record_as_the_public_constructor(kelas: type, nilai: dict[str, Any]) -> None:
    cepat: Any = tanpa_periksa(kelas, **nilai)
    biasa = kelas(**nilai)
    assert type(cepat) is kelas
    assert cepat == biasa
    assert hash(cepat) == hash(biasa)
    assert repr(cepat) == repr(biasa)
    # fields outside __init__ (the totals kept by __attrs_post_init__) too
    for a in attrs.fields(kelas):
        assert getattr(cepat, a.name) == getattr(biasa, a.name)


def test_a_record_without_checks_is_still_frozen() -> None:
    c = tanpa_periksa(Cetakan, tabel="T", baris="b", kolom="k", teks="1", besaran=_BESARAN)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        c.teks = "2"  # type: ignore[misc]


def test_a_missing_or_unknown_field_is_a_mistake_of_the_code() -> None:
    buat = pembuat(Cetakan)
    with pytest.raises(TypeError, match="besaran"):
        buat(tabel="T", baris="b", kolom="k", teks="1")
    with pytest.raises(TypeError, match="warna"):
        buat(tabel="T", baris="b", kolom="k", teks="1", besaran=_BESARAN, warna="x")


def test_the_reader_s_records_equal_public_ones() -> None:
    lap = contoh.dumai_2023()
    for p in lap.program:
        assert (
            Program(
                kode=p.kode,
                nama=p.nama,
                kegiatan=p.kegiatan,
                pagu_awal=p.pagu_awal,
                dicetak=tuple(Cetakan(**attrs.asdict(c, recurse=False)) for c in p.dicetak),
            )
            == p
        )
        for s in p.semua_sub():
            assert SubKegiatan(**attrs.asdict(s, recurse=False)) == s


def test_pauses_of_overlapping_threads_give_the_collector_back_at_the_end() -> None:
    """Thread A pauses, B pauses, A ends, B ends: the collector runs again only after B."""
    import gc
    import threading

    from sakip.laporan._rekam import tanpa_gc

    assert gc.isenabled()
    a_masuk, b_masuk, a_selesai = threading.Event(), threading.Event(), threading.Event()
    dilihat: list[bool] = []

    def a() -> None:
        with tanpa_gc():
            a_masuk.set()
            b_masuk.wait(5)
        a_selesai.set()

    def b() -> None:
        a_masuk.wait(5)
        with tanpa_gc():
            b_masuk.set()
            a_selesai.wait(5)
            dilihat.append(gc.isenabled())

    ta, tb = threading.Thread(target=a), threading.Thread(target=b)
    ta.start()
    tb.start()
    ta.join(10)
    tb.join(10)
    assert dilihat == [False]
    assert gc.isenabled()
