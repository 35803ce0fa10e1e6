"""The audit of a report: every printed figure recomputed through the quantity table.

The module was ``sakip.audit.periksa`` until 0.3.0, a name it shared with its function.

Examples:
    >>> from sakip import contoh
    >>> periksa(contoh.dumai_2023()).diperiksa
    590
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from types import MappingProxyType
from typing import Final, Literal

import attrs

from sakip._eksak import MAKS_TEMPAT, bulat_setengah_atas
from sakip._tabel import banyak
from sakip.angka import KATA_BILANGAN, baca_terbilang, sel_kosong, terbilang
from sakip.audit._cetak import (
    baca_cetakan,
    baca_rupiah,
    desimal,
    pisah_terbilang,
    titik_rupiah,
)
from sakip.audit._tulis import (
    Notasi,
    TakTerhitungError,
    desimal_dalam,
    notasi_dari,
    tulis,
    tulis_tepat,
)
from sakip.audit.besaran import BESARAN, BarisBesaran, Hitung, KomponenCapaian, Nilai
from sakip.audit.penjelasan import Penjelas, keterangan
from sakip.audit.ringkas import tabel_ringkas
from sakip.audit.struktur import periksa_struktur
from sakip.audit.temuan import HasilAudit, Penjelasan, Temuan, Tingkat
from sakip.errors import InvalidTypeError, ReportFormatError, SakipError
from sakip.laporan import SATUAN_RUPIAH, Cetakan, JenisBesaran, Laporan
from sakip.laporan._rekam import pembuat, tanpa_gc

__all__ = ["periksa", "periksa_berkas"]

#: Findings built from the audit's own texts, without checking them again.
_TEMUAN: Final = pembuat(Temuan)


#: Spaces around the colon of a ratio ("1 : 12" is "1:12").
_SPASI_RASIO: Final = re.compile(r"\s*:\s*")


def _sama_teks(a: str, b: str) -> bool:
    """Two printed texts alike but for case and spacing (runs of spaces, and spaces around
    the colon of a ratio).

    Examples:
        >>> _sama_teks("Sangat  Tinggi", "sangat tinggi"), _sama_teks("1 : 12", "1:12")
        (True, True)
        >>> _sama_teks("1:12", "1:14")
        False
    """
    return _teks_baku(a) == _teks_baku(b)


def _sama_teks_salah_satu(teks: str, n: Nilai) -> bool:
    """A printed text alike (:func:`_sama_teks`) to the text of ``n`` or to one of its
    other texts (a target the report prints more than one way).

    Examples:
        >>> n = Nilai("teks", "target", teks="HPP≤ 3.700", teks_lain=("≥ HPP",))
        >>> _sama_teks_salah_satu("≥  hpp", n), _sama_teks_salah_satu("3.700", n)
        (True, False)
    """
    return any(_sama_teks(teks, t) for t in (str(n.teks), *n.teks_lain))


def _teks_baku(teks: str) -> str:
    return _SPASI_RASIO.sub(":", " ".join(teks.lower().split()))


def _saran(c: Cetakan, rupiah: bool) -> str:
    """Where a report declares how a figure is printed, for the message of one it cannot read.

    Examples:
        >>> from sakip.laporan import Cetakan
        >>> _saran(Cetakan(tabel="T", baris="i1", kolom="R", teks="75,93 (BB)",
        ...                besaran="iku.realisasi:i1:2020"), False)
        "; transcribe the figure alone ('75,93'): a printed figure carries no qualifier"
        >>> _saran(Cetakan(tabel="T", baris="sasaran", kolom="memiliki", teks="satu",
        ...                besaran="banyak:sasaran"), False)[:58]
        '; a figure printed in words is transcribed with its digits'
    """
    awal, _, sisa = c.teks.strip().partition(" ")
    if sisa and not rupiah:
        try:
            baca_cetakan(awal, c.pemisah_desimal)
        except SakipError:
            pass
        else:
            return (
                f"; transcribe the figure alone ({awal!r}): a printed figure carries no qualifier"
            )
    if rupiah and not titik_rupiah(c):
        # a Rupiah figure reads the Indonesian way, and English grouping only where declared
        return (
            "; a Rupiah figure is read the Indonesian way, and with commas grouping "
            "thousands ('1,004,422,800') where its [[tabel]] figure, its column or its "
            '[lampiran] declares pemisah_desimal = "."'
        )
    if not any(ch.isdigit() for ch in c.teks):
        # "satu", "tiga sasaran": a number in words (only Rupiah have one, terbilang:)
        return (
            "; a figure printed in words is transcribed with its digits ('1' for 'satu'), "
            "its words kept in the row or column label; amounts in words are read as "
            "terbilang:BESARAN"
        )
    if c.pemisah_desimal is None and not rupiah:
        return "; declare pemisah_desimal where the report prints a decimal point ('95.03')"
    return ""


def _baca_angka(c: Cetakan, rupiah: bool) -> tuple[int, int]:
    """A printed figure as ``(satuan, tempat)``; a Rupiah one by the one rule of the rows
    CSV's Rupiah columns."""
    if rupiah:
        return baca_rupiah(c)
    return baca_cetakan(c.teks, c.pemisah_desimal)


