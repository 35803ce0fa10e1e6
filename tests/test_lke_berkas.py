"""sakip.lke readers: TOML and CSV sheets, strict and bounded; hostile files refused with their place."""

from __future__ import annotations

import io
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import sakip
from sakip import lke
from sakip.errors import InvalidTypeError, InvalidValueError, ReportFormatError
from sakip.lke.berkas import MAKS_BESAR_BERKAS, MAKS_KRITERIA

CONTOH_CSV = Path(__file__).parent.parent / "examples" / "lke_contoh.csv"

TOML_DASAR = """\
skema = 1
judul = "uji"
acuan = "PERMENPANRB_88_2021"
{tambahan}
"""


def _toml_lengkap(jawab: str = "Y") -> str:
    """A sheet on the built-in weights, one criterion per sub-component."""
    baris = ["skema = 1", 'judul = "uji"', 'acuan = "PERMENPANRB_88_2021"', ""]
    for k in "1234":
        baris += ["[[komponen]]", f'kode = "{k}"']
        for h in "abc":
            baris += [
                "[[komponen.subkomponen]]",
                f'kode = "{k}.{h}"',
                'skala = "Y/T"',
                "[[komponen.subkomponen.kriteria]]",
                f'kode = "{k}.{h}.1"',
                f'evaluator = "{jawab}"',
            ]
    return "\n".join(baris) + "\n"


def _tulis(tmp_path: Path, teks: str | bytes, nama: str = "lke.toml") -> Path:
    p = tmp_path / nama
    if isinstance(teks, bytes):
        p.write_bytes(teks)
    else:
        p.write_text(teks, encoding="utf-8")
    return p


def _salah(tmp_path: Path, teks: str | bytes, nama: str = "lke.toml") -> ReportFormatError:
    with pytest.raises(ReportFormatError) as e:
        lke.baca(_tulis(tmp_path, teks, nama))
    assert e.value.berkas == nama
    assert isinstance(e.value, ValueError)
    return e.value


def test_a_full_sheet_on_the_built_in_weights(tmp_path: Path) -> None:
    lem = lke.baca(_tulis(tmp_path, _toml_lengkap()))
    assert lem.acuan == "PERMENPANRB_88_2021"
    assert [k.nama for k in lem.komponen][3] == "Evaluasi Akuntabilitas Kinerja Internal"
    h = lke.hasil(lem)
    assert h.eksak == 100
    assert (str(h.nilai), h.predikat) == ("100.00", "AA")


def test_the_example_csv_scores_as_the_shipped_toml() -> None:
    csv_ = lke.baca(CONTOH_CSV)
    toml = lke.contoh_lembar()
    for sisi in lke.Sisi:
        assert lke.hasil(csv_, sisi=sisi) == lke.hasil(toml, sisi=sisi)
    assert csv_.judul.startswith("LKE AKIP Dinas Contoh")
    assert csv_.tahun == 2024
    assert csv_.komponen[2].subkomponen[1].kriteria[1].bobot == Fraction(3, 2)


