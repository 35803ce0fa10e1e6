"""Report files in the shapes real reports print: direct indicator values, Rupiah beside
decimal points in a rows CSV, and refusals worded in the file's terms."""

from __future__ import annotations

import io
import re
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip.angka import bilangan
from sakip.audit import periksa, periksa_berkas
from sakip.kinerja import Arah
from sakip.laporan import (
    MAKS_RUPIAH,
    Indikator,
    Komponen,
    ReportFormatError,
    baca_csv_anggaran,
    baca_csv_indikator,
    baca_toml,
    dari_dict,
)
from tests._bangun import (
    TANPA,
    angka,
    indikator,
    kegiatan,
    kepala,
    laporan,
    program,
    sub,
    tabel,
)

DATA = Path(__file__).parent / "data" / "bentuk"
#: Words of Python, not of a report file.
PYTHON = re.compile(r"None|kosong=|\bpass\b|\bbool\b|\bint\b|Decimal|Fraction|\(\)")


def _kepala() -> dict[str, Any]:
    return kepala(tahun=2022, sumber="-", skala_predikat=TANPA)


def _indikator(realisasi: Any, **lain: Any) -> dict[str, Any]:
    iku = indikator(
        nama="Indeks kepuasan",
        satuan="indeks",
        target={"2022": "80"},
        realisasi={"2022": realisasi},
        **lain,
    )
    return laporan(laporan=_kepala(), indikator=[iku])


def _anggaran(sel: str, opsi: str = "") -> int:
    (b,) = baca_csv_anggaran(io.StringIO(f"{opsi}kode;nama;pagu;realisasi\np1;P;{sel};0\n"))
    assert b.pagu is not None  # a written cell is an amount (None is a blank pair)
    return b.pagu


# -- direct indicator values --------------------------------------------------------


@pytest.mark.parametrize(
    ("teks", "lain", "nilai"),
    [
        ("93", {}, Fraction(93)),
        ("97,32%", {}, Fraction(9732, 100)),
        ("4,21", {}, Fraction(421, 100)),
        ("93.6", {"pemisah_desimal": "."}, Fraction(936, 10)),
        (12, {}, Fraction(12)),
    ],
)
def test_a_realisasi_printed_as_a_value_is_read_by_baca_s_rule(
    teks: Any, lain: dict[str, Any], nilai: Fraction
) -> None:
    ind = dari_dict(_indikator(teks, **lain)).indikator[0]
    assert ind.nilai_realisasi == {2022: nilai}
    assert ind.realisasi == {}
    assert ind.tahun_realisasi() == (2022,)


@pytest.mark.parametrize(
    ("teks", "pesan"),
    [
        ("93.6", 'it reads 93,6 with pemisah_desimal = "."'),
        ("1.500", "is ambiguous"),
        ("-", "is empty: write the realisasi as printed, or leave the year out"),
        ("", "is empty"),
        ("n/a", "is empty: write the realisasi as printed"),
        ("N/A", "is empty: write the realisasi as printed"),
        (True, "must be the realisasi as printed ('93', '97,32%') or its components"),
        (1.5, "must be the realisasi as printed"),
    ],
)
def test_a_value_that_is_no_number_is_refused_in_the_file_s_terms(teks: Any, pesan: str) -> None:
    with pytest.raises(ReportFormatError, match=re.escape(pesan)) as e:
        dari_dict(_indikator(teks), berkas="x.toml")
    assert e.value.letak == "indikator[0].realisasi.2022"


def test_a_year_is_given_as_components_or_as_a_value_not_both() -> None:
    with pytest.raises(ValueError, match="not both"):
        Indikator(
            kode="i",
            nama="n",
            satuan="%",
            arah=Arah.NAIK,
            target={2022: Fraction(1)},
            realisasi={2022: Komponen(pembilang=Fraction(1), penyebut=Fraction(2))},
            nilai_realisasi={2022: Fraction(50)},
        )


