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
from sakip.e81 import berkas_xlsx
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
    """A shared-string index past the table: openpyxl's IndexError, said in words."""
    sel = K15.replace(b"<v>85102670", b' t="s"><v>99999').replace(b'"161">', b'"161"')
    p = _salin(tmp_path / "indeks.xlsx", lambda xml: xml.replace(K15, sel))
    galat = ditolak("audit", str(p))
    assert f"{p}: must be a readable .xlsx workbook (got 'list index out of range')" in galat
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