@pytest.mark.parametrize(
    ("ganti", "letak", "pesan"),
    [
        # weights that do not add up
        (
            ('kode = "1.a"\n', 'kode = "1.a"\nbobot = 7\n'),
            "komponen[0].subkomponen[0].bobot",
            "must equal the acuan's weight 6",
        ),
        (
            ('kode = "3.b"\n', 'kode = "3.b"\nbobot = 4\n'),
            "komponen[2].subkomponen[1].bobot",
            "must equal the acuan's weight 4,5 (PERMENPANRB_88_2021) (got 4)",
        ),
        (('kode = "4"\n', 'kode = "4"\nbobot = 20\n'), "komponen[3].bobot", "weight 25"),
        # an answer outside its scale
        (
            ('evaluator = "Y"\n', 'evaluator = "Ya"\n', 1),
            "komponen[0].subkomponen[0].kriteria[0], evaluator",
            "must be one of Y, T",
        ),
        # an unknown scale
        (
            ('skala = "Y/T"\n', 'skala = "A-F"\n', 1),
            "komponen[0].subkomponen[0].kriteria[0].skala",
            "declare others",
        ),
        # unknown keys, wrong types
        (('judul = "uji"\n', 'judul = "uji"\nnilai = 3\n'), "(top)", "must only have the keys"),
        (('judul = "uji"\n', "judul = 3\n"), "judul", "must be text"),
        (('kode = "1"\n', "kode = 1\n", 1), "komponen[0].kode", "must be a code"),
        (('kode = "1"\n', 'kode = "1 a"\n', 1), "komponen[0].kode", "must be a code"),
        (
            ('kode = "1"\n', 'kode = "9"\n', 1),
            "komponen[0]",
            "must have a code of the acuan PERMENPANRB_88_2021 (got '9')",
        ),
        (
            ('kode = "1.a"\n', 'kode = "1.a"\ncara = "median"\n'),
            "komponen[0].subkomponen[0].cara",
            "'rata-rata' or 'akumulasi'",
        ),
        (
            ('kode = "1.a"\n', 'kode = "1.a"\nbobot = true\n'),
            "komponen[0].subkomponen[0].bobot",
            "must be a number",
        ),
        (
            ('kode = "1.a"\n', 'kode = "1.a"\nbobot = "nan"\n'),
            "komponen[0].subkomponen[0].bobot",
            "plain ASCII",
        ),
        (
            ('kode = "1.a"\n', 'kode = "1.a"\nbobot = nan\n'),
            "komponen[0].subkomponen[0].bobot",
            "finite",
        ),
        (
            ('kode = "1.a"\n', 'kode = "1.a"\nbobot = -inf\n'),
            "komponen[0].subkomponen[0].bobot",
            "finite",
        ),
        (
            ('kode = "1.a"\n', 'kode = "1.a"\nbobot = [6]\n'),
            "komponen[0].subkomponen[0].bobot",
            "must be a number",
        ),
        (
            ('kode = "1.a"\n', 'kode = "1.a"\nbobot = "1e40"\n'),
            "komponen[0].subkomponen[0].bobot",
            "smaller than",
        ),
        (
            ('kode = "1.a"\n', 'kode = "1.a"\nbobot = "enam"\n'),
            "komponen[0].subkomponen[0].bobot",
            "plain ASCII decimal",
        ),
        (
            ('kode = "1.a"\n', 'kode = "1.a"\nbobot = "6,5,1"\n'),
            "komponen[0].subkomponen[0].bobot",
            "Indonesian way",
        ),
        (
            ('kode = "1.a.1"\n', 'kode = "1.a.1"\nbobot = 2\n'),
            "komponen[0].subkomponen[0].kriteria[0], bobot",
            "must not be given under cara rata-rata",
        ),
        (
            ('kode = "1.b.1"\n', 'kode = "1.a.1"\n'),
            "komponen[0].subkomponen[1].kriteria[0]",
            "used once",
        ),
        (("skema = 1\n", "skema = 2\n"), "skema", "must be 1"),
        (('acuan = "PERMENPANRB_88_2021"\n', 'acuan = "X"\n'), "acuan", "PERMENPANRB_88_2021"),
        (('judul = "uji"\n', 'judul = "uji"\ntempat = 9\n'), "tempat", "from 0 to 6"),
        (('judul = "uji"\n', 'judul = "uji"\ntahun = 1999\n'), "tahun", "year"),
        (
            ('evaluator = "Y"\n', "evaluator = 1\n", 1),
            "komponen[0].subkomponen[0].kriteria[0].evaluator",
            "text",
        ),
    ],
)
def test_toml_refused_with_its_place(
    tmp_path: Path, ganti: tuple[Any, ...], letak: str, pesan: str
) -> None:
    teks = _toml_lengkap().replace(*ganti)
    e = _salah(tmp_path, teks)
    assert e.letak == letak
    assert pesan in str(e)