def test_the_audit_computes_capaian_from_the_value_and_no_denominator() -> None:
    hasil = periksa_berkas(DATA / "nilai_langsung.toml")
    # capaian and realisasi of both indicators reproduce; a printed denominator does not
    # exist (a finding), and a printed '-' for it is consistent (none)
    assert [(t.letak, t.aturan, t.dicetak) for t in hasil.temuan] == [
        ("Tabel 3.1 / iku1 / Penyebut", "tak-terhitung", "100")
    ]
    assert "no numerator or denominator" in hasil.temuan[0].keterangan
    assert hasil.diperiksa == 5
    # the recomputed tables list indicators given by their value too
    (iku,) = [t for t in hasil.tabel if t.judul.startswith("Capaian IKU")]
    assert [(b[0], b[4]) for b in iku.baris] == [("iku1", "97,32"), ("iku2", "102,66")]


def test_a_wrong_capaian_from_a_value_is_a_finding() -> None:
    data = _indikator("82,13")
    data["tabel"] = [tabel(angka("iku.capaian:iku1:2022", "99,99", baris="iku1", kolom="C"))]
    (t,) = periksa(dari_dict(data)).temuan
    assert (t.aturan, t.dihitung) == ("angka", "102,66")


# -- Rupiah in a rows CSV that declares a decimal point --------------------------------


@pytest.mark.parametrize(
    ("sel", "nilai"),
    [
        ("749.930.215", 749930215),  # Indonesian grouping, the common case
        ("1,004,422,800", 1004422800),  # English grouping, as SIPD exports it
        ("1.500", 1500),  # a dot in Rupiah groups thousands: 1,5 is no Rupiah
        ("1.000", 1000),  # and 1.000 is Rp 1.000, not Rp 1
        ("Rp 1.000,-", 1000),
        ("1.000,00", 1000),
        ("8397", 8397),
    ],
)
def test_rupiah_read_the_indonesian_way_whatever_the_file_declares(sel: str, nilai: int) -> None:
    assert _anggaran(sel, "# pemisah_desimal: .\n") == nilai


@pytest.mark.parametrize("sel", ["12,000", "1,000", "5,500"])
def test_rupiah_with_two_readings_is_refused_with_both(sel: str) -> None:
    with pytest.raises(ReportFormatError, match="is ambiguous") as e:
        _anggaran(sel, "# pemisah_desimal: .\n")
    assert e.value.letak == "row 3, column pagu"


def test_english_grouping_needs_the_file_s_decimal_point() -> None:
    with pytest.raises(ReportFormatError, match="groups thousands with commas"):
        _anggaran("1,004,422,800")


def test_the_percentages_keep_the_file_s_decimal_point() -> None:
    hasil = periksa_berkas(DATA / "rupiah_titik.csv")
    assert hasil.temuan == ()
    assert hasil.diperiksa == 3


def _inggris(n: int) -> str:
    return f"{n:,}"


@given(st.integers(min_value=0, max_value=MAKS_RUPIAH), st.sampled_from(["", ",", "."]))
def test_indonesian_grouping_reads_its_amount_under_every_declaration(
    n: int, pemisah: str
) -> None:
    opsi = f"# pemisah_desimal: {pemisah}\n" if pemisah else ""
    assert _anggaran(bilangan(n), opsi) == n


@given(st.integers(min_value=0, max_value=MAKS_RUPIAH))
def test_english_grouping_is_read_as_its_amount_or_refused_never_misread(n: int) -> None:
    """Under '.', "1,234,567" is that amount; a text with a second reading is refused."""
    if 1000 <= n < 10**6:  # one comma group only ("12,000"): Rp 12 or Rp 12.000?
        with pytest.raises(ReportFormatError, match="is ambiguous"):
            _anggaran(_inggris(n), "# pemisah_desimal: .\n")
    else:
        assert _anggaran(_inggris(n), "# pemisah_desimal: .\n") == n


# -- messages in the file's terms --------------------------------------------------------


@pytest.mark.parametrize("sel", ["", "-", " "])
@pytest.mark.parametrize("opsi", ["", "# pemisah_desimal: .\n"])
def test_an_empty_rupiah_cell_says_what_to_write(sel: str, opsi: str) -> None:
    with pytest.raises(ReportFormatError) as e:
        _anggaran(sel, opsi)
    assert not PYTHON.search(str(e.value)), str(e.value)
    assert "write the amount as the report prints it" in e.value.expected


