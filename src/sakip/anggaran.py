"""Anggaran (budget): penyerapan, sisa anggaran, efisiensi, belanja totals.

Rupiah are whole numbers: every amount is read exactly and must be an integer
(``13904271740``, ``Decimal("13904271740")`` or ``"13904271740"``).
Indonesian-formatted amounts ("Rp 13.904.271.740,-") are read by
:func:`sakip.angka.baca` first.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Final, overload

import attrs

from sakip._eksak import (
    _SERATUS,
    Number,
    _periksa_tempat,
    bulatkan_pecahan,
    hasil,
    ke_pecahan,
    periksa_maksimum,
    urutan_angka,
)
from sakip.errors import InvalidTypeError, InvalidValueError, NotComputableError, _usang

__all__ = [
    "Efisiensi",
    "MetodeEfisiensi",
    "efisiensi",
    "jumlah_belanja",
    "ke_rupiah",
    "penyerapan",
    "sisa_anggaran",
]

_RULE_PENYERAPAN: Final = (
    "penyerapan = realisasi / pagu x 100, PermenPANRB 53/2014 (akuntabilitas keuangan)"
)


def ke_rupiah(nilai: object, field: str) -> int:
    """Read a Rupiah amount exactly: a whole, non-negative number.

    Examples:
        >>> ke_rupiah("13904271740", "pagu")
        13904271740
        >>> ke_rupiah(1.5, "pagu")
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidValueError: pagu must be a whole number of Rupiah (got 1.5)
    """
    x = ke_pecahan(nilai, field)
    if x.denominator != 1:
        raise InvalidValueError(
            field=field, value=nilai, expected="must be a whole number of Rupiah"
        )
    if x < 0:
        raise InvalidValueError(field=field, value=nilai, expected="must be >= 0")
    return x.numerator


def _dalam_pagu(r: int, p: int, realisasi: Number) -> None:
    """Refuse a realisasi above its pagu."""
    if r > p:
        raise InvalidValueError(
            field="realisasi",
            value=realisasi,
            expected=f"must not exceed pagu {p}",
            rule="belanja is bounded by the pagu of the DPA, PP 12/2019 (pengelolaan keuangan daerah)",
        )


def _penyerapan_pecahan(realisasi: Number, pagu: Number) -> Fraction:
    r = ke_rupiah(realisasi, "realisasi")
    p = ke_rupiah(pagu, "pagu")
    if p == 0:
        raise NotComputableError(
            field="pagu", value=pagu, expected="must not be 0", rule=_RULE_PENYERAPAN
        )
    _dalam_pagu(r, p, realisasi)
    return Fraction(r * 100, p)


@overload
def penyerapan(*, realisasi: Number, pagu: Number, tempat: int = 2) -> Decimal: ...
@overload
def penyerapan(*, realisasi: Number, pagu: Number, tempat: None) -> Fraction: ...
def penyerapan(*, realisasi: Number, pagu: Number, tempat: int | None = 2) -> Decimal | Fraction:
    """Penyerapan anggaran (budget absorption, %): ``realisasi / pagu x 100``.

    Args:
        realisasi: Rupiah spent, a whole number, 0 to ``pagu``.
        pagu: Rupiah allocated, a whole number, more than 0.
        tempat: decimal places; ``None`` returns the exact ``Fraction``.

    Returns:
        ``Decimal`` with exactly ``tempat`` places, or the exact ``Fraction``.

    Raises:
        InvalidValueError: a negative or fractional amount; realisasi above pagu.
        NotComputableError: pagu 0 (a report that prints 0,00% there prints a
            figure that does not exist).

    Sumber:
        PermenPANRB 53/2014, Lampiran III (Laporan Kinerja, akuntabilitas
        keuangan: realisasi anggaran against pagu); Permendagri 86/2017 form
        E.81 (tingkat realisasi anggaran).

    Examples:
        >>> penyerapan(realisasi=13_628_836_667, pagu=13_904_271_740)
        Decimal('98.02')
        >>> penyerapan(realisasi=1_529_080_716, pagu=1_539_632_000)
        Decimal('99.31')
        >>> penyerapan(realisasi=5, pagu=0)
        Traceback (most recent call last):
        ...
        sakip.errors.NotComputableError: pagu must not be 0 (got 0); penyerapan = realisasi / \
