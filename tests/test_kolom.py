"""Column API: the same results as the scalar API, element by element, in every kind."""

from __future__ import annotations

import pickle
import subprocess
import sys
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest

import sakip
from sakip import ATRIBUT_CAPAIAN, PERMENDAGRI_86_2017, PERMENPANRB_88_2021, Arah, Rentang, kolom

np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")
pl = pytest.importorskip("polars")


def _label(x: Any) -> list[str | None]:
    if isinstance(x, list):
        return x
    if isinstance(x, kolom.Label):
        return x.tolist()
    if isinstance(x, pd.Series):
        return [None if pd.isna(v) else v for v in x.tolist()]
    return list(x.to_list())


# -- the case: the same values, the same labels, in every container -----------------


@pytest.mark.parametrize(
    "kolom_nilai",
    [
        [75, 95],
        (75, 95),
        [Decimal("75"), Decimal("95.00")],
        [75.0, 95.0],
        np.array([75, 95]),
        np.array([75, 95], dtype=np.uint8),
        np.array([75.0, 95.0]),
        np.array([Decimal(75), Decimal(95)], dtype=object),
        pd.Series([75, 95]),
        pd.Series([75.0, 95.0]),
        pd.Series([75.0, 95.0], dtype="Float64"),
        pd.Series(["75", "95"], dtype=object),
        pl.Series([75, 95]),
        pl.Series([75.0, 95.0]),
        pl.Series([Decimal("75.00"), Decimal("95.00")], dtype=pl.Decimal(10, 2)),
    ],
    ids=lambda k: type(k).__name__ + ":" + str(getattr(k, "dtype", type(k[0]).__name__)),
)
def test_values_are_read_as_they_are_in_every_container(kolom_nilai: Any) -> None:
    assert _label(kolom.predikat(PERMENDAGRI_86_2017, kolom_nilai)) == ["Sedang", "Sangat Tinggi"]


@pytest.mark.parametrize(
    ("r", "t"),
    [
        ([75, 19, 5_898_976_029], [42, 26, 6_005_088_000]),
        (np.array([75, 19, 5_898_976_029]), np.array([42, 26, 6_005_088_000])),
        (pd.Series([75, 19, 5_898_976_029]), pd.Series([42, 26, 6_005_088_000])),
        (pl.Series([75, 19, 5_898_976_029]), pl.Series([42, 26, 6_005_088_000])),
    ],
    ids=["list", "numpy", "pandas", "polars"],
)
def test_sakip_results_fed_back_carry_their_unit(r: Any, t: Any) -> None:
    hasil = kolom.capaian(realisasi=r, target=t)
    assert kolom.ke_desimal(hasil) == [Decimal("178.57"), Decimal("73.08"), Decimal("98.23")]
    assert _label(kolom.predikat(PERMENDAGRI_86_2017, hasil)) == [
        "Sangat Tinggi",
        "Sedang",
        "Sangat Tinggi",
    ]


def test_labels_are_categorical() -> None:
    nilai = [50, 51, 65.99, 66, 75, 76, 90.99, 91]
    urut = [
        "Sangat Rendah",
        "Rendah",
        "Rendah",
        "Sedang",
        "Sedang",
        "Tinggi",
        "Tinggi",
        "Sangat Tinggi",
    ]
    p_np = kolom.predikat(PERMENDAGRI_86_2017, np.array(nilai))
    assert p_np.codes.dtype == np.int8
    assert p_np.categories == tuple(p.nama for p in PERMENDAGRI_86_2017.pita)
    assert p_np.tolist() == urut
    assert len(p_np) == 8
    p_pd = kolom.predikat(PERMENDAGRI_86_2017, pd.Series(nilai, index=list("abcdefgh"), name="c"))
    assert isinstance(p_pd.dtype, pd.CategoricalDtype)
    assert p_pd.dtype.ordered
    assert p_pd.index.tolist() == list("abcdefgh")
    assert p_pd.name == "c"
    assert p_pd.tolist() == urut
    p_pl = kolom.predikat(PERMENDAGRI_86_2017, pl.Series("c", [float(x) for x in nilai]))
    assert isinstance(p_pl.dtype, pl.Enum)
    assert p_pl.to_list() == urut
    assert p_pl.name == "c"