def test_toml_without_acuan_needs_weights_and_cara(tmp_path: Path) -> None:
    teks = """skema = 1
judul = "uji"
[[komponen]]
kode = "1"
nama = "Satu"
bobot = 100
[[komponen.subkomponen]]
kode = "1.a"
nama = "A"
bobot = 100
skala = "Y/T"
[[komponen.subkomponen.kriteria]]
kode = "k"
evaluator = "Y"
"""
    e = _salah(tmp_path, teks)
    assert e.letak == "komponen[0].subkomponen[0].cara"
    assert (
        lke.hasil(
            lke.baca(
                _tulis(
                    tmp_path,
                    teks.replace('nama = "A"\n', 'nama = "A"\ncara = "akumulasi"\n').replace(
                        'evaluator = "Y"', 'evaluator = "Y"\nbobot = "100"'
                    ),
                )
            )
        ).eksak
        == 100
    )
    e = _salah(tmp_path, teks.replace("bobot = 100\n[[komponen.sub", "[[komponen.sub"))
    assert e.letak == "komponen[0].bobot"


def test_a_declared_scale(tmp_path: Path) -> None:
    teks = (
        _toml_lengkap()
        .replace(
            'acuan = "PERMENPANRB_88_2021"\n',
            'acuan = "PERMENPANRB_88_2021"\n[skala.AA-E-lokal]\nsumber = "contoh"\n'
            'nilai = { AA = 1, A = "0,8", B = 0.6, C = "0.4", D = 0.2, E = 0 }\n',
        )
        .replace(
            'skala = "Y/T"\n[[komponen.subkomponen.kriteria]]\nkode = "1.a.1"\nevaluator = "Y"',
            'skala = "AA-E-lokal"\n[[komponen.subkomponen.kriteria]]\nkode = "1.a.1"\nevaluator = "A"',
        )
    )
    h = lke.hasil(lke.baca(_tulis(tmp_path, teks)))
    assert h.eksak == 100 - 6 + Fraction(6 * 4, 5)


@pytest.mark.parametrize(
    ("jawaban", "bagian"),
    [
        ("AA", 1),
        ("A", Fraction(9, 10)),
        ("bb", Fraction(4, 5)),
        ("CC", Fraction(3, 5)),
        ("D", Fraction(3, 10)),
        ("E", 0),
    ],
)
def test_the_built_in_aa_e_scale(tmp_path: Path, jawaban: str, bagian: Fraction) -> None:
    # AA 100 ... E 0 per hundred, as quoted in public e-SAKIP LKE applications
    teks = _toml_lengkap().replace(
        'skala = "Y/T"\n[[komponen.subkomponen.kriteria]]\nkode = "1.a.1"\nevaluator = "Y"',
        f'skala = "AA-E"\n[[komponen.subkomponen.kriteria]]\nkode = "1.a.1"\n'
        f'evaluator = "{jawaban}"',
    )
    h = lke.hasil(lke.baca(_tulis(tmp_path, teks)))
    assert h.eksak == 100 - 6 + 6 * bagian


@pytest.mark.parametrize(
    ("skala", "letak"),
    [
        ('[skala."Y/T"]\nsumber = "x"\nnilai = { Y = 1, T = 0 }\n', "skala.Y/T"),
        ('[skala.AA-E]\nsumber = "x"\nnilai = { AA = 1, E = 0 }\n', "skala.AA-E"),
        ('[skala.X]\nsumber = "x"\nnilai = { Y = 1 }\n', "skala.X"),
        ('[skala.X]\nsumber = "x"\nnilai = 3\n', "skala.X.nilai"),
        ("[skala.X]\nnilai = { Y = 1, T = 0 }\n", "skala.X.sumber"),
        ('[skala.X]\nsumber = "x"\nnilai = { Y = 1, T = 0 }\nlain = 1\n', "skala.X"),
        ('[skala.X]\nsumber = "x"\nnilai = { Y = 1, T = true }\n', "skala.X.nilai.T"),
    ],
)
def test_bad_declared_scales(tmp_path: Path, skala: str, letak: str) -> None:
    teks = _toml_lengkap().replace(
        'acuan = "PERMENPANRB_88_2021"\n', f'acuan = "PERMENPANRB_88_2021"\n{skala}'
    )
    assert _salah(tmp_path, teks).letak == letak


