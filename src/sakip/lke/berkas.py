"""Readers of LKE sheets: TOML and CSV, bounded and strict.

Both readers parse the file once into a :class:`~sakip.lke.lembar.Lembar`;
every error is a :class:`~sakip.errors.ReportFormatError` naming the file and
the place in it (``komponen[0].subkomponen[1].kriteria[2].evaluator``, or
``row 7, column evaluator``). Unknown keys and columns are refused, not
ignored; files over :data:`MAKS_BESAR_BERKAS` bytes and sheets over
:data:`MAKS_KRITERIA` criteria are refused before they are parsed.

The TOML layout::

    skema = 1
    judul = "LKE AKIP Dinas Contoh 2024"
    acuan = "PERMENPANRB_88_2021"      # optional: weights from the built-in table
    tempat = 2                         # optional: printed decimal places
    skala_predikat = "PERMENPANRB_88_2021"  # optional: the reading of the predikat scale

    [skala.AA-E-kabupaten]             # optional: a scale the sheet declares
    sumber = "..."
    nilai = { AA = 1, A = 0.8, ... }

    [[komponen]]
    kode = "1"
    [[komponen.subkomponen]]
    kode = "1.a"
    skala = "Y/T"                      # the default scale of its criteria
    [[komponen.subkomponen.kriteria]]
    kode = "1.a.1"
    uraian = "Terdapat pedoman teknis perencanaan kinerja"
    mandiri = "Y"
    evaluator = "Y"

    [dicetak]                          # optional: the published results, for the audit
    nilai = "72,45"
    komponen = { "1" = "22,50" }

The CSV layout: one row per criterion, with the columns ``komponen``,
``subkomponen``, ``kriteria`` and ``skala`` and optionally ``nama_komponen``,
``bobot_komponen``, ``nama_subkomponen``, ``bobot_subkomponen``, ``cara``,
``uraian``, ``bobot_kriteria``, ``mandiri``, ``evaluator``; comma or semicolon
separated. Lines before the header of the form ``# kunci: nilai`` give
``judul``, ``instansi``, ``tahun``, ``tempat``, ``acuan`` and ``skala_predikat``, and
the printed results: ``dicetak.sisi``, ``dicetak.nilai``, ``dicetak.predikat``,
``dicetak.komponen.<kode>`` and ``dicetak.subkomponen.<kode>``.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Mapping, Sequence
from fractions import Fraction
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final, Literal

from sakip._eksak import bulatkan_pecahan, ke_pecahan, tempat_tepat
from sakip._pemisah import baris_csv, pemisah_kolom
from sakip.angka import baca as baca_angka
from sakip.angka import tulis_desimal
from sakip.errors import ReportFormatError, SakipError
from sakip.laporan.berkas import baca_teks, ke_path, muat_toml
from sakip.laporan.berkas_csv import MAKS_PANJANG_SEL
from sakip.lke.bobot import Acuan, acuan
from sakip.lke.jawaban import SKALA_JAWABAN, SkalaJawaban
from sakip.lke.lembar import (
    SKALA_PREDIKAT_LKE,
    Cara,
    Cetakan,
    Komponen,
    Kriteria,
    Lembar,
    Sisi,
    SubKomponen,
)

__all__ = ["MAKS_BESAR_BERKAS", "MAKS_KRITERIA", "baca", "baca_csv", "baca_toml", "dari_dict"]

#: Largest sheet file read, in bytes (an LKE has well under a thousand rows).
MAKS_BESAR_BERKAS: Final = 2_000_000
#: Most criteria in one sheet.
MAKS_KRITERIA: Final = 2_000
#: Longest text in one field (a criterion's wording).
MAKS_TEKS: Final = 2_000
_POLA_KODE: Final = re.compile(r"[0-9A-Za-z][0-9A-Za-z._-]{0,39}\Z")
_SKEMA: Final = 1


class _Pembaca:
    """Parsing helpers bound to one file, so every error names it."""

    def __init__(self, berkas: str) -> None:
        self.berkas = berkas
        self.banyak_kriteria = 0
        # CSV cells are text as Excel exports it, read by sakip.angka.baca's rule (a lone
        # dot is ambiguous unless the file sets "# pemisah_desimal: ."); TOML strings are
        # plain decimals ("4.5") or Indonesian ones with a comma ("4,5").
        self.csv = False
        self.pemisah_desimal: Literal[",", "."] | None = None

    def salah(self, letak: str, expected: str, value: object) -> ReportFormatError:
        return ReportFormatError(berkas=self.berkas, letak=letak, expected=expected, value=value)

    def teks(self, nilai: object, letak: str, *, wajib: bool = True) -> str:
        if nilai is None and not wajib:
            return ""
        if not isinstance(nilai, str):
            raise self.salah(letak, "must be text", nilai)
        if len(nilai) > MAKS_TEKS:
            raise self.salah(letak, f"must be at most {MAKS_TEKS} characters", nilai[:20] + "...")
        if any((ord(c) < 32 and c not in "\t\n\r") or 0x7F <= ord(c) <= 0x9F for c in nilai):
            raise self.salah(letak, "must not hold control characters", nilai)
        if wajib and not nilai.strip():
            raise self.salah(letak, "must not be empty", nilai)
        return nilai.strip()

    def kode(self, nilai: object, letak: str) -> str:
        if not isinstance(nilai, str) or not _POLA_KODE.match(nilai.strip()):
            raise self.salah(
                letak, "must be a code of letters, digits, '.', '_' or '-' (at most 40)", nilai
            )
        return nilai.strip()

    def angka(self, nilai: object, letak: str) -> Fraction:
        """A weight or a scale value: an int, a float, '4.5' or '4,5'."""
        if isinstance(nilai, bool) or not isinstance(nilai, (int, float, str)):
            raise self.salah(letak, "must be a number", nilai)
        if isinstance(nilai, str) and self.csv:
            try:
                return ke_pecahan(baca_angka(nilai, pemisah_desimal=self.pemisah_desimal), letak)
            except SakipError as e:
                raise self.salah(letak, e.expected, nilai) from None
        if isinstance(nilai, str):
            try:
                return ke_pecahan(nilai, letak)
            except SakipError as e:
                if "," not in nilai:  # not Indonesian: the plain reading's reason stands
                    raise self.salah(letak, e.expected, nilai) from None
            try:
                return ke_pecahan(baca_angka(nilai, pemisah_desimal=","), letak)
            except SakipError as e:
                raise self.salah(letak, e.expected, nilai) from None
        try:
            return ke_pecahan(nilai, letak)
        except SakipError as e:
            raise self.salah(letak, e.expected, nilai) from None

    def tabel(self, nilai: object, letak: str, boleh: frozenset[str]) -> Mapping[str, Any]:
        if not isinstance(nilai, dict):
            raise self.salah(letak, "must be a table", nilai)
        asing = sorted(str(k) for k in nilai if k not in boleh)
        if asing:
            raise self.salah(letak, f"must only have the keys {sorted(boleh)}", asing)
        return nilai

    def daftar(self, nilai: object, letak: str) -> list[Any]:
        if not isinstance(nilai, list) or not nilai:
            raise self.salah(letak, "must be a non-empty list of tables", nilai)
        return nilai

    def hitung_kriteria(self, letak: str) -> None:
        self.banyak_kriteria += 1
        if self.banyak_kriteria > MAKS_KRITERIA:
            raise self.salah(letak, f"must be within {MAKS_KRITERIA} criteria", "more")


def _muat(path: Path, berkas: str) -> str:
    return baca_teks(path, nama=berkas, maks=MAKS_BESAR_BERKAS)


# -- shared construction --------------------------------------------------------------


def _skala_lembar(p: _Pembaca, data: object) -> dict[str, SkalaJawaban]:
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise p.salah("skala", "must be a table of scales", data)
    hasil: dict[str, SkalaJawaban] = {}
    for nama, isi in data.items():
        letak = f"skala.{nama}"
        if nama in SKALA_JAWABAN:
            raise p.salah(letak, "must not redefine a built-in scale", nama)
        t = p.tabel(isi, letak, frozenset({"sumber", "nilai"}))
        sumber = p.teks(t.get("sumber"), f"{letak}.sumber")
        isi_nilai = t.get("nilai")
        if not isinstance(isi_nilai, dict):
            raise p.salah(f"{letak}.nilai", "must be a table answer -> value", isi_nilai)
        nilai = isi_nilai
        angka = {str(k): p.angka(v, f"{letak}.nilai.{k}") for k, v in nilai.items()}
        try:
            hasil[nama] = SkalaJawaban(nama=nama, nilai=angka, sumber=sumber)
        except SakipError as e:
            raise p.salah(letak, e.expected, e.value) from None
    return hasil


def _cari_skala(
    p: _Pembaca, nama: object, letak: str, sendiri: Mapping[str, SkalaJawaban]
) -> SkalaJawaban:
    if not isinstance(nama, str):
        raise p.salah(letak, "must name a scale", nama)
    if nama in sendiri:
        return sendiri[nama]
    if nama in SKALA_JAWABAN:
        return SKALA_JAWABAN[nama]
    pilihan = sorted(SKALA_JAWABAN) + sorted(sendiri)
    raise p.salah(letak, f"must be one of {pilihan} (declare others under [skala])", nama)


def _jawaban(p: _Pembaca, nilai: object, letak: str) -> str | None:
    if nilai is None:
        return None
    if not isinstance(nilai, str) or len(nilai) > 10:
        raise p.salah(letak, "must be an answer written as text", nilai)
    return nilai.strip() or None


def _kolom_toml(letak: str) -> Callable[[str], str]:
    """Where a field of a TOML table is: ``komponen[0].bobot``."""
    return lambda f: f"{letak}.{f}"


def _kolom_csv(baris: str, tingkat: str) -> Callable[[str], str]:
    """Where a field of a component or sub-component is in a CSV: ``row 4, bobot_komponen``."""
    return lambda f: f"{baris}, {f}" if f == "cara" else f"{baris}, {f}_{tingkat}"


def _tulis(x: Fraction) -> str:
    return tulis_desimal(bulatkan_pecahan(x, tempat_tepat(x, 6)))


def _bobot_acuan(
    p: _Pembaca,
    ac: Acuan | None,
    baku: tuple[str, Fraction, Cara | None] | None,
    nama: object,
    bobot: object,
    cara: object,
    letak: str,
    kode: str,
    kolom: Callable[[str], str],
) -> tuple[str, Fraction, Cara | None]:
    """A node's name, weight and method: from the sheet, checked against the acuan.

    ``kolom`` names the place of one field ("nama", "bobot", "cara") of the node.
    """
    if ac is not None and baku is None:
        raise p.salah(letak, f"must have a code of the acuan {ac.nama}", kode)
    nama_ = p.teks(nama, kolom("nama")) if nama is not None else (baku[0] if baku else None)
    if nama_ is None:
        raise p.salah(kolom("nama"), "must be given (or follow an acuan)", None)
    if bobot is None:
        if baku is None:
            raise p.salah(kolom("bobot"), "must be given (or follow an acuan)", None)
        bobot_ = baku[1]
    else:
        bobot_ = p.angka(bobot, kolom("bobot"))
        if baku is not None and bobot_ != baku[1]:
            raise p.salah(
                kolom("bobot"),
                f"must equal the acuan's weight {_tulis(baku[1])} ({ac.nama if ac else ''})",
                bobot,
            )
    cara_: Cara | None = baku[2] if baku else None
    if cara is not None:
        try:
            cara_ = Cara(cara)
        except ValueError:
            raise p.salah(kolom("cara"), "must be 'rata-rata' or 'akumulasi'", cara) from None
    return nama_, bobot_, cara_


def _baku_komponen(ac: Acuan | None, kode: str) -> tuple[str, Fraction, Cara | None] | None:
    if ac is None:
        return None
    k = ac.komponen_bernama(kode)
    return None if k is None else (k.nama, k.bobot, None)


def _baku_sub(ac: Acuan | None, kode: str) -> tuple[str, Fraction, Cara | None] | None:
    if ac is None:
        return None
    s = ac.subkomponen(kode)
    return None if s is None else (s.nama, s.bobot, s.cara)


def _cetakan(p: _Pembaca, data: object) -> Cetakan | None:
    if data is None:
        return None
    t = p.tabel(
        data, "dicetak", frozenset({"sisi", "nilai", "predikat", "komponen", "subkomponen"})
    )
    try:
        sisi = Sisi(t.get("sisi", "evaluator"))
    except ValueError:
        raise p.salah("dicetak.sisi", "must be 'mandiri' or 'evaluator'", t.get("sisi")) from None

    def cetak(nilai: object, letak: str) -> str:
        if not isinstance(nilai, str):
            raise p.salah(letak, "must be the figure as printed, as text ('9,99')", nilai)
        return p.teks(nilai, letak)

    peta: dict[str, dict[str, str]] = {}
    for bagian in ("komponen", "subkomponen"):
        isi = t.get(bagian, {})
        if not isinstance(isi, dict):
            raise p.salah(f"dicetak.{bagian}", "must be a table code -> printed figure", isi)
        peta[bagian] = {str(k): cetak(v, f"dicetak.{bagian}.{k}") for k, v in isi.items()}
    return Cetakan(
        sisi=sisi,
        nilai=cetak(t["nilai"], "dicetak.nilai") if "nilai" in t else None,
        predikat=cetak(t["predikat"], "dicetak.predikat") if "predikat" in t else None,
        komponen=peta["komponen"],
        subkomponen=peta["subkomponen"],
    )


def _tempat(p: _Pembaca, nilai: object, letak: str) -> int:
    if isinstance(nilai, str) and nilai.strip().isascii() and nilai.strip().isdigit():
        nilai = int(nilai.strip())
    if type(nilai) is not int or not 0 <= nilai <= 6:
        raise p.salah(letak, "must be a whole number of places from 0 to 6", nilai)
    return nilai


def _tahun(p: _Pembaca, nilai: object, letak: str) -> int | None:
    if nilai is None:
        return None
    if isinstance(nilai, str) and nilai.strip().isascii() and nilai.strip().isdigit():
        nilai = int(nilai.strip())
    if type(nilai) is not int or not 2000 <= nilai <= 2100:
        raise p.salah(letak, "must be a year from 2000 to 2100", nilai)
    return nilai


def _lembar(
    p: _Pembaca,
    atas: Mapping[str, Any],
    *,
    judul: object,
    ac: Acuan | None,
    cetakan: Callable[[], Cetakan | None],
    komponen: Sequence[Komponen],
) -> Lembar:
    """The sheet from its top fields (``atas``), as both formats give them; errors name the file."""
    try:
        return Lembar(
            judul=p.teks(judul, "judul"),
            instansi=p.teks(atas.get("instansi"), "instansi", wajib=False),
            tahun=_tahun(p, atas.get("tahun"), "tahun"),
            tempat=_tempat(p, atas.get("tempat", 2), "tempat"),
            acuan=None if ac is None else ac.nama,
            skala_predikat=p.teks(
                atas.get("skala_predikat", SKALA_PREDIKAT_LKE[0]), "skala_predikat"
            ),
            cetakan=cetakan(),
            komponen=tuple(komponen),
            berkas=p.berkas,
        )
    except ReportFormatError:
        raise
    except SakipError as e:  # pragma: no cover - every constructor error is a format error
        raise p.salah(e.field, e.expected, e.value) from None


# -- TOML ---------------------------------------------------------------------------------

_KUNCI_ATAS: Final = frozenset(
    {
        "skema",
        "judul",
        "instansi",
        "tahun",
        "tempat",
        "acuan",
        "skala_predikat",
        "skala",
        "komponen",
        "dicetak",
    }
)
_KUNCI_KOMPONEN: Final = frozenset({"kode", "nama", "bobot", "subkomponen"})
_KUNCI_SUB: Final = frozenset({"kode", "nama", "bobot", "cara", "skala", "kriteria"})
_KUNCI_KRITERIA: Final = frozenset({"kode", "uraian", "skala", "bobot", "mandiri", "evaluator"})


def dari_dict(data: Mapping[str, Any], *, berkas: str = "<data>") -> Lembar:
    """Build a sheet from the data of a TOML sheet (a dict, as ``tomllib`` gives it).

    Raises:
        ReportFormatError: anything that breaks the layout or the weights,
            naming ``berkas`` and the place.

    Examples:
        >>> lembar = dari_dict({"skema": 1, "judul": "x", "acuan": "PERMENPANRB_88_2021",
        ...     "komponen": [{"kode": "1", "subkomponen": [{"kode": "1.a", "skala": "Y/T",
        ...         "kriteria": [{"kode": "1.a.1", "evaluator": "Y"}]}]}]})
        Traceback (most recent call last):
        ...
        sakip.errors.ReportFormatError: <data>: komponen[0] must have sub-component weights \