def test_a_masked_integer_column_without_a_unit_is_refused_with_the_way_to_state_it() -> None:
    lama = np.ma.MaskedArray([7500, 9100], mask=[False, True])  # how sakip 0.1 returned hundredths
    with pytest.raises(sakip.InvalidValueError, match=r"tempat=2 if the integers are hundredths"):
        kolom.predikat(PERMENDAGRI_86_2017, lama)
    assert kolom.predikat(PERMENDAGRI_86_2017, lama, tempat=2).tolist() == ["Sedang", None]
    assert kolom.predikat(PERMENDAGRI_86_2017, np.array([7500]), tempat=2).tolist() == ["Sedang"]
    seri = pd.Series([7500, None], dtype="Int64")
    with pytest.raises(sakip.InvalidValueError, match="must say its unit"):
        kolom.predikat(PERMENDAGRI_86_2017, seri)
    with pytest.raises(sakip.InvalidValueError, match="must say its unit"):
        kolom.efisiensi(capaian=seri, pagu=[1, 1], realisasi=[1, 1])
    with pytest.raises(sakip.InvalidValueError, match="must say its unit"):
        kolom.predikat(
            PERMENDAGRI_86_2017, kolom.capaian(realisasi=pd.Series([1]), target=pd.Series([2])) * 1
        )
    # a stated unit that contradicts the one the column carries
    with pytest.raises(sakip.InvalidValueError, match="tempat=2"):
        kolom.predikat(
            PERMENDAGRI_86_2017,
            kolom.capaian(realisasi=np.array([1]), target=np.array([2])),
            tempat=0,
        )
    with pytest.raises(sakip.InvalidValueError, match="integer columns only"):
        kolom.predikat(PERMENDAGRI_86_2017, np.array([75.5]), tempat=2)


def test_results_keep_their_unit_where_values_are_kept() -> None:
    c = kolom.capaian(realisasi=pd.Series([75, 19, 6]), target=pd.Series([42, 26, 8]), tempat=3)
    df = pd.DataFrame({"capaian": c, "x": [3, 1, 2]})
    diurut = df.sort_values("x")["capaian"]
    assert diurut.dtype == c.dtype
    assert kolom.predikat(PERMENDAGRI_86_2017, diurut).tolist() == [
        "Sedang",
        "Sedang",
        "Sangat Tinggi",
    ]
    assert kolom.ke_desimal(pd.concat([c, c]).iloc[3:4]) == [Decimal("178.571")]
    a = kolom.capaian(realisasi=np.array([75, 19]), target=np.array([42, 26]))
    assert a[1:].tempat == 2
    assert kolom.ke_desimal(a[::-1]) == [Decimal("73.08"), Decimal("178.57")]
    assert pickle.loads(pickle.dumps(a)).tempat == 2
    with pytest.raises(sakip.InvalidValueError, match="changed by arithmetic"):
        kolom.predikat(PERMENDAGRI_86_2017, a / 100)


def test_floats_are_read_by_their_shortest_repr() -> None:
    # 0.1 + 0.2 is 0.30000000000000004: read as that decimal, exactly
    assert kolom.ke_desimal(np.array([0.1 + 0.2, 98.48])) == [
        Decimal("0.30000000000000004"),
        Decimal("98.48000000000000000"),
    ]
    # a tie that binary floats get wrong: 1.005 is 1.005
    assert kolom.persentase(pembilang=np.array([1.005]), penyebut=np.array([100])).tolist() == [
        101
    ]
    assert kolom.capaian(realisasi=[2.675], target=[100], tempat=4) == [Decimal("2.6750")]
    assert kolom.ke_desimal(kolom.capaian(realisasi=np.array([2.675]), target=1, tempat=2)) == [
        Decimal("267.50")
    ]
    assert kolom.capaian(realisasi=pl.Series([90.5]), target=pl.Series([100.0])).to_list() == [
        Decimal("90.50")
    ]
    assert kolom.predikat(PERMENDAGRI_86_2017, pd.Series([90.99, 91.0, 1e-30, -0.0])).tolist() == [
        "Tinggi",
        "Sangat Tinggi",
        "Sangat Rendah",
        "Sangat Rendah",
    ]


def test_numbers_past_the_limits_are_refused_like_the_scalar_api() -> None:
    with pytest.raises(sakip.InvalidValueError, match=r"nilai\[1\] must be smaller than 10\*\*30"):
        kolom.predikat(PERMENDAGRI_86_2017, np.array([1.0, 1e-40]))
    with pytest.raises(sakip.InvalidValueError, match=r"realisasi\[0\] must be a finite number"):
        kolom.capaian(realisasi=np.array([np.inf]), target=np.array([1]))
    assert kolom.capaian(realisasi=[10**29], target=[3]) == [
        sakip.capaian(realisasi=10**29, target=3)
    ]
    with pytest.raises(sakip.InvalidValueError, match=r"realisasi\[0\] must be smaller"):
        kolom.capaian(realisasi=[10**30], target=[3])


