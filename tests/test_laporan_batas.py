"""One limit for the numbers of a TOML report, whatever their TOML type.

Rupiah are integers 0 to 10**15. Every other number (targets, realisasi and their
components, ratio terms, K, scale bounds, the breakdown of a denominator) is read by the
limit of the decimal-string reader (:func:`sakip._eksak.ke_pecahan`): below 10**30 in
magnitude. A TOML integer and the same digits as a string are read alike, on both sides of
each bound.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip.errors import ReportFormatError
from sakip.laporan import MAKS_RUPIAH, Laporan, baca_toml, dari_dict
from tests.test_audit_sintetis import DASAR

BATAS = 10**30


def _d() -> dict[str, Any]:
    return copy.deepcopy(DASAR)


def _sub(d: dict[str, Any]) -> dict[str, Any]:
    sub: dict[str, Any] = d["program"][0]["kegiatan"][0]["sub"][0]
    return sub


def _skala(d: dict[str, Any], nilai: Any) -> None:
    d["skala"] = [
        {
            "kode": "S",
            "nama": "S",
            "sumber": "-",
            "pita": [
                {"nama": "a", "atas": nilai, "termasuk_atas": True},
                {"nama": "b", "bawah": nilai, "termasuk_bawah": False},
            ],
        }
    ]


def _baris(lap: Laporan) -> Any:
    """The first sub kegiatan (typed loosely: the tests read its fields by name)."""
    return lap.cari("p1.k1.s1")


def _target(lap: Laporan) -> Any:
    return lap.indikator[0].target[2024]


def _pita(lap: Laporan) -> Fraction | None:
    return lap.skala["S"].pita[0].atas


# (name, where the value is set, where it is read back); every non-Rupiah number of a report
TEMPAT: list[tuple[str, Callable[[dict[str, Any], Any], None], Callable[[Laporan], Any]]] = [
    (
        "indikator.target",
        lambda d, v: d["indikator"][0]["target"].update({"2024": v}),
        lambda lap: lap.indikator[0].target[2024],
    ),
    (
        "indikator.realisasi (value)",
        lambda d, v: d["indikator"][0]["realisasi"].update({"2024": v}),
        lambda lap: lap.indikator[0].nilai_realisasi[2024],
    ),
    (
        "indikator.realisasi.pembilang",
        lambda d, v: d["indikator"][0]["realisasi"]["2024"].update(pembilang=v),
        lambda lap: lap.indikator[0].realisasi[2024].pembilang,
    ),
    (
        "indikator.realisasi.penyebut",
        lambda d, v: d["indikator"][0]["realisasi"]["2024"].update(penyebut=v),
        lambda lap: lap.indikator[0].realisasi[2024].penyebut,
    ),
    (
        "indikator.target (range bound)",
        lambda d, v: d["indikator"][0]["target"].update({"2024": {"bawah": v}}),
        lambda lap: _target(lap).bawah,
    ),
    (
        "indikator.target (ratio term)",
        lambda d, v: d["indikator"][0]["target"].update({"2024": {"kiri": 1, "kanan": v}}),
        lambda lap: _target(lap).kanan,
    ),
    (
        "sub.target_k",
        lambda d, v: _sub(d).update(target_k=v),
        lambda lap: _baris(lap).target_k,
    ),
    (
        "sub.realisasi_k",
        lambda d, v: _sub(d).update(realisasi_k=v),
        lambda lap: _baris(lap).realisasi_k,
    ),
    (
        "sub.tw_k",
        lambda d, v: _sub(d).update(tw_k=[v, "0", "0", "0"]),
        lambda lap: _baris(lap).tw_k[0],
    ),
    ("skala.pita", _skala, _pita),
]
_NAMA = [t[0] for t in TEMPAT]


def _baca(tempat: Callable[[dict[str, Any], Any], None], nilai: Any) -> Laporan:
    d = _d()
    tempat(d, nilai)
    return dari_dict(d, berkas="lkjip.toml")


@pytest.mark.parametrize(("nama", "tempat", "baca"), TEMPAT, ids=_NAMA)
@pytest.mark.parametrize("nilai", [10**15 + 1, 99_999_999_999_999_999_999, BATAS - 1])
def test_an_integer_beyond_the_rupiah_limit_is_read_as_its_string_is(
    nama: str, tempat: Any, baca: Any, nilai: int
) -> None:
    assert baca(_baca(tempat, nilai)) == baca(_baca(tempat, str(nilai))) == nilai


@pytest.mark.parametrize(("nama", "tempat", "baca"), TEMPAT, ids=_NAMA)
@pytest.mark.parametrize("nilai", [BATAS, BATAS + 1, 10**40])
def test_an_integer_and_its_string_at_the_limit_are_both_refused_naming_the_place(
    nama: str, tempat: Any, baca: Any, nilai: int
) -> None:
    pesan = []
    for v in (nilai, str(nilai)):
        with pytest.raises(ReportFormatError, match=r"smaller than 10\*\*30") as e:
            _baca(tempat, v)
        assert "lkjip.toml" in str(e.value)
        pesan.append(e.value.expected)
    assert pesan[0] == pesan[1]  # one rule, one message


@pytest.mark.parametrize("nilai", [-(BATAS - 1), -BATAS])
def test_the_limit_holds_below_zero_too(nilai: int) -> None:
    def tempat(d: dict[str, Any], v: Any) -> None:
        d["indikator"][0]["target"].update({"2024": v})

    if abs(nilai) < BATAS:
        assert _baca(tempat, nilai).indikator[0].target[2024] == nilai
        assert _baca(tempat, str(nilai)).indikator[0].target[2024] == nilai
    else:
        for v in (nilai, str(nilai)):
            with pytest.raises(ReportFormatError, match=r"smaller than 10\*\*30"):
                _baca(tempat, v)


@given(st.integers(min_value=-(10**31), max_value=10**31))
def test_any_integer_reads_as_its_digits_do(nilai: int) -> None:
    def tempat(d: dict[str, Any], v: Any) -> None:
        d["indikator"][0]["target"].update({"2024": v})

    hasil: list[object] = []
    for v in (nilai, str(nilai)):
        try:
            hasil.append(_baca(tempat, v).indikator[0].target[2024])
        except ReportFormatError as e:
            hasil.append(e.expected)
    assert hasil[0] == hasil[1]
    assert (hasil[0] == nilai) is (abs(nilai) < BATAS)


@pytest.mark.parametrize(
    ("nilai", "terbaca"), [(0, True), (BATAS - 1, True), (BATAS, False), (-1, False)]
)
def test_the_breakdown_of_a_denominator_holds_counts_below_the_limit(
    nilai: int, terbaca: bool
) -> None:
    d = _d()
    d["indikator"][0]["realisasi"]["2024"]["rincian_penyebut"] = {"a": nilai}
    if terbaca:
        lap = dari_dict(d)
        assert lap.indikator[0].realisasi[2024].rincian_penyebut == {"a": nilai}
    else:
        with pytest.raises(ReportFormatError, match="below 10") as e:
            dari_dict(d)
        assert e.value.letak == "indikator[0].realisasi.2024.rincian_penyebut"


# -- Rupiah keep theirs: integers 0 to 10**15 -----------------------------------------------


@pytest.mark.parametrize(
    ("nilai", "pesan"),
    [
        (MAKS_RUPIAH, None),
        (MAKS_RUPIAH + 1, f"at most {MAKS_RUPIAH}"),
        (-1, ">= 0"),
        (str(MAKS_RUPIAH), "must be an integer (Rupiah)"),
        ("1000", "must be an integer (Rupiah)"),
    ],
)
def test_rupiah_stay_integers_up_to_ten_to_the_fifteen(nilai: Any, pesan: str | None) -> None:
    d = _d()
    _sub(d).update(pagu=nilai, realisasi_rp=0, tw_rp=[0, 0, 0, 0])
    if pesan is None:
        assert _baris(dari_dict(d)).pagu == nilai
    else:
        with pytest.raises(
            ReportFormatError, match=pesan.replace("(", r"\(").replace(")", r"\)")
        ) as e:
            dari_dict(d)
        assert e.value.letak == "program[0].kegiatan[0].sub[0].pagu"


@pytest.mark.parametrize(("nilai", "terbaca"), [(MAKS_RUPIAH, True), (MAKS_RUPIAH + 1, False)])
def test_the_quarters_rupiah_keep_the_rupiah_limit(nilai: int, terbaca: bool) -> None:
    d = _d()
    _sub(d).update(tw_rp=[nilai, 0, 0, 0])
    if terbaca:
        assert _baris(dari_dict(d)).tw_rp == (nilai, 0, 0, 0)
    else:
        with pytest.raises(ReportFormatError, match=f"within {MAKS_RUPIAH}"):
            dari_dict(d)


def test_an_empty_file_is_told_it_is_empty(tmp_path: Path) -> None:
    f = tmp_path / "kosong.toml"
    f.write_text("", encoding="utf-8")
    with pytest.raises(ReportFormatError) as e:
        baca_toml(f)
    assert str(e.value) == (
        "kosong.toml: skema is required: write skema = ... in this table, which is empty (got [])"
    )
