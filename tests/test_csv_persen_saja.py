"""Budget rows CSV: a row that prints only its percentage (or nothing) leaves pagu and realisasi
blank, and stands for the sums of the rows nested under it."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sakip.angka import bilangan
from sakip.audit import periksa_baris, periksa_berkas
from sakip.errors import InvalidValueError, ReportFormatError
from sakip.laporan import BarisAnggaran, baca_csv_anggaran

KEPALA = "kode;nama;pagu;realisasi;penyerapan_dicetak\n"
#: Tabel 19 of Setda Sumut 2021 in its shape: a program printing only its percentage, kegiatan
#: printing nothing, sub kegiatan with their amounts (rounded figures, not the real ones).
SUMUT = (
    "p1;Program;;;{program}\n"
    "p1.k1;Kegiatan A;;;\n"
    "p1.k1.s1;Sub A;100;90;90\n"
    "p1.k2;Kegiatan B;;;\n"
    "p1.k2.s1;Sub B;200;150;75\n"
    "p1.k2.s2;Sub C;100;70;70\n"
)


def _baca(isi: str) -> list[BarisAnggaran]:
    return baca_csv_anggaran(io.StringIO(KEPALA + isi), berkas="anggaran.csv")


def _audit(isi: str) -> list[tuple[str, str, str | None, str]]:
    temuan = periksa_baris(_baca(isi), berkas="anggaran.csv")
    return [(t.aturan, t.letak, t.dicetak, t.dihitung) for t in temuan]


# -- reading -----------------------------------------------------------------------------


def test_a_blank_pair_is_read_as_no_amount() -> None:
    program, kegiatan, *_ = _baca(SUMUT.format(program="77,5"))
    assert (program.pagu, program.realisasi, program.penyerapan_dicetak) == (None, None, "77,5")
    assert (kegiatan.pagu, kegiatan.realisasi, kegiatan.penyerapan_dicetak) == (None, None, None)


@pytest.mark.parametrize(
    ("sel", "kolom", "lain"),
    [
        (";90", "pagu", "realisasi"),
        ("100;", "realisasi", "pagu"),
        (" ;90", "pagu", "realisasi"),
    ],
)
def test_one_blank_cell_of_the_pair_is_refused_naming_the_row(
    sel: str, kolom: str, lain: str
) -> None:
    with pytest.raises(ReportFormatError) as info:
        _baca(f"p1;Program;;;\np1.k1;Kegiatan;{sel};90\n")
    e = info.value
    assert (e.berkas, e.letak) == ("anggaran.csv", f"row 3, column {kolom}")
    assert f"is blank while {lain} is not" in e.expected
    assert "leave both pagu and realisasi blank" in e.expected


@pytest.mark.parametrize("sel", ["-;-", "-;90", "n/a;n/a", "100;-"])
def test_a_mark_of_no_figure_is_refused_as_ambiguous(sel: str) -> None:
    # '-' in an amount column may be Rp 0 or no amount: never guessed
    with pytest.raises(ReportFormatError) as info:
        _baca(f"p1;Program;{sel};\n")
    assert info.value.letak.startswith("row 2, column ")
    assert "may mean Rp 0 or no amount printed" in info.value.expected
    assert "0 for a nil amount" in info.value.expected


def test_the_record_takes_both_amounts_or_neither() -> None:
    b = BarisAnggaran(baris=2, kode="p1", nama="P", pagu=None, realisasi=None)
    assert (b.pagu, b.realisasi) == (None, None)
    for pagu, realisasi in ((None, 1), (1, None)):
        with pytest.raises(InvalidValueError, match="must be None exactly when pagu is"):
            BarisAnggaran(baris=2, kode="p1", nama="P", pagu=pagu, realisasi=realisasi)


# -- the audit ---------------------------------------------------------------------------


def test_a_percentage_only_row_is_checked_against_the_sums_below() -> None:
    # 310 / 400 = 77,5 %: matches as printed, and at no places rounds half up to 78
    assert _audit(SUMUT.format(program="77,5")) == []
    assert _audit(SUMUT.format(program="78")) == []
    (t,) = periksa_baris(_baca(SUMUT.format(program="80,0")), berkas="anggaran.csv")
    assert (t.aturan, t.letak, t.dicetak, t.dihitung, t.rumus) == (
        "angka",
        "anggaran.csv / row 2 (p1)",
        "80,0",
        "77,5",
        "310 / 400 x 100",
    )


def test_the_plain_mean_of_the_rows_below_explains_it_as_in_toml() -> None:
    # (90 + 75 + 70) / 3 = 78,33: the sub kegiatan stand for their bare kegiatan
    (t,) = periksa_baris(_baca(SUMUT.format(program="78,33")), berkas="anggaran.csv")
    assert (t.aturan, t.dicetak, t.dihitung) == ("metode", "78,33", "77,50")
    assert "(90 + 75 + 70) / 3 = 78,33" in t.keterangan


def test_a_blank_row_with_nothing_below_prints_a_percentage_not_computable() -> None:
    assert _audit("p1;Program;;;\n") == []  # nothing printed, nothing to check
    (t,) = periksa_baris(_baca("p1;Program;;;88,6\n"), berkas="anggaran.csv")
    assert (t.aturan, t.letak, t.dicetak, t.dihitung) == (
        "tak-terhitung",
        "anggaran.csv / row 2 (p1)",
        "88,6",
        "tidak terhitung",
    )
    assert "no rows nested under it" in t.rumus


def test_a_printed_row_is_checked_against_a_blank_row_s_sums() -> None:
    # p1 prints 400 / 310; its kegiatan print nothing: their sub kegiatan are the sums
    isi = "p1;Program;400;310;77,5\n" + SUMUT.format(program="").split("\n", 1)[1]
    assert _audit(isi) == []
    isi_salah = isi.replace("p1;Program;400;310;77,5", "p1;Program;400;320;80")
    assert _audit(isi_salah) == [("angka", "anggaran.csv / row 2 (p1) / realisasi", "320", "310")]


def test_a_blank_row_with_nothing_below_adds_nothing_to_its_induk() -> None:
    # the bare kegiatan sums to nothing: the program's printed pagu is checked, not skipped
    isi = "p1;Program;300;240;80\np1.k1;Kegiatan A;;;\np1.k2.s1;Sub;200;160;80\n"
    assert _audit(isi) == [
        ("angka", "anggaran.csv / row 2 (p1) / pagu", "300", "200"),
        ("angka", "anggaran.csv / row 2 (p1) / realisasi", "240", "160"),
    ]


def test_a_blank_total_is_the_sum_of_the_top_level_rows() -> None:
    isi = SUMUT.format(program="") + "p2;Program 2;100;100;100\n"
    assert _audit(isi + "total;Jumlah;;;82\n") == []  # 410 / 500
    assert _audit(isi + "total;Jumlah;;;85\n") == [
        ("angka", "anggaran.csv / row 9 (total)", "85", "82")
    ]
    assert _audit(isi + "total;Jumlah;500;400;80\n") == [
        ("angka", "anggaran.csv / row 9 (total) / realisasi", "400", "410")
    ]


def test_the_summary_table_shows_the_sums_of_a_blank_program(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text(KEPALA + SUMUT.format(program="77,5"), encoding="utf-8")
    (tabel,) = periksa_berkas(tmp_path / "a.csv").tabel
    assert tabel.baris == (("p1", "Program", "400", "310", "77,50"),)


def test_blank_rows_nested_deeper_than_the_recursion_limit() -> None:
    # just past the limit: the codes' own length makes reading them quadratic in the depth
    kode = ["a" + ".a" * i for i in range(sys.getrecursionlimit() + 100)]
    isi = "".join(f"{k};x;;;\n" for k in kode) + f"{kode[-1]}.b;x;100;90;90\n"
    rows = _baca("a;x;;;90\n" + isi.split("\n", 1)[1])
    assert periksa_baris(rows) == ()


# -- a blank pair means the sums, over many trees ---------------------------------------


@st.composite
def _pohon(draw: Any) -> tuple[list[tuple[str, int, int]], list[str]]:
    """Leaves three levels deep with pagu and realisasi, and the codes above them."""
    daun: list[tuple[str, int, int]] = []
    for p in range(1, draw(st.integers(1, 3)) + 1):
        for k in range(1, draw(st.integers(1, 3)) + 1):
            for s in range(1, draw(st.integers(1, 2)) + 1):
                pagu = draw(st.integers(0, 10**12))
                daun.append((f"p{p}.k{k}.s{s}", pagu, draw(st.integers(0, pagu))))
    atas = sorted({c for kode, *_ in daun for c in (kode[:2], kode.rsplit(".", 1)[0])})
    return daun, atas


@settings(max_examples=60, deadline=None)
@given(
    pohon=_pohon(),
    kosong=st.sets(st.integers(0, 20)),
    persen=st.lists(st.integers(0, 10000), min_size=21, max_size=21),
)
def test_a_blank_pair_audits_as_the_sums_written_out(
    pohon: tuple[list[tuple[str, int, int]], list[str]], kosong: set[int], persen: list[int]
) -> None:
    """Any rows above the leaves left blank: the same findings as with their sums written."""
    daun, atas = pohon
    sel = {kode: (pagu, realisasi) for kode, pagu, realisasi in daun}
    for c in atas:
        di_bawah = [v for k, v in sel.items() if k.startswith(c + ".") and k.count(".") == 2]
        sel[c] = (sum(v[0] for v in di_bawah), sum(v[1] for v in di_bawah))
    sel["total"] = (sum(p for _, p, _ in daun), sum(r for *_, r in daun))
    urut = [*sorted(k for k in sel if k != "total"), "total"]

    def berkas(blank: bool) -> str:
        baris = []
        for i, kode in enumerate(urut):
            pagu, realisasi = sel[kode]
            cetak = f"{persen[i % len(persen)] // 100},{persen[i % len(persen)] % 100:02d}"
            amount = (
                ";"
                if blank and kode.count(".") < 2 and i in kosong
                else (f"{bilangan(pagu)};{bilangan(realisasi)}")
            )
            baris.append(f"{kode};{kode};{amount};{cetak}\n")
        return "".join(baris)

    def temuan(isi: str) -> list[tuple[str, str, str | None, str, str, str]]:
        hasil = periksa_baris(_baca(isi), berkas="anggaran.csv")
        return [(t.aturan, t.letak, t.dicetak, t.dihitung, t.rumus, t.keterangan) for t in hasil]

    assert temuan(berkas(blank=True)) == temuan(berkas(blank=False))


def test_rows_built_in_code_that_repeat_a_code_keep_their_own_amounts() -> None:
    # the reader refuses a repeated code; rows built in code are audited each on its own
    # figures, as before rows could leave them blank
    rows = [
        BarisAnggaran(
            baris=2, kode="p1", nama="A", pagu=100, realisasi=50, penyerapan_dicetak="50,00"
        ),
        BarisAnggaran(
            baris=3, kode="p1", nama="B", pagu=100, realisasi=90, penyerapan_dicetak="90,00"
        ),
    ]
    assert periksa_baris(rows) == ()