@pytest.mark.parametrize(
    "x", [Decimal("1E+30"), Decimal("-1E+30"), Decimal("Infinity"), Decimal("NaN"), 10**30]
)
def test_a_list_past_the_limits_is_refused_like_the_scalar_api(x: Any) -> None:
    with pytest.raises(sakip.InvalidValueError) as info:
        PERMENDAGRI_86_2017.predikat(x)
    with pytest.raises(sakip.InvalidValueError) as kolom_info:
        kolom.predikat(PERMENDAGRI_86_2017, [Decimal(1), x])
    assert str(kolom_info.value) == str(info.value).replace("nilai", "nilai[1]", 1)
    assert kolom.predikat(
        PERMENDAGRI_86_2017, [Decimal("-999999999999999999999999999999.99")]
    ) == ["Sangat Rendah"]


def test_ties_and_band_edges() -> None:
    r = [556_479_000, 115, 13_999, 91, 7_599]
    t = [924_000_000, 800, 20_000, 100, 10_000]
    expected = [Decimal(x) for x in ("60.23", "14.38", "70.00", "91.00", "75.99")]
    assert kolom.capaian(realisasi=r, target=t) == expected
    assert kolom.capaian(realisasi=np.array(r), target=np.array(t)).tolist() == [
        6023,
        1438,
        7000,
        9100,
        7599,
    ]
    assert kolom.predikat(
        PERMENDAGRI_86_2017, np.array([9100, 9099, 7600, 7599]), tempat=2
    ).tolist() == [
        "Sangat Tinggi",
        "Tinggi",
        "Tinggi",
        "Sedang",
    ]
    # a scale closed at both ends: 100 is AA, above it is outside
    nilai = [100, 0, 90, 90.01]
    assert kolom.predikat(PERMENPANRB_88_2021, pd.Series(nilai)).tolist() == [
        PERMENPANRB_88_2021.predikat(x) for x in nilai
    ]
    with pytest.raises(sakip.InvalidValueError, match=r"nilai\[0\] must lie within the scale"):
        kolom.predikat(PERMENPANRB_88_2021, pd.Series([100.01]))


def test_missing_values_stay_missing_in_every_kind() -> None:
    assert kolom.capaian(realisasi=[1, None, 3], target=[2, 2, None]) == [
        Decimal("50.00"),
        None,
        None,
    ]
    hasil = kolom.capaian(realisasi=np.array([1.0, np.nan, 3.0]), target=np.array([2, 2, 2]))
    assert list(np.ma.getmaskarray(hasil)) == [False, True, False]
    seri = kolom.capaian(
        realisasi=pd.Series([1, None, 3], dtype="Int64"), target=pd.Series([2, 2, 2])
    )
    assert seri.isna().tolist() == [False, True, False]
    assert kolom.banyak_hilang(seri) == 1
    polar = kolom.capaian(realisasi=pl.Series("r", [1, None, 3]), target=pl.Series("t", [2, 2, 2]))
    assert polar.null_count() == 1
    assert polar.name == "r"
    assert kolom.banyak_hilang(kolom.predikat(PERMENDAGRI_86_2017, hasil)) == 1


def test_a_number_is_broadcast() -> None:
    assert kolom.capaian(realisasi=np.array([9, 6]), target=8, arah=Arah.TURUN).tolist() == [
        8750,
        12500,
    ]
    assert kolom.capaian(realisasi=6, target=pd.Series([8, 12])).tolist() == [7500, 5000]
    assert kolom.capaian(realisasi=pl.Series([1]), target="0.5").to_list() == [Decimal("200.00")]
    with pytest.raises(sakip.NotComputableError, match=r"target\[0\]"):
        kolom.capaian(realisasi=np.array([1, 2]), target=0)
    assert kolom.capaian(realisasi=np.array([1, 2]), target=0, errors="null").mask.tolist() == [
        True,
        True,
    ]


def test_pandas_keeps_index_and_name() -> None:
    r = pd.Series([75, 6], index=["iku2-2023", "x"], name="realisasi")
    hasil = kolom.capaian(realisasi=r, target=pd.Series([42, 8], index=["iku2-2023", "x"]))
    assert hasil.index.tolist() == ["iku2-2023", "x"]
    assert hasil.name == "realisasi"
    assert hasil.dtype.tempat == 2
    assert str(hasil.dtype) == "Int64[10**-2]"


