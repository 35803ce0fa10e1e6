"""The CSV reader: budget rows and indicator rows, as spreadsheets export them.

The separator (comma, semicolon or tab) is the one the header line uses. Lines
before the header that start with ``#`` may set options for the file:
``# pemisah_desimal: .`` (numbers written "95.03"; Rupiah columns still read
"749.930.215" the Indonesian way) and ``# skala: NAME`` (the scale a printed
predikat is checked against). An empty cell ("" or "-") of a number column is
refused with what to write instead, except the pagu and realisasi of a budget
row that prints no amount: both blank. A cell holds at most
:data:`MAKS_PANJANG_SEL` characters; a row with too few or too many cells, a
duplicated column or an unknown one is refused, naming the row.

Examples:
    >>> import io
    >>> rows = baca_csv_anggaran(io.StringIO("# pemisah_desimal: .\\nkode,nama,pagu,realisasi\\np1,A,1000,999.5\\n"))
    Traceback (most recent call last):
    ...
    sakip.errors.ReportFormatError: <csv>: row 3, column realisasi must be a number written the Indonesian way ('13.904.271.740', '98,48') (in a Rupiah column a dot groups thousands whatever the file declares, '749.930.215', and commas may group them too, '749,930,215') (got '999.5')
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final, Literal, NamedTuple, TypeAlias

import attrs

from sakip._eksak import ke_pecahan
from sakip._pemisah import pemisah_kolom
from sakip._validasi import jenis
from sakip.angka import baca, sel_kosong
from sakip.errors import (
    InvalidTypeError,
    InvalidValueError,
    ReportFormatError,
    SakipError,
)
from sakip.kinerja import Arah, MetodeTurun
from sakip.laporan._csv import KOLOM_CSV, KOLOM_LALU, KOLOM_TW_K, sumber_csv
from sakip.laporan._rupiah import Bacaan, Tolak, rupiah, tolak
from sakip.laporan.besaran import kode_tunggal
from sakip.laporan.rekaman import (
    KELUARAN,
    MAKS_RUPIAH,
    SATUAN_RUPIAH,
    Keluaran,
    syarat_lintas_tahun,
)
from sakip.skala import SKALA_BAWAAN
from sakip.triwulan import Konsolidasi

__all__ = [
    "KODE_TOTAL",
    "MAKS_BARIS",
    "MAKS_PANJANG_SEL",
    "BarisAnggaran",
    "BarisIndikator",
    "OpsiCsv",
    "baca_csv_anggaran",
    "baca_csv_indikator",
    "baca_csv_opsi",
    "induk_anggaran",
    "opsi_dan_isi",
]

#: The longest CSV cell read, in characters (128 KiB, the csv module's own limit).
MAKS_PANJANG_SEL: Final = 128 * 1024
#: The most rows a rows CSV may have under its header, as an E.81 sheet
#: (:data:`sakip.e81.MAKS_BARIS`): far above any report's lampiran, and a bound on the
#: time and memory one file takes.
MAKS_BARIS: Final = 100_000

#: Deprecated names of this module, with the name that replaces each.
_USANG: Final = {"MAKS_SEL": "MAKS_PANJANG_SEL"}


def __getattr__(name: str) -> object:
    # MAKS_SEL named a cell's length here and a count of cells in sakip.e81: one word, two
    # concepts. The old name keeps working, with a warning, until 0.4.0.
    if name in _USANG:
        from sakip._peringatan import usang

        usang(f"{__name__}.{name}", f"{__name__}.{_USANG[name]}", sejak="0.3.0", hingga="0.4.0")
        return globals()[_USANG[name]]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_teks = jenis(str)
_teks_opsional = jenis(str, boleh_none=True)


def _baris(_: Any, a: attrs.Attribute[Any], v: Any) -> None:
    if isinstance(v, bool) or not isinstance(v, int) or v < 1:
        raise InvalidValueError(field=a.name, value=v, expected="must be a row number >= 1")


def _rupiah(_: Any, a: attrs.Attribute[Any], v: Any) -> None:
    if isinstance(v, bool) or not isinstance(v, int):
        raise InvalidTypeError(field=a.name, value=v, expected="must be an int (Rupiah)")
    if not 0 <= v <= MAKS_RUPIAH:
        raise InvalidValueError(field=a.name, value=v, expected=f"must be 0 to {MAKS_RUPIAH}")


def _rupiah_opsional(inst: Any, a: attrs.Attribute[Any], v: Any) -> None:
    if v is not None:
        _rupiah(inst, a, v)


def _sepasang(inst: Any, a: attrs.Attribute[Any], v: Any) -> None:
    """realisasi: a Rupiah, or None exactly when pagu is None (a row that prints no amount)."""
    _rupiah_opsional(inst, a, v)
    if (v is None) != (inst.pagu is None):
        raise InvalidValueError(
            field=a.name,
            value=v,
            expected=f"must be None exactly when pagu is (pagu is {inst.pagu!r}): a row that "
            "prints no amount leaves out both, and its amounts are the sums of its rows",
        )


def _pecahan(_: Any, a: attrs.Attribute[Any], v: Any) -> None:
    if not isinstance(v, Fraction):
        raise InvalidTypeError(field=a.name, value=v, expected="must be a Fraction")


def _pecahan_opsional(inst: Any, a: attrs.Attribute[Any], v: Any) -> None:
    if v is not None:
        _pecahan(inst, a, v)


def _konsolidasi_opsional(_: Any, a: attrs.Attribute[Any], v: Any) -> None:
    if v is not None and not isinstance(v, Konsolidasi):
        raise InvalidTypeError(field=a.name, value=v, expected="must be None or a Konsolidasi")


#: The model's rule for the fields across years (realisasi_lalu_k only beside the row's K,
#: konsolidasi_renstra only beside realisasi_lalu_k), naming the row by its line.
_LINTAS_TAHUN: Final = syarat_lintas_tahun(lambda inst: f"on row {inst.baris}")


def _keluaran(_: Any, a: attrs.Attribute[Any], v: Any) -> None:
    """keluaran: None (a budget-only row), or a :class:`~sakip.laporan.Keluaran` whole."""
    if v is None:
        return
    tw_k = getattr(v, "tw_k", None)
    if not (
        isinstance(v, Keluaran)
        and isinstance(v.indikator, str)
        and isinstance(v.satuan, str)
        and isinstance(v.target_k, Fraction)
        and isinstance(v.realisasi_k, Fraction)
        and (
            tw_k is None
            or (
                isinstance(tw_k, tuple)
                and len(tw_k) == 4
                and all(isinstance(x, Fraction) for x in tw_k)
            )
        )
    ):
        raise InvalidTypeError(
            field=a.name,
            value=v,
            expected="must be None or a Keluaran (indikator and satuan str, target_k and "
            "realisasi_k Fraction, tw_k None or 4 Fractions)",
        )


@attrs.frozen(kw_only=True)
class BarisAnggaran:
    """One row of a budget CSV: a program, kegiatan or sub kegiatan (or the total).

    ``pagu`` and ``realisasi`` are the Rupiah the row prints, both ints, or both
    None on a row that prints no amount (a program printing only its
    percentage, a kegiatan printing nothing): the audit then takes the sums of
    the rows nested under it (:func:`induk_anggaran`). Code that adds amounts
    must decide what such a row stands for; a row with amounts is as before.

    ``keluaran`` is the row's own K where it prints one (its output, or a
    program's outcome: the fields of :class:`sakip.laporan.Keluaran`, whole),
    None on a budget-only row; ``konsolidasi`` makes the year's K of its
    quarters, and ``k_persen_dicetak`` is the K % it printed, as text.

    ``realisasi_lalu_k`` and ``realisasi_lalu_rp`` are its Renstra realisasi up to last
    year (form E.81, column 7; the model's fields of the same names): K, only beside the
    row's K, and Rupiah. ``konsolidasi_renstra`` is how last years' K and this year's make
    its Renstra realisasi, apart from how the quarters make the year (``konsolidasi``);
    None, the row's ``konsolidasi`` does both; only beside ``realisasi_lalu_k`` (the model's
    rule, :class:`sakip.laporan.SubKegiatan`). ``rpjmd_k_dicetak`` and ``rpjmd_rp_dicetak``
    are the Renstra realisasi up to this year it printed (column 14), as text.

    Examples:
        >>> BarisAnggaran(baris=2, kode="p9", nama="LPM", pagu=10, realisasi=9).realisasi
        9
        >>> BarisAnggaran(baris=2, kode="p9", nama="LPM", pagu=None, realisasi=None,
        ...               penyerapan_dicetak="88.6").pagu is None
        True
        >>> from sakip.laporan import Keluaran
        >>> k = Keluaran(indikator="Dokumen KUA-PPAS", satuan="Dok", target_k=Fraction(2),
        ...              tw_k=None, realisasi_k=Fraction(2))
        >>> BarisAnggaran(baris=2, kode="p1.k1.s1", nama="KUA", pagu=10, realisasi=9,
        ...               keluaran=k).keluaran.target_k
        Fraction(2, 1)
        >>> BarisAnggaran(baris=2, kode="p9", nama="LPM", pagu=10, realisasi=9,
        ...               realisasi_lalu_k=Fraction(2))
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidValueError: realisasi_lalu_k needs the output fields indikator, \
satuan, target_k, realisasi_k on row 2 (a budget-only row has no K) (got Fraction(2, 1))
        >>> from sakip.triwulan import Konsolidasi
        >>> BarisAnggaran(baris=2, kode="p1.k1.s1", nama="KUA", pagu=10, realisasi=9,
        ...               keluaran=k, konsolidasi_renstra=Konsolidasi.TERAKHIR)
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidValueError: konsolidasi_renstra needs realisasi_lalu_k on row 2, the \
K it would consolidate across years (without it the Renstra realisasi is this year's K \
whatever the rule) (got <Konsolidasi.TERAKHIR: 'terakhir'>)
        >>> BarisAnggaran(baris=2, kode="p9", nama="LPM", pagu="x", realisasi=9)
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidTypeError: pagu must be an int (Rupiah) (got 'x')
        >>> BarisAnggaran(baris=2, kode="p9", nama="LPM", pagu=None, realisasi=9)
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidValueError: realisasi must be None exactly when pagu is (pagu is \
None): a row that prints no amount leaves out both, and its amounts are the sums of its rows \
(got 9)
    """

    baris: int = attrs.field(validator=_baris)
    kode: str = attrs.field(validator=_teks)
    nama: str = attrs.field(validator=_teks)
    pagu: int | None = attrs.field(validator=_rupiah_opsional)
    realisasi: int | None = attrs.field(validator=_sepasang)
    penyerapan_dicetak: str | None = attrs.field(default=None, validator=_teks_opsional)
    keluaran: Keluaran | None = attrs.field(default=None, validator=_keluaran)
    konsolidasi: Konsolidasi = attrs.field(
        default=Konsolidasi.JUMLAH, validator=jenis(Konsolidasi)
    )
    k_persen_dicetak: str | None = attrs.field(default=None, validator=_teks_opsional)
    realisasi_lalu_k: Fraction | None = attrs.field(
        default=None, validator=[_pecahan_opsional, _LINTAS_TAHUN]
    )
    # None when not given: the row's konsolidasi does both jobs, as the model's field
    konsolidasi_renstra: Konsolidasi | None = attrs.field(
        default=None, validator=[_konsolidasi_opsional, _LINTAS_TAHUN]
    )
    realisasi_lalu_rp: int | None = attrs.field(default=None, validator=_rupiah_opsional)
    rpjmd_k_dicetak: str | None = attrs.field(default=None, validator=_teks_opsional)
    rpjmd_rp_dicetak: str | None = attrs.field(default=None, validator=_teks_opsional)


@attrs.frozen(kw_only=True)
class BarisIndikator:
    """One row of an indicator CSV.

    Examples:
        >>> from fractions import Fraction
        >>> BarisIndikator(baris=2, kode="k", nama="n", arah=Arah.TURUN,
        ...                target=Fraction(7), realisasi=Fraction(13, 2)).arah
        <Arah.TURUN: 'turun'>
    """

    baris: int = attrs.field(validator=_baris)
    kode: str = attrs.field(validator=_teks)
    nama: str = attrs.field(validator=_teks)
    arah: Arah = attrs.field(validator=jenis(Arah))
    target: Fraction = attrs.field(validator=_pecahan)
    realisasi: Fraction = attrs.field(validator=_pecahan)
    capaian_dicetak: str | None = attrs.field(default=None, validator=_teks_opsional)
    metode: MetodeTurun | None = attrs.field(
        default=None,
        validator=jenis(MetodeTurun, boleh_none=True),
    )
    predikat_dicetak: str | None = attrs.field(default=None, validator=_teks_opsional)


#: A decimal separator as the readers take it (None: the default, ",").
_Pemisah: TypeAlias = Literal[",", "."] | None
_PEMISAH_DESIMAL: Final[tuple[Literal[",", "."], ...]] = (",", ".")


@attrs.frozen(kw_only=True)
class OpsiCsv:
    """The options a CSV file sets for itself on its ``#`` lines.

    Examples:
        >>> OpsiCsv().pemisah_desimal, OpsiCsv().skala
        (None, 'PERMENDAGRI_86_2017')
    """

    pemisah_desimal: Literal[",", "."] | None = attrs.field(
        default=None, validator=attrs.validators.in_((None, ",", "."))
    )
    skala: str = attrs.field(
        default="PERMENDAGRI_86_2017", validator=attrs.validators.in_(tuple(SKALA_BAWAAN))
    )


#: Each option of the ``#`` lines and the values it takes.
_OPSI: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {"pemisah_desimal": (",", "."), "skala": tuple(SKALA_BAWAAN)}
)


#: The unit of Rupiah (``# satuan_rupiah``) a CSV may declare: full Rupiah only. Its pagu and
#: realisasi are the primary data the audit divides and adds; amounts rounded to thousands
#: would make every penyerapan and every sum of rows approximate.
_SATUAN_CSV: Final = "rupiah"


def opsi_dan_isi(teks: str, *, berkas: str) -> tuple[OpsiCsv, str, int]:
    """The options a CSV text sets on its ``#`` lines, the text after those lines, and
    how many lines they are.

    The readers of this module read a file's options with it, and so does the audit of a
    rows CSV (:mod:`sakip.audit.baris`), which reads the text once. An option set twice
    or to a value it does not take is refused, naming ``berkas`` and the line. So is a
    line that looks like an option misspelled (:func:`_opsi_mirip`): it would otherwise be
    a comment, and the file read with the default it meant to change.

    Examples:
        >>> opsi, isi, lewat = opsi_dan_isi("# pemisah_desimal: .\\nkode,nama\\n", berkas="a.csv")
        >>> opsi.pemisah_desimal, isi, lewat
        ('.', 'kode,nama\\n', 1)
        >>> opsi_dan_isi("# pemisah_desimal: ;\\nkode\\n", berkas="a.csv")
        Traceback (most recent call last):
        ...
        sakip.errors.ReportFormatError: a.csv: line 1, # pemisah_desimal must be one of \
[',', '.'] (got ';')
    """
    if not isinstance(teks, str):
        raise InvalidTypeError(field="teks", value=teks, expected="must be the CSV text (str)")
    if not isinstance(berkas, str):
        raise InvalidTypeError(field="berkas", value=berkas, expected="must be a file's name")
    nama = berkas
    opsi: dict[str, str] = {}
    # lines end at CR LF, LF or CR only (str.splitlines also ends one at a form feed or
    # U+2028), kept as they are: the text after the options is the file's own
    baris = io.StringIO(teks, newline="").readlines()
    i = 0
    while i < len(baris) and (baris[i].lstrip().startswith("#") or not baris[i].strip()):
        if not baris[i].strip():  # a blank line before, among or after the options
            i += 1
            continue
        isi = baris[i].lstrip()[1:]
        kunci, sep, nilai = isi.partition(":")
        kunci, nilai = kunci.strip().lower(), nilai.strip()
        i += 1
        kunci_sama, sama, nilai_sama = isi.partition("=")
        mirip = (
            _opsi_mirip(kunci, nilai)
            if sep
            else _opsi_mirip(kunci_sama.strip().lower(), nilai_sama.strip())
            if sama
            else None
        )
        if mirip is not None and not (sep and kunci in _OPSI_SEMUA):
            raise ReportFormatError(
                berkas=nama,
                letak=f"line {i}",
                expected=f"must set an option as '# {mirip}: value' (the options of a "
                f"rows CSV: {', '.join(_OPSI_SEMUA)}), or be a comment that does not "
                "start like one",
                value=baris[i - 1].strip(),
            )
        if sep and kunci in _OPSI:
            letak = f"line {i}, # {kunci}"
            if kunci in opsi:
                raise ReportFormatError(
                    berkas=nama, letak=letak, expected="must be set once", value=nilai
                )
            if nilai not in _OPSI[kunci]:
                raise ReportFormatError(
                    berkas=nama,
                    letak=letak,
                    expected=f"must be one of {list(_OPSI[kunci])}",
                    value=nilai,
                )
            opsi[kunci] = nilai
        elif sep and kunci == "satuan_rupiah":
            _satuan_csv(nama, f"line {i}, # {kunci}", nilai)
    return OpsiCsv(**opsi), "".join(baris[i:]), i  # type: ignore[arg-type]


#: Every option a ``#`` line sets.
_OPSI_SEMUA: Final = (*_OPSI, "satuan_rupiah")
#: The keys of a ``#`` line that mean an option, spaces and hyphens read as "_", with the
#: option: the options themselves, the TOML report's keys (``skala_predikat``), and
#: ``pemisah``. Another key ("Pemisahan program", "Skala pengukuran", "Desimal") is a
#: comment's.
_SEBUTAN_OPSI: Final[Mapping[str, str]] = MappingProxyType(
    {
        **{o: o for o in _OPSI_SEMUA},
        "skala_predikat": "skala",
        "skala_atribut": "skala",
        "pemisah": "pemisah_desimal",
    }
)


def _opsi_mirip(kunci: str, nilai: str) -> str | None:
    """The option a ``#`` line with ":" or "=" means (its key lowercased): by its key
    (:data:`_SEBUTAN_OPSI`), or by its value where that is a scale's name; None for a
    comment.

    Examples:
        >>> _opsi_mirip("skala_predikat", "X"), _opsi_mirip("pemisah-desimal", ".")
        ('skala', 'pemisah_desimal')
        >>> _opsi_mirip("skala penilaian", "PERMENPANRB_88_2021")
        'skala'
        >>> _opsi_mirip("pemisahan program", "lihat Renja"), _opsi_mirip("sumber", "LKjIP")
        (None, None)
    """
    rapi = re.sub(r"[\s-]+", "_", kunci.strip())
    if rapi in _SEBUTAN_OPSI:
        return _SEBUTAN_OPSI[rapi]
    return "skala" if nilai.strip() in SKALA_BAWAAN else None


def _satuan_csv(nama: str, letak: str, nilai: str) -> None:
    """``# satuan_rupiah``: a unit of :data:`~sakip.laporan.SATUAN_RUPIAH`, and full Rupiah."""
    if nilai not in SATUAN_RUPIAH:
        raise ReportFormatError(
            berkas=nama,
            letak=letak,
            expected=f"must be one of {list(SATUAN_RUPIAH)}",
            value=nilai,
        )
    if nilai != _SATUAN_CSV:
        raise ReportFormatError(
            berkas=nama,
            letak=letak,
            expected=f"must be '{_SATUAN_CSV}': the pagu and realisasi of CSV rows are the "
            "primary data the audit computes from; write them in full Rupiah, or transcribe a "
            "table printed 'dalam ribuan rupiah' as a TOML report with satuan_rupiah on [lampiran]",
            value=nilai,
        )


#: The optional columns of a budget CSV that a header names all together or not at all: a
#: row's K (the model's all-or-none output fields) and its four quarters.
_KELOMPOK_ANGGARAN: Final = (KELUARAN, KOLOM_TW_K)


def _baris_csv(
    sumber: object,
    wajib: tuple[str, ...],
    opsional: tuple[str, ...],
    berkas: str | None = None,
    kelompok: tuple[tuple[str, ...], ...] = (),
) -> tuple[str, OpsiCsv, list[tuple[int, dict[str, str]]]]:
    if berkas is not None and not isinstance(berkas, str):
        raise InvalidTypeError(field="berkas", value=berkas, expected="must be a string or None")
    nama, teks = sumber_csv(sumber, berkas)
    opsi, isi, lewat = opsi_dan_isi(teks, berkas=nama)
    # the header is the first line that is not blank (blank lines may follow the # options)
    # lines end at CR LF, LF or CR (a file saved with CR alone is read as the others)
    kepala_baris = next((b for b in io.StringIO(isi, newline=None) if b.strip()), "")
    pembaca = csv.reader(
        io.StringIO(isi, newline=None), delimiter=pemisah_kolom(kepala_baris), strict=True
    )

    def galat(letak: str, expected: str, value: Any) -> ReportFormatError:
        return ReportFormatError(berkas=nama, letak=letak, expected=expected, value=value)

    semua: list[tuple[int, list[str]]] = []
    kosong = 0  # blank lines: skipped, not kept, and bounded on their own
    try:
        for sel in pembaca:
            if not any(s.strip() for s in sel):
                kosong += 1
                if kosong > MAKS_BARIS:
                    raise galat(
                        f"row {pembaca.line_num + lewat}",
                        f"must not be there: a rows CSV has at most {MAKS_BARIS} blank lines",
                        kosong,
                    )
                continue
            if len(semua) > MAKS_BARIS:  # the header and MAKS_BARIS rows kept
                raise galat(
                    f"row {pembaca.line_num + lewat}",
                    f"must not be there: a rows CSV has at most {MAKS_BARIS} rows under "
                    "its header (split the file)",
                    len(semua),  # the rows under the header, this one's included
                )
            semua.append((pembaca.line_num + lewat, sel))
            for s in sel:
                if len(s) > MAKS_PANJANG_SEL:
                    raise galat(
                        f"row {pembaca.line_num + lewat}",
                        f"cells must be at most {MAKS_PANJANG_SEL} characters",
                        len(s),
                    )
    except csv.Error as e:
        raise galat(
            f"row {pembaca.line_num + lewat}",
            f"must be valid CSV with cells of at most {MAKS_PANJANG_SEL} characters",
            str(e),
        ) from None
    if not semua:
        raise galat("header", f"must have the columns {list(wajib)}", [])
    _, kepala = semua[0]
    kolom = [k.strip().lower() for k in kepala]
    ganda = sorted({k for k in kolom if kolom.count(k) > 1})
    if ganda:
        raise galat("header", "must name each column once", ganda)
    kurang = [k for k in wajib if k not in kolom]
    if kurang:
        raise galat("header", f"must have the columns {list(wajib)}", kolom)
    asing = [k for k in kolom if k not in wajib and k not in opsional]
    if asing:
        raise galat("header", f"must only have the columns {list(wajib) + list(opsional)}", asing)
    for satu in kelompok:
        ada = [k for k in satu if k in kolom]
        if ada and len(ada) < len(satu):
            raise galat(
                "header",
                f"must name the columns {', '.join(satu)} all together or none of them "
                f"(missing: {', '.join(k for k in satu if k not in ada)})",
                kolom,
            )
    hasil = []
    baris_kode: dict[str, int] = {}
    for i, sel in semua[1:]:
        if not sel or all(not s.strip() for s in sel):
            continue  # a blank line
        if len(sel) != len(kolom):
            raise galat(f"row {i}", f"must have {len(kolom)} cells like the header", len(sel))
        sel_baris = {k: v.strip() for k, v in zip(kolom, sel, strict=True)}
        kode = sel_baris["kode"]
        if kode in baris_kode:  # a code names one row: a second one would be counted twice
            raise galat(
                f"row {i}, column kode", f"must be unique (also on row {baris_kode[kode]})", kode
            )
        baris_kode[kode] = i
        hasil.append((i, sel_baris))
    return nama, opsi, hasil


#: How a CSV file chooses its decimal separator, for the hint of a refusal.
_PILIHAN_CSV: Final = "'# pemisah_desimal: {}' above the header"
#: How a rows CSV writes a row that prints no amount. Such rows: local practice, seen in LKjIP
#: budget tables (Tabel 19 of the LKj 2021 of Setda Provinsi Sumatera Utara prints its program
#: with only a percentage, its kegiatan bare).
_KOSONG_DUA: Final = (
    "leave both pagu and realisasi blank on a row that prints no amount (its amounts are "
    "then the sums of the rows nested under it)"
)
#: How a rows CSV writes a budget row that prints no K: its K columns all blank.
_K_KOSONG: Final = (
    f"leave the row's K ({', '.join(KELUARAN)}, and any quarters, konsolidasi, "
    "realisasi_lalu_k and konsolidasi_renstra) all blank on a row that prints only its budget"
)
#: What an empty cell ("", "-") of a number column should say instead, by column kind.
_KOSONG: Final[Mapping[str, str]] = MappingProxyType(
    {
        "rupiah": "is a mark of no figure, which may mean Rp 0 or no amount printed: write the "
        f"amount as the report prints it ('749.930.215'), 0 for a nil amount, or {_KOSONG_DUA}",
        "angka": "is an empty cell: write the number as the report prints it ('93,6'); "
        "an indicator with no target or realisasi has no row in this file",
        "k": "is a mark of no figure: write the K as the report prints it ('2', '0,6'; 0 "
        f"for none), or {_K_KOSONG}",
    }
)


def _baca_sel(teks: str, kolom: str, pemisah: _Pemisah, jenis: str = "angka") -> Decimal:
    """A cell's text by :func:`sakip.angka.baca`'s rule, its refusals in the file's terms.

    Raises InvalidValueError (of sakip.angka) for a malformed or ambiguous text.
    """
    if sel_kosong(teks):
        raise InvalidValueError(field=kolom, value=teks, expected=_KOSONG[jenis])
    return baca(teks, field=kolom, pemisah_desimal=pemisah, pilihan=_PILIHAN_CSV)


def _angka(
    nama: str, i: int, kolom: str, teks: str, pemisah: _Pemisah, jenis: str = "angka"
) -> Fraction:
    try:
        # sakip's number limits at the edge, where the row and the column are known
        return ke_pecahan(_baca_sel(teks, kolom, pemisah, jenis), kolom)
    except SakipError as e:
        raise ReportFormatError(
            berkas=nama, letak=f"row {i}, column {kolom}", expected=e.expected, value=teks
        ) from None


def _bacaan_rupiah(teks: str, kolom: str, pemisah: Literal[",", "."]) -> Bacaan:
    """The whole Rupiah ``teks`` reads with ``pemisah`` as ``(satuan, 0)``, or why it does not."""
    try:
        d = ke_pecahan(_baca_sel(teks, kolom, pemisah, "rupiah"), kolom)
    except SakipError as e:
        return tolak(e)
    if d.denominator != 1 or not 0 <= d <= MAKS_RUPIAH:
        batas = "" if d <= MAKS_RUPIAH else f" up to {MAKS_RUPIAH}"
        return Tolak(f"must be whole, non-negative Rupiah{batas}", angka=True)
    return int(d), 0


def _rupiah_csv(nama: str, i: int, kolom: str, teks: str, pemisah: _Pemisah) -> int:
    """A Rupiah cell, by the one rule of :mod:`sakip.laporan._rupiah` (as a TOML report's).

    Rupiah are whole: a dot in them groups thousands ("749.930.215", "1.000")
    whatever the file declares for its decimals. Where the file declares
    ``pemisah_desimal: .``, commas may group thousands the English way
    ("1,004,422,800") where the Indonesian reading fails; a text with two
    readings is refused with both: never a guess.
    """
    if sel_kosong(teks):
        raise ReportFormatError(
            berkas=nama, letak=f"row {i}, column {kolom}", expected=_KOSONG["rupiah"], value=teks
        )
    try:
        return rupiah(teks, pemisah == ".", lambda t, p: _bacaan_rupiah(t, kolom, p))[0]
    except SakipError as e:
        raise ReportFormatError(
            berkas=nama, letak=f"row {i}, column {kolom}", expected=e.expected, value=teks
        ) from None


def _pagu_realisasi(
    nama: str, i: int, sel: Mapping[str, str], pemisah: _Pemisah
) -> tuple[int, int] | tuple[None, None]:
    """The pagu and realisasi a row prints, or ``(None, None)`` where both cells are blank.

    One blank cell beside a written one is refused, naming the row: a blank
    cell is no Rp 0, and half a pair is no row that prints nothing.
    """
    kosong = [k for k in ("pagu", "realisasi") if not sel[k]]
    if len(kosong) == 2:
        return None, None
    if kosong:
        lain = "realisasi" if kosong[0] == "pagu" else "pagu"
        raise ReportFormatError(
            berkas=nama,
            letak=f"row {i}, column {kosong[0]}",
            expected=f"is blank while {lain} is not: write the amount as the report prints it "
            f"('749.930.215'), or {_KOSONG_DUA}",
            value=sel[kosong[0]],
        )
    return (
        _rupiah_csv(nama, i, "pagu", sel["pagu"], pemisah),
        _rupiah_csv(nama, i, "realisasi", sel["realisasi"], pemisah),
    )


#: The rules a ``konsolidasi`` or ``konsolidasi_renstra`` cell may name, for its refusal.
_PILIHAN_KONSOLIDASI: Final = (
    f"{', '.join(repr(k.value) for k in list(Konsolidasi)[:-1])} or "
    f"{list(Konsolidasi)[-1].value!r}"
)


class _KCsv(NamedTuple):
    """A budget row's K fields, as :class:`BarisAnggaran` names them."""

    keluaran: Keluaran | None
    konsolidasi: Konsolidasi
    realisasi_lalu_k: Fraction | None
    konsolidasi_renstra: Konsolidasi | None


#: A budget-only row's K fields: no K, the default rules.
_TANPA_K: Final = _KCsv(None, Konsolidasi.JUMLAH, None, None)


def _keluaran_csv(nama: str, i: int, sel: Mapping[str, str], pemisah: _Pemisah) -> _KCsv:
    """A budget row's K fields (:class:`BarisAnggaran`): its K, the rule that makes its
    year's K of the quarters, its K up to last year, and the rule that makes its Renstra
    realisasi of last years' K and this year's, by the model's rule: the output fields
    whole, or all blank (a budget-only row, :data:`_TANPA_K`); the four quarters whole or
    blank; ``konsolidasi`` only beside quarters; ``realisasi_lalu_k`` only beside the
    output fields; ``konsolidasi_renstra`` only beside ``realisasi_lalu_k`` (it needs no
    quarters).

    The rule of :class:`sakip.laporan.SubKegiatan` (and of a TOML report's keys), refused
    here naming the row and the column; K numbers are read as the file's other numbers
    (:func:`sakip.angka.baca`, in its notation).
    """

    def galat(kolom: str, expected: str) -> ReportFormatError:
        return ReportFormatError(
            berkas=nama, letak=f"row {i}, column {kolom}", expected=expected, value=sel[kolom]
        )

    ada = [k for k in KELUARAN if sel.get(k)]
    tw = [k for k in KOLOM_TW_K if sel.get(k)]
    lalu = KOLOM_LALU[0]
    if not ada:
        lain = next(
            (k for k in (*tw, "konsolidasi", lalu, "konsolidasi_renstra") if sel.get(k)), None
        )
        if lain is not None:
            raise galat(
                lain,
                f"applies to a row's K, and this row's K is blank: write "
                f"{', '.join(KELUARAN)} too, or {_K_KOSONG}",
            )
        return _TANPA_K
    hilang = [k for k in KELUARAN if k not in ada]
    if hilang:
        raise galat(
            hilang[0],
            f"is blank beside {', '.join(ada)}: write the row's K whole "
            f"({', '.join(KELUARAN)}), or {_K_KOSONG} (missing: {', '.join(hilang)})",
        )
    if tw and len(tw) < len(KOLOM_TW_K):
        raise galat(
            next(k for k in KOLOM_TW_K if k not in tw),
            f"is blank beside {', '.join(tw)}: write the quarters' K all four (0 for a "
            "quarter with none), or leave them all blank on a row that prints the year's K only",
        )
    if not tw and sel.get("konsolidasi"):
        raise galat(
            "konsolidasi",
            "applies to the quarters' K, and this row prints none (write "
            f"{', '.join(KOLOM_TW_K)}, or leave konsolidasi blank)",
        )
    if not sel.get(lalu) and sel.get("konsolidasi_renstra"):
        # the model's rule, as a TOML report's key: a rule with nothing to apply to would
        # change nothing, and is refused rather than ignored
        raise galat(
            "konsolidasi_renstra",
            f"applies to last years' K ({lalu}), and this row gives none: without them the "
            f"Renstra realisasi is this year's K whatever the rule (write {lalu}, or leave "
            "konsolidasi_renstra blank)",
        )
    aturan = {
        k: _pilih(nama, i, k, sel[k], Konsolidasi, _PILIHAN_KONSOLIDASI) if sel.get(k) else None
        for k in ("konsolidasi", "konsolidasi_renstra")
    }
    keluaran = Keluaran(
        indikator=sel["indikator"],
        satuan=sel["satuan"],
        target_k=_angka(nama, i, "target_k", sel["target_k"], pemisah, "k"),
        tw_k=(
            tuple(_angka(nama, i, k, sel[k], pemisah, "k") for k in KOLOM_TW_K)  # type: ignore[arg-type]
            if tw
            else None
        ),
        realisasi_k=_angka(nama, i, "realisasi_k", sel["realisasi_k"], pemisah, "k"),
    )
    return _KCsv(
        keluaran=keluaran,
        konsolidasi=aturan["konsolidasi"] or Konsolidasi.JUMLAH,
        realisasi_lalu_k=_angka(nama, i, lalu, sel[lalu], pemisah, "k") if sel.get(lalu) else None,
        # None when blank: the row's konsolidasi does both jobs
        konsolidasi_renstra=aturan["konsolidasi_renstra"],
    )


#: The columns of a budget row that apply to a sub kegiatan only, a row with no rows nested
#: under it, and why: a row above sub kegiatan has the sums of theirs (its Rupiah up to last
#: year, :class:`sakip.laporan.Kegiatan`), or the sum of their column as printed (its
#: Renstra Rupiah, ``rpjmd_rp``, as the audit of a report computes it).
_HANYA_SUB: Final[Mapping[str, str]] = MappingProxyType(
    {
        KOLOM_LALU[1]: "the Rupiah up to last year of a row with rows nested under it are the "
        "sums of theirs (form E.81, column 7): write it on those rows, and leave it blank here",
        "rpjmd_rp_dicetak": "the Renstra Rupiah of a row with rows nested under it is the sum "
        "of their column as printed, which the audit of a rows CSV does not recompute: leave "
        "it blank here, or transcribe the table as a TOML report",
    }
)


def _hanya_sub(
    nama: str, baris: Sequence[BarisAnggaran], sel: Sequence[Mapping[str, str]]
) -> None:
    """Refuse a sub kegiatan's column (:data:`_HANYA_SUB`) written on a row that has rows
    nested under it (:func:`induk_anggaran`), or on a total, naming a row below it."""
    bawah: dict[int, BarisAnggaran] = {}
    for b, induk in zip(baris, induk_anggaran(baris, nama), strict=True):
        if induk is not None:
            bawah.setdefault(id(induk), b)
    atas = next((b for b in baris if b.kode.lower() not in KODE_TOTAL), None)
    for b, isi in zip(baris, sel, strict=True):
        anak = atas if b.kode.lower() in KODE_TOTAL else bawah.get(id(b))
        kolom = next((k for k in _HANYA_SUB if isi.get(k)), None)
        if anak is not None and kolom is not None:
            raise ReportFormatError(
                berkas=nama,
                letak=f"row {b.baris}, column {kolom}",
                expected="applies to a sub kegiatan, a row with no rows nested under it (row "
                f"{anak.baris}, {anak.kode!r}, is under this one): {_HANYA_SUB[kolom]}",
                value=isi[kolom],
            )


#: The columns of a budget row's printed K figures: each cites the row's code.
_DICETAK_K: Final = ("k_persen_dicetak", "rpjmd_k_dicetak", "rpjmd_rp_dicetak")


def _kode_dikutip(nama: str, i: int, kode: str) -> None:
    """The code of a row with K: one its K figures cite (:func:`sakip.laporan.besaran.kode_tunggal`),
    as a TOML report's row with printed figures must have."""
    if not kode_tunggal(kode):
        raise ReportFormatError(
            berkas=nama,
            letak=f"row {i}, column kode",
            expected="must be a code of letters, digits, '_', '-', '.' on a row with K "
            "(its K figures cite it)",
            value=kode,
        )


def _pemisah(opsi: OpsiCsv, pemisah_desimal: str | None) -> _Pemisah:
    """The decimal separator a caller gives, else the file's ``#`` line's (None: ","),
    checked."""
    if pemisah_desimal is None:
        return opsi.pemisah_desimal
    for p in _PEMISAH_DESIMAL:
        if pemisah_desimal == p:
            return p
    raise InvalidValueError(
        field="pemisah_desimal", value=pemisah_desimal, expected="must be ',' or '.'"
    )


def baca_csv_opsi(sumber: str | Path | io.TextIOBase) -> OpsiCsv:
    """The options a CSV file sets on its ``#`` lines.

    Examples:
        >>> import io
        >>> baca_csv_opsi(io.StringIO("# skala: PERMENPANRB_88_2021\\nkode\\n")).skala
        'PERMENPANRB_88_2021'
    """
    nama, teks = sumber_csv(sumber)
    return opsi_dan_isi(teks, berkas=nama)[0]


def baca_csv_anggaran(
    sumber: str | Path | io.TextIOBase,
    *,
    pemisah_desimal: str | None = None,
    berkas: str | None = None,
) -> list[BarisAnggaran]:
    """Read budget rows from CSV (comma, semicolon or tab separated, as Excel exports).

    Columns: ``kode``, ``nama``, ``pagu``, ``realisasi``, and optionally
    ``penyerapan_dicetak`` (the percentage the report printed, as text).
    A row that prints no amount (a program printing only its percentage, a
    kegiatan printing nothing) leaves both ``pagu`` and ``realisasi`` blank:
    they are read as None, and the audit takes the sums of the rows nested
    under it. One of the two blank, or a "-" in either, is refused naming
    the row: a blank is no Rp 0, and "-" may mean either.
    ``berkas`` names a stream in messages (a path names itself).
    Amounts may be written the Indonesian way ("13.904.271.740") whatever the
    file declares for its decimals, and, in a file that declares
    ``# pemisah_desimal: .``, with commas grouping thousands ("1,004,422,800");
    a text the two readings take to different amounts is refused with both.
    A row nests under the nearest row coded by a prefix of its code
    (:func:`induk_anggaran`: ``p1.k1.s1`` under ``p1.k1``, or under ``p1``
    where no ``p1.k1`` row is present); a row coded ``total`` holds the sum.

    A row's K columns (:data:`sakip.laporan._csv.KOLOM_CSV`) follow the model's
    rules (:class:`sakip.laporan.SubKegiatan`): ``realisasi_lalu_k`` only beside
    the row's K; ``konsolidasi_renstra`` (the rule across years, read as
    ``konsolidasi``) only beside ``realisasi_lalu_k``, with or without quarters;
    ``realisasi_lalu_rp`` (Rupiah, read as ``pagu``) and
    ``rpjmd_rp_dicetak`` only on a row with no rows nested under it, a sub
    kegiatan: a row above sub kegiatan has the sums of theirs.

    Raises:
        InvalidTypeError: ``sumber`` is neither a path nor a text stream.
        ReportFormatError: naming the file, the row and the column (an
            uncertain induk: :func:`induk_anggaran`).

    Examples:
        >>> import io
        >>> rows = baca_csv_anggaran(io.StringIO(
        ...     "kode;nama;pagu;realisasi\\np9;Program LPM;1.539.632.000;1.529.080.716\\n"))
        >>> rows[0].pagu, rows[0].realisasi
        (1539632000, 1529080716)
        >>> rows = baca_csv_anggaran(io.StringIO("# pemisah_desimal: .\\n"
        ...     "kode;nama;pagu;realisasi;penyerapan_dicetak\\n"
        ...     "p1;Program;749.930.215;1,004,422,800;93.6\\n"))
        >>> rows[0].pagu, rows[0].realisasi, rows[0].penyerapan_dicetak
        (749930215, 1004422800, '93.6')
        >>> rows = baca_csv_anggaran(io.StringIO("kode;nama;pagu;realisasi;penyerapan_dicetak\\n"
        ...     "p1;Program;;;88,6\\np1.k1.s1;Sub kegiatan;749.930.215;702.188.300;93,6\\n"))
        >>> rows[0].pagu, rows[0].realisasi, rows[0].penyerapan_dicetak
        (None, None, '88,6')
        >>> baca_csv_anggaran(io.StringIO("kode;nama;pagu;realisasi\\np1;Program;;702.188.300\\n"))
        Traceback (most recent call last):
        ...
        sakip.errors.ReportFormatError: <csv>: row 2, column pagu is blank while realisasi is \
not: write the amount as the report prints it ('749.930.215'), or leave both pagu and realisasi \
blank on a row that prints no amount (its amounts are then the sums of the rows nested under it) \
(got '')
        >>> baca_csv_anggaran(io.StringIO("# pemisah_desimal: .\\nkode;nama;pagu;realisasi\\n"
        ...     "p1;Program;12,000;0\\n"))
        Traceback (most recent call last):
        ...
        sakip.errors.ReportFormatError: <csv>: row 3, column pagu reads Rp 12 the Indonesian \
way, and is ambiguous (one comma before three digits, with '# pemisah_desimal: .' above the \
header): it reads 12 if the comma marks decimals, and 12000 if it groups thousands; write \
'12000' without grouping, or choose '# pemisah_desimal: ,' above the header (got '12,000')
        >>> rows = baca_csv_anggaran(io.StringIO(
        ...     "kode;nama;pagu;realisasi;indikator;satuan;target_k;realisasi_k;"
        ...     "realisasi_lalu_k;realisasi_lalu_rp;rpjmd_k_dicetak\\n"
        ...     "p1.k1.s1;KUA-PPAS;46.830.540;19.244.000;Dokumen;Dok;2;2;1,84;34.051.100;3,84\\n"))
        >>> rows[0].realisasi_lalu_k, rows[0].realisasi_lalu_rp, rows[0].rpjmd_k_dicetak
        (Fraction(46, 25), 34051100, '3,84')
        >>> rows = baca_csv_anggaran(io.StringIO(
        ...     "kode;nama;pagu;realisasi;indikator;satuan;target_k;tw_k_1;tw_k_2;tw_k_3;tw_k_4;"
        ...     "realisasi_k;konsolidasi;realisasi_lalu_k;konsolidasi_renstra\\n"
        ...     "p1;Program;94.133.080;39.169.000;Persentase;%;100;0;30;45;25;100;jumlah;83;terakhir\\n"))
        >>> rows[0].konsolidasi.value, rows[0].konsolidasi_renstra.value
        ('jumlah', 'terakhir')
        >>> baca_csv_anggaran(io.StringIO(
        ...     "kode;nama;pagu;realisasi;indikator;satuan;target_k;realisasi_k;konsolidasi_renstra\\n"
        ...     "p1;Program;100;90;Persentase;%;100;100;terakhir\\n"))
        Traceback (most recent call last):
        ...
        sakip.errors.ReportFormatError: <csv>: row 2, column konsolidasi_renstra applies to last \
years' K (realisasi_lalu_k), and this row gives none: without them the Renstra realisasi is this \
year's K whatever the rule (write realisasi_lalu_k, or leave konsolidasi_renstra blank) (got \
'terakhir')
        >>> baca_csv_anggaran(io.StringIO("kode;nama;pagu;realisasi;realisasi_lalu_rp\\n"
        ...     "p1;Program;100;90;50\\np1.s1;Sub;100;90;50\\n"))
        Traceback (most recent call last):
        ...
        sakip.errors.ReportFormatError: <csv>: row 2, column realisasi_lalu_rp applies to a \
sub kegiatan, a row with no rows nested under it (row 3, 'p1.s1', is under this one): the \
Rupiah up to last year of a row with rows nested under it are the sums of theirs (form E.81, \
column 7): write it on those rows, and leave it blank here (got '50')
    """
    nama, opsi, baris = _baris_csv(
        sumber, *KOLOM_CSV["anggaran"], berkas, kelompok=_KELOMPOK_ANGGARAN
    )
    pemisah = _pemisah(opsi, pemisah_desimal)
    hasil = []
    for i, b in baris:
        pagu, realisasi = _pagu_realisasi(nama, i, b, pemisah)
        isi_k = _keluaran_csv(nama, i, b, pemisah)
        lalu_rp = KOLOM_LALU[1]
        realisasi_lalu_rp = (
            _rupiah_csv(nama, i, lalu_rp, b[lalu_rp], pemisah) if b.get(lalu_rp) else None
        )
        dicetak = {k: b.get(k) or None for k in _DICETAK_K}
        if isi_k.keluaran is not None or any(t is not None for t in dicetak.values()):
            _kode_dikutip(nama, i, b["kode"])
        hasil.append(
            BarisAnggaran(
                baris=i,
                kode=b["kode"],
                nama=b["nama"],
                pagu=pagu,
                realisasi=realisasi,
                penyerapan_dicetak=b.get("penyerapan_dicetak") or None,
                keluaran=isi_k.keluaran,
                konsolidasi=isi_k.konsolidasi,
                realisasi_lalu_k=isi_k.realisasi_lalu_k,
                konsolidasi_renstra=isi_k.konsolidasi_renstra,
                realisasi_lalu_rp=realisasi_lalu_rp,
                **dicetak,
            )
        )
    # an uncertain induk is refused here, naming the file and row; then a sub kegiatan's
    # column on a row with rows nested under it
    _hanya_sub(nama, hasil, [b for _, b in baris])
    # then, on a row with nothing under it, the Renstra Rupiah need this year's
    for (i, b), r in zip(baris, hasil, strict=True):
        _rupiah_tahun_ini(nama, i, b, r.realisasi)
    return hasil


def _rupiah_tahun_ini(nama: str, i: int, b: Mapping[str, str], realisasi: int | None) -> None:
    """Refuse a sub kegiatan's Renstra Rupiah (:data:`_HANYA_SUB`'s columns) on a row that
    prints no realisasi: last years' Rp + this year's (column 14 = 7 + 13) has no second
    term there (it is not taken as 0)."""
    for kolom in _HANYA_SUB:
        if realisasi is None and b.get(kolom):
            raise ReportFormatError(
                berkas=nama,
                letak=f"row {i}, column {kolom}",
                expected="needs this row's realisasi: the Renstra Rupiah up to this year are "
                "last years' + this year's (form E.81, column 14 = 7 + 13), and this row "
                "prints no Rupiah; write its pagu and realisasi, or leave it blank",
                value=b[kolom],
            )


#: The codes of a row that holds the sum of the top-level rows (any case).
KODE_TOTAL: Final = ("total", "jumlah")


class _Simpul:
    """A node of a tree of codes by their segments: the rows coded so, and the next segments."""

    __slots__ = ("anak", "baris")

    def __init__(self) -> None:
        self.anak: dict[str, _Simpul] = {}
        self.baris: list[BarisAnggaran] = []


def _pohon(baris: Sequence[BarisAnggaran], ruas: Callable[[str], list[str]]) -> _Simpul:
    """The rows (totals left out) in a tree by the segments ``ruas`` cuts their codes into."""
    akar = _Simpul()
    for b in baris:
        if b.kode.lower() not in KODE_TOTAL:
            simpul = akar
            for r in ruas(b.kode):
                simpul = simpul.anak.setdefault(r, _Simpul())
            simpul.baris.append(b)
    return akar


def _ruas(kode: str) -> list[str]:
    return kode.split(".")


def _ruas_longgar(kode: str) -> list[str]:
    """A code's segments compared loosely: case and spaces around the dots ignored."""
    return [r.strip().casefold() for r in kode.split(".")]


def _leluhur(akar: _Simpul, ruas: list[str]) -> list[tuple[int, list[BarisAnggaran]]]:
    """The rows at each proper prefix of a code's segments, as ``(depth, rows)``, shallow first."""
    hasil = []
    simpul: _Simpul | None = akar
    for kedalaman, r in enumerate(ruas[:-1], start=1):
        simpul = simpul.anak.get(r) if simpul is not None else None
        if simpul is None:
            break
        if simpul.baris:
            hasil.append((kedalaman, simpul.baris))
    return hasil


def _induk_langsung(baris: Sequence[BarisAnggaran]) -> tuple[BarisAnggaran | None, ...] | None:
    """:func:`induk_anggaran` for the common file, in one pass over the codes; None otherwise.

    When no two codes match loosely (no duplicate, no case or spacing variant) and every
    code with a dot has its direct parent present, each row's induk is its direct parent
    (or none) and no induk is uncertain; any other file takes the tree of segments. The
    tree costs one Python step per segment, this a few C calls per row.
    """
    kode: dict[str, BarisAnggaran] = {}
    longgar: set[str] = set()
    for b in baris:
        if b.kode.lower() in KODE_TOTAL:
            continue
        kunci = ".".join(map(str.strip, b.kode.casefold().split(".")))
        if kunci in longgar:
            return None
        longgar.add(kunci)
        kode[b.kode] = b
    hasil: list[BarisAnggaran | None] = []
    for b in baris:
        if b.kode.lower() in KODE_TOTAL or "." not in b.kode:
            hasil.append(None)
            continue
        induk = kode.get(b.kode.rpartition(".")[0])
        if induk is None:
            return None
        hasil.append(induk)
    return tuple(hasil)


def _calon(b: BarisAnggaran | None) -> str:
    return "no row (the top level)" if b is None else f"row {b.baris} ({b.kode!r})"


def induk_anggaran(
    baris: Sequence[BarisAnggaran], berkas: str = "<csv>"
) -> tuple[BarisAnggaran | None, ...]:
    """Each budget row's induk (parent): the nearest of its ancestors present, or None.

    A row's ancestors are the rows coded by a prefix of its code cut at a
    dot: ``p1.k1`` and ``p1`` for ``p1.k1.s1`` (whole segments: ``p1`` is no
    ancestor of ``p10.k1``). The nearest one present is its induk, so a table
    that prints programs and sub kegiatan but not the kegiatan between them
    (``p1``, ``p1.k1.s1``) still nests its sub kegiatan under the program.
    The prefixes of one code form one chain, so the nearest is unique; what
    could make it uncertain is a code that matches another row's only when
    case and spaces are ignored (``P1`` beside ``p1``): such a row is refused,
    naming both candidates. Nesting follows codes, not positions: a row
    printed after the rows below it (a sum printed under its rows) is their
    induk all the same. A code with no dot, or whose prefixes name no row,
    is a top-level row; rows coded ``total`` or ``jumlah`` hold the sum of
    the top-level rows and have no induk.

    Returns:
        The induk of each row, in the order of ``baris``.

    Raises:
        InvalidTypeError: ``baris`` is not a sequence of :class:`BarisAnggaran`.
        ReportFormatError: a row whose induk is uncertain, naming ``berkas``,
            its row and the two candidates.

    Sumber:
        Codes nesting program > kegiatan > sub kegiatan by their prefix:
        Kepmendagri 050-5889/2021 (unverified: the shapes as LKjIP budget
        tables print them; kode program "1.01.01", kegiatan
        "1.01.01.2.01", sub kegiatan "1.01.01.2.01.0001"). Nesting under the
        nearest ancestor present, for tables that skip a level: local practice,
        seen in LKjIP budget tables (Setda Provinsi Sumatera Utara 2021, Tabel 19,
        prints no figures on its kegiatan rows).

    Examples:
        >>> rows = [BarisAnggaran(baris=i, kode=k, nama=k, pagu=1, realisasi=1)
        ...         for i, k in enumerate(["p1", "p1.k1.s1", "p1.k2", "p1.k2.s1"], start=2)]
        >>> [None if b is None else b.kode for b in induk_anggaran(rows)]
        [None, 'p1', 'p1', 'p1.k2']
        >>> rows.append(BarisAnggaran(baris=6, kode="P1.k3", nama="x", pagu=1, realisasi=1))
        >>> induk_anggaran(rows, "a.csv")
        Traceback (most recent call last):
        ...
        sakip.errors.ReportFormatError: a.csv: row 6, column kode must nest under one row: \
its code nests under no row (the top level), and under row 2 ('p1') if case and spaces \
around the dots are ignored; write the two codes alike (got 'P1.k3')
    """
    rows: Any = baris  # checked at run time: a caller's junk is refused, not trusted
    if (
        isinstance(rows, (str, bytes))
        or not isinstance(rows, Sequence)
        or not all(isinstance(b, BarisAnggaran) for b in rows)
    ):
        raise InvalidTypeError(
            field="baris", value=baris, expected="must be a sequence of BarisAnggaran"
        )
    if not isinstance(berkas, str):
        raise InvalidTypeError(field="berkas", value=berkas, expected="must be a string")
    langsung = _induk_langsung(baris)
    return _induk_pohon(baris, berkas) if langsung is None else langsung


def _induk_pohon(baris: Sequence[BarisAnggaran], berkas: str) -> tuple[BarisAnggaran | None, ...]:
    """:func:`induk_anggaran` by the tree of segments: every file, one step per segment."""
    tepat = _pohon(baris, _ruas)
    longgar = _pohon(baris, _ruas_longgar)
    hasil: list[BarisAnggaran | None] = []
    for b in baris:
        if b.kode.lower() in KODE_TOTAL:
            hasil.append(None)
            continue
        leluhur = _leluhur(tepat, _ruas(b.kode))
        kedalaman, induk = (leluhur[-1][0], leluhur[-1][1][0]) if leluhur else (0, None)
        for k, calon in _leluhur(longgar, _ruas_longgar(b.kode)):
            lain = [x for x in calon if x is not induk]
            if k >= kedalaman and lain:
                raise ReportFormatError(
                    berkas=berkas,
                    letak=f"row {b.baris}, column kode",
                    expected=f"must nest under one row: its code nests under {_calon(induk)}, "
                    f"and under {_calon(lain[0])} if case and spaces around the dots are "
                    "ignored; write the two codes alike",
                    value=b.kode,
                )
        hasil.append(induk)
    return tuple(hasil)


def _pilih(
    nama: str, i: int, kolom: str, teks: str, jenis: Callable[[str], Any], pilihan: str
) -> Any:
    try:
        return jenis(teks.lower())
    except ValueError:
        raise ReportFormatError(
            berkas=nama,
            letak=f"row {i}, column {kolom}",
            expected=f"must be {pilihan}",
            value=teks,
        ) from None


def baca_csv_indikator(
    sumber: str | Path | io.TextIOBase,
    *,
    pemisah_desimal: str | None = None,
    berkas: str | None = None,
) -> list[BarisIndikator]:
    """Read indicator rows from CSV.

    Columns: ``kode``, ``nama``, ``arah`` (``naik``/``turun``), ``target``,
    ``realisasi``, and optionally ``metode`` (``selisih``/``rasio``, for
    ``turun``), ``capaian_dicetak`` and ``predikat_dicetak``. Numbers are
    written the Indonesian way ("98,48") unless the file sets
    ``# pemisah_desimal: .``; a lone dot ("95.03") is otherwise refused as ambiguous.

    Examples:
        >>> import io
        >>> rows = baca_csv_indikator(io.StringIO(
        ...     "kode,nama,arah,target,realisasi,capaian_dicetak\\n"
        ...     'iku2,Pengentasan desa tertinggal,naik,42,75,179%\\n'))
        >>> rows[0].target, rows[0].capaian_dicetak
        (Fraction(42, 1), '179%')
    """
    nama, opsi, baris = _baris_csv(sumber, *KOLOM_CSV["indikator"], berkas)
    pemisah = _pemisah(opsi, pemisah_desimal)
    hasil = []
    for i, b in baris:
        arah = _pilih(nama, i, "arah", b["arah"], Arah, "'naik' or 'turun'")
        metode = None
        if b.get("metode"):
            metode = _pilih(nama, i, "metode", b["metode"], MetodeTurun, "'selisih' or 'rasio'")
        hasil.append(
            BarisIndikator(
                baris=i,
                kode=b["kode"],
                nama=b["nama"],
                arah=arah,
                metode=metode,
                target=_angka(nama, i, "target", b["target"], pemisah),
                realisasi=_angka(nama, i, "realisasi", b["realisasi"], pemisah),
                capaian_dicetak=b.get("capaian_dicetak") or None,
                predikat_dicetak=b.get("predikat_dicetak") or None,
            )
        )
    return hasil
