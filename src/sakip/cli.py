"""The ``sakip`` command: audit reports, or compute one figure.

Usage::

    sakip audit [FILE|FOLDER ...] [--format text|json|markdown|xlsx] [--output PATH]
                [--strict] [--jobs N]
    sakip capaian --realisasi 75 --target 42 [--arah turun] [--metode rasio]
    sakip penyerapan --realisasi 13.628.836.667 --pagu 13.904.271.740
    sakip efisiensi --capaian 179 --pagu 93568000 --realisasi 92944034 [--maksimum-capaian 100]
    sakip terbilang 13904271740 [--rupiah]
    sakip lke FILE [--format text|json|markdown] [--kosong-nol]

Every number typed on the command is read by :func:`sakip.angka.baca`'s rule;
an ambiguous one ("1.500") is refused with both readings, and
``--pemisah-desimal ,`` or ``--pemisah-desimal .`` chooses. Negative numbers
are typed as they are written (``--realisasi -1,41``). A count (``--tempat``,
``--jobs``) is plain digits. A percentage (``--maksimum``, efisiensi's
``--capaian``) refuses a Rupiah mark, as an amount of Rupiah refuses "%". A
refusal speaks the command's terms: it names each value as it was typed, with
its option (``--pagu 3.000``, ``--arah naik``, not the library's ``pagu`` and
``Arah.NAIK``).

``sakip audit`` with no file audits the embedded 2023 report; with one file it
prints that report's audit (a ``.csv`` is rows of a report or an E.81 form exported
to CSV, told apart by its first lines: :mod:`sakip.audit.jenis_csv`); with several files or a folder (the ``.toml``,
``.csv``, ``.xlsx`` and ``.xlsm`` files directly inside it, sorted by name; its
``.xls``, ``.xlsb`` and ``.ods`` are listed as refused, with how to save them) it
audits each one on its own, on every core, and ends with one summary line per
report and a total
(``--format json`` gives JSON Lines, one report per line).

Exit status: 0 when it ran; 1 with ``--strict`` when an audit has findings;
2 for bad input (a missing or malformed file, a wrong number), with one line
naming the file and the place. With several reports the worst status wins.
"""

from __future__ import annotations

import argparse
import codecs
import enum
import io
import json
import multiprocessing
import os
import re
import shlex
import signal
import string
import sys
import typing
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final, Literal, NamedTuple, TextIO

from sakip import __version__
from sakip._eksak import MAKS_TEMPAT, Number, bulatkan_pecahan
from sakip._tabel import banyak, sel_markdown
from sakip.anggaran import MetodeEfisiensi, efisiensi, penyerapan, sisa_anggaran
from sakip.angka import baca, bertanda, bilangan, sel_kosong, terbilang, tulis_desimal
from sakip.audit import HasilAudit, periksa, periksa_berkas
from sakip.audit._tulis import TEMPAT_PENILAIAN, nilai_dinilai
from sakip.audit.tampil import tampil_markdown, tampil_teks
from sakip.errors import InvalidValueError, NotComputableError, ReportFormatError, SakipError
from sakip.kinerja import ATURAN_CAPAIAN, Arah, MetodeTurun, capaian
from sakip.laporan.berkas import periksa_berkas_biasa
from sakip.skala import SKALA_BAWAAN, Skala

if typing.TYPE_CHECKING:
    from sakip.e81 import HasilE81

#: What auditing one file gives: a report's audit, or an E.81 workbook's.
_Hasil: typing.TypeAlias = "HasilAudit | HasilE81"

__all__ = ["main"]

_SKALA: Final[dict[str, Skala]] = {
    nama.lower().replace("_", "-"): skala for nama, skala in SKALA_BAWAAN.items()
}
#: How the command's user chooses the decimal separator, for the hint of a refusal.
_PILIHAN_CLI: Final = "--pemisah-desimal {}"
#: Put before a negative number so that argparse takes it for a value (see _nilai_negatif).
_TANDA_NILAI: Final = " "


class _Tolak(NamedTuple):
    """A unit mark an option refuses instead of dropping it, as ``baca`` would."""

    satuan: str  # the unit whose mark is refused, as sakip.angka.bertanda names it
    alasan: str  # why, as the refusal says it
    kecuali: str | None = None  # the flag (an args attribute) under which the mark is taken


#: An amount of Rupiah typed with "%" is refused, not read as that many Rupiah.
_RUPIAH_BUKAN_PERSEN: Final = _Tolak("persen", "must be an amount of Rupiah, not a percentage")
#: A percentage (a capaian, a cap on it) typed with "Rp" or ",-" is refused, not read as
#: that many percent.
_PERSEN_BUKAN_RUPIAH: Final = _Tolak("rupiah", "must be a percentage, not an amount of Rupiah")
#: Terbilang refuses "%": it would write "lima puluh" for "50%", dropping the unit.
_TERBILANG_TANPA_PERSEN: Final = _Tolak(
    "persen", "must be a number without '%' or 'persen' (terbilang writes no unit)"
)
#: Terbilang without ``--rupiah`` refuses "Rp": it would write "lima" for "Rp 5", dropping
#: the unit that ``--rupiah`` writes.
_TERBILANG_RUPIAH: Final = _Tolak(
    "rupiah",
    "must be a number without 'Rp' or ',-' unless --rupiah is given (which writes 'rupiah')",
    kecuali="rupiah",
)


def _angka_cli(
    teks: str,
    opsi: str,
    pemisah_desimal: Literal[",", "."] | None,
    *,
    tolak: tuple[_Tolak, ...] = (),
) -> Number:
    """A number typed on the command line, read by :func:`sakip.angka.baca`'s rule.

    ``baca`` drops the mark of a unit ("98,48%" and "Rp 98" both read 98,48 and
    98); ``tolak`` holds the units this option refuses instead, in order, because
    its figure is in the other unit (an amount of Rupiah is no percentage, a
    capaian no amount of Rupiah).

    Examples:
        >>> _angka_cli("Rp 1.500", "--pagu", None)
        Decimal('1500')
        >>> _angka_cli("Rp 100", "--maksimum", None, tolak=(_PERSEN_BUKAN_RUPIAH,))
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidValueError: --maksimum must be a percentage, not an amount of \
Rupiah (got 'Rp 100')
    """
    teks = teks.removeprefix(_TANDA_NILAI)
    if sel_kosong(teks):  # `--maksimum ""`, "-", "n/a": no number given
        raise InvalidValueError(field=opsi, value=teks, expected="must be a number, not empty")
    angka = baca(teks, field=opsi, pemisah_desimal=pemisah_desimal, pilihan=_PILIHAN_CLI)
    # baca reads a unit's mark only as the mark of that unit, and drops it
    for t in tolak:
        if bertanda(teks, t.satuan):
            raise InvalidValueError(field=opsi, value=teks, expected=t.alasan)
    return angka


