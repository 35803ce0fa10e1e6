"""The fast paths of sakip.kolom give exactly what the exact, general paths give.

Each fast path is checked against the scalar reading or the slower path it
stands in for: floats read in a few passes (against ``ke_pecahan``, one value
at a time), band codes by one table lookup (against comparisons with every
edge), polars Decimals whose precision is chosen by the reinterpretation
itself, capaian's bounds found with fewer passes (near int64 overflow), and
list results merged from the shared Decimals.
"""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import sakip
from sakip import PERMENDAGRI_86_2017, PERMENPANRB_88_2021, Pita, Skala, kolom
from sakip._eksak import ke_pecahan

np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")
pl = pytest.importorskip("polars")

from sakip.kolom import _inti, _rumus  # noqa: E402  (after the optional imports)

_BATAS_51 = 2.0**51

# -- floats -----------------------------------------------------------------------------------

float_dekat_batas = st.one_of(
    # around the 2**51 / 10**t bound of the fast reading, for t = 0..3
    st.sampled_from([0, 1, 2, 3]).flatmap(
        lambda t: st.floats(
            min_value=_BATAS_51 / 10**t * 0.999,
            max_value=_BATAS_51 / 10**t * 1.001,
            allow_nan=False,
        )
    ),
    st.decimals(min_value=-(10**6), max_value=10**6, places=2, allow_nan=False).map(float),
    st.decimals(min_value=-(10**4), max_value=10**4, places=5, allow_nan=False).map(float),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0.0, -0.0, 0.1, -0.1, 1e-13, 1e-31, 5e-324, 1e30, 9.999999999999999e29]),
)


def _dibaca(np_: Any, xs: list[float]) -> Any:
    return _inti.baca_float(np_, np_.array(xs, dtype=np_.float64), None, "x")


@settings(max_examples=300, deadline=None)
@given(xs=st.lists(float_dekat_batas, min_size=1, max_size=20), negatif=st.booleans())
@example(xs=[_BATAS_51 / 100 - 1, 0.01], negatif=False)
@example(xs=[float(2**51 - 1) / 100, float("nan")], negatif=True)
@example(xs=[-0.0, float("nan"), 98.48], negatif=False)
@example(xs=[1.25, float("inf")], negatif=False)
def test_floats_are_read_as_the_scalar_api_reads_them(xs: list[float], negatif: bool) -> None:
    if negatif:
        xs = [-x for x in xs]
    k = _dibaca(np, xs)
    if k is None:  # a value no finite decimal of the limits holds: the row-by-row path
        return
    bulat = k.bulat.tolist()
    for i, x in enumerate(xs):
        if x != x:  # NaN: missing
            assert k.hilang is not None
            assert k.hilang[i]
            continue
        assert k.hilang is None or not k.hilang[i]
        try:
            nilai = ke_pecahan(x, "x")
        except sakip.SakipError:
            assert k.rusak is not None
            assert k.rusak[i]
            continue
        assert k.rusak is None or not k.rusak[i]
        assert Fraction(bulat[i], 10**k.tempat) == nilai


