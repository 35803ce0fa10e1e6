"""Hitung (compute): the derived columns of an E.81 table, exactly.

For every row, from its inputs:

==========================  =====================================================
column                      computed as
==========================  =====================================================
realisasi Renja, K          the quarters consolidated by the row's
                            :class:`~sakip.triwulan.Konsolidasi` (``JUMLAH``:
                            the sum; ``TERAKHIR``: the last quarter reported;
                            ``RATA_RATA``: the mean of the quarters reported);
                            in a layout with a cumulative % per quarter, K of a
                            quarter is what the quarter added, so the year is
                            their sum
realisasi Renja, Rp         the sum of the quarters
realisasi Renstra, K        ``JUMLAH``: last years' realisasi + this year's;
                            ``TERAKHIR``: this year's (a level is not added
                            across years); ``RATA_RATA``: not computable from
                            the form (it does not say how many years)
realisasi Renstra, Rp       last years' + this year's
tingkat capaian Renja       realisasi Renja / target Renja x 100 (K and Rp)
tingkat capaian Renstra     realisasi Renstra / target Renstra x 100 (K and Rp)
==========================  =====================================================

A parent row's Rp inputs (targets, last years, quarters) are the sums of its
children's, computed from the sub kegiatan up; its K is its own indicator's.
A blank cell counts as 0 in a sum, as Excel counts it. A row whose column 13 (K
or Rp) is typed over four blank quarter cells records its year, not its
quarters (:meth:`~sakip.e81.model.Baris.realisasi_tanpa_triwulan`): its
realisasi Renja is the typed figure, and columns 14 and 15 are built on it, as
the form's formulas over that cell build them (local practice, seen in LKjIP
lampiran that print a row's year only, which :func:`sakip.e81.dari_laporan`
writes so).

Sumber:
    Permendagri 86/2017, Lampiran, form E.81, as quoted in LKjIP Dinas Sosial
    dan PMD Kota Dumai 2023 and as its column captions are printed in the
    E.81 workbook of Bappedalitbang Kabupaten Deli Serdang 2025 (the lampiran
    itself was not read): realisasi Renja = triwulan I + II + III + IV;
    realisasi Renstra = realisasi s/d tahun lalu + realisasi Renja; tingkat
    capaian = realisasi / target x 100. The consolidation of levels
    (percentages, indices) by their last value: sakip's rule, no regulation
    fixes it (see :func:`konsolidasi_disimpulkan`). The predikat scale:
    Permendagri 86/2017, Lampiran (skala nilai peringkat kinerja), as quoted
    (:data:`sakip.PERMENDAGRI_86_2017`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from types import MappingProxyType
from typing import Final

import attrs

from sakip._eksak import KONTEKS_NOL, bulatkan_pecahan, tempat_tepat
from sakip.angka import tulis_desimal
from sakip.e81.model import KOLOM_TRIWULAN, Bagian, Baris, Jenjang, Kolom, TabelE81
from sakip.errors import InvalidTypeError, NotComputableError
from sakip.skala import PERMENDAGRI_86_2017
from sakip.triwulan import Konsolidasi, realisasi_renstra

__all__ = [
    "KOLOM_MASUKAN",
    "SATUAN_TINGKAT",
    "HasilBaris",
    "Rumus",
    "anak",
    "hitung",
    "hitung_lokal",
    "konsolidasi_disimpulkan",
    "tulis",
]

_SERATUS: Final = Fraction(100)

#: Satuan of levels (a share, an index, a score, a status): their quarters and
#: years are not added, the last value stands. Compared after lowercasing and
#: removing dots and spaces.
SATUAN_TINGKAT: Final = frozenset(
    {
        "%",
        "persen",
        "persentase",
        "indeks",
        "index",
        "nilai",
        "skor",
        "rasio",
        "predikat",
        "status",
        "opini",
        "level",
        "tingkat",
        "peringkat",
        "kategori",
        "poin",
    }
)

#: The input columns whose Rp a parent sums from its children.
KOLOM_MASUKAN: Final = (
    Kolom.TARGET_RENSTRA,
    Kolom.REALISASI_RENSTRA_LALU,
    Kolom.TARGET_RENJA,
    *KOLOM_TRIWULAN,
)


def tulis(x: Fraction) -> str:
    """A number the Indonesian way, with the places that show it exactly (at most 6).

    Examples:
        >>> tulis(Fraction(7, 2)), tulis(Fraction(19869930990)), tulis(Fraction(700, 3))
        ('3,5', '19.869.930.990', '233,333333')
        >>> tulis(Fraction("100.00000000000001")), tulis(Fraction("0.7999999999999998"))
        ('100', '0,8')
    """
    if not isinstance(x, Fraction):
        raise InvalidTypeError(field="x", value=x, expected="must be a Fraction")
    d = bulatkan_pecahan(x, tempat_tepat(x))
    if d != d.to_integral_value():
        # a float's noise, 100.000000 from 100.00000000000001, shows as 100; in sakip's exact
        # context, never the caller's (whose precision would round the digits kept)
        d = KONTEKS_NOL.normalize(d)
    elif d.as_tuple().exponent != 0:
        d = KONTEKS_NOL.quantize(d, Decimal(1))
    return tulis_desimal(d)


def _kunci_satuan(satuan: str) -> str:
    return re.sub(r"[\s.]", "", satuan.lower())


def konsolidasi_disimpulkan(
    *,
    satuan: str,
    triwulan: Sequence[Fraction | None],
    target: Fraction | None,
    persen_triwulan: bool = False,
) -> tuple[Konsolidasi, str]:
    """The consolidation rule of an indicator that declares none, and why.

    A satuan of a level (:data:`SATUAN_TINGKAT`: %, indeks, nilai, ...) takes
    the last value. Otherwise, in a layout without a cumulative %, quarters
    that never fall, whose last value is within the target while their sum
    exceeds it, are read as a level too. Everything else is a count, summed.

    Args:
        satuan: the unit as printed.
        triwulan: K of the four quarters (None for blank).
        target: the Renja target K.
        persen_triwulan: the layout has a cumulative % per quarter (then K of
            a quarter is an increment and the values say nothing).

    Returns:
        The rule and the reason, in Indonesian, to show the reader.

    Sumber:
        sakip's rule (no regulation fixes it): Permendagri 86/2017 form E.81
        sums the quarters, which is right for counts and wrong for levels.

    Examples:
        >>> konsolidasi_disimpulkan(satuan="%", triwulan=[None] * 4, target=None)
        (<Konsolidasi.TERAKHIR: 'terakhir'>, "disimpulkan dari satuan '%'")
        >>> konsolidasi_disimpulkan(satuan="Dok", triwulan=[Fraction(1)] * 4, target=Fraction(4))
        (<Konsolidasi.JUMLAH: 'jumlah'>, "disimpulkan dari satuan 'Dok' (hitungan)")
        >>> konsolidasi_disimpulkan(satuan="Desa", target=Fraction(90),
        ...     triwulan=[Fraction(40), Fraction(55), Fraction(70), Fraction(90)])[1]
        'disimpulkan dari nilai: triwulan tidak pernah turun, yang terakhir (90) dalam target (90) sedangkan jumlahnya (255) melampauinya'
    """
    if not isinstance(satuan, str):
        raise InvalidTypeError(field="satuan", value=satuan, expected="must be a str")
    for field, nilai in (("triwulan", triwulan), ("target", target)):
        daftar = nilai if isinstance(nilai, (list, tuple)) else [nilai]
        if field == "triwulan" and not isinstance(nilai, (list, tuple)):
            raise InvalidTypeError(field=field, value=nilai, expected="must be a sequence")
        for x in daftar:
            if x is not None and not isinstance(x, Fraction):
                raise InvalidTypeError(field=field, value=x, expected="must hold Fraction or None")
    if _kunci_satuan(satuan) in SATUAN_TINGKAT:
        return Konsolidasi.TERAKHIR, f"disimpulkan dari satuan {satuan!r}"
    isi = [x for x in triwulan if x is not None]
    if not persen_triwulan and target is not None and len(isi) >= 2:
        naik = all(a <= b for a, b in itertools.pairwise(isi))
        jumlah = sum(isi, Fraction(0))
        if naik and isi[-1] <= target < jumlah:
            return Konsolidasi.TERAKHIR, (
                "disimpulkan dari nilai: triwulan tidak pernah turun, yang terakhir "
                f"({tulis(isi[-1])}) dalam target ({tulis(target)}) sedangkan jumlahnya "
                f"({tulis(jumlah)}) melampauinya"
            )
    return Konsolidasi.JUMLAH, f"disimpulkan dari satuan {satuan!r} (hitungan)"


def anak(tabel: TabelE81) -> tuple[tuple[int, ...], ...]:
    """The direct children of every row, as row indexes.

    A row's descendants are the rows below it until a row of its level or
    higher; its direct children are those of the highest level among them.
    A total row's children are the top-level rows above it. Further
    indicators (``lanjutan``) are nobody's children.

    Examples:
        >>> from sakip.e81.model import Baris, Jenjang, TabelE81
        >>> b = [Baris(jenjang=j, nama=n) for j, n in [(Jenjang.PROGRAM, "p"),
        ...      (Jenjang.KEGIATAN, "k"), (Jenjang.SUB_KEGIATAN, "s1"),
        ...      (Jenjang.SUB_KEGIATAN, "s2"), (Jenjang.KEGIATAN, "k2")]]
        >>> anak(TabelE81(judul="", baris=tuple(b)))
        ((1, 4), (2, 3), (), (), ())
    """
    if not isinstance(tabel, TabelE81):
        raise InvalidTypeError(field="tabel", value=tabel, expected="must be a TabelE81")
    rows = tabel.baris
    hasil: list[tuple[int, ...]] = []
    for i, b in enumerate(rows):
        if b.lanjutan:
            hasil.append(())
            continue
        if b.jenjang is Jenjang.JUMLAH:
            atas = [
                j for j in range(i) if not rows[j].lanjutan and rows[j].jenjang != Jenjang.JUMLAH
            ]
            puncak = min((rows[j].jenjang for j in atas), default=None)
            hasil.append(tuple(j for j in atas if rows[j].jenjang == puncak))
            continue
        turunan: list[int] = []
        for j in range(i + 1, len(rows)):
            c = rows[j]
            if c.jenjang is Jenjang.JUMLAH or (not c.lanjutan and c.jenjang <= b.jenjang):
                break
            if not c.lanjutan:
                turunan.append(j)
        tertinggi = min((rows[j].jenjang for j in turunan), default=None)
        hasil.append(tuple(j for j in turunan if rows[j].jenjang == tertinggi))
    return tuple(hasil)


_TAMBAH_4: Final = "{} + {} + {} + {}"
#: Column 13 typed over four blank quarters (:meth:`~sakip.e81.model.Baris.realisasi_tanpa_triwulan`).
_DIKETIK: Final = "realisasi tahun ini, diketik (triwulan tidak dicatat): {}"


@attrs.frozen
class Rumus:
    """A formula in words with its numbers, written out only when shown.

    Examples:
        >>> str(Rumus("{} / {} x 100", (Fraction(7), Fraction(3))))
        '7 / 3 x 100'
    """

    pola: str
    angka: tuple[Fraction, ...] = ()

    def __str__(self) -> str:
        return self.pola.format(*(tulis(x) for x in self.angka))


@attrs.frozen(kw_only=True)
class HasilBaris:
    """The computed figures of one row.

    Attributes:
        nilai: each computed (column, part): the inputs as used (a parent's
            Rp summed from its children) and the derived columns.
        rumus: the formula of each computed figure, in words with numbers.
        tak_terhitung: the derived figures that do not exist, and why.
        predikat_k: predikat of the tingkat capaian Renja K on the
            Permendagri 86/2017 scale, or None when it does not exist.

    Examples:
        >>> h = HasilBaris(nilai={}, rumus={}, tak_terhitung={}, predikat_k=None)
        >>> h.angka(Kolom.REALISASI_RENJA, Bagian.RP) is None
        True
    """

    nilai: Mapping[tuple[Kolom, Bagian], Fraction]
    rumus: Mapping[tuple[Kolom, Bagian], Rumus]
    tak_terhitung: Mapping[tuple[Kolom, Bagian], str]
    predikat_k: str | None

    def angka(self, kolom: Kolom, bagian: Bagian) -> Fraction | None:
        """The computed figure, or None when it does not exist (see ``tak_terhitung``).

        Examples:
            >>> HasilBaris(nilai={}, rumus={}, tak_terhitung={}, predikat_k=None).angka(
            ...     Kolom.CAPAIAN_RENJA, Bagian.K) is None
            True
        """
        return self.nilai.get((kolom, bagian))


def _nol(x: Fraction | None) -> Fraction:
    return Fraction(0) if x is None else x


class _Hitung:
    """Computes every row; ``lokal``: each cell from the cells its formula names, as stored.

    The full computation sums a parent's Rp from its children and chains the
    derived columns from computed values. The local one takes every cell a
    formula names as the sheet stores it, so that a disagreement is reported
    at the cell whose own formula is wrong, not at every cell downstream.
    """

    def __init__(self, tabel: TabelE81, *, lokal: bool = False) -> None:
        self.tabel = tabel
        self.lokal = lokal
        self.anak = anak(tabel)
        self.masukan: dict[int, dict[tuple[Kolom, Bagian], Fraction]] = {}

    def pakai(self, b: Baris, kunci: tuple[Kolom, Bagian], dihitung: Fraction) -> Fraction | None:
        """A derived figure another one builds on: computed, or (locally) as stored."""
        if not self.lokal or kunci not in self.tabel.kolom_ada:
            return dihitung
        isi = b.isi(*kunci)
        if isi.galat is not None:
            return None
        return _nol(isi.nilai)

    def masukan_rp(self, i: int, kolom: Kolom) -> Fraction:
        """Rp input of a row: its own (a leaf) or the sum of its children's."""
        kunci = (kolom, Bagian.RP)
        simpan = self.masukan.setdefault(i, {})
        if kunci not in simpan:
            anak_i = () if self.lokal else self.anak[i]
            if anak_i:
                simpan[kunci] = sum((self.masukan_rp(j, kolom) for j in anak_i), Fraction(0))
            else:
                simpan[kunci] = _nol(self.tabel.baris[i].angka(kolom, Bagian.RP))
        return simpan[kunci]

    def baris(self, i: int) -> HasilBaris:
        b = self.tabel.baris[i]
        nilai: dict[tuple[Kolom, Bagian], Fraction] = {}
        rumus: dict[tuple[Kolom, Bagian], Rumus] = {}
        tak: dict[tuple[Kolom, Bagian], str] = {}
        anak_i = self.anak[i]
        if not b.lanjutan:
            for kolom in KOLOM_MASUKAN:
                nilai[(kolom, Bagian.RP)] = self.masukan_rp(i, kolom)
                if anak_i:
                    rumus[(kolom, Bagian.RP)] = Rumus(f"jumlah Rp {kolom.value} baris di bawahnya")
            self._rp(b, nilai, rumus, tak)
        if b.jenjang is not Jenjang.JUMLAH:
            for kolom in KOLOM_MASUKAN:
                nilai[(kolom, Bagian.K)] = _nol(b.angka(kolom, Bagian.K))
            self._k(b, nilai, rumus, tak)
        c = nilai.get((Kolom.CAPAIAN_RENJA, Bagian.K))
        return HasilBaris(
            nilai=MappingProxyType(nilai),
            rumus=MappingProxyType(rumus),
            tak_terhitung=MappingProxyType(tak),
            predikat_k=None if c is None else PERMENDAGRI_86_2017.predikat(c),
        )

    def _rp(
        self,
        b: Baris,
        nilai: dict[tuple[Kolom, Bagian], Fraction],
        rumus: dict[tuple[Kolom, Bagian], Rumus],
        tak: dict[tuple[Kolom, Bagian], str],
    ) -> None:
        tercatat = b.realisasi_tanpa_triwulan(Bagian.RP)
        if tercatat is None:
            tw = [nilai[(k, Bagian.RP)] for k in KOLOM_TRIWULAN]
            renja = sum(tw, Fraction(0))
            rumus[(Kolom.REALISASI_RENJA, Bagian.RP)] = Rumus(_TAMBAH_4, tuple(tw))
        else:  # the row records its year, not its quarters
            renja = tercatat
            rumus[(Kolom.REALISASI_RENJA, Bagian.RP)] = Rumus(_DIKETIK, (tercatat,))
        nilai[(Kolom.REALISASI_RENJA, Bagian.RP)] = renja
        lalu = nilai[(Kolom.REALISASI_RENSTRA_LALU, Bagian.RP)]
        renja_p = self.pakai(b, (Kolom.REALISASI_RENJA, Bagian.RP), renja)
        self._capaian(
            nilai, rumus, tak, Bagian.RP, Kolom.CAPAIAN_RENJA, renja_p, Kolom.TARGET_RENJA
        )
        kunci = (Kolom.REALISASI_RENSTRA, Bagian.RP)
        if renja_p is None:
            tak[kunci] = tak[(Kolom.CAPAIAN_RENSTRA, Bagian.RP)] = _GALAT
            return
        renstra = lalu + renja_p
        nilai[kunci] = renstra
        rumus[kunci] = Rumus("{} + {}", (lalu, renja_p))
        self._capaian(
            nilai,
            rumus,
            tak,
            Bagian.RP,
            Kolom.CAPAIAN_RENSTRA,
            self.pakai(b, kunci, renstra),
            Kolom.TARGET_RENSTRA,
        )

    def _k(
        self,
        b: Baris,
        nilai: dict[tuple[Kolom, Bagian], Fraction],
        rumus: dict[tuple[Kolom, Bagian], Rumus],
        tak: dict[tuple[Kolom, Bagian], str],
    ) -> None:
        kunci_renja = (Kolom.REALISASI_RENJA, Bagian.K)
        tw = [b.angka(k, Bagian.K) for k in KOLOM_TRIWULAN]
        isi = [x for x in tw if x is not None]
        tercatat = b.realisasi_tanpa_triwulan(Bagian.K)
        if tercatat is not None:  # the row records its year, not its quarters
            renja = tercatat
            rumus[kunci_renja] = Rumus(_DIKETIK, (tercatat,))
        elif self.tabel.persen_triwulan or b.konsolidasi is Konsolidasi.JUMLAH:
            renja = sum(isi, Fraction(0))
            rumus[kunci_renja] = Rumus(_TAMBAH_4, tuple(_nol(x) for x in tw))
        elif b.konsolidasi is Konsolidasi.TERAKHIR:
            renja = isi[-1] if isi else Fraction(0)
            rumus[kunci_renja] = Rumus("triwulan terakhir yang terisi: {}", (renja,))
        elif isi:
            renja = sum(isi, Fraction(0)) / len(isi)
            rumus[kunci_renja] = Rumus(
                "(" + " + ".join(["{}"] * len(isi)) + f") / {len(isi)}", tuple(isi)
            )
        else:
            tak[kunci_renja] = "no quarter reported: a mean of nothing does not exist"
            return
        nilai[kunci_renja] = renja
        renja_p = self.pakai(b, kunci_renja, renja)
        self._capaian(
            nilai, rumus, tak, Bagian.K, Kolom.CAPAIAN_RENJA, renja_p, Kolom.TARGET_RENJA
        )
        kunci_renstra = (Kolom.REALISASI_RENSTRA, Bagian.K)
        lalu = nilai[(Kolom.REALISASI_RENSTRA_LALU, Bagian.K)]
        if renja_p is None:
            tak[kunci_renstra] = tak[(Kolom.CAPAIAN_RENSTRA, Bagian.K)] = _GALAT
            return
        try:
            renstra = realisasi_renstra(lalu=lalu, tahun_ini=renja_p, aturan=b.konsolidasi)
        except NotComputableError:
            tak[kunci_renstra] = (
                "a mean across years needs the number of years, which the form does not give"
            )
            tak[(Kolom.CAPAIAN_RENSTRA, Bagian.K)] = tak[kunci_renstra]
            return
        rumus[kunci_renstra] = _RUMUS_RENSTRA_K[b.konsolidasi](lalu, renja_p)
        nilai[kunci_renstra] = renstra
        self._capaian(
            nilai,
            rumus,
            tak,
            Bagian.K,
            Kolom.CAPAIAN_RENSTRA,
            self.pakai(b, kunci_renstra, renstra),
            Kolom.TARGET_RENSTRA,
        )

    @staticmethod
    def _capaian(
        nilai: dict[tuple[Kolom, Bagian], Fraction],
        rumus: dict[tuple[Kolom, Bagian], Rumus],
        tak: dict[tuple[Kolom, Bagian], str],
        bagian: Bagian,
        kolom: Kolom,
        realisasi: Fraction | None,
        kolom_target: Kolom,
    ) -> None:
        if realisasi is None:
            tak[(kolom, bagian)] = _GALAT
            return
        target = nilai[(kolom_target, bagian)]
        teks = Rumus("{} / {} x 100", (realisasi, target))
        if target == 0:
            tak[(kolom, bagian)] = f"{teks}: the target is 0 or blank, the ratio does not exist"
            return
        nilai[(kolom, bagian)] = realisasi * _SERATUS / target
        rumus[(kolom, bagian)] = teks