def test_no_silent_int64_overflow() -> None:
    besar = np.array([10**16, 3 * 10**16], dtype=np.int64)  # a whole national budget
    pagu = np.array([3 * 10**16, 3 * 10**16], dtype=np.int64)
    assert kolom.ke_desimal(kolom.penyerapan(realisasi=besar, pagu=pagu)) == [
        Decimal("33.33"),
        Decimal("100.00"),
    ]
    assert kolom.capaian(realisasi=[10**17], target=[3]) == [
        sakip.capaian(realisasi=10**17, target=3)
    ]
    hasil = kolom.capaian(realisasi=pd.Series([10**17]), target=pd.Series([3]))
    assert hasil.tolist() == [sakip.capaian(realisasi=10**17, target=3)]
    assert kolom.capaian(realisasi=pl.Series([10**17]), target=3).to_list() == [
        sakip.capaian(realisasi=10**17, target=3)
    ]
    u = np.array([2**64 - 1], dtype=np.uint64)
    assert kolom.ke_desimal(kolom.persentase(pembilang=u, penyebut=u)) == [Decimal("100.00")]


def test_bad_values_raise_or_become_missing_with_a_reason() -> None:
    with pytest.raises(sakip.NotComputableError, match=r"^pagu\[0\] must not be 0"):
        kolom.penyerapan(realisasi=[1, 2], pagu=[0, 4])
    alasan: dict[int, str] = {}
    hasil = kolom.penyerapan(
        realisasi=np.array([1, 2, 5]), pagu=np.array([0, 4, 4]), errors="null", alasan=alasan
    )
    assert list(np.ma.getmaskarray(hasil)) == [True, False, True]
    assert alasan[0].startswith("pagu must not be 0")
    assert alasan[2].startswith("realisasi must not exceed pagu 4")
    with pytest.raises(sakip.InvalidValueError, match="whole number of Rupiah"):
        kolom.sisa_anggaran(pagu=pl.Series([1.5]), realisasi=pl.Series([0]))
    with pytest.raises(sakip.InvalidValueError):
        kolom.sisa_anggaran(pagu=[-1], realisasi=[0])
    with pytest.raises(sakip.InvalidValueError, match="errors"):
        kolom.capaian(realisasi=[1], target=[1], errors="abaikan")  # type: ignore[arg-type]
    with pytest.raises(sakip.InvalidTypeError, match=r"realisasi\[1\]"):
        kolom.capaian(realisasi=pd.Series([1, True], dtype=object), target=1)


def test_errors_null_is_what_galat_kosong_was() -> None:
    # galat= was removed in 0.3.0 (tests/test_usang.py): errors="null" does its work
    alasan: dict[int, str] = {}
    hasil = kolom.capaian(realisasi=[1, 2], target=[0, 4], errors="null", alasan=alasan)
    assert hasil == [None, Decimal("50.00")]
    assert 0 in alasan


def test_other_columns() -> None:
    assert kolom.persentase(pembilang=[1], penyebut=[3], tempat=4) == [Decimal("33.3333")]
    assert kolom.efisiensi(
        capaian=[179], pagu=[93_568_000], realisasi=[92_944_034], maksimum_capaian=100
    ) == [Decimal("0.67")]
    c = kolom.capaian(realisasi=pl.Series([179]), target=pl.Series([100]))
    assert kolom.efisiensi(
        capaian=c, pagu=pl.Series([93_568_000]), realisasi=pl.Series([92_944_034])
    ).to_list() == [Decimal("79.67")]
    assert kolom.sisa_anggaran(pagu=[10], realisasi=[3]) == [Decimal(7)]
    assert kolom.sisa_anggaran(pagu=pl.Series([10]), realisasi=pl.Series([3])).to_list() == [7]
    assert kolom.penyerapan(realisasi=pl.Series("r", [1]), pagu=pl.Series("p", [4])).to_list() == [
        Decimal("25.00")
    ]
    with pytest.raises(sakip.InvalidValueError, match="maksimum"):
        kolom.capaian(realisasi=[1], target=[1], maksimum=99)