@pytest.mark.parametrize(
    ("dicetak", "letak"),
    [
        ("[dicetak]\nnilai = 69.03\n", "dicetak.nilai"),
        ('[dicetak]\nsisi = "inspektorat"\n', "dicetak.sisi"),
        ("[dicetak]\nkomponen = 3\n", "dicetak.komponen"),
        ('[dicetak]\nkomponen = { "1" = 30 }\n', "dicetak.komponen.1"),
        ('[dicetak]\ntotal = "1"\n', "dicetak"),
    ],
)
def test_bad_printed_results(tmp_path: Path, dicetak: str, letak: str) -> None:
    assert _salah(tmp_path, _toml_lengkap() + dicetak).letak == letak


# -- hostile files ------------------------------------------------------------------------------


def test_missing_file() -> None:
    with pytest.raises(ReportFormatError, match="must exist"):
        lke.baca("/nonexistent/x.toml")


def test_a_directory(tmp_path: Path) -> None:
    d = tmp_path / "d.toml"
    d.mkdir()
    with pytest.raises(ReportFormatError, match="regular file"):
        lke.baca(d)


@pytest.mark.parametrize("nama", ["lke.toml", "lke.csv"])
def test_not_utf8(tmp_path: Path, nama: str) -> None:
    e = _salah(tmp_path, "judul = 'caf\u00e9'\n".encode("latin-1"), nama)
    assert "UTF-8" in str(e)


@pytest.mark.parametrize("nama", ["lke.toml", "lke.csv"])
def test_oversized_file_refused_before_parsing(tmp_path: Path, nama: str) -> None:
    e = _salah(tmp_path, b"#" * (MAKS_BESAR_BERKAS + 1), nama)
    assert "bytes" in str(e)


def test_too_many_criteria(tmp_path: Path) -> None:
    kepala = "komponen,subkomponen,kriteria,skala,bobot_komponen,bobot_subkomponen,cara,nama_komponen,nama_subkomponen,evaluator\n"
    baris = "".join(f"1,1.a,k{i},Y/T,100,100,rata-rata,A,B,Y\n" for i in range(MAKS_KRITERIA + 1))
    e = _salah(tmp_path, kepala + baris, "lke.csv")
    assert e.letak == f"row {MAKS_KRITERIA + 2}"


@pytest.mark.parametrize(
    "teks",
    ["", "\x00\x01", "[[[", "skema = ", "skema = 1\nskema = 1\n", "= 1", "a = [1, 'x'"],
)
def test_junk_toml(tmp_path: Path, teks: str) -> None:
    _salah(tmp_path, teks)


def test_wrong_suffix(tmp_path: Path) -> None:
    with pytest.raises(ReportFormatError, match=r"\.csv or \.toml"):
        lke.baca(_tulis(tmp_path, "x", "lke.xlsx"))


# -- CSV ----------------------------------------------------------------------------------------

CSV_DASAR = (
    "# judul: uji csv\n# acuan: PERMENPANRB_88_2021\n"
    "komponen;subkomponen;kriteria;skala;mandiri;evaluator\n"
)


def _csv_lengkap(jawab: str = "Y") -> str:
    return CSV_DASAR + "".join(
        f"{k};{k}.{h};{k}.{h}.1;Y/T;Y;{jawab}\n" for k in "1234" for h in "abc"
    )


def test_csv_full_sheet(tmp_path: Path) -> None:
    lem = lke.baca(_tulis(tmp_path, _csv_lengkap(), "lke.csv"))
    assert lem.judul == "uji csv"
    assert lke.hasil(lem).eksak == 100
    assert lke.hasil(lke.baca(_tulis(tmp_path, _csv_lengkap("T"), "lke.csv"))).eksak == 0


def test_csv_with_bom_comma_and_blank_lines(tmp_path: Path) -> None:
    teks = _csv_lengkap().replace(";", ",") + "\n,,,,,\n"
    lem = lke.baca(_tulis(tmp_path, "\ufeff" + teks, "lke.csv"))
    assert lke.hasil(lem).eksak == 100