#: The unit marks each number option refuses, by command: an amount of Rupiah refuses
#: "%", a percentage (a capaian, a cap on it) refuses "Rp" and ",-", terbilang refuses "%"
#: and, without --rupiah, "Rp". Capaian's ``--realisasi`` and ``--target`` are an
#: indicator's own figures, in any unit (Rupiah too), and refuse none.
_TOLAK: Final[Mapping[tuple[str, str], tuple[_Tolak, ...]]] = MappingProxyType(
    {
        ("capaian", "--maksimum"): (_PERSEN_BUKAN_RUPIAH,),
        ("penyerapan", "--realisasi"): (_RUPIAH_BUKAN_PERSEN,),
        ("penyerapan", "--pagu"): (_RUPIAH_BUKAN_PERSEN,),
        ("efisiensi", "--capaian"): (_PERSEN_BUKAN_RUPIAH,),
        ("efisiensi", "--maksimum-capaian"): (_PERSEN_BUKAN_RUPIAH,),
        ("efisiensi", "--pagu"): (_RUPIAH_BUKAN_PERSEN,),
        ("efisiensi", "--realisasi"): (_RUPIAH_BUKAN_PERSEN,),
        ("terbilang", "nilai"): (_TERBILANG_TANPA_PERSEN, _TERBILANG_RUPIAH),
    }
)


def _angka(args: argparse.Namespace, opsi: str) -> Number:
    """The number typed for ``opsi``, refusing the unit marks its command refuses there
    (those lifted by a flag given, as ``--rupiah``, taken)."""
    tolak = _TOLAK.get((args.perintah, opsi), ())
    return _angka_cli(
        getattr(args, _dest(opsi)),
        opsi,
        args.pemisah_desimal,
        tolak=tuple(t for t in tolak if t.kecuali is None or not getattr(args, t.kecuali)),
    )


def _angka_opsional(args: argparse.Namespace, opsi: str) -> Number | None:
    """:func:`_angka` for an option that may be left out."""
    return None if getattr(args, _dest(opsi)) is None else _angka(args, opsi)


#: The library's names, as the command's user types them, in one table: each field of
#: sakip's functions as its option (a positional as ``--help`` shows it), and each choice
#: as its option with that value (``Arah.NAIK`` is ``--arah naik``). An error raised
#: inside the library for a typed value then names it as typed: ``pagu must be >= 0`` is
#: ``--pagu must be >= 0``. Efisiensi's KEMENKEU method reads its one output as lists of
#: one, hence the ``[0]``; terbilang's positional is shown as ``nilai``, the library's own
#: name for it.
_ISTILAH: Final[Mapping[str | enum.Enum, str]] = MappingProxyType(
    {
        "realisasi": "--realisasi",
        "realisasi[0]": "--realisasi",
        "target": "--target",
        "pagu": "--pagu",
        "pagu[0]": "--pagu",
        "capaian": "--capaian",
        "capaian[0]": "--capaian",
        "pagu x capaian": "--pagu x --capaian",
        "maksimum": "--maksimum",
        "maksimum_capaian": "--maksimum-capaian",
        "tempat": "--tempat",
        "nilai": "nilai",
        "arah": "--arah",
        "metode": "--metode",
        **{
            pilihan: f"{opsi} {shlex.quote(pilihan.value)}"
            for opsi, jenis in (
                ("--arah", Arah),
                ("--metode", MetodeTurun),
                ("--metode", MetodeEfisiensi),
            )
            for pilihan in jenis
        },
    }
)


class _Rumus(NamedTuple):
    """A library rule that names the choices it holds for (``Arah.NAIK``), as data."""

    rumus: str  # the formula, in the regulation's nouns
    pilihan: tuple[Arah | MetodeTurun, ...]  # the choices it holds for; the last names its source

    def teks(self) -> str:
        """The rule in the command's terms, citing its source from ``ATURAN_CAPAIAN``.

        Examples:
            >>> _RUMUS["capaian.turun.rasio"].teks()
            'capaian = target / realisasi x 100 (--arah turun, --metode rasio), local practice, \
seen in several e-SAKIP applications'
        """
        syarat = ", ".join(_ISTILAH[p] for p in self.pilihan)
        return f"{self.rumus} ({syarat}), {ATURAN_CAPAIAN[self.pilihan[-1]]}"


#: The library's rules that name its own choices, by the identifier of the rule an error
#: carries (:attr:`sakip.errors.SakipError.rule_id`; the rule's text is a citation, not a
#: key). The formulas are capaian's (sakip.kinerja, its module table); each one's source
#: is the library's own record of it, ``ATURAN_CAPAIAN``.
_RUMUS: Final[Mapping[str, _Rumus]] = MappingProxyType(
    {
        "capaian.naik": _Rumus("capaian = realisasi / target x 100", (Arah.NAIK,)),
        "capaian.turun.selisih": _Rumus(
            "capaian = (2 x target - realisasi) / target x 100",
            (Arah.TURUN, MetodeTurun.SELISIH),
        ),
        "capaian.turun.rasio": _Rumus(
            "capaian = target / realisasi x 100", (Arah.TURUN, MetodeTurun.RASIO)
        ),
    }
)

