"""Budget rows CSV: a row's own K (indikator, satuan, target_k, tw_k_1..4, realisasi_k,
konsolidasi, k_persen_dicetak), read by the model's all-or-none rule and audited by the
audit of a report."""

from __future__ import annotations

import io
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sakip.audit import periksa, periksa_baris
from sakip.audit.baris import periksa_csv_teks
from sakip.errors import ReportFormatError
from sakip.laporan import MAKS_PANJANG_SEL, BarisAnggaran, baca_csv_anggaran, dari_dict
from sakip.triwulan import Konsolidasi

KEPALA = (
    "kode;nama;pagu;realisasi;indikator;satuan;target_k;tw_k_1;tw_k_2;tw_k_3;tw_k_4;"
    "realisasi_k;konsolidasi;k_persen_dicetak\n"
)


def _baca(isi: str, kepala: str = KEPALA) -> list[BarisAnggaran]:
    return baca_csv_anggaran(io.StringIO(kepala + isi), berkas="k.csv")


# -- reading -----------------------------------------------------------------------------


def test_a_row_with_k_round_trips_into_its_fields() -> None:
    program, sub, kosong = _baca(
        "p1;Program;;;Persentase PPKS tertangani;%;90;10;20;30;87,5;87,5;terakhir;97,22\n"
        "p1.s1;Rapat;100;90;Rapat koordinasi;kali;4;1;1;1;0;3;;75\n"
        "p1.s2;Belanja;100;80;;;;;;;;;;\n"
    )
    assert program.keluaran is not None
    assert sub.keluaran is not None
    assert program.keluaran._asdict() == {
        "indikator": "Persentase PPKS tertangani",
        "satuan": "%",
        "target_k": Fraction(90),
        "tw_k": (Fraction(10), Fraction(20), Fraction(30), Fraction(175, 2)),
        "realisasi_k": Fraction(175, 2),
    }
    assert (program.konsolidasi, program.k_persen_dicetak) == (Konsolidasi.TERAKHIR, "97,22")
    assert (sub.keluaran.tw_k, sub.konsolidasi) == (
        (Fraction(1), Fraction(1), Fraction(1), Fraction(0)),
        Konsolidasi.JUMLAH,
    )
    # a blank K group is no K: a budget-only row, as a report row without K
    assert (kosong.keluaran, kosong.k_persen_dicetak, kosong.pagu) == (None, None, 100)


def test_k_columns_are_optional_and_the_year_alone_is_enough() -> None:
    (b,) = _baca(
        "p1;P;10;9;Dok;Dok;2;1\n",
        "kode;nama;pagu;realisasi;indikator;satuan;target_k;realisasi_k\n",
    )
    assert b.keluaran is not None
    assert (b.keluaran.target_k, b.keluaran.tw_k, b.keluaran.realisasi_k) == (
        Fraction(2),
        None,
        Fraction(1),
    )
    (b,) = _baca("p1;P;10;9\n", "kode;nama;pagu;realisasi\n")
    assert b.keluaran is None


def test_k_numbers_are_read_in_the_files_notation() -> None:
    kepala = (
        "# pemisah_desimal: .\nkode;nama;pagu;realisasi;indikator;satuan;target_k;realisasi_k\n"
    )
    (b,) = _baca("p1;P;1.000;900;Dok;Dok;2.5;0.6\n", kepala)
    assert b.keluaran is not None
    assert (b.keluaran.target_k, b.keluaran.realisasi_k) == (Fraction(5, 2), Fraction(3, 5))


def _galat(isi: str, kepala: str = KEPALA) -> str:
    with pytest.raises(ReportFormatError) as e:
        _baca(isi, kepala)
    return str(e.value)


