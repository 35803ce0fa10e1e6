"""The command speaks its own terms: every refusal names options and choices as typed.

The library's messages name its own fields and choices (``pagu``, ``Arah.NAIK``,
``MetodeTurun.RASIO``); a user at the command line typed ``--pagu 3``, ``--arah naik``
and ``--metode rasio``, and the command's refusals say those.
"""

from __future__ import annotations

import argparse
import re
import shlex
import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip import capaian, cli, efisiensi, penyerapan
from sakip.anggaran import _RULE_PENYERAPAN, MetodeEfisiensi
from sakip.errors import InvalidValueError, NotComputableError, Rule, SakipError
from sakip.kinerja import Arah, MetodeTurun
from tests._perintah import ditolak
from tests._perintah import jalankan as _jalankan


def _ditolak(*args: str) -> str:
    """The message of a refusal (one line, exit 2, nothing on stdout), without its prefix."""
    galat = ditolak(*args)
    assert galat.startswith("sakip: error: "), galat
    return galat.removeprefix("sakip: error: ").removesuffix("\n")


#: How the library names its own fields and choices, and Python's reprs: none of these
#: is typed at the command line, so none may appear in what the command prints.
_ISTILAH_PUSTAKA = re.compile(
    r"Arah\.|MetodeTurun|MetodeEfisiensi|Decimal\(|Fraction\(|pemisah_desimal|kosong=|"
    r"\(got \[|\bNone\b|(?<![-\w])(?:pagu|realisasi|target|maksimum(?:_capaian)?) -?\d"
)

_NAIK = (
    "capaian = realisasi / target x 100 (--arah naik), PermenPANRB 8/2021, "
    "Lampiran BAB VI A.1.b.1)(e) (capaian IKI, kondisi normal)"
)
_SELISIH = (
    "capaian = (2 x target - realisasi) / target x 100 (--arah turun, --metode selisih), "
    "PermenPANRB 8/2021, Lampiran BAB VI, capaian IKI kondisi khusus (applied by analogy)"
)
_RASIO = (
    "capaian = target / realisasi x 100 (--arah turun, --metode rasio), "
    "local practice, seen in several e-SAKIP applications"
)
_PAGU = "belanja is bounded by the pagu of the DPA, PP 12/2019 Pasal 124 ayat (1) (unverified)"
#: The rule as the library cites it: no library name in it, so the command keeps it.
_PENYERAPAN = _RULE_PENYERAPAN