def test_targets_that_are_no_decimal_take_the_exact_row_path() -> None:
    assert kolom.capaian(realisasi=[1, 2], target=[Fraction(1, 3), 3]) == [
        Decimal("300.00"),
        Decimal("66.67"),
    ]
    hasil = kolom.capaian(
        realisasi=np.array([92, 85]),
        target=np.array([Rentang(bawah=80, atas=90), 80], dtype=object),
        tempat=1,
    )
    assert kolom.ke_desimal(hasil) == [Decimal("102.2"), Decimal("106.3")]
    assert kolom.predikat(ATRIBUT_CAPAIAN, [Fraction(1, 3)]) == [
        ATRIBUT_CAPAIAN.predikat(Fraction(1, 3))
    ]


def test_lengths_and_kinds_are_checked() -> None:
    with pytest.raises(sakip.InvalidValueError, match="same length"):
        kolom.capaian(realisasi=[1, 2], target=[1])
    with pytest.raises(sakip.InvalidTypeError):
        kolom.capaian(realisasi={1, 2}, target=[1, 2])
    with pytest.raises(sakip.InvalidTypeError, match="must hold numbers"):
        kolom.capaian(realisasi=np.array([True]), target=1)
    with pytest.raises(sakip.InvalidTypeError, match="must hold numbers"):
        kolom.predikat(PERMENDAGRI_86_2017, pl.Series([True]))
    with pytest.raises(sakip.InvalidValueError, match="one-dimensional"):
        kolom.capaian(realisasi=np.ones((2, 2)), target=1)
    with pytest.raises(sakip.InvalidTypeError, match="at least one argument must be a column"):
        kolom.capaian(realisasi=1, target=2)


def test_text_columns_are_read_as_plain_decimals() -> None:
    assert kolom.predikat(PERMENDAGRI_86_2017, np.array(["75", "95.5"])).tolist() == [
        "Sedang",
        "Sangat Tinggi",
    ]
    assert kolom.capaian(realisasi=pl.Series(["6.5"]), target=8).to_list() == [Decimal("81.25")]
    with pytest.raises(sakip.InvalidValueError, match=r"nilai\[0\] must be a plain ASCII decimal"):
        kolom.predikat(PERMENDAGRI_86_2017, pd.Series(["75,5"]))


def test_empty_columns() -> None:
    assert kolom.capaian(realisasi=[], target=[]) == []
    assert kolom.capaian(realisasi=np.array([], dtype=np.int64), target=3).tolist() == []
    assert kolom.predikat(PERMENDAGRI_86_2017, pd.Series([], dtype=float)).tolist() == []


def test_import_sakip_does_not_import_the_backends() -> None:
    kode = (
        "import sys, sakip, sakip.kolom; sakip.kolom.predikat(sakip.PERMENDAGRI_86_2017, [1]); "
        "print(sorted(m for m in ('numpy', 'pandas', 'polars') if m in sys.modules))"
    )
    hasil = subprocess.run(
        [sys.executable, "-c", kode], capture_output=True, text=True, check=True
    )
    assert hasil.stdout.strip() == "[]"


def test_lists_work_without_numpy() -> None:
    kode = (
        "import sys; sys.modules['numpy'] = None\n"
        "from sakip import kolom, PERMENDAGRI_86_2017 as P\n"
        "print(kolom.capaian([75, None, 1], [42, 1, 0], errors='null'))\n"
        "print(kolom.predikat(P, [75.0, 95, None]), kolom.ke_desimal([98.48]))\n"
    )
    hasil = subprocess.run(
        [sys.executable, "-c", kode], capture_output=True, text=True, check=True
    )
    assert hasil.stdout.splitlines() == [
        "[Decimal('178.57'), None, None]",
        "['Sedang', 'Sangat Tinggi', None] [Decimal('98.48')]",
    ]


def test_a_column_of_text_or_objects_takes_the_places_its_values_need() -> None:
    # "12.50" is read as 12.5: one place, as the value needs, whatever was typed
    assert kolom.ke_desimal(["12.50", "7"]) == [Decimal("12.5"), Decimal("7.0")]
    assert [str(d) for d in kolom.ke_desimal(["12.50", "7"])] == ["12.5", "7.0"]
    assert kolom.ke_desimal([Decimal("1.10"), 2.50, None]) == [
        Decimal("1.1"),
        Decimal("2.5"),
        None,
    ]
    assert [str(d) for d in kolom.ke_desimal(["100.00", "200.000"])] == ["100", "200"]
    assert [str(d) for d in kolom.ke_desimal([Fraction(1, 4), 3])] == ["0.25", "3.00"]
    with pytest.raises(sakip.InvalidValueError, match="finite decimal"):
        kolom.ke_desimal([Fraction(1, 3), "1.5"])


