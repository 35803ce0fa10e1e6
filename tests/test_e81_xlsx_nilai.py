"""The stored value of each cell of an E.81 workbook, checked by its cell type before
openpyxl reads it, on every sheet openpyxl reads, from the bytes openpyxl parses.

openpyxl reads a number cell's text with Python's ``int()`` or ``float()``: ``1_000``,
`` 12 `` or Arabic-Indic digits were read as numbers, silently. Each workbook here is the
Deli Serdang one (``tests/data/e81``, see its README) with one part rewritten.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sakip import e81
from sakip.e81 import berkas_xlsx
from sakip.e81._xml import _ANGKA, SelSalah, _angka, sel_salah
from sakip.errors import ReportFormatError
from tests._perintah import ditolak
from tests.test_xlsx_hostile import DS, _bangun

LEMBAR = "xl/worksheets/sheet1.xml"
BUKU = "xl/workbook.xml"
BUKU_RELS = "xl/_rels/workbook.xml.rels"
TIPE = "[Content_Types].xml"
#: A number cell of the sheet (column 7's Rp target of row 15), as Excel stored it.
K15 = b'<c r="K15" s="161"><v>85102670</v></c>'
NAMA = "'Realisasi TW IV'"


def _bagian(nama: str) -> bytes:
    with zipfile.ZipFile(DS) as z:
        return z.read(nama)


def _k15(sel: bytes) -> Callable[[str, bytes], tuple[str, bytes]]:
    """The sheet with K15 replaced by ``sel``."""

    def ubah(nama: str, data: bytes) -> tuple[str, bytes]:
        if nama == LEMBAR:
            assert data.count(K15) == 1
            data = data.replace(K15, sel)
        return nama, data

    return ubah


def _sel(teks: str, tipe: str | None = None) -> bytes:
    """K15 storing ``teks`` as a cell of type ``tipe`` (None: no ``t``, a number)."""
    t = "" if tipe is None else f' t="{tipe}"'
    return f'<c r="K15" s="161"{t}><v>{teks}</v></c>'.encode()


def _temuan(p: Path) -> list[tuple[str, str, str, str]]:
    h = e81.periksa_berkas(p)
    return [(t.sel, t.temuan.aturan, t.temuan.dicetak, t.temuan.dihitung) for t in h.temuan]


@pytest.fixture(scope="module")
def asli() -> list[tuple[str, str, str, str]]:
    return _temuan(DS)


# -- 1. a value openpyxl would misread, refused naming its cell ------------------------

ANGKA = "must hold a finite decimal number (a number cell)"
BOOLEAN = "must hold 0 or 1 (a boolean cell)"
INDEKS = "must hold a whole number, a shared string's index (a shared-string cell)"
GALAT = "must hold an error code such as #N/A or #DIV/0! (an error cell)"
TANGGAL = "must hold an ISO 8601 date, time, date and time, or duration"
TIPE_SEL = "must have a cell type (t) of ST_CellType: b, d, e, inlineStr, n, s, str"


@pytest.mark.parametrize(
    ("tipe", "teks", "aturan"),
    [
        # what openpyxl read, before: 1000, 123, 123, 85102670, 85102670, 3.5
        pytest.param(None, "1_000", ANGKA, id="n-underscore"),
        pytest.param(None, "\u0661\u0662\u0663", ANGKA, id="n-arabic-indic"),
        pytest.param(None, "\uff11\uff12\uff13", ANGKA, id="n-full-width"),
        pytest.param(None, " 85102670 ", ANGKA, id="n-spaces"),
        pytest.param(None, "85102670\n", ANGKA, id="n-newline"),
        pytest.param(None, "\u0663.\u0665", ANGKA, id="n-arabic-indic-float"),
        pytest.param("n", "1_000.5", ANGKA, id="n-explicit-underscore-float"),
        # True, True, True
        pytest.param("b", "2", BOOLEAN, id="b-two"),
        pytest.param("b", " 1", BOOLEAN, id="b-space"),
        pytest.param("b", "\u0661", BOOLEAN, id="b-arabic-indic"),
        # the 4th, 4th and 11th shared strings
        pytest.param("s", " 3", INDEKS, id="s-space"),
        pytest.param("s", "\uff13", INDEKS, id="s-full-width"),
        pytest.param("s", "1_0", INDEKS, id="s-underscore"),
        # the texts "12" (read by sakip as the number 12) and " #N/A"
        pytest.param("e", "12", GALAT, id="e-number"),
        pytest.param("e", " #N/A", GALAT, id="e-space"),
        # the date alone, the date alone, 2025-12-31 08:30 without its offset, a date
        pytest.param("d", "2025-12-31 08:30", TANGGAL, id="d-space"),
        pytest.param("d", "2025-12-31junk", TANGGAL, id="d-junk"),
        pytest.param("d", "2025-12-31T08:30:00+07:00", TANGGAL, id="d-offset"),
        pytest.param("d", "\uff12025-12-31", TANGGAL, id="d-full-width"),
        # the text "12", typed "x" and ""
        pytest.param("x", "12", TIPE_SEL, id="type-unknown"),
        pytest.param("", "12", TIPE_SEL, id="type-empty"),
    ],
)
def test_a_stored_value_openpyxl_would_misread_is_refused_naming_its_cell(
    tmp_path: Path, tipe: str | None, teks: str, aturan: str
) -> None:
    p = _bangun(tmp_path / "nilai.xlsx", _k15(_sel(teks, tipe)))
    with pytest.raises(ReportFormatError) as info:
        e81.baca_xlsx(p)
    salah = teks if aturan != TIPE_SEL else tipe
    assert (info.value.letak, info.value.value) == (f"{NAMA}!K15", salah)
    assert str(info.value.expected).startswith(aturan)
    assert str(info.value.rule).startswith("ECMA-376 Part 1, 18.3.1.96 v (Cell Value)")


def test_the_refusal_is_one_line_on_the_command(tmp_path: Path) -> None:
    p = _bangun(tmp_path / "nilai.xlsx", _k15(_sel("1_000")))
    galat = ditolak("audit", str(p))
    assert f"{p}: {NAMA}!K15 {ANGKA} (got '1_000'); ECMA-376 Part 1, 18.3.1.96" in galat


@pytest.mark.parametrize("teks", ["+85102670", "85102670.0", "8.510267E7", "8.510267e+07"])
def test_a_number_as_office_may_write_it_is_read_as_the_same_number(
    tmp_path: Path, teks: str, asli: list[tuple[str, str, str, str]]
) -> None:
    assert _temuan(_bangun(tmp_path / "angka.xlsx", _k15(_sel(teks)))) == asli


def _cek(tipe: str | None, teks: str | None, banyak_teks: int | None = None) -> SelSalah | None:
    t = "" if tipe is None else f' t="{tipe}"'
    v = "<v/>" if teks is None else f"<v>{teks}</v>"
    xml = f'<worksheet><sheetData><row r="1"><c r="A1"{t}>{v}</c></row></sheetData></worksheet>'
    return sel_salah(io.BytesIO(xml.encode()), banyak_teks)


@pytest.mark.parametrize(
    ("tipe", "teks"),
    [
        *((None, t) for t in ("0", "-0.5", ".5", "5.", "1E-3", "+1", "007", None, "")),
        *(("b", t) for t in ("0", "1")),
        *(("s", t) for t in ("0", "002")),
        *(("e", t) for t in ("#N/A", "#DIV/0!", "#NAME?", "#NULL!", "#GETTING_DATA", "#SPILL!")),
        *(
            ("d", t)
            for t in (
                "2025-12-31",
                "2025-12-31T08:30:00Z",
                "2025-12-31T08:30:00.123",
                "08:30",
                "PT1H30M",
                "PT0.5S",
            )
        ),
        ("str", " any text, 1_000 "),
        ("inlineStr", "ignored by openpyxl"),
        ("x", None),  # an unknown type with no value: nothing read
    ],
)
def test_a_value_openpyxl_reads_right_is_let_through(tipe: str | None, teks: str | None) -> None:
    assert _cek(tipe, teks, banyak_teks=3) is None


@pytest.mark.parametrize(
    ("tipe", "teks"),
    [
        ("d", "2025-02-30"),  # openpyxl fails: refused naming the cell, not in one word
        ("d", "24:00"),
        ("d", "PT"),
        ("d", "T"),
        ("e", "#n/a"),
        ("n", "NaN"),
        ("n", "-INF"),
        ("n", "1" * 400),  # beyond a double: openpyxl read a 400-digit int
    ],
)
def test_a_value_openpyxl_fails_on_is_refused_by_the_check_too(tipe: str, teks: str) -> None:
    salah = _cek(tipe, teks)
    assert salah is not None
    assert (salah.sel, salah.teks) == ("A1", teks)


@settings(max_examples=300, deadline=None)
@given(teks=st.text(max_size=12))
def test_a_number_accepted_is_ascii_without_space_or_underscore(teks: str) -> None:
    if _angka(teks):
        assert teks.isascii()
        assert not any(c.isspace() or c == "_" for c in teks)


@settings(max_examples=300, deadline=None)
@given(
    teks=st.from_regex(_ANGKA, fullmatch=True).filter(
        lambda t: len(t) < 300 and not re.search(r"[eE][+-]?0*\d{5}", t)  # Decimal's reach
    )
)
def test_a_number_as_office_writes_it_is_accepted_when_finite(teks: str) -> None:
    from openpyxl.worksheet._reader import (  # type: ignore[attr-defined]  # not in its stubs
        _cast_number,
    )

    """What the check lets through, openpyxl reads as the decimal it says (int() exactly,
    float() rounded once), Decimal the oracle."""
    tepat = Decimal(teks)
    assert _angka(teks) == (abs(float(tepat)) < float("inf"))
    if _angka(teks):
        v = _cast_number(teks)
        assert Fraction(v) == Fraction(tepat) if isinstance(v, int) else v == float(tepat)


# -- 2. every sheet openpyxl reads is checked, found as openpyxl finds it --------------


def _indeks_salah() -> Callable[[str, bytes], tuple[str, bytes]]:
    """The sheet with its first shared-string cell's index made -1 (openpyxl reads the
    last string: a silent misreading)."""

    def ubah(nama: str, data: bytes) -> tuple[str, bytes]:
        if nama == LEMBAR:
            data = re.sub(
                rb'(<c r="[A-Z]+\d+"[^>/]*t="s"[^>/]*><v>)\d+', rb"\g<1>-1", data, count=1
            )
        return nama, data

    return ubah


def _sel_s_pertama() -> str:
    m = re.search(rb'<c r="([A-Z]+\d+)"[^>/]*t="s"[^>/]*><v>\d+', _bagian(LEMBAR))
    assert m is not None
    return m.group(1).decode()


def _target_berputar(nama: str, data: bytes) -> tuple[str, bytes]:
    """The sheet's relationship target through a detour: openpyxl normalises it."""
    nama, data = _indeks_salah()(nama, data)
    if nama == BUKU_RELS:
        data = data.replace(
            b'Target="worksheets/sheet1.xml"', b'Target="x/../worksheets/sheet1.xml"'
        )
    return nama, data


