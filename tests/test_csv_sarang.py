"""Budget rows CSV: a row nests under its nearest ancestor present in the file, by its code."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sakip.audit import periksa_baris, periksa_berkas
from sakip.errors import ReportFormatError
from sakip.laporan import BarisAnggaran, baca_csv_anggaran
from sakip.laporan.berkas_csv import induk_anggaran

NYATA = Path(__file__).parent / "data" / "nyata"
KEPALA = "kode;nama;pagu;realisasi;penyerapan_dicetak\n"


def _audit(isi: str) -> list[tuple[str, str | None, str]]:
    baris = baca_csv_anggaran(io.StringIO(KEPALA + isi), berkas="anggaran.csv")
    return [(t.letak, t.dicetak, t.dihitung) for t in periksa_baris(baris, berkas="anggaran.csv")]


def test_a_program_is_checked_against_its_sub_kegiatan_when_no_kegiatan_is_printed() -> None:
    # the shape of Tabel 19 of Setda Sumut 2021: a program, then sub kegiatan (no kegiatan rows)
    assert (
        _audit("p1;Program;300;240;80\np1.k1.s1;Sub A;100;90;90\np1.k2.s1;Sub B;200;150;75\n")
        == []
    )
    assert _audit(
        "p1;Program;310;240;77,42\np1.k1.s1;Sub A;100;90;90\np1.k2.s1;Sub B;200;150;75\n"
    ) == [("anggaran.csv / row 2 (p1) / pagu", "310", "300")]


def test_a_level_skipped_in_one_branch_only() -> None:
    # p1.k1.s1 sits below p1 (no p1.k1), p1.k2.s1 below p1.k2: p1 is p1.k1.s1 + p1.k2
    isi = (
        "p1;Program;300;250;83,33\n"
        "p1.k1.s1;Sub A;100;90;90\n"
        "p1.k2;Kegiatan B;200;160;80\n"
        "p1.k2.s1;Sub B1;200;150;75\n"
    )
    assert _audit(isi) == [("anggaran.csv / row 4 (p1.k2) / realisasi", "160", "150")]


def test_an_ancestor_printed_after_its_rows_is_their_induk() -> None:
    # a sum printed below its rows: codes decide, not positions
    isi = "p1.k1.s1;Sub A;100;90;90\np1.k2.s1;Sub B;200;150;75\np1;Program;300;260;86,67\n"
    assert _audit(isi) == [("anggaran.csv / row 4 (p1) / realisasi", "260", "240")]


def test_segments_are_whole_and_codes_without_dots_nest_nothing() -> None:
    # p10.k1 is not below p1; "k1" (no dot) is a top-level row, as is every row of a flat file
    isi = "p1;Program 1;100;90;90\np10.k1;Kegiatan;50;50;100\nk1;Lain;7;7;100\n"
    assert _audit(isi) == []
    assert _audit(isi + "total;Jumlah;157;147;93,63\n") == []


@pytest.mark.parametrize(
    ("isi", "calon"),
    [
        # the code's own prefix names no row, a row differs from it only in case
        ("p1;Program;100;90;90\nP1.k1;Kegiatan;100;90;90\n", "no row (the top level)"),
        # two rows could be the induk: 'p1' as written and 'P1' ignoring case
        ("p1;Program;100;90;90\nP1;Program;100;90;90\np1.k1;Kegiatan;100;90;90\n", "row 3"),
        # a space before a dot: 'p1 ' names no row, 'p1' does
        ("p1;Program;100;90;90\np1 .k1;Keg;100;90;90\n", "row 2 ('p1')"),
    ],
)
def test_an_uncertain_induk_is_refused_naming_the_file_row_and_both_candidates(
    isi: str, calon: str
) -> None:
    with pytest.raises(ReportFormatError) as info:
        baca_csv_anggaran(io.StringIO(KEPALA + isi), berkas="anggaran.csv")
    e = info.value
    assert e.berkas == "anggaran.csv"
    assert e.letak.endswith(", column kode")
    assert "must nest under one row" in str(e)
    assert calon in str(e) or calon in e.letak
    assert str(e).count("row ") >= 3  # the row refused and its two candidates


def test_the_audit_refuses_an_uncertain_induk_of_rows_built_by_hand() -> None:
    rows = [
        BarisAnggaran(baris=2, kode="p1", nama="P", pagu=1, realisasi=1),
        BarisAnggaran(baris=3, kode="P1.k1", nama="K", pagu=1, realisasi=1),
    ]
    with pytest.raises(ReportFormatError, match=r"x\.csv: row 3, column kode"):
        periksa_baris(rows, berkas="x.csv")


def test_the_real_sumut_table_checks_its_program_as_the_toml_does() -> None:
    # Tabel 19 prints the program with its percentage only and the kegiatan with no figures:
    # their blank pagu and realisasi are the sums below, and the program's 88.6 is checked
    # and explained as in the TOML transcription of the same table
    csv = periksa_berkas(NYATA / "setda_sumut_2021_tabel19.csv")
    toml = periksa_berkas(NYATA / "setda_sumut_2021.toml")
    assert csv.diperiksa == 5
    assert [(t.dicetak, t.dihitung) for t in csv.temuan] == [("88.6", "88.9"), ("80.5", "77.1")]
    assert [(t.aturan, t.tingkat, t.dihitung, t.rumus, t.keterangan) for t in csv.temuan] == [
        (t.aturan, t.tingkat, t.dihitung, t.rumus, t.keterangan) for t in toml.temuan
    ]


def test_the_toml_path_keeps_program_kegiatan_sub() -> None:
    # the same table as a TOML report: its program's printed percentage is checked
    hasil = periksa_berkas(NYATA / "setda_sumut_2021.toml")
    assert [(t.aturan, t.dicetak, t.dihitung) for t in hasil.temuan] == [
        ("metode", "88.6", "88.9"),
        ("angka", "80.5", "77.1"),
    ]


# -- the rule over many trees --------------------------------------------------------------


@st.composite
def _pohon(draw: Any) -> tuple[list[tuple[str, int]], set[str]]:
    """Codes of a tree three levels deep with amounts on its leaves, and which codes print."""
    daun: list[tuple[str, int]] = []
    for p in range(1, draw(st.integers(1, 3)) + 1):
        for k in range(1, draw(st.integers(1, 3)) + 1):
            for s in range(1, draw(st.integers(1, 3)) + 1):
                daun.append((f"p{p}.k{k}.s{s}", draw(st.integers(0, 10**12))))
    semua = {c for kode, _ in daun for c in (kode.rsplit(".", 2)[0], kode.rsplit(".", 1)[0])}
    dicetak = {c for c in sorted(semua) if draw(st.booleans())}
    return daun, dicetak


def _dalam(induk: str, kode: str) -> bool:
    return kode.startswith(induk + ".")


@settings(max_examples=60, deadline=None)
@given(pohon=_pohon(), salah=st.integers(0, 100))
def test_every_printed_row_is_checked_against_the_leaves_below_it(
    pohon: tuple[list[tuple[str, int]], set[str]], salah: int
) -> None:
    daun, dicetak = pohon
    jumlah = {c: sum(n for kode, n in daun if _dalam(c, kode)) for c in dicetak}
    urut = sorted(dicetak | {kode for kode, _ in daun})
    keliru = urut[salah % len(urut)] if dicetak and salah % 2 else None
    rows = []
    for i, kode in enumerate(urut, start=2):
        n = jumlah.get(kode, dict(daun).get(kode, 0)) + (kode == keliru and kode in dicetak)
        rows.append(BarisAnggaran(baris=i, kode=kode, nama=kode, pagu=n, realisasi=0))
    temuan = [t.letak for t in periksa_baris(rows, berkas="a.csv")]
    if keliru in dicetak:
        # the row made wrong, and its nearest printed ancestor, whose sum now differs
        atas = [c for c in dicetak if _dalam(c, keliru)]
        harap = {f"a.csv / row {urut.index(keliru) + 2} ({keliru}) / pagu"}
        if atas:
            a = max(atas, key=len)
            harap.add(f"a.csv / row {urut.index(a) + 2} ({a}) / pagu")
        assert set(temuan) == harap
    else:
        assert temuan == []


_RUAS = st.sampled_from(["p1", "P1", "k1", "k2", " k1", "s1", "1", "01"])


@given(st.lists(st.lists(_RUAS, min_size=1, max_size=4).map(".".join), max_size=12))
def test_the_one_pass_induk_agrees_with_the_tree_of_segments(kode: list[str]) -> None:
    from sakip.laporan.berkas_csv import _induk_langsung, _induk_pohon

    rows = [
        BarisAnggaran(baris=i, kode=k, nama=k, pagu=1, realisasi=1)
        for i, k in enumerate(kode, start=2)
    ]
    langsung = _induk_langsung(rows)
    try:
        pohon: object = _induk_pohon(rows, "a.csv")
    except ReportFormatError:
        pohon = "refused"
    if langsung is not None:  # the one pass answers only where it is the tree's answer
        assert langsung == pohon
    if pohon == "refused":
        with pytest.raises(ReportFormatError):
            induk_anggaran(rows)
    else:
        assert induk_anggaran(rows) == pohon


def test_the_one_pass_answers_the_common_file() -> None:
    from sakip.laporan.berkas_csv import _induk_langsung

    rows = [
        BarisAnggaran(baris=i, kode=k, nama=k, pagu=1, realisasi=1)
        for i, k in enumerate(["p1", "p1.k1", "p1.k1.s1", "p2"], start=2)
    ]
    assert _induk_langsung(rows) == (None, rows[0], rows[1], None)
    # a skipped level or a loose twin: the tree decides
    assert _induk_langsung(rows[:1] + rows[2:]) is None
    assert (
        _induk_langsung([*rows, BarisAnggaran(baris=9, kode="P1", nama="x", pagu=1, realisasi=1)])
        is None
    )