def _kata_bilangan(kata: str) -> bool:
    """Whether words in parentheses are meant as a number: one of them is a number word
    ("se ratus" is, and is refused as such; "BB" and "Baik" are not, and the figure is
    refused as carrying a qualifier).

    Examples:
        >>> _kata_bilangan("se ratus"), _kata_bilangan("BB"), _kata_bilangan("Tujuh Rupiah")
        (True, False, True)
    """
    return any(k.lower() in KATA_BILANGAN for k in kata.split())


def _temuan_terbilang(c: Cetakan, kata: str, nilai_kata: Decimal, nilai: Decimal) -> Temuan:
    """The finding of words in parentheses that name another number than the figure they
    follow ("9 (delapan)"), with the rule and level of a ``terbilang:`` figure's: the
    figure's words, written in the case the report writes them (Title Case where every word
    is capitalised), against the words printed.

    Sumber:
        local practice, seen in LKjIP Dinas Sosial dan PMD Kota Dumai 2023 (Ringkasan
        Eksekutif: "9 (sembilan) Program"; Bab II: "Rp 7.464.445.202,- (Tujuh Miliar ...
        Rupiah)"): a figure and its words name one number; the words as
        :func:`sakip.angka.terbilang` writes them (PUEBI).

    Examples:
        >>> from decimal import Decimal
        >>> c = Cetakan(tabel="Ringkasan Eksekutif", baris="Program", kolom="jumlah",
        ...             teks="9 (Delapan)", besaran="banyak:program")
        >>> t = _temuan_terbilang(c, "Delapan", Decimal(8), Decimal(9))
        >>> t.aturan, t.dihitung, t.rumus, t.keterangan
        ('teks', 'Sembilan', 'terbilang(9)', 'the words name 8, the figure printed 9')
    """
    baris = BESARAN[JenisBesaran.TERBILANG]
    notasi = notasi_dari(c.pemisah_desimal)
    semua = kata.split()
    rupiah = semua[-1].lower() == "rupiah"
    persen = semua[-1].lower() == "persen"
    huruf: Literal["judul", "kecil"] = "judul" if all(k[:1].isupper() for k in semua) else "kecil"
    tertulis = desimal_dalam(nilai, notasi)
    akhir = f" {semua[-1]}" if persen else ""  # "persen" as printed
    return _TEMUAN(
        aturan=baris.aturan,
        tingkat=baris.tingkat,
        letak=c.letak,
        dicetak=c.teks,
        dihitung=terbilang(nilai, huruf=huruf, rupiah=rupiah) + akhir,
        rumus=f"terbilang({tertulis})" + (" rupiah" if rupiah else "") + akhir.lower(),
        keterangan=f"the words name {desimal_dalam(nilai_kata, notasi)}, "
        f"the figure printed {tertulis}",
    )


