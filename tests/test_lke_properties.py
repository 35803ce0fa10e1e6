"""Properties of LKE scoring, against an exact oracle, on random sheets."""

from __future__ import annotations

import itertools
import tempfile
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import sakip
from sakip import lke
from sakip.lke import Cara, Cetakan, Kriteria, Lembar, Sisi
from sakip.lke.pemeriksaan import KELIRU

SKALA = [lke.SKALA_JAWABAN["Y/T"], lke.SKALA_JAWABAN["A-E"]]


def _potong(draw: st.DrawFn, total: int, paling_banyak: int) -> list[int]:
    """``total`` split in 1 to ``paling_banyak`` positive whole parts."""
    m = draw(st.integers(1, min(paling_banyak, total)))
    titik = (
        sorted(
            draw(st.lists(st.integers(1, total - 1), min_size=m - 1, max_size=m - 1, unique=True))
        )
        if m > 1
        else []
    )
    batas = [0, *titik, total]
    return [b - a for a, b in itertools.pairwise(batas)]


@st.composite
def lembar_acak(draw: st.DrawFn, *, atas: bool = False) -> Lembar:
    """A random valid sheet, weights in quarter points as printed sheets have them.

    ``atas`` answers every criterion at the top of its scale.
    """
    seperempat = Fraction(1, 4)
    komponen = []
    n = 0
    for i, q_k in enumerate(_potong(draw, 400, 4)):
        subs = []
        for j, q_s in enumerate(_potong(draw, q_k, 3)):
            cara = draw(st.sampled_from(list(Cara)))
            if cara is Cara.AKUMULASI:
                bobot_c: list[Fraction | None] = [q * seperempat for q in _potong(draw, q_s, 7)]
            else:
                bobot_c = [None] * draw(st.integers(1, 7))
            kriteria = []
            for b in bobot_c:
                skala = draw(st.sampled_from(SKALA))
                jawaban = list(skala.nilai)
                n += 1
                kriteria.append(
                    Kriteria(
                        kode=f"c{n}",
                        skala=skala,
                        bobot=b,
                        mandiri=draw(st.sampled_from(jawaban)),
                        evaluator=jawaban[0] if atas else draw(st.sampled_from(jawaban)),
                    )
                )
            subs.append(
                lke.SubKomponen(
                    kode=f"{i}.{j}",
                    nama=f"s{i}{j}",
                    bobot=q_s * seperempat,
                    cara=cara,
                    kriteria=tuple(kriteria),
                )
            )
        komponen.append(
            lke.Komponen(
                kode=str(i), nama=f"k{i}", bobot=q_k * seperempat, subkomponen=tuple(subs)
            )
        )
    return Lembar(judul="acak", komponen=tuple(komponen))


def _oracle(lem: Lembar, sisi: Sisi = Sisi.EVALUATOR) -> Fraction:
    total = Fraction(0)
    for k in lem.komponen:
        for s in k.subkomponen:
            for c in s.kriteria:
                j = c.jawaban(sisi)
                assert j is not None
                w = c.bobot if s.cara is Cara.AKUMULASI else s.bobot / len(s.kriteria)
                assert w is not None
                total += w * c.skala.nilai[j]
    return total


tempat = st.integers(0, 6)


@settings(max_examples=100, deadline=None)
@given(lem=lembar_acak(), sisi=st.sampled_from(list(Sisi)))
def test_exact_against_the_oracle(lem: Lembar, sisi: Sisi) -> None:
    h = lke.hasil(lem, sisi=sisi)
    assert h.eksak == _oracle(lem, sisi)
    assert 0 <= h.eksak <= 100
    assert h.predikat == sakip.PERMENPANRB_88_2021.predikat(h.nilai)


@settings(max_examples=100, deadline=None)
@given(lem=lembar_acak(atas=True), t=tempat)
def test_the_maximum_sheet_scores_exactly_100(lem: Lembar, t: int) -> None:
    h = lke.hasil(lem, tempat=t)
    assert h.eksak == 100
    assert h.nilai == Decimal(100).quantize(Decimal(1).scaleb(-t))
    assert h.predikat == "AA"
    for k in h.komponen:
        assert k.eksak == k.bobot
        for s in k.subkomponen:
            assert s.eksak == s.bobot
    # and nothing printed from it is a finding
    assert lke.periksa(lem, Cetakan(nilai="100,00", predikat="AA")) == ()


def _ganti_jawaban(lem: Lembar, kode: str, jawaban: str) -> Lembar:
    return attrs.evolve(
        lem,
        komponen=tuple(
            attrs.evolve(
                k,
                subkomponen=tuple(
                    attrs.evolve(
                        s,
                        kriteria=tuple(
                            attrs.evolve(c, evaluator=jawaban) if c.kode == kode else c
                            for c in s.kriteria
                        ),
                    )
                    for s in k.subkomponen
                ),
            )
            for k in lem.komponen
        ),
    )


