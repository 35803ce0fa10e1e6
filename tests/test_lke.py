"""sakip.lke: the weights, the scales, exact scoring, differences, the audit, rendering."""

from __future__ import annotations

import io
import json
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest

import sakip
from sakip import lke
from sakip.audit import Tingkat
from sakip.errors import InvalidTypeError, InvalidValueError, NotComputableError, ReportFormatError
from sakip.lke import (
    Cara,
    Cetakan,
    Kosong,
    Sisi,
)

F = Fraction


def _kriteria(kode: str, evaluator: str | None = "Y", **kw: Any) -> dict[str, Any]:
    return {"kode": kode, "evaluator": evaluator, **kw}


def _sheet(
    subs: list[dict[str, Any]], *, dicetak: dict[str, Any] | None = None, **atas: Any
) -> lke.Lembar:
    """One component of weight 100 holding the given sub-components (no acuan)."""
    data: dict[str, Any] = {
        "skema": 1,
        "judul": "uji",
        "komponen": [{"kode": "1", "nama": "Satu", "bobot": 100, "subkomponen": subs}],
        **atas,
    }
    if dicetak is not None:
        data["dicetak"] = dicetak
    return lke.dari_dict(data, berkas="uji.toml")


def _sub(kode: str, bobot: Any, kriteria: list[dict[str, Any]], **kw: Any) -> dict[str, Any]:
    return {
        "kode": kode,
        "nama": f"Sub {kode}",
        "bobot": bobot,
        "cara": kw.pop("cara", "rata-rata"),
        "skala": kw.pop("skala", "Y/T"),
        "kriteria": kriteria,
        **kw,
    }


# -- the weights of PermenPANRB 88/2021 ------------------------------------------------


def test_weights_of_permenpanrb_88_2021_as_quoted() -> None:
    a = lke.PERMENPANRB_88_2021
    assert [(k.kode, k.nama, k.bobot) for k in a.komponen] == [
        ("1", "Perencanaan Kinerja", F(30)),
        ("2", "Pengukuran Kinerja", F(30)),
        ("3", "Pelaporan Kinerja", F(15)),
        ("4", "Evaluasi Akuntabilitas Kinerja Internal", F(25)),
    ]
    assert [[s.bobot for s in k.subkomponen] for k in a.komponen] == [
        [6, 9, 15],
        [6, 9, 15],
        [3, F(9, 2), F(15, 2)],
        [5, F(15, 2), F(25, 2)],
    ]
    for k in a.komponen:
        assert sum(s.bobot for s in k.subkomponen) == k.bobot
        assert [s.nama for s in k.subkomponen] == ["Pemenuhan", "Kualitas", "Pemanfaatan"]
        assert all(s.cara is Cara.RATA_RATA for s in k.subkomponen)
    assert sum(k.bobot for k in a.komponen) == 100
    # every fact carries the status of its source
    assert any("unverified" in s for s in a.status)
    assert lke.ACUAN["PERMENPANRB_88_2021"] is a
    assert a.subkomponen("9.z") is None
    assert a.komponen_bernama("9") is None


def test_acuan_unknown_is_refused() -> None:
    with pytest.raises(InvalidValueError, match="PERMENPANRB_88_2021"):
        lke.acuan("PERMENPANRB_12_2015")


# -- answer scales -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("skala", "jawab", "nilai_"),
    [
        ("Y/T", "Y", F(1)),
        ("Y/T", "T", F(0)),
        ("Y/T", " y ", F(1)),
        ("A-E", "A", F(1)),
        ("A-E", "B", F(3, 4)),
        ("A-E", "C", F(1, 2)),
        ("A-E", "D", F(1, 4)),
        ("A-E", "E", F(0)),
    ],
)
def test_built_in_answer_values(skala: str, jawab: str, nilai_: Fraction) -> None:
    assert lke.skala_jawaban(skala).nilai_jawaban(jawab) == nilai_


@pytest.mark.parametrize("jawab", ["Ya", "F", "", "AA", "1"])
def test_answers_outside_the_scale_are_refused(jawab: str) -> None:
    with pytest.raises(InvalidValueError, match="must be one of"):
        lke.SKALA_JAWABAN["A-E"].nilai_jawaban(jawab)


