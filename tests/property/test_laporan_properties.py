"""Robustness: any corrupted report document loads and audits, or raises a SakipError naming the file."""

from __future__ import annotations

import copy
import io
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from sakip.audit import periksa
from sakip.audit.tampil import tampil_markdown, tampil_teks
from sakip.errors import ReportFormatError, SakipError
from sakip.laporan import baca_besaran, dari_dict
from tests._bangun import angka, tabel
from tests.test_audit_sintetis import DASAR, KASUS

_NILAI_ACAK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 10**20),
    st.integers(10**40, 10**41),
    st.floats(allow_nan=True),
    st.text(max_size=8),
    st.sampled_from(["0", "-1", "95.00", "1e9", "٢٠٢٤", "total", "p1", "i1", "|\x1b", "", "-"]),
    st.sampled_from([b for b, _, _ in KASUS.values()]),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


def _dokumen() -> dict[str, Any]:
    d = copy.deepcopy(DASAR)
    d["tabel"] = [
        tabel(*(angka(besaran, benar, baris=j.value) for j, (besaran, benar, _) in KASUS.items()))
    ]
    return d


def _jalur(d: Any) -> list[tuple[Any, Any]]:
    """Every (container, key) pair of a nested document."""
    hasil: list[tuple[Any, Any]] = []
    if isinstance(d, dict):
        for k, v in d.items():
            hasil.append((d, k))
            hasil += _jalur(v)
    elif isinstance(d, list):
        for i, v in enumerate(d):
            hasil.append((d, i))
            hasil += _jalur(v)
    return hasil


def test_the_uncorrupted_document_is_clean() -> None:
    assert periksa(dari_dict(_dokumen())).temuan == ()


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_any_corrupted_document_loads_and_audits_or_raises_a_sakip_error(
    data: st.DataObject,
) -> None:
    d = _dokumen()
    for _ in range(data.draw(st.integers(1, 3))):
        letak = _jalur(d)
        wadah, kunci = letak[data.draw(st.integers(0, len(letak) - 1))]
        wadah[kunci] = data.draw(_NILAI_ACAK)
    try:
        lap = dari_dict(d, berkas="acak.toml")
        hasil = periksa(lap)
    except SakipError as e:
        galat: Exception = e
        assert isinstance(galat, ReportFormatError), repr(galat)
        assert galat.berkas == "acak.toml", str(galat)
        return
    for tampil in (tampil_teks, tampil_markdown):
        out = io.StringIO()
        tampil(hasil, out)
        assert "\x1b" not in out.getvalue()
    hasil.ke_dict()


@settings(max_examples=300, deadline=None)
@given(teks=st.text(max_size=40) | st.sampled_from([b for b, _, _ in KASUS.values()]))
def test_a_quantity_reads_and_writes_back_or_raises(teks: str) -> None:
    try:
        b = baca_besaran(teks)
    except SakipError:
        return
    assert str(b) == teks
    assert baca_besaran(str(b)) == b
