"""Hostile XML in an E.81 workbook: one huge token, a DTD, another encoding, a stored
value openpyxl cannot read. Each workbook is the Deli Serdang one with one part
rewritten; each refusal is one line on the command, exit 2.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sakip import e81
from sakip.e81 import _xml, berkas_xlsx
from sakip.e81._xml import _BAGIAN_BEBAS, Pemindai
from sakip.errors import ReportFormatError
from tests._perintah import ditolak

DS = Path(__file__).parent / "data" / "e81" / "e81_deli_serdang_bappedalitbang_2025.xlsx"
LEMBAR = "xl/worksheets/sheet1.xml"
K15 = b'<c r="K15" s="161"><v>85102670</v></c>'
AKHIR_DATA = b"</sheetData>"
#: A smaller token bound, so that the generated parts stay small.
BATAS = 4096


def _salin(tujuan: Path, ubah: Callable[[bytes], bytes], bagian: str = LEMBAR) -> Path:
    """A copy of the Deli Serdang workbook with one part rewritten."""
    with zipfile.ZipFile(DS) as zi, zipfile.ZipFile(tujuan, "w", zipfile.ZIP_DEFLATED) as zo:
        for info in zi.infolist():
            data = zi.read(info.filename)
            if info.filename == bagian:
                data = ubah(data)
            zo.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    return tujuan


def _sisip(sisipan: bytes, setelah: bytes = AKHIR_DATA) -> Callable[[bytes], bytes]:
    def ubah(xml: bytes) -> bytes:
        assert xml.count(setelah) == 1
        return xml.replace(setelah, setelah + sisipan)

    return ubah


def _letak_sisipan(setelah: bytes = AKHIR_DATA, *, lari: bool = False) -> int:
    """Where a token inserted after ``setelah`` begins; with ``lari``, where the run
    without ``<`` holding it begins (after the last ``<`` before it)."""
    with zipfile.ZipFile(DS) as z:
        xml = z.read(LEMBAR)
    letak = xml.index(setelah) + len(setelah)
    return xml.rfind(b"<", 0, letak) + 1 if lari else letak


def _temuan(h: e81.HasilE81) -> list[tuple[str, str, str]]:
    return [(t.sel, t.temuan.aturan, t.temuan.dihitung) for t in h.temuan]


@pytest.fixture(scope="module")
def asli() -> list[tuple[str, str, str]]:
    return _temuan(e81.periksa_berkas(DS))


@pytest.fixture
def batas(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(berkas_xlsx, "MAKS_TOKEN", BATAS)
    return BATAS


# -- 1. one huge token -----------------------------------------------------------------


def test_a_comment_at_the_bound_is_read_and_one_byte_more_is_refused(
    tmp_path: Path, batas: int, asli: list[tuple[str, str, str]]
) -> None:
    pas = _salin(tmp_path / "pas.xlsx", _sisip(b"<!--" + b"A" * (batas - 7) + b"-->"))
    assert _temuan(e81.periksa_berkas(pas)) == asli  # the chunks are the bound's size too
    lebih = _salin(tmp_path / "lebih.xlsx", _sisip(b"<!--" + b"A" * (batas - 6) + b"-->"))
    galat = ditolak("audit", str(lebih))
    assert f"{LEMBAR} at byte {_letak_sisipan()} must close each XML comment within" in galat
    assert f"within {batas} bytes" in galat


def test_a_comment_past_the_real_bound_is_refused_at_once(tmp_path: Path) -> None:
    """1 MiB of comment took openpyxl about 7 s, 16 MiB 81 s: now refused by the scan."""
    n = berkas_xlsx.MAKS_TOKEN
    p = _salin(tmp_path / "komentar.xlsx", _sisip(b"<!--" + b"A" * n + b"-->"))
    galat = ditolak("audit", str(p))
    assert galat.startswith(f"sakip: error: {p}: {LEMBAR} at byte {_letak_sisipan()} ")
    assert f"{n} bytes" in galat


@pytest.mark.parametrize(
    ("sisipan", "setelah", "harapan"),
    [
        pytest.param(
            b"<!--" + b"A<" * BATAS + b"-->", AKHIR_DATA, "comment", id="comment-holding-lt"
        ),
        pytest.param(b"<!--" + b"A" * 2 * BATAS, AKHIR_DATA, "comment", id="comment-unclosed"),
        pytest.param(
            b"<?pi " + b"A<" * BATAS + b"?>", AKHIR_DATA, "processing instruction", id="pi"
        ),
        pytest.param(
            b"<![CDATA[" + b"A<" * BATAS + b"]]>", AKHIR_DATA, "CDATA section", id="cdata"
        ),
        pytest.param(b"A" * 2 * BATAS, AKHIR_DATA, "without '<'", id="text"),
        pytest.param(b' x="' + b"A" * 2 * BATAS + b'"', b"<sheetData", "without '<'", id="attr"),
        pytest.param(b"<!DOCTYPE worksheet>", b'standalone="yes"?>', "[M1.18]", id="dtd"),
    ],
)
def test_a_hostile_token_is_refused_naming_part_and_byte(
    tmp_path: Path, batas: int, sisipan: bytes, setelah: bytes, harapan: str
) -> None:
    p = _salin(tmp_path / "token.xlsx", _sisip(sisipan, setelah))
    galat = ditolak("audit", str(p))
    letak = _letak_sisipan(setelah, lari=harapan == "without '<'")
    assert f"{LEMBAR} at byte {letak} must " in galat
    assert harapan in galat


@pytest.mark.parametrize(
    "ubah",
    [
        pytest.param(
            lambda xml: xml.replace(b'encoding="UTF-8"', b'encoding="ISO-8859-1"'), id="declared"
        ),
        pytest.param(lambda xml: b"\xff\xfe" + xml.decode().encode("utf-16-le"), id="utf-16"),
    ],
)
def test_a_part_not_in_utf8_is_refused(tmp_path: Path, ubah: Callable[[bytes], bytes]) -> None:
    p = _salin(tmp_path / "kode.xlsx", ubah)
    galat = ditolak("audit", str(p))
    assert f"{LEMBAR} at byte " in galat
    assert "must be encoded in UTF-8" in galat


def test_a_relationships_part_is_scanned_too(tmp_path: Path, batas: int) -> None:
    bagian = "xl/_rels/workbook.xml.rels"
    p = _salin(
        tmp_path / "rels.xlsx",
        lambda xml: xml.replace(
            b"</Relationships>", b"<!--" + b"A" * batas + b"--></Relationships>"
        ),
        bagian,
    )
    assert f"{bagian} at byte " in ditolak("audit", str(p))


# -- 2. a stored value openpyxl cannot read --------------------------------------------


@pytest.mark.parametrize(
    ("sel", "teks", "aturan"),
    [
        (K15.replace(b"85102670", b"NaN"), "NaN", "a finite decimal number (a number cell)"),
        (K15.replace(b"85102670", b"INF"), "INF", "a finite decimal number (a number cell)"),
        (K15.replace(b"85102670", b"0x10"), "0x10", "a finite decimal number (a number cell)"),
        (K15.replace(b"85102670", b"1E+400"), "1E+400", "a finite decimal number (a number cell)"),
        (K15.replace(b"85102670", b"-1e999"), "-1e999", "a finite decimal number (a number cell)"),
        (
            K15.replace(b"<v>85102670", b' t="b"><v>x').replace(b'"161">', b'"161"'),
            "x",
            "0 or 1 (a boolean cell)",
        ),
        (
            K15.replace(b"<v>85102670", b' t="s"><v>abc').replace(b'"161">', b'"161"'),
            "abc",
            "a whole number, a shared string's index (a shared-string cell)",
        ),
    ],
)
def test_a_stored_value_that_is_no_number_names_its_cell_and_text(
    tmp_path: Path, sel: bytes, teks: str, aturan: str
) -> None:
    p = _salin(tmp_path / "nilai.xlsx", lambda xml: xml.replace(K15, sel))
    galat = ditolak("audit", str(p))
    assert f"{p}: 'Realisasi TW IV'!K15 must hold {aturan} (got '{teks}'); ECMA-376" in galat
    with pytest.raises(ReportFormatError) as info:
        e81.baca_xlsx(p)
    assert (info.value.letak, info.value.value) == ("'Realisasi TW IV'!K15", teks)


def test_a_cause_with_no_cell_to_name_is_one_line_without_a_repr(tmp_path: Path) -> None:
    """A sheet not well-formed: expat's ParseError, said in words."""
    p = _salin(tmp_path / "rusak.xlsx", lambda xml: xml.replace(b"</row>", b"", 1))
    galat = ditolak("audit", str(p))
    assert f"{p} must be a readable .xlsx workbook (got 'mismatched tag: line " in galat
    assert not re.search(r"\w+Error\(|\\n", galat)


