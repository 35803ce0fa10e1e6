"""Column API at its edges: pairing, units, int64's ends, 128-bit and 38-digit limits.

Each test is a defect found in review: the column result must be the scalar
function's, row by row, on every backend the defect touched, or a typed error
that says what to do.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

import sakip
from sakip import PERMENDAGRI_86_2017, Arah, Pita, Rentang, Skala, kolom
from tests.test_kolom import _label

np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")
pl = pytest.importorskip("polars")

INT64_MIN = -(2**63)
INT64_MAKS = 2**63 - 1

BACKEND = ("list", "numpy", "pandas", "polars")


def _wadah(backend: str, nilai: list[Any]) -> Any:
    """The same values as a column of one backend."""
    if backend == "list":
        return list(nilai)
    if backend == "numpy":
        return np.array(nilai)
    if backend == "pandas":
        return pd.Series(nilai)
    return pl.Series(nilai)


def _galat_skalar(fungsi: Callable[[], object]) -> sakip.SakipError:
    with pytest.raises(sakip.SakipError) as e:
        fungsi()
    return e.value


def _di_baris(e: sakip.SakipError, i: int) -> str:
    """The scalar error's message as the column gives it for row i."""
    return str(e).replace(e.field, f"{e.field}[{i}]", 1)


# -- 1. pandas Series are paired by index ----------------------------------------------------


def test_pandas_series_with_different_indexes_are_refused() -> None:
    r = pd.Series([75, 19], index=["b", "a"])
    t = pd.Series([42, 26], index=["a", "b"])
    with pytest.raises(sakip.InvalidValueError, match=r"same index as realisasi.*align") as e:
        kolom.capaian(realisasi=r, target=t)
    assert e.value.field == "target"
    assert ".to_numpy()" in str(e.value)
    # aligned, each label is paired with its own target, as the scalar pairs them
    ra, ta = r.align(t)
    hasil = kolom.capaian(realisasi=ra, target=ta)
    assert list(hasil.index) == ["a", "b"]
    assert kolom.ke_desimal(hasil) == [
        sakip.capaian(realisasi=19, target=42),
        sakip.capaian(realisasi=75, target=26),
    ]
    # by position, on request
    assert kolom.ke_desimal(kolom.capaian(realisasi=r.to_numpy(), target=t.to_numpy())) == [
        sakip.capaian(realisasi=75, target=42),
        sakip.capaian(realisasi=19, target=26),
    ]


def test_pandas_series_with_equal_indexes_are_paired() -> None:
    r = pd.Series([75, 19], index=["b", "a"])
    t = pd.Series([26, 42], index=pd.Index(["b", "a"]))  # equal, another object
    assert kolom.ke_desimal(kolom.capaian(realisasi=r, target=t)) == [
        Decimal("288.46"),
        Decimal("45.24"),
    ]
    assert kolom.ke_desimal(kolom.capaian(realisasi=r, target=r)) == [Decimal("100.00")] * 2


def test_pandas_index_is_checked_for_every_series_of_a_call() -> None:
    c = pd.Series([100, 179])
    pagu = pd.Series([10, 10])
    realisasi = pd.Series([5, 5], index=[1, 0])
    with pytest.raises(sakip.InvalidValueError, match="realisasi must have the same index"):
        kolom.efisiensi(capaian=c, pagu=pagu, realisasi=realisasi)
    # a numpy or list column beside a Series is paired by position, as before
    assert kolom.ke_desimal(kolom.efisiensi(capaian=c, pagu=pagu, realisasi=[5, 5])) == [
        Decimal("50.00"),
        Decimal("129.00"),
    ]


# -- 2. a ScaledArray that lost its unit --------------------------------------------------------

_HILANG_SATUAN = {
    "np.concatenate": lambda a: np.concatenate([a, a]),
    "np.ma.concatenate": lambda a: np.ma.concatenate([a, a]),
    "np.ma.append": lambda a: np.ma.append(a, a),
    "np.take": lambda a: np.take(a, [1]),
}


