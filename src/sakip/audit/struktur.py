"""Structural checks: what must hold between the primary data themselves.

Quarters against the year of every sub kegiatan (by its consolidation rule), and
the quarters' K of every kegiatan and program that records its own K,
realisasi within pagu (overspending), the breakdowns of denominators against
the denominators, a kegiatan's printed quarters against its year when the
quarter positions are uncertain, belanja operasi + modal against the
programs, and the report's printed scales (overlaps, gaps wide enough for a
value rated at the scale's places (:func:`~sakip.audit._tulis.tempat_nilai`), bounds
that differ from the scale they cite, values rated outside them) and bands
printed alone (bounds that rate otherwise than the scale they quote).

Examples:
    >>> from sakip import contoh
    >>> from sakip.audit import periksa
    >>> sorted({t.aturan for t in periksa(contoh.dumai_2023()).temuan} & {"rincian", "triwulan", "skala"})
    ['rincian', 'skala', 'triwulan']
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from types import MappingProxyType
from typing import Final, Literal

from sakip import skala as _skala
from sakip._tabel import banyak
from sakip.aturan import StatusSumber
from sakip.audit._cetak import baca_rupiah, desimal
from sakip.audit._tulis import (
    TEMPAT_PENILAIAN,
    Notasi,
    TakTerhitungError,
    nilai_dinilai,
    notasi_dari,
    persen,
    tempat_nilai,
    tulis,
    tulis_tepat,
)
from sakip.audit.besaran import Hitung
from sakip.audit.temuan import Temuan, Tingkat
from sakip.errors import ReportFormatError, SakipError
from sakip.laporan import (
    SATUAN_RUPIAH,
    Cetakan,
    JenisBesaran,
    Kegiatan,
    Program,
    SubKegiatan,
)
from sakip.skala import RIWAYAT_SKALA, Pita, Skala, masalah_pita
from sakip.triwulan import Konsolidasi, kumulatif

__all__: list[str] = []  # used by sakip.audit.pemeriksaan only

Tambah = Callable[[Temuan], None]


def _tabel(h: Hitung) -> str:
    return h.lap.lampiran.tabel if h.lap.lampiran is not None else "program"


def _notasi_lampiran(h: Hitung) -> Notasi:
    """The notation of the findings on the lampiran's rows: the lampiran's own (its
    ``pemisah_desimal``; a rows CSV's ``#`` option), Indonesian where it declares none.

    Examples:
        >>> from sakip import contoh
        >>> _notasi_lampiran(Hitung(contoh.dumai_2023()))
        ','
    """
    lampiran = h.lap.lampiran
    return notasi_dari(None if lampiran is None else lampiran.pemisah_desimal)


def periksa_struktur(h: Hitung, tambah: Tambah, tw_tidak_pasti: set[str]) -> int:
    """Run every structural check; returns how many printed figures it recomputed."""
    diperiksa = 0
    for p in h.lap.program:
        _triwulan_k(h, p, tambah)
        for k in p.kegiatan:
            _triwulan_k(h, k, tambah)
            for s in k.sub:
                _triwulan_sub(h, s, tambah)
                _anggaran_sub(h, s, tambah)
            if k.kode in tw_tidak_pasti:
                diperiksa += _triwulan_kegiatan(h, k, tambah)
    for ind in h.lap.indikator:
        for tahun, komp in sorted(ind.realisasi.items()):
            jumlah = sum(komp.rincian_penyebut.values())
            if komp.rincian_penyebut and jumlah != komp.penyebut:
                rincian = " + ".join(f"{tulis(v)}" for v in komp.rincian_penyebut.values())
                tambah(
                    Temuan(
                        aturan="rincian",
                        tingkat=Tingkat.TINGGI,
                        letak=f"indikator {ind.kode} {tahun} / penyebut",
                        dicetak=tulis(komp.penyebut),
                        dihitung=f"{rincian} = {tulis(jumlah)}",
                        rumus="the denominator equals the sum of its printed breakdown",
                        keterangan=f"the calculation uses {tulis(komp.pembilang)} / {tulis(komp.penyebut)}",
                    )
                )
    b = h.lap.belanja
    tanpa = h.tanpa_sub()
    if b is not None and h.lap.program and tanpa is not None:
        tambah(
            Temuan(
                aturan="tak-terhitung",
                tingkat=Tingkat.RENDAH,
                letak="belanja operasi + modal / pagu",
                dicetak=tulis(b.operasi + b.modal),
                dihitung="tidak terhitung",
                rumus="belanja operasi + modal = pagu of all programs",
                keterangan=tanpa.alasan,
            )
        )
    elif b is not None and h.lap.program:
        for nama, jumlah_b, program in (
            ("pagu", b.operasi + b.modal, h.lap.pagu),
            ("realisasi", b.realisasi_operasi + b.realisasi_modal, h.lap.realisasi_rp),
        ):
            if jumlah_b != program:
                tambah(
                    Temuan(
                        aturan="angka",
                        tingkat=Tingkat.TINGGI,
                        letak=f"belanja operasi + modal / {nama}",
                        dicetak=tulis(jumlah_b),
                        dihitung=tulis(program),
                        rumus=f"belanja operasi + modal = {nama} of all programs",
                    )
                )
    _periksa_skala(h, tambah)
    _periksa_pita_dicetak(h, tambah)
    _periksa_masa_skala(h, tambah)
    return diperiksa


def _skala_bawaan_dipakai(h: Hitung) -> dict[str, str]:
    """The built-in scales the report rates with, by name, and where it names each."""
    lap = h.lap
    dipakai: dict[str, str] = {}
    for letak, nama in (
        ("laporan.skala_predikat", lap.skala_predikat),
        ("laporan.skala_atribut", lap.skala_atribut),
        *((f"{sd.tabel} ({sd.nama}) / acuan", sd.acuan) for sd in lap.skala_dicetak),
        *((f"{pd.tabel} / {pd.pita.nama} / acuan", pd.acuan) for pd in lap.pita_dicetak),
    ):
        # the report's own scale of that name wins (Laporan.skala_bernama)
        if nama is not None and nama in RIWAYAT_SKALA and nama not in lap.skala:
            dipakai.setdefault(nama, letak)
    return dipakai


def _periksa_masa_skala(h: Hitung, tambah: Tambah) -> None:
    """A built-in scale named by a report of a year no edition of it governs.

    Each built-in scale is dated (:data:`sakip.skala.RIWAYAT_SKALA`); a 2019 report
    rated on the PermenPANRB 88/2021 scale rates with a rule not yet in force. The
    audit still rates with the scale the report names (its figures are checked as
    printed), and says so.
    """
    tahun = h.lap.tahun
    for nama, letak in _skala_bawaan_dipakai(h).items():
        try:
            _skala.aturan_skala(nama, tahun=tahun)
        except SakipError:
            riwayat = RIWAYAT_SKALA[nama]
            masa = "; ".join(
                f"{a.regulasi}, {a.berlaku_dari}-{a.berlaku_sampai or ''}" for a, _ in riwayat
            )
            tambah(
                Temuan(
                    aturan="skala",
                    tingkat=Tingkat.SEDANG,
                    letak=letak,
                    dicetak=f"{nama} for a report of {tahun}",
                    dihitung=f"no edition of {nama} governs {tahun}",
                    rumus=f"a scale rates the years its rule is in force ({masa})",
                    keterangan=(
                        "the figures are still rated with the scale the report names; "
                        "the rule in force that year is not one sakip encodes"
                    ),
                )
            )


def _tahun_k(tw: Sequence[Fraction], konsolidasi: Konsolidasi) -> Fraction | int:
    """The year's K from the quarters, by the sub kegiatan's rule (:func:`kumulatif`).

    Whole quarters summed (the common case) are added as integers, as kumulatif adds them.
    """
    if konsolidasi is Konsolidasi.JUMLAH and all(x.denominator == 1 for x in tw):
        return tw[0].numerator + tw[1].numerator + tw[2].numerator + tw[3].numerator
    return kumulatif(tw, aturan=konsolidasi)


def _triwulan_sub(h: Hitung, s: SubKegiatan, tambah: Tambah) -> None:
    """The quarters against the year, for what the row records (a budget-only row: Rp only)."""
    tw_rp = s.tw_rp
    if tw_rp is not None and sum(tw_rp) != s.realisasi_rp:
        p = _notasi_lampiran(h)
        tambah(
            Temuan(
                aturan="triwulan",
                tingkat=Tingkat.TINGGI,
                letak=f"{_tabel(h)} / {s.kode} {s.nama} / Rp",
                dicetak=tulis(s.realisasi_rp, 0, p),
                dihitung=" + ".join(tulis(x, 0, p) for x in tw_rp)
                + f" = {tulis(sum(tw_rp), 0, p)}",
                rumus="realisasi Rp of the year = sum of the quarters",
            )
        )
    _triwulan_k(h, s, tambah)


#: How the quarters' K make the year's, in words, and what joins the quarters in a formula.
_CARA_KONSOLIDASI: Final[Mapping[Konsolidasi, tuple[str, str]]] = MappingProxyType(
    {
        Konsolidasi.JUMLAH: ("sum of the quarters", " + "),
        Konsolidasi.TERAKHIR: ("the last quarter", ", "),
        Konsolidasi.RATA_RATA: ("the mean of the quarters", ", "),
    }
)


def _triwulan_k(h: Hitung, baris: Program | Kegiatan | SubKegiatan, tambah: Tambah) -> None:
    """The quarters' K against the year's, by the row's rule, on any row that records them.

    A program's outcome and a kegiatan's output are checked as a sub kegiatan's
    output is: each against its own quarters, never against the rows below it.
    """
    k = baris.keluaran
    if k is None or k.tw_k is None or _tahun_k(k.tw_k, baris.konsolidasi) == k.realisasi_k:
        return
    tahun_k = kumulatif(k.tw_k, aturan=baris.konsolidasi)
    cara, tanda = _CARA_KONSOLIDASI[baris.konsolidasi]
    p = _notasi_lampiran(h)
    tambah(
        Temuan(
            aturan="triwulan",
            tingkat=Tingkat.SEDANG,
            letak=f"{_tabel(h)} / {baris.kode} {baris.nama} / K",
            dicetak=tulis_tepat(k.realisasi_k, p),
            dihitung=tanda.join(tulis_tepat(x, p) for x in k.tw_k)
            + f" = {tulis_tepat(tahun_k, p)}",
            rumus=f"realisasi K of the year = {cara} (Konsolidasi.{baris.konsolidasi.name}, "
            "Permendagri 86/2017 form E.81)",
        )
    )


def _anggaran_sub(h: Hitung, s: SubKegiatan, tambah: Tambah) -> None:
    if s.realisasi_rp > s.pagu:
        p = _notasi_lampiran(h)
        lebih = persen(Fraction(s.realisasi_rp * 100, s.pagu), notasi=p) if s.pagu else None
        tambah(
            Temuan(
                aturan="anggaran",
                tingkat=Tingkat.TINGGI,
                letak=f"{_tabel(h)} / {s.kode} {s.nama} / Rp",
                dicetak=tulis(s.realisasi_rp, 0, p),
                dihitung=f"pagu {tulis(s.pagu, 0, p)}",
                rumus="realisasi within pagu: the APBD pagu is a ceiling on spending "
                "(PP 12/2019, Pengelolaan Keuangan Daerah)",
                keterangan=f"overspent by {tulis(s.realisasi_rp - s.pagu, 0, p)} "
                f"({'no pagu' if lebih is None else lebih + '%'})",
            )
        )


def _triwulan_kegiatan(h: Hitung, k: Kegiatan, tambah: Tambah) -> int:
    tw = [c for c in k.dicetak if c.besaran.jenis is JenisBesaran.TW_RP]
    if not tw:
        return 0
    try:
        # each quarter by the one Rupiah rule (sakip.audit._cetak.baca_rupiah), in its unit
        dibaca = [desimal(*baca_rupiah(c)) for c in tw]
    except SakipError as e:
        raise ReportFormatError(
            berkas=h.lap.berkas, letak=tw[0].letak, expected=e.expected, value=[c.teks for c in tw]
        ) from None
    satuan = tw[0].satuan_rupiah
    faktor = SATUAN_RUPIAH[satuan]
    langkah = [
        (Fraction(d) * SATUAN_RUPIAH[c.satuan_rupiah], _langkah(d, c))
        for d, c in zip(dibaca, tw, strict=True)
    ]
    total = sum((x for x, _ in langkah), Fraction(0))
    # A quarter printed in a unit ("dalam ribuan rupiah") is rounded to its last printed
    # digit: the sum may then differ from the year by half such a step per quarter. Full
    # Rupiah are exact. (Local practice, seen in LKjIP budget tables.)
    lebar = sum((s for _, s in langkah), Fraction(0))
    if abs(total - k.realisasi_rp) * 2 > lebar:
        notasi = notasi_dari(tw[0].pemisah_desimal)
        tempat = max(_tempat(d) for d in dibaca)
        dalam = (
            f" (in {satuan} rupiah, each quarter within half its last digit)" if faktor > 1 else ""
        )
        tambah(
            Temuan(
                aturan="triwulan",
                tingkat=Tingkat.TINGGI,
                letak=f"{_tabel(h)} / {k.kode} {k.nama} / Triwulan 1-4 Rp",
                dicetak=" + ".join(c.teks for c in tw)
                + f" = {tulis(total / faktor, tempat, notasi)}",
                dihitung=tulis(Fraction(k.realisasi_rp, faktor), tempat, notasi),
                rumus="the printed quarters of a kegiatan add up to its realisasi" + dalam,
                keterangan=f"{tulis((k.realisasi_rp - total) / faktor, tempat, notasi)} "
                "missing from the quarters",
            )
        )
    return 1


def _tempat(d: Decimal) -> int:
    """The decimal places of a figure as read."""
    eksponen = d.as_tuple().exponent
    assert isinstance(eksponen, int)  # baca returns finite numbers only
    return max(0, -eksponen)


def _langkah(d: Decimal, c: Cetakan) -> Fraction:
    """The step of a printed Rupiah figure's last digit, in Rupiah: 0 in full Rupiah (exact)."""
    if c.satuan_rupiah == "rupiah":
        return Fraction(0)
    return Fraction(SATUAN_RUPIAH[c.satuan_rupiah], 10 ** _tempat(d))


def _dinilai_dengan(h: Hitung, acuan: str) -> list[tuple[str, Fraction]]:
    """The capaian the report rates with the scale named ``acuan``, as rated (rounded at the
    scale's places, :func:`tempat_nilai`): those of its printed predikat (the declared
    predikat scale) or atribut (the declared atribut scale)."""
    jenis = {
        h.lap.skala_predikat: JenisBesaran.IKU_PREDIKAT,
        h.lap.skala_atribut: JenisBesaran.IKU_ATRIBUT,
    }.get(acuan)
    if jenis is None:
        return []
    skala = h.lap.skala_bernama(acuan)
    hasil: dict[str, Fraction] = {}
    for c in h.lap.semua_cetakan():
        b = c.besaran
        if b.jenis is jenis and b.tahun is not None:
            try:
                ind = h.lap.indikator_dengan(str(b.indikator))
                eksak = h.capaian(ind, b.tahun)[0]
                hasil[f"{ind.kode} {b.tahun}"] = Fraction(nilai_dinilai(skala, eksak))
            except (TakTerhitungError, SakipError):
                continue
    return list(hasil.items())


def dinilai_di_celah(
    pita: Sequence[Pita], m: _skala.MasalahPita, tempat: int = TEMPAT_PENILAIAN
) -> Fraction | None:
    """A value at the rating precision (``tempat`` places: a capaian's two, see
    :func:`tempat_nilai`) that falls in the gap ``m`` of the table ``pita`` (no band holds
    it), or None when none can.

    Only the few values next to the gap's ends are tried: the first multiple of the
    precision from each end, and the one after it (the end itself may be in a band).
    A legend "0 - 49.99 | 50 - 64.99" has a gap between 49.99 and 50 that no capaian
    rated at two places falls in; "<= 50 | 51 - 65" has 50.01 to 50.99 in its gap.

    Examples:
        >>> from sakip.skala import Pita, masalah_pita
        >>> sempit = [Pita(nama="A", bawah=0, atas="49.99", termasuk_atas=True),
        ...           Pita(nama="B", bawah=50, atas=65, termasuk_atas=True)]
        >>> dinilai_di_celah(sempit, masalah_pita(sempit)[0]) is None
        True
        >>> lebar = [Pita(nama="A", atas=50, termasuk_atas=True),
        ...          Pita(nama="B", bawah=51, atas=65, termasuk_atas=True)]
        >>> dinilai_di_celah(lebar, masalah_pita(lebar)[0])
        Fraction(5001, 100)
    """
    langkah = Fraction(1, 10**tempat)
    pertama = math.ceil(m.dari / langkah) * langkah
    terakhir = math.floor(m.sampai / langkah) * langkah
    for v in (pertama, pertama + langkah, terakhir - langkah, terakhir):
        if m.dari <= v <= m.sampai and not any(p.memuat(v) for p in pita):
            return v
    return None


def _acuan(h: Hitung, nama: str) -> Literal["laporan", "praktik", "regulasi"]:
    """What a printed scale's ``acuan`` is, for the finding of a band printed differently:
    the report's own scale ([[skala]], which comes first), a built-in local practice, or a
    built-in regulation's scale."""
    if nama in h.lap.skala:
        return "laporan"
    riwayat = RIWAYAT_SKALA.get(nama, ())
    if riwayat and all(a.status is StatusSumber.PRAKTIK_LOKAL for a, _ in riwayat):
        return "praktik"
    return "regulasi"


#: Why a band printed with another bound than its ``acuan`` is a finding, by what the
#: acuan is (:func:`_acuan`). Only a built-in regulation's scale is "the regulation".
_BEDA_BATAS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "regulasi": "the table cites the regulation but prints a different bound",
        "praktik": "the table reprints the built-in scale {nama} (local practice, not a "
        "regulation) but prints a different bound",
        "laporan": "the table prints a different bound from the report's own scale {nama}, "
        "the one it declares as its acuan",
    }
)