@pytest.mark.parametrize(
    ("nilai_", "pesan"),
    [
        ({"A": 1}, "2 to 20 answers"),
        ({"A": "0.5", "B": 0}, "worth 1"),
        ({"A": 1, "B": "1.5"}, "from 0 to 1"),
        ({"A": 1, "B": -1}, "from 0 to 1"),
        ({"A": 1, "a": 0}, "repeat"),
        ({"A": 1, "": 0}, "short non-empty"),
        ({"A": 1, "B": True}, "not bool"),
        ({"A": 1, "B": float("nan")}, "finite"),
    ],
)
def test_a_declared_scale_is_checked(nilai_: dict[str, Any], pesan: str) -> None:
    with pytest.raises(sakip.SakipError, match=pesan):
        lke.SkalaJawaban(nama="x", nilai=nilai_, sumber="uji")


def test_the_scales_are_read_only() -> None:
    with pytest.raises(TypeError):
        lke.SKALA_JAWABAN["A-E"].nilai["A"] = F(0)  # type: ignore[index]
    with pytest.raises(TypeError):
        lke.SKALA_JAWABAN["X"] = lke.SKALA_JAWABAN["A-E"]  # type: ignore[index]


# -- scoring ------------------------------------------------------------------------------


def _oracle(lem: lke.Lembar, sisi: Sisi) -> dict[str, Fraction]:
    """Independent: every share written out, summed per level."""
    out: dict[str, Fraction] = {}
    total = F(0)
    for k in lem.komponen:
        jk = F(0)
        for s in k.subkomponen:
            js = F(0)
            for c in s.kriteria:
                j = c.jawaban(sisi)
                v = c.skala.nilai[j.strip().upper()] if j else F(0)
                w = c.bobot if s.cara is Cara.AKUMULASI else s.bobot / len(s.kriteria)
                assert w is not None
                js += w * v
            out[s.kode] = js
            jk += js
        out[k.kode] = jk
        total += jk
    out["nilai"] = total
    return out


@pytest.mark.parametrize("sisi", list(Sisi))
def test_the_example_sheet_against_an_oracle(sisi: Sisi) -> None:
    lem = lke.contoh_lembar()
    h = lke.hasil(lem, sisi=sisi)
    o = _oracle(lem, sisi)
    assert h.eksak == o["nilai"]
    for k in h.komponen:
        assert k.eksak == o[k.kode]
        for s in k.subkomponen:
            assert s.eksak == o[s.kode]


def test_the_example_sheet_pinned() -> None:
    lem = lke.contoh_lembar()
    h = lke.hasil(lem)
    assert h.eksak == F(11597, 168)
    assert (h.nilai, h.predikat) == (Decimal("69.03"), "B")
    assert [k.nilai for k in h.komponen] == [
        Decimal("22.88"),  # 22,875: a tie, rounded half up
        Decimal("18.75"),
        Decimal("11.57"),
        Decimal("15.83"),
    ]
    # 4.b: 7,5 x (0,75 + 0,75) / 2 = 5,625 -> 5,63 (half up, not to even)
    assert h.komponen[3].subkomponen[1].nilai == Decimal("5.63")
    m = lke.hasil(lem, sisi=Sisi.MANDIRI)
    assert (m.nilai, m.predikat) == (Decimal("87.77"), "A")


def test_accumulation_uses_each_criterion_weight() -> None:
    lem = _sheet(
        [
            _sub(
                "1.a",
                9,
                [
                    _kriteria("k1", "A", bobot=6),
                    _kriteria("k2", "E", bobot=2),
                    _kriteria("k3", "C", bobot=1),
                ],
                cara="akumulasi",
                skala="A-E",
            ),
            _sub("1.b", 91, [_kriteria("k4", "Y")]),
        ]
    )
    s = lke.hasil(lem).komponen[0].subkomponen[0]
    assert s.eksak == 6 + F(1, 2)  # 6 x 1 + 2 x 0 + 1 x 0,5
    assert s.cara is Cara.AKUMULASI


