"""Columns cannot misrate: every backend, every way a column is made, against the exact scalar API.

The oracle is the scalar API (``sakip.capaian`` and friends, exact Fractions
rounded once) and ``Skala.predikat`` on the exact value. The same values give
the same numbers and the same labels in a list, a numpy array, a pandas Series
and a polars Series, as integers, floats or Decimals, with missing values,
and when sakip's own result is fed back in.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any, cast

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

import sakip
from sakip import (
    ATRIBUT_CAPAIAN,
    PERMENDAGRI_86_2017,
    PERMENPANRB_88_2021,
    Arah,
    MetodeTurun,
    kolom,
)
from sakip._eksak import ke_pecahan

np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")
pl = pytest.importorskip("polars")

SKALA = [PERMENDAGRI_86_2017, ATRIBUT_CAPAIAN, PERMENPANRB_88_2021]

# -- values, and the containers a user (or sakip) puts them in ----------------------------

bulat = st.integers(min_value=-(10**12), max_value=10**12)
desimal = st.decimals(
    min_value=Decimal(-(10**6)), max_value=Decimal(10**6), places=3, allow_nan=False
).map(lambda d: d.normalize() if d == d.to_integral_value() else d)
pecahan_float = st.decimals(
    min_value=Decimal(-(10**5)), max_value=Decimal(10**5), places=2, allow_nan=False
).map(float)
float_bebas = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False, allow_infinity=False)


def _int_kolom(kind: str, xs: Sequence[int | None]) -> Any:
    kosong = any(x is None for x in xs)
    if kind == "list":
        return list(xs)
    if kind == "tuple":
        return tuple(xs)
    if kind == "numpy":
        if kosong:
            return np.array([np.nan if x is None else x for x in xs], dtype=float)
        return np.array(xs, dtype=np.int64)
    if kind == "pandas":
        return pd.Series(xs, dtype="Int64" if kosong else "int64")
    return pl.Series("x", xs, dtype=pl.Int64)


def _float_kolom(kind: str, xs: Sequence[float | None]) -> Any:
    if kind in ("list", "tuple"):
        return list(xs) if kind == "list" else tuple(xs)
    if kind == "numpy":
        return np.array([np.nan if x is None else x for x in xs], dtype=float)
    if kind == "pandas":
        return pd.Series([np.nan if x is None else x for x in xs], dtype="float64")
    return pl.Series("x", xs, dtype=pl.Float64)


def _desimal_kolom(kind: str, xs: Sequence[Decimal | None]) -> Any:
    if kind in ("list", "tuple"):
        return list(xs) if kind == "list" else tuple(xs)
    if kind == "numpy":
        return np.array(xs, dtype=object)
    if kind == "pandas":
        return pd.Series(xs, dtype=object)
    return pl.Series("x", xs, dtype=pl.Decimal(38, 3))


def _float32_kolom(kind: str, xs: Sequence[Any]) -> Any:
    """float32 cells (numpy scalars) in each container; pandas' nullable Float32 when some are missing."""
    if kind in ("list", "tuple"):
        return list(xs) if kind == "list" else tuple(xs)
    larik = np.array([np.nan if x is None else x for x in xs], dtype=np.float32)
    if kind == "numpy":
        return larik
    if kind == "pandas":
        if any(x is None for x in xs):
            return pd.Series(pd.arrays.FloatingArray(larik, np.isnan(larik)))
        return pd.Series(larik)
    return pl.Series("x", [None if x is None else float(x) for x in xs], dtype=pl.Float32)


def _float16_kolom(kind: str, xs: Sequence[Any]) -> Any:
    """float16 cells: numpy and pandas hold them; lists hold the numpy scalars."""
    if kind in ("list", "tuple", "polars"):  # polars has no float16
        return list(xs) if kind != "tuple" else tuple(xs)
    larik = np.array([np.nan if x is None else x for x in xs], dtype=np.float16)
    return larik if kind == "numpy" else pd.Series(larik)


