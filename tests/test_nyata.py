"""Real tables of other agencies, as printed (each file names its source)."""

from __future__ import annotations

from pathlib import Path

from sakip.audit import periksa_berkas

DATA = Path(__file__).parent / "data" / "nyata"


def test_setda_sumut_2021_budget_table() -> None:
    # Rupiah grouped with dots beside percentages with a decimal point, in one CSV that
    # declares '# pemisah_desimal: .': the Rupiah still read the Indonesian way
    hasil = periksa_berkas(DATA / "setda_sumut_2021_tabel19.csv")
    assert hasil.diperiksa == 5
    # the program prints only 88.6 (blank pagu and realisasi: the sums of its sub kegiatan),
    # explained as in the TOML; one true finding: 307.055.630 / 398.379.650 = 77,076...%
    assert [(t.aturan, t.dicetak, t.dihitung, t.rumus) for t in hasil.temuan] == [
        ("metode", "88.6", "88.9", "1550154676 / 1743400365 x 100"),
        ("angka", "80.5", "77.1", "307055630 / 398379650 x 100"),
    ]
    assert "(93.6 + 87.4 + 92.9 + 80.5) / 4 = 88.6" in hasil.temuan[0].keterangan


def test_setda_sumut_2021_budget_only_report() -> None:
    # the same table as a TOML report: budget-only rows, and the program's percentage printed
    # as the plain mean of its rows' printed percentages (a common practice, explained)
    hasil = periksa_berkas(DATA / "setda_sumut_2021.toml")
    assert hasil.diperiksa == 13
    assert [(t.aturan, t.dicetak, t.dihitung) for t in hasil.temuan] == [
        ("metode", "88.6", "88.9"),
        ("angka", "80.5", "77.1"),
    ]
    assert "(93.6 + 87.4 + 92.9 + 80.5) / 4 = 88.6" in hasil.temuan[0].keterangan