@pytest.mark.parametrize("tempat", [0, 1, 2, 3, 6])
def test_rounded_once_at_the_places(tempat: int) -> None:
    lem = lke.contoh_lembar()
    h = lke.hasil(lem, tempat=tempat)
    assert h.nilai == sakip.bulatkan(h.eksak, tempat)
    assert h.nilai.as_tuple().exponent == -tempat


@pytest.mark.parametrize("tempat", [-1, 7, 2.0, True, "2", None])
def test_bad_places_are_refused(tempat: Any) -> None:
    lem = lke.contoh_lembar()
    if tempat is None:
        assert lke.hasil(lem, tempat=tempat).tempat == 2
        return
    with pytest.raises(sakip.SakipError, match="tempat"):
        lke.hasil(lem, tempat=tempat)


def test_a_missing_answer_is_refused_with_its_place() -> None:
    lem = _sheet([_sub("1.a", 100, [_kriteria("k1", "Y"), _kriteria("k2", None)])])
    with pytest.raises(ReportFormatError) as e:
        lke.hasil(lem)
    assert e.value.berkas == "uji.toml"
    assert e.value.letak == "komponen[0].subkomponen[0].kriteria[1], evaluator"


def test_a_missing_answer_scored_as_zero_when_asked_and_listed() -> None:
    lem = _sheet([_sub("1.a", 100, [_kriteria("k1", "Y"), _kriteria("k2", None)])])
    h = lke.hasil(lem, kosong=Kosong.NOL)
    assert h.eksak == 50
    assert h.kosong == ("k2",)
    assert "k2" in lke.teks(lke.laporan(lem, kosong=Kosong.NOL))


def test_a_sheet_without_answers_is_not_computable() -> None:
    lem = _sheet([_sub("1.a", 100, [_kriteria("k1", None)])])
    with pytest.raises(NotComputableError, match="answers on at least one side"):
        lke.laporan(lem)


def test_predikat_of_90_is_a_not_aa() -> None:
    # 90 exactly: PermenPANRB 88/2021 puts AA above 90 (sakip.PERMENPANRB_88_2021).
    lem = _sheet(
        [_sub("1.a", 90, [_kriteria("k1", "Y")]), _sub("1.b", 10, [_kriteria("k2", "T")])]
    )
    h = lke.hasil(lem)
    assert (h.nilai, h.predikat) == (Decimal("90.00"), "A")


# -- differences --------------------------------------------------------------------------


def test_selisih_lists_only_answers_of_different_value() -> None:
    lem = _sheet(
        [
            _sub(
                "1.a",
                100,
                [
                    _kriteria("k1", "B", mandiri="A"),
                    _kriteria("k2", "C", mandiri="c"),  # same value, other case
                    _kriteria("k3", "A", mandiri=None),
                    _kriteria("k4", "E", mandiri="D"),
                ],
                skala="A-E",
            )
        ]
    )
    d = lke.selisih(lem)
    assert [(x.kode, x.andil) for x in d] == [("k1", F(-25, 4)), ("k4", F(-25, 4))]
    assert d[0].nilai_mandiri == 1
    assert d[0].nilai_evaluator == F(3, 4)


# -- the audit: the two printed mistakes of the issue, and the rest ---------------------------


def test_weight_10_over_three_criteria_printed_9_99_is_explained() -> None:
    lem = _sheet(
        [
            _sub("1.a", 10, [_kriteria("k1"), _kriteria("k2"), _kriteria("k3")]),
            _sub("1.b", 90, [_kriteria("k4")]),
        ],
        dicetak={"subkomponen": {"1.a": "9,99"}, "komponen": {"1": "99,99"}, "nilai": "99,99"},
    )
    temuan = lke.periksa(lem)
    assert [(t.letak, t.dicetak, t.dihitung) for t in temuan] == [
        ("komponen 1 (Satu)", "99,99", "100,00"),
        ("subkomponen 1.a", "9,99", "10,00"),
        ("nilai", "99,99", "100,00"),
    ]
    for t in temuan:
        assert t.keterangan.startswith("reproduced by: bulat-per-kriteria (")
        assert "dibatasi" not in t.keterangan  # capping cannot lower a figure
    assert temuan[2].tingkat is Tingkat.TINGGI
    assert temuan[1].tingkat is Tingkat.SEDANG