KINDS = ["list", "tuple", "numpy", "pandas", "polars"]
BUAT: dict[str, Callable[[str, Sequence[Any]], Any]] = {
    "int": _int_kolom,
    "float": _float_kolom,
    "decimal": _desimal_kolom,
    "float32": _float32_kolom,
    "float16": _float16_kolom,
}
#: float32 and float16 cells: any value of the type, and values typed as short decimals.
float32 = st.one_of(
    st.floats(width=32, min_value=-1e7, max_value=1e7, allow_nan=False).map(np.float32),
    st.decimals(min_value=-(10**5), max_value=10**5, places=2, allow_nan=False).map(
        lambda d: np.float32(str(d))
    ),
)
float16 = st.one_of(
    st.floats(width=16, allow_nan=False, allow_infinity=False).map(np.float16),
    st.decimals(min_value=-100, max_value=100, places=1, allow_nan=False).map(
        lambda d: np.float16(str(d))
    ),
)


@st.composite
def kolom_nilai(draw: st.DrawFn, min_size: int = 1) -> tuple[str, list[Any]]:
    jenis = draw(st.sampled_from(["int", "float", "float_bebas", "decimal", "float32", "float16"]))
    unsur = {
        "int": bulat,
        "float": pecahan_float,
        "float_bebas": float_bebas,
        "decimal": desimal,
        "float32": float32,
        "float16": float16,
    }
    xs = draw(
        st.lists(
            st.one_of(st.none(), unsur[jenis]) if draw(st.booleans()) else unsur[jenis],
            min_size=min_size,
            max_size=12,
        )
    )
    return ("float" if jenis == "float_bebas" else jenis), xs


def _label(x: Any) -> list[str | None]:
    if isinstance(x, list):
        return x
    if isinstance(x, kolom.Label):
        return x.tolist()
    if isinstance(x, pd.Series):
        assert isinstance(x.dtype, pd.CategoricalDtype)
        return [None if pd.isna(v) else v for v in x.tolist()]
    assert isinstance(x, pl.Series)
    assert isinstance(x.dtype, pl.Enum)
    return list(x.to_list())


def _oracle_predikat(skala: sakip.Skala, xs: list[Any]) -> list[str | None]:
    hasil: list[str | None] = []
    for x in xs:
        if x is None:
            hasil.append(None)
            continue
        try:
            hasil.append(skala.predikat(x))
        except sakip.SakipError:
            hasil.append("<luar>")
    return hasil


# -- properties ------------------------------------------------------------------------------


@settings(max_examples=120, deadline=None)
@given(data=kolom_nilai(), skala=st.sampled_from(SKALA), kind=st.sampled_from(KINDS))
def test_plain_values_get_the_scalar_label_in_every_container(
    data: tuple[str, list[Any]], skala: sakip.Skala, kind: str
) -> None:
    jenis, xs = data
    expected = _oracle_predikat(skala, xs)
    col = BUAT[jenis](kind, xs)
    if kind == "pandas" and str(col.dtype) == "Int64":
        # pandas' nullable integers are the form sakip 0.1 returned hundredths in
        with pytest.raises(sakip.InvalidValueError, match="must say its unit"):
            kolom.predikat(skala, col)
        col = col.astype("float64")  # how pandas holds integers with gaps by default
    if "<luar>" in expected:
        with pytest.raises(sakip.SakipError):
            kolom.predikat(skala, col)
        alasan: dict[int, str] = {}
        got = _label(kolom.predikat(skala, col, errors="null", alasan=alasan))
        assert got == [None if e == "<luar>" else e for e in expected]
        assert sorted(alasan) == [i for i, e in enumerate(expected) if e == "<luar>"]
        return
    assert _label(kolom.predikat(skala, col)) == expected


arah_metode = st.sampled_from(
    [(Arah.NAIK, None), (Arah.TURUN, None), (Arah.TURUN, MetodeTurun.RASIO)]
)