#: Every subcommand with each rule it can break, and the one line it prints (after
#: "sakip: error: "). The rules of the library come first for each command, then the
#: command's own.
_PESAN: tuple[tuple[str, str], ...] = (
    # capaian: sakip.kinerja.capaian
    (
        "capaian --realisasi 5 --target 0",
        f"--target must not be 0 for --arah naik (nothing was planned) (got '0'); {_NAIK}",
    ),
    (
        "capaian --realisasi -1,5 --target 0 --arah turun",
        "--target must not be 0 with --realisasi -1,5 for --arah turun (only a realisasi of 0 "
        f"meets a target of 0) (got '0'); {_SELISIH}",
    ),
    (
        "capaian --realisasi 5 --target 0 --arah turun --metode rasio",
        "--target must not be 0 with --realisasi 5 for --arah turun (only a realisasi of 0 "
        f"meets a target of 0) (got '0'); {_RASIO}",
    ),
    (
        "capaian --realisasi 0 --target 3 --arah turun --metode rasio",
        f"--realisasi must not be 0 for --metode rasio (got '0'); {_RASIO}",
    ),
    (
        "capaian --realisasi -1 --target 3 --arah turun --metode rasio",
        f"--realisasi must be >= 0 (got '-1'); {_RASIO}",
    ),
    ("capaian --realisasi 5 --target -1", "--target must be >= 0 (got '-1')"),
    (
        "capaian --realisasi 5 --target 3 --maksimum 50",
        "--maksimum must be >= 100 (a cap below 100 would hide unmet targets) (got '50')",
    ),
    (
        "capaian --realisasi 5 --target 3 --maksimum 'Rp 120'",
        "--maksimum must be a percentage, not an amount of Rupiah (got 'Rp 120')",
    ),
    (
        "capaian --realisasi 1.500 --target 3",
        "--realisasi is ambiguous (one dot, no comma): it reads 1500 with --pemisah-desimal , "
        "(dots group thousands, a comma marks decimals), and reads 1,5 with "
        "--pemisah-desimal . (a dot is the decimal point); choose one (got '1.500')",
    ),
    (
        "capaian --realisasi 5 --target 3 --metode rasio",
        "--metode goes with --arah turun only, not --arah naik (it chooses the formula of a "
        "lower-is-better indicator) (got 'rasio')",
    ),
    (
        "capaian --realisasi 5 --target 10 --skala permendesa-2-2016",
        "--skala must rate capaian 50,00%: must lie within the scale 'Status Desa menurut "
        "Indeks Desa Membangun' ([0, 1]) (got 'permendesa-2-2016')",
    ),
    # penyerapan: sakip.anggaran.penyerapan and sisa_anggaran
    (
        "penyerapan --realisasi 4 --pagu 3",
        f"--realisasi must not exceed --pagu 3 (got '4'); {_PAGU}",
    ),
    (
        "penyerapan --realisasi 3.000.001 --pagu 3.000.000",
        f"--realisasi must not exceed --pagu 3.000.000 (got '3.000.001'); {_PAGU}",
    ),
    ("penyerapan --realisasi 1 --pagu 0", f"--pagu must not be 0 (got '0'); {_PENYERAPAN}"),
    ("penyerapan --realisasi 1 --pagu -1", "--pagu must be >= 0 (got '-1')"),
    (
        "penyerapan --realisasi 1,5 --pagu 3",
        "--realisasi must be a whole number of Rupiah (got '1,5')",
    ),
    (
        "penyerapan --realisasi 50% --pagu 3",
        "--realisasi must be an amount of Rupiah, not a percentage (got '50%')",
    ),
    # efisiensi: sakip.anggaran.efisiensi, each method
    (
        "efisiensi --capaian 100 --pagu 'Rp 3' --realisasi 'Rp 4'",
        f"--realisasi must not exceed --pagu 'Rp 3' (got 'Rp 4'); {_PAGU}",
    ),
    (
        "efisiensi --capaian 100 --pagu 3 --realisasi 4 --metode 'sisa anggaran'",
        f"--realisasi must not exceed --pagu 3 (got '4'); {_PAGU}",
    ),
    (
        "efisiensi --capaian 100 --pagu 0 --realisasi 0",
        f"--pagu must not be 0 (got '0'); {_PENYERAPAN}",
    ),
    (
        "efisiensi --capaian 0 --pagu 3 --realisasi 1 --metode kemenkeu",
        "--pagu x --capaian must not sum to 0 (got 0); E = sum(pagu x capaian - realisasi) / "
        "sum(pagu x capaian), PMK 62/2023, Pasal 245, Pasal 246 ayat (4) huruf b dan ayat (7) "
        "(efisiensi)",
    ),
    (
        "efisiensi --capaian -1 --pagu 3 --realisasi 1 --metode kemenkeu",
        "--capaian must be >= 0 (got '-1')",
    ),
    (
        "efisiensi --capaian 100 --pagu 3 --realisasi 1 --maksimum-capaian 99",
        "--maksimum-capaian must be >= 100 (a cap below 100 would hide unmet targets) (got '99')",
    ),
    (
        "efisiensi --capaian 'Rp 100' --pagu 3 --realisasi 1",
        "--capaian must be a percentage, not an amount of Rupiah (got 'Rp 100')",
    ),
    (
        "efisiensi --capaian 100 --pagu 3 --realisasi 1 --maksimum-capaian 100,-",
        "--maksimum-capaian must be a percentage, not an amount of Rupiah (got '100,-')",
    ),
    (
        "efisiensi --capaian 100 --pagu 3 --realisasi 1 --metode kemenkeu --maksimum-capaian 100",
        "--maksimum-capaian goes with --metode 'selisih capaian' only, not --metode kemenkeu "
        "(the other methods take --capaian uncapped) (got '100')",
    ),
    # terbilang: sakip.angka.terbilang
    (
        "terbilang 50%",
        "nilai must be a number without '%' or 'persen' (terbilang writes no unit) (got '50%')",
    ),
    (
        "terbilang 1" + "0" * 30,
        "nilai must be smaller than 10**30 in magnitude with at most 30 decimal places "
        f"(got '1{'0' * 30}'); sakip number limits",
    ),
    # audit and lke: the command's own rules, and a file's
    ("audit --output x.xlsx", "--output goes with --format xlsx only (got 'x.xlsx')"),
    (
        "audit --format xlsx a.xlsx b.xlsx",
        "--format xlsx takes one E.81 workbook and --output FILE (the marked copy) "
        "(got 'a.xlsx b.xlsx')",
    ),
    ("lke tidak-ada.toml", "tidak-ada.toml must exist (got 'tidak-ada.toml')"),
)