@pytest.mark.parametrize("operasi", list(_HILANG_SATUAN), ids=list(_HILANG_SATUAN))
def test_scaled_array_that_lost_its_unit_is_refused(operasi: str) -> None:
    a = kolom.capaian(realisasi=np.array([75, 19]), target=np.array([42, 26]))
    b = _HILANG_SATUAN[operasi](a)
    pesan = r"must be carried by the array.*kolom\.ke_desimal"
    with pytest.raises(sakip.InvalidValueError, match=pesan):
        kolom.predikat(PERMENDAGRI_86_2017, b)
    with pytest.raises(sakip.InvalidValueError, match=pesan):
        kolom.ke_desimal(b)
    with pytest.raises(sakip.InvalidValueError, match=pesan):
        kolom.efisiensi(capaian=b, pagu=10, realisasi=5)
    with pytest.raises(sakip.InvalidValueError, match=pesan):
        _ = b.tempat
    # pickled, it stays without a unit (never 0)
    with pytest.raises(sakip.InvalidValueError, match=pesan):
        kolom.ke_desimal(pickle.loads(pickle.dumps(b)))


def test_scaled_array_that_lost_its_unit_may_have_it_stated() -> None:
    a = kolom.capaian(realisasi=np.array([75, 19]), target=np.array([42, 26]))
    b = np.concatenate([a, a])
    assert kolom.ke_desimal(b, tempat=2) == kolom.ke_desimal(a) * 2
    labels = kolom.predikat(PERMENDAGRI_86_2017, b, tempat=2).tolist()
    assert labels == ["Sangat Tinggi", "Sedang"] * 2
    # a unit it still carries is not overridden
    with pytest.raises(sakip.InvalidValueError, match="must match the unit"):
        kolom.predikat(
            PERMENDAGRI_86_2017, kolom.sisa_anggaran(pagu=np.array([10]), realisasi=[3]), tempat=2
        )


def test_scaled_array_keeps_its_unit_where_numpy_keeps_it() -> None:
    a = kolom.capaian(realisasi=np.array([75, 19]), target=np.array([42, 26]))
    assert kolom.ke_desimal(a[[1]]) == [Decimal("73.08")]
    assert kolom.ke_desimal(np.sort(a)) == [Decimal("73.08"), Decimal("178.57")]
    assert kolom.ke_desimal(pickle.loads(pickle.dumps(a))) == kolom.ke_desimal(a)
    # the values of each part, joined, are exact
    gabung = kolom.ke_desimal(a) + kolom.ke_desimal(a)
    assert kolom.predikat(PERMENDAGRI_86_2017, gabung) == ["Sangat Tinggi", "Sedang"] * 2


# -- 3. persentase at int64's minimum -----------------------------------------------------


@pytest.mark.parametrize("backend", BACKEND)
@pytest.mark.parametrize(
    ("pembilang", "penyebut", "tempat"),
    [
        (INT64_MIN, -1, 2),
        (3719710775329561025, INT64_MIN, 0),
        (INT64_MIN, INT64_MIN, 2),
        (INT64_MIN, -3, 5),
        (INT64_MAKS, INT64_MIN, 2),
    ],
)
def test_persentase_at_int64_minimum_equals_scalar(
    backend: str, pembilang: int, penyebut: int, tempat: int
) -> None:
    hasil = kolom.persentase(
        pembilang=_wadah(backend, [pembilang, 1]),
        penyebut=_wadah(backend, [penyebut, -8]),
        tempat=tempat,
    )
    assert kolom.ke_desimal(hasil) == [
        sakip.persentase(pembilang=pembilang, penyebut=penyebut, tempat=tempat),
        sakip.persentase(pembilang=1, penyebut=-8, tempat=tempat),
    ]


# -- 4. predikat at int64's maximum with band edges past int64 ---------------------------------


@pytest.mark.parametrize("backend", BACKEND)
@pytest.mark.parametrize("tempat", [17, 18, 19, 30])
def test_predikat_of_int64_extremes_equals_scalar(backend: str, tempat: int) -> None:
    nilai = [INT64_MAKS, INT64_MIN, 0, 91 * 10**17]
    hasil = kolom.predikat(PERMENDAGRI_86_2017, _wadah(backend, nilai), tempat=tempat)
    assert _label(hasil) == [
        PERMENDAGRI_86_2017.predikat(Decimal(n).scaleb(-tempat)) for n in nilai
    ]


# -- 5. whole Rupiah at 19 or more places ---------------------------------------------------