@pytest.mark.parametrize(
    ("isi", "letak", "aturan"),
    [
        # half of the group: target_k without realisasi_k, or the text without the numbers
        ("p1;P;1;1;Dok;Dok;2;;;;;;;\n", "row 2, column realisasi_k", "write the row's K whole"),
        (
            "p1;P;1;1;Dok;;;;;;;;;\n",
            "row 2, column satuan",
            "(missing: satuan, target_k, realisasi_k)",
        ),
        ("p1;P;1;1;;;;;;;;2;;\n", "row 2, column indikator", "is blank beside realisasi_k"),
        # quarters or konsolidasi on a row without K
        ("p1;P;1;1;;;;0;1;1;0;;;\n", "row 2, column tw_k_1", "this row's K is blank"),
        ("p1;P;1;1;;;;;;;;;jumlah;\n", "row 2, column konsolidasi", "this row's K is blank"),
        # part of the quarters; konsolidasi without quarters
        (
            "p1;P;1;1;Dok;Dok;2;0;1;;1;2;;\n",
            "row 2, column tw_k_3",
            "write the quarters' K all four",
        ),
        (
            "p1;P;1;1;Dok;Dok;2;;;;;2;terakhir;\n",
            "row 2, column konsolidasi",
            "this row prints none",
        ),
        # a bad konsolidasi value
        (
            "p1;P;1;1;Dok;Dok;2;0;1;1;0;2;sum;\n",
            "row 2, column konsolidasi",
            "must be 'jumlah', 'terakhir' or 'rata-rata' (got 'sum')",
        ),
        # a bad number; text where a number is expected; a mark of no figure; ambiguous
        (
            "p1;P;1;1;Dok;Dok;2,5,1;;;;;2;;\n",
            "row 2, column target_k",
            "must be a number written the Indonesian way",
        ),
        ("p1;P;1;1;Dok;Dok;dua;;;;;2;;\n", "row 2, column target_k", "(got 'dua')"),
        ("p1;P;1;1;Dok;Dok;2;0;satu;1;0;2;;\n", "row 2, column tw_k_2", "(got 'satu')"),
        ("p1;P;1;1;Dok;Dok;2;;;;;-;;\n", "row 2, column realisasi_k", "is a mark of no figure"),
        ("p1;P;1;1;Dok;Dok;2;;;;;1.5;;\n", "row 2, column realisasi_k", "pemisah_desimal"),
        # the code its K figures cite
        ("p 1;P;1;1;Dok;Dok;2;;;;;2;;\n", "row 2, column kode", "letters, digits"),
        ("p 1;P;1;1;;;;;;;;;;100\n", "row 2, column kode", "letters, digits"),
    ],
)
def test_a_bad_k_cell_is_refused_naming_file_row_column_and_rule(
    isi: str, letak: str, aturan: str
) -> None:
    pesan = _galat(isi)
    assert pesan.startswith(f"k.csv: {letak} ")
    assert aturan in pesan


@pytest.mark.parametrize(
    ("kepala", "hilang"),
    [
        ("kode;nama;pagu;realisasi;target_k\n", "indikator, satuan, realisasi_k"),
        (
            "kode;nama;pagu;realisasi;indikator;satuan;target_k;realisasi_k;tw_k_1;tw_k_2\n",
            "tw_k_3, tw_k_4",
        ),
    ],
)
def test_a_header_naming_part_of_a_group_is_refused(kepala: str, hilang: str) -> None:
    pesan = _galat("", kepala)
    assert pesan.startswith("k.csv: header must name the columns ")
    assert f"all together or none of them (missing: {hilang})" in pesan


# -- hostile input -----------------------------------------------------------------------


def test_a_k_column_named_twice_is_refused() -> None:
    pesan = _galat(
        "p1;P;1;1;Dok;Dok;2;2;2\n",
        "kode;nama;pagu;realisasi;indikator;satuan;target_k;realisasi_k;TARGET_K\n",
    )
    assert pesan == "k.csv: header must name each column once (got ['target_k'])"


def test_a_huge_k_cell_is_refused_before_it_is_read() -> None:
    besar = "9" * (MAKS_PANJANG_SEL + 1)
    pesan = _galat(f"p1;P;1;1;Dok;Dok;{besar};;;;;2;;\n")
    assert pesan.startswith(
        f"k.csv: row 2 must be valid CSV with cells of at most {MAKS_PANJANG_SEL}"
    )


@pytest.mark.parametrize("teks", ["9" * 5000, "1" + "0" * 30, "0," + "1" * 40])
def test_a_k_number_beyond_sakips_limits_is_refused(teks: str) -> None:
    assert _galat(f"p1;P;1;1;Dok;Dok;{teks};;;;;2;;\n").startswith(
        "k.csv: row 2, column target_k "
    )


def test_a_huge_printed_k_percentage_is_refused_by_the_audit_naming_its_cell() -> None:
    baris = _baca("p1;P;1;1;Dok;Dok;2;;;;;2;;" + "1," + "0" * 40 + "\n")
    with pytest.raises(ReportFormatError, match=r"^k\.csv: row 2, column k_persen_dicetak "):
        periksa_baris(baris, berkas="k.csv")