#: The library's requirements that name another value (another field, a choice), by
#: what an error carries: its class, its field and its rule's identifier. Each is written
#: over the library's names in braces; the command fills each with that option as typed
#: (``{pagu}`` is ``--pagu 3.000``, ``{arah}`` is ``--arah naik``).
_SYARAT: Final[Mapping[tuple[type[SakipError], str, str], str]] = MappingProxyType(
    {
        (NotComputableError, "target", "capaian.naik"): (
            "must not be 0 for {arah} (nothing was planned)"
        ),
        (NotComputableError, "target", "capaian.turun.selisih"): (
            "must not be 0 with {realisasi} for {arah} (only a realisasi of 0 meets a target of 0)"
        ),
        (NotComputableError, "target", "capaian.turun.rasio"): (
            "must not be 0 with {realisasi} for {arah} (only a realisasi of 0 meets a target of 0)"
        ),
        (NotComputableError, "realisasi", "capaian.turun.rasio"): "must not be 0 for {metode}",
        (InvalidValueError, "realisasi", "anggaran.batas_pagu"): "must not exceed {pagu}",
    }
)


def _diketik(opsi: str, args: argparse.Namespace) -> str | None:
    """The value of ``opsi`` as it was typed, or None when the command has no such option."""
    nilai = getattr(args, _dest(opsi), None)
    return nilai.removeprefix(_TANDA_NILAI) if isinstance(nilai, str) else None


def _sebutan(nama: str, args: argparse.Namespace) -> str:
    """A library name as the command's user typed it: the option with its value.

    Examples:
        >>> args = argparse.Namespace(perintah="penyerapan", pagu="3.000")
        >>> _sebutan("pagu", args)
        '--pagu 3.000'
    """
    opsi = _ISTILAH[nama]
    nilai = _diketik(opsi, args)
    return opsi if nilai is None else f"{opsi} {shlex.quote(nilai)}"


def _syarat(e: SakipError, args: argparse.Namespace) -> str:
    """What ``e`` requires, in the command's terms (the library's words when it names no other)."""
    teks = _SYARAT.get((type(e), e.field, e.rule_id or ""))
    if teks is None:
        return e.expected
    nama = {n for _, n, _, _ in string.Formatter().parse(teks) if n}
    return teks.format_map({n: _sebutan(n, args) for n in nama})


def _pesan(e: SakipError, args: argparse.Namespace) -> str:
    """The message of ``e`` in the command's terms.

    A library field is named by the option it was typed as, and the value is shown
    as it was typed ('0', not ``Decimal('0')``); a requirement or a rule that names
    another value or a choice of the library names it as typed (``--pagu 3``,
    ``--arah naik``). The library's own message is left as it is.

    Examples:
        >>> from sakip.errors import NotComputableError
        >>> args = argparse.Namespace(perintah="penyerapan", pagu="0")
        >>> _pesan(NotComputableError(field="pagu", value=0, expected="must not be 0"), args)
        "--pagu must not be 0 (got '0')"
        >>> args = argparse.Namespace(perintah="penyerapan", realisasi="4", pagu="3")
        >>> try:
        ...     penyerapan(realisasi=4, pagu=3)
        ... except SakipError as e:
        ...     _pesan(e, args).split(";")[0]
        "--realisasi must not exceed --pagu 3 (got '4')"
    """
    rumus = _RUMUS.get(e.rule_id or "")
    rule = e.rule if rumus is None else rumus.teks()
    opsi = _ISTILAH.get(e.field) if args.perintah in _PERINTAH_ANGKA else None
    if opsi is None or (" " not in opsi and not hasattr(args, _dest(opsi))):
        # a field this command does not read from the user (a computed value)
        if rumus is None:
            return str(e)
        return str(SakipError(field=e.field, value=e.value, expected=e.expected, rule=rule))
    diketik = _diketik(opsi, args)
    nilai = e.value if diketik is None else diketik
    return str(SakipError(field=opsi, value=nilai, expected=_syarat(e, args), rule=rule))


class _Gabungan(NamedTuple):
    """An option that works with some values of another option only."""

    opsi: str  # as typed
    dengan: str  # the other option, as typed
    nilai: tuple[str, ...]  # the values of ``dengan`` it works with
    alasan: str  # why, in the command's terms


#: Option combinations each command refuses, naming both options, instead of passing
#: them to a function that would refuse them in Python's words.
_GABUNGAN: Final = MappingProxyType(
    {
        "capaian": (
            _Gabungan(
                "--metode",
                "--arah",
                ("turun",),
                "it chooses the formula of a lower-is-better indicator",
            ),
        ),
        "efisiensi": (
            _Gabungan(
                "--maksimum-capaian",
                "--metode",
                ("selisih capaian",),
                "the other methods take --capaian uncapped",
            ),
        ),
    }
)


def _dest(opsi: str) -> str:
    """The attribute argparse stores an option in: ``--maksimum-capaian`` -> ``maksimum_capaian``."""
    return opsi.removeprefix("--").replace("-", "_")


def _periksa_gabungan(args: argparse.Namespace) -> None:
    """Refuse an option given with a value of another that it does not work with."""
    for g in _GABUNGAN.get(args.perintah, ()):
        nilai = getattr(args, _dest(g.dengan))
        if getattr(args, _dest(g.opsi)) is not None and nilai not in g.nilai:
            boleh = " or ".join(f"{g.dengan} {shlex.quote(n)}" for n in g.nilai)
            raise InvalidValueError(
                field=g.opsi,
                value=getattr(args, _dest(g.opsi)).removeprefix(_TANDA_NILAI),
                expected=f"goes with {boleh} only, not {g.dengan} {shlex.quote(nilai)} ({g.alasan})",
            )


def _cacah(minimum: int, maksimum: int) -> Callable[[str], int]:
    """An argument type: a count (places, processes) in ASCII digits, ``minimum`` to ``maksimum``.

    A count is not a measured figure, so it is not read by ``baca``'s rule, which
    would drop a "%" or read "2,0" and "Rp 2" as 2, and would take no
    ``--pemisah-desimal``: "2%", "2,0", "2.0", "+2", "-1", "²" and "" are refused.

    Examples:
        >>> tempat = _cacah(0, 30)
        >>> tempat("2"), tempat("30")
        (2, 30)
        >>> tempat("2%")
        Traceback (most recent call last):
        ...
        argparse.ArgumentTypeError: must be a whole number from 0 to 30, in digits (got '2%')
    """

    def cacah(teks: str) -> int:
        if teks[:1] == _TANDA_NILAI and _NEGATIF.match(teks[1:]):
            teks = teks[1:]  # the mark of _nilai_negatif, not typed
        digit = teks.lstrip("0") or "0"  # int() of thousands of digits would raise
        if (
            teks.isascii()
            and teks.isdigit()
            and len(digit) <= len(str(maksimum))
            and minimum <= int(digit) <= maksimum
        ):
            return int(digit)
        raise argparse.ArgumentTypeError(
            f"must be a whole number from {minimum} to {maksimum}, in digits "
            f"(got {_pendek(teks, 40)!r})"
        )

    return cacah


