"""A percentage printed as the plain mean of the percentages printed on the rows below it.

Local practice, seen in LKjIP budget tables: a program's penyerapan printed as
(93,6 + 87,4 + 92,9 + 80,5) / 4 instead of realisasi / pagu of the program. The
reports here are small and made up; each is correct, then has one planted error.
"""

from __future__ import annotations

import io
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from sakip._eksak import bulatkan_pecahan
from sakip.audit import Tingkat, periksa, periksa_baris, periksa_berkas
from sakip.audit.penjelasan import rerata_dicetak
from sakip.laporan import baca_csv_anggaran, baca_csv_indikator, dari_dict
from tests import _bangun

#: (pagu, realisasi) of four sub kegiatan: 93,6 / 87,4 / 92,9 / 77,1 (printed 80,5 in the
#: reproduction of the original table; here printed right unless a test plants otherwise).
SUB = (
    ("p1.k1.s1", 749_930_215, 702_188_300),
    ("p1.k2.s1", 216_194_000, 188_957_200),
    ("p1.k2.s2", 378_896_500, 351_953_546),
    ("p1.k2.s3", 398_379_650, 307_055_630),
)
#: What the rows print, one place: 93,6, 87,4, 92,9, 77,1; the program's ratio is 88,9 and the
#: plain mean of these four is 87,75 -> 87,8 (87,75 rounds half up).
DICETAK = {"p1.k1.s1": "93,6", "p1.k2.s1": "87,4", "p1.k2.s2": "92,9", "p1.k2.s3": "77,1"}


def _sub(kode: str, pagu: int, real: int, persen: str | None) -> dict[str, Any]:
    dicetak = _bangun.TANPA if persen is None else {"persen": persen}
    return _bangun.sub(
        kode, indikator="-", satuan="-", pagu=pagu, tw_rp=[0, 0, 0, real], dicetak=dicetak
    )


