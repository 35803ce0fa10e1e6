"""Amounts of the column functions are keyword-only since 0.3.0; the positional call of
0.2.0 keeps working, in its old order and with its old result, with a DeprecationWarning,
until 0.4.0 (``sakip.kolom._posisi_usang``)."""

from __future__ import annotations

import inspect
import warnings
from decimal import Decimal
from typing import Any

import pytest

from sakip import PERMENDAGRI_86_2017, kolom
from sakip.errors import InvalidTypeError

np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")

D = Decimal
#: sakip.kolom as a caller without a type checker calls it (mypy refuses the old calls).
K: Any = kolom

#: The order of the amounts of each column function in sakip 0.2.0, a positional call
#: with it, and the result 0.2.0 gave for it (the functions' own examples).
POSISI_0_2: list[tuple[str, tuple[str, ...], tuple[Any, ...], list[Decimal | None]]] = [
    (
        "capaian",
        ("realisasi", "target"),
        ([75, 19, None, 6], [42, 26, 30, 8]),
        [D("178.57"), D("73.08"), None, D("75.00")],
    ),
    (
        "persentase",
        ("pembilang", "penyebut"),
        ([115, 556_479_000], [800, 924_000_000]),
        [D("14.38"), D("60.23")],
    ),
    (
        "penyerapan",
        ("realisasi", "pagu"),
        ([1_529_080_716, 0], [1_539_632_000, 5]),
        [D("99.31"), D("0.00")],
    ),
    (
        "sisa_anggaran",
        ("pagu", "realisasi"),
        ([3_523_998_700, 93_568_000], [3_470_356_630, 92_944_034]),
        [D("53642070"), D("623966")],
    ),
    (
        "efisiensi",
        ("capaian", "pagu", "realisasi"),
        ([100, 179], [3_523_998_700, 93_568_000], [3_470_356_630, 92_944_034]),
        [D("1.52"), D("79.67")],
    ),
]


@pytest.mark.parametrize(("nama", "urutan", "args", "hasil"), POSISI_0_2)
def test_a_positional_call_gives_its_old_result_and_warns_at_its_caller(
    nama: str, urutan: tuple[str, ...], args: tuple[Any, ...], hasil: list[Decimal | None]
) -> None:
    fungsi = getattr(kolom, nama)
    with pytest.warns(DeprecationWarning, match=f"^sakip.kolom.{nama} with its amounts") as w:
        lama = fungsi(*args)
    assert lama == hasil
    assert fungsi(**dict(zip(urutan, args, strict=True))) == hasil
    assert [x.filename for x in w] == [__file__]
    kata = ", ".join(f"{n}=..." for n in urutan)
    assert str(w[0].message) == (
        f"sakip.kolom.{nama} with its amounts by position ({', '.join(urutan)}) is deprecated "
        f"since 0.3.0 and will be removed in 0.4.0; use kolom.{nama}({kata})"
    )


def test_the_warning_of_sisa_anggaran_names_the_keyword_call() -> None:
    with pytest.warns(DeprecationWarning, match=r"kolom\.sisa_anggaran\(pagu=\.\.\., realisasi"):
        K.sisa_anggaran([5], [3])


def test_a_swapped_positional_pair_of_pandas_series_computes_as_before() -> None:
    """The review's case: realisasi given where 0.2.0 read pagu still reads it as pagu (and
    is refused, realisasi above pagu), as before; the warning names the keyword call."""
    df = pd.DataFrame({"pagu": [10, 8], "realisasi": [4, 8]})
    with (
        pytest.warns(DeprecationWarning, match="sisa_anggaran"),
        pytest.raises(ValueError, match=r"realisasi\[0\]"),
    ):
        K.sisa_anggaran(df.realisasi, df.pagu)
    with pytest.warns(DeprecationWarning, match="sisa_anggaran"):
        sama = K.sisa_anggaran(df.realisasi, df.realisasi)
    assert kolom.ke_desimal(sama) == [D(0), D(0)]
    hasil = kolom.sisa_anggaran(pagu=df.pagu, realisasi=df.realisasi)
    assert kolom.ke_desimal(hasil) == [D(6), D(0)]