def test_a_suffix_openpyxl_does_not_read_is_refused_in_one_line(tmp_path: Path) -> None:
    p = tmp_path / "e81.zip"
    p.write_bytes(DS.read_bytes())
    with pytest.raises(ReportFormatError) as info:
        e81.baca_xlsx(p)
    assert str(info.value).startswith(
        f"{p} must be named .xlsx, .xlsm, .xltx, .xltm (the workbooks openpyxl reads) (got '.zip')"
    )


# -- the scanner: chunks change nothing ------------------------------------------------


def _rujukan(data: bytes, maks: int) -> bool:
    """Whether ``data`` breaks a token bound, read whole (an oracle, not streamed)."""
    if max(map(len, data.split(b"<"))) > maks:
        return True
    i = 0
    while (j := data.find(b"<", i)) >= 0:
        buka = next((b for b in _BAGIAN_BEBAS if data.startswith(b, j)), None)
        if buka is None:
            if data.startswith(b"<!", j) and len(data) - j >= 9:
                return True  # a DTD's declaration
            i = j + 1
            continue
        tutup = _BAGIAN_BEBAS[buka][0]
        k = data.find(tutup, j + len(buka))
        if (len(data) if k < 0 else k + len(tutup)) - j > maks:
            return True
        if k < 0:
            return False
        i = k + len(tutup)
    return False


