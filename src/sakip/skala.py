"""Skala (rating scales): the bands that turn a number into a predikat.

A :class:`Skala` is an immutable table of :class:`Pita` (bands). Its
constructor refuses bands that overlap or leave gaps, so that every value
inside the scale maps to exactly one predikat. Tables as *printed* in
regulations and reports often do overlap or leave gaps (``>= 90`` beside
``76 - 90``; ``76 - 90`` beside ``91 - 100``); :func:`masalah_pita` lists those
problems without raising, so an audit can report them, and the built-in
printed variants are kept as data (``PITA_PERMENDAGRI_86_2017_CETAK``).

Tables printed with points rather than ranges work as well: a band for
exactly 100 is ``Pita(nama=..., bawah=100, atas=100, termasuk_atas=True)``,
and a two-band "Tercapai / Belum Tercapai" table is
``Skala.dari_batas_bawah(batas=[("Tercapai", 100), ("Belum Tercapai", None)])``.

Each built-in scale is dated (:data:`RIWAYAT_SKALA`): its regulation, how
sakip read it, and the report years it governs; ``skala_bernama(nama,
tahun=...)`` picks the edition in force for a report of that year.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import types
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from types import MappingProxyType
from typing import Final, Literal

import attrs

from sakip._eksak import (
    _BATAS,
    _BATAS_BAWAH,
    _SATUAN_DUA,
    MAKS_DIGIT_BULAT,
    MAKS_DIGIT_PECAHAN,
    Number,
    desimal_dalam_batas,
    desimal_dari_bulat,
    ke_batas,
    ke_pecahan,
    rasio_cepat,
)
from sakip._validasi import jenis, ke_tuple
from sakip.aturan import Aturan, StatusSumber, aturan_berlaku
from sakip.errors import InvalidTypeError, InvalidValueError


def _batas_pita(nilai: Number | None) -> Fraction | None:
    # a named converter for attrs (its mypy plugin reads no lambdas)
    return ke_batas(nilai, "Pita bound")


__all__ = [
    "ATRIBUT_CAPAIAN",
    "PERMENDAGRI_86_2017",
    "PERMENDESA_2_2016",
    "PERMENPANRB_88_2021",
    "PERMENPANRB_88_2021_TERMASUK_BAWAH",
    "PITA_PERMENDAGRI_86_2017_CETAK",
    "RIWAYAT_SKALA",
    "SKALA_BAWAAN",
    "MasalahPita",
    "Pita",
    "Skala",
    "aturan_skala",
    "masalah_pita",
    "skala_bernama",
]


_TANPA_KETERANGAN: Final[Mapping[str, str]] = MappingProxyType({})


def _angka_ringkas(x: Fraction) -> str:
    """A bound as written: a decimal when it has one ("49.99"), else the fraction ("1/3").

    Examples:
        >>> _angka_ringkas(Fraction(4999, 100)), _angka_ringkas(Fraction(-1, 8))
        ('49.99', '-0.125')
        >>> _angka_ringkas(Fraction(90)), _angka_ringkas(Fraction(1, 3))
        ('90', '1/3')
    """
    penyebut = x.denominator
    if penyebut == 1:
        return str(x.numerator)
    sisa, tempat = penyebut, 0
    for faktor in (2, 5):  # a finite decimal: the denominator is 2**i * 5**j
        while sisa % faktor == 0:
            sisa //= faktor
    if sisa != 1:
        return f"{x.numerator}/{penyebut}"
    while 10**tempat % penyebut:
        tempat += 1
    # exact: the digits are an integer and the exponent only moves the point
    return format(Decimal(f"{x.numerator * 10**tempat // penyebut}E-{tempat}"), "f")


@attrs.frozen(kw_only=True)
class Pita:
    """One band of a scale: a label and its bounds.

    Attributes:
        nama: the label as printed ("Sangat Tinggi", "AA").
        bawah: lower bound, ``None`` for no lower bound.
        atas: upper bound, ``None`` for no upper bound.
        termasuk_bawah: whether ``bawah`` itself belongs to the band.
        termasuk_atas: whether ``atas`` itself belongs to the band.
        keterangan: an optional gloss ("Sangat Memuaskan").

    Examples:
        >>> p = Pita(nama="Tinggi", bawah=76, atas=91)
        >>> str(p), p.memuat(90.99), p.memuat(91)
        ('Tinggi: 76 <= x < 91', True, False)
    """

    nama: str = attrs.field(validator=jenis(str))
    bawah: Fraction | None = attrs.field(default=None, converter=_batas_pita)
    atas: Fraction | None = attrs.field(default=None, converter=_batas_pita)
    termasuk_bawah: bool = attrs.field(default=True, validator=jenis(bool))
    termasuk_atas: bool = attrs.field(default=False, validator=jenis(bool))
    keterangan: str = attrs.field(default="", validator=jenis(str))

    def __attrs_post_init__(self) -> None:
        if self.bawah is not None and self.atas is not None:
            kosong = self.atas < self.bawah or (
                self.atas == self.bawah and not (self.termasuk_bawah and self.termasuk_atas)
            )
            if kosong:
                raise InvalidValueError(
                    field=f"Pita({self.nama!r}).atas",
                    value=self.atas,
                    expected="must leave the band non-empty (atas >= bawah)",
                )

    def memuat(self, nilai: Fraction | Number) -> bool:
        """Whether ``nilai`` lies in this band.

        Examples:
            >>> Pita(nama="D", bawah=0, atas=30, termasuk_atas=True).memuat(30)
            True
        """
        x = nilai if isinstance(nilai, Fraction) else ke_pecahan(nilai, "nilai")
        if self.bawah is not None and (
            x < self.bawah or (x == self.bawah and not self.termasuk_bawah)
        ):
            return False
        return not (
            self.atas is not None
            and (x > self.atas or (x == self.atas and not self.termasuk_atas))
        )

    def __str__(self) -> str:
        kiri = "<=" if self.termasuk_bawah else "<"
        kanan = "<=" if self.termasuk_atas else "<"
        if self.bawah is None and self.atas is None:
            return f"{self.nama}: any value"
        if self.bawah is None:
            assert self.atas is not None
            return f"{self.nama}: x {kanan} {_angka_ringkas(self.atas)}"
        bawah = _angka_ringkas(self.bawah)
        if self.atas is None:
            return f"{self.nama}: x {'>=' if self.termasuk_bawah else '>'} {bawah}"
        return f"{self.nama}: {bawah} {kiri} x {kanan} {_angka_ringkas(self.atas)}"


@attrs.frozen(kw_only=True)
class MasalahPita:
    """A problem between two bands of a table: an overlap or a gap.

    Attributes:
        jenis: ``"tumpang tindih"`` (overlap) or ``"celah"`` (gap).
        pita: the labels of the two bands involved (lower band first).
        dari: where the problem starts.
        sampai: where it ends (equal to ``dari`` for a single point).

    Examples:
        >>> m = masalah_pita([Pita(nama="A", atas=50), Pita(nama="B", bawah=50, termasuk_bawah=False)])
        >>> m[0].jenis, m[0].dari
        ('celah', Fraction(50, 1))
    """

    jenis: Literal["tumpang tindih", "celah"]
    pita: tuple[str, str]
    dari: Fraction
    sampai: Fraction

    def __str__(self) -> str:
        where = (
            _angka_ringkas(self.dari)
            if self.dari == self.sampai
            else f"{_angka_ringkas(self.dari)} to {_angka_ringkas(self.sampai)}"
        )
        return f"{self.jenis} between {self.pita[0]!r} and {self.pita[1]!r} at {where}"


def _kunci_bawah(p: Pita) -> tuple[int, Fraction, int]:
    if p.bawah is None:
        return (0, Fraction(0), 0)
    return (1, p.bawah, 0 if p.termasuk_bawah else 1)


def _tumpang_tindih(a: Pita, b: Pita) -> tuple[Fraction, Fraction] | None:
    """The overlap of two bands as (from, to), or None. Unbounded ends never overlap alone."""
    # lower end of the intersection
    if a.bawah is None:
        lo, lo_in = b.bawah, b.termasuk_bawah
    elif b.bawah is None or a.bawah > b.bawah:
        lo, lo_in = a.bawah, a.termasuk_bawah
    elif b.bawah > a.bawah:
        lo, lo_in = b.bawah, b.termasuk_bawah
    else:
        lo, lo_in = a.bawah, a.termasuk_bawah and b.termasuk_bawah
    if a.atas is None:
        hi, hi_in = b.atas, b.termasuk_atas
    elif b.atas is None or a.atas < b.atas:
        hi, hi_in = a.atas, a.termasuk_atas
    elif b.atas < a.atas:
        hi, hi_in = b.atas, b.termasuk_atas
    else:
        hi, hi_in = a.atas, a.termasuk_atas and b.termasuk_atas
    if lo is None or hi is None:
        # at least one side unbounded on both bands: overlap if the other side allows
        if lo is None and hi is None:
            return (Fraction(0), Fraction(0))
        ujung = lo if lo is not None else hi
        assert ujung is not None
        return (ujung, ujung)
    if lo < hi or (lo == hi and lo_in and hi_in):
        return (lo, hi)
    return None


def masalah_pita(pita: Iterable[Pita]) -> tuple[MasalahPita, ...]:
    """List the overlaps and gaps of a table of bands, without raising.

    Use it on a table as printed, to see where it is ambiguous.

    Args:
        pita: the bands, in any order.

    Returns:
        Every overlap (between any two bands) and every gap (between bands
        next to each other), lowest first; empty when the table is clean.

    Sumber:
        sakip; used by the audit to check a report's declared scale.

    Examples:
        >>> for m in masalah_pita(PITA_PERMENDAGRI_86_2017_CETAK):
        ...     print(m)
        celah between 'Sangat Rendah' and 'Rendah' at 50 to 51
        celah between 'Rendah' and 'Sedang' at 65 to 66
        celah between 'Sedang' and 'Tinggi' at 75 to 76
        celah between 'Tinggi' and 'Sangat Tinggi' at 90 to 91
    """
    urut = sorted(_ke_pita(pita), key=_kunci_bawah)
    temuan: list[MasalahPita] = []
    for i, a in enumerate(urut):
        for b in urut[i + 1 :]:
            irisan = _tumpang_tindih(a, b)
            if irisan is not None:
                temuan.append(
                    MasalahPita(
                        jenis="tumpang tindih",
                        pita=(a.nama, b.nama),
                        dari=irisan[0],
                        sampai=irisan[1],
                    )
                )
    for a, b in itertools.pairwise(urut):
        if a.atas is None or b.bawah is None:
            continue
        if a.atas < b.bawah or (
            a.atas == b.bawah and not a.termasuk_atas and not b.termasuk_bawah
        ):
            temuan.append(
                MasalahPita(jenis="celah", pita=(a.nama, b.nama), dari=a.atas, sampai=b.bawah)
            )
    temuan.sort(key=lambda m: (m.dari, m.jenis))
    return tuple(temuan)


def _ke_pita(nilai: Iterable[Pita]) -> tuple[Pita, ...]:
    hasil = ke_tuple(nilai)
    for p in hasil:
        if not isinstance(p, Pita):
            raise InvalidTypeError(field="pita", value=p, expected="must hold Pita objects")
    return tuple(sorted(hasil, key=_kunci_bawah))


def _pasangan(batas: object) -> list[tuple[str, Number | None]]:
    """The (label, bound) pairs of a scale's table, refusing anything else."""
    if isinstance(batas, (str, bytes)) or not isinstance(batas, (list, tuple)):
        raise InvalidTypeError(
            field="batas", value=batas, expected="must be a list of (label, bound) pairs"
        )
    for pasangan in batas:
        if not isinstance(pasangan, tuple) or len(pasangan) != 2:
            raise InvalidTypeError(
                field="batas", value=pasangan, expected="must hold (label, bound) pairs"
            )
    return list(batas)