def _fmt(x: Decimal) -> str:
    return tulis_desimal(x)


def _pendek(teks: str, n: int) -> str:
    return teks if len(teks) <= n else teks[: n - 1] + "…"


# -- rendering: sakip.audit.tampil ---------------------------------------------


# -- reading and auditing one file ---------------------------------------------

#: The report files taken from a folder, by suffix. A file named on the command line is
#: read by its suffix (:data:`_PEMERIKSA`): ``.toml`` as a report, ``.csv`` as rows or
#: E.81, ``.xlsx``/``.xlsm`` as E.81, ``.xls``/``.xlsb``/``.ods`` refused asking for .xlsx,
#: and any other suffix (``.txt``, none, ``-``) refused: its kind would be a guess.
_AKHIRAN: Final = MappingProxyType(
    {
        ".toml": "a report (TOML)",
        ".csv": "rows (CSV), or an E.81 form exported to CSV",
        ".xlsx": "an E.81 workbook",
        ".xlsm": "an E.81 workbook (with macros)",
    }
)
#: At most this many report files in one run, named or found in folders.
_BERKAS_MAKS: Final = 10_000


def _periksa_e81(path: Path) -> _Hasil:
    from sakip import e81  # openpyxl is an optional extra: loaded only for a workbook

    return e81.periksa_berkas(path)


def _periksa_csv(path: Path) -> _Hasil:
    """Rows of a report or an E.81 form exported to CSV: read once, its kind decided once
    from its first lines, each kind with its own reader and errors (sakip.audit.jenis_csv)."""
    from sakip.audit.jenis_csv import hasil_csv

    return hasil_csv(path)


#: Spreadsheet formats the command does not read, by suffix, with their names: such a file
#: is refused asking for .xlsx (the TOML reader's advice, to save it as UTF-8 text, would be
#: wrong for a binary workbook).
_LEMBAR_LAIN: Final = MappingProxyType(
    {
        ".xls": "an Excel 97-2003 workbook",
        ".xlsb": "an Excel binary workbook",
        ".ods": "an OpenDocument spreadsheet",
    }
)


def _tolak_lembar_lain(path: Path) -> _Hasil:
    """Refuse a spreadsheet in a format sakip does not read, naming the one it reads."""
    raise ReportFormatError(
        berkas=str(path),
        letak="-",
        expected=f"is {_LEMBAR_LAIN[path.suffix.lower()]}, which sakip does not read: save "
        "it as an Excel workbook (.xlsx) and audit that (a form E.81), or export the table "
        "to CSV",
        value=path.suffix,
    )


def _tolak_akhiran(path: Path) -> _Hasil:
    """Refuse a file whose suffix names no kind sakip reads (``-`` is no standard input),
    after what is refused of any file (missing, a device, too large): the likelier cause."""
    if str(path) == "-":  # the Unix convention for standard input, which sakip does not read
        raise ReportFormatError(
            berkas="-",
            letak="-",
            expected="is standard input, which sakip does not read: name the file",
            value="-",
        )
    periksa_berkas_biasa(path, str(path))
    raise ReportFormatError(
        berkas=str(path),
        letak="-",
        expected=f"must be a {', '.join(_AKHIRAN)} file: a file is read by its suffix",
        value=path.suffix or path.name,
    )


#: How each kind of file is read and audited, by suffix; any other suffix is refused
#: (:func:`_tolak_akhiran`).
_PEMERIKSA: Final[Mapping[str, Callable[[Path], _Hasil]]] = MappingProxyType(
    {
        ".toml": periksa_berkas,
        ".xlsx": _periksa_e81,
        ".xlsm": _periksa_e81,
        ".csv": _periksa_csv,
        **dict.fromkeys(_LEMBAR_LAIN, _tolak_lembar_lain),
    }
)


def _periksa_berkas(path: Path) -> _Hasil:
    """Read one file and audit it: the one place the command learns file kinds."""
    return _PEMERIKSA.get(path.suffix.lower(), _tolak_akhiran)(path)


def _e81_teks(hasil: HasilE81, out: TextIO) -> None:
    from sakip import e81

    out.write(e81.teks(hasil))


def _e81_markdown(hasil: HasilE81, out: TextIO) -> None:
    from sakip import e81

    out.write(e81.markdown(hasil))


def _tampil(hasil: _Hasil, format_: str) -> Callable[[Any, TextIO], None]:
    """The renderer of a result in a text format: an audit of a report, or of a workbook."""
    if isinstance(hasil, HasilAudit):
        return tampil_markdown if format_ == "markdown" else tampil_teks
    return _e81_markdown if format_ == "markdown" else _e81_teks


def _tulis_hasil(hasil: _Hasil, format_: str, berkas: str | None, ascii_saja: bool) -> str:
    """The audit as the text to print. ``berkas`` is None for one report, else its name.

    One report gives the output it always gave (indented JSON); several give
    one JSON document per line, each naming its file.
    """
    out = io.StringIO()
    if format_ == "json":
        data = hasil.ke_dict()
        if berkas is not None:
            data["berkas"] = berkas  # the path as given, not only the file's name
        json.dump(data, out, ensure_ascii=ascii_saja, indent=2 if berkas is None else None)
        out.write("\n")
    else:
        _tampil(hasil, format_)(hasil, out)
    return out.getvalue()


def _satu_baris(teks: str) -> str:
    """One line, no control characters: each non-printable character written as its escape."""
    return "".join(
        c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in teks
    )


class _Keluaran(NamedTuple):
    """What a worker sends back for one file: text and counts (report records do not pickle)."""

    berkas: str
    teks: str
    temuan: int
    diperiksa: int | None
    galat: str | None = None  # why it was refused: the place and the rule, after the file
    dalam: bool = False  # the refusal is sakip's own bug (an "internal error")
    utuh: bool = False  # the refusal is about the file as a whole ("x.xls is ...")