_GALAT: Final = "a cell it builds on holds an Excel error"

#: How column 14's K is written, by the row's rule across years: its value is
#: :func:`sakip.triwulan.realisasi_renstra`'s (a mean, ``RATA_RATA``, has none).
_RUMUS_RENSTRA_K: Final[Mapping[Konsolidasi, Callable[[Fraction, Fraction], Rumus]]] = (
    MappingProxyType(
        {
            Konsolidasi.JUMLAH: lambda lalu, renja: Rumus("{} + {}", (lalu, renja)),
            Konsolidasi.TERAKHIR: lambda lalu, renja: Rumus(
                "realisasi tahun ini ({}); a level is not added across years", (renja,)
            ),
        }
    )
)


def hitung_lokal(tabel: TabelE81) -> tuple[HasilBaris, ...]:
    """Every derived cell from the cells its own formula names, as the sheet stores them.

    What the audit compares each stored figure with: a parent's Rp inputs
    are its own (not its children's sums), and realisasi Renstra builds on
    the stored realisasi Renja.

    Examples:
        >>> from sakip.e81.model import Baris, Isian, Jenjang, TabelE81
        >>> isi = {(Kolom.TRIWULAN_1, Bagian.RP): Isian(nilai=Fraction(5)),
        ...        (Kolom.REALISASI_RENJA, Bagian.RP): Isian(nilai=Fraction(7))}
        >>> b = Baris(jenjang=Jenjang.SUB_KEGIATAN, nama="s", isian=isi)
        >>> t = TabelE81(judul="", baris=(b,), kolom_ada=frozenset(isi))
        >>> hitung_lokal(t)[0].angka(Kolom.REALISASI_RENSTRA, Bagian.RP)
        Fraction(7, 1)
    """
    if not isinstance(tabel, TabelE81):
        raise InvalidTypeError(field="tabel", value=tabel, expected="must be a TabelE81")
    h = _Hitung(tabel, lokal=True)
    return tuple(h.baris(i) for i in range(len(tabel.baris)))


