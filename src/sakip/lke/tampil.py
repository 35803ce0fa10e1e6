"""Rendering an LKE report as text, Markdown or JSON.

Only writing here: every figure comes from :class:`~sakip.lke.ringkasan.LaporanLKE`.
Numbers are written the Indonesian way (``9,99``) in text and Markdown, and as
decimal strings (``"9.99"``) in JSON, exact fractions beside them as
``"pembilang/penyebut"``.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from types import MappingProxyType
from typing import Any, Final

from sakip._eksak import bulatkan_pecahan, tempat_tepat
from sakip._tabel import (
    LEBAR,
    aman,
    banyak,
    kepala_temuan,
    sel_markdown,
    tabel_markdown,
    tabel_teks,
    temuan_teks,
)
from sakip.angka import tulis_desimal
from sakip.errors import InvalidTypeError, InvalidValueError
from sakip.lke.nilai import HasilLKE
from sakip.lke.ringkasan import LaporanLKE

__all__ = ["TAMPILAN", "ke_dict", "ke_json", "markdown", "tampilan", "teks"]


def _f(x: Decimal) -> str:
    return tulis_desimal(x)


def _bobot(x: Fraction) -> str:
    return tulis_desimal(bulatkan_pecahan(x, tempat_tepat(x, 4)))


def _pecahan(x: Fraction) -> str:
    return f"{x.numerator}/{x.denominator}"


def _baris_hasil(h: HasilLKE) -> list[tuple[str, ...]]:
    t = h.tempat
    baris: list[tuple[str, ...]] = []
    for k in h.komponen:
        baris.append((k.kode, k.nama, _bobot(k.bobot), _f(k.nilai)))
        for s in k.subkomponen:
            baris.append((s.kode, f"  {s.nama} ({s.cara.value})", _bobot(s.bobot), _f(s.nilai)))
    baris.append(("", "Nilai", "100", _f(bulatkan_pecahan(h.eksak, t))))
    return baris


_KEPALA: Final = ("kode", "komponen / subkomponen", "bobot", "nilai")
_KEPALA_SELISIH: Final = ("kriteria", "mandiri", "evaluator", "difference (points)")


def _baris_selisih(lap: LaporanLKE, tempat: int) -> list[tuple[str, ...]]:
    return [
        (d.kode, d.mandiri, d.evaluator, _f(bulatkan_pecahan(d.andil, tempat)))
        for d in lap.selisih
    ]


def _periksa_laporan(lap: object) -> None:
    if not isinstance(lap, LaporanLKE):
        raise InvalidTypeError(field="laporan", value=lap, expected="must be a LaporanLKE")


def teks(lap: LaporanLKE) -> str:
    """The report for an 80-column terminal.

    Examples:
        >>> from sakip.lke import contoh_lembar, laporan
        >>> print(teks(laporan(contoh_lembar())).splitlines()[0])
        sakip lke: LKE AKIP Dinas Contoh Tahun 2024 (contoh)
    """
    _periksa_laporan(lap)
    lem = lap.lembar
    baris = [f"sakip lke: {lem.judul}"]
    if lem.instansi:
        baris.append(lem.instansi)
    baris.append("")
    for h in lap.hasil:
        baris.append(f"Penilaian {h.sisi.value}: nilai {_f(h.nilai)}, predikat {h.predikat}")
        baris += tabel_teks(_KEPALA, _baris_hasil(h), {2, 3})
        if h.kosong:
            baris += textwrap.wrap(
                f"scored as zero (no answer): {', '.join(h.kosong)}", LEBAR, subsequent_indent="  "
            )
        baris.append("")
    if lap.selisih:
        baris.append(
            f"Difference mandiri - evaluator: {banyak(len(lap.selisih), 'criterion', 'criteria')}"
        )
        baris += tabel_teks(_KEPALA_SELISIH, _baris_selisih(lap, lem.tempat), {3})
        baris.append("")
    if lem.cetakan is not None:
        baris.append(f"Printed results checked: {banyak(len(lap.temuan), 'finding')}")
        for i, t in enumerate(lap.temuan, start=1):
            baris += temuan_teks(i, t)
    # Names come from the sheet: control characters never reach the terminal raw.
    return "\n".join(aman(b) for b in baris).rstrip() + "\n"


def markdown(lap: LaporanLKE) -> str:
    """The report as Markdown.

    Examples:
        >>> from sakip.lke import contoh_lembar, laporan
        >>> print(markdown(laporan(contoh_lembar())).splitlines()[0])
        # sakip lke: LKE AKIP Dinas Contoh Tahun 2024 (contoh)
    """
    _periksa_laporan(lap)

    def tabel(kepala: Sequence[str], baris: Sequence[Sequence[str]]) -> list[str]:
        return [*tabel_markdown(kepala, baris, sel_markdown), ""]

    lem = lap.lembar
    out = [f"# sakip lke: {sel_markdown(lem.judul)}", ""]
    if lem.instansi:
        out += [sel_markdown(lem.instansi), ""]
    for h in lap.hasil:
        out += [f"## Penilaian {h.sisi.value}: {_f(h.nilai)} ({h.predikat})", ""]
        out += tabel(_KEPALA, [tuple(s.strip() for s in b) for b in _baris_hasil(h)])
        if h.kosong:
            out += [f"Scored as zero (no answer): {', '.join(h.kosong)}", ""]
    if lap.selisih:
        out += ["## Difference mandiri - evaluator", ""]
        out += tabel(_KEPALA_SELISIH, _baris_selisih(lap, lem.tempat))
    if lem.cetakan is not None:
        out += [f"## Findings ({len(lap.temuan)})", ""]
        out += tabel(
            (
                "#",
                *kepala_temuan("tingkat", "aturan", "letak", "dicetak", "dihitung", "keterangan"),
            ),
            [
                (str(i), t.tingkat.value, t.aturan, t.letak, t.dicetak, t.dihitung, t.keterangan)
                for i, t in enumerate(lap.temuan, start=1)
            ],
        )
    return "\n".join(out).rstrip() + "\n"


def ke_dict(lap: LaporanLKE) -> dict[str, Any]:
    """The report as plain data (str, int, list, dict), for JSON.

    Examples:
        >>> from sakip.lke import contoh_lembar, laporan
        >>> d = ke_dict(laporan(contoh_lembar()))
        >>> d["hasil"][1]["nilai"], d["hasil"][1]["eksak"]
        ('69.03', '11597/168')
    """
    _periksa_laporan(lap)
    lem = lap.lembar
    return {
        "berkas": lem.berkas,
        "judul": lem.judul,
        "instansi": lem.instansi,
        "tahun": lem.tahun,
        "acuan": lem.acuan,
        "tempat": lem.tempat,
        "hasil": [
            {
                "sisi": h.sisi.value,
                "nilai": str(h.nilai),
                "eksak": _pecahan(h.eksak),
                "predikat": h.predikat,
                "kosong": list(h.kosong),
                "komponen": [
                    {
                        "kode": k.kode,
                        "nama": k.nama,
                        "bobot": _pecahan(k.bobot),
                        "nilai": str(k.nilai),
                        "eksak": _pecahan(k.eksak),
                        "subkomponen": [
                            {
                                "kode": s.kode,
                                "nama": s.nama,
                                "bobot": _pecahan(s.bobot),
                                "cara": s.cara.value,
                                "nilai": str(s.nilai),
                                "eksak": _pecahan(s.eksak),
                                "kriteria": [
                                    {
                                        "kode": c.kode,
                                        "jawaban": c.jawaban,
                                        "nilai_jawaban": _pecahan(c.nilai_jawaban),
                                        "andil": _pecahan(c.andil),
                                    }
                                    for c in s.kriteria
                                ],
                            }
                            for s in k.subkomponen
                        ],
                    }
                    for k in h.komponen
                ],
            }
            for h in lap.hasil
        ],
        "selisih": [
            {
                "kode": d.kode,
                "mandiri": d.mandiri,
                "evaluator": d.evaluator,
                "andil": _pecahan(d.andil),
            }
            for d in lap.selisih
        ],
        "temuan": [
            {
                "aturan": t.aturan,
                "tingkat": t.tingkat.value,
                "letak": t.letak,
                "dicetak": t.dicetak,
                "dihitung": t.dihitung,
                "rumus": t.rumus,
                "keterangan": t.keterangan,
            }
            for t in lap.temuan
        ],
    }


def ke_json(lap: LaporanLKE) -> str:
    """The report as JSON text.

    Examples:
        >>> from sakip.lke import contoh_lembar, laporan
        >>> ke_json(laporan(contoh_lembar())).startswith('{\\n  "berkas"')
        True
    """
    return json.dumps(ke_dict(lap), ensure_ascii=False, indent=2) + "\n"


#: The renderer of each output format, as the command names it.
TAMPILAN: Final[Mapping[str, Callable[[LaporanLKE], str]]] = MappingProxyType(
    {"text": teks, "markdown": markdown, "json": ke_json}
)


def tampilan(lap: LaporanLKE, bentuk: str = "text") -> str:
    """The report rendered in one of the formats of :data:`TAMPILAN`.

    Raises:
        InvalidValueError: an unknown format.

    Examples:
        >>> from sakip.lke import contoh_lembar, laporan
        >>> tampilan(laporan(contoh_lembar()), "csv")
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidValueError: format must be one of json, markdown, text (got 'csv')
    """
    fungsi = TAMPILAN.get(bentuk) if isinstance(bentuk, str) else None
    if fungsi is None:
        raise InvalidValueError(
            field="format", value=bentuk, expected=f"must be one of {', '.join(sorted(TAMPILAN))}"
        )
    _periksa_laporan(lap)
    return fungsi(lap)