def _buku_lain(tipe: bytes) -> Callable[[str, bytes], tuple[str, bytes]]:
    """The workbook part moved to ``xl/buku.xml`` (its content type ``tipe``), the sheet
    with the bad index under it; ``xl/workbook.xml`` kept as a decoy over a clean copy
    of the sheet: openpyxl reads the part its content type names."""

    def ubah(nama: str, data: bytes) -> tuple[str, bytes]:
        nama, data = _indeks_salah()(nama, data)
        if nama == TIPE:
            lama = b'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.'
            lama += b'openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            assert data.count(lama) == 1
            data = data.replace(
                lama, b'<Override PartName="/xl/buku.xml" ContentType="' + tipe + b'"/>'
            )
        return nama, data

    return ubah


def _tambahan_buku_lain() -> tuple[tuple[str, bytes], ...]:
    rels = _bagian(BUKU_RELS)
    return (
        ("xl/buku.xml", _bagian(BUKU)),
        ("xl/_rels/buku.xml.rels", rels),
        ("xl/bersih.xml", _bagian(LEMBAR)),
    )


def _buku_umpan(nama: str, data: bytes) -> tuple[str, bytes]:
    if nama == BUKU_RELS:  # the decoy's sheet: the clean copy
        data = data.replace(b'Target="worksheets/sheet1.xml"', b'Target="bersih.xml"')
    return nama, data


