"""One reading rule for Rupiah figures: a TOML report reads them as a rows CSV does.

A rows CSV declaring ``# pemisah_desimal: .`` and a TOML figure, column or lampiran
declaring ``pemisah_desimal = "."`` read the same text to the same amount, refuse the
same text for the same reason, and an amount read differs from the data by the same
difference.
"""

from __future__ import annotations

import io
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip.audit import Temuan, periksa
from sakip.errors import ReportFormatError
from sakip.laporan import Laporan, baca_csv_anggaran, dari_dict
from sakip.laporan.rekaman import MAKS_RUPIAH
from tests._bangun import angka, kegiatan, kolom, lampiran, laporan, program, sub_anggaran, tabel

#: The places a TOML report may declare a decimal point for a Rupiah figure.
TEMPAT = ("lampiran", "kolom", "tabel")

#: (printed text, the amount it reads, or the start of the reason it is refused)
BACAAN: list[tuple[str, Fraction | str]] = [
    ("749.930.215", Fraction(749930215)),
    ("1.000", Fraction(1000)),
    ("1,004,422,800", Fraction(1004422800)),
    ("12,000", "reads Rp 12 the Indonesian way, and is ambiguous"),
    ("5,500.00", Fraction(5500)),
    ("1.000,50", Fraction(200001, 200)),
    ("Rp 1,004,422,800", Fraction(1004422800)),
    ("1.500", Fraction(1500)),
    ("999.5", "must be a number written the Indonesian way"),
]


def _laporan(teks: str, pagu: int, tempat: str) -> Laporan:
    """A report whose one program's pagu is ``pagu`` and prints ``teks`` for it, in a place
    of :data:`TEMPAT` that declares ``pemisah_desimal = "."`` ("": a lampiran declaring none)."""
    p1 = program(
        nama="Program", kegiatan=[kegiatan(nama="Kegiatan", sub=[sub_anggaran(pagu=pagu)])]
    )
    d = laporan(program=[p1])
    if tempat == "tabel":
        d["tabel"] = [tabel(angka("pagu:p1", teks, baris="p1", kolom="Pagu", pemisah_desimal="."))]
    else:
        kolom_pagu = kolom("Pagu", "pagu")
        d["lampiran"] = lampiran(tabel="T", kolom={"pagu": kolom_pagu})
        if tempat:  # "": a lampiran declaring nothing
            (kolom_pagu if tempat == "kolom" else d["lampiran"])["pemisah_desimal"] = "."
        p1["dicetak"] = {"pagu": teks}
    return dari_dict(d)


def _csv(teks: str) -> int:
    baris = baca_csv_anggaran(
        io.StringIO(f"# pemisah_desimal: .\nkode;nama;pagu;realisasi\np1;Program;{teks};0\n")
    )
    pagu = baris[0].pagu
    assert pagu is not None  # a written cell is an amount (None is a blank pair)
    return pagu


def _temuan(teks: str, pagu: int, tempat: str) -> list[Temuan]:
    return list(periksa(_laporan(teks, pagu, tempat)).temuan)


@pytest.mark.parametrize("tempat", TEMPAT)
@pytest.mark.parametrize(("teks", "bacaan"), BACAAN)
def test_toml_and_csv_read_a_rupiah_figure_alike(
    teks: str, bacaan: Fraction | str, tempat: str
) -> None:
    if isinstance(bacaan, str):  # refused, for the same reason, by both
        with pytest.raises(ReportFormatError) as csv:
            _csv(teks)
        with pytest.raises(ReportFormatError) as toml:
            _temuan(teks, 1000, tempat)
        assert csv.value.expected.startswith(bacaan), csv.value.expected
        assert toml.value.expected.startswith("the printed figure " + bacaan), toml.value.expected
        return
    if bacaan.denominator == 1:
        assert _csv(teks) == bacaan
    else:  # a rows CSV holds primary data: read alike, and refused as no whole Rupiah
        with pytest.raises(ReportFormatError, match="must be whole, non-negative Rupiah"):
            _csv(teks)
    # the amount read is the pagu: no finding; one Rupiah off: a finding of that difference
    pagu = int(bacaan)
    selisih = bacaan - pagu
    setengah = "0,5" if tempat == "lampiran" else "0.5"  # the notation of the place
    assert [t.keterangan for t in _temuan(teks, pagu, tempat)] == (
        [f"difference {setengah}"] if selisih else []
    )
    (t,) = _temuan(teks, pagu + 1, tempat)
    assert t.dicetak == teks
    assert t.keterangan == (f"difference -{setengah}" if selisih else "difference -1")