def _kolom_float(jenis: str, nilai: list[float], dtype: str) -> Any:
    larik = np.array(nilai, dtype=dtype)
    if jenis == "numpy":
        return larik
    if jenis == "pandas":
        return pd.Series(larik)
    return pl.Series("x", larik)


@pytest.mark.parametrize("jenis", ["numpy", "pandas", "polars"])
@pytest.mark.parametrize("dtype", ["float32", "float16", "float64"])
@pytest.mark.parametrize(
    ("buruk", "pesan"),
    [(float("inf"), "finite"), (float("-inf"), "finite"), (1e-40, "10\\*\\*30")],
)
def test_a_bad_float_of_any_width_is_refused_with_its_row(
    jenis: str, dtype: str, buruk: float, pesan: str
) -> None:
    if jenis == "polars" and dtype == "float16":
        pytest.skip("polars has no float16")
    if dtype == "float16" and buruk == 1e-40:
        pytest.skip("every finite float16 lies within sakip's limits")
    col = _kolom_float(jenis, [1.5, buruk, float("nan")], dtype)
    target = _kolom_float(jenis, [1.0, 1.0, 1.0], "float64")
    with pytest.raises(sakip.InvalidValueError, match=rf"realisasi\[1\] must .*{pesan}"):
        kolom.capaian(realisasi=col, target=target)
    alasan: dict[int, str] = {}
    hasil = kolom.ke_desimal(
        kolom.capaian(realisasi=col, target=target, errors="null", alasan=alasan)
    )
    assert hasil == [Decimal("150.00"), None, None]
    assert list(alasan) == [1]
    if dtype == "float64":  # a float64 cell is named as the Python float it is
        assert "(got np." not in alasan[1]


@pytest.mark.parametrize("dtype", ["int64", "int32", "uint64", "float64", "float32", "float16"])
def test_a_list_of_numpy_scalars_is_read_as_the_array_they_came_from(dtype: str) -> None:
    larik = np.array([75, 19, 6], dtype=dtype)
    target = np.array([42, 26, 8], dtype=dtype)
    dari_larik = kolom.ke_desimal(kolom.capaian(realisasi=larik, target=target))
    assert kolom.capaian(realisasi=list(larik), target=list(target)) == dari_larik
    sel: list[Any] = [*list(larik[:2]), None]
    assert kolom.capaian(realisasi=sel, target=list(target)) == [*dari_larik[:2], None]
    assert kolom.predikat(PERMENDAGRI_86_2017, sel) == ["Sedang", "Sangat Rendah", None]


def test_a_list_of_numpy_bools_is_refused() -> None:
    with pytest.raises(sakip.InvalidTypeError, match="bool"):
        kolom.capaian(realisasi=list(np.array([True, False])), target=[1, 1])


# -- a list result keeps the integers it was written from ---------------------------------------


def test_a_list_result_is_a_list_that_says_its_unit() -> None:
    c = kolom.capaian(realisasi=[75, 19, None], target=[42, 26, 30])
    assert isinstance(c, list)
    assert type(c) is kolom.ScaledList
    assert c == [Decimal("178.57"), Decimal("73.08"), None]
    assert repr(c) == "[Decimal('178.57'), Decimal('73.08'), None]"
    assert c.tempat == 2
    assert kolom.sisa_anggaran(pagu=[5], realisasi=[3]).tempat == 0
    assert type(c[:2]) is list
    assert type(c.__add__([None])) is list
    tetap = c._kolom_tetap({Decimal, type(None)})
    assert tetap is not None
    assert not tetap.bulat.flags.writeable
    assert tetap.bulat.tolist() == [17857, 7308, 0]
    assert tetap.hilang is not None
    assert tetap.hilang.tolist() == [False, False, True]
    assert not tetap.hilang.flags.writeable


def test_an_unchanged_list_result_is_rated_from_its_integers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    c = kolom.capaian(realisasi=[75, 35, None, 9], target=[42, 42, 42, 10])
    from sakip.kolom import _daftar

    def tidak(*args: Any) -> None:
        raise AssertionError("the Decimals were read again")

    monkeypatch.setattr(_daftar, "baca_objek", tidak)
    monkeypatch.setattr(kolom, "_predikat_daftar", tidak)
    assert kolom.predikat(PERMENDAGRI_86_2017, c) == ["Sangat Tinggi", "Tinggi", None, "Tinggi"]
    assert kolom.ke_desimal(c) == [Decimal("178.57"), Decimal("83.33"), None, Decimal("90.00")]