def test_averaging_where_the_rule_accumulates_is_explained() -> None:
    lem = _sheet(
        [
            _sub(
                "1.a",
                9,
                [_kriteria("k1", "A", bobot=6), _kriteria("k2", "E", bobot=3)],
                cara="akumulasi",
                skala="A-E",
            ),
            _sub("1.b", 91, [_kriteria("k3", "Y")]),
        ],
        dicetak={"subkomponen": {"1.a": "4,50"}, "nilai": "95,50"},
    )
    temuan = lke.periksa(lem)
    assert [(t.dicetak, t.dihitung) for t in temuan] == [("4,50", "6,00"), ("95,50", "97,00")]
    for t in temuan:
        assert t.keterangan.startswith("reproduced by: rata-rata untuk akumulasi (")


def test_capping_after_rounding_each_criterion_is_explained() -> None:
    # 6 over 7 criteria: 0,857... -> 0,86 each; all Y gives 6,02, capped to 6,00.
    tujuh = [_kriteria(f"a{i}") for i in range(7)]
    enam_dari_tujuh = [_kriteria(f"b{i}", "Y" if i else "T") for i in range(7)]
    lem = _sheet(
        [
            _sub("1.a", 6, tujuh),
            _sub("1.b", 6, enam_dari_tujuh),
            _sub("1.c", 88, [_kriteria("c")]),
        ],
        # 6,00 (capped) + 5,16 (6 x 0,86) + 88 = 99,16; exact: 6 + 36/7 + 88 = 99,142857...
        dicetak={"komponen": {"1": "99,16"}},
    )
    (t,) = lke.periksa(lem)
    assert (t.dicetak, t.dihitung) == ("99,16", "99,14")
    assert t.keterangan.startswith("reproduced by: bulat-per-kriteria, dibatasi (")
    assert "; " not in t.keterangan  # rounding alone (99,18) does not reproduce it


def test_a_total_summed_from_rounded_sub_components_is_explained() -> None:
    lem = lke.contoh_lembar()
    c = Cetakan(nilai="69,04")  # components summed from rounded sub-components, then added
    (t,) = lke.periksa(lem, c)
    assert "jumlah bertingkat yang dibulatkan" in t.keterangan


def _dua_komponen() -> lke.Lembar:
    # each component scores exactly 37,5 (printed 38): the nilai is 75, and 38 + 38 is 76
    def komponen(kode: str) -> dict[str, Any]:
        a = [{"kode": f"{kode}.a.{i}", "evaluator": j} for i, j in enumerate("YT", 1)]
        b = [{"kode": f"{kode}.b.{i}", "evaluator": j} for i, j in enumerate("YYYYYT", 1)]
        sub = {"nama": "s", "cara": "rata-rata", "skala": "Y/T"}
        return {
            "kode": kode,
            "nama": f"K{kode}",
            "bobot": 50,
            "subkomponen": [
                sub | {"kode": f"{kode}.a", "bobot": "12.5", "kriteria": a},
                sub | {"kode": f"{kode}.b", "bobot": "37.5", "kriteria": b},
            ],
        }

    return lke.dari_dict(
        {"skema": 1, "judul": "dua", "tempat": 0, "komponen": [komponen("1"), komponen("2")]}
    )


def test_a_total_summed_from_its_printed_components_is_explained() -> None:
    lem = _dua_komponen()
    assert lke.hasil(lem).eksak == 75
    c = Cetakan(nilai="76", komponen={"1": "38", "2": "38"})
    (t,) = lke.periksa(lem, c)  # the printed components are right; the nilai is their sum
    assert (t.letak, t.dicetak, t.dihitung) == ("nilai", "76", "75")
    assert t.keterangan.startswith("reproduced by: jumlah yang dibulatkan (")


def test_a_figure_no_mistake_reproduces() -> None:
    (t,) = lke.periksa(lke.contoh_lembar(), Cetakan(nilai="70,00"))
    assert t.keterangan.startswith("no common mistake reproduces it")