def test_junk_keluaran_on_a_row_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="keluaran must be None or a Keluaran"):
        BarisAnggaran(baris=2, kode="p", nama="n", pagu=1, realisasi=1, keluaran=("a", "b"))  # type: ignore[arg-type]


# -- the audit ---------------------------------------------------------------------------


def test_the_audit_reports_the_k_findings_at_their_rows() -> None:
    h = periksa_csv_teks(
        KEPALA
        + "p1;Program;;;Persen;%;100;0;30;45;20;100;jumlah;100%\n"
        + "p1.k1;Kegiatan;10;9;Dok;Dok;3;;;;;2;;70\n"
        + "p1.k1.s1;Sub;10;9;;;;;;;;;;50\n"
        + "p1.k1.s2;Sub 2;0;0;;;;;;;;;;-\n",
        berkas="k.csv",
    )
    assert [(t.letak, t.aturan, t.dicetak, t.dihitung, t.rumus) for t in h.temuan] == [
        ("k.csv / row 3 (p1.k1) / k_persen_dicetak", "angka", "70", "67", "2 / 3 x 100"),
        (
            "k.csv / row 4 (p1.k1.s1) / k_persen_dicetak",
            "tak-terhitung",
            "50",
            "tidak terhitung",
            "k_persen:p1.k1.s1",
        ),
        (
            "k.csv / row 2 (p1) / K",
            "triwulan",
            "100",
            "0 + 30 + 45 + 20 = 95",
            "realisasi K of the year = sum of the quarters (Konsolidasi.JUMLAH, Permendagri 86/2017 form E.81)",
        ),
    ]
    assert h.diperiksa == 4
    assert h.tabel[1].judul == "Keluaran (K) per baris"
    assert h.tabel[1].baris == (
        ("p1", "Persen", "%", "100", "100", "100,00"),
        ("p1.k1", "Dok", "Dok", "3", "2", "66,67"),
    )


def test_the_k_table_is_written_in_the_files_notation() -> None:
    h = periksa_csv_teks(
        "# pemisah_desimal: .\nkode;nama;pagu;realisasi;indikator;satuan;target_k;realisasi_k;k_persen_dicetak\n"
        "p1;P;1000;900;Dok;Dok;3;2.5;80\n",
        berkas="k.csv",
    )
    assert h.tabel[1].baris == (("p1", "Dok", "Dok", "3", "2.5", "83.33"),)
    assert [(t.dicetak, t.dihitung) for t in h.temuan] == [("80", "83")]


def test_a_file_without_k_keeps_its_findings_and_tables() -> None:
    h = periksa_csv_teks("kode;nama;pagu;realisasi\np1;A;10;11\n", berkas="k.csv")
    assert [t.aturan for t in h.temuan] == ["anggaran"]
    assert [t.judul for t in h.tabel] == ["Anggaran per program"]


# -- the same K findings as a TOML report of the same rows -------------------------------


def _desimal(angka: tuple[int, int], koma: bool) -> str:
    """``n / 10**tempat`` as a decimal text: with a comma (CSV), or a dot (TOML)."""
    n, tempat = angka
    teks = str(n) if not tempat else f"{n // 10**tempat}.{n % 10**tempat:0{tempat}d}"
    return teks.replace(".", ",") if koma else teks


_ANGKA = st.tuples(st.integers(0, 5000), st.sampled_from([0, 1, 2]))