def _ubah(c: list[Any], cara: str) -> None:
    """One change to a list of two or more Decimals, the first of them 1.00."""
    ubah: dict[str, Any] = {
        "bool": lambda: c.__setitem__(0, True),  # equals Decimal('1.00'), but is no number
        "numpy bool": lambda: c.__setitem__(0, np.True_),
        "int": lambda: c.__setitem__(0, 1),
        "equal Decimal": lambda: c.__setitem__(0, Decimal("1.0")),
        "other Decimal": lambda: c.__setitem__(0, Decimal("95")),
        "float": lambda: c.__setitem__(0, 1.0),
        "Fraction": lambda: c.__setitem__(0, Fraction(1)),
        "None": lambda: c.__setitem__(0, None),
        "NaN": lambda: c.__setitem__(0, Decimal("NaN")),
        "sNaN": lambda: c.__setitem__(0, Decimal("sNaN")),
        "text": lambda: c.__setitem__(0, "1"),
        "append": lambda: c.append(Decimal("50")),
        "pop": lambda: c.pop(),
        "reverse": c.reverse,
        "slice": lambda: c.__setitem__(slice(0, 1), [Decimal("80"), Decimal("60")]),
        "list.__setitem__": lambda: list.__setitem__(c, 0, True),
        "clear": c.clear,
    }
    ubah[cara]()


@pytest.mark.parametrize(
    "cara",
    [
        "bool",
        "numpy bool",
        "int",
        "equal Decimal",
        "other Decimal",
        "float",
        "Fraction",
        "None",
        "NaN",
        "sNaN",
        "text",
        "append",
        "pop",
        "reverse",
        "slice",
        "list.__setitem__",
        "clear",
    ],
)
def test_a_changed_list_result_is_read_as_any_list_is(cara: str) -> None:
    c = kolom.capaian(realisasi=[1, 92, 30], target=[100, 100, 100])
    _ubah(c, cara)
    biasa = list(c)

    def hasil(x: Any) -> Any:
        try:
            return kolom.predikat(PERMENDAGRI_86_2017, x), kolom.ke_desimal(x)
        except sakip.SakipError as e:
            return type(e), str(e)

    assert hasil(c) == hasil(biasa)
    if cara in ("bool", "numpy bool", "list.__setitem__", "sNaN"):
        assert isinstance(hasil(c)[0], type)  # refused, as in a plain list


def test_a_huge_float_equal_to_a_result_is_read_by_its_repr() -> None:
    # 2**60 as a float equals Decimal(2**60), but its shortest repr is 1152921504606847000
    c = kolom.sisa_anggaran(pagu=[2**60], realisasi=[0])
    c[0] = float(2**60)
    assert (
        kolom.ke_desimal(c) == kolom.ke_desimal([float(2**60)]) == [Decimal(1152921504606847000)]
    )


def test_copies_and_pickles_of_a_list_result_are_read_as_lists() -> None:
    import copy

    c = kolom.capaian(realisasi=[75, None], target=[42, 42])
    for salinan in (pickle.loads(pickle.dumps(c)), copy.copy(c), copy.deepcopy(c)):
        assert type(salinan) is kolom.ScaledList
        assert salinan == c
        assert salinan.tempat == 2
        assert salinan._kolom_tetap({Decimal, type(None)}) is None
        assert kolom.predikat(PERMENDAGRI_86_2017, salinan) == ["Sangat Tinggi", None]
    with pytest.raises(sakip.InvalidValueError, match="tempat"):
        kolom.ScaledList([], tempat=-1)


def test_marking_missing_labels_leaves_the_codes_given_alone() -> None:
    kode = np.array([0, 1, 2], dtype=np.int8)
    label = kolom.Label.dari_kode(np, kode, np.array([False, True, False]), ("A", "B", "C"))
    assert label.tolist() == ["A", None, "C"]
    assert kode.tolist() == [0, 1, 2]