def _oracle(fungsi: Callable[..., Decimal], baris: list[dict[str, Any]], **opsi: Any) -> list[Any]:
    hasil: list[Any] = []
    for args in baris:
        if any(v is None for v in args.values()):
            hasil.append(None)
            continue
        try:
            hasil.append(fungsi(**args, **opsi))
        except sakip.SakipError:
            hasil.append("<salah>")
    return hasil


@settings(max_examples=150, deadline=None)
@given(
    r=kolom_nilai(),
    t=kolom_nilai(),
    arah=arah_metode,
    kind=st.sampled_from(KINDS),
    skala=st.sampled_from(SKALA),
    tempat=st.sampled_from([0, 2, 3]),
    maksimum=st.sampled_from([None, 120]),
)
def test_capaian_and_its_predikat_in_every_container_equal_the_scalar_api(
    r: tuple[str, list[Any]],
    t: tuple[str, list[Any]],
    arah: tuple[Arah, MetodeTurun | None],
    kind: str,
    skala: sakip.Skala,
    tempat: int,
    maksimum: int | None,
) -> None:
    n = min(len(r[1]), len(t[1]))
    rs, ts = r[1][:n], t[1][:n]
    kw: dict[str, Any] = {
        "arah": arah[0],
        "metode": arah[1],
        "tempat": tempat,
        "maksimum": maksimum,
    }
    expected = _oracle(
        sakip.capaian, [{"realisasi": a, "target": b} for a, b in zip(rs, ts, strict=True)], **kw
    )
    # a result is read back below, as every input, within sakip's limits (1 / 1e-30 is not)
    assume(all(e in (None, "<salah>") or abs(e) < 10**30 for e in expected))
    col_r, col_t = BUAT[r[0]](kind, rs), BUAT[t[0]](kind, ts)
    alasan: dict[int, str] = {}
    hasil = kolom.capaian(realisasi=col_r, target=col_t, errors="null", alasan=alasan, **kw)
    assert kolom.ke_desimal(hasil) == [None if e == "<salah>" else e for e in expected]
    assert sorted(alasan) == [i for i, e in enumerate(expected) if e == "<salah>"]
    if "<salah>" in expected:
        with pytest.raises(sakip.SakipError, match=rf"\[{expected.index('<salah>')}\]"):
            kolom.capaian(realisasi=col_r, target=col_t, **kw)
    # sakip's own result fed back in: rated as its values are
    nilai = [None if e == "<salah>" else e for e in expected]
    oracle = _oracle_predikat(skala, nilai)
    if "<luar>" not in oracle:
        assert _label(kolom.predikat(skala, hasil)) == oracle
        # and as the plain values a user would hold, in every container
        for k in KINDS:
            assert _label(kolom.predikat(skala, _desimal_kolom(k, nilai))) == oracle


@settings(max_examples=80, deadline=None)
@given(
    data=st.lists(
        st.tuples(st.integers(0, 10**13), st.integers(0, 10**13), kolom_nilai().map(lambda x: x)),
        min_size=1,
        max_size=10,
    ),
    kind=st.sampled_from(KINDS),
    maks=st.sampled_from([None, 100, "150.5"]),
)
def test_budget_columns_equal_the_scalar_api(
    data: list[tuple[int, int, Any]], kind: str, maks: Any
) -> None:
    r = [a for a, _, _ in data]
    p = [b for _, b, _ in data]
    c = [Decimal(i * 7 % 20011) / 100 for i in range(len(data))]
    for fungsi, kolom_fungsi, args in (
        (sakip.penyerapan, kolom.penyerapan, {"realisasi": r, "pagu": p}),
        (
            lambda **k: Decimal(sakip.sisa_anggaran(**k)),
            kolom.sisa_anggaran,
            {"pagu": p, "realisasi": r},
        ),
        (sakip.persentase, kolom.persentase, {"pembilang": r, "penyebut": p}),
    ):
        baris = [dict(zip(args, v, strict=True)) for v in zip(*args.values(), strict=True)]
        expected = _oracle(fungsi, baris)
        cols = {k: _int_kolom(kind, v) for k, v in args.items()}
        got = kolom.ke_desimal(kolom_fungsi(**cols, errors="null"))
        assert got == [None if e == "<salah>" else e for e in expected]
    expected = _oracle(
        lambda **k: sakip.efisiensi(**k, maksimum_capaian=maks).nilai,
        [{"capaian": a, "pagu": b, "realisasi": d} for a, b, d in zip(c, p, r, strict=True)],
    )
    got = kolom.efisiensi(
        capaian=_desimal_kolom(kind, c),
        pagu=_int_kolom(kind, p),
        realisasi=_int_kolom(kind, r),
        maksimum_capaian=maks,
        errors="null",
    )
    assert kolom.ke_desimal(got) == [None if e == "<salah>" else e for e in expected]