@pytest.mark.parametrize("backend", BACKEND)
@pytest.mark.parametrize("pagu", ["0.0000000000000000001", 1e-19, "-0.000000000000000000001"])
def test_penyerapan_pagu_past_int64_places_gives_the_scalar_error(backend: str, pagu: Any) -> None:
    # 19 or more places, every unit within int64: 10**places is not
    galat = _galat_skalar(lambda: sakip.penyerapan(realisasi=5, pagu=pagu))
    with pytest.raises(type(galat)) as e:
        kolom.penyerapan(realisasi=_wadah(backend, [5]), pagu=_wadah(backend, [pagu]))
    assert str(e.value) == _di_baris(galat, 0)
    alasan: dict[int, str] = {}
    hasil = kolom.penyerapan(
        realisasi=[5], pagu=_wadah(backend, [pagu]), errors="null", alasan=alasan
    )
    assert kolom.ke_desimal(hasil) == [None]
    assert alasan == {0: str(galat)}
    assert kolom.ke_desimal(
        kolom.penyerapan(realisasi=5, pagu=_wadah(backend, [pagu]), errors="null")
    ) == [None]


@pytest.mark.parametrize("backend", BACKEND)
def test_sisa_anggaran_and_efisiensi_past_int64_places(backend: str) -> None:
    pagu = _wadah(backend, ["0.0000000000000000001", "0.0000000000000000000"])
    realisasi = _wadah(backend, ["0", "0"])
    galat = _galat_skalar(lambda: sakip.sisa_anggaran(pagu="0.0000000000000000001", realisasi=0))
    alasan: dict[int, str] = {}
    sisa = kolom.sisa_anggaran(pagu=pagu, realisasi=realisasi, errors="null", alasan=alasan)
    assert kolom.ke_desimal(sisa) == [None, Decimal(0)]
    assert alasan == {0: str(galat)}
    with pytest.raises(type(galat)):
        kolom.sisa_anggaran(pagu=pagu, realisasi=realisasi)
    efisien = kolom.efisiensi(
        capaian=_wadah(backend, [100, 100]), pagu=pagu, realisasi=realisasi, errors="null"
    )
    assert kolom.ke_desimal(efisien) == [None, None]  # (pagu 0 is refused too)


@pytest.mark.parametrize("backend", BACKEND)
@pytest.mark.parametrize("capaian", [0, 150, 100])
def test_efisiensi_with_a_cap_of_many_places_equals_scalar(backend: str, capaian: int) -> None:
    batas = "100.0000000000000000001"
    hasil = kolom.efisiensi(
        capaian=_wadah(backend, [capaian]),
        pagu=_wadah(backend, [10]),
        realisasi=[5],
        maksimum_capaian=batas,
    )
    skalar = sakip.efisiensi(capaian=capaian, pagu=10, realisasi=5, maksimum_capaian=batas)
    assert kolom.ke_desimal(hasil) == [skalar.nilai]


# -- 6. polars 128-bit integers --------------------------------------------------------------


def test_polars_int128_is_read_exactly() -> None:
    r = pl.Series([10**20, 19, None], dtype=pl.Int128)
    t = pl.Series([42, 26, 1])
    assert kolom.ke_desimal(kolom.capaian(realisasi=r, target=t)) == [
        sakip.capaian(realisasi=10**20, target=42),
        sakip.capaian(realisasi=19, target=26),
        None,
    ]
    assert kolom.capaian(realisasi=r, target=t).to_list() == kolom.capaian(
        realisasi=[10**20, 19, None], target=[42, 26, 1]
    )


@pytest.mark.parametrize("dtype", ["Int128", "UInt128"])
def test_polars_128_bit_labels_equal_the_list(dtype: str) -> None:
    jenis = getattr(pl, dtype)
    assert kolom.predikat(PERMENDAGRI_86_2017, pl.Series([75, 95], dtype=jenis)).to_list() == [
        "Sedang",
        "Sangat Tinggi",
    ]
    nilai = pl.Series([7500, None, 2**64], dtype=jenis)
    assert kolom.predikat(PERMENDAGRI_86_2017, nilai, tempat=2).to_list() == kolom.predikat(
        PERMENDAGRI_86_2017, [7500, None, 2**64], tempat=2
    )


def test_polars_int128_past_sakip_limits_is_refused_as_the_list_is() -> None:
    with pytest.raises(sakip.InvalidValueError, match=r"nilai\[0\] must be smaller than 10\*\*30"):
        kolom.predikat(PERMENDAGRI_86_2017, pl.Series([10**31], dtype=pl.Int128))


# -- 7. pandas results pickle ---------------------------------------------------------------