@settings(max_examples=300, deadline=None)
@given(
    data=st.lists(
        st.sampled_from([b"<", b"!", b"--", b"-", b"?", b">", b"[CDATA[", b"]]", b"x", b"c "]),
        max_size=60,
    ).map(b"".join),
    maks=st.integers(4, 24),
    ukuran=st.lists(st.integers(1, 24), min_size=1, max_size=8),
)
def test_the_scan_agrees_with_a_whole_read_whatever_the_chunks(
    data: bytes, maks: int, ukuran: list[int]
) -> None:
    pemindai = Pemindai(maks_token=maks, maks_tag=10**6)
    salah, i, n = None, 0, 0
    while salah is None and i < len(data):
        u = min(ukuran[n % len(ukuran)], pemindai.potongan)
        salah = pemindai.makan(data[i : i + u])
        i, n = i + u, n + 1
    salah = salah or pemindai.makan(b"")
    assert (salah is not None) == _rujukan(data, maks)
    utuh = Pemindai(maks_token=10**6, maks_tag=10**6)
    utuh.makan(data)
    utuh.makan(b"")
    if salah is None:
        assert pemindai.banyak_tag == utuh.banyak_tag


# -- the parts scanned, chosen by content type and relationship ------------------------

BUKU_RELS = "xl/_rels/workbook.xml.rels"
TIPE = "[Content_Types].xml"


def _bangun(
    tujuan: Path,
    ubah: Callable[[str, bytes], tuple[str, bytes]] = lambda n, d: (n, d),
    tambah: tuple[tuple[str, bytes], ...] = (),
) -> Path:
    """A copy of the Deli Serdang workbook, each part renamed or rewritten by ``ubah``,
    with the parts of ``tambah`` added."""
    with zipfile.ZipFile(DS) as zi, zipfile.ZipFile(tujuan, "w", zipfile.ZIP_DEFLATED) as zo:
        for info in zi.infolist():
            zo.writestr(*ubah(info.filename, zi.read(info.filename)))
        for nama, data in tambah:
            zo.writestr(nama, data)
    return tujuan


