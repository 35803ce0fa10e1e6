"""Rendering an audit's result: text for an 80-column terminal, and Markdown.

The module was ``sakip.audit.tampilan`` until 0.3.0 (named now as :mod:`sakip.lke.tampil`
and :mod:`sakip.e81.tampil` are).

Nothing is computed here: the tables come from :attr:`HasilAudit.tabel`.
Text from a report is made safe: control characters are shown escaped
(``\\x1b`` never reaches a terminal), and in Markdown ``|`` is escaped and
line breaks become spaces, so a name cannot break a table.

Examples:
    >>> import io
    >>> from sakip import contoh
    >>> from sakip.audit import periksa
    >>> out = io.StringIO()
    >>> tampil_teks(periksa(contoh.dumai_2023()), out)
    >>> out.getvalue().splitlines()[0]
    'sakip audit: Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun 2023'
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import TextIO

from sakip._tabel import (
    LEBAR,
    aman,
    banyak,
    kepala_temuan,
    tabel_markdown,
    tabel_teks,
    temuan_teks,
)
from sakip._tabel import sel_markdown as _md
from sakip.audit.temuan import HasilAudit, TabelRingkas
from sakip.errors import InvalidTypeError


def _periksa_argumen(hasil: object, out: object) -> None:
    if not isinstance(hasil, HasilAudit):
        raise InvalidTypeError(field="hasil", value=hasil, expected="must be a HasilAudit")
    if not callable(getattr(out, "write", None)):
        raise InvalidTypeError(field="out", value=out, expected="must be a text stream")


__all__ = ["LEBAR", "aman", "tampil_markdown", "tampil_teks"]


def _teks_tabel(t: TabelRingkas) -> list[str]:
    judul = (
        f"{t.judul}, {t.keterangan} (recomputed)" if t.keterangan else f"{t.judul} (recomputed)"
    )
    return [
        aman(judul),
        *tabel_teks([aman(k) for k in t.kolom], [[aman(s) for s in b] for b in t.baris], t.kanan),
        "",
    ]


def tampil_teks(hasil: HasilAudit, out: TextIO) -> None:
    """Write the audit for an 80-column terminal.

    Examples:
        >>> import io
        >>> from sakip.audit import HasilAudit
        >>> out = io.StringIO()
        >>> tampil_teks(HasilAudit(berkas="a.csv", judul="a.csv\\x1b[2J", temuan=()), out)
        >>> out.getvalue().splitlines()[0]
        'sakip audit: a.csv\\\\x1b[2J'
    """
    _periksa_argumen(hasil, out)
    lap = hasil.laporan
    baris = [f"sakip audit: {aman(hasil.judul)}", aman(lap.instansi if lap else hasil.berkas), ""]
    for t in hasil.tabel:
        baris += _teks_tabel(t)
    if hasil.penjelasan:
        salah = [p for p in hasil.penjelasan if not p.cocok]
        cocok = len(hasil.penjelasan) - len(salah)
        contoh = {p.rumus: p for p in hasil.penjelasan if p.cocok}
        # examples: each formula once, at most four (the count says how many there are)
        baris.append(
            f"Printed capaian explained: {cocok} of {len(hasil.penjelasan)} reproduced"
            + (", for example:" if 0 < min(len(contoh), 4) < cocok else "")
        )
        for rumus in list(contoh)[:4]:
            baris += textwrap.wrap(
                aman(f"- {contoh[rumus].dicetak}: {rumus}"), LEBAR, subsequent_indent="  "
            )
        baris.append("")
    baris.append(
        f"{banyak(hasil.diperiksa, 'printed figure')} recomputed; "
        f"{banyak(len(hasil.temuan), 'finding')}"
    )
    baris.append("")
    for i, temuan in enumerate(hasil.temuan, start=1):
        baris += temuan_teks(i, temuan, aman)
    out.write("\n".join(baris).rstrip() + "\n")


def _tabel_md(kepala: Sequence[str], baris: Sequence[Sequence[str]]) -> list[str]:
    return [*tabel_markdown(kepala, baris, _md), ""]


def tampil_markdown(hasil: HasilAudit, out: TextIO) -> None:
    """Write the audit as Markdown.

    Examples:
        >>> import io
        >>> from sakip.audit import HasilAudit, Temuan, Tingkat
        >>> t = Temuan(aturan="angka", tingkat=Tingkat.RENDAH, letak="T / a|b / k",
        ...            dicetak="1", dihitung="2", rumus="x")
        >>> out = io.StringIO()
        >>> tampil_markdown(HasilAudit(berkas="a.csv", judul="a.csv", temuan=(t,)), out)
        >>> out.getvalue().splitlines()[-1]
        '| 1 | rendah | angka | T / a\\\\|b / k | 1 | 2 | x |  |'
    """
    _periksa_argumen(hasil, out)
    lap = hasil.laporan
    teks = [
        f"# sakip audit: {_md(hasil.judul)}",
        "",
        _md(lap.instansi if lap else hasil.berkas),
        "",
    ]
    for t in hasil.tabel:
        teks += [f"## {_md(t.judul)}", "", *_tabel_md(t.kolom, t.baris)]
    teks += [
        f"## Findings ({len(hasil.temuan)})",
        "",
        f"{banyak(hasil.diperiksa, 'printed figure')} recomputed.",
        "",
    ]
    teks += _tabel_md(
        (
            "#",
            *kepala_temuan(
                "tingkat", "aturan", "letak", "dicetak", "dihitung", "rumus", "keterangan"
            ),
        ),
        [
            (
                str(i),
                t.tingkat.value,
                t.aturan,
                t.letak,
                t.dicetak,
                t.dihitung,
                t.rumus,
                t.keterangan,
            )
            for i, t in enumerate(hasil.temuan, start=1)
        ],
    )
    out.write("\n".join(teks))
