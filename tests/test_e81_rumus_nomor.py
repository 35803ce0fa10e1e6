"""E.81: a caption formula that contradicts its header is a finding (``rumus-nomor``).

The header says what a column is, and so which columns its caption's formula names
(``16 = 15 / 6 x 100`` under the tingkat capaian Renstra). A caption naming others
(``16 = 14/6*100``, as in the Kabupaten Jember 2020 template) is a slip of the printed
form: the sheet is read by its headers, the audit gives that caption one finding and
audits the rest as usual. A caption naming no column at all, or a header not understood,
is still refused. The workbooks are the Permendagri-order workbook of ``test_e81_layout``
(captions in row 7: realisasi Renja T7, tingkat capaian Renja V7, realisasi Renstra X7,
tingkat capaian Renstra Z7).
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import attrs
import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sakip import e81
from sakip.audit import Tingkat
from sakip.cli import main
from sakip.e81 import Kolom
from sakip.e81.berkas_xlsx import muat_lembar
from sakip.e81.layout import BENTUK_KETERANGAN, RUMUS_KETERANGAN, Lembar, SelMentah, kenali
from sakip.e81.model import KeteranganSalah, Sel
from sakip.errors import InvalidTypeError, ReportFormatError, SakipError
from tests.test_e81_layout import buat_csv, buat_permendagri, rekaman, rekaman_rujukan

LAYOUT = "E.81 layout: numbered caption row, K/Rp row, header text per column group"

#: Each derived column: its caption cell, a wrong caption, the right one, its header cell.
SALAH = {
    Kolom.REALISASI_RENJA: ("T7", "13 = 9 + 10 + 11", "13 = 9 + 10 + 11 + 12", "T4"),
    Kolom.CAPAIAN_RENJA: ("V7", "14 = 13 / 7 x 100%", "14 = 13 / 8 x 100", "V4"),
    Kolom.REALISASI_RENSTRA: ("X7", "15 = 6 + 13", "15 = 7 + 13", "X4"),
    Kolom.CAPAIAN_RENSTRA: ("Z7", "16 = 14/6*100", "16 = 15 / 6 x 100", "Z4"),
}


def _keterangan(**sel: str) -> Any:
    def ubah(ws: Any) -> None:
        for a1, teks in sel.items():
            ws[a1] = teks

    return ubah


def _buku(tmp_path: Path, nama: str = "e81.xlsx", **sel: str) -> Path:
    return buat_permendagri(tmp_path / nama, ubah=_keterangan(**sel))


def _ringkas(hasil: e81.HasilE81) -> list[tuple[str, str, str, str]]:
    return [(t.sel, t.temuan.aturan, t.temuan.dicetak, t.temuan.dihitung) for t in hasil.temuan]


# -- a wrong caption: one finding, the rest audited as usual ---------------------------------


def test_a_wrong_caption_is_one_finding_and_the_rows_are_audited(tmp_path: Path) -> None:
    benar = e81.periksa_berkas(_buku(tmp_path, "benar.xlsx"))
    salah = e81.periksa_berkas(_buku(tmp_path, Z7="16 = 14/6*100"))
    t = salah.temuan[0]
    assert (t.lembar, t.sel) == ("E81", "Z7")
    assert attrs.asdict(t.temuan) == {
        "aturan": "rumus-nomor",
        "tingkat": Tingkat.RENDAH,
        "letak": "'E81'!Z7 / caption of 'tingkat capaian renstra'",
        "dicetak": "16 = 14/6*100",
        "dihitung": "16 = 15 / 6 x 100",
        "rumus": (
            "tingkat capaian renstra = realisasi renstra s/d tahun ini / target renstra x 100 "
            "(Permendagri 86/2017, Lampiran, form E.81, its column captions)"
        ),
        "keterangan": (
            "the header at Z4 names this column 'tingkat capaian renstra', so its caption "
            "reads '16 = 15 / 6 x 100'; the printed one names other columns. The sheet was "
            "read by its headers, and each figure of the column is judged by its own cell's "
            "formula. Correct the caption"
        ),
    }
    # the ordinary findings of the rows, unchanged (22 in this workbook: konstanta, tak-tersimpan)
    assert len(benar.temuan) == 22
    assert _ringkas(salah)[1:] == _ringkas(benar)
    assert salah.diperiksa == benar.diperiksa
    assert [b.isian for b in salah.tabel.baris] == [b.isian for b in benar.tabel.baris]
    assert rekaman(salah.tabel) == rekaman_rujukan()


@pytest.mark.parametrize("kolom", list(SALAH), ids=lambda k: k.name)
def test_each_derived_columns_caption_is_checked(tmp_path: Path, kolom: Kolom) -> None:
    a1, tertera, seharusnya, kepala = SALAH[kolom]
    hasil = e81.periksa_berkas(_buku(tmp_path, **{a1: tertera}))
    dilaporkan = [t for t in hasil.temuan if t.temuan.aturan == "rumus-nomor"]
    assert [(t.sel, t.temuan.dicetak, t.temuan.dihitung) for t in dilaporkan] == [
        (a1, tertera, seharusnya)
    ]
    assert f"the header at {kepala} names this column {kolom.value!r}" in (
        dilaporkan[0].temuan.keterangan
    )


def test_every_wrong_caption_is_a_finding_top_left_first(tmp_path: Path) -> None:
    hasil = e81.periksa_berkas(_buku(tmp_path, **{a1: s for a1, s, _, _ in SALAH.values()}))
    assert [t.sel for t in hasil.temuan[:4]] == ["T7", "V7", "X7", "Z7"]
    assert {t.temuan.aturan for t in hasil.temuan[:4]} == {"rumus-nomor"}


@pytest.mark.parametrize("tertera", ["16 = 15/6*100", "(16) = 6 / 15 x 100 %", "16 = Kol 15 : 6"])
def test_a_caption_naming_the_right_columns_is_no_finding(tmp_path: Path, tertera: str) -> None:
    hasil = e81.periksa_berkas(_buku(tmp_path, Z7=tertera))
    assert "rumus-nomor" not in {t.temuan.aturan for t in hasil.temuan}
    assert hasil.tabel.keterangan_salah == ()


# -- the whole space of captions of one column: a finding exactly when the numbers differ ------


@pytest.fixture(scope="module")
def lembar_permendagri(tmp_path_factory: pytest.TempPathFactory) -> Lembar:
    return muat_lembar(buat_permendagri(tmp_path_factory.mktemp("e81") / "e81.xlsx"))[0]


def _dengan_keterangan(lembar: Lembar, teks: str) -> Lembar:
    baris = list(lembar.sel)
    r = list(baris[6])
    r[25] = SelMentah(nilai=teks)  # Z7
    baris[6] = tuple(r)
    return attrs.evolve(lembar, sel=tuple(baris))


@settings(max_examples=60, deadline=None)
@given(
    nomor=st.lists(st.integers(min_value=1, max_value=99), min_size=1, max_size=4),
    operator=st.sampled_from([" + ", "/", " x ", "*", " : "]),
    persen=st.booleans(),
)
def test_a_caption_is_a_finding_iff_its_numbers_are_not_the_headers(
    lembar_permendagri: Lembar, nomor: list[int], operator: str, persen: bool
) -> None:
    teks = "16 = " + operator.join(map(str, nomor)) + (" x 100%" if persen else "")
    tata = kenali(_dengan_keterangan(lembar_permendagri, teks))
    assert bool(tata.keterangan_salah) == (set(nomor) != {15, 6})
    assert tata.kolom == kenali(lembar_permendagri).kolom  # read by the headers alike


def test_the_written_forms_cover_every_formula_checked() -> None:
    assert set(BENTUK_KETERANGAN) == set(RUMUS_KETERANGAN)
    for kolom, bentuk in BENTUK_KETERANGAN.items():
        assert bentuk.count("{}") == len(RUMUS_KETERANGAN[kolom])


# -- still refused ----------------------------------------------------------------------------


def test_a_caption_naming_no_column_is_refused(tmp_path: Path) -> None:
    path = _buku(tmp_path, Z7="16 = capaian renstra")
    with pytest.raises(ReportFormatError) as info:
        e81.periksa_berkas(path)
    assert str(info.value) == (
        f"{path}: 'E81'!Z7 caption formula must name the columns it computes from by their "
        "numbers ([6, 15] for 'tingkat capaian renstra', as its header says) "
        f"(got 'capaian renstra'); {LAYOUT}"
    )


def test_a_header_not_understood_beside_a_wrong_caption_is_refused(tmp_path: Path) -> None:
    path = _buku(tmp_path, Z4="Catatan", Z7="16 = 14/6*100")
    with pytest.raises(ReportFormatError) as info:
        e81.periksa_berkas(path)
    assert info.value.letak == "'E81'!Z4"
    assert "must be a header of form E.81 (caption 16); not understood" in str(info.value)


# -- every output carries the finding ------------------------------------------------------------


def _jalankan(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(args), out=out), out.getvalue()


def test_the_command_reports_it_in_text_json_and_markdown(tmp_path: Path) -> None:
    path = _buku(tmp_path, Z7="16 = 14/6*100")
    status, teks = _jalankan("audit", str(path))
    assert status == 0
    assert "by rule: konstanta: 21, rumus-nomor: 1, tak-tersimpan: 1" in teks
    assert "\n[rendah] Z7 rumus-nomor: printed 16 = 14/6*100, computed 16 = 15 / 6 x 100; " in teks
    status, teks = _jalankan("audit", str(path), "--format", "json")
    data = json.loads(teks)
    assert (status, data["jumlah_temuan"]) == (0, 23)
    assert {
        k: data["temuan"][0][k] for k in ("aturan", "tingkat", "lembar", "sel", "dicetak")
    } == {
        "aturan": "rumus-nomor",
        "tingkat": "rendah",
        "lembar": "E81",
        "sel": "Z7",
        "dicetak": "16 = 14/6*100",
    }
    status, teks = _jalankan("audit", str(path), "--format", "markdown")
    assert "\n| Z7 | rumus-nomor | rendah | 16 = 14/6*100 | 16 = 15 / 6 x 100 |" in teks


def test_the_marked_copy_comments_the_caption_and_reads_back(tmp_path: Path) -> None:
    path = _buku(tmp_path, Z7="16 = 14/6*100")
    keluaran = tmp_path / "tanda.xlsx"
    status, teks = _jalankan("audit", str(path), "--format", "xlsx", "--output", str(keluaran))
    assert (status, teks.endswith(f"23 findings marked in {keluaran}\n")) == (0, True)
    ws: Any = openpyxl.load_workbook(keluaran)["E81"]
    assert "rumus-nomor" in ws["Z7"].comment.text
    assert _ringkas(e81.periksa_berkas(keluaran)) == _ringkas(e81.periksa_berkas(path))


def test_a_csv_with_a_wrong_caption_is_read_and_reported(tmp_path: Path) -> None:
    """The CSV reader (no sheet, so no sheet name) reads by the headers alike."""
    path = buat_csv(tmp_path / "e81.csv")
    baris = path.read_text(encoding="utf-8").splitlines()
    # a realisasi Renja group after the quarters, blank, its caption naming only three
    baris[0] += ";Realisasi Kinerja dan Anggaran Renja;"
    baris[1] += ";12 = 6 + 7 + 8;"
    baris[2] += ";K;Rp"
    baris[3:] = [b + ";;" for b in baris[3:]]
    path.write_text("\n".join(baris) + "\n", encoding="utf-8")
    hasil = e81.periksa_berkas(path)
    assert _ringkas(hasil)[:1] == [("S2", "rumus-nomor", "12 = 6 + 7 + 8", "12 = 6 + 7 + 8 + 9")]
    assert hasil.temuan[0].lembar == ""
    assert hasil.temuan[0].temuan.letak == "''!S2 / caption of 'realisasi renja'"
    assert rekaman(hasil.tabel) == rekaman_rujukan()


# -- the record --------------------------------------------------------------------------------


def _salah(**ubah: object) -> KeteranganSalah:
    sel = Sel(lembar="S", baris=4, kolom=25)
    isi: dict[str, object] = {
        "sel": sel,
        "tertera": "16 = 14/6*100",
        "kolom": Kolom.CAPAIAN_RENSTRA,
        "sel_kepala": sel,
        "seharusnya": "16 = 15 / 6 x 100",
        "arti": "a / b x 100",
    }
    return KeteranganSalah(**(isi | ubah))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "ubah",
    [{"sel": "Y4"}, {"tertera": 16}, {"kolom": "tingkat capaian renstra"}, {"seharusnya": None}],
)
def test_the_record_refuses_junk(ubah: dict[str, object]) -> None:
    with pytest.raises(InvalidTypeError):
        _salah(**ubah)


@pytest.mark.parametrize("junk", ["Y4", [1], 3, (None,)])
def test_a_table_refuses_junk_for_its_wrong_captions(junk: object) -> None:
    with pytest.raises(SakipError):
        e81.TabelE81(judul="", baris=(), keterangan_salah=junk)


def test_a_table_built_in_python_reports_its_wrong_captions() -> None:
    tabel = e81.TabelE81(judul="", baris=(), keterangan_salah=[_salah()])
    assert isinstance(tabel.keterangan_salah, tuple)
    assert _ringkas(e81.periksa(tabel)) == [
        ("Y4", "rumus-nomor", "16 = 14/6*100", "16 = 15 / 6 x 100")
    ]
