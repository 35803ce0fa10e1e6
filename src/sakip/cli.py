"""The ``sakip`` command: audit a report, or compute one figure.

Usage::

    sakip audit [FILE] [--format text|json|markdown] [--strict]
    sakip capaian --realisasi 75 --target 42 [--arah turun] [--metode rasio]
    sakip penyerapan --realisasi 13.628.836.667 --pagu 13.904.271.740
    sakip efisiensi --capaian 179 --pagu 93568000 --realisasi 92944034 [--maksimum-capaian 100]
    sakip terbilang 13904271740 [--rupiah]

Exit status: 0 when it ran; 1 with ``--strict`` when the audit has findings;
2 for bad input (a missing or malformed file, a wrong number), with one line
naming the file and the place.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Final, TextIO

from sakip import __version__
from sakip._eksak import Number, bulatkan, ke_pecahan, tempat_tepat
from sakip.anggaran import MetodeEfisiensi, efisiensi, penyerapan, sisa_anggaran
from sakip.angka import baca, bilangan, terbilang, tulis_desimal
from sakip.audit import HasilAudit, Temuan, periksa, periksa_baris
from sakip.errors import InvalidValueError, SakipError
from sakip.kinerja import Arah, MetodeTurun, capaian
from sakip.laporan import (
    Laporan,
    ReportFormatError,
    baca_csv_anggaran,
    baca_csv_indikator,
    baca_toml,
)
from sakip.skala import SKALA_BAWAAN, Skala, skala_bernama

__all__ = ["main"]

LEBAR: Final = 80
_SKALA: Final[dict[str, Skala]] = {
    nama.lower().replace("_", "-"): skala for nama, skala in SKALA_BAWAAN.items()
}


def _angka_cli(teks: str, opsi: str) -> Number:
    """A number typed on the command line: plain ('98.48') or Indonesian ('13.904.271.740')."""
    try:
        ke_pecahan(teks, opsi)
        return teks
    except SakipError:
        pass
    try:
        return baca(teks)
    except SakipError as e:
        raise InvalidValueError(field=opsi, value=teks, expected=e.expected) from None


def _fmt(x: Decimal) -> str:
    return tulis_desimal(x)


def _pendek(teks: str, n: int) -> str:
    return teks if len(teks) <= n else teks[: n - 1] + "…"


# -- rendering -----------------------------------------------------------------


def _tabel_iku(lap: Laporan) -> list[tuple[str, ...]]:
    """Every indicator-year with a single-number target: target, realisasi, capaian, labels."""
    predikat = skala_bernama(lap.skala_predikat)
    atribut = skala_bernama(lap.skala_atribut)
    baris: list[tuple[str, ...]] = []
    for ind in lap.indikator:
        for tahun, k in sorted(ind.realisasi.items()):
            t = ind.target.get(tahun)
            if not isinstance(t, Fraction) or not k.penyebut:
                continue
            r = k.pembilang * 100 / k.penyebut
            c = capaian(realisasi=r, target=t, arah=ind.arah, metode=ind.metode)
            baris.append(
                (
                    ind.kode,
                    str(tahun),
                    tulis_desimal(bulatkan(t, tempat_tepat(t, 4))),
                    _fmt(bulatkan(r, 2)),
                    _fmt(c),
                    predikat.predikat(c),
                    atribut.predikat(c),
                )
            )
    return baris


def _tabel_program(lap: Laporan) -> list[tuple[str, ...]]:
    baris: list[tuple[str, ...]] = []
    for p in lap.program:
        s = _fmt(penyerapan(realisasi=p.realisasi_rp, pagu=p.pagu)) if p.pagu else "-"
        baris.append(
            (
                p.kode,
                _pendek(p.nama.removeprefix("Program "), 26),
                bilangan(p.pagu),
                bilangan(p.realisasi_rp),
                s,
            )
        )
    total = _fmt(penyerapan(realisasi=lap.realisasi_rp, pagu=lap.pagu))
    baris.append(("", "Jumlah", bilangan(lap.pagu), bilangan(lap.realisasi_rp), total))
    return baris


def _tabel_efisiensi(lap: Laporan) -> list[tuple[str, ...]]:
    baris: list[tuple[str, ...]] = []
    for ind in lap.indikator:
        if not ind.program or lap.tahun not in ind.realisasi:
            continue
        k = ind.realisasi[lap.tahun]
        t = ind.target.get(lap.tahun)
        if not isinstance(t, Fraction) or not k.penyebut:
            continue
        c = capaian(
            realisasi=k.pembilang * 100 / k.penyebut,
            target=t,
            arah=ind.arah,
            metode=ind.metode,
            tempat=None,
        )
        pagu = sum(p.pagu for p in lap.program if p.kode in ind.program)
        real = sum(p.realisasi_rp for p in lap.program if p.kode in ind.program)
        e = efisiensi(capaian=c, pagu=pagu, realisasi=real)
        baris.append(
            (
                ind.kode,
                _fmt(capaian(realisasi=c, target=100)),
                _fmt(penyerapan(realisasi=real, pagu=pagu)),
                _fmt(e.persen),
                bilangan(sisa_anggaran(pagu=pagu, realisasi=real)),
                e.kategori,
            )
        )
    return baris


def _teks_tabel(
    judul: str, kepala: Sequence[str], baris: Sequence[Sequence[str]], kanan: set[int]
) -> list[str]:
    lebar = [
        max(len(kepala[i]), *(len(b[i]) for b in baris)) if baris else len(kepala[i])
        for i in range(len(kepala))
    ]

    def satu(sel: Sequence[str]) -> str:
        return "  ".join(
            s.rjust(lebar[i]) if i in kanan else s.ljust(lebar[i]) for i, s in enumerate(sel)
        ).rstrip()

    return [judul, satu(kepala), "  ".join("-" * w for w in lebar), *(satu(b) for b in baris), ""]


_KEPALA_IKU: Final = ("IKU", "tahun", "target", "realisasi", "capaian", "predikat", "atribut")
_KEPALA_PROGRAM: Final = ("kode", "program", "pagu (Rp)", "realisasi (Rp)", "%")
_KEPALA_EFISIENSI: Final = ("IKU", "capaian", "penyerapan", "efisiensi", "sisa (Rp)", "kategori")


def tampil_teks(hasil: HasilAudit, out: TextIO) -> None:
    """Write the audit for an 80-column terminal."""
    lap = hasil.laporan
    baris = [f"sakip audit: {lap.judul}", f"{lap.instansi}", ""]
    baris += _teks_tabel("Capaian IKU (recomputed)", _KEPALA_IKU, _tabel_iku(lap), {2, 3, 4})
    baris += _teks_tabel(
        "Anggaran per program (recomputed)", _KEPALA_PROGRAM, _tabel_program(lap), {2, 3, 4}
    )
    baris += _teks_tabel(
        "Efisiensi, capaian - penyerapan (recomputed)",
        _KEPALA_EFISIENSI,
        _tabel_efisiensi(lap),
        {1, 2, 3, 4},
    )
    salah = [p for p in hasil.penjelasan if not p.cocok]
    baris.append(
        f"Printed capaian explained: {len(hasil.penjelasan) - len(salah)} of {len(hasil.penjelasan)} reproduced"
    )
    contoh = {p.rumus: p for p in hasil.penjelasan if p.cocok}
    for rumus in list(contoh)[:4]:
        baris += textwrap.wrap(
            f"- {contoh[rumus].dicetak}: {rumus}", LEBAR, subsequent_indent="  "
        )
    baris.append("")
    baris.append(f"{hasil.diperiksa} printed figures recomputed; {len(hasil.temuan)} findings")
    baris.append("")
    for i, t in enumerate(hasil.temuan, start=1):
        baris += _teks_temuan(i, t)
    out.write("\n".join(baris).rstrip() + "\n")


def _teks_temuan(i: int, t: Temuan) -> list[str]:
    hasil = textwrap.wrap(
        f"{i}. [{t.tingkat.value}] {t.aturan}: {t.letak}", LEBAR, subsequent_indent="   "
    )
    for label, isi in (
        ("printed ", t.dicetak),
        ("computed", t.dihitung),
        ("rule    ", t.rumus),
        ("note    ", t.keterangan),
    ):
        if isi:
            hasil += textwrap.wrap(
                f"{label} {isi}", LEBAR, initial_indent="   ", subsequent_indent="            "
            )
    return hasil


def tampil_markdown(hasil: HasilAudit, out: TextIO) -> None:
    """Write the audit as Markdown."""
    lap = hasil.laporan

    def tabel(kepala: Sequence[str], baris: Sequence[Sequence[str]]) -> list[str]:
        return [
            "| " + " | ".join(kepala) + " |",
            "|" + "---|" * len(kepala),
            *("| " + " | ".join(b) + " |" for b in baris),
            "",
        ]

    teks = [f"# sakip audit: {lap.judul}", "", lap.instansi, "", "## Capaian IKU", ""]
    teks += tabel(_KEPALA_IKU, _tabel_iku(lap))
    teks += ["## Anggaran per program", "", *tabel(_KEPALA_PROGRAM, _tabel_program(lap))]
    teks += ["## Efisiensi", "", *tabel(_KEPALA_EFISIENSI, _tabel_efisiensi(lap))]
    teks += [
        f"## Temuan ({len(hasil.temuan)})",
        "",
        f"{hasil.diperiksa} printed figures recomputed.",
        "",
    ]
    teks += tabel(
        ("#", "tingkat", "aturan", "letak", "dicetak", "dihitung", "rumus", "keterangan"),
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
    out.write("\n".join(s.replace("\n", " ") for s in teks))


def _audit_csv(path: Path) -> tuple[Temuan, ...]:
    try:
        kepala = path.read_text(encoding="utf-8-sig").splitlines()[:1]
    except (OSError, UnicodeDecodeError) as e:
        raise ReportFormatError(
            berkas=str(path), letak="-", expected="must be a readable UTF-8 file", value=str(e)
        ) from None
    teks = kepala[0].lower() if kepala else ""
    if "arah" in teks:
        return periksa_baris(baca_csv_indikator(path), berkas=path.name)
    return periksa_baris(baca_csv_anggaran(path), berkas=path.name)


# -- commands ------------------------------------------------------------------


def _cmd_audit(args: argparse.Namespace, out: TextIO) -> int:
    if args.file is None:
        from sakip.contoh import dumai_2023

        hasil = periksa(dumai_2023())
        temuan = hasil.temuan
    else:
        path = Path(args.file)
        if path.suffix.lower() == ".csv":
            temuan = _audit_csv(path)
            if args.format == "json":
                json.dump(
                    {
                        "berkas": path.name,
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
                            for t in temuan
                        ],
                    },
                    out,
                    ensure_ascii=False,
                    indent=2,
                )
                out.write("\n")
            else:
                out.write(f"sakip audit: {path.name}: {len(temuan)} findings\n")
                for i, t in enumerate(temuan, start=1):
                    out.write("\n".join(_teks_temuan(i, t)) + "\n")
            return 1 if args.strict and temuan else 0
        hasil = periksa(baca_toml(path))
        temuan = hasil.temuan
    if args.format == "json":
        json.dump(hasil.ke_dict(), out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif args.format == "markdown":
        tampil_markdown(hasil, out)
    else:
        tampil_teks(hasil, out)
    return 1 if args.strict and temuan else 0


def _cmd_capaian(args: argparse.Namespace, out: TextIO) -> int:
    arah = Arah(args.arah)
    metode = MetodeTurun(args.metode) if args.metode else None
    c = capaian(
        realisasi=_angka_cli(args.realisasi, "--realisasi"),
        target=_angka_cli(args.target, "--target"),
        arah=arah,
        metode=metode,
        maksimum=_angka_cli(args.maksimum, "--maksimum") if args.maksimum else None,
        tempat=args.tempat,
    )
    skala = _SKALA[args.skala]
    out.write(f"capaian {_fmt(c)}%  predikat {skala.predikat(c)} ({skala.nama})\n")
    return 0


def _cmd_penyerapan(args: argparse.Namespace, out: TextIO) -> int:
    realisasi = _angka_cli(args.realisasi, "--realisasi")
    pagu = _angka_cli(args.pagu, "--pagu")
    p = penyerapan(realisasi=realisasi, pagu=pagu, tempat=args.tempat)
    sisa = sisa_anggaran(pagu=pagu, realisasi=realisasi)
    out.write(f"penyerapan {_fmt(p)}%  sisa anggaran Rp {bilangan(sisa)}\n")
    return 0


def _cmd_efisiensi(args: argparse.Namespace, out: TextIO) -> int:
    e = efisiensi(
        capaian=_angka_cli(args.capaian, "--capaian"),
        pagu=_angka_cli(args.pagu, "--pagu"),
        realisasi=_angka_cli(args.realisasi, "--realisasi"),
        metode=MetodeEfisiensi(args.metode),
        maksimum_capaian=_angka_cli(args.maksimum_capaian, "--maksimum-capaian")
        if args.maksimum_capaian
        else None,
        tempat=args.tempat,
    )
    nilai = f"  nilai {_fmt(e.skor)}" if e.skor is not None else ""
    out.write(f"efisiensi {_fmt(e.persen)}%  Rp {bilangan(e.rupiah)}  {e.kategori}{nilai}\n")
    return 0


def _cmd_terbilang(args: argparse.Namespace, out: TextIO) -> int:
    out.write(
        terbilang(_angka_cli(args.nilai, "nilai"), huruf=args.huruf, rupiah=args.rupiah) + "\n"
    )
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sakip", description="Exact SAKIP arithmetic and the audit of a Laporan Kinerja."
    )
    parser.add_argument("--version", action="version", version=f"sakip {__version__}")
    sub = parser.add_subparsers(dest="perintah", required=True)

    a = sub.add_parser("audit", help="recompute a report's printed figures and list findings")
    a.add_argument(
        "file",
        nargs="?",
        help="report (.toml) or rows (.csv); default: the embedded 2023 Dumai report",
    )
    a.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    a.add_argument("--strict", action="store_true", help="exit 1 when there are findings")
    a.set_defaults(fungsi=_cmd_audit)

    c = sub.add_parser("capaian", help="capaian kinerja of one indicator")
    c.add_argument("--realisasi", required=True)
    c.add_argument("--target", required=True)
    c.add_argument("--arah", choices=("naik", "turun"), default="naik")
    c.add_argument("--metode", choices=("selisih", "rasio"))
    c.add_argument("--maksimum")
    c.add_argument("--tempat", type=int, default=2)
    c.add_argument("--skala", choices=sorted(_SKALA), default="permendagri-86-2017")
    c.set_defaults(fungsi=_cmd_capaian)

    p = sub.add_parser("penyerapan", help="penyerapan anggaran and sisa anggaran")
    p.add_argument("--realisasi", required=True)
    p.add_argument("--pagu", required=True)
    p.add_argument("--tempat", type=int, default=2)
    p.set_defaults(fungsi=_cmd_penyerapan)

    e = sub.add_parser("efisiensi", help="efisiensi of one indicator and its budget")
    e.add_argument("--capaian", required=True)
    e.add_argument("--pagu", required=True)
    e.add_argument("--realisasi", required=True)
    e.add_argument(
        "--metode", choices=[m.value for m in MetodeEfisiensi], default="selisih capaian"
    )
    e.add_argument("--maksimum-capaian")
    e.add_argument("--tempat", type=int, default=2)
    e.set_defaults(fungsi=_cmd_efisiensi)

    t = sub.add_parser("terbilang", help="a number in Indonesian words")
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
    """
    tujuan = out if out is not None else sys.stdout
    args = _parser().parse_args(argv)
    try:
        status: int = args.fungsi(args, tujuan)
    except SakipError as e:
        print(f"sakip: error: {e}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `sakip audit | head`: the reader left; not an error of ours
        sys.stderr.close()
        return 0
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