def test_correct_printed_figures_give_no_finding() -> None:
    lem = lke.contoh_lembar()
    h = lke.hasil(lem)
    c = Cetakan(
        nilai="69,03",
        predikat="B",
        komponen={k.kode: sakip.angka.tulis_desimal(k.nilai) for k in h.komponen},
        subkomponen={"4.b": "5,63", "3.a": "2,6", "1.a": "6"},
    )
    assert lke.periksa(lem, c) == ()


def test_predikat_aa_printed_for_90_is_explained() -> None:
    lem = _sheet(
        [_sub("1.a", 90, [_kriteria("k1", "Y")]), _sub("1.b", 10, [_kriteria("k2", "T")])],
        dicetak={"nilai": "90,00", "predikat": "AA"},
    )
    (t,) = lke.periksa(lem)
    assert (t.aturan, t.letak, t.dicetak, t.dihitung) == ("lke-predikat", "predikat", "AA", "A")
    assert t.keterangan == (
        "reproduced by the other reading of the scale, PERMENPANRB_88_2021_TERMASUK_BAWAH, "
        "which puts 90,00 in AA (the two readings differ only on the edges of the bands); "
        "the sheet rates on PERMENPANRB_88_2021: declare skala_predikat = "
        '"PERMENPANRB_88_2021_TERMASUK_BAWAH" if the evaluation used that reading'
    )
    assert t.rumus.startswith("PERMENPANRB_88_2021: PermenPANRB 88/2021 predikat nilai AKIP")
    assert t.tingkat is Tingkat.TINGGI


_DUA_BACAAN = [_sub("1.a", 90, [_kriteria("k1", "Y")]), _sub("1.b", 10, [_kriteria("k2", "T")])]


def test_a_sheet_may_rate_on_the_reading_with_bands_closed_below() -> None:
    bawah = "PERMENPANRB_88_2021_TERMASUK_BAWAH"
    lem = _sheet(_DUA_BACAAN, skala_predikat=bawah, dicetak={"nilai": "90,00", "predikat": "AA"})
    assert lem.skala_predikat == bawah
    assert (lke.hasil(lem).nilai, lke.hasil(lem).predikat) == (Decimal("90.00"), "AA")
    assert lke.periksa(lem) == ()
    # the default reading printed on a sheet that declares the other: explained the other way
    lem = _sheet(_DUA_BACAAN, skala_predikat=bawah, dicetak={"nilai": "90,00", "predikat": "A"})
    (t,) = lke.periksa(lem)
    assert (t.dicetak, t.dihitung) == ("A", "AA")
    assert 'declare skala_predikat = "PERMENPANRB_88_2021" if' in t.keterangan
    # the default is the reading open below
    assert lke.hasil(_sheet(_DUA_BACAAN)).predikat == "A"
    assert _sheet(_DUA_BACAAN).skala_predikat == lke.SKALA_PREDIKAT_LKE[0]


@pytest.mark.parametrize("nilai", ["PERMENDAGRI_86_2017", "permenpanrb_88_2021", "", 88])
def test_a_predikat_scale_other_than_the_readings_of_88_2021_is_refused(nilai: Any) -> None:
    with pytest.raises(ReportFormatError) as e:
        _sheet(_DUA_BACAAN, skala_predikat=nilai)
    assert (e.value.berkas, e.value.letak) == ("uji.toml", "skala_predikat")
    if isinstance(nilai, str) and nilai:  # a name: the readings are listed
        assert "must be one of PERMENPANRB_88_2021, PERMENPANRB_88_2021_TERMASUK_BAWAH" in str(
            e.value
        )


def test_a_csv_sheet_declares_its_predikat_scale() -> None:
    teks = (
        "# judul: contoh\n# skala_predikat: PERMENPANRB_88_2021_TERMASUK_BAWAH\n"
        "# dicetak.nilai: 90,00\n# dicetak.predikat: AA\n"
        "komponen;nama_komponen;bobot_komponen;subkomponen;nama_subkomponen;"
        "bobot_subkomponen;cara;kriteria;skala;evaluator\n"
        "1;Satu;100;1.a;Sub 1.a;90;rata-rata;k1;Y/T;Y\n"
        "1;Satu;100;1.b;Sub 1.b;10;rata-rata;k2;Y/T;T\n"
    )
    lem = lke.baca_csv(io.StringIO(teks))
    assert (lem.skala_predikat, lke.hasil(lem).predikat, lke.periksa(lem)) == (
        "PERMENPANRB_88_2021_TERMASUK_BAWAH",
        "AA",
        (),
    )