#: Why a band whose label its ``acuan`` does not have is a finding, by what the acuan is:
#: the band's bounds cannot be compared with any band of the acuan.
_TANPA_PITA: Final[Mapping[str, str]] = MappingProxyType(
    {
        "regulasi": "the table cites the regulation but prints a band it does not have, so "
        "the band's bounds cannot be checked; a report that labels the regulation's "
        "bands its own way declares them as its own [[skala]] with those labels",
        "praktik": "the table reprints the built-in scale {nama} (local practice, not a "
        "regulation) but prints a band it does not have, so the band's bounds cannot "
        "be checked",
        "laporan": "the table prints a band that the report's own scale {nama}, the one it "
        "declares as its acuan, does not have, so the band's bounds cannot be checked",
    }
)


def _nama_pita(skala: Skala) -> str:
    """The labels of a scale's bands, as a finding lists them."""
    return ", ".join(repr(p.nama) for p in skala.pita)


def _pita_berlabel(skala: Skala, nama: str) -> Pita | None:
    """The band of ``skala`` labelled ``nama``, whatever the case, as a printed table
    labels it; None where the scale has none."""
    return next((q for q in skala.pita if q.nama.lower() == nama.lower()), None)


def _temuan_pita(
    tabel: str, p: Pita, pa: Pita | None, nama_acuan: str, acuan: Skala, keterangan: str
) -> Temuan:
    """The finding for a printed band ``p`` that differs from its acuan's band ``pa`` of
    the same label (None: the acuan has no such label)."""
    return Temuan(
        aturan="skala",
        tingkat=Tingkat.RENDAH,
        letak=f"{tabel} / {p.nama}",
        dicetak=str(p),
        dihitung=str(pa) if pa else f"a band of {nama_acuan}: {_nama_pita(acuan)}",
        rumus=f"{acuan.sumber}",
        keterangan=keterangan,
    )