@settings(max_examples=100, deadline=None)
@given(lem=lembar_acak(), data=st.data(), t=tempat)
def test_monotone_in_each_answer(lem: Lembar, data: Any, t: int) -> None:
    semua = list(lem.semua_kriteria())
    c = data.draw(st.sampled_from(semua))
    lebih = data.draw(st.sampled_from(list(c.skala.nilai)))
    v_lama = c.skala.nilai[c.evaluator or ""]
    baru = _ganti_jawaban(lem, c.kode, lebih)
    h0, h1 = lke.hasil(lem, tempat=t), lke.hasil(baru, tempat=t)
    naik = c.skala.nilai[lebih] >= v_lama
    pasangan: list[tuple[Fraction, Fraction]] = [
        (h0.eksak, h1.eksak),
        (Fraction(h0.nilai), Fraction(h1.nilai)),
    ]
    for k0, k1 in zip(h0.komponen, h1.komponen, strict=True):
        pasangan += [(k0.eksak, k1.eksak), (Fraction(k0.nilai), Fraction(k1.nilai))]
        for s0, s1 in zip(k0.subkomponen, k1.subkomponen, strict=True):
            pasangan += [(s0.eksak, s1.eksak), (Fraction(s0.nilai), Fraction(s1.nilai))]
    for a, b in pasangan:
        assert (b >= a) if naik else (b <= a)


@settings(max_examples=100, deadline=None)
@given(lem=lembar_acak(), t=tempat)
def test_total_is_the_sum_of_the_components_whatever_the_rounding(lem: Lembar, t: int) -> None:
    h = lke.hasil(lem, tempat=t)
    jumlah = sum((k.eksak for k in h.komponen), Fraction(0))
    assert h.eksak == jumlah
    assert h.nilai == sakip.bulatkan(jumlah, t)  # from the exact parts, never the rounded
    for k in h.komponen:
        assert k.eksak == sum((s.eksak for s in k.subkomponen), Fraction(0))
    # the printed parts may miss the printed total by at most half a unit each
    selisih = abs(Fraction(h.nilai) - sum((Fraction(k.nilai) for k in h.komponen), Fraction(0)))
    assert selisih <= Fraction(len(h.komponen), 2 * 10**t)


@settings(max_examples=100, deadline=None)
@given(lem=lembar_acak(), t=st.integers(0, 4))
def test_correct_printed_figures_give_no_finding(lem: Lembar, t: int) -> None:
    h = lke.hasil(lem, tempat=t)
    tulis = sakip.angka.tulis_desimal
    c = Cetakan(
        nilai=tulis(h.nilai),
        predikat=h.predikat,
        komponen={k.kode: tulis(k.nilai) for k in h.komponen},
        subkomponen={s.kode: tulis(s.nilai) for k in h.komponen for s in k.subkomponen},
    )
    assert lke.periksa(lem, c) == ()


@settings(max_examples=100, deadline=None)
@given(lem=lembar_acak(), t=st.integers(0, 4))
def test_each_mistake_stays_near_the_exact_score(lem: Lembar, t: int) -> None:
    h = lke.hasil(lem)
    n = len(h.semua_kriteria())
    for nama in ("bulat-per-kriteria", "jumlah yang dibulatkan"):
        angka = KELIRU[nama].angka(h, t)
        assert abs(angka["nilai"] - h.eksak) <= Fraction(n, 2 * 10**t)
    # capping never raises a figure above the weights
    batas = KELIRU["bulat-per-kriteria, dibatasi"].angka(h, t)
    assert batas["nilai"] <= 100


def _angka(x: Fraction) -> str:
    """A quarter-point weight written the Indonesian way (4,5), as a sheet has it."""
    return sakip.angka.tulis_desimal(sakip.bulatkan(x, 2))


def _desimal(x: Fraction) -> str:
    return f'"{_angka(x)}"'


def _toml(lem: Lembar) -> str:
    baris = ["skema = 1", f'judul = "{lem.judul}"']
    for k in lem.komponen:
        baris += [
            "[[komponen]]",
            f'kode = "{k.kode}"',
            f'nama = "{k.nama}"',
            f"bobot = {_desimal(k.bobot)}",
        ]
        for s in k.subkomponen:
            baris += [
                "[[komponen.subkomponen]]",
                f'kode = "{s.kode}"',
                f'nama = "{s.nama}"',
                f"bobot = {_desimal(s.bobot)}",
                f'cara = "{s.cara.value}"',
            ]
            for c in s.kriteria:
                baris += [
                    "[[komponen.subkomponen.kriteria]]",
                    f'kode = "{c.kode}"',
                    f'skala = "{c.skala.nama}"',
                    f'mandiri = "{c.mandiri}"',
                    f'evaluator = "{c.evaluator}"',
                ]
                if c.bobot is not None:
                    baris.append(f"bobot = {_desimal(c.bobot)}")
    return "\n".join(baris) + "\n"


def _csv(lem: Lembar) -> str:
    baris = [
        "komponen;nama_komponen;bobot_komponen;subkomponen;nama_subkomponen;bobot_subkomponen;"
        "cara;kriteria;skala;bobot_kriteria;mandiri;evaluator"
    ]
    for k in lem.komponen:
        for s in k.subkomponen:
            for c in s.kriteria:
                bc = "" if c.bobot is None else _angka(c.bobot)
                baris.append(
                    f"{k.kode};{k.nama};{_angka(k.bobot)};{s.kode};{s.nama};"
                    f"{_angka(s.bobot)};{s.cara.value};{c.kode};{c.skala.nama};{bc};"
                    f"{c.mandiri};{c.evaluator}"
                )
    return "\n".join(baris) + "\n"


@settings(max_examples=60, deadline=None)
@given(lem=lembar_acak())
def test_toml_and_csv_round_trip(lem: Lembar) -> None:
    with tempfile.TemporaryDirectory() as d:
        for nama, teks in (("acak.toml", _toml(lem)), ("acak.csv", _csv(lem))):
            p = Path(d) / nama
            p.write_text(teks, encoding="utf-8")
            dibaca = lke.baca(p)
            for sisi in Sisi:
                assert lke.hasil(dibaca, sisi=sisi) == lke.hasil(lem, sisi=sisi)
