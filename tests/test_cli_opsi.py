"""The command's options: each read one way, each refusal naming the option as typed."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from sakip import PERMENDAGRI_86_2017, capaian, efisiensi, penyerapan
from sakip._eksak import MAKS_TEMPAT
from sakip.cli import main
from tests._perintah import ditolak as _ditolak
from tests._perintah import jalankan as _jalankan

#: One call of each command that computes a figure to some places, valid as it is.
_DENGAN_TEMPAT = (
    ("capaian", "--realisasi", "1", "--target", "3"),
    ("penyerapan", "--realisasi", "1", "--pagu", "3"),
    ("efisiensi", "--capaian", "100", "--pagu", "3", "--realisasi", "1"),
)

#: Counts that are not plain ASCII digits within the limits.
_BUKAN_CACAH = (
    "2%",
    "2,0",
    "2.0",
    "-1",
    "+2",
    "²",
    "٣",
    "",
    " 2",
    "2 ",
    "(2)",
    "Rp 2",
    "2e0",
    "0x2",
    "1_0",
    "9" * 5000,
)


# -- --tempat: a count, in digits -------------------------------------------------------


@pytest.mark.parametrize("perintah", _DENGAN_TEMPAT, ids=lambda a: a[0])
@pytest.mark.parametrize("tempat", [*_BUKAN_CACAH, str(MAKS_TEMPAT + 1), "100"])
@pytest.mark.parametrize("pemisah", [(), ("--pemisah-desimal", ","), ("--pemisah-desimal", ".")])
def test_tempat_takes_plain_digits_only(
    perintah: tuple[str, ...], tempat: str, pemisah: tuple[str, ...]
) -> None:
    galat = _ditolak(*perintah, *pemisah, "--tempat", tempat)
    assert f"argument --tempat: must be a whole number from 0 to {MAKS_TEMPAT}, in digits" in galat


@pytest.mark.parametrize("perintah", _DENGAN_TEMPAT, ids=lambda a: a[0])
def test_tempat_written_as_equals_is_refused_alike(perintah: tuple[str, ...]) -> None:
    assert "argument --tempat" in _ditolak(*perintah, "--tempat=-1")


@given(st.integers(0, MAKS_TEMPAT), st.integers(0, 3))
def test_every_allowed_count_of_places_is_the_librarys(tempat: int, nol: int) -> None:
    teks = "0" * nol + str(tempat)
    c = capaian(realisasi=1, target=3, tempat=tempat)
    dinilai = "" if tempat == 2 else " of 33,33%"  # the predikat rates 2 places
    assert _jalankan("capaian", "--realisasi", "1", "--target", "3", "--tempat", teks)[1] == (
        f"capaian {str(c).replace('.', ',')}%  predikat Sangat Rendah{dinilai} "
        "(Permendagri 86/2017 Kriteria Penilaian Realisasi Kinerja)\n"
    )
    p = penyerapan(realisasi=1, pagu=3, tempat=tempat)
    assert _jalankan("penyerapan", "--realisasi", "1", "--pagu", "3", "--tempat", teks)[1] == (
        f"penyerapan {str(p).replace('.', ',')}%  sisa anggaran Rp 2\n"
    )
    e = efisiensi(capaian=100, pagu=3, realisasi=1, tempat=tempat)
    assert _jalankan(
        "efisiensi", "--capaian", "100", "--pagu", "3", "--realisasi", "1", "--tempat", teks
    )[1].startswith(f"efisiensi {str(e.nilai).replace('.', ',')}%  Rp 2  Efisien")


#: Text near a count: digits with the marks baca reads (sign, separators, %, Rp, brackets).
_DEKAT_CACAH = st.text(alphabet=st.sampled_from("0123456789%,.+-() Rp²٣"), max_size=6)


@given(st.one_of(_DEKAT_CACAH, st.text(max_size=8)))
def test_a_count_is_digits_or_refused(teks: str) -> None:
    status, _, galat = _jalankan("penyerapan", "--realisasi", "1", "--pagu", "3", "--tempat", teks)
    boleh = teks.isascii() and teks.isdigit() and int(teks) <= MAKS_TEMPAT
    if boleh:
        assert status == 0
    else:
        assert status == 2
        assert galat.count("\n") == 1
        assert "--tempat" in galat


# -- --jobs: a count, in digits -----------------------------------------------------------


@pytest.mark.parametrize("jobs", [*_BUKAN_CACAH, "0", "00", "10001"])
def test_jobs_takes_plain_digits_only(jobs: str) -> None:
    galat = _ditolak("audit", "--jobs", jobs)
    assert "argument --jobs: must be a whole number from 1 to 10000, in digits" in galat


# -- errors raised inside the library name the option as typed ----------------------------


@pytest.mark.parametrize(
    ("args", "awal"),
    [
        (("capaian", "--realisasi", "1", "--target", "0"), "--target must not be 0"),
        (("capaian", "--realisasi", "1", "--target", "-3"), "--target must be >= 0"),
        (("capaian", "--realisasi", "1", "--target", "3", "--maksimum", "50"), "--maksimum "),
        (
            (
                "capaian",
                "--realisasi",
                "0",
                "--target",
                "3",
                "--arah",
                "turun",
                "--metode",
                "rasio",
            ),
            "--realisasi must not be 0",
        ),
        (
            (
                "capaian",
                "--realisasi",
                "-1",
                "--target",
                "3",
                "--arah",
                "turun",
                "--metode",
                "rasio",
            ),
            "--realisasi must be >= 0",
        ),
        (("penyerapan", "--realisasi", "1", "--pagu", "-3"), "--pagu must be >= 0"),
        (("penyerapan", "--realisasi", "1", "--pagu", "0"), "--pagu must not be 0"),
        (("penyerapan", "--realisasi", "-1", "--pagu", "3"), "--realisasi must be >= 0"),
        (("penyerapan", "--realisasi", "1,5", "--pagu", "3"), "--realisasi must be a whole"),
        (("penyerapan", "--realisasi", "5", "--pagu", "3"), "--realisasi must not exceed"),
        (("penyerapan", "--realisasi", "1", "--pagu", "9" * 40), "--pagu must be smaller"),
        (("efisiensi", "--capaian", "100", "--pagu", "0", "--realisasi", "0"), "--pagu must not"),
        (("efisiensi", "--capaian", "100", "--pagu", "-1", "--realisasi", "0"), "--pagu must be"),
        (
            (
                "efisiensi",
                "--capaian",
                "100",
                "--pagu",
                "1",
                "--realisasi",
                "0",
                "--maksimum-capaian",
                "99",
            ),
            "--maksimum-capaian must be >= 100",
        ),
        (
            (
                "efisiensi",
                "--capaian",
                "-1",
                "--pagu",
                "1",
                "--realisasi",
                "0",
                "--metode",
                "kemenkeu",
            ),
            "--capaian must be >= 0",
        ),
        (
            (
                "efisiensi",
                "--capaian",
                "1",
                "--pagu",
                "-1",
                "--realisasi",
                "0",
                "--metode",
                "kemenkeu",
            ),
            "--pagu must be >= 0",
        ),
        (
            (
                "efisiensi",
                "--capaian",
                "1",
                "--pagu",
                "1",
                "--realisasi",
                "-1",
                "--metode",
                "kemenkeu",
            ),
            "--realisasi must be >= 0",
        ),
        (
            (
                "efisiensi",
                "--capaian",
                "0",
                "--pagu",
                "1",
                "--realisasi",
                "0",
                "--metode",
                "kemenkeu",
            ),
            "--pagu x --capaian must not sum to 0",
        ),
        (("terbilang", "1" + "0" * 18), "nilai must be smaller than 10**18"),
    ],
)
def test_a_library_refusal_names_the_option_as_typed(args: tuple[str, ...], awal: str) -> None:
    assert _ditolak(*args).startswith(f"sakip: error: {awal}")


#: What each number command's user types, by option: a value refused anywhere below must
#: be named by one of these (or by argparse's "argument --x").
_NAMA: dict[str, tuple[str, ...]] = {
    "capaian": ("--realisasi", "--target", "--maksimum", "--metode", "--tempat"),
    "penyerapan": ("--realisasi", "--pagu", "--tempat"),
    "efisiensi": ("--capaian", "--pagu", "--realisasi", "--maksimum-capaian", "--tempat"),
    "terbilang": ("nilai",),
}
_ANGKA = st.sampled_from(
    ["0", "1", "-1", "3", "100", "1,5", "50%", "Rp 5", "(5)", "1.500", "x", "9" * 40, "0,0"]
)


_ARAH = st.sampled_from(["naik", "turun"])


def _opsi(
    perintah: str, **lain: st.SearchStrategy[str]
) -> st.SearchStrategy[tuple[str, dict[str, str]]]:
    """A command and some of its options, each with a value (a required one may be missing)."""
    angka = dict.fromkeys((n for n in _NAMA[perintah] if n != "--tempat"), _ANGKA)
    angka.update({f"--{k.replace('_', '-')}": v for k, v in lain.items()})
    return st.tuples(st.just(perintah), st.fixed_dictionaries({}, optional=angka))


@given(
    st.one_of(
        _opsi("capaian", arah=_ARAH, metode=st.sampled_from(["selisih", "rasio"])),
        _opsi("penyerapan"),
        _opsi(
            "efisiensi", metode=st.sampled_from(["selisih capaian", "kemenkeu", "sisa anggaran"])
        ),
    )
)
def test_every_refusal_of_a_number_command_names_a_typed_option(
    perintah_opsi: tuple[str, dict[str, str]],
) -> None:
    perintah, opsi = perintah_opsi
    args = [perintah]
    for nama, nilai in opsi.items():
        args += [nama, nilai]
    status, _, galat = _jalankan(*args)
    if status == 0:
        return
    assert status == 2
    assert galat.count("\n") == 1
    assert "Traceback" not in galat
    if galat.startswith("sakip: error: "):  # sakip's own refusal, not argparse's
        medan = galat.removeprefix("sakip: error: ").split(" ", 1)[0]
        assert medan in _NAMA[perintah], galat


@given(_ANGKA, st.sampled_from([(), ("--rupiah",), ("--pemisah-desimal", ",")]))
def test_every_refusal_of_terbilang_names_its_positional(
    nilai: str, lain: tuple[str, ...]
) -> None:
    status, _, galat = _jalankan("terbilang", *lain, nilai)
    if status != 0:
        assert galat.startswith("sakip: error: nilai "), galat
        assert galat.count("\n") == 1


def test_the_positional_is_named_as_help_shows_it(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["terbilang", "--help"])
    assert "\npositional arguments:\n  nilai\n" in capsys.readouterr().out


# -- option combinations that would do nothing, or be refused in Python's words ------------


@pytest.mark.parametrize(
    ("args", "pesan"),
    [
        (
            ("capaian", "--realisasi", "1", "--target", "3", "--metode", "rasio"),
            "--metode goes with --arah turun only, not --arah naik",
        ),
        (
            (
                "capaian",
                "--realisasi",
                "1",
                "--target",
                "3",
                "--arah",
                "naik",
                "--metode",
                "selisih",
            ),
            "--metode goes with --arah turun only, not --arah naik",
        ),
        (
            (
                "efisiensi",
                "--capaian",
                "100",
                "--pagu",
                "3",
                "--realisasi",
                "1",
                "--metode",
                "kemenkeu",
                "--maksimum-capaian",
                "100",
            ),
            "--maksimum-capaian goes with --metode 'selisih capaian' only, not --metode kemenkeu",
        ),
        (
            (
                "efisiensi",
                "--capaian",
                "100",
                "--pagu",
                "3",
                "--realisasi",
                "1",
                "--metode",
                "sisa anggaran",
                "--maksimum-capaian",
                "100",
            ),
            "--maksimum-capaian goes with --metode 'selisih capaian' only, "
            "not --metode 'sisa anggaran'",
        ),
        (("audit", "--output", "x.xlsx"), "--output goes with --format xlsx only"),
        (("audit", "--format", "xlsx"), "--format xlsx takes one E.81 workbook and --output"),
    ],
)
def test_an_option_that_does_not_go_with_another_is_refused(
    args: tuple[str, ...], pesan: str
) -> None:
    assert _ditolak(*args).startswith(f"sakip: error: {pesan}")


def test_the_combinations_that_go_together_still_run() -> None:
    turun = ("capaian", "--realisasi", "9", "--target", "8", "--arah", "turun")
    assert _jalankan(*turun, "--metode", "rasio")[1].startswith("capaian 88,89%")
    efis = ("efisiensi", "--capaian", "179", "--pagu", "93.568.000", "--realisasi", "92.944.034")
    assert _jalankan(*efis, "--metode", "selisih capaian", "--maksimum-capaian", "100")[
        1
    ].startswith("efisiensi 0,67%")


# -- units: a percent sign is not dropped where the figure is Rupiah or words --------------


@pytest.mark.parametrize(
    ("args", "opsi"),
    [
        (("penyerapan", "--realisasi", "50%", "--pagu", "100"), "--realisasi"),
        (("penyerapan", "--realisasi", "50", "--pagu", "100 %"), "--pagu"),
        (("penyerapan", "--realisasi", "(5%)", "--pagu", "100"), "--realisasi"),
        (("efisiensi", "--capaian", "100", "--pagu", "100%", "--realisasi", "5"), "--pagu"),
        (("efisiensi", "--capaian", "100", "--pagu", "100", "--realisasi", "5%"), "--realisasi"),
        (("penyerapan", "--realisasi", "50 persen", "--pagu", "100"), "--realisasi"),
        (("penyerapan", "--realisasi", "5", "--pagu", "(100 Persen)"), "--pagu"),
    ],
)
def test_an_amount_of_rupiah_is_no_percentage(args: tuple[str, ...], opsi: str) -> None:
    galat = _ditolak(*args)
    assert galat.startswith(f"sakip: error: {opsi} must be an amount of Rupiah, not a percentage")


@pytest.mark.parametrize("nilai", ["50%", "12,5%", "-3%", "50 persen"])
def test_terbilang_does_not_drop_a_percent_sign(nilai: str) -> None:
    assert _ditolak("terbilang", nilai).startswith(
        "sakip: error: nilai must be a number without '%'"
    )


def test_a_percentage_where_one_belongs_is_still_read() -> None:
    assert _jalankan("capaian", "--realisasi", "98,48%", "--target", "100%")[1].startswith(
        "capaian 98,48%"
    )
    assert _jalankan(
        "efisiensi", "--capaian", "179%", "--pagu", "93.568.000", "--realisasi", "92.944.034"
    )[1].startswith("efisiensi 79,67%")


def test_a_scale_that_cannot_rate_the_capaian_is_named_as_typed() -> None:
    # the IDM scale rates indices from 0 to 1, not a capaian of 50%: the option is named,
    # not the library's "nilai"
    galat = _ditolak(
        "capaian", "--realisasi", "5", "--target", "10", "--skala", "permendesa-2-2016"
    )
    assert galat.startswith("sakip: error: --skala must rate capaian 50,00%: must lie within")
    assert "Decimal(" not in galat


@given(
    # near a band's lower bound, where rounding to fewer places crosses it
    realisasi=st.builds(
        lambda batas, geser: batas + geser,
        st.sampled_from([Decimal(b) for b in (51, 66, 76, 91)]),
        st.decimals(min_value=-1, max_value=1, places=3),
    ),
    tempat=st.integers(0, 6),
)
@example(realisasi=Decimal("90.6"), tempat=0)
def test_the_predikat_does_not_depend_on_the_places_shown(realisasi: Decimal, tempat: int) -> None:
    """``--tempat`` rounds what is shown; the predikat rates the capaian rounded once to 2
    places, as the audit does (a review found 90,6 rated Sangat Tinggi at 0 places, shown
    91, and Tinggi at 1, 2 or 4)."""
    teks = f"{realisasi:f}".replace(".", ",")
    keluaran = _jalankan(
        "capaian", "--realisasi", teks, "--target", "100", "--tempat", str(tempat)
    )
    dua = capaian(realisasi=realisasi, target=100, tempat=2)
    assert f"predikat {PERMENDAGRI_86_2017.predikat(dua)} " in keluaran[1]


@pytest.mark.parametrize(
    ("realisasi", "skala"),
    [
        ("0,4910", "permendesa-2-2016"),
        ("0,5985", "permendesa-2-2016"),
        ("90,6", "permendagri-86-2017"),
        ("50,5", "permendagri-86-2017"),
    ],
)
@pytest.mark.parametrize("tempat", ["0", "2", "4"])
def test_the_command_rates_as_the_audit_and_the_columns(
    realisasi: str, skala: str, tempat: str
) -> None:
    """One value, one predikat on every path: the command, kolom.predikat of kolom.capaian
    at the scale's places (and the audit, which rates at the same places: 2, or the IDM's
    4), whatever --tempat shows. A review found the command rating the IDM at 4 places
    while the others rated 2; all now rate at 4, where the IDM's bounds lie (0,4910 is
    Tertinggal, above 0,4907; at 2 places, 0,49, it would be Sangat Tertinggal)."""
    from sakip import kolom
    from sakip.audit._tulis import tempat_nilai
    from sakip.skala import skala_bernama

    keluaran = _jalankan(
        "capaian",
        "--realisasi",
        realisasi,
        "--target",
        "100",
        "--skala",
        skala,
        "--tempat",
        tempat,
    )[1]
    acuan = skala_bernama(skala.upper().replace("-", "_"))
    c = kolom.capaian(
        realisasi=[Decimal(realisasi.replace(",", "."))], target=[100], tempat=tempat_nilai(acuan)
    )
    [harap] = kolom.predikat(acuan, c)
    assert f"predikat {harap} " in keluaran
    if realisasi == "0,4910":
        assert "predikat Tertinggal " in keluaran