@pytest.mark.parametrize(("perintah", "pesan"), _PESAN, ids=[p for p, _ in _PESAN])
def test_each_refusal_is_one_line_in_the_commands_terms(perintah: str, pesan: str) -> None:
    dicetak = _ditolak(*shlex.split(perintah))
    assert not _ISTILAH_PUSTAKA.search(dicetak), dicetak
    assert dicetak == pesan


def test_every_subcommand_is_in_the_table() -> None:
    diuji = {shlex.split(p)[0] for p, _ in _PESAN}
    assert diuji == {"audit", "capaian", "penyerapan", "efisiensi", "terbilang", "lke"}


def test_every_row_of_the_tables_is_reached_by_what_the_library_raises(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the tables key on the identifier of a rule (SakipError.rule_id), not its text: a rule
    # whose identifier the library drops or changes would leave its row unreached
    dicapai: set[object] = set()
    asli = cli._pesan

    def catat(e: SakipError, args: object) -> str:
        dicapai.add((type(e), e.field, e.rule_id))
        dicapai.add(e.rule_id)
        return asli(e, args)  # type: ignore[arg-type]

    monkeypatch.setattr(cli, "_pesan", catat)
    for perintah, _ in _PESAN:
        _jalankan(*shlex.split(perintah))
    assert set(cli._SYARAT) <= dicapai
    assert set(cli._RUMUS) <= dicapai


def test_the_library_keeps_its_own_terms() -> None:
    # other programs import the library: its messages are not the command's
    with pytest.raises(SakipError, match=r"^target must not be 0 for Arah\.NAIK "):
        capaian(realisasi=5, target=0)
    with pytest.raises(SakipError, match=r"^realisasi must not be 0 for MetodeTurun\.RASIO"):
        capaian(realisasi=0, target=3, arah=Arah.TURUN, metode=MetodeTurun.RASIO)
    with pytest.raises(SakipError, match=r"^realisasi must not exceed pagu 3 \(got 4\)"):
        penyerapan(realisasi=4, pagu=3)
    with pytest.raises(SakipError, match=r"^maksimum_capaian must be None for MetodeEfisiensi"):
        efisiensi(
            capaian=1, pagu=3, realisasi=1, metode=MetodeEfisiensi.KEMENKEU, maksimum_capaian=100
        )


# -- the tables --------------------------------------------------------------------------


def test_each_requirement_names_only_what_the_table_maps() -> None:
    for teks in cli._SYARAT.values():
        nama = {n for _, n, _, _ in string.Formatter().parse(teks) if n}
        assert nama, teks  # a requirement naming nothing else needs no row
        assert nama <= set(cli._ISTILAH), teks


@pytest.mark.parametrize(
    ("opsi", "jenis"),
    [("--arah", Arah), ("--metode", MetodeTurun), ("--metode", MetodeEfisiensi)],
)
def test_each_choice_of_the_library_is_named_as_the_command_takes_it(
    opsi: str, jenis: type[Arah | MetodeTurun | MetodeEfisiensi]
) -> None:
    for pilihan in jenis:
        istilah = cli._ISTILAH[pilihan]
        assert shlex.split(istilah) == [opsi, pilihan.value]


# -- percentages refuse a Rupiah mark, as Rupiah refuse "%" -------------------------------

#: Each option whose figure is a percentage, in a call that runs with 100 there.
_PERSEN = {
    "--maksimum": ("capaian", "--realisasi", "5", "--target", "3", "--maksimum"),
    "--capaian": ("efisiensi", "--pagu", "3", "--realisasi", "1", "--capaian"),
    "--maksimum-capaian": (
        "efisiensi",
        "--capaian",
        "100",
        "--pagu",
        "3",
        "--realisasi",
        "1",
        "--maksimum-capaian",
    ),
}
_BERTANDA_RUPIAH = (
    "Rp 100",
    "Rp. 100",
    "rp100",
    "RP 100",
    "100,-",
    "Rp 100,-",
    "(Rp 100)",
    "Rp (100)",
    "-Rp 100",
    "Rp 1.000",
)


@pytest.mark.parametrize("opsi", sorted(_PERSEN))
@pytest.mark.parametrize("nilai", _BERTANDA_RUPIAH)
def test_a_percentage_is_no_amount_of_rupiah(opsi: str, nilai: str) -> None:
    assert _ditolak(*_PERSEN[opsi], nilai) == (
        f"{opsi} must be a percentage, not an amount of Rupiah (got {nilai!r})"
    )


@given(st.integers(100, 10**9), st.sampled_from(sorted(_PERSEN)))
def test_a_percentage_is_read_without_the_mark_and_refused_with_it(n: int, opsi: str) -> None:
    assert _jalankan(*_PERSEN[opsi], str(n))[0] == 0
    assert _jalankan(*_PERSEN[opsi], f"{n}%")[0] == 0
    assert _jalankan(*_PERSEN[opsi], f"Rp {n}")[0] == 2


@pytest.mark.parametrize(
    "args", [("--realisasi", "Rp 5", "--target", "3"), ("--realisasi", "5", "--target", "Rp 3")]
)
def test_an_indicators_own_figures_may_be_rupiah(args: tuple[str, ...]) -> None:
    # a capaian's realisasi and target are the indicator's figures, in any unit
    assert _jalankan("capaian", *args)[1].startswith("capaian 166,67%")


# -- every refusal, of any input: one line, the command's terms ---------------------------

_ANGKA = st.sampled_from(
    ["0", "1", "-1", "3", "100", "1,5", "50%", "Rp 5", "100,-", "(5)", "1.500", "x", "9" * 40]
)


def _opsi(
    perintah: str, nama: tuple[str, ...], **pilihan: tuple[str, ...]
) -> st.SearchStrategy[list[str]]:
    """A command with some of its options, each with a value (a required one may be missing)."""
    semua: dict[str, st.SearchStrategy[str]] = dict.fromkeys(nama, _ANGKA)
    semua.update({f"--{k}": st.sampled_from(v) for k, v in pilihan.items()})
    return st.fixed_dictionaries({}, optional=semua).map(
        lambda d: [perintah, *(x for k, v in d.items() for x in (k, v))]
    )


@given(
    st.one_of(
        _opsi(
            "capaian",
            ("--realisasi", "--target", "--maksimum"),
            arah=("naik", "turun"),
            metode=("selisih", "rasio"),
        ),
        _opsi("penyerapan", ("--realisasi", "--pagu")),
        _opsi(
            "efisiensi",
            ("--capaian", "--pagu", "--realisasi", "--maksimum-capaian"),
            metode=tuple(m.value for m in MetodeEfisiensi),
        ),
    )
)
def test_no_refusal_of_any_input_names_the_library(args: list[str]) -> None:
    status, _, galat = _jalankan(*args)
    if status == 0:
        return
    assert status == 2
    assert galat.count("\n") == 1, galat
    assert "Traceback" not in galat
    assert not _ISTILAH_PUSTAKA.search(galat), galat


@pytest.mark.parametrize("teks", ["Rp 5", "5,-", "Rp5.000,-", "rp 5"])
def test_terbilang_refuses_a_rupiah_mark_without_the_rupiah_option(
    teks: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["terbilang", teks]) == 2
    err = capsys.readouterr().err
    assert err == (
        "sakip: error: nilai must be a number without 'Rp' or ',-' unless --rupiah is given "
        f"(which writes 'rupiah') (got {teks!r})\n"
    )
    assert cli.main(["terbilang", teks, "--rupiah"]) == 0
    assert capsys.readouterr().out.endswith(" rupiah\n")


@pytest.mark.parametrize(
    ("args", "galat", "pesan"),
    [
        (
            {"perintah": "capaian", "realisasi": "5", "target": "0", "arah": "naik"},
            NotComputableError(
                field="target",
                value=0,
                expected="must not be 0 for Arah.NAIK (nothing was planned)",
                rule=Rule("reworded: capaian, PermenPANRB 8/2021 (Arah.NAIK)", id="capaian.naik"),
            ),
            f"--target must not be 0 for --arah naik (nothing was planned) (got '0'); {_NAIK}",
        ),
        (
            {"perintah": "penyerapan", "realisasi": "4", "pagu": "3"},
            InvalidValueError(
                field="realisasi",
                value=4,
                expected="must not exceed pagu 3",
                rule=Rule("reworded: belanja within its pagu", id="anggaran.batas_pagu"),
            ),
            "--realisasi must not exceed --pagu 3 (got '4'); reworded: belanja within its pagu",
        ),
    ],
    ids=["capaian.naik", "anggaran.batas_pagu"],
)
def test_the_command_keys_on_a_rules_identifier_not_its_text(
    args: dict[str, str | None], galat: SakipError, pesan: str
) -> None:
    # a citation corrected in the library (its text reworded) keeps the command's message
    assert cli._pesan(galat, argparse.Namespace(**args)) == pesan