def test_a_wrong_predikat_without_a_printed_nilai() -> None:
    (t,) = lke.periksa(lke.contoh_lembar(), Cetakan(predikat="BB"))
    assert (t.dicetak, t.dihitung, t.keterangan) == ("BB", "B", "")


@pytest.mark.parametrize(
    ("cetakan", "letak"),
    [
        (Cetakan(nilai="enam"), "dicetak, nilai"),
        (Cetakan(komponen={"9": "1,00"}), "dicetak.komponen.9"),
        (Cetakan(komponen={"1.a": "1,00"}), "dicetak.komponen.1.a"),
        (Cetakan(subkomponen={"1": "1,00"}), "dicetak.subkomponen.1"),
    ],
)
def test_bad_printed_figures_are_refused(cetakan: Cetakan, letak: str) -> None:
    with pytest.raises(ReportFormatError) as e:
        lke.periksa(lke.contoh_lembar(), cetakan)
    assert e.value.letak == letak


def test_the_audit_of_the_mandiri_side() -> None:
    lem = lke.contoh_lembar()
    (t,) = lke.periksa(lem, Cetakan(sisi=Sisi.MANDIRI, nilai="87,76"))
    assert t.dihitung == "87,77"


def test_mistake_table_is_data() -> None:
    assert set(lke.KELIRU) == {
        "bulat-per-kriteria",
        "bulat-per-kriteria, dibatasi",
        "rata-rata untuk akumulasi",
        "jumlah yang dibulatkan",
        "jumlah bertingkat yang dibulatkan",
    }


# -- rendering ----------------------------------------------------------------------------


def test_json_carries_exact_and_rounded_figures() -> None:
    d = json.loads(lke.ke_json(lke.laporan(lke.contoh_lembar())))
    ev = d["hasil"][1]
    assert (ev["sisi"], ev["nilai"], ev["eksak"], ev["predikat"]) == (
        "evaluator",
        "69.03",
        "11597/168",
        "B",
    )
    assert ev["komponen"][2]["subkomponen"][1]["cara"] == "akumulasi"
    assert len(d["temuan"]) == 3
    assert len(d["selisih"]) == 17
    assert d["acuan"] == "PERMENPANRB_88_2021"


def test_markdown_and_text() -> None:
    lap = lke.laporan(lke.contoh_lembar())
    md = lke.markdown(lap)
    assert "## Penilaian evaluator: 69,03 (B)" in md
    assert "| 3.b | Kualitas (akumulasi) | 4,5 | 2,75 |" in md
    assert "## Findings (3)" in md
    t = lke.teks(lap)
    assert all(len(b) <= 80 for b in t.splitlines())
    assert "Printed results checked: 3 findings" in t
    assert lke.tampilan(lap, "markdown") == md


def test_no_printed_results_no_audit_section() -> None:
    lem = _sheet([_sub("1.a", 100, [_kriteria("k1")])])
    t = lke.teks(lke.laporan(lem))
    assert "Printed results" not in t
    assert "Difference" not in t


@pytest.mark.parametrize("bentuk", ["csv", "", None, 1])
def test_unknown_format_refused(bentuk: Any) -> None:
    with pytest.raises(InvalidValueError, match="json, markdown, text"):
        lke.tampilan(lke.laporan(lke.contoh_lembar()), bentuk)


# -- every public callable: documented, and refusing junk ---------------------------------------


def test_lazily_importable_from_sakip() -> None:
    assert sakip.lke is lke


JUNK: list[object] = [None, True, 2.5, "x", b"x", [], {}, object(), float("nan"), -1]