pagu x 100, PermenPANRB 53/2014 (akuntabilitas keuangan)
    """
    return hasil(_penyerapan_pecahan(realisasi, pagu), tempat)


def sisa_anggaran(*, pagu: Number, realisasi: Number) -> int:
    """Sisa anggaran (unspent budget, Rupiah): ``pagu - realisasi``, exact.

    Raises:
        InvalidValueError: a negative or fractional amount; realisasi above pagu.

    Sumber:
        Definition (SiLPA of a program: pagu less realisasi); LKjIP Dinas
        Sosial dan PMD Kota Dumai 2023, Tabel VI.

    Examples:
        >>> sisa_anggaran(pagu=3_523_998_700, realisasi=3_470_356_630)
        53642070
    """
    p = ke_rupiah(pagu, "pagu")
    r = ke_rupiah(realisasi, "realisasi")
    _dalam_pagu(r, p, realisasi)
    return p - r


def jumlah_belanja(*, operasi: Number, modal: Number) -> int:
    """Jumlah belanja (total spending, Rupiah): belanja operasi + belanja modal.

    Sumber:
        Permendagri 77/2020 (klasifikasi belanja daerah: operasi, modal,
        tidak terduga, transfer); LKjIP Dumai 2023, section 3.5.

    Examples:
        >>> jumlah_belanja(operasi=13_849_393_240, modal=54_878_500)
        13904271740
    """
    return ke_rupiah(operasi, "operasi") + ke_rupiah(modal, "modal")


class MetodeEfisiensi(enum.Enum):
    """The named methods for efisiensi (efficiency of resource use).

    Examples:
        >>> MetodeEfisiensi("selisih capaian")
        <MetodeEfisiensi.SELISIH_CAPAIAN: 'selisih capaian'>
    """

    #: capaian kinerja (%) - penyerapan anggaran (%), "efisien" when positive.
    #: Local practice, seen in LKjIP Dinas Sosial dan PMD Kota Dumai 2023,
    #: section 3.7 and Tabel VI; no regulation fixes it.
    SELISIH_CAPAIAN = "selisih capaian"
    #: E = sum(pagu x capaian keluaran - realisasi) / sum(pagu x capaian
    #: keluaran) x 100%, with its score 50 + 50 x E / 20 (E bounded to
    #: [-20, 20]). PMK 22/PMK.02/2021 (Pengukuran dan Evaluasi Kinerja
    #: Anggaran), aspek implementasi, indikator efisiensi.
    KEMENKEU = "kemenkeu"


@attrs.frozen(kw_only=True)
class Efisiensi:
    """The result of :func:`efisiensi`.

    Attributes:
        metode: the method used.
        persen: the efficiency in percent (percentage points for
            ``SELISIH_CAPAIAN``), rounded.
        eksak: the same, exact.
        rupiah: the Rupiah amount: unspent budget (``SELISIH_CAPAIAN``), or
            ``sum(pagu x capaian) - sum(realisasi)`` rounded to the Rupiah
            (``KEMENKEU``).
        kategori: "Efisien" or "Tidak Efisien" (``SELISIH_CAPAIAN``); for
            ``KEMENKEU`` the same words by the sign of E.
        skor: the 0-100 score for ``KEMENKEU`` (rounded), else ``None``.
            Called ``nilai`` before 0.2.0; ``nilai`` is kept, deprecated,
            until 0.3.0, when ``nilai`` becomes the rounded efficiency (today
            ``persen``), as in every other result record.
        capaian_dipakai: the capaian used, after any cap (``SELISIH_CAPAIAN``).

    Examples:
        >>> e = efisiensi(capaian=179, pagu=93_568_000, realisasi=92_944_034, maksimum_capaian=100)
        >>> e.capaian_dipakai, e.persen, e.rupiah
        (Fraction(100, 1), Decimal('0.67'), 623966)
    """

    metode: MetodeEfisiensi
    persen: Decimal
    eksak: Fraction
    rupiah: int
    kategori: str
    skor: Decimal | None = None
    capaian_dipakai: Fraction | None = None

    @property
    def nilai(self) -> Decimal | None:
        """Deprecated name of :attr:`skor` (the KEMENKEU score); removed in 0.3.0.

        From 0.3.0 ``nilai`` is the rounded efficiency, today :attr:`persen`.

        Examples:
            >>> import warnings
            >>> k = efisiensi(capaian=[100], pagu=[1_000_000], realisasi=[900_000],
            ...               metode=MetodeEfisiensi.KEMENKEU)
            >>> with warnings.catch_warnings():
            ...     warnings.simplefilter("ignore")
            ...     k.nilai == k.skor
            True
        """
        _usang("Efisiensi.nilai (the KEMENKEU score)", "Efisiensi.skor")
        return self.skor


def efisiensi(
    *,
    capaian: Number | Sequence[Number],
    pagu: Number | Sequence[Number],
    realisasi: Number | Sequence[Number],
    metode: MetodeEfisiensi = MetodeEfisiensi.SELISIH_CAPAIAN,
    maksimum_capaian: Number | None = None,
    tempat: int = 2,
) -> Efisiensi:
    """Efisiensi (efficiency of resource use), by a named method.

    ``MetodeEfisiensi.SELISIH_CAPAIAN`` (default; the method of the reports):
    ``capaian (%) - penyerapan (%)``, in percentage points; "Efisien" when
    positive. ``maksimum_capaian`` caps capaian first (off unless given: the
    Dumai 2023 report caps 179% to 100% for one indicator and not for others).

    ``MetodeEfisiensi.KEMENKEU``: ``E = (sum(pagu x capaian) - sum(realisasi))
    / sum(pagu x capaian) x 100``, over one or more outputs (pass lists), and
    the score ``50 + 50 x E / 20`` with E bounded to [-20, 20] as the
    regulation prescribes (``eksak`` and ``persen`` keep the unbounded E).

    Args:
        capaian: capaian kinerja or capaian keluaran, in percent.
        pagu: Rupiah allocated (whole numbers).
        realisasi: Rupiah spent (whole numbers).
        metode: the method.
        maksimum_capaian: optional cap on capaian (``SELISIH_CAPAIAN`` only).
        tempat: decimal places of ``persen`` and ``skor``.

    Raises:
        InvalidValueError: lists of different lengths, several outputs with
            ``SELISIH_CAPAIAN``, a cap with ``KEMENKEU``, bad amounts.
        NotComputableError: pagu 0, or ``sum(pagu x capaian)`` 0 for ``KEMENKEU``.

    Sumber:
        ``SELISIH_CAPAIAN``: local practice, seen in LKjIP Dinas Sosial dan PMD
        Kota Dumai 2023 (section 3.7, Tabel VI); no regulation fixes it.
        ``KEMENKEU``: PMK 22/PMK.02/2021, Lampiran (nilai efisiensi).

    Examples:
        >>> e = efisiensi(capaian=100, pagu=3_523_998_700, realisasi=3_470_356_630)
        >>> e.persen, e.rupiah, e.kategori
        (Decimal('1.52'), 53642070, 'Efisien')
        >>> efisiensi(capaian=179, pagu=93_568_000, realisasi=92_944_034).persen
        Decimal('79.67')
        >>> efisiensi(capaian=179, pagu=93_568_000, realisasi=92_944_034,
        ...           maksimum_capaian=100).persen
        Decimal('0.67')
        >>> k = efisiensi(capaian=[100, 90], pagu=[1_000_000, 500_000],
        ...               realisasi=[900_000, 450_000], metode=MetodeEfisiensi.KEMENKEU)
        >>> k.persen, k.skor, k.kategori
        (Decimal('6.90'), Decimal('67.24'), 'Efisien')
    """
    if not isinstance(metode, MetodeEfisiensi):
        raise InvalidTypeError(field="metode", value=metode, expected="must be a MetodeEfisiensi")
    _periksa_tempat(tempat)
    cs = urutan_angka(capaian, "capaian", boleh_tunggal=True)
    ps = urutan_angka(pagu, "pagu", boleh_tunggal=True)
    rs = urutan_angka(realisasi, "realisasi", boleh_tunggal=True)
    if not len(cs) == len(ps) == len(rs):
        raise InvalidValueError(
            field="capaian/pagu/realisasi",
            value=(len(cs), len(ps), len(rs)),
            expected="must have the same length",
        )
    if metode is MetodeEfisiensi.SELISIH_CAPAIAN:
        if len(cs) != 1:
            raise InvalidValueError(
                field="capaian",
                value=capaian,
                expected="must be one value for MetodeEfisiensi.SELISIH_CAPAIAN",
            )
        c = ke_pecahan(cs[0], "capaian")
        if maksimum_capaian is not None:
            c = min(c, periksa_maksimum(maksimum_capaian, "maksimum_capaian"))
        serap = _penyerapan_pecahan(rs[0], ps[0])
        e = c - serap
        return Efisiensi(
            metode=metode,
            persen=bulatkan_pecahan(e, tempat),
            eksak=e,
            rupiah=sisa_anggaran(pagu=ps[0], realisasi=rs[0]),
            kategori="Efisien" if e > 0 else "Tidak Efisien",
            capaian_dipakai=c,
        )
    if maksimum_capaian is not None:
        raise InvalidValueError(
            field="maksimum_capaian",
            value=maksimum_capaian,
            expected="must be None for MetodeEfisiensi.KEMENKEU (cap capaian keluaran yourself)",
        )
    rencana = Fraction(0)
    belanja = 0
    for i, (c_, p_, r_) in enumerate(zip(cs, ps, rs, strict=True)):
        c = ke_pecahan(c_, f"capaian[{i}]")
        if c < 0:
            raise InvalidValueError(field=f"capaian[{i}]", value=c_, expected="must be >= 0")
        rencana += ke_rupiah(p_, f"pagu[{i}]") * c / _SERATUS
        belanja += ke_rupiah(r_, f"realisasi[{i}]")
    if rencana == 0:
        raise NotComputableError(
            field="pagu x capaian",
            value=0,
            expected="must not sum to 0",
            rule="E = sum(pagu x capaian - realisasi) / sum(pagu x capaian), PMK 22/PMK.02/2021",
        )
    e = (rencana - belanja) * _SERATUS / rencana
    e_terbatas = max(Fraction(-20), min(Fraction(20), e))
    skor = 50 + 50 * e_terbatas / 20
    return Efisiensi(
        metode=metode,
        persen=bulatkan_pecahan(e, tempat),
        eksak=e,
        rupiah=int(bulatkan_pecahan(rencana - belanja, 0)),
        kategori="Efisien" if e > 0 else "Tidak Efisien",
        skor=bulatkan_pecahan(skor, tempat),
    )