def test_csv_from_a_stream() -> None:
    lem = lke.baca_csv(io.StringIO(_csv_lengkap()))
    assert lem.berkas == "<csv>"


@pytest.mark.parametrize(
    ("ubah", "letak", "pesan"),
    [
        (
            lambda t: t.replace("1;1.a;1.a.1;Y/T;Y;Y", "1;1.a;1.a.1;Y/T;Y;X"),
            "row 4, evaluator",
            "must be one of Y, T",
        ),
        (lambda t: t.replace("1;1.a;1.a.1;Y/T;Y;Y", "1;1.a;1.a.1;Y/T;Y"), "row 4", "cells"),
        (
            lambda t: t.replace("1;1.a;1.a.1;Y/T;Y;Y", "1;1.a;1.a.1;A-F;Y;Y"),
            "row 4, skala",
            "must be one of",
        ),
        (lambda t: t.replace("komponen;", "komp;"), "header", "must have the columns"),
        (
            lambda t: t.replace(";evaluator", ";evaluator;catatan").replace(";Y\n", ";Y;x\n"),
            "header",
            "must only have",
        ),
        (lambda t: t.replace("# acuan", "# penulis"), "line 2", "key"),
        (
            lambda t: t.replace("# acuan: PERMENPANRB_88_2021", "# acuan: X"),
            "acuan",
            "PERMENPANRB_88_2021",
        ),
        (lambda t: t.replace("2;2.a;2.a.1", "2;1.a;2.a.1"), "row 7, subkomponen", "one component"),
        (lambda t: t.split("\n4;")[0] + "\n", "komponen", "adding up to 100"),
        (lambda t: t.split("komponen;")[0], "header", "header row"),
        (lambda t: t.split("\n1;")[0] + "\n", "row 2", "at least one criterion"),
        (lambda t: t.replace("1;1.a;1.a.1", "1;1.a;1.a 1"), "row 4, kriteria", "must be a code"),
    ],
)
def test_csv_refused_with_its_place(ubah: Any, letak: str, pesan: str) -> None:
    with pytest.raises(ReportFormatError) as e:
        lke.baca_csv(io.StringIO(ubah(_csv_lengkap())))
    assert e.value.letak == letak
    assert pesan in str(e.value)


def test_csv_cells_repeated_per_row_must_agree() -> None:
    teks = (
        "komponen,subkomponen,kriteria,skala,nama_komponen,bobot_komponen,nama_subkomponen,"
        "bobot_subkomponen,cara,bobot_kriteria,evaluator\n"
        "1,1.a,k1,A-E,Satu,100,Sub,100,akumulasi,60,A\n"
        "1,1.a,k2,A-E,Satu,90,Sub,100,akumulasi,40,C\n"
    )
    with pytest.raises(ReportFormatError) as e:
        lke.baca_csv(io.StringIO(teks))
    assert e.value.letak == "row 3, bobot_komponen"
    h = lke.hasil(lke.baca_csv(io.StringIO(teks.replace(",90,", ",100,"))))
    assert h.eksak == 60 + 20
    with pytest.raises(ReportFormatError, match="adding up to its weight 100"):
        lke.baca_csv(io.StringIO(teks.replace(",90,", ",100,").replace(",40,", ",30,")))


@pytest.mark.parametrize(
    ("bobot_sub", "letak", "pesan"),
    [
        ("0", "komponen[0].subkomponen[0], bobot", "must be > 0"),
        ("-5", "komponen[0].subkomponen[0], bobot", "must be > 0"),
        ("99.99", "komponen[0]", "adding up to its weight 100 (got '99,99')"),
    ],
)
def test_weights_checked_without_acuan(bobot_sub: str, letak: str, pesan: str) -> None:
    data = {
        "skema": 1,
        "judul": "uji",
        "komponen": [
            {
                "kode": "1",
                "nama": "Satu",
                "bobot": 100,
                "subkomponen": [
                    {
                        "kode": "1.a",
                        "nama": "A",
                        "bobot": bobot_sub,
                        "cara": "rata-rata",
                        "skala": "Y/T",
                        "kriteria": [{"kode": "k", "evaluator": "Y"}],
                    }
                ],
            }
        ],
    }
    with pytest.raises(ReportFormatError) as e:
        lke.dari_dict(data, berkas="x.toml")
    assert e.value.letak == letak
    assert pesan in str(e.value)