@pytest.mark.parametrize(
    ("panggil", "hasil"),
    [
        (lambda: K.capaian([75], target=[42], tempat=1), [D("178.6")]),
        (lambda: K.penyerapan(np.array([6, 2]), pagu=5, errors="null"), [None, D("40.00")]),
        (lambda: K.efisiensi([179], [93_568_000], realisasi=[92_944_034]), [D("79.67")]),
        (lambda: K.efisiensi([179], pagu=[93_568_000], realisasi=[92_944_034]), [D("79.67")]),
    ],
)
def test_some_amounts_by_position_and_the_rest_by_keyword_warn_and_compute(
    panggil: Any, hasil: list[Decimal | None]
) -> None:
    with pytest.warns(DeprecationWarning, match="with its amounts by position"):
        assert kolom.ke_desimal(panggil()) == hasil


@pytest.mark.parametrize(
    ("panggil", "pesan"),
    [
        (
            lambda: K.capaian([1], [2], [3]),
            r"^capaian\(\) takes 2 positional arguments but 3 were given$",
        ),
        (
            lambda: K.efisiensi([1], [2], [3], [4]),
            r"^efisiensi\(\) takes 3 positional arguments but 4 were given$",
        ),
        (
            lambda: K.sisa_anggaran([5], pagu=[5]),
            r"^sisa_anggaran\(\) got multiple values for argument 'pagu'$",
        ),
        (lambda: K.capaian(realisasi=[1]), "missing 1 required keyword-only argument"),
        (lambda: K.capaian([1]), "missing 1 required keyword-only argument: 'target'"),
        (lambda: K.efisiensi([1], [2]), "missing 1 required keyword-only argument: 'realisasi'"),
    ],
)
def test_a_call_python_refused_before_is_refused_without_a_warning(
    panggil: Any, pesan: str
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(TypeError, match=pesan):
            panggil()


@pytest.mark.parametrize(("nama", "urutan", "args", "hasil"), POSISI_0_2)
def test_a_keyword_call_does_not_warn(
    nama: str, urutan: tuple[str, ...], args: tuple[Any, ...], hasil: list[Decimal | None]
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert (
            getattr(kolom, nama)(**dict(zip(reversed(urutan), reversed(args), strict=True)))
            == hasil
        )


#: The parameters of the column functions that take an amount (a column or a number).
JUMLAH = frozenset({"realisasi", "target", "pagu", "capaian", "pembilang", "penyebut", "nilai"})


def test_every_function_with_two_or_more_amounts_takes_them_by_keyword_only() -> None:
    """Found by walking kolom.__all__, so a function added later is held to it too
    (STYLE.md, "Signatures and docstrings")."""
    dua_atau_lebih = set()
    for nama in kolom.__all__:
        fungsi = getattr(kolom, nama)
        if not inspect.isfunction(fungsi):
            continue
        jumlah = [p for p in inspect.signature(fungsi).parameters.values() if p.name in JUMLAH]
        if len(jumlah) >= 2:
            dua_atau_lebih.add(nama)
            assert {p.kind for p in jumlah} == {inspect.Parameter.KEYWORD_ONLY}, nama
    assert dua_atau_lebih == {n for n, *_ in POSISI_0_2}


def test_predikat_takes_its_scale_and_its_one_amount_by_position() -> None:
    """As ``skala.predikat(nilai)``: one amount; a column given for the scale is refused."""
    tanda = inspect.signature(kolom.predikat).parameters
    assert [tanda[n].kind for n in ("skala", "nilai")] == [
        inspect.Parameter.POSITIONAL_OR_KEYWORD
    ] * 2
    assert kolom.predikat(PERMENDAGRI_86_2017, [75, 95]) == ["Sedang", "Sangat Tinggi"]
    assert kolom.predikat(nilai=[75], skala=PERMENDAGRI_86_2017) == ["Sedang"]
    with pytest.raises(InvalidTypeError, match=r"^skala must be a Skala"):
        K.predikat([75, 95], PERMENDAGRI_86_2017)