adding up to its weight 30 (got '6'); LKE weights, PermenPANRB 88/2021
    """
    p = _Pembaca(berkas)
    t = p.tabel(data, "(top)", _KUNCI_ATAS)
    if t.get("skema") != _SKEMA:
        raise p.salah("skema", f"must be {_SKEMA}", t.get("skema"))
    ac = None
    if "acuan" in t:
        try:
            ac = acuan(t["acuan"])
        except SakipError as e:
            raise p.salah("acuan", e.expected, t["acuan"]) from None
    sendiri = _skala_lembar(p, t.get("skala"))
    komponen: list[Komponen] = []
    for i, dk in enumerate(p.daftar(t.get("komponen"), "komponen")):
        lk = f"komponen[{i}]"
        k = p.tabel(dk, lk, _KUNCI_KOMPONEN)
        kode_k = p.kode(k.get("kode"), f"{lk}.kode")
        nama_k, bobot_k, _ = _bobot_acuan(
            p,
            ac,
            _baku_komponen(ac, kode_k),
            k.get("nama"),
            k.get("bobot"),
            None,
            lk,
            kode_k,
            _kolom_toml(lk),
        )
        subs: list[SubKomponen] = []
        for j, ds in enumerate(p.daftar(k.get("subkomponen"), f"{lk}.subkomponen")):
            ls = f"{lk}.subkomponen[{j}]"
            s = p.tabel(ds, ls, _KUNCI_SUB)
            kode_s = p.kode(s.get("kode"), f"{ls}.kode")
            nama_s, bobot_s, cara_s = _bobot_acuan(
                p,
                ac,
                _baku_sub(ac, kode_s),
                s.get("nama"),
                s.get("bobot"),
                s.get("cara"),
                ls,
                kode_s,
                _kolom_toml(ls),
            )
            if cara_s is None:
                raise p.salah(f"{ls}.cara", "must be given (or follow an acuan)", None)
            skala_s = s.get("skala")
            kriteria: list[Kriteria] = []
            for n, dc in enumerate(p.daftar(s.get("kriteria"), f"{ls}.kriteria")):
                lc = f"{ls}.kriteria[{n}]"
                p.hitung_kriteria(lc)
                c = p.tabel(dc, lc, _KUNCI_KRITERIA)
                nama_skala = c.get("skala", skala_s)
                kriteria.append(
                    Kriteria(
                        kode=p.kode(c.get("kode"), f"{lc}.kode"),
                        uraian=p.teks(c.get("uraian"), f"{lc}.uraian", wajib=False),
                        skala=_cari_skala(p, nama_skala, f"{lc}.skala", sendiri),
                        bobot=None if "bobot" not in c else p.angka(c["bobot"], f"{lc}.bobot"),
                        mandiri=_jawaban(p, c.get("mandiri"), f"{lc}.mandiri"),
                        evaluator=_jawaban(p, c.get("evaluator"), f"{lc}.evaluator"),
                        letak=lc,
                        berkas=berkas,
                    )
                )
            subs.append(
                SubKomponen(
                    kode=kode_s,
                    nama=nama_s,
                    bobot=bobot_s,
                    cara=cara_s,
                    kriteria=tuple(kriteria),
                    letak=ls,
                )
            )
        komponen.append(
            Komponen(kode=kode_k, nama=nama_k, bobot=bobot_k, subkomponen=tuple(subs), letak=lk)
        )
    return _lembar(
        p,
        t,
        judul=t.get("judul"),
        ac=ac,
        cetakan=lambda: _cetakan(p, t.get("dicetak")),
        komponen=komponen,
    )


def baca_toml(path: str | Path) -> Lembar:
    """Read a sheet from a TOML file.

    Raises:
        ReportFormatError: a missing, unreadable, oversized, non-UTF-8 or
            malformed file, or a sheet that breaks the layout or the weights;
            the message names the file and the place.

    Examples:
        >>> baca_toml("/nonexistent/lke.toml")
        Traceback (most recent call last):
        ...
        sakip.errors.ReportFormatError: lke.toml must exist (got '/nonexistent/lke.toml')
    """
    path = ke_path(path)
    return dari_dict(muat_toml(_muat(path, path.name), path.name), berkas=path.name)


# -- CSV ----------------------------------------------------------------------------------

_KOLOM_WAJIB: Final = ("komponen", "subkomponen", "kriteria", "skala")
_KOLOM_OPSIONAL: Final = (
    "nama_komponen",
    "bobot_komponen",
    "nama_subkomponen",
    "bobot_subkomponen",
    "cara",
    "uraian",
    "bobot_kriteria",
    "mandiri",
    "evaluator",
)
_KEPALA_META: Final = frozenset(
    {"judul", "instansi", "tahun", "tempat", "acuan", "skala_predikat", "pemisah_desimal"}
)
_POLA_DICETAK: Final = re.compile(
    r"dicetak\.(?:sisi|nilai|predikat|(?:komponen|subkomponen)\.[0-9A-Za-z][0-9A-Za-z._-]{0,39})\Z"
)


def _cetakan_csv(p: _Pembaca, meta: Mapping[str, str]) -> Cetakan | None:
    """The printed results from ``# dicetak.<...>: value`` lines, as the TOML [dicetak] table."""
    data: dict[str, Any] = {}
    for kunci, nilai in meta.items():
        if not kunci.startswith("dicetak."):
            continue
        bagian = kunci.split(".", 2)
        if len(bagian) == 3:
            data.setdefault(bagian[1], {})[bagian[2]] = nilai
        else:
            data[bagian[1]] = nilai
    return _cetakan(p, data) if data else None