def _lembar_jadi(
    akhiran: bytes, sisipan: bytes = b""
) -> Callable[[str, bytes], tuple[str, bytes]]:
    """The sheet renamed ``sheet1<akhiran>`` (its relationship and content type too),
    ``sisipan`` put after its data."""

    def ubah(nama: str, data: bytes) -> tuple[str, bytes]:
        if nama == LEMBAR:
            return nama.replace(".xml", akhiran.decode()), _sisip(sisipan)(data)
        if nama in (BUKU_RELS, TIPE):
            return nama, data.replace(b"worksheets/sheet1.xml", b"worksheets/sheet1" + akhiran)
        if nama == "xl/worksheets/_rels/sheet1.xml.rels":
            return nama.replace(".xml", akhiran.decode()), data
        return nama, data

    return ubah


@pytest.mark.parametrize("akhiran", [b".dat", b".xml"])
def test_a_sheet_is_scanned_whatever_its_name(tmp_path: Path, batas: int, akhiran: bytes) -> None:
    """A sheet renamed sheet1.dat with a 24 MB comment ran 92 s: scanned all the same."""
    p = _bangun(tmp_path / "nama.xlsx", _lembar_jadi(akhiran, b"<!--" + b"A" * batas + b"-->"))
    galat = ditolak("audit", str(p))
    assert f"xl/worksheets/sheet1{akhiran.decode()} at byte " in galat
    assert "must close each XML comment" in galat


def test_a_sheet_reached_by_a_custom_xml_relationship_is_scanned(
    tmp_path: Path, batas: int
) -> None:
    """openpyxl opens a sheet by its id, whatever the relationship's type says."""
    komentar = b"<!--" + b"A" * batas + b"-->"

    def ubah(nama: str, data: bytes) -> tuple[str, bytes]:
        nama, data = _lembar_jadi(b".bin", komentar)(nama, data)
        if nama == BUKU_RELS:
            data = re.sub(rb'Type="[^"]*/worksheet"', b'Type="x/customXml"', data)
        if nama == LEMBAR.replace(".xml", ".bin"):
            nama = "customXml/item9.bin"
        if nama == BUKU_RELS:
            data = data.replace(b"worksheets/sheet1.bin", b"/customXml/item9.bin")
        return nama, data

    galat = ditolak("audit", str(_bangun(tmp_path / "cx.xlsx", ubah)))
    assert "customXml/item9.bin at byte " in galat


#: A Power Query's DataMashup as Excel stores it: UTF-16 with a BOM, a base64 run.
DATA_MASHUP = "\ufeff".encode("utf-16-le") + (
    '<?xml version="1.0" encoding="utf-16"?><DataMashup xmlns="http://schemas.microsoft.com/'
    'DataMashup">' + "A" * 3 * BATAS + "</DataMashup>"
).encode("utf-16-le")


def _dengan_mashup(relasi: bool) -> Callable[[str, bytes], tuple[str, bytes]]:
    def ubah(nama: str, data: bytes) -> tuple[str, bytes]:
        if relasi and nama == BUKU_RELS:
            r = (
                b'<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/'
                b'officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/>'
            )
            data = data.replace(b"</Relationships>", r + b"</Relationships>")
        return nama, data

    return ubah


@pytest.mark.parametrize("relasi", [False, True], ids=["orphan", "related"])
def test_a_power_query_part_openpyxl_never_reads_is_not_refused(
    tmp_path: Path, batas: int, relasi: bool, asli: list[tuple[str, str, str]]
) -> None:
    p = _bangun(
        tmp_path / "pq.xlsx",
        _dengan_mashup(relasi),
        (
            ("customXml/item1.xml", DATA_MASHUP),
            ("customXml/_rels/item1.xml.rels", DATA_MASHUP),
            ("customXml/itemProps1.xml", DATA_MASHUP),
        ),
    )
    assert _temuan(e81.periksa_berkas(p)) == asli


# -- shared-string indexes -------------------------------------------------------------