#: The order in which each column function took its amounts by position in sakip 0.2.0;
#: since 0.3.0 they are keyword-only, and a positional call warns until 0.4.0.
POSISI_0_2: dict[str, tuple[str, ...]] = {
    "capaian": ("realisasi", "target"),
    "persentase": ("pembilang", "penyebut"),
    "penyerapan": ("realisasi", "pagu"),
    "sisa_anggaran": ("pagu", "realisasi"),
    "efisiensi": ("capaian", "pagu", "realisasi"),
}
#: sakip.kolom as a caller without a type checker calls it (mypy refuses the old calls).
_KOLOM_TANPA_TIPE: Any = kolom


def _sebanding(panggil: Callable[[dict[int, str]], Any]) -> Any:
    """A call's result in a comparable form (kind, dtype, index, exact values, reasons), or
    its error."""
    alasan: dict[int, str] = {}
    try:
        x = panggil(alasan)
    except sakip.SakipError as e:
        return type(e).__name__, str(e)
    indeks = list(x.index) if isinstance(x, pd.Series) else None
    return type(x).__name__, str(getattr(x, "dtype", "")), indeks, kolom.ke_desimal(x), alasan


_sel_jumlah = st.one_of(st.none(), st.integers(-5, 10**12), st.sampled_from([0, 1, 100]))


@settings(max_examples=200, deadline=None)
@given(
    nama=st.sampled_from(sorted(POSISI_0_2)),
    kind=st.sampled_from(["list", "numpy", "pandas", "polars"]),
    n=st.integers(1, 8),
    errors=st.sampled_from(["raise", "null"]),
    data=st.data(),
)
def test_a_positional_call_equals_the_keyword_call_in_the_order_of_0_2(
    nama: str, kind: str, n: int, errors: str, data: st.DataObject
) -> None:
    """Any backend, columns or numbers broadcast over them, some amounts by position and the
    rest by keyword: the values, missing rows, reasons or error of the keyword call."""
    urutan = POSISI_0_2[nama]
    kol = st.lists(_sel_jumlah, min_size=n, max_size=n).map(lambda xs: _int_kolom(kind, xs))
    nilai = [data.draw(kol)] + [
        data.draw(st.one_of(kol, st.integers(0, 10**12))) for _ in urutan[1:]
    ]
    posisi = data.draw(st.integers(1, len(urutan)), label="amounts by position")
    kata = dict(zip(urutan[posisi:], nilai[posisi:], strict=True))
    fungsi = getattr(_KOLOM_TANPA_TIPE, nama)
    opsi = {"errors": errors}
    dengan_kata = _sebanding(
        lambda alasan: fungsi(**dict(zip(urutan, nilai, strict=True)), **opsi, alasan=alasan)
    )
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        dengan_posisi = _sebanding(
            lambda alasan: fungsi(*nilai[:posisi], **kata, **opsi, alasan=alasan)
        )
    assert dengan_posisi == dengan_kata
    assert [(x.category, str(x.message).split(" is ")[0]) for x in w] == [
        (
            DeprecationWarning,
            f"sakip.kolom.{nama} with its amounts by position ({', '.join(urutan)})",
        )
    ]