@st.composite
def _k(draw: st.DrawFn) -> dict[str, Any]:
    """A row's K (or None), and what it printed as its K % and its Renstra K (column 14)."""
    if not draw(st.booleans()):
        dicetak = draw(st.sampled_from([None, "-", "50", "100,00"]))
        rpjmd = draw(st.sampled_from([None, "-", "3"]))
        return {"k": None, "dicetak": dicetak, "rpjmd_k": rpjmd}
    target, realisasi = draw(_ANGKA), draw(_ANGKA)
    lalu = draw(st.none() | _ANGKA)
    tw = draw(st.none() | st.lists(_ANGKA, min_size=4, max_size=4))
    aturan = st.none() | st.sampled_from(["jumlah", "terakhir", "rata-rata"])
    konsolidasi = draw(aturan) if tw else None
    # the rule across years: only beside last years' K, with or without quarters
    renstra = draw(aturan) if lalu is not None else None
    t = Fraction(target[0], 10 ** target[1])
    r = Fraction(realisasi[0], 10 ** realisasi[1])
    pilihan: list[str | None] = [None, "-", "12,5", "100"]
    if t:
        persen = r * 100 / t
        pilihan.append(_desimal((int(persen * 100), 2), koma=True))  # it truncated: it, or close
        pilihan.append(str(int(persen)))
    jumlah = r + (0 if lalu is None else Fraction(lalu[0], 10 ** lalu[1]))
    return {
        "k": {
            "target": target,
            "realisasi": realisasi,
            "tw": tw,
            "konsolidasi": konsolidasi,
            "lalu": lalu,
            "renstra": renstra,
        },
        "dicetak": draw(st.sampled_from(pilihan)),
        # the sum (right where the rule across years is jumlah), this year's, or another
        "rpjmd_k": draw(
            st.sampled_from(
                [None, "-", "3", _desimal((int(jumlah * 100), 2), koma=True), str(int(r))]
            )
        ),
    }


@st.composite
def _rp(draw: st.DrawFn) -> dict[str, Any]:
    """A sub kegiatan's Rupiah up to last year (or None), and its printed Renstra Rupiah:
    the sum of the two (its realisasi is 50), this year's, or another figure."""
    lalu = draw(st.none() | st.integers(0, 900))
    return {
        "lalu": lalu,
        "dicetak": draw(st.sampled_from([None, "-", "50", "7", str(50 + (lalu or 0))])),
    }


@st.composite
def _pohon(draw: st.DrawFn) -> list[tuple[str, int, dict[str, Any]]]:
    """Rows of programs, kegiatan and sub kegiatan: (kode, level, its K)."""
    baris = []
    for p in range(1, draw(st.integers(1, 2)) + 1):
        baris.append((f"p{p}", 0, draw(_k())))
        for k in range(1, draw(st.integers(1, 2)) + 1):
            baris.append((f"p{p}.k{k}", 1, draw(_k())))
            for s in range(1, draw(st.integers(1, 2)) + 1):
                baris.append((f"p{p}.k{k}.s{s}", 2, {**draw(_k()), "rp": draw(_rp())}))
    return baris


#: The header of the property's CSV: the K columns, then columns 7 and 14 of form E.81 and
#: the rule across years between them.
_KEPALA_RENSTRA = (
    KEPALA.rstrip("\n")
    + ";realisasi_lalu_k;realisasi_lalu_rp;konsolidasi_renstra;rpjmd_k_dicetak;rpjmd_rp_dicetak"
)


def _csv(pohon: list[tuple[str, int, dict[str, Any]]]) -> str:
    baris = [_KEPALA_RENSTRA]
    for kode, tingkat, isi in pohon:
        rp = "100;50" if tingkat == 2 else ";"
        k = isi["k"]
        lalu_k = "" if k is None or k["lalu"] is None else _desimal(k["lalu"], koma=True)
        renstra_rp = isi.get("rp", {"lalu": None, "dicetak": None})
        renstra = [
            lalu_k,
            "" if renstra_rp["lalu"] is None else str(renstra_rp["lalu"]),
            "" if k is None else k["renstra"] or "",
            isi["rpjmd_k"] or "",
            renstra_rp["dicetak"] or "",
        ]
        if k is None:
            sel = [""] * 9
        else:
            tw = [_desimal(x, koma=True) for x in k["tw"]] if k["tw"] else [""] * 4
            sel = [
                f"Indikator {kode}",
                "Dok",
                _desimal(k["target"], koma=True),
                *tw,
                _desimal(k["realisasi"], koma=True),
                k["konsolidasi"] or "",
            ]
        baris.append(";".join([kode, f"Baris {kode}", rp, *sel, isi["dicetak"] or "", *renstra]))
    return "\n".join(baris) + "\n"