def _meta_csv(p: _Pembaca, baris: list[str]) -> tuple[dict[str, str], int]:
    """The ``#`` lines' keys and the index of the header: the first line that is neither a
    ``#`` line nor blank (blank lines may stand between them, as in a rows CSV)."""
    meta: dict[str, str] = {}
    i = 0
    while i < len(baris) and (baris[i].lstrip().startswith("#") or not baris[i].strip()):
        isi = baris[i].lstrip()[1:].strip()
        if isi:
            kunci, pisah, nilai = isi.partition(":")
            kunci = kunci.strip()
            if kunci.lower() in _KEPALA_META:
                kunci = kunci.lower()
            if not pisah or not (kunci in _KEPALA_META or _POLA_DICETAK.match(kunci)):
                raise p.salah(
                    f"line {i + 1}",
                    f"must be '# key: value' with a key of {sorted(_KEPALA_META)}, "
                    "or dicetak.sisi, dicetak.nilai, dicetak.predikat, "
                    "dicetak.komponen.<kode>, dicetak.subkomponen.<kode>",
                    isi,
                )
            if kunci in meta:
                raise p.salah(f"line {i + 1}", "must not repeat a key", kunci)
            meta[kunci] = nilai.strip()
        i += 1
    return meta, i


def _sama(p: _Pembaca, simpan: dict[str, str], kunci: str, nilai: str, letak: str) -> None:
    """A component's or sub-component's cell, repeated on each of its rows, must agree."""
    if not nilai:
        return
    lama = simpan.get(kunci)
    if lama is None:
        simpan[kunci] = nilai
    elif lama != nilai:
        raise p.salah(letak, f"must agree with the earlier rows ({lama!r})", nilai)