def _periksa_skala(h: Hitung, tambah: Tambah) -> None:
    for sd in h.lap.skala_dicetak:
        tempat = tempat_nilai(h.lap.skala_bernama(sd.acuan))
        for m in masalah_pita(sd.pita):
            if m.jenis == "celah" and dinilai_di_celah(sd.pita, m, tempat) is None:
                continue  # narrower than the rating precision: no rated value falls in it
            tambah(
                Temuan(
                    aturan="skala",
                    tingkat=Tingkat.RENDAH,
                    letak=f"{sd.tabel} ({sd.nama})",
                    dicetak=str(m),
                    dihitung="no overlaps or gaps",
                    rumus="every value maps to exactly one band",
                    keterangan=_keterangan_masalah(m),
                )
            )
        acuan = h.lap.skala_bernama(sd.acuan)
        jenis = _acuan(h, sd.acuan)
        for p in sd.pita:
            # Bands are compared by their lowest rated value (their lower bound as a rating
            # at the scale's places sees it, so "above 76" differs from "from 76", and
            # 75,995 does not differ from 76): upper bounds printed at integer edges
            # ("76 - 90") are the gaps reported above, not a different band. A label its
            # acuan does not have cannot be compared: a finding, never skipped.
            pa = _pita_berlabel(acuan, p.nama)
            if pa is None or tepi_dinilai(p, tempat)[0] != tepi_dinilai(pa, tempat)[0]:
                keterangan = (_TANPA_PITA if pa is None else _BEDA_BATAS)[jenis]
                tambah(
                    _temuan_pita(
                        sd.tabel, p, pa, sd.acuan, acuan, keterangan.format(nama=sd.acuan)
                    )
                )
        for label, nilai in _dinilai_dengan(h, sd.acuan):
            if not any(p.memuat(nilai) for p in sd.pita):
                dinilai = tulis(nilai, tempat, h.notasi)  # as rated: the scale's places
                tambah(
                    Temuan(
                        aturan="skala",
                        tingkat=Tingkat.RENDAH,
                        letak=f"{sd.tabel} ({sd.nama})",
                        dicetak=f"capaian {label} = {dinilai} rated with this table",
                        dihitung=f"no band of the table holds {dinilai}",
                        rumus="a rating scale covers every value it is applied to",
                        keterangan=f"bands as printed: {'; '.join(str(p) for p in sd.pita)}",
                    )
                )