def test_pandas_result_pickles_with_its_unit() -> None:
    s = kolom.penyerapan(realisasi=pd.Series([1, 2]), pagu=pd.Series([3, 4]))
    df = pickle.loads(pickle.dumps(pd.DataFrame({"p": s})))
    assert df["p"].dtype == s.dtype
    assert df["p"].tolist() == s.tolist()
    assert (
        kolom.predikat(PERMENDAGRI_86_2017, df["p"]).tolist()
        == kolom.predikat(PERMENDAGRI_86_2017, s).tolist()
    )
    assert kolom.ke_desimal(pickle.loads(pickle.dumps(s))) == [Decimal("33.33"), Decimal("50.00")]


def test_pandas_array_class_of_any_unit_is_found_by_name() -> None:
    from sakip.kolom import _pandas

    kelas = _pandas.ScaledArray27  # what an unpickler asks for, maybe in a fresh process
    larik = kelas(np.array([1]), np.array([False]))
    assert kelas.__name__ == "ScaledArray27"
    assert larik.dtype.tempat == 27
    with pytest.raises(AttributeError):
        _pandas.ScaledArray31  # noqa: B018 - past sakip's places
    with pytest.raises(AttributeError):
        _pandas.ScaledArrayx  # noqa: B018


# -- 8. polars Decimal holds 38 digits ---------------------------------------------------------


def test_polars_result_past_38_digits_is_refused_before_polars() -> None:
    with pytest.raises(sakip.InvalidValueError, match=r"38 digits a polars Decimal.*lists") as e:
        kolom.capaian(realisasi=pl.Series([10**7]), target=pl.Series([1]), tempat=30)
    assert e.value.field == "tempat"
    # the same values as a list or numpy array: exact
    assert kolom.capaian(realisasi=[10**7], target=[1], tempat=30) == [
        sakip.capaian(realisasi=10**7, target=1, tempat=30)
    ]
    # a missing row holds no digits
    hasil = kolom.capaian(realisasi=pl.Series([1, None]), target=pl.Series([1, 1]), tempat=30)
    assert hasil.to_list() == [sakip.capaian(realisasi=1, target=1, tempat=30), None]


# -- 9. an object ScaledArray fed back ------------------------------------------------------------


def test_object_scaled_array_is_read_by_its_values() -> None:
    b = kolom.capaian(realisasi=np.array([75, 19]), target=np.array([3, 26]), tempat=29)
    assert b.dtype == object
    skalar = [
        sakip.capaian(realisasi=75, target=3, tempat=29),
        sakip.capaian(realisasi=19, target=26, tempat=29),
    ]
    assert kolom.ke_desimal(b) == skalar
    assert kolom.predikat(PERMENDAGRI_86_2017, b).tolist() == [
        PERMENDAGRI_86_2017.predikat(x) for x in skalar
    ]
    assert kolom.predikat(PERMENDAGRI_86_2017, b, tempat=29).tolist() == [
        "Sangat Tinggi",
        "Sedang",
    ]
    b[1] = np.ma.masked
    assert kolom.ke_desimal(b) == [skalar[0], None]


@pytest.mark.parametrize("backend", BACKEND)
def test_results_past_sakip_limits_are_refused_as_the_scalar_refuses_them(backend: str) -> None:
    c = kolom.capaian(realisasi=_wadah(backend, [10**29, 5]), target=_wadah(backend, [1, 1]))
    galat = _galat_skalar(lambda: PERMENDAGRI_86_2017.predikat(Decimal(10**31)))
    with pytest.raises(type(galat), match=r"nilai\[0\] must be smaller than 10\*\*30"):
        kolom.predikat(PERMENDAGRI_86_2017, c)
    assert _label(kolom.predikat(PERMENDAGRI_86_2017, c, errors="null")) == [
        None,
        PERMENDAGRI_86_2017.predikat(500),
    ]


@pytest.mark.parametrize("backend", ["numpy", "pandas"])
def test_bad_row_of_a_result_is_judged_by_its_value(backend: str) -> None:
    skala = Skala(
        nama="uji",
        sumber="uji",
        pita=[Pita(nama="A", bawah=60, atas=80), Pita(nama="B", bawah=80, atas=100)],
    )
    c = kolom.capaian(
        realisasi=_wadah(backend, [7, 70]), target=_wadah(backend, [1000, 100])
    )  # 0.70, 70.00
    galat = _galat_skalar(lambda: skala.predikat(Decimal("0.70")))
    with pytest.raises(type(galat)) as e:
        kolom.predikat(skala, c)
    assert str(e.value) == _di_baris(galat, 0)
    alasan: dict[int, str] = {}
    assert _label(kolom.predikat(skala, c, tempat=2, errors="null", alasan=alasan)) == [None, "A"]
    assert alasan == {0: str(galat)}