def baca_csv(sumber: str | Path | io.TextIOBase) -> Lembar:
    """Read a sheet from a CSV file: one row per criterion.

    Raises:
        ReportFormatError: naming the file, the row and the column.

    Examples:
        >>> import io
        >>> teks = ("# judul: contoh\\n# acuan: PERMENPANRB_88_2021\\n"
        ...         "komponen;subkomponen;kriteria;skala;evaluator\\n1;1.a;1.a.1;Y/T;Ya\\n")
        >>> baca_csv(io.StringIO(teks))
        Traceback (most recent call last):
        ...
        sakip.errors.ReportFormatError: <csv>: row 4, evaluator must be one of Y, T \
(scale 'Y/T') (got 'Ya')
    """
    if not hasattr(sumber, "read"):
        path = ke_path(sumber, "sumber")
        nama = path.name
        teks = _muat(path, nama)
    else:
        nama = "<csv>"
        teks = sumber.read(MAKS_BESAR_BERKAS + 1)
        if not isinstance(teks, str) or len(teks) > MAKS_BESAR_BERKAS:
            raise ReportFormatError(
                berkas=nama,
                letak="-",
                expected=f"must be text of at most {MAKS_BESAR_BERKAS} characters",
                value="larger",
            )
    p = _Pembaca(nama)
    baris_teks = baris_csv(teks)
    meta, awal = _meta_csv(p, baris_teks)
    p.csv = True
    if "pemisah_desimal" in meta:
        if meta["pemisah_desimal"] not in (",", "."):
            raise p.salah("pemisah_desimal", "must be ',' or '.'", meta["pemisah_desimal"])
        p.pemisah_desimal = meta["pemisah_desimal"]  # type: ignore[assignment]
    if awal >= len(baris_teks):
        raise p.salah("header", "must have a header row", "")
    kepala = baris_teks[awal]
    pemisah = pemisah_kolom(kepala)
    pembaca = csv.reader(io.StringIO("\n".join(baris_teks[awal:])), delimiter=pemisah)
    try:
        semua = list(pembaca)
    except csv.Error as e:  # a quote left open, or a cell beyond the csv module's limit
        raise p.salah(
            f"row {pembaca.line_num + awal}",
            f"must be valid CSV with cells of at most {MAKS_PANJANG_SEL} characters",
            str(e),
        ) from None
    if not semua or not any(s.strip() for s in semua[0]):
        raise p.salah("header", "must have a header row", kepala)
    kolom = [k.strip().lower() for k in semua[0]]
    kurang = [k for k in _KOLOM_WAJIB if k not in kolom]
    if kurang:
        raise p.salah("header", f"must have the columns {list(_KOLOM_WAJIB)}", kolom)
    asing = [k for k in kolom if k not in _KOLOM_WAJIB and k not in _KOLOM_OPSIONAL]
    if asing or len(set(kolom)) != len(kolom):
        raise p.salah(
            "header",
            f"must only have the columns {list(_KOLOM_WAJIB + _KOLOM_OPSIONAL)}, each once",
            asing or kolom,
        )
    ac = None
    if "acuan" in meta:
        try:
            ac = acuan(meta["acuan"])
        except SakipError as e:
            raise p.salah("acuan", e.expected, meta["acuan"]) from None

    # Group rows: component -> sub-component -> criteria, in first-seen order.
    urut_k: dict[str, dict[str, list[tuple[int, dict[str, str]]]]] = {}
    sel_k: dict[str, dict[str, str]] = {}
    sel_s: dict[str, dict[str, str]] = {}
    letak_k: dict[str, str] = {}
    letak_s: dict[str, str] = {}
    for n, sel in enumerate(semua[1:], start=awal + 2):
        if not any(s.strip() for s in sel):
            continue
        if len(sel) != len(kolom):
            raise p.salah(f"row {n}", f"must have {len(kolom)} cells like the header", len(sel))
        b = {k: v.strip() for k, v in zip(kolom, sel, strict=True)}
        lb = f"row {n}"
        p.hitung_kriteria(lb)
        kk = p.kode(b["komponen"], f"{lb}, komponen")
        ks = p.kode(b["subkomponen"], f"{lb}, subkomponen")
        for kunci in ("nama_komponen", "bobot_komponen"):
            _sama(p, sel_k.setdefault(kk, {}), kunci, b.get(kunci, ""), f"{lb}, {kunci}")
        for kunci in ("nama_subkomponen", "bobot_subkomponen", "cara"):
            _sama(p, sel_s.setdefault(ks, {}), kunci, b.get(kunci, ""), f"{lb}, {kunci}")
        if ks in letak_s and ks not in urut_k.get(kk, {}):
            raise p.salah(f"{lb}, subkomponen", "must belong to one component only", ks)
        letak_k.setdefault(kk, lb)
        letak_s.setdefault(ks, lb)
        urut_k.setdefault(kk, {}).setdefault(ks, []).append((n, b))
    if not urut_k:
        raise p.salah("row 2", "must have at least one criterion row", "")

    def kosong_none(x: str) -> str | None:
        return x or None

    komponen: list[Komponen] = []
    for kk, subs_data in urut_k.items():
        lk = f"{letak_k[kk]} (komponen {kk})"
        nama_k, bobot_k, _ = _bobot_acuan(
            p,
            ac,
            _baku_komponen(ac, kk),
            kosong_none(sel_k[kk].get("nama_komponen", "")),
            kosong_none(sel_k[kk].get("bobot_komponen", "")),
            None,
            lk,
            kk,
            _kolom_csv(letak_k[kk], "komponen"),
        )
        subs: list[SubKomponen] = []
        for ks, rows in subs_data.items():
            ls = f"{letak_s[ks]} (subkomponen {ks})"
            nama_s, bobot_s, cara_s = _bobot_acuan(
                p,
                ac,
                _baku_sub(ac, ks),
                kosong_none(sel_s[ks].get("nama_subkomponen", "")),
                kosong_none(sel_s[ks].get("bobot_subkomponen", "")),
                kosong_none(sel_s[ks].get("cara", "")),
                ls,
                ks,
                _kolom_csv(letak_s[ks], "subkomponen"),
            )
            if cara_s is None:
                raise p.salah(f"{letak_s[ks]}, cara", "must be given (or follow an acuan)", None)
            kriteria = [
                Kriteria(
                    kode=p.kode(b["kriteria"], f"row {n}, kriteria"),
                    uraian=p.teks(b.get("uraian", ""), f"row {n}, uraian", wajib=False),
                    skala=_cari_skala(p, b["skala"], f"row {n}, skala", {}),
                    bobot=(
                        p.angka(b["bobot_kriteria"], f"row {n}, bobot_kriteria")
                        if b.get("bobot_kriteria")
                        else None
                    ),
                    mandiri=_jawaban(p, b.get("mandiri"), f"row {n}, mandiri"),
                    evaluator=_jawaban(p, b.get("evaluator"), f"row {n}, evaluator"),
                    letak=f"row {n}",
                    berkas=nama,
                )
                for n, b in rows
            ]
            subs.append(
                SubKomponen(
                    kode=ks,
                    nama=nama_s,
                    bobot=bobot_s,
                    cara=cara_s,
                    kriteria=tuple(kriteria),
                    letak=ls,
                )
            )
        komponen.append(
            Komponen(kode=kk, nama=nama_k, bobot=bobot_k, subkomponen=tuple(subs), letak=lk)
        )
    return _lembar(
        p,
        meta,
        judul=meta.get("judul") or nama,
        ac=ac,
        cetakan=lambda: _cetakan_csv(p, meta),
        komponen=komponen,
    )


