"""A rows CSV that is not UTF-8: refused naming the file, the place, what the bytes are, the fix."""

from __future__ import annotations

import codecs
import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip.audit import periksa_berkas
from sakip.errors import ReportFormatError
from sakip.laporan import baca_csv_anggaran, baca_csv_indikator, baca_csv_opsi
from sakip.laporan.berkas import _pengodean

CSV = "kode;nama;pagu;realisasi\np1;Program Kabupatén;1.000;900\n"
SIMPAN = "CSV UTF-8 (Comma delimited)"

#: name -> (the file's bytes, the place named, what the message says the bytes are)
SALAH: dict[str, tuple[bytes, str, str]] = {
    "utf16-le-bom": (codecs.BOM_UTF16_LE + CSV.encode("utf-16-le"), "byte 1", "mark of UTF-16 LE"),
    "utf16-be-bom": (codecs.BOM_UTF16_BE + CSV.encode("utf-16-be"), "byte 1", "mark of UTF-16 BE"),
    "utf16-le": (CSV.encode("utf-16-le"), "byte 1", "UTF-16 LE without a byte-order mark"),
    "utf16-be": (CSV.encode("utf-16-be"), "byte 1", "UTF-16 BE without a byte-order mark"),
    "utf32-le-bom": (codecs.BOM_UTF32_LE + CSV.encode("utf-32-le"), "byte 1", "mark of UTF-32 LE"),
    "utf32-be-bom": (codecs.BOM_UTF32_BE + CSV.encode("utf-32-be"), "byte 1", "mark of UTF-32 BE"),
    "utf32-le": (CSV.encode("utf-32-le"), "byte 1", "UTF-32 LE without a byte-order mark"),
    "latin1": (CSV.encode("latin-1"), "line 2, byte 44", "byte 0xE9 is not UTF-8 (it reads 'é'"),
    "cp1252-dash": (
        CSV.replace("Program", "Program \u2013").encode("cp1252"),
        "line 2, byte 37",
        "byte 0x96 is not UTF-8 (it reads '\u2013'",
    ),
    # cut in the middle of 'é' (two bytes in UTF-8): the last byte of the file is missing
    "cut": (
        CSV.split("\u00e9")[0].encode() + "\u00e9".encode()[:1],
        "line 2, byte 44",
        "the file ends inside a multi-byte character",
    ),
}


def _tulis(folder: Path, isi: bytes, nama: str = "anggaran.csv") -> Path:
    f = folder / nama
    f.write_bytes(isi)
    return f


@pytest.mark.parametrize("kasus", sorted(SALAH))
def test_a_csv_not_in_utf8_is_refused_with_its_place_bytes_and_fix(
    kasus: str, tmp_path: Path
) -> None:
    isi, letak, sebab = SALAH[kasus]
    f = _tulis(tmp_path, isi)
    with pytest.raises(ReportFormatError) as info:
        baca_csv_anggaran(f)
    e = info.value
    assert (e.berkas, e.letak) == ("anggaran.csv", letak)
    assert sebab in str(e)
    assert "must be UTF-8 text" in str(e)
    assert SIMPAN in str(e)


@pytest.mark.parametrize("kasus", ["utf16-le-bom", "utf16-be", "latin1", "cut"])
def test_every_reader_of_a_rows_csv_refuses_it_alike(kasus: str, tmp_path: Path) -> None:
    isi, letak, sebab = SALAH[kasus]
    f = _tulis(tmp_path, isi)
    for baca in (baca_csv_anggaran, baca_csv_indikator, baca_csv_opsi, periksa_berkas):
        with pytest.raises(ReportFormatError) as info:
            baca(f)
        assert (info.value.letak, sebab in str(info.value)) == (letak, True), baca


def test_utf8_with_or_without_its_byte_order_mark_is_read(tmp_path: Path) -> None:
    for isi in (CSV.encode(), codecs.BOM_UTF8 + CSV.encode()):
        (b,) = baca_csv_anggaran(_tulis(tmp_path, isi))
        assert (b.nama, b.pagu) == ("Program Kabupatén", 1000)


def test_a_stream_in_another_encoding_is_refused_with_the_fix() -> None:
    aliran = io.TextIOWrapper(io.BytesIO(CSV.encode("latin-1")), encoding="utf-8")
    with pytest.raises(ReportFormatError) as info:
        baca_csv_anggaran(aliran, berkas="anggaran.csv")
    assert info.value.berkas == "anggaran.csv"
    assert "stream's encoding (utf-8)" in str(info.value)
    assert SIMPAN in str(info.value)


_TEKS = st.text(st.characters(blacklist_characters="\x00", blacklist_categories=["Cs"]))
#: ASCII text: printable characters, tabs and line ends (control bytes are binary).
_ASCII = st.text(st.sampled_from([chr(c) for c in (9, 10, 13, *range(0x20, 0x7F))]), min_size=1)


@given(teks=_TEKS)
def test_utf8_text_without_nul_is_never_refused_for_its_encoding(teks: str) -> None:
    assert _pengodean("a.csv", teks.encode()) is None


@given(
    teks=_ASCII,
    pengodean=st.sampled_from(["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"]),
    bom=st.booleans(),
)
def test_utf16_and_utf32_are_named_with_or_without_a_mark(
    teks: str, pengodean: str, bom: bool
) -> None:
    tanda = {
        "utf-16-le": codecs.BOM_UTF16_LE,
        "utf-16-be": codecs.BOM_UTF16_BE,
        "utf-32-le": codecs.BOM_UTF32_LE,
        "utf-32-be": codecs.BOM_UTF32_BE,
    }[pengodean]
    e = _pengodean("a.csv", (tanda if bom else b"") + teks.encode(pengodean))
    assert e is not None
    assert pengodean.upper().replace("-LE", " LE").replace("-BE", " BE") in str(e)
    assert (e.berkas, e.letak) == ("a.csv", "byte 1")


@pytest.mark.parametrize("isi", [b"\x00\x01\x02", b"\x00\x01", b"\x01\x00\x02\x00", b"\x00\x7f"])
def test_binary_bytes_between_nuls_are_not_named_utf16(isi: bytes, tmp_path: Path) -> None:
    """Control bytes between NULs are no text in any encoding: refused as binary, not as
    "UTF-16 without a byte-order mark" (a guess a review found for a 3-byte junk file)."""
    with pytest.raises(ReportFormatError) as info:
        baca_csv_anggaran(_tulis(tmp_path, isi))
    assert "UTF-16" not in str(info.value)
    assert "binary" in str(info.value)