# -- 10. a numpy scalar or a Rentang broadcast ---------------------------------------------------


@pytest.mark.parametrize("backend", BACKEND)
@pytest.mark.parametrize(
    "target", [np.int64(42), np.float32(42.5), np.uint8(42), np.float64(42.5), np.int8(-1)]
)
def test_numpy_scalar_is_one_number_for_every_row(backend: str, target: Any) -> None:
    hasil = kolom.capaian(realisasi=_wadah(backend, [75, 19]), target=target, errors="null")
    harapan: list[Decimal | None] = []
    for r in (75, 19):
        try:
            harapan.append(sakip.capaian(realisasi=r, target=target))
        except sakip.SakipError:
            harapan.append(None)
    assert kolom.ke_desimal(hasil) == harapan


def test_numpy_scalar_in_every_column_function() -> None:
    assert kolom.persentase(pembilang=[1, 2], penyebut=np.int32(8)) == [
        sakip.persentase(pembilang=x, penyebut=8) for x in (1, 2)
    ]
    assert kolom.penyerapan(realisasi=np.uint16(5), pagu=[10, 20]) == [
        sakip.penyerapan(realisasi=5, pagu=p) for p in (10, 20)
    ]
    assert kolom.sisa_anggaran(pagu=[10], realisasi=np.int64(3)) == [Decimal(7)]
    assert kolom.efisiensi(capaian=[100, 179], pagu=np.int64(10), realisasi=np.float32(5)) == [
        sakip.efisiensi(capaian=c, pagu=np.int64(10), realisasi=np.float32(5)).nilai
        for c in (100, 179)
    ]


@pytest.mark.parametrize("nilai", [np.bool_(True), np.datetime64("2024-01-01"), np.str_("x")])
def test_numpy_scalar_that_is_no_number_is_refused_by_name(nilai: Any) -> None:
    with pytest.raises(sakip.SakipError, match=r"^target must"):
        kolom.capaian(realisasi=[75, 19], target=nilai)
    with pytest.raises(sakip.SakipError, match=r"^target must"):
        kolom.capaian(realisasi=[75, 19], target=nilai, errors="null")


@pytest.mark.parametrize("backend", BACKEND)
@pytest.mark.parametrize(
    ("target", "arah"),
    [
        (Rentang(bawah=80, atas=90), Arah.NAIK),
        (Rentang(bawah=80), Arah.NAIK),
        (Rentang(atas=49), Arah.TURUN),
    ],
)
def test_rentang_is_one_target_for_every_row(backend: str, target: Rentang, arah: Arah) -> None:
    realisasi = [92, 85, 70, 40]
    hasil = kolom.capaian(realisasi=_wadah(backend, realisasi), target=target, arah=arah)
    assert kolom.ke_desimal(hasil) == [
        sakip.capaian(realisasi=r, target=target, arah=arah) for r in realisasi
    ]


def test_rentang_broadcast_is_checked_as_an_argument() -> None:
    with pytest.raises(sakip.InvalidValueError, match=r"^arah must be Arah.TURUN"):
        kolom.capaian(realisasi=[1, 2], target=Rentang(atas=49), errors="null")
    with pytest.raises(sakip.InvalidTypeError, match=r"^penyebut must be a number"):
        kolom.persentase(pembilang=[1, 2], penyebut=Rentang(bawah=1), errors="null")
    with pytest.raises(sakip.InvalidTypeError, match=r"^realisasi must be a number"):
        kolom.capaian(realisasi=Rentang(bawah=1), target=[1, 2])


def test_scalar_efisiensi_takes_numpy_numbers() -> None:
    assert (
        sakip.efisiensi(capaian=100, pagu=np.int64(10), realisasi=5).nilai
        == sakip.efisiensi(capaian=100, pagu=10, realisasi=5).nilai
    )
    assert sakip.efisiensi(capaian=np.float32(98.48), pagu=10, realisasi=5).nilai == Decimal(
        "48.48"
    )
    with pytest.raises(sakip.InvalidTypeError, match=r"^pagu must be a number"):
        sakip.efisiensi(capaian=100, pagu=np.bool_(True), realisasi=5)


# every test of this module on both column paths (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("jalur_kolom")
