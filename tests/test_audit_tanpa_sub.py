"""A program or kegiatan recorded with no sub kegiatan under it has no pagu, on every path.

Its pagu and realisasi are sums over its sub kegiatan: with none, the report does not give
them, and 0 would stand for them. A review found the printed figures made `tak-terhitung`
but the belanja check, the budget table and the efisiensi table still computing with 0.
"""

from __future__ import annotations

from typing import Any

from sakip.audit import periksa
from sakip.laporan import dari_dict
from tests._bangun import angka, kegiatan, laporan, program, sub, tabel


def _data(**bagian: Any) -> dict[str, Any]:
    return laporan(
        program=[
            program("p1", nama="Program Satu", kegiatan=[]),
            program(
                "p2",
                nama="Program Dua",
                kegiatan=[
                    kegiatan("p2.k1", sub=[sub("p2.k1.s1", pagu=1_000, tw_rp=[0, 0, 0, 900])])
                ],
            ),
        ],
        **bagian,
    )


def test_the_budget_table_shows_no_pagu_for_it_nor_a_total() -> None:
    (t,) = [t for t in periksa(dari_dict(_data())).tabel if t.judul == "Anggaran per program"]
    assert [b[2:] for b in t.baris] == [
        ("-", "-", "-"),
        ("1.000", "900", "90,00"),
        ("-", "-", "-"),
    ]


def test_printed_figures_and_the_belanja_check_are_not_computable() -> None:
    data = _data(
        belanja={"operasi": 600, "modal": 400, "realisasi_operasi": 500, "realisasi_modal": 400},
        tabel=[tabel(angka("pagu:p1", "500"), angka("pagu:total", "1.500"))],
    )
    hasil = periksa(dari_dict(data))
    assert [(t.aturan, t.letak, t.dihitung) for t in hasil.temuan] == [
        ("tak-terhitung", "T / r / k", "tidak terhitung"),
        ("tak-terhitung", "T / r / k", "tidak terhitung"),
        ("tak-terhitung", "belanja operasi + modal / pagu", "tidak terhitung"),
    ]
    assert all("p1 is recorded with no kegiatan under it" in t.keterangan for t in hasil.temuan)