@settings(max_examples=200, deadline=None)
@given(
    xs=st.lists(
        st.one_of(
            st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False),
            st.decimals(min_value=-(10**3), max_value=10**3, places=6, allow_nan=False),
            st.decimals(min_value=-100, max_value=100, places=1, allow_nan=False),
        ).map(float),
        min_size=1,
        max_size=30,
    ),
    hilang=st.lists(st.booleans(), max_size=30),
    dtype=st.sampled_from(["float64", "float32", "float16"]),
)
def test_the_fast_float_reading_equals_the_general_one(
    xs: list[float], hilang: list[bool], dtype: str
) -> None:
    with np.errstate(over="ignore"):  # float16 holds at most 65504
        x = np.array(xs, dtype=dtype)
    for i, h in enumerate(hilang[: len(xs)]):
        if h:
            x[i] = np.nan
    cepat = _inti._baca_float_cepat(np, x, None, _inti._PRESISI_FLOAT[x.dtype.char])
    if cepat is None:
        return
    nan = np.isnan(x)
    # the general reading: each cell by the scalar reader (float32 cells stay float32)
    umum = _inti.baca_objek(np, _inti.sel_float(np, x), "x")
    assert umum is not None
    skala = 10 ** max(cepat.tempat, umum.tempat)
    c = [b * skala // 10**cepat.tempat for b in cepat.bulat.tolist()]
    u = [b * skala // 10**umum.tempat for b in umum.bulat.tolist()]
    ada = ~nan
    assert [a for a, m in zip(c, ada, strict=True) if m] == [
        b for b, m in zip(u, ada, strict=True) if m
    ]
    assert (cepat.hilang is not None) == bool(nan.any())
    if cepat.hilang is not None:
        assert cepat.hilang.tolist() == nan.tolist()


@settings(max_examples=150, deadline=None)
@given(
    r=st.lists(
        st.one_of(
            st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False).map(float),
            st.decimals(min_value=0, max_value=100, places=5, allow_nan=False).map(float),
            st.floats(min_value=0, max_value=1e15),
            st.sampled_from([-1.5, float("nan"), float("inf"), 1e300]),
        ),
        min_size=1,
        max_size=10,
    ),
    t=st.lists(st.integers(1, 10**12), min_size=1),
    tempat=st.sampled_from([0, 2, 3]),
    dtype=st.sampled_from(["Float64", "Float32"]),
)
@example(r=[0.00145], t=[1], tempat=2, dtype="Float32")
@example(r=[98.48, 0.5], t=[100, 3], tempat=2, dtype="Float64")
def test_polars_capaian_of_floats_in_its_own_arithmetic_equals_the_scalar_api(
    r: list[float], t: list[int], tempat: int, dtype: str
) -> None:
    from sakip.kolom import _polars

    n = len(r)
    t = (t * n)[:n]
    pr, pt = pl.Series("r", r, dtype=getattr(pl, dtype)), pl.Series("t", t)
    sel = pr.to_numpy().tolist() if dtype == "Float64" else list(pr.to_numpy())
    expected: list[Decimal | None] = []
    for a, b in zip(sel, t, strict=True):
        try:
            expected.append(sakip.capaian(realisasi=a, target=b, tempat=tempat))
        except sakip.SakipError:
            expected.append(None)
    assert (
        kolom.ke_desimal(kolom.capaian(realisasi=pr, target=pt, tempat=tempat, errors="null"))
        == expected
    )
    asli = _polars.capaian_naik({"realisasi": pr, "target": pt}, tempat)
    if asli is not None:  # taken only for values it reads as the general path does
        assert kolom.ke_desimal(asli) == expected
        assert None not in expected


@pytest.mark.parametrize("dtype", ["Float64", "Float32"])
def test_polars_capaian_of_clean_floats_is_computed_in_polars(dtype: str) -> None:
    from sakip.kolom import _polars

    pr = pl.Series("r", [98.48, 0.25, 75.0], dtype=getattr(pl, dtype))
    pt = pl.Series("t", [100, 1, 42])
    asli = _polars.capaian_naik({"realisasi": pr, "target": pt}, 2)
    assert asli is not None
    assert kolom.ke_desimal(asli) == [Decimal("98.48"), Decimal("25.00"), Decimal("178.57")]
    # NaN, a null, a negative value: the general path
    for buruk in (float("nan"), None, -1.0):
        seri = pl.Series("r", [98.48, buruk], dtype=getattr(pl, dtype))
        assert _polars.capaian_naik({"realisasi": seri, "target": pt[:2]}, 2) is None


@settings(max_examples=60, deadline=None)
@given(
    xs=st.lists(
        st.one_of(st.none(), st.decimals(0, 150, places=2, allow_nan=False).map(float)),
        min_size=1,
        max_size=15,
    ),
    kind=st.sampled_from(["numpy", "pandas", "polars", "list"]),
)
def test_predikat_of_floats_with_missing_values_is_the_scalar_one(
    xs: list[float | None], kind: str
) -> None:
    if kind == "numpy":
        col: Any = np.array([np.nan if x is None else x for x in xs])
    elif kind == "pandas":
        col = pd.Series([np.nan if x is None else x for x in xs], dtype="float64")
    elif kind == "polars":
        col = pl.Series("x", xs, dtype=pl.Float64)
    else:
        col = list(xs)
    got = kolom.predikat(PERMENDAGRI_86_2017, col)
    got_list = got.tolist() if isinstance(got, kolom.Label) else list(got)
    got_list = [None if (g is None or g != g) else g for g in got_list]
    assert got_list == [None if x is None else PERMENDAGRI_86_2017.predikat(x) for x in xs]


# -- band codes by a table --------------------------------------------------------------------

edges = st.lists(st.integers(-5, 70_000), min_size=1, max_size=8).map(sorted)
nilai_int64 = st.one_of(
    st.integers(-3, 70_003),
    st.integers(-(2**63), 2**63 - 1),
    st.sampled_from([-(2**63), 2**63 - 1, 0, -1]),
)


@settings(max_examples=300, deadline=None)
@given(dalam=edges, xs=st.lists(nilai_int64, min_size=1, max_size=50))
def test_band_codes_by_table_equal_comparisons_with_every_edge(
    dalam: list[int], xs: list[int]
) -> None:
    data = np.array(xs * 9000, dtype=np.int64)  # long enough for the table
    kode = _rumus._kode(np, dalam, data)
    expected = [sum(x >= e for e in dalam) for x in xs] * 9000
    assert kode.tolist() == expected


def test_the_table_is_used_for_long_columns_of_small_edges() -> None:
    data = np.arange(-10, 10_000, dtype=np.int64)
    assert _rumus._kode(np, [5100, 6600], data).dtype == np.int8
    info = _rumus._tabel.cache_info()
    _rumus._kode(np, [5100, 6600, 7777], data)
    sesudah = _rumus._tabel.cache_info()
    assert sesudah.hits + sesudah.misses == info.hits + info.misses + 1  # the table was used


skala_acak = st.lists(st.integers(-2_000, 30_000), min_size=2, max_size=6, unique=True).map(
    lambda xs: Skala(
        nama="uji",
        pita=tuple(
            Pita(
                nama=f"P{i}",
                bawah=None if i == 0 else Fraction(b, 100),
                atas=None if i == len(xs) - 1 else Fraction(sorted(xs)[i + 1], 100),
                termasuk_bawah=True,
                termasuk_atas=False,
            )
            for i, b in enumerate(sorted(xs))
        ),
        sumber="uji",
    )
)


@settings(max_examples=80, deadline=None)
@given(
    skala=st.one_of(skala_acak, st.sampled_from([PERMENDAGRI_86_2017, PERMENPANRB_88_2021])),
    xs=st.lists(st.integers(-30_000, 400_000), min_size=1, max_size=12),
    kind=st.sampled_from(["numpy", "pandas", "polars"]),
)
def test_long_columns_of_hundredths_get_the_scalar_label(
    skala: Skala, xs: list[int], kind: str
) -> None:
    """A column of 4000x rows (the table path) rated as Skala.predikat rates each value."""
    panjang = xs * 4000
    if kind == "numpy":
        col: Any = np.array(panjang, dtype=np.int64)
    elif kind == "pandas":
        col = pd.Series(panjang, dtype="int64")
    else:
        col = pl.Series("x", panjang, dtype=pl.Int64)
    expected: list[str | None] = []
    for x in xs:
        try:
            expected.append(skala.predikat(Fraction(x, 100)))
        except sakip.SakipError:
            expected.append(None)
    got = kolom.predikat(skala, col, tempat=2, errors="null")
    if isinstance(got, kolom.Label):
        labels = got.tolist()
    elif isinstance(got, pd.Series):
        labels = [None if pd.isna(v) else v for v in got.tolist()]
    else:
        labels = got.to_list()
    assert labels == expected * 4000


# -- polars Decimal precision, capaian's bounds near int64 overflow -----------------------------


@settings(max_examples=80, deadline=None)
@given(
    r=st.lists(
        st.one_of(
            st.integers(10**15, 2 * 10**16),
            st.integers(0, 10**4),
            st.integers(-(2**63) // 20_000 - 5, -(2**63) // 20_000 + 5),
            st.integers(2**63 // 20_000 - 5, 2**63 // 20_000 + 5),
        ),
        min_size=1,
        max_size=8,
    ),
    t=st.integers(1, 3),
    kind=st.sampled_from(["numpy", "polars", "pandas", "list"]),
)
def test_results_near_the_int64_and_18_digit_bounds_equal_the_scalar_api(
    r: list[int], t: int, kind: str
) -> None:
    ts = [t] * len(r)
    if kind == "numpy":
        cols: tuple[Any, Any] = (np.array(r, dtype=np.int64), np.array(ts, dtype=np.int64))
    elif kind == "polars":
        cols = (pl.Series("r", r, dtype=pl.Int64), pl.Series("t", ts, dtype=pl.Int64))
    elif kind == "pandas":
        cols = (pd.Series(r, dtype="int64"), pd.Series(ts, dtype="int64"))
    else:
        cols = (r, ts)
    expected: list[Decimal | None] = []
    for a in r:
        try:
            expected.append(sakip.capaian(realisasi=a, target=t))
        except sakip.SakipError:
            expected.append(None)
    got = kolom.capaian(realisasi=cols[0], target=cols[1], errors="null")
    assert kolom.ke_desimal(got) == expected
    if kind == "polars":
        besar = max((abs(e) * 100 for e in expected if e is not None), default=Decimal(0))
        assert got.dtype == pl.Decimal(18 if besar < 10**18 else 38, 2)
        oracle = [None if e is None else PERMENDAGRI_86_2017.predikat(e) for e in expected]
        assert kolom.predikat(PERMENDAGRI_86_2017, got).to_list() == oracle


@given(
    xs=st.lists(
        st.one_of(
            st.integers(-(2**63), 2**63 - 1),
            st.integers(-5, 5),
            st.sampled_from([-(2**63), 2**63 - 1, 2**62]),
        ),
        min_size=1,
        max_size=20,
    )
)
def test_bounds_of_a_column_are_its_minimum_or_zero_and_its_maximum(xs: list[int]) -> None:
    bawah, atas = _rumus._rentang(np, np.array(xs, dtype=np.int64))
    assert atas == max(xs)
    assert bawah == (min(xs) if min(xs) < 0 else 0)
    assert bawah <= min(xs)


# -- lists ------------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(
    r=st.lists(st.integers(0, 10**9), min_size=1, max_size=30),
    t=st.integers(1, 10**9),
)
def test_list_capaian_and_predikat_equal_the_scalar_api(r: list[int], t: int) -> None:
    """The shared Decimals 0.00 to 200.00 and the others, merged back in their rows."""
    ts = [t] * len(r)
    expected = [sakip.capaian(realisasi=a, target=t) for a in r]
    got = kolom.capaian(realisasi=r, target=ts)
    assert got == expected
    assert [d.as_tuple() for d in got] == [d.as_tuple() for d in expected]
    assert kolom.predikat(PERMENDAGRI_86_2017, got) == [
        PERMENDAGRI_86_2017.predikat(e) for e in expected
    ]


# -- polars capaian in polars' own arithmetic ---------------------------------------------------

_R_MAKS_DUA = (2**63 - 1) // (2 * 10**4)  # largest realisasi whose 2 * 10**4 * r fits int64


@settings(max_examples=120, deadline=None)
@given(
    r=st.lists(
        st.one_of(
            st.none(),
            st.integers(0, 10**9),
            st.integers(_R_MAKS_DUA - 10**6, _R_MAKS_DUA),
            st.integers(-5, -1),
        ),
        min_size=1,
        max_size=10,
    ),
    t=st.lists(st.one_of(st.none(), st.integers(1, 10**9), st.integers(-1, 0)), min_size=1),
    tempat=st.sampled_from([0, 2, 3]),
    dtype=st.sampled_from(["Int64", "Int32", "UInt32", "UInt64"]),
)
def test_polars_capaian_in_its_own_arithmetic_equals_the_general_path(
    r: list[int | None], t: list[int | None], tempat: int, dtype: str
) -> None:
    from sakip.kolom import _polars

    n = len(r)
    t = (t * n)[:n]
    jenis = getattr(pl, dtype)
    if dtype != "Int64" and any(x is not None and not (0 <= x < 2**31) for x in (*r, *t)):
        return
    pr, pt = pl.Series("r", r, dtype=jenis), pl.Series("t", t, dtype=jenis)
    expected: list[Decimal | None] = []
    for a, b in zip(r, t, strict=True):
        try:
            expected.append(
                None
                if a is None or b is None
                else sakip.capaian(realisasi=a, target=b, tempat=tempat)
            )
        except sakip.SakipError:
            expected.append(None)
    got = kolom.capaian(realisasi=pr, target=pt, tempat=tempat, errors="null")
    assert kolom.ke_desimal(got) == expected
    assert got.name == "r"
    asli = _polars.capaian_naik({"realisasi": pr, "target": pt}, tempat)
    bersih = all(x is None or x >= 0 for x in r) and all(x is None or x >= 1 for x in t)
    if asli is not None:  # taken only for clean columns, and then the same Series
        assert bersih
        assert asli.dtype == got.dtype
        assert kolom.ke_desimal(asli) == expected
    elif (
        bersih
        and dtype != "UInt64"
        and any(x is not None for x in r)
        and any(x is not None for x in t)
    ):
        besar = max(x for x in r if x is not None)
        assert 2 * 10 ** (2 + tempat) * besar + 3 * max(x for x in t if x is not None) > 2**63 - 1


@settings(max_examples=60, deadline=None)
@given(
    xs=st.lists(
        st.one_of(
            st.none(),
            st.integers(-300, 300),
            st.decimals(min_value=-300, max_value=300, places=2, allow_nan=False),
            st.decimals(min_value=-300, max_value=300, places=4, allow_nan=False),
            st.decimals(min_value=-(10**29), max_value=10**29, allow_nan=False),
        ),
        min_size=1,
        max_size=12,
    ),
    skala=st.sampled_from([PERMENDAGRI_86_2017, sakip.ATRIBUT_CAPAIAN]),
)
@example(xs=[Decimal("9.999999999999999999999999999990E-31")], skala=PERMENDAGRI_86_2017)
@example(xs=[Decimal("1.5"), Decimal("1E-31")], skala=PERMENDAGRI_86_2017)
def test_long_lists_rated_through_the_shared_values_get_the_scalar_label(
    xs: list[Any], skala: Skala
) -> None:
    """A list of 4096 values or more: 0.00 to 200.00 by lookup, the others compared."""
    panjang = (xs * (4096 // len(xs) + 1))[:4100]
    try:
        expected = [None if x is None else skala.predikat(x) for x in panjang]
    except sakip.SakipError:  # a value the scalar API refuses (more than 30 places)
        with pytest.raises(sakip.SakipError):
            kolom.predikat(skala, panjang)
        return
    assert kolom.predikat(skala, panjang) == expected
    assert kolom.predikat(skala, tuple(panjang)) == expected


@pytest.mark.parametrize(
    "aneh",
    [True, 1.5, Decimal("NaN"), Decimal("sNaN"), Decimal("Infinity"), Decimal(10) ** 40, "75"],
)
def test_long_lists_with_an_odd_value_give_what_the_general_path_gives(aneh: Any) -> None:
    panjang: list[Any] = [Decimal("75.00"), 80, None] * 1400
    panjang[2345] = aneh
    pendek = [Decimal("75.00"), aneh]
    try:
        harapan: Any = kolom.predikat(PERMENDAGRI_86_2017, pendek)[1]
    except sakip.SakipError as e:
        with pytest.raises(type(e)):
            kolom.predikat(PERMENDAGRI_86_2017, panjang)
        return
    got = kolom.predikat(PERMENDAGRI_86_2017, panjang)
    assert got[2345] == harapan
    assert got[:3] == ["Sedang", "Tinggi", None]


# -- predikat of a float column by direct comparisons ---------------------------------------


def _di_sekitar(f: float) -> list[float]:
    """f and its neighbouring doubles: where a comparison with an edge could go wrong."""
    return [math.nextafter(f, -math.inf), f, math.nextafter(f, math.inf)]


def _tepi_skala(skala: Skala) -> list[float]:
    tepi: list[float] = []
    for p in skala.pita:
        for b in (p.bawah, p.atas):
            if b is not None:
                tepi.extend(_di_sekitar(float(b)))
    return tepi


def _di_sekitar32(v: Any) -> list[Any]:
    """A float32 and its two neighbours."""
    if v != v or abs(v) == np.inf:
        return [v]
    f = np.float32(v)
    return [np.nextafter(f, np.float32(-np.inf)), f, np.nextafter(f, np.float32(np.inf))]


skala_bawaan = st.sampled_from(sorted(sakip.SKALA_BAWAAN.values(), key=lambda s: s.nama))


def _skala_uji(batas: list[Decimal], dari_atas: bool, tertutup: bool) -> Skala:
    """A scale of decimal bounds: lower bounds included, or upper bounds included."""
    if dari_atas:
        atas: list[Decimal | None] = [*batas[1:], batas[-1] + 1 if tertutup else None]
        return Skala.dari_batas_atas(
            nama="uji",
            sumber="uji",
            bawah=batas[0] if tertutup else None,
            batas=[(f"p{i}", b) for i, b in enumerate(atas)],
        )
    # highest band first; a last bound of None leaves the lowest band open below
    bawah: list[Decimal | None] = [*batas[::-1], *([] if tertutup else [None])]
    return Skala.dari_batas_bawah(
        nama="uji", sumber="uji", batas=[(f"p{i}", b) for i, b in enumerate(bawah)]
    )


def _skala_desimal(tempat: int, paling_banyak: int) -> st.SearchStrategy[Skala]:
    """Scales of decimal bounds between -1000 and 1000 with ``tempat`` places."""
    return st.builds(
        _skala_uji,
        st.lists(
            st.decimals(min_value=-1000, max_value=1000, places=tempat, allow_nan=False),
            min_size=2,
            max_size=paling_banyak,
            unique=True,
        ).map(sorted),
        st.booleans(),
        st.booleans(),
    )


skala_desimal = _skala_desimal(3, 5)
#: Edges of up to 9 significant digits: more than float32's 6 (they take the general path).
skala_panjang = _skala_desimal(6, 4)


@settings(max_examples=400, deadline=None)
@given(
    data=st.data(),
    skala=st.one_of(skala_bawaan, skala_desimal, skala_panjang),
    dtype=st.sampled_from(["float64", "float32"]),
)
@example(data=None, skala=PERMENDAGRI_86_2017, dtype="float64")
@example(data=None, skala=PERMENDAGRI_86_2017, dtype="float32")
def test_float_bands_by_comparison_are_the_scalar_bands(
    data: Any, skala: Skala, dtype: str
) -> None:
    sekitar = [*_tepi_skala(skala), 0.0, -0.0, 1e-13, -1e-13, 5e-324, 1e30, -1e30, 1e-31]
    if data is None:
        xs = [*sekitar, float("nan"), 98.48, 200.0]
    else:
        xs = data.draw(
            st.lists(
                st.one_of(
                    st.sampled_from(sekitar),
                    float_dekat_batas,
                    st.floats(min_value=-300, max_value=300),
                ),
                min_size=1,
                max_size=30,
            )
        )
    polos = all(v == v and v in (0.0, 98.48, 50.0) for v in xs)
    with np.errstate(over="ignore"):  # float32 holds at most 3.4e38
        x = np.array(xs, dtype=dtype)
    if dtype == "float32":  # the float32 beside each edge, and beside some values
        dekat = [*_tepi_skala(skala), *x[:10].tolist()]
        with np.errstate(over="ignore"):
            x = np.concatenate([x, *(np.array(_di_sekitar32(v), dtype=dtype) for v in dekat)])
    hasil = _rumus.kode_float(np, skala, x)
    nama = [p.nama for p in skala.pita]
    if hasil is None:
        # the general path decides; a column of plain values is always taken
        assert (
            not polos
            or dtype == "float32"  # the neighbours of 0 are below 1e-13
            or skala.pita[0].bawah is not None
            or skala.pita[-1].atas is not None
        )
        return
    kode, hilang = hasil
    for i, v in enumerate(x):
        if v != v:
            assert hilang is not None
            assert hilang[i]
            continue
        assert hilang is None or not hilang[i]
        # the scalar API reads v by the shortest repr of its type, and does not refuse it
        assert nama[int(kode[i])] == skala.predikat(v)


@settings(max_examples=200, deadline=None)
@given(
    xs=st.lists(
        st.one_of(
            st.none(),
            st.decimals(min_value=0, max_value=250, places=2, allow_nan=False).map(float),
        ),
        min_size=1,
        max_size=40,
    ),
    skala=skala_bawaan,
)
def test_a_float_column_gets_what_the_general_path_gives(
    xs: list[float | None], skala: Skala
) -> None:
    """The comparisons against the general reading (a masked array takes it), numpy and pandas."""
    x = np.array([np.nan if v is None else v for v in xs], dtype=np.float64)
    umum = np.ma.masked_invalid(x)
    harap = kolom.predikat(skala, umum, errors="null").tolist()
    assert kolom.predikat(skala, x, errors="null").tolist() == harap
    seri = kolom.predikat(skala, pd.Series(x), errors="null").tolist()
    assert [None if s != s else s for s in seri] == harap
    # pandas' nullable floats: NA is missing, as NaN is
    for jenis in ("Float64", "Float32"):
        nullable = pd.Series(pd.array(list(xs), dtype=jenis))
        seri = kolom.predikat(skala, nullable, errors="null").tolist()
        harap_jenis = harap
        if jenis == "Float32":  # read by float32's own shortest repr: the values are the same
            harap_jenis = kolom.predikat(
                skala, np.ma.masked_invalid(x.astype(np.float32)), errors="null"
            ).tolist()
        assert [None if s != s else s for s in seri] == harap_jenis


def test_a_column_of_hundredths_is_rated_by_comparisons() -> None:
    x = np.round(np.linspace(0, 200, 2001), 2)
    x[::97] = np.nan
    assert _rumus.kode_float(np, PERMENDAGRI_86_2017, x) is not None
    # a value the comparisons cannot decide goes to the exact reading
    x[5] = 1e-20
    assert _rumus.kode_float(np, PERMENDAGRI_86_2017, x) is None


@pytest.mark.parametrize("panjang", [3, 5000])
@pytest.mark.parametrize("aneh", [Decimal("1E-31"), Decimal("2.0000000000000000000000000000001")])
def test_a_list_with_more_than_30_places_is_refused_as_the_scalar_api_refuses(
    panjang: int, aneh: Decimal
) -> None:
    """Short lists (compared) and long ones (looked up) alike; errors="null" leaves the row empty."""
    nilai = [Decimal("98.48")] * (panjang - 1) + [aneh]
    with pytest.raises(sakip.SakipError):
        PERMENDAGRI_86_2017.predikat(aneh)
    with pytest.raises(sakip.SakipError):
        kolom.predikat(PERMENDAGRI_86_2017, nilai)
    assert kolom.predikat(PERMENDAGRI_86_2017, nilai, errors="null")[-1] is None


# every test of this module on both column paths (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("jalur_kolom")
