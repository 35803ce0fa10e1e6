"""The structure checks write their findings in the notation of the place they are about.

A lampiran declaring ``pemisah_desimal = "."`` (a rows CSV declaring ``# pemisah_desimal: .``)
has every figure of the findings on its rows written as it prints them ("0.75", "133.33"),
never the Indonesian way ("0,75"); places that declare nothing keep the Indonesian notation.
"""

from __future__ import annotations

import re

from sakip.audit import periksa
from sakip.audit.baris import periksa_csv_teks
from sakip.audit.besaran import Hitung
from sakip.audit.struktur import periksa_struktur
from sakip.audit.temuan import Temuan
from sakip.laporan import dari_dict
from tests._bangun import indikator, kegiatan, kolom, lampiran, laporan, program, sub

#: A number written with a decimal comma ("0,75", "133,33").
_KOMA_DESIMAL = re.compile(r"\d,\d")

_K = {"indikator": "Persentase", "satuan": "%", "target_k": "3"}


def _laporan(pemisah: str | None) -> dict[str, object]:
    """A report with one finding of every kind the structure checks make on the lampiran's
    rows (quarters' K of a program, a kegiatan and a sub kegiatan; quarters' Rp; realisasi
    above pagu; a kegiatan's printed quarters), and on the places that declare no notation
    (belanja, an indicator's breakdown)."""
    s = sub(
        "p1.k1.s1",
        tw_k=["0.5", "0.25", "0", "0"],
        realisasi_k="1.5",
        tw_rp=[1_000_000, 0, 0, 0],
        realisasi_rp=2_000_000,
        pagu=1_500_000,
        tw_pasti=False,
    )
    k = kegiatan(
        "p1.k1",
        sub=[s],
        **_K,
        tw_k=["0.5", "0", "0", "1"],
        realisasi_k="2.5",
        dicetak={"tw": ["1000000", "0", "0", "0"]},
    )
    p = program("p1", kegiatan=[k], **_K, tw_k=["1.5", "0", "0", "0"], realisasi_k="2.25")
    lamp = lampiran(kolom={"tw": kolom("TW {n}", "tw_rp", per_triwulan=True)})
    if pemisah is not None:
        lamp["pemisah_desimal"] = pemisah
    return laporan(
        lampiran=lamp,
        program=[p],
        belanja={"operasi": 1, "modal": 1, "realisasi_operasi": 1, "realisasi_modal": 1},
        indikator=[
            indikator(
                realisasi={"2024": {"pembilang": 9, "penyebut": 10, "rincian_penyebut": {"a": 4}}}
            )
        ],
    )


def _struktur(pemisah: str | None) -> list[Temuan]:
    temuan: list[Temuan] = []
    lap = dari_dict(_laporan(pemisah))
    periksa_struktur(Hitung(lap), temuan.append, {"p1.k1"})
    return temuan


def _jenis(t: Temuan) -> tuple[str, str]:
    return t.aturan, t.letak.rpartition(" / ")[2]


def test_every_structure_finding_of_a_dot_report_is_written_without_a_decimal_comma() -> None:
    temuan = _struktur(".")
    # every kind the structure checks make on a lampiran's rows and on belanja and breakdowns
    assert sorted({_jenis(t) for t in temuan}) == [
        ("anggaran", "Rp"),
        ("angka", "pagu"),
        ("angka", "realisasi"),
        ("rincian", "penyebut"),
        ("triwulan", "K"),
        ("triwulan", "Rp"),
        ("triwulan", "Triwulan 1-4 Rp"),
    ]
    assert sum(_jenis(t) == ("triwulan", "K") for t in temuan) == 3  # program, kegiatan, sub
    for t in temuan:
        for teks in (t.dicetak, t.dihitung, t.rumus, t.keterangan):
            assert not _KOMA_DESIMAL.search(teks), (t.letak, teks)


def test_the_quarters_and_the_budget_are_written_as_a_dot_lampiran_prints() -> None:
    temuan = {(t.aturan, t.letak): t for t in _struktur(".")}
    k = temuan["triwulan", "Lampiran / p1.k1.s1 Sub p1.k1.s1 / K"]
    assert (k.dicetak, k.dihitung) == ("1.5", "0.5 + 0.25 + 0 + 0 = 0.75")
    rp = temuan["triwulan", "Lampiran / p1.k1.s1 Sub p1.k1.s1 / Rp"]
    assert (rp.dicetak, rp.dihitung) == ("2000000", "1000000 + 0 + 0 + 0 = 1000000")
    lebih = temuan["anggaran", "Lampiran / p1.k1.s1 Sub p1.k1.s1 / Rp"]
    assert (lebih.dicetak, lebih.dihitung, lebih.keterangan) == (
        "2000000",
        "pagu 1500000",
        "overspent by 500000 (133.33%)",
    )


def test_a_lampiran_that_declares_no_notation_keeps_the_indonesian_one() -> None:
    for pemisah in (None, ","):
        temuan = {(t.aturan, t.letak): t for t in _struktur(pemisah)}
        k = temuan["triwulan", "Lampiran / p1.k1.s1 Sub p1.k1.s1 / K"]
        assert (k.dicetak, k.dihitung) == ("1,5", "0,5 + 0,25 + 0 + 0 = 0,75")
        lebih = temuan["anggaran", "Lampiran / p1.k1.s1 Sub p1.k1.s1 / Rp"]
        assert lebih.keterangan == "overspent by 500.000 (133,33%)"


def test_the_audit_of_a_dot_report_writes_its_quarters_k_with_a_point() -> None:
    (k,) = [t for t in periksa(dari_dict(_laporan("."))).temuan if t.letak.endswith("s1 / K")]
    assert k.dihitung == "0.5 + 0.25 + 0 + 0 = 0.75"


def test_a_dot_csv_writes_its_quarters_k_with_a_point() -> None:
    h = periksa_csv_teks(
        "# pemisah_desimal: .\n"
        "kode;nama;pagu;realisasi;indikator;satuan;target_k;tw_k_1;tw_k_2;tw_k_3;tw_k_4;"
        "realisasi_k\np1;P;1000;900;Dok;Dok;2;0.5;0.25;0;0;1.5\n",
        berkas="k.csv",
    )
    assert [(t.letak, t.dicetak, t.dihitung) for t in h.temuan] == [
        ("k.csv / row 3 (p1) / K", "1.5", "0.5 + 0.25 + 0 + 0 = 0.75")
    ]