def test_deeply_nested_toml_is_refused(tmp_path: Path) -> None:
    e = _salah(tmp_path, "a = " + "[" * 100_000 + "]" * 100_000 + "\n")
    assert "nest" in str(e)


@pytest.mark.parametrize("teks", ["a\x00b", "a\x1bb", "a\x7fb"])
def test_control_characters_in_text_are_refused(teks: str) -> None:
    with pytest.raises(ReportFormatError, match="control characters") as e:
        lke.baca_csv(io.StringIO(_csv_lengkap().replace("# judul: uji csv", f"# judul: {teks}")))
    assert e.value.letak == "judul"
    csv_ = "# acuan: PERMENPANRB_88_2021\nkomponen;subkomponen;kriteria;skala;uraian;evaluator\n"
    with pytest.raises(ReportFormatError, match="control characters") as e:
        lke.baca_csv(io.StringIO(csv_ + f"1;1.a;k;Y/T;{teks};Y\n"))
    assert e.value.letak == "row 3, uraian"


def test_printed_results_in_csv() -> None:
    teks = _csv_lengkap().replace(
        "# acuan", "# dicetak.nilai: 99,99\n# dicetak.komponen.1: 30,00\n# acuan"
    )
    lem = lke.baca_csv(io.StringIO(teks))
    assert lem.cetakan == lke.Cetakan(nilai="99,99", komponen={"1": "30,00"})
    (t,) = lke.periksa(lem)
    assert (t.letak, t.dihitung) == ("nilai", "100,00")
    with pytest.raises(ReportFormatError) as e:
        lke.baca_csv(io.StringIO(teks.replace("dicetak.nilai", "dicetak.total")))
    assert e.value.letak == "line 2"


# -- fuzzing: junk in, a SakipError (or a valid sheet) out, never another exception ------------


def _hanya_sakip(fungsi: Any) -> object:
    """The result, or the SakipError raised; any other exception fails the test."""
    try:
        return fungsi()
    except sakip.SakipError as e:
        return e


_daun = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**40), 10**40),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=8),
    st.sampled_from(["Y", "T", "A", "1.a", "1", "rata-rata", "akumulasi", "Y/T", "A-E", "4,5"]),
)
_kunci = st.sampled_from(
    [
        "skema",
        "judul",
        "acuan",
        "komponen",
        "subkomponen",
        "kriteria",
        "kode",
        "nama",
        "bobot",
        "cara",
        "skala",
        "mandiri",
        "evaluator",
        "dicetak",
        "nilai",
        "sumber",
        "tempat",
        "x",
    ]
)
_pohon = st.recursive(
    _daun,
    lambda anak: st.one_of(st.lists(anak, max_size=3), st.dictionaries(_kunci, anak, max_size=5)),
    max_leaves=25,
)


@settings(max_examples=300, deadline=None)
@given(
    data=st.fixed_dictionaries(
        {"skema": st.sampled_from([1, 1, 2, "1"]), "judul": st.sampled_from(["x", 3])},
        optional={
            "acuan": st.sampled_from(["PERMENPANRB_88_2021", "X", 1]),
            "komponen": _pohon,
            "skala": _pohon,
            "dicetak": _pohon,
            "tempat": _daun,
        },
    )
)
def test_dari_dict_never_fails_otherwise(data: dict[str, Any]) -> None:
    hasil = _hanya_sakip(lambda: lke.dari_dict(data))
    assert isinstance(hasil, (lke.Lembar, InvalidTypeError, InvalidValueError))
    assert str(hasil)