def _laporan(
    program: str | None,
    *,
    sub: dict[str, str | None] | None = None,
    kegiatan: dict[str, str] | None = None,
    pemisah: str | None = None,
    tabel: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    dicetak: dict[str, str | None] = dict(DICETAK) if sub is None else sub
    kegiatan = kegiatan or {}

    def cetak(x: str | None) -> str | None:
        return x.replace(",", ".") if x is not None and pemisah == "." else x

    k1 = _bangun.kegiatan("p1.k1", sub=[])
    k2 = _bangun.kegiatan("p1.k2", nama="Kegiatan Dua", sub=[])
    for k in (k1, k2):
        if k["kode"] in kegiatan:
            k["dicetak"] = {"persen": cetak(kegiatan[k["kode"]])}
    for kode, pagu, real in SUB:
        k = k1 if kode.startswith("p1.k1") else k2
        k["sub"].append(_sub(kode, pagu, real, cetak(dicetak.get(kode))))
    p = _bangun.program(kegiatan=[k1, k2])
    if program is not None:
        p["dicetak"] = {"persen": cetak(program)}
    kepala = _bangun.kepala(
        instansi="Sekretariat Contoh",
        tahun=2021,
        judul="LKj 2021",
        renstra=[2019, 2023],
        skala_predikat=_bangun.TANPA,
    )
    lampiran = _bangun.lampiran(
        tabel="Tabel 19",
        kolom={"persen": _bangun.kolom("%", "penyerapan")},
        pemisah_desimal=_bangun.TANPA if pemisah is None else pemisah,
    )
    return _bangun.laporan(
        laporan=kepala,
        lampiran=lampiran,
        program=[p],
        tabel=_bangun.TANPA if tabel is None else tabel,
    )


def _temuan(d: dict[str, Any]) -> list[Any]:
    return list(periksa(dari_dict(d)).temuan)


def test_a_correct_table_has_no_finding() -> None:
    assert _temuan(_laporan("88,9")) == []


def test_the_mean_of_the_subs_explains_the_program() -> None:
    (t,) = _temuan(_laporan("87,8"))
    assert (t.aturan, t.tingkat, t.dicetak, t.dihitung) == (
        "metode",
        Tingkat.SEDANG,
        "87,8",
        "88,9",
    )
    assert t.rumus == "1.550.154.676 / 1.743.400.365 x 100"  # the finding keeps the ratio
    assert t.keterangan == (
        "reproduced by the plain (unweighted) mean of the percentages printed on the 4 rows "
        "below: (93,6 + 87,4 + 92,9 + 77,1) / 4 = 87,8, instead of the ratio of their sums "
        "(local practice, seen in LKjIP budget tables)"
    )


def test_the_formula_is_written_in_the_places_notation() -> None:
    (t,) = _temuan(_laporan("87,8", pemisah="."))
    assert (t.aturan, t.dicetak, t.dihitung) == ("metode", "87.8", "88.9")
    assert "(93.6 + 87.4 + 92.9 + 77.1) / 4 = 87.8," in t.keterangan


def test_the_mean_is_rounded_once_at_the_printed_places() -> None:
    # 87,75 exactly: half up at one place is 87,8; truncated, or rounded half even, 87,7
    (t,) = _temuan(_laporan("87,7"))
    assert t.aturan == "angka"
    assert t.keterangan == (
        "no program, kegiatan or sub kegiatan of the report has this penyerapan; the plain "
        "mean of the percentages printed on the 4 rows below does not reproduce it: "
        "(93,6 + 87,4 + 92,9 + 77,1) / 4 = 87,8"
    )


def test_a_kegiatan_printing_its_own_figure_stands_for_its_subs() -> None:
    # p1.k1 prints 93,6 and p1.k2 85,4 (their ratios): the mean of the two rows below is 89,5
    kegiatan = {"p1.k1": "93,6", "p1.k2": "85,4"}
    assert _temuan(_laporan("88,9", kegiatan=kegiatan)) == []
    (t,) = _temuan(_laporan("89,5", kegiatan=kegiatan))
    assert t.aturan == "metode"
    assert "on the 2 rows below: (93,6 + 85,4) / 2 = 89,5," in t.keterangan
    # the kegiatan printed as the mean of its three subs, (87,4 + 92,9 + 77,1) / 3 = 85,8
    (t,) = _temuan(_laporan("88,9", kegiatan={"p1.k1": "93,6", "p1.k2": "85,8"}))
    assert (t.aturan, t.letak) == ("metode", "Tabel 19 / p1.k2 Kegiatan Dua / %")
    assert "(87,4 + 92,9 + 77,1) / 3 = 85,8" in t.keterangan


def test_a_sub_printing_nothing_is_left_out_and_one_row_is_no_mean() -> None:
    sub = {**DICETAK, "p1.k2.s3": None}  # (93,6 + 87,4 + 92,9) / 3 = 91,3
    (t,) = _temuan(_laporan("91,3", sub=sub))
    assert "on the 3 rows below: (93,6 + 87,4 + 92,9) / 3 = 91,3" in t.keterangan
    (t,) = _temuan(_laporan("93,7", sub={"p1.k1.s1": "93,6"}))  # one row: no mean
    assert t.aturan == "angka"
    assert "mean" not in t.keterangan


def test_only_figures_of_the_same_table_are_rows_below() -> None:
    tabel = [
        _bangun.tabel(
            _bangun.angka("penyerapan:p1", "87,8", baris="p1", kolom="%"), tabel="Tabel 3.5"
        )
    ]
    temuan = _temuan(_laporan("88,9", tabel=tabel))
    (t,) = temuan
    assert (t.aturan, t.letak) == ("angka", "Tabel 3.5 / p1 / %")
    assert "mean" not in t.keterangan


def test_the_total_and_the_mean_penyerapan() -> None:
    tabel = [
        _bangun.tabel(
            _bangun.angka("penyerapan:total", "87,8", baris="Jumlah", kolom="%"),
            _bangun.angka("rata_rata:penyerapan", "87,8", baris="Rata-rata", kolom="%"),
            tabel="Tabel 19",
        )
    ]
    temuan = _temuan(_laporan(None, tabel=tabel))
    assert [(t.aturan, t.dicetak) for t in temuan] == [("metode", "87,8"), ("metode", "87,8")]
    assert all("/ 4 = 87,8" in t.keterangan for t in temuan)


def _csv(tmp_path: Path, program: str) -> Path:
    """The same table as rows: the kegiatan rows print no percentage."""
    baris = [f"p1;Program Satu;{sum(p for _, p, _ in SUB)};{sum(r for _, _, r in SUB)};{program}"]
    for kegiatan in ("p1.k1", "p1.k2"):
        di = [(k, p, r) for k, p, r in SUB if k.startswith(kegiatan + ".")]
        baris.append(f"{kegiatan};K;{sum(p for _, p, _ in di)};{sum(r for _, _, r in di)};")
        baris += [f"{k};Sub {k};{p};{r};{DICETAK[k]}" for k, p, r in di]
    path = tmp_path / "t19.csv"
    path.write_text("kode;nama;pagu;realisasi;penyerapan_dicetak\n" + "\n".join(baris) + "\n")
    return path


def test_a_csv_of_the_same_figures_gets_the_same_explanation(tmp_path: Path) -> None:
    (csv,) = periksa_berkas(_csv(tmp_path, "87,8")).temuan
    (toml,) = _temuan(_laporan("87,8"))
    assert (csv.aturan, csv.tingkat, csv.dihitung, csv.keterangan) == (
        toml.aturan,
        toml.tingkat,
        toml.dihitung,
        toml.keterangan,
    )
    assert periksa_berkas(_csv(tmp_path, "88,9")).temuan == ()
    (csv,) = periksa_berkas(_csv(tmp_path, "87,7")).temuan
    (toml,) = _temuan(_laporan("87,7"))
    assert (csv.aturan, csv.keterangan) == (toml.aturan, toml.keterangan)


def test_a_csv_explains_a_truncated_penyerapan_and_a_capaian_like_the_toml() -> None:
    rows = baca_csv_anggaran(
        io.StringIO("kode;nama;pagu;realisasi;penyerapan_dicetak\np1;A;3;2;66,66\n")
    )
    (t,) = periksa_baris(rows)
    assert (t.aturan, t.keterangan) == (
        "metode",
        "reproduced by truncating 66,6667 to 2 places instead of rounding half up",
    )
    rows_i = baca_csv_indikator(
        io.StringIO("kode;nama;arah;target;realisasi;capaian_dicetak\ni1;A;turun;80;100;125\n")
    )
    (t,) = periksa_baris(rows_i)
    assert (t.aturan, t.dicetak, t.dihitung) == ("metode", "125", "75")
    assert t.keterangan == (
        "reproduced by 100 / 80 x 100, higher is better, not the indicator's declared direction"
    )


def test_csv_codes_nested_deeper_than_the_recursion_limit() -> None:
    # rows a, a.a, a.a.a, ... print nothing down to the two deepest rows, 90,00 and 80,00
    kode = ["a" + ".a" * i for i in range(3000)]
    baris = [f"{k};x;100;90;" for k in kode]
    baris += [f"{kode[-1]}.b;x;100;90;90,00", f"{kode[-1]}.c;x;100;80;80,00"]
    rows = baca_csv_anggaran(
        io.StringIO("kode;nama;pagu;realisasi;penyerapan_dicetak\n" + "\n".join(baris) + "\n")
    )
    baris_a = ["a;x;100;88;85,00", *baris[1:]]
    assert [t.aturan for t in periksa_baris(rows) if t.letak.endswith("(a)")] == []
    rows = baca_csv_anggaran(
        io.StringIO("kode;nama;pagu;realisasi;penyerapan_dicetak\n" + "\n".join(baris_a) + "\n")
    )
    (t,) = [t for t in periksa_baris(rows) if t.letak.endswith("(a)")]
    assert "(90,00 + 80,00) / 2 = 85,00" in t.keterangan


_PERSEN = st.lists(st.integers(min_value=0, max_value=1500), min_size=2, max_size=12)


@given(_PERSEN, st.integers(min_value=0, max_value=2))
def test_the_mean_reproduces_exactly_its_own_half_up_rounding(
    satuan: list[int], tempat: int
) -> None:
    nilai = [Decimal(x).scaleb(-1) for x in satuan]  # printed at one place
    rata = sum((Fraction(x) for x in nilai), Fraction(0)) / len(nilai)
    benar = bulatkan_pecahan(rata, tempat)
    k = rerata_dicetak(nilai, benar, tempat, ",")
    assert k is not None
    assert k.cocok
    langkah = Decimal(1).scaleb(-tempat)
    for salah in (benar + langkah, benar - langkah):
        k = rerata_dicetak(nilai, salah, tempat, ",")
        assert k is not None
        assert not k.cocok