def _toml(pohon: list[tuple[str, int, dict[str, Any]]]) -> dict[str, Any]:
    program: list[dict[str, Any]] = []
    for kode, tingkat, isi in pohon:
        row: dict[str, Any] = {"kode": kode, "nama": f"Baris {kode}"}
        k = isi["k"]
        if k is not None:
            row.update(
                indikator=f"Indikator {kode}",
                satuan="Dok",
                target_k=_desimal(k["target"], koma=False),
                realisasi_k=_desimal(k["realisasi"], koma=False),
            )
            if k["tw"]:
                row["tw_k"] = [_desimal(x, koma=False) for x in k["tw"]]
            if k["konsolidasi"]:
                row["konsolidasi"] = k["konsolidasi"]
            if k["lalu"] is not None:
                row["realisasi_lalu_k"] = _desimal(k["lalu"], koma=False)
            if k["renstra"]:
                row["konsolidasi_renstra"] = k["renstra"]
        rp = isi.get("rp", {"lalu": None, "dicetak": None})
        dicetak = {
            kunci: teks
            for kunci, teks in (
                ("k_persen", isi["dicetak"]),
                ("rpjmd_k", isi["rpjmd_k"]),
                ("rpjmd_rp", rp["dicetak"]),
            )
            if teks is not None
        }
        if dicetak:
            row["dicetak"] = dicetak
        if tingkat == 0:
            program.append({**row, "kegiatan": []})
        elif tingkat == 1:
            program[-1]["kegiatan"].append({**row, "sub": []})
        else:
            lalu_rp = {} if rp["lalu"] is None else {"realisasi_lalu_rp": rp["lalu"]}
            program[-1]["kegiatan"][-1]["sub"].append(
                {**row, "pagu": 100, "realisasi_rp": 50, **lalu_rp}
            )
    return {
        "skema": 1,
        "laporan": {
            "instansi": "I",
            "tahun": 2024,
            "judul": "J",
            "sumber": "S",
            "renstra": [2021, 2026],
        },
        "lampiran": {
            "tabel": "T",
            "kolom": {
                kunci: {"judul": f"{kunci}_dicetak", "besaran": kunci}
                for kunci in ("k_persen", "rpjmd_k", "rpjmd_rp")
            },
        },
        "program": program,
    }


#: A CSV does not say a row's level, so its explanations name none where a TOML report names
#: the row's level: a K % printed on a row without K is that of "a budget-only row", and the
#: Renstra K and Rp (column 14) are "realisasi K of the row" (and Rp).
_TANPA_TINGKAT = {
    "is a budget-only program row: the report records no outcome": "is a budget-only row: "
    "the report records no output",
    "is a budget-only kegiatan row: the report records no output": "is a budget-only row: "
    "the report records no output",
    " K of the program": " K of the row",
    " K of the kegiatan": " K of the row",
    " K of the sub kegiatan": " K of the row",
    " Rp of the sub kegiatan": " Rp of the row",
}


def _tanpa_tingkat(teks: str) -> str:
    for lama, baru in _TANPA_TINGKAT.items():
        teks = teks.replace(lama, baru)
    return teks


#: The columns of the K findings: the quarters' K, and the printed K figures.
_KOLOM_K = ("K", "k_persen_dicetak", "rpjmd_k_dicetak", "rpjmd_rp_dicetak")


def _k_csv(temuan: Any) -> list[tuple[str, ...]]:
    hasil = []
    for t in temuan:
        _, baris, kolom = t.letak.split(" / ")
        if kolom in _KOLOM_K:
            kode = baris[baris.index("(") + 1 : -1]
            hasil.append(
                (
                    kode,
                    kolom,
                    t.aturan,
                    t.tingkat.value,
                    t.dicetak,
                    t.dihitung,
                    t.rumus,
                    t.keterangan,
                )
            )
    return sorted(hasil)


def _k_toml(temuan: Any) -> list[tuple[str, ...]]:
    hasil = []
    for t in temuan:
        _, baris, kolom = t.letak.split(" / ")
        if kolom in _KOLOM_K:
            kode = baris.split(" ", 1)[0]
            hasil.append(
                (
                    kode,
                    kolom,
                    t.aturan,
                    t.tingkat.value,
                    t.dicetak,
                    t.dihitung,
                    _tanpa_tingkat(t.rumus),
                    _tanpa_tingkat(t.keterangan),
                )
            )
    return sorted(hasil)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_pohon())
def test_the_k_findings_of_a_csv_are_those_of_the_same_rows_as_a_toml_report(
    pohon: list[tuple[str, int, dict[str, Any]]],
) -> None:
    csv = periksa_csv_teks(_csv(pohon), berkas="k.csv")
    toml = periksa(dari_dict(_toml(pohon)))
    assert _k_csv(csv.temuan) == _k_toml(toml.temuan)