def _gagal(berkas: str, galat: str, *, dalam: bool = False, utuh: bool = False) -> _Keluaran:
    return _Keluaran(berkas, "", 0, None, _satu_baris(galat), dalam, utuh)


def _baris_galat(k: _Keluaran) -> str:
    """The one line on stderr for a refused file: "file: place must ...", or "file must ..."
    for the file as a whole, as the error itself reads."""
    jenis = "internal error" if k.dalam else "error"
    return f"sakip: {jenis}: {_satu_baris(k.berkas)}{' ' if k.utuh else ': '}{k.galat}"


def _galat_sakip(berkas: str, e: SakipError, tahap: str | None) -> tuple[str, bool]:
    """The message of ``e`` after the file's name (which the line names once, in full), and
    whether it is about the file as a whole ("file must ...", not "file: place must ...")."""
    pesan = str(e)
    utuh = False
    for nama in (berkas, Path(berkas).name):
        # "file: place must ...", or "file must ..." for the file as a whole
        awalan = next((nama + p for p in (": ", " ") if pesan.startswith(nama + p)), None)
        if awalan is not None:
            pesan = pesan.removeprefix(awalan)
            utuh = awalan.endswith(" ") and not awalan.endswith(": ")
            break
    return (pesan, utuh) if tahap is None else (f"while {tahap}: {pesan}", False)


def _galat_dalam(e: BaseException, tahap: str) -> str:
    jenis = f"{type(e).__name__}: {e}" if str(e) else type(e).__name__
    return f"while {tahap}: {jenis} (a bug in sakip; please report it with the file)"


def _audit_satu(berkas: str, format_: str, banyak: bool, ascii_saja: bool) -> _Keluaran:
    """Audit one file and render it; never raises (a worker of the process pool)."""
    try:
        hasil = _periksa_berkas(Path(berkas))
    except SakipError as e:
        pesan, utuh = _galat_sakip(berkas, e, None)
        return _gagal(berkas, pesan, utuh=utuh)
    except Exception as e:  # a reader's or the audit's bug: one line, never a traceback
        return _gagal(berkas, _galat_dalam(e, "reading and auditing it"), dalam=True)
    tahap = f"writing the {format_} output"
    try:
        teks = _tulis_hasil(hasil, format_, berkas if banyak else None, ascii_saja)
    except SakipError as e:
        return _gagal(berkas, _galat_sakip(berkas, e, tahap)[0])
    except Exception as e:
        return _gagal(berkas, _galat_dalam(e, tahap), dalam=True)
    return _Keluaran(berkas, teks, len(hasil.temuan), hasil.diperiksa, None)


# -- several files -------------------------------------------------------------


def _folder(entri: os.DirEntry[str]) -> bool:
    """Whether an entry is a folder; an entry that cannot be followed (a symlink loop) is not:
    it is listed, and refused on its own when read."""
    try:
        return entri.is_dir()
    except OSError:
        return False


def _isi_folder(folder: str, sisa: int) -> list[str] | _Keluaran:
    """The report files directly inside ``folder``, sorted by name (hidden files skipped),
    and the spreadsheets sakip does not read (:data:`_LEMBAR_LAIN`), which are listed as
    refused with their advice rather than skipped without a word."""
    nama: list[str] = []
    try:
        with os.scandir(folder) as isi:
            for entri in isi:
                akhiran = Path(entri.name).suffix.lower()
                if (
                    not entri.name.startswith(".")
                    and (akhiran in _AKHIRAN or akhiran in _LEMBAR_LAIN)
                    and not _folder(entri)
                ):
                    nama.append(entri.name)
                    if len(nama) > sisa:
                        raise _terlalu_banyak()
    except OSError as e:
        return _gagal(folder, f"must be a readable folder (got {e.strerror!r})", utuh=True)
    if not nama:
        return _gagal(
            folder,
            f"must hold report files ({', '.join(_AKHIRAN)}) directly inside (got none)",
            utuh=True,
        )
    return [str(Path(folder) / n) for n in sorted(nama)]


def _terlalu_banyak() -> InvalidValueError:
    return InvalidValueError(
        field="sakip audit",
        value=f"more than {_BERKAS_MAKS} files",
        expected=f"takes at most {_BERKAS_MAKS} report files in one run; audit them in parts",
    )


def _kumpulkan(argumen: Sequence[str]) -> list[str | _Keluaran]:
    """The files to audit, in order: files as named, folders expanded; a bad folder is a result."""
    daftar: list[str | _Keluaran] = []
    jumlah = 0
    for a in argumen:
        if os.path.isdir(a):
            isi = _isi_folder(a, _BERKAS_MAKS - jumlah)
            if isinstance(isi, _Keluaran):
                daftar.append(isi)
                continue
            daftar += isi
            jumlah += len(isi)
        else:
            daftar.append(a)
            jumlah += 1
        if jumlah > _BERKAS_MAKS:
            raise _terlalu_banyak()
    return daftar


def _banyak_inti() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def _pekerja_mulai() -> None:
    """A worker leaves Ctrl-C to the command, which stops the run (no traceback per worker)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _semua(
    daftar: Sequence[str | _Keluaran], format_: str, ascii_saja: bool, jobs: int
) -> Iterator[_Keluaran]:
    """Each file's result in the given order; on a process pool when there are cores for it."""
    pekerja = min(jobs, sum(isinstance(d, str) for d in daftar))
    if pekerja <= 1:
        for d in daftar:
            yield d if isinstance(d, _Keluaran) else _audit_satu(d, format_, True, ascii_saja)
        return
    metode = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    pool = ProcessPoolExecutor(
        max_workers=pekerja,
        mp_context=multiprocessing.get_context(metode),
        initializer=_pekerja_mulai,
    )
    antre: deque[_Keluaran | tuple[str, Future[_Keluaran]]] = deque()
    sisa = iter(daftar)
    try:
        while True:
            # a bounded window of files in flight: results are printed in order as they come
            while len(antre) < 4 * pekerja and (b := next(sisa, None)) is not None:
                if isinstance(b, _Keluaran):
                    antre.append(b)
                    continue
                try:
                    antre.append((b, pool.submit(_audit_satu, b, format_, True, ascii_saja)))
                except Exception as e:  # a pool broken by a worker that died
                    antre.append(_gagal(b, _galat_dalam(e, "starting its audit"), dalam=True))
            if not antre:
                return
            kepala = antre.popleft()
            if isinstance(kepala, _Keluaran):
                yield kepala
                continue
            berkas, tugas = kepala
            try:
                yield tugas.result()
            except Exception as e:  # the worker process died (killed, out of memory)
                yield _gagal(berkas, _galat_dalam(e, "auditing it in a worker"), dalam=True)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