@pytest.mark.parametrize("kolom", ["target", "realisasi"])
def test_an_empty_indicator_cell_says_what_to_write(kolom: str) -> None:
    sel = {"target": "10", "realisasi": "9", kolom: "-"}
    teks = f"kode,nama,arah,target,realisasi\nk,n,naik,{sel['target']},{sel['realisasi']}\n"
    with pytest.raises(ReportFormatError) as e:
        baca_csv_indikator(io.StringIO(teks))
    assert not PYTHON.search(str(e.value)), str(e.value)
    assert e.value.letak == f"row 2, column {kolom}"
    assert "write the number as the report prints it" in e.value.expected


def test_a_csv_hint_names_the_file_s_option() -> None:
    with pytest.raises(
        ReportFormatError, match=re.escape("'# pemisah_desimal: .' above the header")
    ):
        baca_csv_indikator(io.StringIO("kode,nama,arah,target,realisasi\nk,n,naik,95.03,9\n"))


def _kunci(data: Any, jalan: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(data, dict):
        hasil = []
        for k, v in data.items():
            hasil.append((*jalan, k))
            hasil += _kunci(v, (*jalan, k))
        return hasil
    if isinstance(data, list):
        return [j for i, v in enumerate(data) for j in _kunci(v, (*jalan, i))]
    return []


_PENUH: dict[str, Any] = laporan(
    laporan=_kepala(),
    program=[
        program(
            nama="P",
            kegiatan=[
                kegiatan(
                    nama="K",
                    sub=[
                        sub(
                            nama="S",
                            indikator="I",
                            target_k=2,
                            tw_k=[0, 1, 1, 0],
                            tw_rp=[0, 50, 0, 40],
                        )
                    ],
                )
            ],
        )
    ],
    indikator=_indikator({"pembilang": 8, "penyebut": 10})["indikator"],
)


@pytest.mark.parametrize("jalan", _kunci(_PENUH), ids=str)
def test_a_missing_key_is_named_with_the_keys_the_table_has(jalan: tuple[Any, ...]) -> None:
    import copy

    data = copy.deepcopy(_PENUH)
    wadah = data
    for k in jalan[:-1]:
        wadah = wadah[k]
    del wadah[jalan[-1]]
    galat: ReportFormatError | None = None
    try:
        dari_dict(data, berkas="x.toml")
    except ReportFormatError as e:  # a required key (an optional one: the report is read)
        galat = e
    if galat is not None:
        assert not PYTHON.search(str(galat)), str(galat)
        if galat.expected.startswith("is required: write"):
            assert galat.value == sorted(str(k) for k in wadah)


@pytest.mark.parametrize("nilai", [True, [1], {"a": 1}])
def test_a_number_of_another_type_is_refused_in_toml_terms(nilai: Any) -> None:
    data = _indikator({"pembilang": nilai, "penyebut": 10})
    with pytest.raises(ReportFormatError) as e:
        dari_dict(data, berkas="x.toml")
    assert not PYTHON.search(str(e.value)), str(e.value)
    assert "an integer (12) or a decimal string with a point ('0.25')" in e.value.expected


def test_an_empty_scale_names_the_empty_array() -> None:
    data = laporan(
        laporan=_kepala(), skala=[{"kode": "S", "nama": "S", "sumber": "-", "pita": []}]
    )
    with pytest.raises(ReportFormatError) as e:
        dari_dict(data, berkas="x.toml")
    assert not PYTHON.search(str(e.value)), str(e.value)


def test_the_data_files_are_read() -> None:
    assert baca_toml(DATA / "nilai_langsung.toml").indikator[1].nilai_realisasi == {
        2022: Fraction(8213, 100)
    }


def test_a_printed_capaian_in_words_agrees_as_with_a_sign(tmp_path: Path) -> None:
    # "102,66 persen" shows two places, as "102,66%" does: no finding for either
    teks = (DATA / "nilai_langsung.toml").read_text(encoding="utf-8")
    assert teks.count('"102,66"') == 1
    berkas = tmp_path / "persen.toml"
    berkas.write_text(teks.replace('"102,66"', '"102,66 persen"'), encoding="utf-8")
    hasil = periksa_berkas(berkas)
    assert [t.letak for t in hasil.temuan] == ["Tabel 3.1 / iku1 / Penyebut"]