@pytest.mark.parametrize("teks", ["749.930.215", "1,004,422,800", "1.000,50"])
def test_a_figure_under_a_dot_decimal_lampiran_keeps_the_indonesian_notation(teks: str) -> None:
    (t,) = _temuan(teks, 1_234_567, "lampiran")
    assert t.dihitung == "1.234.567"  # as before: the lampiran's choice is for its decimals
    (t,) = _temuan(teks, 1_234_567, "kolom")
    assert t.dihitung == "1234567"  # the column's own choice: its notation, as before


def test_a_rupiah_column_declaring_a_decimal_point_reads_dots_as_thousands() -> None:
    """Changed result: "1.500" in such a column was Rp 1,5; it is Rp 1.500, as in a CSV."""
    assert _temuan("1.500", 1500, "kolom") == []
    assert _temuan("1.500", 1500, "tabel") == []


@pytest.mark.parametrize("tempat", TEMPAT)
def test_english_grouping_in_toml_needs_a_declared_decimal_point(tempat: str) -> None:
    assert _temuan("1,004,422,800", 1004422800, tempat) == []
    with pytest.raises(ReportFormatError, match="groups thousands with commas") as e:
        _temuan("1,004,422,800", 1004422800, "")
    assert "declares pemisah_desimal" in e.value.expected


def _inggris(n: int) -> str:
    return f"{n:,}"


@given(
    st.integers(min_value=0, max_value=MAKS_RUPIAH),
    st.sampled_from([_inggris, lambda n: f"{n:,}".replace(",", ".")]),
    st.sampled_from(TEMPAT),
)
def test_every_grouping_reads_alike_or_is_refused_alike(n: int, tulis: Any, tempat: str) -> None:
    teks = tulis(n)
    try:
        dibaca: int | None = _csv(teks)
    except ReportFormatError:
        dibaca = None
    if dibaca is None:
        with pytest.raises(ReportFormatError):
            _temuan(teks, n, tempat)
    else:
        assert dibaca == n
        assert _temuan(teks, n, tempat) == []


def test_printed_quarters_of_a_kegiatan_follow_the_same_rule() -> None:
    # quarters printed at kegiatan level (checked as a whole when the sub rows' quarters are
    # uncertain) under a lampiran declaring ".": English grouping reads, as for the year
    tw = [1_100_000, 1_200_000, 1_300_000, 1_400_000]
    sub = sub_anggaran(pagu=6_000_000, realisasi_rp=sum(tw), tw_rp=tw, tw_pasti=False)
    k1 = kegiatan(nama="Kegiatan", sub=[sub], dicetak={"tw": [f"{x:,}" for x in tw]})
    d = laporan(
        lampiran=lampiran(
            pemisah_desimal=".",
            kolom={"tw": kolom("TW {n}", "tw_rp", per_triwulan=True)},
        ),
        program=[program(nama="Program", kegiatan=[k1])],
    )
    assert periksa(dari_dict(d)).temuan == ()
    k1["dicetak"]["tw"][0] = "100,000"  # one comma group: Rp 100 or Rp 100.000?
    with pytest.raises(ReportFormatError, match="is ambiguous"):
        periksa(dari_dict(d))