def hitung(tabel: TabelE81) -> tuple[HasilBaris, ...]:
    """The computed figures of every row of an E.81 table, exactly.

    Args:
        tabel: the table.

    Returns:
        One :class:`HasilBaris` per row, in order.

    Sumber:
        Permendagri 86/2017, Lampiran, form E.81 (see the module's table).

    Examples:
        >>> from sakip.e81.model import Baris, Isian, Jenjang, TabelE81
        >>> isi = {(Kolom.TARGET_RENJA, Bagian.K): Isian(nilai=Fraction(4)),
        ...        (Kolom.TARGET_RENJA, Bagian.RP): Isian(nilai=Fraction(1000)),
        ...        (Kolom.TRIWULAN_1, Bagian.K): Isian(nilai=Fraction(1)),
        ...        (Kolom.TRIWULAN_4, Bagian.K): Isian(nilai=Fraction(2)),
        ...        (Kolom.TRIWULAN_4, Bagian.RP): Isian(nilai=Fraction(900))}
        >>> b = Baris(jenjang=Jenjang.SUB_KEGIATAN, nama="s", satuan="Dok", isian=isi)
        >>> h = hitung(TabelE81(judul="", baris=(b,)))[0]
        >>> h.angka(Kolom.REALISASI_RENJA, Bagian.K), h.angka(Kolom.CAPAIAN_RENJA, Bagian.RP)
        (Fraction(3, 1), Fraction(90, 1))
        >>> h.predikat_k, h.tak_terhitung[(Kolom.CAPAIAN_RENSTRA, Bagian.K)]
        ('Sedang', '3 / 0 x 100: the target is 0 or blank, the ratio does not exist')
    """
    if not isinstance(tabel, TabelE81):
        raise InvalidTypeError(field="tabel", value=tabel, expected="must be a TabelE81")
    h = _Hitung(tabel)
    return tuple(h.baris(i) for i in range(len(tabel.baris)))
