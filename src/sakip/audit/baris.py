"""The audit of CSV rows: budget rows and indicator rows, as full reports.

Each printed penyerapan, capaian and predikat is recomputed; budget rows
whose codes nest (``p1``, ``p1.k1``, ``p1.k1.s1``) are checked against the sum
of the rows directly below them (each row below its nearest ancestor present,
:func:`sakip.laporan.berkas_csv.induk_anggaran`: ``p1.k1.s1`` below ``p1`` where no
``p1.k1`` row is present), and a row coded ``total`` (or ``jumlah``) against
the top-level rows; realisasi above pagu is a finding. A row that prints no
amount (pagu and realisasi blank: a program printing only its percentage)
stands for the sums of the rows directly below it, so its printed penyerapan
is checked against them and explained as the TOML audit explains a program's
(the plain mean of the rows below among the tries); with no rows below it,
its printed penyerapan is a finding ``tak-terhitung``, and it adds nothing to
the sums of its induk.

A budget row's K (its indikator, target K, realisasi K, quarters, K up to last year) and
its printed K % and Renstra realisasi (K and Rp up to this year, form E.81 column 14) are
audited by the audit of a report (:func:`sakip.audit.periksa`), on the report model built
of those rows (:func:`_laporan_keluaran`): the K findings of a rows CSV are those of the
same rows in a TOML report.

Examples:
    >>> import io
    >>> from sakip.laporan import baca_csv_anggaran
    >>> rows = baca_csv_anggaran(io.StringIO("kode,nama,pagu,realisasi\\np1,A,100,90\\ntotal,Jumlah,100,95\\n"))
    >>> [(t.aturan, t.dicetak, t.dihitung) for t in periksa_baris(rows)]
    [('angka', '95', '90')]
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Collection, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final, Literal, TypeAlias

import attrs

from sakip._eksak import MAKS_TEMPAT, bulatkan_pecahan
from sakip.angka import sel_kosong
from sakip.audit._cetak import baca_cetakan, baca_rupiah, desimal
from sakip.audit._tulis import (
    Notasi,
    TakTerhitungError,
    nilai_dinilai,
    notasi_dari,
    persen_dari,
    predikat_dari,
    rumus_capaian,
    tulis,
    tulis_tepat,
)
from sakip.audit.besaran import BESARAN, BarisTanpaJenjang, Rasio
from sakip.audit.pemeriksaan import periksa
from sakip.audit.penjelasan import (
    Keterangan,
    capaian_lain,
    dibaca,
    keterangan,
    peta_penyerapan,
    rasio_lain,
    rerata_dicetak,
    teks_kembaran,
)
from sakip.audit.ringkas import KEPALA_PROGRAM, KOSONG, berisi, label_skala
from sakip.audit.temuan import HasilAudit, TabelRingkas, Temuan, Tingkat
from sakip.errors import InvalidTypeError, NotComputableError, ReportFormatError, SakipError
from sakip.kinerja import capaian
from sakip.laporan import (
    BarisAnggaran,
    BarisIndikator,
    Besaran,
    Cetakan,
    JenisBesaran,
    Kegiatan,
    Lampiran,
    Laporan,
    Program,
    baca_csv_anggaran,
    baca_csv_indikator,
)
from sakip.laporan._csv import kolom_kepala, sumber_csv
from sakip.laporan.berkas_csv import KODE_TOTAL, induk_anggaran, opsi_dan_isi
from sakip.laporan.besaran import JENIS_RUPIAH
from sakip.skala import SKALA_BAWAAN, Skala

__all__ = ["periksa_baris", "periksa_csv", "periksa_csv_teks"]

_TOTAL = KODE_TOTAL

#: The decimal separator a rows CSV declares (``# pemisah_desimal``), None: the Indonesian
#: way; checked where it comes in (:func:`periksa_baris`), typed so from there inward.
_Pemisah: TypeAlias = Literal[",", "."] | None


def _dicetak(
    teks: str, berkas: str, baris: int, kolom: str, pemisah: _Pemisah
) -> tuple[Decimal, int]:
    """The printed figure and the places it shows, read as the TOML audit reads it; more
    places than :data:`~sakip._eksak.MAKS_TEMPAT` refused."""
    try:
        # a printed "-" (or "n/a") is no figure: 0 where one exists (baca_cetakan's kosong=0)
        satuan, tempat = baca_cetakan(teks, pemisah)
    except SakipError as e:
        raise ReportFormatError(
            berkas=berkas, letak=f"row {baris}, column {kolom}", expected=e.expected, value=teks
        ) from None
    if tempat > MAKS_TEMPAT:
        raise ReportFormatError(
            berkas=berkas,
            letak=f"row {baris}, column {kolom}",
            expected=f"must show at most {MAKS_TEMPAT} decimal places",
            value=teks,
        )
    return desimal(satuan, tempat), tempat


#: How a printed figure that does not match is explained: from the figure as read and its
#: places, an explanation (:func:`sakip.audit.penjelasan.keterangan`).
Jelaskan = Callable[[Decimal, int], Keterangan]


def _angka(
    temuan: list[Temuan],
    letak: str,
    teks: str,
    eksak: Fraction | None,
    rumus: str,
    jenis: JenisBesaran,
    jelaskan: Jelaskan,
    tempat_baca: tuple[str, int, str, _Pemisah],
) -> None:
    """Check one printed percentage as the TOML audit does: rounded once at the printed places;
    a mismatch explained by the same code (``jelaskan``) and rated by the quantity table."""
    berkas, b, kolom, pemisah = tempat_baca
    dicetak, n = _dicetak(teks, berkas, b, kolom, pemisah)  # at most MAKS_TEMPAT places
    if eksak is None and sel_kosong(teks):
        return  # nothing printed for nothing computable: consistent
    if eksak is None:
        temuan.append(
            Temuan(
                aturan="tak-terhitung",
                tingkat=Tingkat.RENDAH,
                letak=letak,
                dicetak=teks,
                dihitung="tidak terhitung",
                rumus=rumus,
            )
        )
        return
    dihitung = bulatkan_pecahan(eksak, n)
    if dihitung != dicetak:
        baris = BESARAN[jenis]
        k = jelaskan(dicetak, n)
        if k.cocok:
            aturan, tingkat = "metode", baris.tingkat_metode
        else:
            aturan = baris.aturan
            dekat = abs(Fraction(dicetak) - eksak) * 10**n <= 1
            tingkat = Tingkat.RENDAH if dekat else baris.tingkat
        temuan.append(
            Temuan(
                aturan=aturan,
                tingkat=tingkat,
                letak=letak,
                dicetak=teks,
                dihitung=tulis(dihitung, n, notasi_dari(pemisah)),
                rumus=rumus,
                keterangan=k.teks,
            )
        )


#: The pagu and realisasi of a row: as printed, or the sums of the rows nested under it.
_Jumlah = tuple[int, int]


class _Bawah:
    """The rows of a budget CSV: the rows directly below each, what each prints, and the
    pagu and realisasi of each (a row that prints none: the sums of the rows below it; local
    practice, seen in LKjIP budget tables: Setda Provinsi Sumatera Utara 2021, Tabel 19,
    prints its program with only a percentage and its kegiatan bare)."""

    def __init__(self, baris: Sequence[BarisAnggaran], pemisah: _Pemisah, berkas: str) -> None:
        self.pemisah = pemisah
        # keyed by each row itself (id), not its code: rows built in code may repeat a code
        self.anak: dict[int, list[BarisAnggaran]] = {}
        self.atas: list[BarisAnggaran] = []
        # each row below its nearest ancestor present (sakip.laporan.berkas_csv.induk_anggaran)
        for b, induk in zip(baris, induk_anggaran(baris, berkas), strict=True):
            if b.kode.lower() in _TOTAL:
                continue
            if induk is not None:
                self.anak.setdefault(id(induk), []).append(b)
            else:
                self.atas.append(b)
        self.semua = [b for b in baris if b.kode.lower() not in _TOTAL]
        self._peta: dict[int, dict[Decimal, list[str]]] = {}
        self._jumlah: dict[int, _Jumlah] = {}
        # deepest first, so the rows below a row are summed before it (an induk's code has
        # fewer segments than its rows'); no recursion, as codes nest deep
        for b in sorted(self.semua, key=lambda x: -x.kode.count(".")):
            self._jumlah[id(b)] = self._sendiri(b, self.anak.get(id(b), []))

    def _sendiri(self, b: BarisAnggaran, bawah: Sequence[BarisAnggaran]) -> _Jumlah:
        if b.pagu is not None and b.realisasi is not None:
            return b.pagu, b.realisasi
        return self._jumlahkan(bawah)

    def _jumlahkan(self, baris: Sequence[BarisAnggaran]) -> _Jumlah:
        """The sums of the pagu and realisasi of these rows (each already summed)."""
        jumlah = [self._jumlah[id(x)] for x in baris]
        return sum(j[0] for j in jumlah), sum(j[1] for j in jumlah)

    def jumlah(self, b: BarisAnggaran) -> _Jumlah:
        """The pagu and realisasi of ``b``: as printed, else the sums of the rows directly
        below it (0 and 0 where none is: a row with nothing printed and nothing below)."""
        if b.kode.lower() in _TOTAL:
            return self._sendiri(b, self.atas)
        return self._jumlah[id(b)]

    def jumlah_bawah(self, b: BarisAnggaran) -> _Jumlah:
        """The sums of the pagu and realisasi of the rows directly below ``b``."""
        return self._jumlahkan(self.di_bawah(b))

    def di_bawah(self, b: BarisAnggaran) -> list[BarisAnggaran]:
        """The rows directly below ``b`` (the top-level rows below a total)."""
        return self.atas if b.kode.lower() in _TOTAL else self.anak.get(id(b), [])

    def dicetak(self, baris: Sequence[BarisAnggaran]) -> list[Decimal]:
        """The penyerapan printed on these rows, a row that prints none standing for the
        rows below it."""
        hasil: list[Decimal] = []
        tumpuk = [iter(baris)]  # depth first, in file order, without recursion (codes nest deep)
        while tumpuk:
            b = next(tumpuk[-1], None)
            if b is None:
                tumpuk.pop()
                continue
            teks = b.penyerapan_dicetak
            nilai = None if teks is None else dibaca(teks, self.pemisah)
            if nilai is not None:
                hasil.append(nilai)
            else:
                tumpuk.append(iter(self.anak.get(id(b), [])))
        return hasil

    def kembaran(self, dicetak: Decimal, tempat: int) -> str:
        """The rows whose penyerapan rounds to the printed figure, in words."""
        peta = self._peta.get(tempat)
        if peta is None:
            peta = self._peta[tempat] = peta_penyerapan(
                (
                    (f"{b.kode} ({b.nama[:60]})", self.jumlah(b)[1], self.jumlah(b)[0])
                    for b in self.semua
                ),
                tempat,
            )
        return teks_kembaran(peta.get(dicetak, []))

    def jelaskan(self, b: BarisAnggaran, p: Notasi) -> Jelaskan:
        """How a printed penyerapan of ``b`` that does not match is explained, as the TOML
        audit explains a penyerapan (:mod:`sakip.audit.penjelasan`)."""

        def jelaskan(dicetak: Decimal, tempat: int) -> Keterangan:
            pagu, realisasi = self.jumlah(b)
            rasio = Rasio(Fraction(realisasi), Fraction(pagu))
            metode = rasio_lain(rasio, dicetak, tempat, p)
            rerata = (
                None
                if metode
                else rerata_dicetak(self.dicetak(self.di_bawah(b)), dicetak, tempat, p)
            )
            return keterangan(metode, rerata, lambda: self.kembaran(dicetak, tempat))

        return jelaskan


def _rumus_penyerapan(bawah: _Bawah, b: BarisAnggaran, p: Notasi) -> str:
    """The penyerapan of ``b`` as a formula, from its amounts as printed or summed (as the
    TOML audit writes a program's); a row with neither says so."""
    if b.pagu is None and not bawah.di_bawah(b):
        return "no pagu or realisasi printed, and no rows nested under it to sum"
    pagu, realisasi = bawah.jumlah(b)
    return f"{tulis(realisasi, 0, p)} / {tulis(pagu, 0, p)} x 100"


def _anggaran(baris: Sequence[BarisAnggaran], berkas: str, pemisah: _Pemisah) -> list[Temuan]:
    temuan: list[Temuan] = []
    p = notasi_dari(pemisah)  # the file's notation, for every figure of its findings
    bawah = _Bawah(baris, pemisah, berkas)
    for b in baris:
        letak = f"{berkas} / row {b.baris} ({b.kode})"
        if b.penyerapan_dicetak is not None:
            # a row that prints no amount: the sums of the rows nested under it
            pagu, realisasi = bawah.jumlah(b)
            _angka(
                temuan,
                letak,
                b.penyerapan_dicetak,
                persen_dari(realisasi, pagu) if pagu else None,
                _rumus_penyerapan(bawah, b, p),
                JenisBesaran.PENYERAPAN,
                bawah.jelaskan(b, p),
                (berkas, b.baris, "penyerapan_dicetak", pemisah),
            )
        if b.pagu is None or b.realisasi is None:
            continue  # its amounts are the sums below: each row below is checked itself
        if b.realisasi > b.pagu:
            temuan.append(
                Temuan(
                    aturan="anggaran",
                    tingkat=Tingkat.TINGGI,
                    letak=f"{letak} / realisasi",
                    dicetak=tulis(b.realisasi, 0, p),
                    dihitung=f"pagu {tulis(b.pagu, 0, p)}",
                    rumus="realisasi within pagu: the APBD pagu is a ceiling on spending (PP 12/2019, Pengelolaan Keuangan Daerah)",
                    keterangan=f"overspent by {tulis(b.realisasi - b.pagu, 0, p)}",
                )
            )
        di_bawah = bawah.di_bawah(b)
        if di_bawah:
            dicetak = {"pagu": b.pagu, "realisasi": b.realisasi}
            jumlah = dict(zip(("pagu", "realisasi"), bawah.jumlah_bawah(b), strict=True))
            for kolom in ("pagu", "realisasi"):
                if jumlah[kolom] != dicetak[kolom]:
                    temuan.append(
                        Temuan(
                            aturan="angka",
                            tingkat=Tingkat.TINGGI,
                            letak=f"{letak} / {kolom}",
                            dicetak=tulis(dicetak[kolom], 0, p),
                            dihitung=tulis(jumlah[kolom], 0, p),
                            rumus=f"{kolom} = sum of the rows below ({', '.join(x.kode for x in di_bawah[:5])}{'...' if len(di_bawah) > 5 else ''})",
                        )
                    )
    return temuan


def _kode_bebas(terpakai: Collection[str], awal: str) -> str:
    """A code no row uses: ``awal``, or ``awal`` with the first number that makes it free."""
    return next(
        k
        for k in itertools.chain((awal,), (f"{awal}-{n}" for n in itertools.count(2)))
        if k not in terpakai
    )


#: The columns of a rows CSV that hold a row's printed K figures, and the quantity each
#: claims: its K % (``k_persen``), and its Renstra realisasi K and Rp up to this year
#: (``rpjmd_k``, ``rpjmd_rp``: form E.81, column 14).
_KOLOM_DICETAK: Final[Mapping[str, JenisBesaran]] = MappingProxyType(
    {
        "k_persen_dicetak": JenisBesaran.K_PERSEN,
        "rpjmd_k_dicetak": JenisBesaran.RPJMD_K,
        "rpjmd_rp_dicetak": JenisBesaran.RPJMD_RP,
    }
)


def _cetakan_k(b: BarisAnggaran, berkas: str, pemisah: _Pemisah) -> tuple[Cetakan, ...]:
    """The printed K figures of ``b`` as the figures of its model row, each read first as the
    file's other printed figures are (a Rupiah one by the Rupiah rule), so that a figure
    that is no number is refused naming its row and column."""
    hasil = []
    for kolom, jenis in _KOLOM_DICETAK.items():
        teks = getattr(b, kolom)
        if teks is None:
            continue
        c = Cetakan(
            tabel=berkas,
            baris=f"{b.kode} {b.nama}",
            kolom=kolom,
            teks=teks,
            besaran=Besaran(jenis=jenis, kode=(b.kode,)),
            pemisah_desimal=pemisah,
        )
        if jenis in JENIS_RUPIAH:
            _dicetak_rupiah(c, b.baris)
        else:
            _dicetak(teks, berkas, b.baris, kolom, pemisah)
        hasil.append(c)
    return tuple(hasil)


def _dicetak_rupiah(c: Cetakan, baris: int) -> None:
    """Refuse a printed Rupiah figure the audit cannot read (by the one Rupiah rule,
    :func:`sakip.audit._cetak.baca_rupiah`), naming its row and column."""
    try:
        baca_rupiah(c)
    except SakipError as e:
        raise ReportFormatError(
            berkas=c.tabel,
            letak=f"row {baris}, column {c.kolom}",
            expected=e.expected,
            value=c.teks,
        ) from None


def _laporan_keluaran(
    baris: Sequence[BarisAnggaran], berkas: str, pemisah: _Pemisah
) -> tuple[Laporan, dict[str, str]] | None:
    """The report model of the budget rows that print K, and where each of its rows stands
    in the file; None when no row prints K.

    Each row with K (or a printed K figure) is a :class:`~sakip.laporan.SubKegiatan` of no
    level (:class:`~sakip.audit.besaran.BarisTanpaJenjang`) with its own K, konsolidasi,
    realisasi up to last year and rule across years (``konsolidasi_renstra``), its printed
    K figures
    (:data:`_KOLOM_DICETAK`) its figures, and its own pagu and realisasi (0 on a row that
    prints none: a row with rows nested under it has no Rupiah figure here), under one
    program and one kegiatan of codes no row uses. Its realisasi above pagu is not reported
    again (:func:`_anggaran` reports it). A row's K is its own indicator's at every level
    (never a sum of the rows below it, :class:`~sakip.laporan.Program`), so the K findings are
    those of the rows at their levels; a CSV does not say a row's level, so its explanations
    name none: a K % printed on a row without K is that of "a budget-only row", and the
    Renstra realisasi is "realisasi K of the row" (or "Rp"), where a report names the level.

    Returns:
        The model, and the place of each of its rows as its findings name it (``berkas /
        KODE NAMA``) mapped to the place the rows CSV audit names (``berkas / row N (KODE)``).
    """
    dengan_k = [
        b
        for b in baris
        if b.keluaran is not None or any(getattr(b, k) is not None for k in _KOLOM_DICETAK)
    ]
    if not dengan_k:
        return None
    sub = []
    letak = {}
    for b in dengan_k:
        k = {} if b.keluaran is None else b.keluaran._asdict()
        sub.append(
            BarisTanpaJenjang(
                kode=b.kode,
                nama=b.nama,
                pagu=b.pagu or 0,
                realisasi_rp=b.realisasi or 0,
                konsolidasi=b.konsolidasi,
                realisasi_lalu_k=b.realisasi_lalu_k,
                konsolidasi_renstra=b.konsolidasi_renstra,
                realisasi_lalu_rp=b.realisasi_lalu_rp,
                dicetak=_cetakan_k(b, berkas, pemisah),
                **k,
            )
        )
        letak[f"{berkas} / {b.kode} {b.nama}"] = f"{berkas} / row {b.baris} ({b.kode})"
    kode = {b.kode for b in baris}
    kegiatan = Kegiatan(kode=_kode_bebas(kode, "csv-kegiatan"), nama=berkas, sub=sub)
    program = Program(kode=_kode_bebas(kode, "csv-program"), nama=berkas, kegiatan=(kegiatan,))
    laporan = Laporan(
        instansi=berkas,
        tahun=1,  # a rows CSV names no year; no K check reads it (no scale is named)
        judul=berkas,
        sumber=berkas,
        renstra=(1, 1),
        program=(program,),
        # the file's notation, for the findings of the structure checks on its rows
        lampiran=Lampiran(tabel=berkas, kolom=(), pemisah_desimal=pemisah),
        berkas=berkas,
    )
    return laporan, letak


def _keluaran(baris: Sequence[BarisAnggaran], berkas: str, pemisah: _Pemisah) -> list[Temuan]:
    """The K findings of budget rows: those of the audit of a report
    (:func:`sakip.audit.periksa`) on their model (:func:`_laporan_keluaran`), each placed at
    its row of the file."""
    model = _laporan_keluaran(baris, berkas, pemisah)
    if model is None:
        return []
    laporan, letak = model
    hasil = []
    for t in periksa(laporan).temuan:
        if t.aturan == "anggaran":
            continue  # realisasi above pagu: the rows CSV audit reports it itself (_anggaran)
        baris_model, _, kolom = t.letak.rpartition(" / ")
        tempat = letak.get(baris_model)
        hasil.append(t if tempat is None else attrs.evolve(t, letak=f"{tempat} / {kolom}"))
    return hasil


def _jelaskan_capaian(b: BarisIndikator, p: Notasi) -> Jelaskan:
    """How a printed capaian of ``b`` that does not match is explained, as the TOML audit
    explains a capaian (:func:`sakip.audit.penjelasan.capaian_lain`)."""

    def jelaskan(dicetak: Decimal, tempat: int) -> Keterangan:
        metode = capaian_lain(b.realisasi, b.target, b.arah, b.metode, dicetak, tempat, p)
        return keterangan(metode, None, str)

    return jelaskan


def _indikator(
    baris: Sequence[BarisIndikator], berkas: str, pemisah: _Pemisah, skala: Skala
) -> list[Temuan]:
    temuan: list[Temuan] = []
    p = notasi_dari(pemisah)  # the file's notation, for every figure of its findings
    for b in baris:
        letak = f"{berkas} / row {b.baris} ({b.kode})"
        rumus = rumus_capaian(b.realisasi, b.target, b.arah, b.metode, p)
        try:
            eksak: Fraction | None = capaian(
                realisasi=b.realisasi, target=b.target, arah=b.arah, metode=b.metode, tempat=None
            )
        except NotComputableError:
            eksak = None
        if b.capaian_dicetak is not None:
            _angka(
                temuan,
                letak,
                b.capaian_dicetak,
                eksak,
                rumus,
                JenisBesaran.IKU_CAPAIAN,
                _jelaskan_capaian(b, p),
                (berkas, b.baris, "capaian_dicetak", pemisah),
            )
        if b.predikat_dicetak is not None and eksak is not None:
            beda: tuple[str, Tingkat, str, str, str] | None
            try:
                dihitung = predikat_dari(skala, nilai_dinilai(skala, eksak), rumus, p)
            except TakTerhitungError as e:  # the scale has no band for it
                beda = ("tak-terhitung", Tingkat.RENDAH, "tidak terhitung", e.rumus, e.alasan)
            else:
                sama = " ".join(b.predikat_dicetak.lower().split()) == dihitung.lower()
                beda = (
                    None
                    if sama
                    else ("teks", Tingkat.TINGGI, dihitung, f"{skala.nama} of {rumus}", "")
                )
            if beda is not None:
                aturan, tingkat, teks, rumus_, keterangan = beda
                temuan.append(
                    Temuan(
                        aturan=aturan,
                        tingkat=tingkat,
                        letak=f"{letak} / predikat",
                        dicetak=b.predikat_dicetak,
                        dihitung=teks,
                        rumus=rumus_,
                        keterangan=keterangan,
                    )
                )
    return temuan


def periksa_baris(
    baris: Sequence[BarisAnggaran] | Sequence[BarisIndikator],
    *,
    berkas: str = "<csv>",
    pemisah_desimal: Literal[",", "."] | None = None,
    skala: Skala | None = None,
) -> tuple[Temuan, ...]:
    """Audit rows read from CSV: each printed penyerapan, capaian or predikat, and the totals.

    Raises:
        InvalidTypeError: not a sequence of rows of one kind, or a ``pemisah_desimal``
            other than ``","``, ``"."`` or None (checked here, where it comes in).
        ReportFormatError: a printed figure that is not a number, or a budget row
            whose induk is uncertain (:func:`sakip.laporan.berkas_csv.induk_anggaran`).

    Examples:
        >>> import io
        >>> from sakip.laporan import baca_csv_anggaran
        >>> rows = baca_csv_anggaran(io.StringIO(
        ...     "kode;nama;pagu;realisasi;penyerapan_dicetak\\n"
        ...     "p9;Program LPM;1.539.632.000;1.529.080.716;99,58\\n"))
        >>> [(t.dicetak, t.dihitung) for t in periksa_baris(rows)]
        [('99,58', '99,31')]
        >>> rows = baca_csv_anggaran(io.StringIO(
        ...     "kode;nama;pagu;realisasi;penyerapan_dicetak\\n"
        ...     "p1;Program;;;82\\np1.k1;Sub A;100;90;90\\np1.k2;Sub B;200;150;75\\n"))
        >>> [(t.dicetak, t.dihitung, t.rumus) for t in periksa_baris(rows)]
        [('82', '80', '240 / 300 x 100')]
    """
    rows: Any = baris
    if isinstance(rows, (str, bytes)) or not isinstance(rows, Sequence):
        raise InvalidTypeError(
            field="baris", value=baris, expected="must be a sequence of CSV rows"
        )
    if not isinstance(berkas, str):
        raise InvalidTypeError(field="berkas", value=berkas, expected="must be a string")
    if pemisah_desimal not in (None, ",", "."):
        raise InvalidTypeError(
            field="pemisah_desimal", value=pemisah_desimal, expected="must be ',', '.' or None"
        )
    if skala is not None and not isinstance(skala, Skala):
        raise InvalidTypeError(field="skala", value=skala, expected="must be a Skala")
    if all(isinstance(b, BarisAnggaran) for b in rows):
        return (
            *_anggaran(rows, berkas, pemisah_desimal),
            *_keluaran(rows, berkas, pemisah_desimal),
        )
    if all(isinstance(b, BarisIndikator) for b in rows):
        skala_ = skala or SKALA_BAWAAN["PERMENDAGRI_86_2017"]
        return tuple(_indikator(rows, berkas, pemisah_desimal, skala_))
    salah = next(b for b in rows if not isinstance(b, (BarisAnggaran, BarisIndikator)))
    raise InvalidTypeError(
        field="baris", value=salah, expected="must all be BarisAnggaran or all BarisIndikator"
    )


def _tabel_anggaran(baris: Sequence[BarisAnggaran], berkas: str, notasi: Notasi) -> TabelRingkas:
    # in the file's notation, as its findings are: a reader compares like with like
    bawah = _Bawah(baris, None, berkas)
    isi = []
    for b in baris:
        if "." in b.kode:
            continue
        pagu, realisasi = bawah.jumlah(b)  # a row that prints none: the sums below it
        isi.append(
            (
                b.kode,
                b.nama[:26],
                tulis(pagu, 0, notasi),
                tulis(realisasi, 0, notasi),
                tulis(persen_dari(realisasi, pagu), 2, notasi) if pagu else KOSONG,
            )
        )
    return TabelRingkas(
        judul="Anggaran per program", kolom=KEPALA_PROGRAM, baris=isi, kanan=(2, 3, 4)
    )


#: The columns of the recomputed table of the K of budget rows.
_KEPALA_KELUARAN: Final = ("kode", "indikator", "satuan", "target K", "realisasi K", "K %")


def _tabel_keluaran(baris: Sequence[BarisAnggaran], notasi: Notasi) -> TabelRingkas:
    """The K of every budget row that prints one, at every level (a row's K is its own), in
    file order: target and realisasi exact, K % (realisasi K / target K x 100, as the audit's
    ``k_persen``) at 2 places, "-" where the target is 0. In the file's notation."""
    isi = []
    for b in baris:
        k = b.keluaran
        if k is None:
            continue
        isi.append(
            (
                b.kode,
                k.indikator[:26],
                k.satuan[:12],
                tulis_tepat(k.target_k, notasi),
                tulis_tepat(k.realisasi_k, notasi),
                tulis(persen_dari(k.realisasi_k, k.target_k), 2, notasi) if k.target_k else KOSONG,
            )
        )
    return TabelRingkas(
        judul="Keluaran (K) per baris", kolom=_KEPALA_KELUARAN, baris=isi, kanan=(3, 4, 5)
    )


def _tabel_indikator(
    baris: Sequence[BarisIndikator], skala: Skala, notasi: Notasi
) -> TabelRingkas:
    isi = []
    for b in baris:
        try:
            c: Fraction | None = capaian(
                realisasi=b.realisasi, target=b.target, arah=b.arah, metode=b.metode, tempat=None
            )
        except NotComputableError:
            c = None
        isi.append(
            (
                b.kode,
                tulis(b.target, 2, notasi),
                tulis(b.realisasi, 2, notasi),
                KOSONG if c is None else tulis(c, 2, notasi),
                KOSONG if c is None else label_skala(skala, c),
            )
        )
    return TabelRingkas(
        judul="Capaian indikator",
        kolom=("kode", "target", "realisasi", "capaian", "predikat"),
        baris=isi,
        kanan=(1, 2, 3),
    )


def periksa_csv(path: str | Path) -> HasilAudit:
    """Audit a CSV file of budget rows or indicator rows (told apart by an ``arah`` column).

    Examples:
        >>> import tempfile, pathlib
        >>> d = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (d / "a.csv").write_text("kode;nama;pagu;realisasi\\np1;A;0;5\\n", encoding="utf-8")
        >>> [t.aturan for t in periksa_csv(d / "a.csv").temuan]
        ['anggaran']
    """
    from sakip.laporan.berkas import ke_path

    nama, teks = sumber_csv(ke_path(path))
    return periksa_csv_teks(teks, berkas=nama)


def periksa_csv_teks(teks: str, *, berkas: str) -> HasilAudit:
    """Audit the text of a CSV of budget rows or indicator rows, read once by the caller
    (:func:`sakip.audit.jenis_csv.hasil_csv`); as :func:`periksa_csv`.

    Examples:
        >>> h = periksa_csv_teks("kode;nama;pagu;realisasi\\np1;A;10;5\\n", berkas="a.csv")
        >>> h.berkas, h.diperiksa, h.temuan
        ('a.csv', 0, ())
    """
    if not isinstance(teks, str):
        raise InvalidTypeError(field="teks", value=teks, expected="must be the CSV text (str)")
    if not isinstance(berkas, str):
        raise InvalidTypeError(field="berkas", value=berkas, expected="must be a file's name")
    nama = berkas
    opsi, isi, _ = opsi_dan_isi(teks, berkas=nama)
    import io

    skala = SKALA_BAWAAN[opsi.skala]
    # the header: the first line that is not blank (blank lines may follow the # options)
    kepala = next((b for b in io.StringIO(isi, newline=None) if b.strip()), "")
    if "arah" in kolom_kepala(kepala):  # indicator rows have an arah column
        bi = baca_csv_indikator(io.StringIO(teks), berkas=nama)
        temuan = periksa_baris(bi, berkas=nama, pemisah_desimal=opsi.pemisah_desimal, skala=skala)
        tabel = berisi(_tabel_indikator(bi, skala, notasi_dari(opsi.pemisah_desimal)))
        n = sum((b.capaian_dicetak is not None) + (b.predikat_dicetak is not None) for b in bi)
    else:
        ba = baca_csv_anggaran(io.StringIO(teks), berkas=nama)
        temuan = periksa_baris(ba, berkas=nama, pemisah_desimal=opsi.pemisah_desimal)
        notasi = notasi_dari(opsi.pemisah_desimal)
        tabel = berisi(_tabel_anggaran(ba, nama, notasi), _tabel_keluaran(ba, notasi))
        n = sum(
            (b.penyerapan_dicetak is not None)
            + sum(getattr(b, k) is not None for k in _KOLOM_DICETAK)
            for b in ba
        )
    return HasilAudit(berkas=nama, judul=nama, temuan=temuan, diperiksa=n, tabel=tabel)