#: Where a printed table closes the open edges of a capaian scale: 0 below, and 100 above
#: (the target met: Permendagri 86/2017's printed table ends its top band "91 - 100").
#: A band printed alone that reaches them quotes the open band; one that stops short of
#: them leaves rated values out. Local practice, seen in LKjIP scale tables.
_TUTUP_CETAK: Final = (Fraction(0), Fraction(100))


def tepi_dinilai(p: Pita, tempat: int) -> tuple[Fraction | None, Fraction | None]:
    """The lowest and the highest value at the rating precision (``tempat`` places) that the
    band ``p`` holds, None where it is open: the band as a rating sees it.

    Two bands with the same edges rate every value the same, whatever their printed bounds:
    "50 - 64,99" and 50 to below 65 both hold 50,00 to 64,99.

    Examples:
        >>> from sakip.skala import Pita
        >>> tepi_dinilai(Pita(nama="Tinggi", bawah=76, atas=90, termasuk_atas=True), 2)
        (Fraction(76, 1), Fraction(90, 1))
        >>> tepi_dinilai(Pita(nama="Tinggi", bawah=76, atas=91), 2)
        (Fraction(76, 1), Fraction(9099, 100))
        >>> tepi_dinilai(Pita(nama="Sangat Tinggi", bawah=91, termasuk_bawah=False), 2)
        (Fraction(9101, 100), None)
    """
    langkah = Fraction(1, 10**tempat)
    bawah = atas = None
    if p.bawah is not None:
        bawah = math.ceil(p.bawah / langkah) * langkah
        bawah += 0 if p.memuat(bawah) else langkah
    if p.atas is not None:
        atas = math.floor(p.atas / langkah) * langkah
        atas -= 0 if p.memuat(atas) else langkah
    return bawah, atas