class _Audit:
    def __init__(self, laporan: Laporan) -> None:
        self.lap = laporan
        self.h = Hitung(laporan)
        self.jelas = Penjelas(self.h)
        # per notation, the computation whose formulas and explanations write in it
        self.dalam: dict[Notasi, tuple[Hitung, Penjelas]] = {",": (self.h, self.jelas)}
        self.temuan: list[Temuan] = []
        self.penjelasan: list[Penjelasan] = []
        self.diperiksa = 0
        self.tw_tidak_pasti = {
            k.kode
            for p in laporan.program
            for k in p.kegiatan
            if any(not s.tw_pasti for s in k.sub)
        }

    def tambah(self, t: Temuan) -> None:
        self.temuan.append(t)

    def jalankan(self) -> HasilAudit:
        for c in self.lap.semua_cetakan():
            self.periksa_cetakan(c)
        self.diperiksa += periksa_struktur(self.h, self.tambah, self.tw_tidak_pasti)
        return HasilAudit(
            berkas=self.lap.berkas,
            judul=self.lap.judul,
            laporan=self.lap,
            temuan=tuple(self.temuan),
            penjelasan=tuple(self.penjelasan),
            diperiksa=self.diperiksa,
            tabel=tabel_ringkas(self.h),
        )

    def _baca(self, c: Cetakan, rupiah: bool) -> tuple[int, int]:
        """The printed figure as ``(satuan, tempat)``; one printed with its number in words
        after it ("9 (sembilan)") is read from its digits, and its words held to them."""
        try:
            return _baca_angka(c, rupiah)
        except SakipError as e:
            bagian = pisah_terbilang(c.teks)
            if bagian is None or not _kata_bilangan(bagian[1]):
                raise self._tolak(c, e, rupiah) from None
            angka, kata = bagian
        # a percentage's words end with "persen" ("100% (seratus persen)")
        kata_bilangan = kata
        if (
            angka.rstrip().endswith("%")
            and kata.split()[-1:]
            and kata.split()[-1].lower() == "persen"
        ):
            kata_bilangan = kata.rsplit(None, 1)[0] if len(kata.split()) > 1 else ""
        try:
            nilai_kata = baca_terbilang(kata_bilangan, rupiah=rupiah)
        except SakipError as e:
            raise self._salah_di(c, f"the number in words in parentheses {e.expected}") from None
        if rupiah and c.satuan_rupiah != "rupiah":
            # the words would name the digits or the amount: neither reading is certain
            raise self._salah_di(
                c,
                "the number in words in parentheses is read where Rupiah are printed in "
                f"rupiah, not in {c.satuan_rupiah}: transcribe the figure alone",
            )
        c_angka = attrs.evolve(c, teks=angka)
        try:
            satuan, tempat = _baca_angka(c_angka, rupiah)
        except SakipError as e:
            raise self._tolak(c_angka, e, rupiah, c.teks) from None
        if Fraction(nilai_kata) != Fraction(satuan, 10**tempat):
            try:
                temuan = _temuan_terbilang(c, kata, nilai_kata, desimal(satuan, tempat))
            except SakipError as e:  # a figure terbilang does not write (10**18 or more)
                raise self._salah_di(
                    c, f"the figure printed with its words {e.expected}"
                ) from None
            self.tambah(temuan)
        return satuan, tempat

    def _salah_di(self, c: Cetakan, expected: str) -> ReportFormatError:
        """The refusal of the printed figure ``c`` as printed, at its place."""
        return ReportFormatError(
            berkas=self.lap.berkas, letak=c.letak, expected=expected, value=c.teks
        )

    def _tolak(
        self, c: Cetakan, e: SakipError, rupiah: bool, teks: str | None = None
    ) -> ReportFormatError:
        """The refusal of a printed figure that is not a number (``teks``: the whole text
        printed, where ``c`` holds its figure only)."""
        return ReportFormatError(
            berkas=self.lap.berkas,
            letak=c.letak,
            expected=f"the printed figure {e.expected}{_saran(c, rupiah)}",
            value=c.teks if teks is None else teks,
        )

    def hitung_dalam(self, notasi: Notasi) -> tuple[Hitung, Penjelas]:
        """The computation and explainer writing in ``notasi`` (made on first use)."""
        hj = self.dalam.get(notasi)
        if hj is None:
            h = Hitung(self.lap, notasi)
            hj = self.dalam[notasi] = (h, Penjelas(h))
        return hj

    def periksa_cetakan(self, c: Cetakan) -> None:
        b = c.besaran
        if b.jenis is JenisBesaran.TW_RP and b.kode[0] in self.tw_tidak_pasti:
            return  # positions uncertain: checked as a whole with the structure
        self.diperiksa += 1
        baris = BESARAN[b.jenis]
        h, jelas = self.hitung_dalam(notasi_dari(c.pemisah_desimal))
        try:
            n = h.nilai(b, baris)
        except TakTerhitungError as e:
            self.tak_terhitung(c, e)
            return
        if n.jenis == "teks" and n.eksak is not None and not _sama_teks_salah_satu(c.teks, n):
            # a value with its printed text ("80 dibawah ambang batas") printed alone: a number
            try:
                baca_cetakan(c.teks, c.pemisah_desimal)
            except SakipError:
                pass
            else:
                n = Nilai("persen", n.rumus, n.eksak)
        if n.jenis == "teks":
            assert n.teks is not None
            if not _sama_teks_salah_satu(c.teks, n):
                self.tambah(
                    _TEMUAN(
                        aturan=baris.aturan,
                        tingkat=baris.tingkat,
                        letak=c.letak,
                        dicetak=c.teks,
                        dihitung=" or ".join((n.teks, *n.teks_lain)),
                        rumus=n.rumus,
                    )
                )
            return
        satuan, tempat = self._baca(c, n.jenis == "rupiah")
        if n.jenis == "persen":
            self.periksa_persen(c, baris, n, satuan, tempat, jelas)
            return
        if c.satuan_rupiah != "rupiah" and n.jenis == "rupiah":
            self.periksa_satuan(c, baris, n, satuan, tempat, h.notasi)
            return
        # printed satuan / 10**tempat against the exact value, in integers
        atas, bawah = n.rasio
        if satuan * bawah != atas * 10**tempat:
            eksak = n.eksak
            assert eksak is not None
            selisih = Fraction(satuan, 10**tempat) - eksak
            self.tambah(
                _TEMUAN(
                    aturan=baris.aturan,
                    tingkat=baris.tingkat,
                    letak=c.letak,
                    dicetak=c.teks,
                    dihitung=tulis_tepat(eksak, h.notasi),
                    rumus=n.rumus,
                    keterangan=f"difference {tulis_tepat(selisih, h.notasi)}",
                )
            )

    def periksa_satuan(
        self, c: Cetakan, baris: BarisBesaran, n: Nilai, satuan: int, tempat: int, notasi: Notasi
    ) -> None:
        """A Rupiah figure printed in a unit ("dalam ribuan rupiah"): the exact Rupiah divided
        by the unit, rounded once, half up, at the places printed, against the printed figure.

        Local practice, seen in LKjIP budget tables ("dalam ribuan rupiah"): a figure in
        thousands is the amount rounded to the thousand; no regulation fixes the rounding,
        and sakip rounds half up as everywhere.
        """
        faktor = SATUAN_RUPIAH[c.satuan_rupiah]
        atas, bawah = n.rasio
        bulat = bulat_setengah_atas(atas * 10**tempat, bawah * faktor)
        if bulat == satuan:
            return
        eksak = Fraction(atas, bawah)
        dalam_satuan = eksak / faktor
        langkah = abs(Fraction(satuan, 10**tempat) - dalam_satuan) * 10**tempat
        keterangan = (
            f"printed in {c.satuan_rupiah} rupiah (satuan_rupiah = '{c.satuan_rupiah}'): "
            f"{tulis_tepat(eksak, notasi)} / {tulis(faktor, 0, notasi)} rounded half up at "
            f"{tempat} places; difference {desimal_dalam(desimal(satuan - bulat, tempat), notasi)}"
        )
        if dalam_satuan >= 0 and math.floor(dalam_satuan * 10**tempat) == satuan:
            keterangan += "; reproduced by truncating instead of rounding half up"
        self.tambah(
            _TEMUAN(
                aturan=baris.aturan,
                # off by the last printed digit: a rounding, as for percentages
                tingkat=Tingkat.RENDAH if langkah <= 1 else baris.tingkat,
                letak=c.letak,
                dicetak=c.teks,
                dihitung=desimal_dalam(desimal(bulat, tempat), notasi),
                rumus=n.rumus,
                keterangan=keterangan,
            )
        )

    def periksa_persen(
        self,
        c: Cetakan,
        baris: BarisBesaran,
        n: Nilai,
        satuan: int,
        tempat: int,
        jelas: Penjelas,
    ) -> None:
        # satuan / 10**tempat: the printed figure with the places it shows, as baca reads it
        if tempat > MAKS_TEMPAT:
            raise ReportFormatError(
                berkas=self.lap.berkas,
                letak=c.letak,
                expected=f"the printed figure must show at most {MAKS_TEMPAT} decimal places",
                value=c.teks,
            )
        # Rounded once, half up, at the printed places, and compared with the printed
        # satuan, in integers.
        atas, bawah = n.rasio
        bulat = bulat_setengah_atas(atas * 10**tempat, bawah)
        cocok = satuan == bulat
        notasi = jelas.notasi
        if c.besaran.jenis is JenisBesaran.IKU_CAPAIAN:
            self.penjelasan.append(
                Penjelasan(
                    letak=c.letak,
                    dicetak=c.teks,
                    cocok=cocok,
                    rumus=f"{desimal_dalam(desimal(bulat, tempat), notasi)} = {n.rumus}, "
                    f"at {banyak(tempat, 'place')}"
                    if cocok
                    else f"not reproduced: {n.rumus} = {tulis(Fraction(atas, bawah), 2, notasi)}",
                )
            )
        if cocok:
            return
        eksak = Fraction(atas, bawah)
        dihitung = desimal(bulat, tempat)
        dicetak = desimal(satuan, tempat)
        cara = baris.jelaskan.split()
        metode = jelas.metode(n, dicetak, tempat) if "metode" in cara else ""
        # an aggregate printed as the plain mean of the rows below it (local practice)
        rerata = None if metode else jelas.rerata(c, dicetak, tempat)

        def lain() -> str:
            if "agregat" in cara:
                return "none of the aggregations tried reproduces it: " + jelas.agregat()
            if "kembaran" in cara:
                return jelas.kembaran_penyerapan(dicetak, tempat)
            if isinstance(n.komponen, KomponenCapaian):
                return jelas.kembaran_capaian(n.komponen, dicetak, tempat)
            return ""

        k = keterangan(metode, rerata, lain)
        if k.cocok:
            aturan, tingkat = "metode", baris.tingkat_metode
        elif "agregat" in cara:
            aturan, tingkat = baris.aturan, baris.tingkat
        else:
            aturan = baris.aturan
            selisih = abs(Fraction(dicetak) - eksak)
            tingkat = Tingkat.RENDAH if selisih * 10**tempat <= 1 else baris.tingkat
        self.tambah(
            _TEMUAN(
                aturan=aturan,
                tingkat=tingkat,
                letak=c.letak,
                dicetak=c.teks,
                dihitung=desimal_dalam(dihitung, notasi),
                rumus=n.rumus,
                keterangan=k.teks,
            )
        )

    def tak_terhitung(self, c: Cetakan, e: TakTerhitungError) -> None:
        if sel_kosong(c.teks):
            return  # nothing printed ("-", "n/a") for nothing computable: consistent
        self.tambah(
            _TEMUAN(
                aturan="tak-terhitung",
                tingkat=Tingkat.RENDAH,
                letak=c.letak,
                dicetak=c.teks,
                dihitung="tidak terhitung",
                rumus=e.rumus,
                keterangan=f"{e.alasan}; {_TAK_TERHITUNG[e.tanpa_data]}",
            )
        )


