"""Report files: strict TOML and CSV reading, errors that name the file and the place."""

from __future__ import annotations

import io
import pickle
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sakip import Arah, contoh
from sakip.laporan import (
    ReportFormatError,
    baca_csv_anggaran,
    baca_csv_indikator,
    baca_toml,
    dari_dict,
)
from tests._bangun import kegiatan, kepala, laporan, program, sub

MINIMAL: dict[str, Any] = laporan(
    laporan=kepala(sumber="contoh", skala_atribut="ATRIBUT_CAPAIAN"),
    program=[
        program(
            nama="Program Contoh",
            kegiatan=[
                kegiatan(
                    nama="Kegiatan Contoh",
                    sub=[
                        sub(
                            nama="Sub Contoh",
                            target_k="4",
                            pagu=1_000_000,
                            tw_k=["1", "1", "1", "1"],
                            tw_rp=[250_000, 250_000, 250_000, 200_000],
                        )
                    ],
                )
            ],
        )
    ],
)


def _salin() -> dict[str, Any]:
    import copy

    return copy.deepcopy(MINIMAL)


def test_minimal_report() -> None:
    lap = dari_dict(MINIMAL)
    assert lap.pagu == 1_000_000
    assert lap.realisasi_rp == 950_000
    assert lap.cari("p1.k1.s1").kode == "p1.k1.s1"


@pytest.mark.parametrize(
    ("ubah", "letak", "pesan"),
    [
        (
            lambda d: d["program"][0]["kegiatan"][0]["sub"][0].update(pagu=-1),
            "program[0].kegiatan[0].sub[0].pagu",
            ">= 0",
        ),
        (
            lambda d: d["program"][0]["kegiatan"][0]["sub"][0].update(pagu="1.000"),
            "program[0].kegiatan[0].sub[0].pagu",
            "integer",
        ),
        (
            lambda d: d["program"][0]["kegiatan"][0]["sub"][0].update(target_k=1.5),
            "program[0].kegiatan[0].sub[0].target_k",
            "TOML float",
        ),
        (
            lambda d: d["program"][0]["kegiatan"][0]["sub"][0].update(warna="merah"),
            "program[0].kegiatan[0].sub[0].warna",
            "not a key",
        ),
        (
            lambda d: d["program"][0]["kegiatan"][0]["sub"][0].pop("pagu"),
            "program[0].kegiatan[0].sub[0].pagu",
            "required",
        ),
        (
            lambda d: d["program"][0]["kegiatan"][0]["sub"][0].update(tw_rp=[1, 2, 3]),
            "program[0].kegiatan[0].sub[0].tw_rp",
            "4 values",
        ),
        (
            lambda d: d["program"][0]["kegiatan"][0]["sub"][0].update(tw_pasti="no"),
            "program[0].kegiatan[0].sub[0].tw_pasti",
            "true or false",
        ),
        (lambda d: d.update(skema=2), "skema", "must be 1"),
        (lambda d: d["laporan"].update(renstra=[2021]), "laporan.renstra", "first year"),
    ],
)
def test_errors_name_the_place(ubah: Any, letak: str, pesan: str) -> None:
    d = _salin()
    ubah(d)
    with pytest.raises(ReportFormatError) as info:
        dari_dict(d, berkas="contoh.toml")
    assert info.value.berkas == "contoh.toml"
    assert info.value.letak == letak
    assert pesan in str(info.value)
    assert str(info.value).startswith(f"contoh.toml: {letak}")
    again = pickle.loads(pickle.dumps(info.value))
    assert str(again) == str(info.value)


def test_duplicate_codes_are_refused() -> None:
    d = _salin()
    d["program"].append(dict(d["program"][0]))
    with pytest.raises(ReportFormatError, match="unique"):
        dari_dict(d)