@settings(max_examples=200, deadline=None)
@given(
    teks=st.lists(
        st.sampled_from(
            [
                *";,#:\n \"'Y/TA-E1.a",
                "komponen",
                "subkomponen",
                "kriteria",
                "skala",
                "evaluator",
                "acuan",
                "\x00",
                "é",
                "1;1.a;k;Y/T;Y\n",
                "# acuan: PERMENPANRB_88_2021\n",
            ]
        ),
        max_size=60,
    ).map("".join)
)
def test_baca_csv_never_fails_otherwise(teks: str) -> None:
    hasil = _hanya_sakip(
        lambda: lke.baca_csv(io.StringIO("komponen;subkomponen;kriteria;skala;evaluator\n" + teks))
    )
    assert isinstance(hasil, (lke.Lembar, ReportFormatError))


@settings(max_examples=100, deadline=None)
@given(isi=st.binary(max_size=300))
def test_baca_toml_never_fails_otherwise(isi: bytes) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "acak.toml"
        p.write_bytes(isi)
        with pytest.raises(ReportFormatError):
            lke.baca(p)


@pytest.mark.parametrize(
    ("teks", "letak"),
    [
        (
            "komponen,subkomponen,kriteria,skala,bobot_komponen,evaluator\n1,1.a,k,Y/T,50,Y\n",
            "row 2, nama_komponen",
        ),
        (
            "# acuan: PERMENPANRB_88_2021\nkomponen,subkomponen,kriteria,skala,bobot_subkomponen,evaluator\n"
            "1,1.a,k,Y/T,5,Y\n",
            "row 3, bobot_subkomponen",
        ),
        (
            "komponen,subkomponen,kriteria,skala,nama_komponen,bobot_komponen,nama_subkomponen,"
            "bobot_subkomponen,evaluator\n1,1.a,k,Y/T,A,100,B,100,Y\n",
            "row 2, cara",
        ),
        (
            "# acuan: PERMENPANRB_88_2021\nkomponen,subkomponen,kriteria,skala,cara,evaluator\n"
            "1,1.a,k,Y/T,median,Y\n",
            "row 3, cara",
        ),
    ],
)
def test_csv_places_name_the_column(teks: str, letak: str) -> None:
    with pytest.raises(ReportFormatError) as e:
        lke.baca_csv(io.StringIO(teks))
    assert e.value.letak == letak


def _csv_bobot(bobot_60: str, kepala: str = "") -> str:
    return (
        kepala + "komponen,subkomponen,kriteria,skala,nama_komponen,bobot_komponen,"
        "nama_subkomponen,bobot_subkomponen,cara,bobot_kriteria,evaluator\n"
        f'1,1.a,k1,A-E,Satu,100,Sub,100,akumulasi,"{bobot_60}",A\n'
        "1,1.a,k2,A-E,Satu,100,Sub,100,akumulasi,40,C\n"
    )


@pytest.mark.parametrize(
    ("bobot", "kepala", "eksak"),
    [
        ("60", "", 80),
        ("60,0", "", 80),  # a comma marks decimals
        ("60.0", "# pemisah_desimal: .\n", 80),  # the file says a dot does
    ],
)
def test_csv_numbers_are_read_by_the_one_rule(bobot: str, kepala: str, eksak: int) -> None:
    assert lke.hasil(lke.baca_csv(io.StringIO(_csv_bobot(bobot, kepala)))).eksak == eksak


@pytest.mark.parametrize(
    ("bobot", "kepala", "pesan"),
    [
        ("60.0", "", "has a decimal point"),  # reads only as 60,0: the file must say so
        ("1.500", "", "is ambiguous"),  # was read as 1,5
        ("60", "# pemisah_desimal: ;\n", "must be ',' or '.'"),
    ],
)
def test_csv_numbers_refused_by_the_one_rule(bobot: str, kepala: str, pesan: str) -> None:
    with pytest.raises(ReportFormatError, match=pesan):
        lke.baca_csv(io.StringIO(_csv_bobot(bobot, kepala)))


def test_a_year_in_other_digits_is_refused() -> None:
    with pytest.raises(ReportFormatError, match="must be a year"):
        lke.baca_csv(io.StringIO(_csv_bobot("60", "# tahun: ２０２４\n")))