def _beda_tepi(
    dicetak: tuple[Fraction | None, Fraction | None],
    acuan: tuple[Fraction | None, Fraction | None],
    notasi: Notasi = ",",
) -> str:
    """Where a band printed alone rates differently from its acuan's band, in words."""
    beda = []
    for nama, a, b, kosong in (
        ("lowest", dicetak[0], acuan[0], "none (open below)"),
        ("highest", dicetak[1], acuan[1], "none (open above)"),
    ):
        if a != b:
            kata = [kosong if x is None else tulis_tepat(x, notasi) for x in (a, b)]
            beda.append(f"its {nama} rated value is {kata[0]}, the scale's {kata[1]}")
    return "; ".join(beda)


#: Why a band printed alone with other bounds than its ``acuan``'s band of that label is a
#: finding, by what the acuan is (:func:`_acuan`), as :data:`_BEDA_BATAS` for a table.
_BEDA_PITA: Final[Mapping[str, str]] = MappingProxyType(
    {
        "regulasi": "the text quotes a band of the regulation with other bounds",
        "praktik": "the text quotes a band of the built-in scale {nama} (local practice, not "
        "a regulation) with other bounds",
        "laporan": "the text quotes a band of the report's own scale {nama}, the one it "
        "declares as its acuan, with other bounds",
    }
)
#: Why a band printed alone whose label its ``acuan`` does not have is a finding.
_PITA_ASING: Final[Mapping[str, str]] = MappingProxyType(
    {
        "regulasi": "the text cites the regulation but quotes a band it does not have, so "
        "its bounds cannot be checked",
        "praktik": "the text quotes a band that the built-in scale {nama} (local practice, "
        "not a regulation) does not have, so its bounds cannot be checked",
        "laporan": "the text quotes a band that the report's own scale {nama}, the one it "
        "declares as its acuan, does not have, so its bounds cannot be checked",
    }
)