def test_a_text_column_with_a_huge_or_foreign_cell_names_that_row() -> None:
    cells: list[Any] = ["98.48"] * 5000
    cells[3] = "1" * 1_000_000  # read alone (and refused), not widening the others
    with pytest.raises(sakip.InvalidValueError, match=r"nilai\[3\].*at most 100 characters"):
        kolom.predikat(PERMENDAGRI_86_2017, cells)
    cells[3] = "98,48"
    cells[4] = "٩٨"
    cells[5] = None
    alasan: dict[int, str] = {}
    hasil = kolom.predikat(PERMENDAGRI_86_2017, pd.Series(cells), errors="null", alasan=alasan)
    assert _label(hasil)[:7] == ["Sangat Tinggi"] * 3 + [None] * 3 + ["Sangat Tinggi"]
    assert sorted(alasan) == [3, 4]


@pytest.mark.parametrize(
    "col",
    [
        np.array([1.5, np.nan, 2.0, np.nan]),
        np.ma.MaskedArray([1, 2, 3, 4], mask=[False, True, False, True]),
        np.array([None, 1, float("nan"), Decimal("NaN")], dtype=object),
        pd.Series([1.5, None, 2.0, None]),
        pd.Series([1, None, 3, None], dtype="Int64"),
        pd.Series([Decimal("NaN"), None, Decimal(1), float("nan")], dtype=object),
        pd.Series(["1", None, "2", None], dtype="str"),
        pl.Series([1.5, None, float("nan"), 2.0]),
        pl.Series([1, None, 3, None]),
        pl.Series(["1", None, "2", None]),
        [1, None, float("nan"), Decimal("NaN")],
    ],
    ids=lambda k: type(k).__name__ + ":" + str(getattr(k, "dtype", "list")),
)
def test_missing_values_are_counted_as_the_columns_are_read(col: Any) -> None:
    # Decimal("NaN") is a bad value, not a missing one (pandas' isna would count it)
    from sakip.kolom import _inti

    cara_lama = sum(1 for x in _inti.adapter(_inti.jenis(col)).daftar(col) if x is None)
    assert kolom.banyak_hilang(col) == cara_lama == 2


def test_numpy_variable_width_text_is_read_as_text() -> None:
    string_dtype = getattr(getattr(np, "dtypes", None), "StringDType", None)
    if string_dtype is None:
        pytest.skip("numpy before 2.0 has no StringDType")
    teks = np.array(["98.48", None, "75"], dtype=string_dtype(na_object=None))
    assert kolom.predikat(PERMENDAGRI_86_2017, teks).tolist() == ["Sangat Tinggi", None, "Sedang"]
    assert kolom.banyak_hilang(teks) == 1
    with pytest.raises(
        sakip.InvalidTypeError, match=r"must hold numbers .*\(got 'numpy array of bool'\)"
    ):
        kolom.predikat(PERMENDAGRI_86_2017, np.array([True]))


def test_a_long_text_column_is_read_in_blocks_as_in_one(monkeypatch: pytest.MonkeyPatch) -> None:
    from sakip.kolom import _teks

    sel = ["1.5", "x", "-7", "", "0.125", "9" * 18, "2.50", None, "١", "3"]
    teks = [s if isinstance(s, str) else "" for s in sel]
    sekaligus = [a.tolist() for a in _teks.baca(np, teks)]
    monkeypatch.setattr(_teks, "_BLOK", 3)
    assert [a.tolist() for a in _teks.baca(np, teks)] == sekaligus
    alasan: dict[int, str] = {}
    hasil = kolom.ke_desimal(kolom.capaian(realisasi=sel, target=1, errors="null", alasan=alasan))
    assert hasil[0] == Decimal("150.00")
    assert hasil[4] == Decimal("12.50")
    assert sorted(alasan) == [1, 3, 8]


def test_a_scaled_list_made_by_hand_holds_what_its_places_say() -> None:
    assert kolom.ScaledList([Decimal("1.50"), None], tempat=2) == [Decimal("1.50"), None]
    salah: list[Any] = [Decimal("1.5"), Decimal("NaN"), 1, 1.5, "1.50", True]
    for x in salah:
        with pytest.raises(sakip.InvalidValueError, match=r"nilai\[1\] must be a finite Decimal"):
            kolom.ScaledList([None, x], tempat=2)
    c = kolom.capaian(realisasi=[75, 19], target=[42, 26])
    c[0] = True  # changed by hand: it still pickles and copies, and reads as any list
    for salinan in (pickle.loads(pickle.dumps(c)), __import__("copy").copy(c)):
        assert salinan == [True, Decimal("73.08")]
        with pytest.raises(sakip.InvalidTypeError, match="bool"):
            kolom.predikat(PERMENDAGRI_86_2017, salinan)


# every test of this module on both column paths (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("jalur_kolom")