class _Kemajuan:
    """Progress on stderr, only when stderr is a terminal; erased before anything else prints."""

    def __init__(self, jumlah: int, aliran: TextIO) -> None:
        self.jumlah = jumlah
        self.aliran = aliran
        self.aktif = jumlah > 1 and aliran.isatty()

    def langkah(self, selesai: int, berkas: str) -> None:
        if self.aktif:
            nama = _pendek(_satu_baris(berkas), 50)
            self.aliran.write(f"\r\x1b[Ksakip audit: {selesai}/{self.jumlah} {nama}")
            self.aliran.flush()

    def hapus(self) -> None:
        if self.aktif:
            self.aliran.write("\r\x1b[K")
            self.aliran.flush()


def _ditolak(k: _Keluaran) -> str:
    """Why a file was refused, after "refused:": a refusal of the file as a whole reads
    "it must exist", "it is an Excel 97-2003 workbook"."""
    return f"it {k.galat}" if k.utuh else str(k.galat)


def _ringkasan_baris(k: _Keluaran) -> str:
    if k.galat is not None:
        return f"{_satu_baris(k.berkas)}: refused: {_ditolak(k)}"
    diperiksa = (
        f" ({banyak(k.diperiksa, 'printed figure')} recomputed)" if k.diperiksa is not None else ""
    )
    return f"{_satu_baris(k.berkas)}: {banyak(k.temuan, 'finding')}{diperiksa}"


def _total(semua: Sequence[_Keluaran]) -> str:
    ditolak = sum(k.galat is not None for k in semua)
    return (
        f"Total: {banyak(len(semua), 'report')}, {len(semua) - ditolak} audited, "
        f"{ditolak} refused, {banyak(sum(k.temuan for k in semua), 'finding')}"
    )


def _ringkasan(semua: Sequence[_Keluaran], format_: str) -> str:
    if format_ == "markdown":
        baris = ["# sakip audit: summary", "", "| file | findings | recomputed | status |"]
        baris.append("|---|---|---|---|")
        for k in semua:
            status = "audited" if k.galat is None else f"refused: {_ditolak(k)}"
            diperiksa = "-" if k.diperiksa is None else str(k.diperiksa)
            temuan = "-" if k.galat is not None else str(k.temuan)
            baris.append(
                f"| {sel_markdown(_satu_baris(k.berkas))} | {temuan} | {diperiksa} "
                f"| {sel_markdown(status)} |"
            )
        return "\n".join([*baris, "", _total(semua), ""])
    baris = [f"Summary of {banyak(len(semua), 'report')}"]
    baris += [f"  {_ringkasan_baris(k)}" for k in semua]
    return "\n".join([*baris, _total(semua), ""])


def _status(k: _Keluaran, strict: bool) -> int:
    if k.galat is not None:
        return 2
    return 1 if strict and k.temuan else 0


def _ascii_saja(out: TextIO) -> bool:
    """Whether JSON must be pure ASCII: the output cannot encode everything."""
    nama = getattr(out, "encoding", None)
    if not isinstance(nama, str):
        return False  # a str buffer holds any text
    try:
        return codecs.lookup(nama).name not in ("utf-8", "utf-16", "utf-32")
    except LookupError:
        return True


def _json_galat(k: _Keluaran, ascii_saja: bool) -> str:
    """The JSON line of a refused file: its name, the refusal, and whether it was sakip's
    own failure (``internal``), as ``--format json`` writes it for one file or several."""
    galat = {"berkas": k.berkas, "galat": k.galat, "internal": k.dalam}
    return json.dumps(galat, ensure_ascii=ascii_saja) + "\n"


def _audit_banyak(args: argparse.Namespace, out: TextIO) -> int:
    daftar = _kumpulkan(args.file)
    kemajuan = _Kemajuan(len(daftar), sys.stderr)
    semua: list[_Keluaran] = []
    status = 0
    ascii_saja = _ascii_saja(out)
    kemajuan.langkah(0, "")
    for k in _semua(daftar, args.format, ascii_saja, args.jobs):
        semua.append(k)
        status = max(status, _status(k, args.strict))
        kemajuan.hapus()
        if k.galat is not None:
            print(_baris_galat(k), file=sys.stderr)
            if args.format == "json":
                out.write(_json_galat(k, ascii_saja))
        elif args.format == "text":
            out.write(f"==> {_satu_baris(k.berkas)} <==\n{k.teks}\n")
        elif args.format == "markdown":
            out.write(f"{k.teks}\n")
        else:
            out.write(k.teks)
        kemajuan.langkah(len(semua), k.berkas)
    kemajuan.hapus()
    if args.format != "json":  # JSON Lines: one report per line, nothing else
        out.write(_ringkasan(semua, args.format))
    return status


# -- commands ------------------------------------------------------------------


def _audit_xlsx(args: argparse.Namespace, out: TextIO) -> int:
    """``--format xlsx --output FILE``: a marked copy of one E.81 workbook."""
    if args.output is None or len(args.file) != 1:
        raise InvalidValueError(
            field="--format xlsx",
            value=shlex.join(args.file),  # the files as typed, not a Python list
            expected="takes one E.81 workbook and --output FILE (the marked copy)",
        )
    path = Path(args.file[0])
    if path.suffix.lower() in _LEMBAR_LAIN:
        _tolak_lembar_lain(path)  # .xls and the like: the same refusal as a plain audit's
    if _PEMERIKSA.get(path.suffix.lower()) is not _periksa_e81:
        raise InvalidValueError(
            field="--format xlsx", value=str(path), expected="marks an .xlsx workbook (form E.81)"
        )
    from sakip import e81
    from sakip.e81.tulis import berkas_tujuan

    try:
        berkas_tujuan(args.output)  # before the audit: a bad --output fails fast
        hasil = e81.periksa_berkas(path)
        tujuan = e81.tulis_temuan_xlsx(hasil, args.output)
    except InvalidValueError as e:
        if e.field != "keluaran":
            raise
        raise InvalidValueError(field="--output", value=e.value, expected=e.expected) from None
    out.write(
        f"{_satu_baris(str(path))}: {banyak(len(hasil.temuan), 'finding')} marked in "
        f"{_satu_baris(str(tujuan))}\n"
    )
    return 1 if args.strict and hasil.temuan else 0


