"""E.81: Rp columns labelled in a unit ("Rp. (000)": thousands), read in that unit.

The figures stay exact in the unit printed; the table records the unit
(``satuan_rupiah``, the report side's word and values), every Rp amount a finding names
says it, and a sheet whose Rp amount columns declare two units is refused naming both.
The workbooks are the Permendagri-order workbook of ``test_e81_layout`` with its K / Rp
row (row 6) relabelled.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl.utils import column_index_from_string

from sakip import contoh, e81
from sakip.e81 import Bagian
from sakip.e81.berkas_xlsx import muat_lembar
from sakip.e81.layout import LABEL_BAGIAN, label_bagian
from sakip.e81.model import label_rupiah, sebutan_satuan
from sakip.errors import InvalidTypeError, InvalidValueError, ReportFormatError
from sakip.laporan import SATUAN_RUPIAH
from sakip.laporan.rekaman import SatuanRupiah
from tests.test_e81_layout import buat_permendagri

LAYOUT = "E.81 layout: numbered caption row, K/Rp row, header text per column group"

# Row 6 of the Permendagri-order workbook: K in the even columns 6..26, Rp beside each.
RP_JUMLAH = (7, 9, 11, 13, 15, 17, 19, 21, 25)  # amounts: targets, quarters, realisasi
RP_CAPAIAN = (23, 27)  # tingkat capaian Renja / Renstra: percentages


def _label(label: dict[int, str]) -> Any:
    def ubah(ws: Any) -> None:
        for c, teks in label.items():
            ws.cell(row=6, column=c, value=teks)

    return ubah


def _buku(tmp_path: Path, label: dict[int, str], nama: str = "e81.xlsx") -> Path:
    return buat_permendagri(tmp_path / nama, ubah=_label(label))


def _semua(teks: str, capaian: str | None = None) -> dict[int, str]:
    label = dict.fromkeys(RP_JUMLAH, teks)
    if capaian is not None:
        label |= dict.fromkeys(RP_CAPAIAN, capaian)
    return label


# -- the labels ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("teks", "satuan"),
    [
        ("Rp", "rupiah"),
        ("Rp.", "rupiah"),
        ("Rupiah", "rupiah"),
        ("Rp. (000)", "ribu"),  # the Sukabumi 2018 E.81
        ("Rp (000)", "ribu"),
        ("Rp. 000", "ribu"),
        ("(Rp 000)", "ribu"),
        ("Rp (ribu)", "ribu"),
        ("Rp (juta)", "juta"),
        ("Rp. Juta", "juta"),
        ("(Rp. 000.000)", "juta"),
    ],
)
def test_a_rp_label_names_its_unit(teks: str, satuan: str) -> None:
    assert label_bagian(teks) == (Bagian.RP, satuan)


@pytest.mark.parametrize("teks", ["Rp (000", "Rp (ratus)", "Rp 00", "Rp x 1000", "Rp (Triliun)"])
def test_a_label_not_in_the_table_is_no_part(teks: str) -> None:
    assert label_bagian(teks) is None


@given(
    kunci=st.sampled_from(sorted(LABEL_BAGIAN)),
    data=st.data(),
)
def test_case_and_spaces_do_not_change_a_label(kunci: str, data: st.DataObject) -> None:
    ruang = st.text(alphabet=" \t", max_size=2)
    ditulis = "".join(
        data.draw(ruang) + (h.upper() if data.draw(st.booleans()) else h) for h in kunci
    ) + data.draw(ruang)
    assert label_bagian(ditulis) == LABEL_BAGIAN[kunci]


@given(st.text(max_size=12))
def test_a_label_is_read_by_its_table_alone(teks: str) -> None:
    assert label_bagian(teks) == LABEL_BAGIAN.get("".join(teks.lower().split()))


def test_helpers_refuse_junk() -> None:
    with pytest.raises(InvalidValueError):
        label_rupiah("ratus")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError):
        label_rupiah(1000)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError):
        sebutan_satuan(("target renja", "Rp"), "ribu")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        e81.TabelE81(judul="", baris=(), satuan_rupiah="ribuan")  # type: ignore[arg-type]


# -- a sheet in one unit -------------------------------------------------------------------


def test_rupiah_in_thousands_is_read_in_thousands_exactly(tmp_path: Path) -> None:
    polos = e81.periksa_berkas(buat_permendagri(tmp_path / "polos.xlsx"))
    ribu = e81.periksa_berkas(_buku(tmp_path, _semua("Rp. (000)", capaian="Rp.")))
    assert (polos.tabel.satuan_rupiah, ribu.tabel.satuan_rupiah) == ("rupiah", "ribu")
    # the figures as printed, not scaled; the checks compare like with like
    assert [b.isian for b in ribu.tabel.baris] == [b.isian for b in polos.tabel.baris]
    assert [
        (t.sel, t.temuan.aturan, t.temuan.dicetak, t.temuan.dihitung) for t in ribu.temuan
    ] == [(t.sel, t.temuan.aturan, t.temuan.dicetak, t.temuan.dihitung) for t in polos.temuan]
    assert ribu.ke_dict()["satuan_rupiah"] == "ribu"
    assert polos.ke_dict()["satuan_rupiah"] == "rupiah"


@pytest.mark.parametrize(("teks", "satuan"), [("Rp (000)", "ribu"), ("Rp. Juta", "juta")])
def test_a_finding_on_an_amount_says_its_unit(tmp_path: Path, teks: str, satuan: str) -> None:
    def ubah(ws: Any) -> None:
        _label(_semua(teks))(ws)
        ws["K10"] = 90  # pagu Renja below the quarters' realisasi: a Rp finding

    hasil = e81.periksa_berkas(buat_permendagri(tmp_path / "e81.xlsx", ubah=ubah))
    letak = {t.sel: t.temuan.letak for t in hasil.temuan}
    assert letak["U10"].endswith(f"/ realisasi renja Rp (in {satuan} rupiah)")
    assert letak["T8"].endswith("/ 12 formulas")  # a K cell says no unit
    rp = {s for s in letak if column_index_from_string(s[:1]) in RP_JUMLAH}
    assert len(rp) > 10
    for s, v in letak.items():  # each amount, and nothing else, says its unit
        assert v.endswith(f" Rp (in {satuan} rupiah)") == (s in rp), v
    baris = e81.teks(hasil).splitlines()
    assert baris[1].endswith(f"; Rp in {satuan} rupiah (satuan_rupiah = '{satuan}')")
    assert f"Rp in {satuan} rupiah" in e81.markdown(hasil).splitlines()[2]
    assert json.loads(json.dumps(hasil.ke_dict()))["satuan_rupiah"] == satuan


def test_full_rupiah_findings_and_text_name_no_unit(tmp_path: Path) -> None:
    def ubah(ws: Any) -> None:
        ws["K10"] = 90

    hasil = e81.periksa_berkas(buat_permendagri(tmp_path / "e81.xlsx", ubah=ubah))
    assert {t.sel: t.temuan.letak for t in hasil.temuan}["U10"].endswith("/ realisasi renja Rp")
    assert not any("rupiah" in t.temuan.letak for t in hasil.temuan)
    assert "satuan_rupiah" not in e81.teks(hasil)


@pytest.mark.parametrize("capaian", ["Rp", "Rp.", "Rp (juta)", "%"])
def test_a_tingkat_capaian_label_names_no_amount(tmp_path: Path, capaian: str) -> None:
    """Sukabumi 2018: "Rp." over the tingkat capaian (a percentage) beside "Rp. (000)"."""
    label = _semua("Rp. (000)") | {RP_CAPAIAN[0]: capaian}
    _, tata = muat_lembar(_buku(tmp_path, label))
    assert tata.satuan_rupiah == "ribu"


# -- a sheet in two units: refused, naming both cells ----------------------------------------


def test_a_unit_on_only_one_of_the_rp_columns_is_refused(tmp_path: Path) -> None:
    path = _buku(tmp_path, {21: "Rp. (000)"})
    with pytest.raises(ReportFormatError) as info:
        e81.periksa_berkas(path)
    assert str(info.value) == (
        f"{path}: 'E81'!U6 must declare the Rupiah unit of G6 ('Rp': rupiah rupiah), since "
        "every Rp amount of one sheet is in one unit: correct the label that is wrong, or "
        "convert that column's amounts to one unit (this one: ribu rupiah) (got 'Rp. (000)'); "
        f"{LAYOUT}"
    )
    assert isinstance(info.value, InvalidValueError)
    assert info.value.letak == "'E81'!U6"


def test_thousands_and_millions_in_one_sheet_are_refused(tmp_path: Path) -> None:
    path = _buku(tmp_path, _semua("Rp (000)") | {25: "Rp (juta)"})
    with pytest.raises(ReportFormatError) as info:
        e81.periksa_berkas(path)
    assert str(info.value).startswith(
        f"{path}: 'E81'!Y6 must declare the Rupiah unit of G6 ('Rp (000)': ribu rupiah)"
    )
    assert str(info.value).endswith(f"(this one: juta rupiah) (got 'Rp (juta)'); {LAYOUT}")


def test_an_unknown_unit_is_still_refused_as_no_part(tmp_path: Path) -> None:
    path = _buku(tmp_path, _semua("Rp (ratus)"))
    with pytest.raises(ReportFormatError) as info:
        e81.periksa_berkas(path)
    assert str(info.value) == f"{path}: 'E81'!G6 must be K, Rp or % (got 'Rp (ratus)'); {LAYOUT}"


# -- a written workbook says its unit ----------------------------------------------------------


def test_a_table_in_thousands_is_written_and_read_back_in_thousands(tmp_path: Path) -> None:
    tabel = attrs.evolve(e81.dari_laporan(contoh.dumai_2023()), satuan_rupiah="ribu")
    path = e81.tulis_xlsx(tabel, tmp_path / "ribu.xlsx")
    ws: Any = openpyxl.load_workbook(path).active
    label = {ws.cell(row=r, column=c).value for r in range(1, 10) for c in range(1, 40)}
    assert "Rp (000)" in label
    assert "Rp" in label  # over the tingkat capaian, a percentage
    dibaca = e81.baca_xlsx(path)
    polos = e81.baca_xlsx(
        e81.tulis_xlsx(attrs.evolve(tabel, satuan_rupiah="rupiah"), tmp_path / "p.xlsx")
    )
    assert (dibaca.satuan_rupiah, polos.satuan_rupiah) == ("ribu", "rupiah")
    assert [b.isian for b in dibaca.baris] == [b.isian for b in polos.baris]  # not scaled


@pytest.mark.parametrize("satuan", sorted(SATUAN_RUPIAH))
def test_a_table_written_in_any_unit_reads_back_in_it(
    tmp_path: Path, satuan: SatuanRupiah
) -> None:
    # "Rp (miliar)", which sakip writes, was no label it read
    tabel = attrs.evolve(e81.dari_laporan(contoh.dumai_2023()), satuan_rupiah=satuan)
    kembali = e81.baca_xlsx(e81.tulis_xlsx(tabel, tmp_path / "e81.xlsx"))
    assert kembali.satuan_rupiah == satuan