@pytest.mark.parametrize(
    ("indeks", "harapan"),
    [
        pytest.param(b"-1", "from 0 to 258, the count of shared strings less one", id="negative"),
        pytest.param(b"259", "from 0 to 258, the count of shared strings less one", id="past"),
        pytest.param(b"9" * 5000, "from 0 to 258", id="huge"),
    ],
)
def test_a_shared_string_index_outside_the_table_is_refused_naming_the_cell(
    tmp_path: Path, indeks: bytes, harapan: str
) -> None:
    with zipfile.ZipFile(DS) as z:
        xml = z.read(LEMBAR)
    m = re.search(rb'<c r="([A-Z]+\d+)"[^>/]*t="s"[^>/]*><v>(\d+)</v>', xml)
    assert m is not None
    lama = m.group(0)
    p = _salin(
        tmp_path / "ss.xlsx",
        lambda x: x.replace(lama, lama.replace(b"<v>" + m.group(2), b"<v>" + indeks), 1),
    )
    galat = ditolak("audit", str(p))
    assert f"!{m.group(1).decode()} must hold" in galat
    assert harapan in galat
    assert f"(got '{indeks.decode()[:20]}" in galat


# -- the total of slow tokens ----------------------------------------------------------


@pytest.mark.parametrize(
    ("satu", "dibaca"),
    [
        pytest.param(b"<!--" + b"A<" * 500 + b"-->", False, id="comments"),
        pytest.param(b"<?pi " + b"A<" * 500 + b"?>", False, id="pis"),
        pytest.param(b'<x:y xmlns:x="urn:x" a="' + b"A" * 1000 + b'"/>', False, id="attrs"),
        pytest.param(b"<![CDATA[" + b"A<" * 500 + b"]]>", True, id="cdata-is-fast"),
    ],
)
def test_slow_tokens_are_bounded_in_total(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    satu: bytes,
    dibaca: bool,
    asli: list[tuple[str, str, str]],
) -> None:
    """150 comments of 1 MiB each took 33 s, each under the bound on one token."""
    monkeypatch.setattr(_xml, "PANJANG_LAMBAT", 512)
    monkeypatch.setattr(berkas_xlsx, "MAKS_TOKEN_LAMBAT", 4 * 1024)
    p = _salin(tmp_path / "lambat.xlsx", _sisip(satu * 5, b"<sheetData>"))
    if dibaca:
        assert _temuan(e81.periksa_berkas(p)) == asli
        return
    galat = ditolak("audit", str(p))
    assert f"{LEMBAR} at byte " in galat
    assert "must hold at most 4096 bytes in its slow tokens together" in galat


def test_slow_tokens_are_counted_across_parts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_xml, "PANJANG_LAMBAT", 512)
    monkeypatch.setattr(berkas_xlsx, "MAKS_TOKEN_LAMBAT", 4 * 1024)
    komentar = b"<!--" + b"A<" * 500 + b"-->"

    def ubah(nama: str, data: bytes) -> tuple[str, bytes]:
        if nama in (LEMBAR, "xl/styles.xml"):
            data = data.replace(b"?>", b"?>" + komentar * 3, 1)
        return nama, data

    galat = ditolak("audit", str(_bangun(tmp_path / "dua.xlsx", ubah)))
    assert "must hold at most 4096 bytes in its slow tokens together" in galat


# -- encrypted entries -----------------------------------------------------------------


def test_an_encrypted_entry_is_refused_naming_it(tmp_path: Path) -> None:
    p = _salin(tmp_path / "sandi.xlsx", lambda x: x)
    data = bytearray(p.read_bytes())
    nama = b"xl/styles.xml"
    pusat = data.index(b"PK\x01\x02" + bytes(24)[:0])  # the central directory's first entry
    i = data.index(nama, pusat) - 46  # the central entry naming it: 46 bytes before
    assert data[i : i + 4] == b"PK\x01\x02"
    data[i + 8] |= 0x1  # general purpose bit 0: encrypted
    p.write_bytes(bytes(data))
    galat = ditolak("audit", str(p))
    assert galat.startswith(f"sakip: error: {p}: xl/styles.xml must not be encrypted")
    assert "without a password" in galat
