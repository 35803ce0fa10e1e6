"""``satuan_rupiah`` and ``pemisah_desimal`` declared once on a whole ``[[tabel]]``.

A main-text table printed "(dalam ribuan rupiah)" with "93.60" percentages declares both
keys once; each entry's own key wins. The table's keys mean what ``[lampiran]``'s mean: a
property holds the two levels to the same resolution for every combination.
"""

from __future__ import annotations

import tomllib
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip.audit import periksa
from sakip.errors import ReportFormatError
from sakip.laporan import SATUAN_RUPIAH, Cetakan, dari_dict

_KEPALA = """
skema = 1
[laporan]
instansi = "Dinas Contoh"
tahun = 2024
judul = "LKjIP 2024"
sumber = "-"
renstra = [2021, 2026]
[[program]]
kode = "p1"
nama = "Program Perencanaan"
[[program.kegiatan]]
kode = "p1.k1"
nama = "Penyusunan RKPD"
[[program.kegiatan.sub]]
kode = "p1.k1.s1"
nama = "Dokumen RKPD"
pagu = 1_234_567_890
realisasi_rp = 1_155_555_555
"""

# Tabel 3.4 of a report printed "(dalam ribuan rupiah)", percentages with a decimal point
_TABEL = """
[[tabel]]
tabel = "Tabel 3.4"
judul = "Realisasi Anggaran per Program (dalam ribuan rupiah)"
satuan_rupiah = "ribu"
pemisah_desimal = "."
angka = [
    { baris = "p1", kolom = "Anggaran", teks = "1.234.568", besaran = "pagu:p1" },
    { baris = "p1", kolom = "Realisasi", teks = "1.155.556", besaran = "realisasi_rp:p1" },
    { baris = "p1", kolom = "Sisa", teks = "79.012", besaran = "sisa:p1" },
    { baris = "p1", kolom = "%", teks = "93.60", besaran = "penyerapan:p1" },
    { baris = "p1", kolom = "Terbilang", teks = "Satu Miliar Dua Ratus Tiga Puluh Empat Juta Lima Ratus Enam Puluh Tujuh Ribu Delapan Ratus Sembilan Puluh Rupiah", besaran = "terbilang:pagu:p1" },
    { baris = "p1", kolom = "Anggaran (juta)", teks = "1.234,57", besaran = "pagu:p1", satuan_rupiah = "juta", pemisah_desimal = "," },
    { baris = "p1", kolom = "Anggaran (Rp)", teks = "1.234.567.890", besaran = "pagu:p1", satuan_rupiah = "rupiah" },
]
"""


def _lap(tabel: str = _TABEL, lama: str = "", baru: str = "") -> Any:
    if lama:
        assert tabel.count(lama) == 1, lama
        tabel = tabel.replace(lama, baru)
    return dari_dict(tomllib.loads(_KEPALA + tabel), berkas="lkjip.toml")


def _per_kolom(lap: Any) -> dict[str, Cetakan]:
    return {c.kolom: c for c in lap.cetakan}


def test_the_table_declares_both_keys_once_for_all_its_entries() -> None:
    c = _per_kolom(_lap())
    # its Rupiah entries: in thousands, dots group thousands, '.' only for English grouping
    for kolom in ("Anggaran", "Realisasi", "Sisa"):
        assert (c[kolom].satuan_rupiah, c[kolom].pemisah_desimal, c[kolom].pemisah_rupiah) == (
            "ribu",
            None,
            ".",
        )
    # its other entries: not Rupiah, so the unit skips them; their decimals are dots
    assert (c["%"].satuan_rupiah, c["%"].pemisah_desimal) == ("rupiah", ".")
    assert c["Terbilang"].satuan_rupiah == "rupiah"  # terbilang always says full Rupiah


def test_an_entrys_own_keys_win_over_its_tables() -> None:
    c = _per_kolom(_lap())
    juta = c["Anggaran (juta)"]
    assert (juta.satuan_rupiah, juta.pemisah_desimal, juta.pemisah_rupiah) == ("juta", ",", None)
    assert c["Anggaran (Rp)"].satuan_rupiah == "rupiah"  # full Rupiah, said by the entry


def test_the_consistent_table_has_no_finding() -> None:
    hasil = periksa(_lap())
    assert hasil.temuan == ()
    assert hasil.diperiksa == 7


@pytest.mark.parametrize(
    ("lama", "baru", "dicetak", "dihitung", "keterangan"),
    [
        # a percentage: written in the table's notation, a decimal point
        ('teks = "93.60"', 'teks = "93.61"', "93.61", "93.60", ""),
        # a Rupiah entry in thousands: its finding Indonesian, as under [lampiran]
        (
            'teks = "1.234.568"',
            'teks = "1.234.567"',
            "1.234.567",
            "1.234.568",
            "printed in ribu rupiah (satuan_rupiah = 'ribu'): 1.234.567.890 / 1.000",
        ),
        # the entry's own comma wins: its finding Indonesian too
        ('teks = "1.234,57"', 'teks = "1.234,58"', "1.234,58", "1.234,57", "juta rupiah"),
    ],
)
def test_findings_are_written_as_at_the_lampiran_level(
    lama: str, baru: str, dicetak: str, dihitung: str, keterangan: str
) -> None:
    (t,) = periksa(_lap(_TABEL, lama, baru)).temuan
    assert (t.dicetak, t.dihitung) == (dicetak, dihitung)
    assert keterangan in t.keterangan