def _dua_nama_sama(nama: str, data: bytes) -> tuple[str, bytes]:
    """Two sheets of one name: openpyxl renames the second; the first is read."""
    nama, data = _indeks_salah()(nama, data)
    if nama == BUKU:
        m = re.search(rb'<sheet name="Realisasi TW IV"[^>]*/>', data)
        assert m is not None
        kedua = re.sub(rb'sheetId="\d+"', b'sheetId="9"', m.group(0)).replace(b"rId1", b"rId9")
        data = data.replace(m.group(0), m.group(0) + kedua)
    if nama == BUKU_RELS:
        r = (
            b'<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/'
            b'2006/relationships/worksheet" Target="bersih.xml"/>'
        )
        data = data.replace(b"</Relationships>", r + b"</Relationships>")
    return nama, data


XLSX = b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
XLSM = b"application/vnd.ms-excel.sheet.macroEnabled.main+xml"


@pytest.mark.parametrize(
    ("ubah", "tambah", "akhiran"),
    [
        pytest.param(_target_berputar, (), ".xlsx", id="target-through-a-detour"),
        pytest.param(
            _dua_nama_sama, (("xl/bersih.xml", _bagian(LEMBAR)),), ".xlsx", id="name-twice"
        ),
        pytest.param(
            lambda n, d: _buku_umpan(*_buku_lain(XLSX)(n, d)),
            _tambahan_buku_lain(),
            ".xlsx",
            id="workbook-part-elsewhere",
        ),
        pytest.param(
            lambda n, d: _buku_umpan(*_buku_lain(XLSM)(n, d)),
            _tambahan_buku_lain(),
            ".xlsm",
            id="macro-workbook-part-elsewhere",
        ),
    ],
)
def test_the_sheet_openpyxl_reads_is_the_sheet_checked(
    tmp_path: Path,
    ubah: Callable[[str, bytes], tuple[str, bytes]],
    tambah: tuple[tuple[str, bytes], ...],
    akhiran: str,
) -> None:
    p = _bangun(tmp_path / f"jalan{akhiran}", ubah, tambah)
    with pytest.raises(ReportFormatError, match="the count of shared strings less one") as info:
        e81.baca_xlsx(p)
    assert (info.value.letak, info.value.value) == (f"{NAMA}!{_sel_s_pertama()}", "-1")