#: The reader of each file suffix.
PEMBACA: Final[Mapping[str, Callable[[Path], Lembar]]] = MappingProxyType(
    {".toml": baca_toml, ".csv": baca_csv}
)

#: What to do with a workbook, which sakip does not read as an LKE: the evaluators' KKE
#: workbooks differ in layout from one agency and year to the next.
_SARAN_BUKU: Final = (
    ": an LKE workbook is not read as it is; save its sheet as CSV with the columns "
    f"{', '.join(_KOLOM_WAJIB)} and the answers (mandiri, evaluator), or transcribe it to TOML "
    "(docs: Evaluasi AKIP (LKE), Format berkas)"
)

#: The advice added for a suffix sakip does not read, by suffix.
_SARAN_AKHIRAN: Final[Mapping[str, str]] = MappingProxyType(
    dict.fromkeys((".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"), _SARAN_BUKU)
)


def baca(path: str | Path) -> Lembar:
    """Read a sheet from a ``.toml`` or ``.csv`` file, chosen by its suffix.

    Raises:
        ReportFormatError: an unknown suffix, or whatever the reader refuses.

    Examples:
        >>> baca("lke.xlsx")
        Traceback (most recent call last):
        ...
        sakip.errors.ReportFormatError: lke.xlsx must be a .csv or .toml sheet: an LKE \
workbook is not read as it is; save its sheet as CSV with the columns komponen, subkomponen, \
kriteria, skala and the answers (mandiri, evaluator), or transcribe it to TOML (docs: Evaluasi \
AKIP (LKE), Format berkas) (got '.xlsx')
    """
    path = Path(str(path))
    akhiran = path.suffix.lower()
    pembaca = PEMBACA.get(akhiran)
    if pembaca is None:
        raise ReportFormatError(
            berkas=path.name,
            letak="-",
            expected=f"must be a {' or '.join(sorted(PEMBACA))} sheet"
            + _SARAN_AKHIRAN.get(akhiran, ""),
            value=path.suffix,
        )
    return pembaca(path)