def test_missing_and_malformed_files(tmp_path: Path) -> None:
    with pytest.raises(ReportFormatError, match="must exist"):
        baca_toml(tmp_path / "tidak-ada.toml")
    rusak = tmp_path / "rusak.toml"
    rusak.write_text("skema = [", encoding="utf-8")
    with pytest.raises(ReportFormatError, match="valid TOML"):
        baca_toml(rusak)


def test_embedded_report_reads_its_included_file() -> None:
    lap = contoh.dumai_2023()
    assert lap.instansi == "Dinas Sosial dan Pemberdayaan Masyarakat Kota Dumai"
    assert lap.renstra == (2021, 2026)
    assert {p.kode: p.pagu_awal for p in lap.program}["p1"] == 4_999_462_762
    iku2 = lap.indikator_dengan("iku2")
    assert iku2.arah is Arah.NAIK
    assert iku2.realisasi[2023].pembilang == 6
    assert len(list(lap.semua_cetakan())) > 500


def test_csv_budget_rows() -> None:
    rows = baca_csv_anggaran(
        io.StringIO("kode,nama,pagu,realisasi\np1,Program A,6005088000,5898976029\n")
    )
    assert rows[0].pagu == 6_005_088_000
    with pytest.raises(ReportFormatError, match="row 2, column pagu"):
        baca_csv_anggaran(io.StringIO("kode,nama,pagu,realisasi\np1,A,1.5,1\n"))
    with pytest.raises(ReportFormatError, match="header"):
        baca_csv_anggaran(io.StringIO("kode,nama,pagu\np1,A,1\n"))
    with pytest.raises(ReportFormatError, match="only have the columns"):
        baca_csv_anggaran(io.StringIO("kode,nama,pagu,realisasi,x\np1,A,1,1,1\n"))


def test_csv_indicator_rows() -> None:
    rows = baca_csv_indikator(io.StringIO("kode;nama;arah;target;realisasi\nk1;A;turun;7;6,5\n"))
    assert rows[0].arah is Arah.TURUN
    assert rows[0].realisasi == 6.5
    with pytest.raises(ReportFormatError, match="row 2, column realisasi"):
        baca_csv_indikator(io.StringIO("kode;nama;arah;target;realisasi\nk1;A;naik;7;95.03\n"))
    with pytest.raises(ReportFormatError, match="arah"):
        baca_csv_indikator(io.StringIO("kode;nama;arah;target;realisasi\nk1;A;atas;7;6\n"))


def test_range_targets_keep_their_printed_text() -> None:
    from sakip import Rentang

    epdeskel = contoh.dumai_2023().indikator_dengan("epdeskel")
    assert epdeskel.target[2023] == Rentang(bawah=201, atas=350)
    assert epdeskel.target_dicetak[2023] == "> 201-350"
    assert epdeskel.target_dicetak[2026] == ">351"


def test_the_shared_embedded_report_cannot_be_changed() -> None:
    import attrs

    lap = contoh.dumai_2023()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        lap.tahun = 2024  # type: ignore[misc]
    with pytest.raises(TypeError):
        lap.indikator_dengan("iku2").target[2023] = 1  # type: ignore[index]
    with pytest.raises(TypeError):
        lap.indikator_dengan("iku4").realisasi[2023].rincian_penyebut["bencana_alam"] = 0  # type: ignore[index]


_NILAI_ACAK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 10**20),
    st.floats(allow_nan=True),
    st.text(max_size=8),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


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


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_any_corrupted_document_loads_or_raises_a_report_format_error(data: st.DataObject) -> None:
    d = _salin()
    tempat = _jalur(d)
    wadah, kunci = tempat[data.draw(st.integers(0, len(tempat) - 1))]
    wadah[kunci] = data.draw(_NILAI_ACAK)
    pesan = ""
    try:
        dari_dict(d, berkas="acak.toml")
    except ReportFormatError as e:
        pesan = str(e)
    assert pesan == "" or pesan.startswith("acak.toml: ")