@settings(max_examples=80, deadline=None)
@given(
    data=st.lists(
        st.tuples(
            st.integers(0, 10**9),
            st.integers(1, 10**9),
            st.integers(0, 10**9),
            st.integers(1, 10**9),
        ),
        min_size=1,
        max_size=10,
    ),
    kind=st.sampled_from(KINDS),
    tempat=st.sampled_from([0, 2, 4]),
)
def test_capaian_results_fed_to_efisiensi_equal_the_scalar_api(
    data: list[tuple[int, int, int, int]], kind: str, tempat: int
) -> None:
    r, t = [d[0] for d in data], [d[1] for d in data]
    belanja, pagu = [min(d[2], d[3]) for d in data], [d[3] for d in data]
    c = kolom.capaian(realisasi=_int_kolom(kind, r), target=_int_kolom(kind, t), tempat=tempat)
    got = kolom.efisiensi(
        capaian=c, pagu=_int_kolom(kind, pagu), realisasi=_int_kolom(kind, belanja)
    )
    expected = [
        sakip.efisiensi(
            capaian=sakip.capaian(realisasi=a, target=b, tempat=tempat), pagu=p, realisasi=e
        ).nilai
        for a, b, p, e in zip(r, t, pagu, belanja, strict=True)
    ]
    assert kolom.ke_desimal(got) == expected


@given(
    bulat=st.lists(
        st.one_of(
            st.integers(-3, 20_003),
            st.integers(min_value=-(2**62), max_value=2**62),
        ),
        max_size=40,
    ),
    tempat=st.integers(0, 4),
)
def test_decimals_of_a_column_gathered_from_shared_results_are_exact(
    bulat: list[int], tempat: int
) -> None:
    """The list path's Decimals (shared ones for 0.00 to 200.00) are the values built one by one."""
    import numpy as np

    from sakip.kolom._inti import ke_desimal_daftar, ke_desimal_larik

    hasil = ke_desimal_larik(np, np.array(bulat, dtype=np.int64), tempat)
    satu_satu = ke_desimal_daftar(bulat, tempat)
    assert hasil == satu_satu
    assert [d.as_tuple().exponent for d in hasil] == [-tempat] * len(bulat)
    assert all(type(d) is Decimal for d in hasil)


@settings(max_examples=150, deadline=None)
@given(data=kolom_nilai(), kind=st.sampled_from(KINDS))
@example(data=("float32", [np.float32("0.00145"), np.float32("98.48")]), kind="numpy")
@example(data=("float32", [np.float32("0.1"), None]), kind="pandas")
@example(data=("float32", [np.float32("0.1"), None]), kind="polars")
@example(data=("float16", [np.float16("0.1")]), kind="list")
def test_a_column_is_read_as_the_scalar_api_reads_each_cell(
    data: tuple[str, list[Any]], kind: str
) -> None:
    jenis, xs = data
    col = BUAT[jenis](kind, xs)
    if kind == "pandas" and str(col.dtype) == "Int64":
        col = col.astype("float64")  # an unmarked masked integer column is refused (its unit)
    try:
        expected = [None if x is None else ke_pecahan(x, "x") for x in xs]
    except sakip.SakipError:  # a cell past sakip's limits: the column is refused too
        with pytest.raises(sakip.SakipError):
            kolom.ke_desimal(col)
        return
    assert [None if d is None else Fraction(d) for d in kolom.ke_desimal(col)] == expected
    assert kolom.banyak_hilang(col) == sum(x is None for x in xs)


sel_pengganti = st.one_of(
    st.none(),
    st.booleans(),
    bulat,
    desimal,
    pecahan_float,
    st.sampled_from([Decimal("NaN"), Decimal("1.0"), Decimal("100"), "1", 1.0, np.True_]),
)


