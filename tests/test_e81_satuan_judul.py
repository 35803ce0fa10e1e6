"""E.81: the unit of the Rp amounts declared above the table, and one table of unit labels.

A sheet whose title or header text says "(dalam ribuan rupiah)", "(Rp 000)" and the like,
over plain "Rp" labels, has its amounts in that unit: read so (they were read as whole
Rupiah, a factor of 1,000 off, with nothing said). A title and a label declaring two
units are refused naming both cells; a phrase that merely mentions the Rupiah declares
nothing. The labels sakip reads and writes come from one table
(:data:`sakip.e81.model.LABEL_SATUAN`). The workbooks are the Permendagri-order workbook
of ``test_e81_layout``: titles in A1 and A2 (merged across the table), headers in rows 4-5,
K / Rp in row 6.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip import e81
from sakip.e81 import Bagian
from sakip.e81.berkas_xlsx import muat_lembar
from sakip.e81.layout import LABEL_BAGIAN, POLA_SATUAN_JUDUL, label_bagian
from sakip.e81.model import LABEL_SATUAN, label_rupiah
from sakip.errors import InvalidValueError, ReportFormatError
from sakip.laporan import SATUAN_RUPIAH
from sakip.laporan.rekaman import SatuanRupiah
from tests.test_e81_layout import buat_permendagri

LAYOUT = "E.81 layout: numbered caption row, K/Rp row, header text per column group"
JUDUL = "DINAS CONTOH TAHUN 2025"
RP_JUMLAH = (7, 9, 11, 13, 15, 17, 19, 21, 25)  # row 6: the Rp amount columns


def _buku(tmp_path: Path, *, sel: dict[str, str] | None = None, label: str | None = None) -> Path:
    def ubah(ws: Any) -> None:
        for a1, teks in (sel or {}).items():
            ws[a1] = teks
        for c in RP_JUMLAH if label is not None else ():
            ws.cell(row=6, column=c, value=label)

    return buat_permendagri(tmp_path / "e81.xlsx", ubah=ubah)


def _satuan(tmp_path: Path, **kw: Any) -> str:
    return muat_lembar(_buku(tmp_path, **kw))[1].satuan_rupiah


# -- a unit declared above the table --------------------------------------------------------


@pytest.mark.parametrize(
    ("frasa", "satuan"),
    [
        ("(dalam ribuan rupiah)", "ribu"),
        ("(Dalam Ribu Rupiah)", "ribu"),
        ("(Rp 000)", "ribu"),
        ("(Rp. 000,-)", "ribu"),
        ("dalam Rp.(000)", "ribu"),
        ("(dalam jutaan rupiah)", "juta"),
        ("(Rp. Juta)", "juta"),
        ("(Rp 000.000)", "juta"),
        ("ANGGARAN DALAM MILIARAN RP", "miliar"),
        ("2025 Ribuan Rupiah", "ribu"),  # a plural after a year is no amount
        ("Tahun 1999 jutaan rupiah", "juta"),
        ("Evaluasi Hasil terhadap RENJA PD, Ribuan Rupiah", "ribu"),  # after punctuation
        ("Renja PD. Jutaan Rupiah", "juta"),
        ("Tahun 2018, ribuan rupiah", "ribu"),
        ("2025 dalam juta rupiah", "juta"),
        ("(dalam rupiah)", "rupiah"),
    ],
)
def test_a_title_phrase_declares_the_unit(tmp_path: Path, frasa: str, satuan: str) -> None:
    assert _satuan(tmp_path, sel={"A2": f"{JUDUL} {frasa}"}) == satuan


def test_a_unit_in_a_header_applies_to_the_sheet(tmp_path: Path) -> None:
    kepala = "Target Kinerja dan Anggaran Renja SKPD Tahun Berjalan (2025) (dalam ribuan rupiah)"
    assert _satuan(tmp_path, sel={"J4": kepala}) == "ribu"


def test_the_title_unit_is_read_and_said_like_a_labels(tmp_path: Path) -> None:
    """The figures as printed, in the title's unit: the same records and findings as a sheet
    labelled "Rp (000)", whose findings on amounts say the unit."""
    judul = e81.periksa_berkas(_buku(tmp_path, sel={"A2": f"{JUDUL} (dalam ribuan rupiah)"}))
    label = e81.periksa_berkas(_buku(tmp_path, label="Rp (000)"))
    assert (judul.tabel.satuan_rupiah, judul.ke_dict()["satuan_rupiah"]) == ("ribu", "ribu")
    assert [b.isian for b in judul.tabel.baris] == [b.isian for b in label.tabel.baris]
    assert [t.temuan.letak for t in judul.temuan] == [t.temuan.letak for t in label.temuan]
    assert judul.temuan[0].temuan.letak.endswith(" Rp (in ribu rupiah)")
    assert e81.teks(judul).splitlines()[1].endswith("; Rp in ribu rupiah (satuan_rupiah = 'ribu')")


@pytest.mark.parametrize(
    "judul",
    [
        "ANGGARAN (RP)",
        "Pagu Anggaran Rupiah Tahun 2025",
        "Realisasi Anggaran dan Kinerja (Rupiah)",
        "Pagu 5 juta rupiah per kegiatan",
        "Pagu 5juta rupiah",
        "Rp 1.000 per dokumen",
        "seribu rupiah",
        "dalam ribuan",
    ],
)
def test_a_phrase_that_merely_mentions_rupiah_declares_no_unit(tmp_path: Path, judul: str) -> None:
    assert _satuan(tmp_path, sel={"A2": f"{JUDUL} {judul}"}) == "rupiah"
    # nor does it stand against a label naming its unit
    assert _satuan(tmp_path, sel={"A2": f"{JUDUL} {judul}"}, label="Rp. (000)") == "ribu"


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_a_phrase_declaring_a_unit_names_the_rupiah(teks: str) -> None:
    if not re.search(r"rp|rupiah", teks.lower()):
        assert not [p for p, _ in POLA_SATUAN_JUDUL if p.search(teks.lower())]


@given(
    kata=st.sampled_from(["ribu", "juta", "miliar"]),
    an=st.booleans(),
    mata_uang=st.sampled_from(["rupiah", "rp"]),
    depan=st.sampled_from(["", "dalam ", "("]),
    tahun=st.integers(min_value=2000, max_value=2040),
)
def test_every_unit_word_with_the_rupiah_is_its_unit(
    kata: str, an: bool, mata_uang: str, depan: str, tahun: int
) -> None:
    teks = f"evaluasi renja tahun {tahun} - {depan}{kata}{'an' if an else ''} {mata_uang}"
    assert {s for p, s in POLA_SATUAN_JUDUL if p.search(teks)} == {kata}


# -- two units: refused, naming both cells --------------------------------------------------


def test_a_title_and_a_label_in_two_units_are_refused(tmp_path: Path) -> None:
    path = _buku(tmp_path, sel={"A2": f"{JUDUL} (dalam ribuan rupiah)"}, label="Rp (juta)")
    with pytest.raises(ReportFormatError) as info:
        e81.periksa_berkas(path)
    assert str(info.value) == (
        f"{path}: 'E81'!G6 must declare the Rupiah unit of A2 ('{JUDUL} (dalam ribuan "
        "rupiah)': ribu rupiah), since every Rp amount of one sheet is in one unit: correct "
        "the title or label that is wrong, or convert that column's amounts to one unit "
        f"(this one: juta rupiah) (got 'Rp (juta)'); {LAYOUT}"
    )
    assert isinstance(info.value, InvalidValueError)


def test_a_title_in_full_rupiah_and_a_label_in_thousands_are_refused(tmp_path: Path) -> None:
    path = _buku(tmp_path, sel={"A2": f"{JUDUL} (dalam rupiah)"}, label="Rp (000)")
    with pytest.raises(ReportFormatError) as info:
        e81.periksa_berkas(path)
    assert info.value.letak == "'E81'!G6"
    assert "unit of A2 (" in str(info.value)


def test_two_title_phrases_in_two_units_are_refused(tmp_path: Path) -> None:
    path = _buku(tmp_path, sel={"A1": "EVALUASI (Rp 000)", "J4": "Target Renja (Rp juta)"})
    with pytest.raises(ReportFormatError) as info:
        e81.periksa_berkas(path)
    assert str(info.value).startswith(
        f"{path}: 'E81'!J4 must declare the Rupiah unit of A1 ('EVALUASI (Rp 000)': ribu "
        "rupiah), since every Rp amount of one sheet is in one unit: correct the title or "
        "header phrase that is wrong"
    )


@pytest.mark.parametrize("label", ["Rp (000)", "Rp. 000", "(Rp ribu)"])
def test_a_title_and_labels_in_one_unit_agree(tmp_path: Path, label: str) -> None:
    sel = {"A2": f"{JUDUL} (dalam ribuan rupiah)", "J4": "Target Renja (Rp. 000)"}
    assert _satuan(tmp_path, sel=sel, label=label) == "ribu"


# -- one table of unit labels -----------------------------------------------------------------


def test_every_unit_has_its_labels_in_one_table() -> None:
    assert list(LABEL_SATUAN) == list(SATUAN_RUPIAH)
    assert LABEL_SATUAN["rupiah"] == ()  # "Rp" alone
    assert all(sebutan for s, sebutan in LABEL_SATUAN.items() if s != "rupiah")


@pytest.mark.parametrize("satuan", list(SATUAN_RUPIAH))
def test_the_label_written_is_read_back_in_its_unit(satuan: SatuanRupiah) -> None:
    assert label_bagian(label_rupiah(satuan)) == (Bagian.RP, satuan)


def test_the_labels_read_are_the_tables_words_and_no_others() -> None:
    dibaca = {k: v for k, v in LABEL_BAGIAN.items() if v[0] is Bagian.RP and v[1] != "rupiah"}
    dari_tabel = {
        label: (Bagian.RP, satuan)
        for satuan, semua in LABEL_SATUAN.items()
        for sebutan in semua
        for rp in ("rp", "rp.")
        for label in (f"{rp}{sebutan}", f"{rp}({sebutan})", f"({rp}{sebutan})")
    }
    assert dibaca == dari_tabel


@pytest.mark.parametrize(
    "teks",
    [
        "Sasaran: PAD naik menjadi Rp 5.000.000.000 (lima miliar rupiah)",
        "PAD naik menjadi Rp 5.000.000.000 (lima miliar rupiah)",  # an amount in words
        "Sasaran: Meningkatnya PDRB per kapita (juta rupiah)",  # an indicator's unit
        "Sasaran: Meningkatnya PDRB (Rp juta)",
        "Indikator: pendapatan per kapita 50 jutaan rupiah",
        "Pendapatan per kapita 50 jutaan rupiah",  # an amount ending the line, no prefix
        "Bantuan 1.250 ribuan rupiah",
        "Hemat ribuan rupiah per dokumen",  # not where a unit statement stands
        "Target dua belas juta rupiah",
    ],
)
def test_amounts_and_content_above_the_table_declare_no_unit(tmp_path: Path, teks: str) -> None:
    """A review found each read as the sheet's unit (a thousand or a million times off)."""
    assert _satuan(tmp_path, sel={"A2": teks}) == "rupiah"
    assert _satuan(tmp_path, sel={"A2": teks}, label="Rp. (000)") == "ribu"