#: What a printed figure the audit cannot recompute means, by whether the figure does not
#: exist (False) or the report does not give what it is computed from (True).
_TAK_TERHITUNG: Final = MappingProxyType(
    {
        False: "the report prints a figure where none exists (print '-')",
        True: "the report does not give what the figure is computed from, so it is not "
        "checked (record it, or print '-' where the figure does not exist)",
    }
)


def periksa(laporan: Laporan) -> HasilAudit:
    """Periksa (audit): recompute every printed figure of a report and list findings.

    Args:
        laporan: the report, e.g. :func:`sakip.contoh.dumai_2023`.

    Returns:
        A :class:`HasilAudit` with the findings, the explanation of every
        printed capaian and the recomputed summary tables.

    Raises:
        InvalidTypeError: ``laporan`` is not a :class:`~sakip.laporan.Laporan`.
        ReportFormatError: a printed figure that is not a number where one is
            due ("95.03" without ``pemisah_desimal``), naming the file and the place.

    Sumber:
        The formulas of sakip (each cites its regulation); the checks follow
        PermenPANRB 53/2014, Lampiran IV (reviu atas Laporan Kinerja:
        keandalan dan konsistensi data kinerja).

    Examples:
        >>> from sakip import contoh
        >>> hasil = periksa(contoh.dumai_2023())
        >>> t = next(t for t in hasil.temuan if t.letak.startswith("Tabel 3.5.1 / Program pemberdayaan lembaga"))
        >>> t.dicetak, t.dihitung
        ('99,58', '99,31')
    """
    if not isinstance(laporan, Laporan):
        raise InvalidTypeError(
            field="laporan", value=laporan, expected="must be a sakip.laporan.Laporan"
        )
    with tanpa_gc():
        return _Audit(laporan).jalankan()


def periksa_berkas(path: str | Path) -> HasilAudit:
    """Read a report file (``.toml``, or ``.csv`` rows) and audit it.

    Raises:
        InvalidTypeError: ``path`` is not a path.
        ReportFormatError: the file is missing, unreadable, too large or malformed.

    Examples:
        >>> from importlib.resources import files
        >>> h = periksa_berkas(files("sakip") / "data" / "dumai_2023.toml")
        >>> h.berkas, len(h.temuan)
        ('dumai_2023.toml', 39)
    """
    from sakip.audit.baris import periksa_csv
    from sakip.laporan import baca_toml
    from sakip.laporan.berkas import ke_path

    p = ke_path(path)
    if p.suffix.lower() == ".csv":
        return periksa_csv(p)
    return periksa(baca_toml(p))