def test_the_tables_point_lets_its_rupiah_group_thousands_the_english_way() -> None:
    lap = _lap(_TABEL, 'teks = "1.234.567.890", besaran', 'teks = "1,234,567,890", besaran')
    assert periksa(lap).temuan == ()
    # without the table's point, the same text is refused, naming where to declare it
    tanpa = _TABEL.replace('pemisah_desimal = "."\n', "", 1).replace('"93.60"', '"93,60"')
    tanpa = tanpa.replace('teks = "1.234.567.890", besaran', 'teks = "1,234,567,890", besaran')
    with pytest.raises(ReportFormatError, match=r"\[\[tabel\]\]"):
        periksa(_lap(tanpa))


def test_without_the_tables_point_a_dotted_percentage_is_ambiguous() -> None:
    tanpa = _TABEL.replace('pemisah_desimal = "."\n', "", 1)
    with pytest.raises(ReportFormatError, match="pemisah_desimal"):
        periksa(_lap(tanpa))


@pytest.mark.parametrize(
    ("kunci", "nilai"),
    [
        ("satuan_rupiah", '"Ribu"'),
        ("satuan_rupiah", '""'),
        ("satuan_rupiah", "1000"),
        ("satuan_rupiah", '["ribu"]'),
        ("satuan_rupiah", "true"),
        ("satuan_rupiah", '"ribuan"'),
        ("pemisah_desimal", '";"'),
        ("pemisah_desimal", "1"),
        ("pemisah_desimal", '""'),
        ("pemisah_desimal", '[","]'),
    ],
)
def test_unknown_values_on_a_table_are_refused_naming_the_place(kunci: str, nilai: str) -> None:
    baris = 'satuan_rupiah = "ribu"' if kunci == "satuan_rupiah" else 'pemisah_desimal = "."'
    with pytest.raises(ReportFormatError) as e:
        _lap(_TABEL, baris, f"{kunci} = {nilai}")
    assert e.value.letak == f"tabel[0].{kunci}"
    assert "lkjip.toml" in str(e.value)
    # refused for its value, with what is accepted (not as a key the schema lacks)
    assert (
        "'rupiah', 'ribu', 'juta', 'miliar'" if kunci == "satuan_rupiah" else "',' or '.'"
    ) in (e.value.expected)


def test_a_unit_on_a_non_rupiah_entry_is_still_refused_under_a_tables_unit() -> None:
    with pytest.raises(ReportFormatError, match="applies only to a Rupiah quantity") as e:
        _lap(
            _TABEL,
            'besaran = "penyerapan:p1" }',
            'besaran = "penyerapan:p1", satuan_rupiah = "ribu" }',
        )
    assert e.value.letak == "tabel[0].angka[3].satuan_rupiah"


def _cetakan_dua_tingkat(
    jenis: str, tabel: dict[str, str], entri: dict[str, str]
) -> tuple[Cetakan, Cetakan]:
    """One figure of ``jenis`` under a [[tabel]] and the same under a lampiran column, the
    table's keys on [lampiran] and the entry's on the column."""
    teks = "1.234.567.890" if jenis == "pagu" else "93,60"
    d = tomllib.loads(_KEPALA)
    d["program"][0]["dicetak"] = {"x": teks}
    d["lampiran"] = {"tabel": "L", "kolom": {"x": {"judul": "X", "besaran": jenis, **entri}}}
    d["lampiran"].update(tabel)
    d["tabel"] = [
        {
            "tabel": "T",
            **tabel,
            "angka": [
                {"baris": "p1", "kolom": "X", "teks": teks, "besaran": f"{jenis}:p1", **entri}
            ],
        }
    ]
    lap = dari_dict(d)
    return lap.cetakan[0], lap.cari("p1").dicetak[0]


_PEMISAH = st.sampled_from([None, ",", "."])
_SATUAN = st.sampled_from([None, *SATUAN_RUPIAH])


@given(
    jenis=st.sampled_from(["pagu", "penyerapan"]),
    pemisah_tabel=_PEMISAH,
    satuan_tabel=_SATUAN,
    pemisah_entri=_PEMISAH,
    satuan_entri=_SATUAN,
)
def test_a_tables_keys_resolve_as_the_lampirans_for_every_combination(
    jenis: str,
    pemisah_tabel: str | None,
    satuan_tabel: str | None,
    pemisah_entri: str | None,
    satuan_entri: str | None,
) -> None:
    if jenis != "pagu" and satuan_entri not in (None, "rupiah"):
        satuan_entri = None  # refused on both levels (tested above)

    def kunci(pemisah: str | None, satuan: str | None) -> dict[str, str]:
        return {
            k: v
            for k, v in (("pemisah_desimal", pemisah), ("satuan_rupiah", satuan))
            if v is not None
        }

    utama, lampiran = _cetakan_dua_tingkat(
        jenis, kunci(pemisah_tabel, satuan_tabel), kunci(pemisah_entri, satuan_entri)
    )
    assert (utama.satuan_rupiah, utama.pemisah_desimal, utama.pemisah_rupiah) == (
        lampiran.satuan_rupiah,
        lampiran.pemisah_desimal,
        lampiran.pemisah_rupiah,
    )
    # and the entry's own key, where given, is what the figure has
    if satuan_entri is not None:
        assert utama.satuan_rupiah == satuan_entri
    if pemisah_entri is not None:
        assert utama.pemisah_desimal == pemisah_entri