@settings(max_examples=150, deadline=None)
@given(
    r=st.lists(st.one_of(st.none(), st.integers(0, 300)), min_size=1, max_size=12),
    skala=st.sampled_from(SKALA),
    ubah=st.lists(st.tuples(st.integers(0, 11), sel_pengganti), max_size=3),
    tambah=st.lists(sel_pengganti, max_size=2),
)
def test_a_list_result_changed_in_any_way_is_read_as_a_plain_list(
    r: list[int | None],
    skala: sakip.Skala,
    ubah: list[tuple[int, Any]],
    tambah: list[Any],
) -> None:
    """sakip's list result keeps its integers; after any change it reads as any list does."""
    c = kolom.capaian(realisasi=r, target=[100] * len(r))
    for i, x in ubah:
        c[i % len(c)] = x
    c.extend(tambah)

    def hasil(x: list[Any]) -> Any:
        try:
            return kolom.predikat(skala, x, errors="null"), kolom.ke_desimal(x)
        except sakip.SakipError as e:
            return type(e), e.field

    assert hasil(c) == hasil(list(c))


# -- text cells: plain decimals read in bulk, every other cell alone, the same values ----------

teks_polos = st.from_regex(r"[+-]?[0-9]{1,20}(\.[0-9]{1,20})?", fullmatch=True)
teks_hampir = st.one_of(
    st.from_regex(r"[-+ .,eE0-9]{0,8}", fullmatch=True),
    st.from_regex(r"[0-9]{17,40}(\.[0-9]{0,3})?", fullmatch=True),
    st.sampled_from(["5.", ".5", "-.5", "1\x00", "\x002", "١٢", "1²", "9" * 18, "-" + "9" * 18]),
    st.text(max_size=6),
)
sel_teks = st.one_of(teks_polos, teks_polos, teks_hampir)
sel_lain = st.one_of(st.none(), bulat, desimal, pecahan_float)


def _kolom_teks(kind: str, xs: list[Any]) -> Any:
    if kind == "list":
        return list(xs)
    if kind == "numpy":
        larik = np.empty(len(xs), dtype=object)
        larik[:] = xs
        return larik
    if kind == "pandas":
        return pd.Series(xs, dtype=object)
    if kind == "pandas str":
        return pd.Series(xs, dtype="str")
    return pl.Series(xs, dtype=pl.String)


@settings(max_examples=300, deadline=None)
@given(
    xs=st.lists(sel_teks, min_size=1, max_size=10)
    | st.lists(st.one_of(sel_teks, sel_lain), min_size=1, max_size=10),
    kind=st.sampled_from(["list", "numpy", "pandas", "pandas str", "polars"]),
)
@example(xs=["999999999999999999", "0.000000000000000001"], kind="list")
@example(xs=["1" * 18, "-" + "9" * 18, "7"], kind="list")
@example(xs=["12.50", "7"], kind="pandas")
@example(xs=["1\x00", "2"], kind="list")
@example(xs=["9" * 19, "5"], kind="list")
@example(xs=["1.2.3"], kind="list")
def test_a_text_column_is_read_as_the_scalar_api_reads_each_cell(xs: list[Any], kind: str) -> None:
    """Every text cell as ke_pecahan reads it, at the fewest places that write them all."""
    if kind in ("pandas str", "polars") and not all(x is None or isinstance(x, str) for x in xs):
        kind = "list"
    col = _kolom_teks(kind, xs)
    assert kolom.banyak_hilang(col) == sum(x is None for x in xs)
    expected: list[Fraction | None] = []
    for i, x in enumerate(xs):
        if x is None:
            expected.append(None)
            continue
        try:
            expected.append(ke_pecahan(x, f"kolom[{i}]"))
        except sakip.SakipError as e:
            with pytest.raises(type(e)):
                kolom.ke_desimal(col)
            return
    places = [tempat for p in expected if p is not None and (tempat := _tempat(p)) is not None]
    if len(places) != sum(p is not None for p in expected):  # 1/3: no decimal writes it
        with pytest.raises(sakip.SakipError):
            kolom.ke_desimal(col)
        return
    hasil = kolom.ke_desimal(col)
    assert [None if d is None else Fraction(d) for d in hasil] == expected
    tempat = max(places, default=0)
    assert {-cast("int", d.as_tuple().exponent) for d in hasil if d is not None} <= {tempat}


def _tempat(p: Fraction) -> int | None:
    for t in range(40):
        if (p * 10**t).denominator == 1:
            return t
    return None


# every test of this module on both column paths (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("jalur_kolom")