def _cmd_audit(args: argparse.Namespace, out: TextIO) -> int:
    if args.format == "xlsx":
        return _audit_xlsx(args, out)
    if args.output is not None:
        raise InvalidValueError(
            field="--output", value=args.output, expected="goes with --format xlsx only"
        )
    if not args.file:
        from sakip.contoh import dumai_2023

        hasil = periksa(dumai_2023())
        out.write(_tulis_hasil(hasil, args.format, None, _ascii_saja(out)))
        return 1 if args.strict and hasil.temuan else 0
    if len(args.file) > 1 or os.path.isdir(args.file[0]):
        return _audit_banyak(args, out)
    ascii_saja = _ascii_saja(out)
    k = _audit_satu(args.file[0], args.format, False, ascii_saja)
    if k.galat is not None:
        print(_baris_galat(k), file=sys.stderr)
        if args.format == "json":  # a caller reading JSON gets JSON, as for several files
            out.write(_json_galat(k, ascii_saja))
    else:
        out.write(k.teks)
    return _status(k, args.strict)


def _cmd_capaian(args: argparse.Namespace, out: TextIO) -> int:
    arah = Arah(args.arah)
    metode = MetodeTurun(args.metode) if args.metode else None
    eksak = capaian(
        realisasi=_angka(args, "--realisasi"),
        target=_angka(args, "--target"),
        arah=arah,
        metode=metode,
        maksimum=_angka_opsional(args, "--maksimum"),
        tempat=None,
    )
    c = bulatkan_pecahan(eksak, args.tempat)
    skala = _SKALA[args.skala]
    dinilai = nilai_dinilai(skala, eksak)
    try:
        # rated as the report audit rates a capaian (at 2 places, or the scale's own where
        # they are more), whatever --tempat shows (90,6 is Tinggi also at 0 places, where
        # it shows 91); kolom.predikat rates the values it is given, at their own places
        predikat = skala.predikat(dinilai)
    except InvalidValueError as e:  # a capaian outside the scale (IDM rates 0 to 1)
        raise InvalidValueError(
            field="--skala",
            value=args.skala,
            expected=f"must rate capaian {_fmt(c)}%: {e.expected}",
        ) from None
    nilai = "" if c == dinilai else f" of {_fmt(dinilai)}%"
    out.write(f"capaian {_fmt(c)}%  predikat {predikat}{nilai} ({skala.nama})\n")
    return 0


def _cmd_penyerapan(args: argparse.Namespace, out: TextIO) -> int:
    realisasi = _angka(args, "--realisasi")
    pagu = _angka(args, "--pagu")
    persen = penyerapan(realisasi=realisasi, pagu=pagu, tempat=args.tempat)
    sisa = sisa_anggaran(pagu=pagu, realisasi=realisasi)
    out.write(f"penyerapan {_fmt(persen)}%  sisa anggaran Rp {bilangan(sisa)}\n")
    return 0


def _cmd_efisiensi(args: argparse.Namespace, out: TextIO) -> int:
    e = efisiensi(
        capaian=_angka(args, "--capaian"),
        pagu=_angka(args, "--pagu"),
        realisasi=_angka(args, "--realisasi"),
        metode=MetodeEfisiensi(args.metode),
        maksimum_capaian=_angka_opsional(args, "--maksimum-capaian"),
        tempat=args.tempat,
    )
    skor = f"  skor {_fmt(e.skor)}" if e.skor is not None else ""
    out.write(f"efisiensi {_fmt(e.nilai)}%  Rp {bilangan(e.rupiah)}  {e.kategori}{skor}\n")
    return 0


def _cmd_terbilang(args: argparse.Namespace, out: TextIO) -> int:
    nilai = _angka(args, "nilai")
    out.write(terbilang(nilai, huruf=args.huruf, rupiah=args.rupiah) + "\n")
    return 0


def _cmd_lke(args: argparse.Namespace, out: TextIO) -> int:
    from sakip import lke

    kosong = lke.Kosong.NOL if args.kosong_nol else lke.Kosong.TOLAK
    try:
        teks = lke.tampilan(lke.laporan(lke.baca(args.file), kosong=kosong), args.format)
    except SakipError as e:  # the file named as typed, in full, as the audit names it
        pesan, utuh = _galat_sakip(args.file, e, None)
        k = _gagal(args.file, pesan, utuh=utuh)
        print(_baris_galat(k), file=sys.stderr)
        if args.format == "json":  # a caller reading JSON gets JSON, as from sakip audit
            out.write(_json_galat(k, _ascii_saja(out)))
        return 2
    out.write(teks)
    return 0


class _Parser(argparse.ArgumentParser):
    """argparse, with its usage errors on one line (exit status 2, as every bad input)."""

    def error(self, message: str) -> typing.NoReturn:
        self.exit(2, f"{self.prog}: error: {_satu_baris(message)} (see {self.prog} --help)\n")


#: The commands that read numbers: a token such as "-1,41" after them is a value, not an option.
_PERINTAH_ANGKA: Final = frozenset({"capaian", "penyerapan", "efisiensi", "terbilang"})
_NEGATIF: Final = re.compile(r"-\s*(?:[\d(.,]|[Rr][Pp])")