@pytest.mark.parametrize("j", JUNK, ids=repr)
@pytest.mark.parametrize(
    "call",
    [
        lambda j: lke.hasil(j),
        lambda j: lke.hasil(lke.contoh_lembar(), sisi=j),
        lambda j: lke.hasil(lke.contoh_lembar(), kosong=j),
        lambda j: lke.hasil(lke.contoh_lembar(), tempat=j if j is not None else "2"),  # type: ignore[arg-type]
        lambda j: lke.selisih(j),
        lambda j: lke.laporan(j),
        lambda j: lke.periksa(j),
        lambda j: lke.periksa(lke.contoh_lembar(), j if j is not None else 1),  # type: ignore[arg-type]
        lambda j: lke.ke_dict(j),
        lambda j: lke.tampilan(j, "text"),
        lambda j: lke.skala_jawaban(j),
        lambda j: lke.acuan(j),
        lambda j: lke.SKALA_JAWABAN["Y/T"].nilai_jawaban(j),
        lambda j: lke.dari_dict(j),
        lambda j: lke.dari_dict({"skema": 1, "judul": j, "komponen": []}),
        lambda j: lke.dari_dict({"skema": j}),
        lambda j: lke.SkalaJawaban(nama="x", nilai=j, sumber="s"),
        lambda j: lke.SkalaJawaban(nama="x", nilai={"A": 1, "B": j}, sumber="s"),
    ],
)
def test_junk_raises_sakip_error(call: Any, j: object) -> None:
    with pytest.raises(sakip.SakipError) as info:
        call(j)
    assert isinstance(info.value, (TypeError, ValueError))
    assert str(info.value)
    _ = InvalidTypeError  # both kinds are SakipError


def _tepi_90() -> lke.Lembar:
    # one criterion worth 90,4 answered Y, one worth 9,6 answered T: the score is 90,40 (AA)
    kriteria = [
        {"kode": "1.a.1", "bobot": "90.4", "evaluator": "Y"},
        {"kode": "1.a.2", "bobot": "9.6", "evaluator": "T"},
    ]
    sub = {"kode": "1.a", "nama": "S", "bobot": 100, "cara": "akumulasi", "skala": "Y/T"}
    return lke.dari_dict(
        {
            "skema": 1,
            "judul": "tepi 90",
            "komponen": [
                {
                    "kode": "1",
                    "nama": "K",
                    "bobot": 100,
                    "subkomponen": [sub | {"kriteria": kriteria}],
                }
            ],
        }
    )


def test_a_predikat_of_the_score_beside_a_rounder_printed_nilai_is_explained() -> None:
    lembar = _tepi_90()
    assert (lke.hasil(lembar).nilai, lke.hasil(lembar).predikat) == (Decimal("90.40"), "AA")
    (t,) = lke.periksa(lembar, Cetakan(nilai="90", predikat="AA"))
    assert (t.dicetak, t.dihitung) == ("AA", "A")  # the printed 90 is A
    assert t.keterangan == (
        "the score at the sheet's 2 places, 90,40, is AA; the nilai the report prints, 90, "
        "is A: it rates a figure other than the one it prints"
    )
    assert lke.periksa(lembar, Cetakan(nilai="90,40", predikat="aa")) == ()  # any case


def test_a_printed_figure_past_thirty_places_is_refused_not_a_crash() -> None:
    with pytest.raises(ReportFormatError, match="at most 30 decimal places") as e:
        lke.periksa(lke.contoh_lembar(), Cetakan(nilai="69," + "0" * 31))
    assert e.value.letak == "dicetak, nilai"


@pytest.mark.parametrize("kosong", list(lke.Kosong))
def test_printed_results_of_a_side_without_answers_are_refused(kosong: lke.Kosong) -> None:
    # the tepi-90 sheet has evaluator answers only: its mandiri side has no score to compare
    with pytest.raises(ReportFormatError, match="must name a side with answers") as e:
        lke.periksa(_tepi_90(), Cetakan(sisi=lke.Sisi.MANDIRI, nilai="0,00"), kosong=kosong)
    assert e.value.letak == "dicetak.sisi"


def test_one_difference_is_one_criterion() -> None:
    lem = _sheet([_sub("1.a", 100, [_kriteria("k1", mandiri="T"), _kriteria("k2", mandiri="Y")])])
    t = lke.teks(lke.laporan(lem))
    assert "Difference mandiri - evaluator: 1 criterion\n" in t