class _Pencari:
    """The band edges of a scale as integers, for an exact lookup without Fractions.

    With ``D`` the least common denominator of every bound, a value ``x`` gets
    the key ``2 * floor(x * D)``, plus 1 when ``x * D`` is not a whole number.
    An edge ``b`` that belongs to the band above it gets the key ``2 * b * D``,
    one that belongs to the band below ``2 * b * D + 1``. Then ``bisect_right``
    over the edges' keys finds the band exactly, and the outer bounds become
    the smallest and largest key allowed.

    A ``Decimal`` (what :func:`sakip.capaian` returns) is compared directly
    with the edges written as Decimals, when every edge is a finite decimal:
    comparing Decimals is exact and needs no reading into integers.
    """

    __slots__ = (
        "desimal",
        "naik",
        "nama",
        "penyebut",
        "tepi",
        "terbesar",
        "terkecil",
    )

    def __init__(self, pita: tuple[Pita, ...]) -> None:
        batas = [b for p in pita for b in (p.bawah, p.atas) if b is not None]
        penyebut = math.lcm(*(b.denominator for b in batas)) if batas else 1

        def kunci(b: Fraction, tambah: int) -> int:
            return 2 * (b.numerator * (penyebut // b.denominator)) + tambah

        bawah, atas = pita[0], pita[-1]
        self.penyebut: Final = penyebut
        self.tepi: Final = tuple(
            kunci(p.bawah, 0 if p.termasuk_bawah else 1) for p in pita[1:] if p.bawah is not None
        )
        self.terkecil: Final = (
            None if bawah.bawah is None else kunci(bawah.bawah, 0 if bawah.termasuk_bawah else 1)
        )
        self.terbesar: Final = (
            None if atas.atas is None else kunci(atas.atas, 0 if atas.termasuk_atas else -1)
        )
        self.nama: Final = tuple(p.nama for p in pita)
        # For Decimal values: the edges as Decimals, whether each edge belongs to
        # the band above it, and the outer bounds with their inclusion.
        self.naik: Final = tuple(p.termasuk_bawah for p in pita[1:])
        tepi_desimal = tuple(d for p in pita[1:] if (d := _desimal_tepat(p.bawah)) is not None)
        semua_desimal = len(tepi_desimal) == len(pita) - 1 and all(
            _desimal_tepat(b) is not None for b in batas
        )
        self.desimal: Final = (
            (
                tepi_desimal,
                _desimal_tepat(bawah.bawah),
                bawah.termasuk_bawah,
                _desimal_tepat(atas.atas),
                atas.termasuk_atas,
            )
            if semua_desimal
            else None
        )

    def indeks(self, nilai: object) -> int | None:
        """The index of the band holding ``nilai``, or None to take the exact path."""
        if type(nilai) is int and _BATAS_BAWAH < nilai < _BATAS:  # the common case, first
            kunci = 2 * nilai * self.penyebut
        elif type(nilai) is Decimal and self.desimal is not None:
            # Finite and within sakip's limits, places too, or the exact path
            # decides (desimal_dalam_batas, inline: the common Decimal has two
            # places); then the band by the Decimal edges, without a Fraction.
            if nilai.same_quantum(_SATUAN_DUA):
                if nilai.adjusted() >= MAKS_DIGIT_BULAT:
                    return None
            elif not desimal_dalam_batas(nilai):
                return None
            tepi, bawah, termasuk_bawah, atas, termasuk_atas = self.desimal
            if bawah is not None and (nilai < bawah or (nilai == bawah and not termasuk_bawah)):
                return None
            if atas is not None and (nilai > atas or (nilai == atas and not termasuk_atas)):
                return None
            i = bisect_left(tepi, nilai)  # the edges below the value
            if i < len(tepi) and self.naik[i] and tepi[i] == nilai:
                return i + 1  # on an edge that belongs to the band above it
            return i
        else:
            rasio = rasio_cepat(nilai)
            if rasio is None:
                return None
            pembilang, penyebut = rasio
            bulat, sisa = divmod(pembilang * self.penyebut, penyebut)
            kunci = 2 * bulat + 1 if sisa else 2 * bulat
        terkecil, terbesar = self.terkecil, self.terbesar
        if (terkecil is not None and kunci < terkecil) or (
            terbesar is not None and kunci > terbesar
        ):
            return None
        return bisect_right(self.tepi, kunci)


def _desimal_tepat(b: Fraction | None) -> Decimal | None:
    """``b`` as a Decimal when it is a finite decimal (and None stays None), else None."""
    if b is None:
        return None
    for tempat in range(MAKS_DIGIT_PECAHAN + 1):
        skala = 10**tempat
        if not skala % b.denominator:
            return desimal_dari_bulat(b.numerator * (skala // b.denominator), tempat)
    return None


@attrs.frozen(kw_only=True)
class Skala:
    """A rating scale: bands without overlaps or gaps, and its source.

    Attributes:
        nama: the scale's name.
        sumber: the regulation or document it comes from.
        pita: the bands, stored from the lowest up.
        catatan: how values between printed bounds are read.

    Raises:
        InvalidValueError: bands that overlap or leave a gap, or no band.

    Examples:
        >>> s = Skala.dari_batas_bawah(
        ...     nama="Skala dinas",
        ...     sumber="Perwako contoh",
        ...     batas=[("Baik", 80), ("Cukup", 60), ("Kurang", None)],
        ... )
        >>> s.predikat(80), s.predikat(79.99), s.predikat(-5)
        ('Baik', 'Cukup', 'Kurang')
        >>> Skala(nama="x", sumber="y", pita=[Pita(nama="A", bawah=0, atas=50),
        ...                                   Pita(nama="B", bawah=60)])
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidValueError: Skala.pita must have no overlaps or gaps \
(got "celah between 'A' and 'B' at 50 to 60")
    """

    nama: str = attrs.field(validator=jenis(str))
    sumber: str = attrs.field(validator=jenis(str))
    pita: tuple[Pita, ...] = attrs.field(converter=_ke_pita)
    catatan: str = attrs.field(default="", validator=jenis(str))
    # Computed once from ``pita`` (see _Pencari); not part of the value.
    _pencari: _Pencari = attrs.field(init=False, repr=False, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:
        if not self.pita:
            raise InvalidValueError(
                field="Skala.pita", value=(), expected="needs at least one band"
            )
        masalah = masalah_pita(self.pita)
        if masalah:
            raise InvalidValueError(
                field="Skala.pita",
                value="; ".join(str(m) for m in masalah),
                expected="must have no overlaps or gaps",
            )
        object.__setattr__(self, "_pencari", _Pencari(self.pita))

    @classmethod
    def dari_batas_bawah(
        cls,
        *,
        nama: str,
        sumber: str,
        batas: Sequence[tuple[str, Number | None]],
        catatan: str = "",
        keterangan: Mapping[str, str] = _TANPA_KETERANGAN,
    ) -> Skala:
        """Build a scale from lower bounds, highest band first.

        Each band includes its lower bound and runs up to (not including) the
        next band's; the top band has no upper bound, and a last bound of
        ``None`` means no lower bound. ``keterangan`` glosses bands by label.

        Examples:
            >>> s = Skala.dari_batas_bawah(nama="n", sumber="s",
            ...                            batas=[("Tinggi", 50), ("Rendah", 0)])
            >>> [str(p) for p in s.pita]
            ['Rendah: 0 <= x < 50', 'Tinggi: x >= 50']
        """
        pita: list[Pita] = []
        atas: Number | None = None
        for label, bawah in _pasangan(batas):
            pita.append(
                Pita(nama=label, bawah=bawah, atas=atas, keterangan=keterangan.get(label, ""))
            )
            if bawah is None:
                break
            atas = bawah
        return cls(nama=nama, sumber=sumber, pita=pita, catatan=catatan)

    @classmethod
    def dari_batas_atas(
        cls,
        *,
        nama: str,
        sumber: str,
        batas: Sequence[tuple[str, Number | None]],
        bawah: Number | None = None,
        catatan: str = "",
        keterangan: Mapping[str, str] = _TANPA_KETERANGAN,
    ) -> Skala:
        """Build a scale from upper bounds, lowest band first: the mirror of :meth:`dari_batas_bawah`.

        Each band includes its upper bound and runs down to (not including)
        the previous band's; the lowest band starts at ``bawah`` (included)
        or, when ``bawah`` is None, has no lower bound. A last bound of
        ``None`` means no upper bound. The form of tables printed as "<= 30",
        "> 30 - 50", ... (PermenPANRB 88/2021, Permendes PDTT 2/2016).
        ``keterangan`` glosses bands by label.

        Examples:
            >>> s = Skala.dari_batas_atas(nama="n", sumber="s", bawah=0,
            ...                           batas=[("Rendah", 50), ("Tinggi", 100)])
            >>> [str(p) for p in s.pita]
            ['Rendah: 0 <= x <= 50', 'Tinggi: 50 < x <= 100']
            >>> s.predikat(50), s.predikat("50.01")
            ('Rendah', 'Tinggi')
        """
        pita: list[Pita] = []
        for label, atas in _pasangan(batas):
            pita.append(
                Pita(
                    nama=label,
                    bawah=bawah,
                    atas=atas,
                    termasuk_bawah=not pita,
                    termasuk_atas=atas is not None,
                    keterangan=keterangan.get(label, ""),
                )
            )
            if atas is None:
                break
            bawah = atas
        return cls(nama=nama, sumber=sumber, pita=pita, catatan=catatan)

    def pita_untuk(self, nilai: Number) -> Pita:
        """The band that holds ``nilai``.

        Raises:
            InvalidValueError: ``nilai`` lies outside the scale.

        Examples:
            >>> str(PERMENDAGRI_86_2017.pita_untuk(90))
            'Tinggi: 76 <= x < 91'
        """
        indeks = self._pencari.indeks(nilai)
        if indeks is not None:
            return self.pita[indeks]
        x = ke_pecahan(nilai, "nilai")
        for p in self.pita:
            if p.memuat(x):
                return p
        raise InvalidValueError(
            field="nilai",
            value=nilai,
            expected=f"must lie within the scale {self.nama!r} ({self.cakupan()})",
            rule=self.sumber,
        )

    def predikat(self, nilai: Number) -> str:
        """Predikat (rating label) of a value, as printed in the source.

        Examples:
            >>> PERMENDAGRI_86_2017.predikat(90.5)
            'Tinggi'
            >>> ATRIBUT_CAPAIAN.predikat(179)
            'Sangat Berhasil'
        """
        pencari = self._pencari
        indeks = pencari.indeks(nilai)
        if indeks is not None:
            return pencari.nama[indeks]
        return self.pita_untuk(nilai).nama

    def cakupan(self) -> str:
        """The range the scale covers, in words.

        Examples:
            >>> PERMENPANRB_88_2021.cakupan(), PERMENDAGRI_86_2017.cakupan()
            ('[0, 100]', '-inf, +inf')
        """
        bawah, atas = self.pita[0], self.pita[-1]
        kiri = (
            "-inf"
            if bawah.bawah is None
            else ("[" if bawah.termasuk_bawah else "(") + _angka_ringkas(bawah.bawah)
        )
        kanan = (
            "+inf"
            if atas.atas is None
            else _angka_ringkas(atas.atas) + ("]" if atas.termasuk_atas else ")")
        )
        return f"{kiri}, {kanan}"


# Permendagri 86/2017 (Tata Cara Perencanaan, Pengendalian dan Evaluasi
# Pembangunan Daerah), Lampiran, form evaluasi hasil RKPD: "Kriteria Penilaian
# Realisasi Kinerja", printed with integer edges and gaps. As quoted in LKjIP
# Dinas Sosial dan PMD Kota Dumai 2023, Tabel 3.1, and in every copy seen
# (91-100 / 76-90 / 66-75 / 51-65 / <= 50); the lampiran itself was not read.
PITA_PERMENDAGRI_86_2017_CETAK: Final = (
    Pita(nama="Sangat Tinggi", bawah=91, atas=100, termasuk_atas=True),
    Pita(nama="Tinggi", bawah=76, atas=90, termasuk_atas=True),
    Pita(nama="Sedang", bawah=66, atas=75, termasuk_atas=True),
    Pita(nama="Rendah", bawah=51, atas=65, termasuk_atas=True),
    Pita(nama="Sangat Rendah", atas=50, termasuk_atas=True),
)

#: Permendagri 86/2017 (as quoted; the lampiran was not read), read as
#: continuous bands, each including its lower bound: >= 91 Sangat Tinggi,
#: >= 76 Tinggi, >= 66 Sedang, >= 51 Rendah, below 51 Sangat Rendah. A value
#: between printed integer edges (90.5 between "76-90" and "91-100") belongs to
#: the lower band; values above 100 in the top band. Both are sakip's own
#: reading, not the regulation's.
PERMENDAGRI_86_2017: Final = Skala.dari_batas_bawah(
    nama="Permendagri 86/2017 Kriteria Penilaian Realisasi Kinerja",
    sumber=(
        "Permendagri 86/2017, Lampiran, evaluasi hasil RKPD (skala nilai peringkat kinerja), "
        "as quoted in LKjIP Dinas Sosial dan PMD Kota Dumai 2023, Tabel 3.1"
    ),
    batas=[
        ("Sangat Tinggi", 91),
        ("Tinggi", 76),
        ("Sedang", 66),
        ("Rendah", 51),
        ("Sangat Rendah", None),
    ],
    catatan=(
        "Printed as 91-100, 76-90, 66-75, 51-65, <=50 with gaps between integer edges; "
        "sakip's own reading: continuous bands including their lower bound, values above 100 "
        "in the top band."
    ),
)

#: The 2023 Dumai report's Tabel 3.2 "Atribut Capaian Indikator Kinerja":
#: >= 85 Sangat Berhasil (no upper bound: the report calls 179% Sangat
#: Berhasil), 70 to < 85 Berhasil, 55 to < 70 Cukup Berhasil, < 55 Tidak Berhasil.
ATRIBUT_CAPAIAN: Final = Skala.dari_batas_bawah(
    nama="Atribut Capaian Indikator Kinerja",
    sumber="local practice, seen in LKjIP Dinas Sosial dan PMD Kota Dumai 2023, Tabel 3.2",
    batas=[
        ("Sangat Berhasil", 85),
        ("Berhasil", 70),
        ("Cukup Berhasil", 55),
        ("Tidak Berhasil", None),
    ],
    catatan="Printed top band '85% s.d 100%'; the report applies it to 179%, so it is open above.",
)

# PermenPANRB 88/2021 (Evaluasi Akuntabilitas Kinerja Instansi Pemerintah),
# Lampiran: predikat of the AKIP evaluation score (0-100). The lampiran's own
# table was not read (the public copies found show only the body of the
# regulation). Secondary sources agree on the cut points 30/50/60/70/80/90 and
# disagree on which end of each band is open; the two readings give a
# different predikat at exactly 30, 50, 60, 70, 80 and 90, so both are built in:
# - open below, closed above ("> 90 - 100", D "0 - 30"): seen in the source of
#   several public e-SAKIP applications (nilai > 90 is AA, ..., nilai > 30 is C);
#   sakip's default, PERMENPANRB_88_2021;
# - closed below, open above (AA "90 - 100", A "80 - < 90", D "< 30"): seen in
#   the source of other public e-SAKIP dashboards (nilai >= 90 is AA);
#   PERMENPANRB_88_2021_TERMASUK_BAWAH.
# News and open-data pages print plain ranges ("0-30 D, 30-50 C, ..., 90-100 AA",
# detiknews86.com, 6 December 2022; data.kaltimprov.go.id, dataset "Nilai SAKIP
# Kecamatan") that fit either reading. The gloss of CC is "Cukup" in some
# sources and "Cukup (Memadai)" in the applications; the predikat is CC in both.
PERMENPANRB_88_2021: Final = Skala.dari_batas_atas(
    nama="PermenPANRB 88/2021 predikat nilai AKIP",
    sumber=(
        "PermenPANRB 88/2021, Lampiran (kategori nilai hasil evaluasi AKIP) (unverified: "
        "cut points as secondary sources give them, band ends sakip's reading)"
    ),
    bawah=0,
    batas=[("D", 30), ("C", 50), ("CC", 60), ("B", 70), ("BB", 80), ("A", 90), ("AA", 100)],
    keterangan={
        "AA": "Sangat Memuaskan",
        "A": "Memuaskan",
        "BB": "Sangat Baik",
        "B": "Baik",
        "CC": "Cukup",
        "C": "Kurang",
        "D": "Sangat Kurang",
    },
    catatan=(
        "Scores outside 0-100 are not AKIP scores and are refused. Open below, closed above: "
        "sakip's reading (unverified)."
    ),
)


#: PermenPANRB 88/2021 read the other way (unverified, like the default): each
#: band closed below and open above, AA from 90 to 100 inclusive, D below 30.
#: Differs from :data:`PERMENPANRB_88_2021` only at 30, 50, 60, 70, 80 and 90.
PERMENPANRB_88_2021_TERMASUK_BAWAH: Final = Skala(
    nama="PermenPANRB 88/2021 predikat nilai AKIP (batas bawah termasuk)",
    sumber=(
        "PermenPANRB 88/2021, Lampiran (kategori nilai hasil evaluasi AKIP) (unverified: "
        "cut points as secondary sources give them, each band closed below as some "
        "e-SAKIP applications read it)"
    ),
    pita=[
        Pita(nama="D", bawah=0, atas=30, keterangan="Sangat Kurang"),
        Pita(nama="C", bawah=30, atas=50, keterangan="Kurang"),
        Pita(nama="CC", bawah=50, atas=60, keterangan="Cukup"),
        Pita(nama="B", bawah=60, atas=70, keterangan="Baik"),
        Pita(nama="BB", bawah=70, atas=80, keterangan="Sangat Baik"),
        Pita(nama="A", bawah=80, atas=90, keterangan="Memuaskan"),
        Pita(nama="AA", bawah=90, atas=100, termasuk_atas=True, keterangan="Sangat Memuaskan"),
    ],
    catatan=(
        "Scores outside 0-100 are not AKIP scores and are refused. Closed below, open above "
        "(AA closed at 100): the reading of some e-SAKIP applications (unverified). The "
        "default, PERMENPANRB_88_2021, reads each band open below."
    ),
)

#: Permendes PDTT 2/2016 (Indeks Desa Membangun; ditetapkan 18 Februari 2016,
#: diundangkan 24 Februari 2016), Lampiran (klasifikasi status desa):
#: Sangat Tertinggal <= 0.4907 < Tertinggal <= 0.5989 < Berkembang <= 0.7072
#: < Maju <= 0.8155 < Mandiri; IDM lies between 0 and 1. The bounds and
#: IDM = (IKS + IKE + IKL) / 3 as quoted by village government pages citing it
#: (Dispermades Kebumen); the lampiran's own table was not read.
PERMENDESA_2_2016: Final = Skala.dari_batas_atas(
    nama="Status Desa menurut Indeks Desa Membangun",
    sumber=(
        "Permendes PDTT 2/2016 tentang Indeks Desa Membangun, Lampiran (as quoted in "
        "materi IDM Dispermades Kebumen)"
    ),
    bawah=0,
    batas=[
        ("Sangat Tertinggal", "0.4907"),
        ("Tertinggal", "0.5989"),
        ("Berkembang", "0.7072"),
        ("Maju", "0.8155"),
        ("Mandiri", 1),
    ],
    catatan="Bands open below and closed above, as the regulation's '<=' cut-offs.",
)


#: Every built-in scale by name, as a report file names them (``skala_predikat``);
#: read-only.
SKALA_BAWAAN: Final[Mapping[str, Skala]] = MappingProxyType(
    {
        "PERMENDAGRI_86_2017": PERMENDAGRI_86_2017,
        "ATRIBUT_CAPAIAN": ATRIBUT_CAPAIAN,
        "PERMENPANRB_88_2021": PERMENPANRB_88_2021,
        "PERMENPANRB_88_2021_TERMASUK_BAWAH": PERMENPANRB_88_2021_TERMASUK_BAWAH,
        "PERMENDESA_2_2016": PERMENDESA_2_2016,
    }
)

#: Every built-in scale by name, dated: ``(Aturan, Skala)`` pairs, oldest
#: edition first. An edition sakip has not encoded (because its bounds were
#: not read) is named in the ``catatan`` of the one after it.
RIWAYAT_SKALA: Final[Mapping[str, tuple[tuple[Aturan, Skala], ...]]] = types.MappingProxyType(
    {
        # Permendagri 86/2017, replacing Permendagri 54/2010 (whose scale is not
        # encoded); as quoted in LKjIP Dumai 2023, Tabel 3.1.
        "PERMENDAGRI_86_2017": (
            (
                Aturan(
                    regulasi="Permendagri 86/2017",
                    letak="Lampiran (evaluasi hasil RKPD, kriteria penilaian realisasi kinerja)",
                    status=StatusSumber.DIKUTIP,
                    berlaku_dari=2017,
                    dikutip_dari="LKjIP Dinas Sosial dan PMD Kota Dumai 2023, Tabel 3.1",
                    catatan=(
                        "Previous edition Permendagri 54/2010 not encoded. Values above 100 "
                        "and between integer edges: sakip's reading."
                    ),
                ),
                PERMENDAGRI_86_2017,
            ),
        ),
        # Local practice of the Dumai report, Tabel 3.2.
        "ATRIBUT_CAPAIAN": (
            (
                Aturan(
                    regulasi="LKjIP Dinas Sosial dan PMD Kota Dumai 2023",
                    letak="Tabel 3.2",
                    status=StatusSumber.PRAKTIK_LOKAL,
                    berlaku_dari=2014,
                    dikutip_dari="LKjIP Dinas Sosial dan PMD Kota Dumai 2023, Tabel 3.2",
                ),
                ATRIBUT_CAPAIAN,
            ),
        ),
        # PermenPANRB 88/2021, replacing PermenPANRB 12/2015 (whose bands are
        # not encoded); governs the evaluation of reports from 2021.
        "PERMENPANRB_88_2021": (
            (
                Aturan(
                    regulasi="PermenPANRB 88/2021",
                    letak="Lampiran (kategori nilai hasil evaluasi AKIP)",
                    status=StatusSumber.BELUM_DIVERIFIKASI,
                    berlaku_dari=2021,
                    dikutip_dari="source of public e-SAKIP applications (nilai > 90 is AA)",
                    catatan=(
                        "Cut points consistent with secondary sources; band ends unverified, "
                        "read open below (sakip's default; PERMENPANRB_88_2021_TERMASUK_BAWAH "
                        "is the other reading). Previous edition PermenPANRB 12/2015 not encoded."
                    ),
                ),
                PERMENPANRB_88_2021,
            ),
        ),
        # The same regulation, read with each band closed below (see the comment
        # above PERMENPANRB_88_2021 for the sources of each reading).
        "PERMENPANRB_88_2021_TERMASUK_BAWAH": (
            (
                Aturan(
                    regulasi="PermenPANRB 88/2021",
                    letak="Lampiran (kategori nilai hasil evaluasi AKIP)",
                    status=StatusSumber.BELUM_DIVERIFIKASI,
                    berlaku_dari=2021,
                    dikutip_dari="source of public e-SAKIP dashboards (nilai >= 90 is AA)",
                    catatan=(
                        "Cut points consistent with secondary sources; band ends unverified, "
                        "read closed below. Differs from PERMENPANRB_88_2021 at 30, 50, 60, "
                        "70, 80 and 90. Previous edition PermenPANRB 12/2015 not encoded."
                    ),
                ),
                PERMENPANRB_88_2021_TERMASUK_BAWAH,
            ),
        ),
        # Permendes PDTT 2/2016; from the 2024 data the Indeks Desa of
        # Permendesa PDTT 9/2024 replaces the IDM (see sakip.indikator.desa).
        "PERMENDESA_2_2016": (
            (
                Aturan(
                    regulasi="Permendes PDTT 2/2016",
                    letak="Lampiran (IDM = (IKS + IKE + IKL) / 3; klasifikasi status desa)",
                    status=StatusSumber.DIKUTIP,
                    berlaku_dari=2016,
                    berlaku_sampai=2023,
                    ditetapkan=dt.date(2016, 2, 18),
                    dikutip_dari="materi IDM Dispermades Kebumen",
                    catatan=(
                        "Succeeded from 2024 by the Indeks Desa of Permendesa PDTT 9/2024 (six "
                        "dimensions), whose bounds sakip does not encode."
                    ),
                ),
                PERMENDESA_2_2016,
            ),
        ),
    }
)


def _riwayat(nama: object) -> tuple[tuple[Aturan, Skala], ...]:
    try:
        return RIWAYAT_SKALA[nama]  # type: ignore[index]
    except (KeyError, TypeError):
        raise InvalidValueError(
            field="skala", value=nama, expected=f"must be one of {sorted(SKALA_BAWAAN)}"
        ) from None


def aturan_skala(nama: str, *, tahun: int | None = None) -> Aturan:
    """The rule behind a built-in scale, the edition in force for ``tahun``.

    Raises:
        InvalidValueError: no built-in scale has that name, or a bad year.
        NotComputableError: no edition sakip encodes governs that year.

    Examples:
        >>> str(aturan_skala("PERMENDAGRI_86_2017"))
        'Permendagri 86/2017, Lampiran (evaluasi hasil RKPD, kriteria penilaian realisasi \
kinerja) (as quoted in LKjIP Dinas Sosial dan PMD Kota Dumai 2023, Tabel 3.1)'
    """
    riwayat = _riwayat(nama)
    return aturan_berlaku([a for a, _ in riwayat], tahun, nama=f"skala {nama}")


def skala_bernama(nama: str, *, tahun: int | None = None) -> Skala:
    """The built-in scale with this name, the edition in force for ``tahun``.

    Args:
        nama: the name, as :data:`SKALA_BAWAAN` lists it.
        tahun: the report year; ``None`` gives the edition in force now.

    Raises:
        InvalidValueError: no built-in scale has that name, or a bad year.
        NotComputableError: no edition sakip encodes governs that year.

    Sumber:
        Each scale's rule, in :data:`RIWAYAT_SKALA`.

    Examples:
        >>> skala_bernama("ATRIBUT_CAPAIAN").predikat(85)
        'Sangat Berhasil'
        >>> skala_bernama("PERMENPANRB_88_2021", tahun=2023).predikat(80)
        'BB'
        >>> skala_bernama("PERMENPANRB_88_2021", tahun=2019)
        Traceback (most recent call last):
        ...
        sakip.errors.NotComputableError: tahun must be a year governed by a known edition \
of skala PERMENPANRB_88_2021 (from 2021) (got 2019)
    """
    riwayat = _riwayat(nama)
    a = aturan_berlaku([a for a, _ in riwayat], tahun, nama=f"skala {nama}")
    return next(sk for a_, sk in riwayat if a_ is a)
