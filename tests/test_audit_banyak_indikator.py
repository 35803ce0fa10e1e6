"""``banyak:indikator`` and ``banyak:sasaran``: the counts a Ringkasan Eksekutif prints.

"... n sasaran strategis ... diukur dengan m indikator kinerja utama": the indicators the
file records (``[[indikator]]``), and the distinct sasaran they measure, each sasaran by
its text as recorded. A count the model cannot make exactly (an indicator without its
sasaran, a report recording no indicator) is ``tak-terhitung``, never a smaller count.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sakip.audit import periksa
from sakip.audit.besaran import _BANYAK, Hitung
from sakip.errors import ReportFormatError
from sakip.laporan import JenisBesaran, baca_besaran, dari_dict
from sakip.laporan.besaran import PILIHAN

_SASARAN = ("Meningkatnya kualitas ASN", "Meningkatnya akurasi data", "Meningkatnya kualitas ASN")


def _data(isi: tuple[str | None, ...] = _SASARAN, **dicetak: str) -> dict[str, Any]:
    """Indicators measuring the sasaran ``isi`` (None: recorded without one), and the
    counts printed, by word (``sasaran="2"``)."""
    indikator = []
    for n, s in enumerate(isi, start=1):
        ind: dict[str, Any] = {"kode": f"iku{n}", "nama": f"Indikator {n}", "arah": "naik"}
        ind["target"] = {"2020": "100"}
        if s is not None:
            ind["sasaran"] = s
        indikator.append(ind)
    return {
        "skema": 1,
        "laporan": {
            "instansi": "Badan Contoh",
            "tahun": 2020,
            "judul": "LKjIP 2020",
            "sumber": "-",
            "renstra": [2016, 2021],
        },
        "indikator": indikator,
        "tabel": [
            {
                "tabel": "Ringkasan Eksekutif",
                "angka": [
                    {"baris": apa, "kolom": "jumlah", "teks": teks, "besaran": f"banyak:{apa}"}
                    for apa, teks in dicetak.items()
                ],
            }
        ],
    }


def _temuan(data: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    return [(t.aturan, t.letak, t.dicetak, t.dihitung) for t in periksa(dari_dict(data)).temuan]


def test_counts_as_printed() -> None:
    # 3 indicators, 2 distinct sasaran (iku1 and iku3 measure the same one)
    assert _temuan(_data(indikator="3", sasaran="2")) == []


def test_counts_printed_wrong() -> None:
    hasil = periksa(dari_dict(_data(indikator="4", sasaran="3")))
    assert [(t.aturan, t.tingkat.value, t.letak, t.dicetak, t.dihitung) for t in hasil.temuan] == [
        ("banyak", "tinggi", "Ringkasan Eksekutif / indikator / jumlah", "4", "3"),
        ("banyak", "tinggi", "Ringkasan Eksekutif / sasaran / jumlah", "3", "2"),
    ]
    assert [t.rumus for t in hasil.temuan] == [
        "number of indikator sasaran recorded ([[indikator]])",
        "number of distinct sasaran of the 3 indikator sasaran recorded ([[indikator]])",
    ]


def test_sasaran_by_their_text_as_recorded() -> None:
    # two texts are two sasaran: a transcription that spells one sasaran two ways is told
    data = _data(("Meningkatnya kualitas ASN", "meningkatnya kualitas ASN"), sasaran="1")
    assert _temuan(data) == [("banyak", "Ringkasan Eksekutif / sasaran / jumlah", "1", "2")]


def test_an_indicator_without_sasaran_leaves_the_count_unknown() -> None:
    hasil = periksa(dari_dict(_data(("A", None, "B", None), sasaran="2", indikator="4")))
    [t] = hasil.temuan
    assert (t.aturan, t.letak, t.dicetak, t.dihitung) == (
        "tak-terhitung",
        "Ringkasan Eksekutif / sasaran / jumlah",
        "2",
        "tidak terhitung",
    )
    assert t.keterangan.startswith("2 of the 4 indicators record no sasaran (iku2, iku4);")


def test_many_indicators_without_sasaran_are_named_briefly() -> None:
    [t] = periksa(dari_dict(_data((None,) * 8, sasaran="1"))).temuan
    assert "8 of the 8 indicators record no sasaran (iku1, iku2, iku3, iku4, iku5, ...)" in (
        t.keterangan
    )


@pytest.mark.parametrize("apa", ["indikator", "sasaran"])
def test_a_report_recording_no_indicator_has_no_count(apa: str) -> None:
    data = _data((), **{apa: "0"})
    [t] = periksa(dari_dict(data)).temuan
    assert (t.aturan, t.dicetak) == ("tak-terhitung", "0")
    assert "the report records no indicator" in t.keterangan
    # "-" printed where nothing is recorded: consistent
    data["tabel"][0]["angka"][0]["teks"] = "-"
    assert periksa(dari_dict(data)).temuan == ()


@pytest.mark.parametrize(
    "teks", ["banyak:iku", "banyak:Sasaran", "banyak:sasaran:2020", "banyak:", "banyak:sasaran "]
)
def test_other_words_are_refused(teks: str) -> None:
    data = _data()
    data["tabel"][0]["angka"] = [{"baris": "x", "kolom": "y", "teks": "1", "besaran": teks}]
    with pytest.raises(ReportFormatError) as e:
        dari_dict(data, berkas="lap.toml")
    assert e.value.letak == "tabel[0].angka[0].besaran (Ringkasan Eksekutif / x / y)"
    assert e.value.value == teks


@pytest.mark.parametrize("teks", ["3,5", "99999999999999999999999999999999999"])
def test_a_printed_number_other_than_the_count_is_a_finding(teks: str) -> None:
    assert [t[:3] for t in _temuan(_data(sasaran=teks))] == [
        ("banyak", "Ringkasan Eksekutif / sasaran / jumlah", teks)
    ]


@pytest.mark.parametrize("teks", ["1e3", "tiga", "2 sasaran"])
def test_a_printed_text_that_is_no_number_is_refused_naming_the_cell(teks: str) -> None:
    with pytest.raises(ReportFormatError, match="Ringkasan Eksekutif / sasaran / jumlah"):
        periksa(dari_dict(_data(sasaran=teks)))


def test_every_word_has_its_count() -> None:
    assert set(_BANYAK) == set(PILIHAN[JenisBesaran.BANYAK])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["A", "B", "C", "D", "a"]), min_size=1, max_size=12))
def test_distinct_sasaran(sasaran: list[str]) -> None:
    h = Hitung(dari_dict(_data(tuple(sasaran))))
    assert h.nilai(baca_besaran("banyak:sasaran")).eksak == len(set(sasaran))
    assert h.nilai(baca_besaran("banyak:indikator")).eksak == len(sasaran)


def _berjenjang(*indikator: dict[str, Any], **dicetak: str) -> dict[str, Any]:
    """The report of :func:`_data` with the indicators given (kode, sasaran, tujuan, jenjang)."""
    data = _data((), **dicetak)
    data["indikator"] = [
        {"nama": f"Indikator {i['kode']}", "arah": "naik", "target": {"2020": "100"}, **i}
        for i in indikator
    ]
    return data


#: Dumai 2023's shape: four IKU under three tujuan, and one indikator tujuan (Epdeskel)
#: whose tujuan is one of theirs.
_DUMAI = (
    {"kode": "iku1", "sasaran": "S1", "tujuan": "T1"},
    {"kode": "iku2", "sasaran": "S2", "tujuan": "T2"},
    {"kode": "iku3", "sasaran": "S2", "tujuan": "T2"},
    {"kode": "iku4", "sasaran": "S3", "tujuan": "T3"},
    {"kode": "epdeskel", "jenjang": "tujuan", "tujuan": "T2"},
)


def test_an_indikator_tujuan_is_no_iku_and_its_tujuan_is_counted() -> None:
    # "3 (tiga) Tujuan dengan 4 (empat) Indikator Kinerja Utama" (LKjIP Dumai 2023)
    assert _temuan(_berjenjang(*_DUMAI, tujuan="3", indikator="4", sasaran="3")) == []
    hasil = periksa(dari_dict(_berjenjang(*_DUMAI, tujuan="2", indikator="5", sasaran="4")))
    assert [(t.letak, t.dicetak, t.dihitung, t.rumus) for t in hasil.temuan] == [
        (
            "Ringkasan Eksekutif / tujuan / jumlah",
            "2",
            "3",
            "number of distinct tujuan of the 5 indicators recorded",
        ),
        (
            "Ringkasan Eksekutif / indikator / jumlah",
            "5",
            "4",
            "number of indikator sasaran recorded ([[indikator]], 1 indikator tujuan not counted)",
        ),
        (
            "Ringkasan Eksekutif / sasaran / jumlah",
            "4",
            "3",
            "number of distinct sasaran of the 4 indikator sasaran recorded ([[indikator]], "
            "1 indikator tujuan not counted)",
        ),
    ]


def test_the_embedded_report_prints_its_tujuan_and_iku_as_counted() -> None:
    from sakip import contoh

    hasil = periksa(contoh.dumai_2023())
    dicetak = {
        str(c.besaran): c.teks
        for c in contoh.dumai_2023().cetakan
        if str(c.besaran) in ("banyak:tujuan", "banyak:indikator")
    }
    # printed with their words: "3 (tiga) Tujuan dengan 4 (empat) Indikator Kinerja Utama"
    assert dicetak == {"banyak:tujuan": "3 (tiga)", "banyak:indikator": "4 (empat)"}
    assert not [t for t in hasil.temuan if "/ Tujuan /" in t.letak or "/ Indikator" in t.letak]
    diperiksa = {str(c.besaran) for c in contoh.dumai_2023().cetakan}
    assert {"banyak:tujuan", "banyak:indikator"} <= diperiksa


def test_a_tujuan_count_needs_every_indicators_tujuan() -> None:
    data = _berjenjang(*_DUMAI[:3], {"kode": "iku4", "sasaran": "S3"}, tujuan="3")
    [t] = periksa(dari_dict(data)).temuan
    assert (t.aturan, t.dicetak) == ("tak-terhitung", "3")
    assert t.keterangan.startswith("1 of the 4 indicators record no tujuan (iku4);")


def test_only_indikator_tujuan_leave_no_iku_to_count() -> None:
    data = _berjenjang({"kode": "t1", "jenjang": "tujuan", "tujuan": "T1"}, indikator="0")
    [t] = periksa(dari_dict(data)).temuan
    assert (t.aturan, t.dicetak) == ("tak-terhitung", "0")
    assert "records no indikator sasaran (1 indikator tujuan)" in t.keterangan


@pytest.mark.parametrize(
    ("ubah", "pesan"),
    [
        ({"jenjang": "Tujuan"}, r"indikator\[0\]\.jenjang must be one of \['sasaran', 'tujuan'\]"),
        ({"jenjang": 1}, r"indikator\[0\]\.jenjang must be"),
        (
            {"jenjang": "tujuan", "sasaran": "S1"},
            r"indikator\[0\]\.sasaran must be left out for an indikator tujuan",
        ),
    ],
)
def test_a_bad_jenjang_is_refused(ubah: dict[str, Any], pesan: str) -> None:
    data = _berjenjang({"kode": "iku1", "tujuan": "T1", **ubah})
    with pytest.raises(ReportFormatError, match=pesan):
        dari_dict(data, berkas="lap.toml")


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["T1", "T2", "t1"]), st.booleans()), min_size=1, max_size=10
    )
)
def test_distinct_tujuan_and_iku(isi: list[tuple[str, bool]]) -> None:
    indikator = [
        {"kode": f"i{n}", "tujuan": t, **({"jenjang": "tujuan"} if jt else {"sasaran": "S"})}
        for n, (t, jt) in enumerate(isi)
    ]
    h = Hitung(dari_dict(_berjenjang(*indikator)))
    assert h.nilai(baca_besaran("banyak:tujuan")).eksak == len({t for t, _ in isi})
    iku = sum(not jt for _, jt in isi)
    if iku:
        assert h.nilai(baca_besaran("banyak:indikator")).eksak == iku


def test_the_mean_capaian_of_the_iku_leaves_the_indikator_tujuan_out() -> None:
    # a review found 2 IKU counted but their mean taken over 3 indicators (the tujuan one too)
    def dengan(kode: str, pembilang: int, **lain: Any) -> dict[str, Any]:
        return {
            "kode": kode,
            "tujuan": "T1",
            "realisasi": {"2020": {"pembilang": pembilang, "penyebut": 100}},
            **lain,
        }

    data = _berjenjang(
        dengan("iku1", 90, sasaran="S1"),
        dengan("iku2", 100, sasaran="S2"),
        dengan("t1", 10, jenjang="tujuan"),
        indikator="2",
    )
    data["tabel"][0]["angka"].append(
        {"baris": "r", "kolom": "mean", "teks": "95,00", "besaran": "iku.capaian_rata_rata:2020"}
    )
    hasil = periksa(dari_dict(data))
    assert hasil.temuan == ()
    (iku,) = [t for t in hasil.tabel if t.judul == "Capaian IKU"]
    assert [b[0] for b in iku.baris] == ["iku1", "iku2"]