def test_a_decoy_alone_reads_as_the_original(
    tmp_path: Path, asli: list[tuple[str, str, str, str]]
) -> None:
    """The workbooks above read alike without the bad index: openpyxl reads them."""

    def bersih(nama: str, data: bytes) -> tuple[str, bytes]:
        return _buku_umpan(*_buku_lain(XLSX)(nama, data)) if nama != LEMBAR else (nama, data)

    assert _temuan(_bangun(tmp_path / "umpan.xlsx", bersih, _tambahan_buku_lain())) == asli


# -- 3. the bytes checked are the bytes read ---------------------------------------------


def test_a_file_replaced_after_the_check_is_read_as_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, asli: list[tuple[str, str, str, str]]
) -> None:
    """openpyxl read the file again after the check: a file replaced meanwhile escaped it."""
    p = _bangun(tmp_path / "e81.xlsx")
    pengganti = _bangun(tmp_path / "pengganti.xlsx", _k15(_sel("1_000"))).read_bytes()
    periksa = berkas_xlsx._sel_salah

    def lalu_ganti(*args: Any, **kwargs: Any) -> object:
        hasil = periksa(*args, **kwargs)
        p.write_bytes(pengganti)  # the file replaced between the check and openpyxl
        return hasil

    monkeypatch.setattr(berkas_xlsx, "_sel_salah", lalu_ganti)
    assert _temuan(p) == asli


@pytest.mark.parametrize("panjang", [1, 40, 41, 42, 300])
def test_cells_are_counted_whatever_the_length_of_their_prefix(panjang: int) -> None:
    # a review found a 42-character prefix escaping the cell bound (the pattern took at
    # most 41): 600,000 cells were parsed for 34 s before a layout error
    from sakip.e81._xml import TAG_TEKS_BERSAMA, Pemindai

    p = "p" * panjang
    xml = f'<{p}:row r="1"><{p}:c r="A1"><{p}:v>1</{p}:v></{p}:c></{p}:row>'.encode()
    pemindai = Pemindai(maks_token=1 << 20, maks_tag=10)
    assert pemindai.makan(xml) is None
    pemindai.makan(b"")
    assert pemindai.banyak_tag == 2
    assert len(TAG_TEKS_BERSAMA.findall(f"<{p}:si><{p}:t>x</{p}:t></{p}:si>".encode())) == 1


@pytest.mark.parametrize(
    "sisipan", [b"<!-- <si><t>x</t></si> -->", b"<si/>".join([b"<!--", b"-->"])]
)
def test_a_string_inside_a_comment_is_not_counted(tmp_path: Path, sisipan: bytes) -> None:
    """Shared strings are counted as openpyxl reads them, not by pattern: an ``<si>`` inside
    a comment made the count one too many, so the index equal to the true count passed and
    openpyxl failed ("list index out of range", no cell named). A review's case."""
    banyak = len(re.findall(rb"<si[\s/>]", _bagian("xl/sharedStrings.xml")))
    sel = _sel_s_pertama()

    def ubah(nama: str, data: bytes) -> tuple[str, bytes]:
        if nama == "xl/sharedStrings.xml":
            data = data.replace(b"</sst>", sisipan + b"</sst>")
        if nama == LEMBAR:
            data = re.sub(
                rb'(<c r="' + sel.encode() + rb'"[^>/]*t="s"[^>/]*><v>)\d+',
                rb"\g<1>" + str(banyak).encode(),
                data,
                count=1,
            )
        return nama, data

    p = _bangun(tmp_path / "komentar.xlsx", ubah)
    with pytest.raises(ReportFormatError, match="the count of shared strings less one") as info:
        e81.baca_xlsx(p)
    assert (info.value.letak, info.value.value) == (f"{NAMA}!{sel}", str(banyak))