def _nilai_negatif(argv: Sequence[str]) -> list[str]:
    """Let negative numbers be typed as written: ``--realisasi -1,41``.

    argparse takes any token that starts with "-" and is not a plain number
    ("-5", "-1.5") for an option. No option of sakip starts with a digit, so such a
    token after a number command is a value: a leading space tells argparse so
    (a token that does not start with "-" is never an option), and ``baca`` strips it.
    """
    if not argv or argv[0] not in _PERINTAH_ANGKA:
        return list(argv)
    return [argv[0], *(_TANDA_NILAI + a if _NEGATIF.match(a) else a for a in argv[1:])]


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="sakip", description="Exact SAKIP arithmetic and the audit of a Laporan Kinerja."
    )
    parser.add_argument("--version", action="version", version=f"sakip {__version__}")
    sub = parser.add_subparsers(dest="perintah", required=True)

    a = sub.add_parser(
        "audit",
        help="recompute reports' printed figures and list findings",
        description=(
            "Audit one report, or several: files and folders (a folder's "
            f"{' and '.join(_AKHIRAN)} files, sorted by name), each on its own."
        ),
    )
    a.add_argument(
        "file",
        nargs="*",
        help=(
            "report (.toml), rows (.csv), E.81 workbook (.xlsx, .xlsm, or .csv) or a "
            "folder of them; "
            "default: the embedded 2023 Dumai report"
        ),
    )
    a.add_argument(
        "--format",
        choices=("text", "json", "markdown", "xlsx"),
        default="text",
        help="xlsx: a copy of an E.81 workbook with each finding's cell marked (needs --output)",
    )
    a.add_argument("--output", help="the file --format xlsx writes (never the input)")
    a.add_argument("--strict", action="store_true", help="exit 1 when there are findings")
    a.add_argument(
        "--jobs",
        type=_cacah(1, _BERKAS_MAKS),
        default=_banyak_inti(),
        help=(
            f"processes auditing several files at once, 1 to {_BERKAS_MAKS} "
            "(default: the cores of this machine)"
        ),
    )
    a.set_defaults(fungsi=_cmd_audit)

    angka = _Parser(add_help=False)
    angka.add_argument(
        "--pemisah-desimal",
        choices=(",", "."),
        help="how to read a number with one dot and no comma: '1.500' is 1500 with ',' "
        "(dots group thousands) and 1,5 with '.' (a decimal point); default: refuse it",
    )
    # the figures computed are rounded to --tempat; terbilang writes every digit it is given
    hitung = _Parser(add_help=False, parents=[angka])
    hitung.add_argument(
        "--tempat",
        type=_cacah(0, MAKS_TEMPAT),
        default=2,
        help=f"decimal places, 0 to {MAKS_TEMPAT} (default: 2)",
    )

    c = sub.add_parser(
        "capaian",
        help="capaian kinerja of one indicator",
        description="capaian kinerja of one indicator, shown at --tempat places; its "
        f"predikat rates it rounded once to {TEMPAT_PENILAIAN} places (or the places of the "
        "scale's bounds, where they show more), as the audit does",
        parents=[hitung],
    )
    c.add_argument("--realisasi", required=True)
    c.add_argument("--target", required=True)
    c.add_argument("--arah", choices=("naik", "turun"), default="naik")
    c.add_argument("--metode", choices=("selisih", "rasio"))
    c.add_argument("--maksimum")
    c.add_argument("--skala", choices=sorted(_SKALA), default="permendagri-86-2017")
    c.set_defaults(fungsi=_cmd_capaian)

    p = sub.add_parser(
        "penyerapan", help="penyerapan anggaran and sisa anggaran", parents=[hitung]
    )
    p.add_argument("--realisasi", required=True)
    p.add_argument("--pagu", required=True)
    p.set_defaults(fungsi=_cmd_penyerapan)

    e = sub.add_parser(
        "efisiensi", help="efisiensi of one indicator and its budget", parents=[hitung]
    )
    e.add_argument("--capaian", required=True)
    e.add_argument("--pagu", required=True)
    e.add_argument("--realisasi", required=True)
    e.add_argument(
        "--metode", choices=[m.value for m in MetodeEfisiensi], default="selisih capaian"
    )
    e.add_argument("--maksimum-capaian")
    e.set_defaults(fungsi=_cmd_efisiensi)

    lk = sub.add_parser(
        "lke", help="score a Lembar Kerja Evaluasi (AKIP) and check its printed results"
    )
    lk.add_argument("file", help="LKE sheet (.toml or .csv)")
    lk.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    lk.add_argument("--kosong-nol", action="store_true", help="score missing answers as zero")
    lk.set_defaults(fungsi=_cmd_lke)

    t = sub.add_parser("terbilang", help="a number in Indonesian words", parents=[angka])
    t.add_argument("nilai")
    t.add_argument("--huruf", choices=("kecil", "kalimat", "judul"), default="kecil")
    t.add_argument("--rupiah", action="store_true")
    t.set_defaults(fungsi=_cmd_terbilang)
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the ``sakip`` command; returns the exit status.

    Examples:
        >>> main(["capaian", "--realisasi", "75", "--target", "42"])
        capaian 178,57%  predikat Sangat Tinggi (Permendagri 86/2017 Kriteria Penilaian Realisasi Kinerja)
        0
        >>> main(["capaian", "--realisasi", "-1,41", "--target", "2"])
        capaian -70,50%  predikat Sangat Rendah (Permendagri 86/2017 Kriteria Penilaian Realisasi Kinerja)
        0
    """
    for aliran in (sys.stdout, sys.stderr):
        # a terminal that cannot show "…" gets "\u2026", not a UnicodeEncodeError
        if isinstance(aliran, io.TextIOWrapper):
            aliran.reconfigure(errors="backslashreplace")
    tujuan = out if out is not None else sys.stdout
    args = _parser().parse_args(_nilai_negatif(sys.argv[1:] if argv is None else argv))
    if tujuan is None:  # started with standard output closed (`sakip ... >&-`)
        print("sakip: error: standard output is closed: nothing to write to", file=sys.stderr)
        return 2
    try:
        _periksa_gabungan(args)
        status: int = args.fungsi(args, tujuan)
        tujuan.flush()
    except SakipError as e:
        print(f"sakip: error: {_satu_baris(_pesan(e, args))}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `sakip audit | head`: the reader left; not an error of ours
        sys.stderr.close()
        return 0
    except OSError as e:  # the output could not be written (a full disk, /dev/full)
        print(f"sakip: error: the output could not be written ({e.strerror})", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("sakip: interrupted", file=sys.stderr)
        return 130
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