def _periksa_pita_dicetak(h: Hitung, tambah: Tambah) -> None:
    """Each band printed alone against the band of its label in the scale it quotes.

    Compared as a rating sees them: the lowest and highest value each holds at the
    scale's rating precision (:func:`tempat_nilai`, :func:`tepi_dinilai`). "76% sampai
    dengan 90%" quoting Permendagri 86/2017's "Tinggi" (76 to below 91, sakip's reading)
    is a finding: 90,50 is rated "Tinggi" and lies outside the printed band, as it lies
    in the gap of the whole printed table ("76-90", "91-100"). Its neighbours are not
    printed, so no overlap or gap is checked.
    """
    for pd in h.lap.pita_dicetak:
        acuan = h.lap.skala_bernama(pd.acuan)
        jenis = _acuan(h, pd.acuan)
        p = pd.pita
        pa = _pita_berlabel(acuan, p.nama)
        if pa is None:
            keterangan = _PITA_ASING[jenis].format(nama=pd.acuan)
        else:
            tempat = tempat_nilai(acuan)
            tepi_acuan = tepi_dinilai(pa, tempat)
            # an edge the scale leaves open is printed closed where a capaian table ends
            # (:data:`_TUTUP_CETAK`): "91 - 100" quotes the open top band; "91 - 92" does not
            bawah, atas = tepi_dinilai(p, tempat)
            tepi = (
                None
                if tepi_acuan[0] is None and (bawah is None or bawah <= _TUTUP_CETAK[0])
                else bawah,
                None
                if tepi_acuan[1] is None and (atas is None or atas >= _TUTUP_CETAK[1])
                else atas,
            )
            if tepi == tepi_acuan:
                continue
            if bawah is not None and atas is not None and bawah > atas:
                beda = f"it holds no value at the scale's {banyak(tempat, 'place')}"
            else:
                beda = _beda_tepi(tepi, tepi_acuan, h.notasi)
            keterangan = f"{_BEDA_PITA[jenis].format(nama=pd.acuan)}: {beda}"
        tambah(_temuan_pita(pd.tabel, p, pa, pd.acuan, acuan, keterangan))


def _keterangan_masalah(m: _skala.MasalahPita) -> str:
    if m.jenis == "celah":
        return f"a value between {tulis_tepat(m.dari)} and {tulis_tepat(m.sampai)} has no band"
    return f"a value of {tulis_tepat(m.dari)} falls in two bands"
