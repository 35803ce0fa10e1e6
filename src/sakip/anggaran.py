"""Anggaran (budget): penyerapan, sisa anggaran, efisiensi, belanja totals.

Rupiah are whole numbers: every amount is read exactly and must be an integer
(``13904271740``, ``Decimal("13904271740")`` or ``"13904271740"``).
Indonesian-formatted amounts ("Rp 13.904.271.740,-") are read by
:func:`sakip.angka.baca` first. Amounts printed in thousands, millions,
billions or trillions ("704.925,1 miliar") are given with an explicit
:class:`SatuanRupiah` and read exactly to whole Rupiah; a bare decimal Rupiah
is still refused.

Each efficiency method records the rule behind it, dated, in
:data:`ATURAN_EFISIENSI`; ``efisiensi(..., tahun=...)`` cites the edition in
force for a report of that year.
"""

from __future__ import annotations

import enum
import types
from collections.abc import Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Final, overload

import attrs

from sakip._eksak import (
    _SERATUS,
    MAKS_DIGIT_BULAT,
    Number,
    _periksa_tempat,
    bulatkan_pecahan,
    hasil,
    ke_pecahan,
    periksa_maksimum,
    urutan_angka,
)
from sakip._peringatan import usang
from sakip.aturan import Aturan, StatusSumber, aturan_berlaku
from sakip.errors import InvalidTypeError, InvalidValueError, NotComputableError, Rule

__all__ = [
    "ATURAN_EFISIENSI",
    "ATURAN_PENYERAPAN",
    "Efisiensi",
    "MetodeEfisiensi",
    "SatuanRupiah",
    "efisiensi",
    "jumlah_belanja",
    "ke_rupiah",
    "penyerapan",
    "sisa_anggaran",
]

_RULE_PENYERAPAN: Final = (
    "penyerapan = realisasi / pagu x 100, PMK 214/PMK.02/2017 Lampiran, P = A / PA x 100% "
    "(budget years 2018-2020); PMK 22/PMK.02/2021 aspek implementasi (2021 on, as quoted "
    "in its JDIH summary)"
)
#: A realisasi above its pagu; the command keys its message on the identifier.
_RULE_PAGU: Final = Rule(
    "belanja is bounded by the pagu of the DPA, PP 12/2019 Pasal 124 ayat (1) (unverified)",
    id="anggaran.batas_pagu",
)


class SatuanRupiah(enum.Enum):
    """The unit an amount is printed in: Rupiah, or thousands to trillions of Rupiah.

    Examples:
        >>> SatuanRupiah("miliar").kali
        1000000000
    """

    RUPIAH = "rupiah"
    RIBU = "ribu"
    JUTA = "juta"
    MILIAR = "miliar"
    TRILIUN = "triliun"

    @property
    def kali(self) -> int:
        """How many Rupiah one unit is."""
        return _KALI_SATUAN[self]


_KALI_SATUAN: Final[Mapping[SatuanRupiah, int]] = types.MappingProxyType(
    {
        SatuanRupiah.RUPIAH: 1,
        SatuanRupiah.RIBU: 10**3,
        SatuanRupiah.JUTA: 10**6,
        SatuanRupiah.MILIAR: 10**9,
        SatuanRupiah.TRILIUN: 10**12,
    }
)


def ke_rupiah(nilai: object, field: str, satuan: SatuanRupiah = SatuanRupiah.RUPIAH) -> int:
    """Read a Rupiah amount exactly: a whole, non-negative number of Rupiah.

    With a ``satuan`` other than Rupiah the amount may have decimals
    (``"704925.1"`` miliar), as long as it comes to a whole number of Rupiah.

    Examples:
        >>> ke_rupiah("13904271740", "pagu")
        13904271740
        >>> ke_rupiah("704925.1", "pagu", SatuanRupiah.MILIAR)
        704925100000000
        >>> ke_rupiah(1.5, "pagu")
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidValueError: pagu must be a whole number of Rupiah (got 1.5)
    """
    if not isinstance(satuan, SatuanRupiah):
        raise InvalidTypeError(field="satuan", value=satuan, expected="must be a SatuanRupiah")
    x = ke_pecahan(nilai, field) * satuan.kali
    if abs(x) >= 10**MAKS_DIGIT_BULAT:
        raise InvalidValueError(
            field=field,
            value=nilai,
            expected=f"must come to less than 10**{MAKS_DIGIT_BULAT} Rupiah in {satuan.value}",
            rule="sakip number limits",
        )
    if x.denominator != 1:
        raise InvalidValueError(
            field=field,
            value=nilai,
            expected=(
                "must be a whole number of Rupiah"
                if satuan is SatuanRupiah.RUPIAH
                else f"must come to a whole number of Rupiah in {satuan.value}"
            ),
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
            rule=_RULE_PAGU,
        )


def _penyerapan_pecahan(
    realisasi: Number, pagu: Number, satuan: SatuanRupiah = SatuanRupiah.RUPIAH
) -> Fraction:
    r = ke_rupiah(realisasi, "realisasi", satuan)
    p = ke_rupiah(pagu, "pagu", satuan)
    if p == 0:
        raise NotComputableError(
            field="pagu", value=pagu, expected="must not be 0", rule=_RULE_PENYERAPAN
        )
    _dalam_pagu(r, p, realisasi)
    return Fraction(r * 100, p)


@overload
def penyerapan(
    *, realisasi: Number, pagu: Number, tempat: int = 2, satuan: SatuanRupiah = ...
) -> Decimal: ...
@overload
def penyerapan(
    *, realisasi: Number, pagu: Number, tempat: None, satuan: SatuanRupiah = ...
) -> Fraction: ...
def penyerapan(
    *,
    realisasi: Number,
    pagu: Number,
    tempat: int | None = 2,
    satuan: SatuanRupiah = SatuanRupiah.RUPIAH,
) -> Decimal | Fraction:
    """Penyerapan anggaran (budget absorption, %): ``realisasi / pagu x 100``.

    Args:
        realisasi: Rupiah spent, a whole number, 0 to ``pagu``.
        pagu: Rupiah allocated, a whole number, more than 0.
        tempat: decimal places; ``None`` returns the exact ``Fraction``.
        satuan: the unit both amounts are printed in (default Rupiah); each
            must come to whole Rupiah.

    Returns:
        ``Decimal`` with exactly ``tempat`` places, or the exact ``Fraction``.

    Raises:
        InvalidValueError: a negative or fractional amount; realisasi above pagu.
        NotComputableError: pagu 0 (a report that prints 0,00% there prints a
            figure that does not exist).

    Sumber:
        Budget years 2018-2020: PMK 214/PMK.02/2017, Lampiran, penyerapan
        anggaran P = A / PA x 100%, A the accumulated realisasi and PA the
        accumulated pagu (read in a published copy of the lampiran, with its
        example: 734,881,464,333 of 855,830,897,000 is 85.87%). From 2021:
        PMK 22/PMK.02/2021, which replaced it, measures penyerapan anggaran in
        the aspek implementasi by comparing realisasi with the budget allocated
        (as quoted in the JDIH Kemenkeu summary; its formula not read, and no
        difference from P = A / PA is known, so one formula serves both).
        Permendagri 86/2017 form E.81 prints a tingkat realisasi anggaran (as
        quoted in LKjIP Dumai 2023). The editions and their years are in
        :data:`ATURAN_PENYERAPAN`.

    Examples:
        >>> penyerapan(realisasi=13_628_836_667, pagu=13_904_271_740)
        Decimal('98.02')
        >>> penyerapan(realisasi=1_529_080_716, pagu=1_539_632_000)
        Decimal('99.31')
        >>> penyerapan(realisasi="690000.05", pagu="704925.1", satuan=SatuanRupiah.MILIAR)
        Decimal('97.88')
        >>> penyerapan(realisasi=734_881_464_333, pagu=855_830_897_000)  # PMK 214/PMK.02/2017
        Decimal('85.87')
        >>> penyerapan(realisasi=5, pagu=0)
        Traceback (most recent call last):
        ...
        sakip.errors.NotComputableError: pagu must not be 0 (got 0); penyerapan = realisasi / \
pagu x 100, PMK 214/PMK.02/2017 Lampiran, P = A / PA x 100% (budget years 2018-2020); PMK \
22/PMK.02/2021 aspek implementasi (2021 on, as quoted in its JDIH summary)
    """
    return hasil(_penyerapan_pecahan(realisasi, pagu, satuan), tempat)


def sisa_anggaran(
    *, pagu: Number, realisasi: Number, satuan: SatuanRupiah = SatuanRupiah.RUPIAH
) -> int:
    """Sisa anggaran (unspent budget, Rupiah): ``pagu - realisasi``, exact.

    Args:
        pagu: Rupiah allocated.
        realisasi: Rupiah spent, 0 to ``pagu``.
        satuan: the unit both amounts are printed in; the result is always
            in whole Rupiah.

    Raises:
        InvalidValueError: a negative or fractional amount; realisasi above pagu.

    Sumber:
        Definition (pagu less realisasi); LKjIP Dinas Sosial dan PMD Kota
        Dumai 2023, Tabel VI.

    Examples:
        >>> sisa_anggaran(pagu=3_523_998_700, realisasi=3_470_356_630)
        53642070
        >>> sisa_anggaran(pagu="704925.1", realisasi="690000.05", satuan=SatuanRupiah.MILIAR)
        14925050000000
    """
    p = ke_rupiah(pagu, "pagu", satuan)
    r = ke_rupiah(realisasi, "realisasi", satuan)
    _dalam_pagu(r, p, realisasi)
    return p - r


def jumlah_belanja(*, operasi: Number, modal: Number) -> int:
    """Jumlah belanja (total spending, Rupiah): belanja operasi + belanja modal.

    Sumber:
        Permendagri 77/2020 (klasifikasi belanja daerah: operasi, modal,
        tidak terduga, transfer; unverified here); LKjIP Dumai 2023, section
        3.5.

    Examples:
        >>> jumlah_belanja(operasi=13_849_393_240, modal=54_878_500)
        13904271740
    """
    return ke_rupiah(operasi, "operasi") + ke_rupiah(modal, "modal")


class MetodeEfisiensi(enum.Enum):
    """The named methods for efisiensi (efficiency of resource use).

    Each method's rule, dated, is in :data:`ATURAN_EFISIENSI`.

    Examples:
        >>> MetodeEfisiensi("selisih capaian")
        <MetodeEfisiensi.SELISIH_CAPAIAN: 'selisih capaian'>
        >>> str(MetodeEfisiensi.KEMENKEU.aturan(2019))
        'PMK 214/PMK.02/2017, Lampiran (efisiensi) (unverified)'
    """

    #: capaian kinerja (%) - penyerapan anggaran (%), "efisien" when positive.
    #: Local practice, seen in LKjIP Dinas Sosial dan PMD Kota Dumai 2023,
    #: section 3.7 and Tabel VI; no regulation fixes it.
    SELISIH_CAPAIAN = "selisih capaian"
    #: E = sum(pagu x capaian keluaran - realisasi) / sum(pagu x capaian
    #: keluaran) x 100%, with its score 50 + 50 x E / 20, E limited to
    #: [-20, 20] only when ``batas_e`` says so (the default, 20). The
    #: evaluasi kinerja anggaran of Kemenkeu: PMK 214/PMK.02/2017, then PMK
    #: 22/PMK.02/2021, then PMK 62/2023 Pasal 245-246 (see :data:`ATURAN_EFISIENSI`).
    KEMENKEU = "kemenkeu"
    #: sisa anggaran / pagu x 100, counted "Efisien" only when the target is
    #: met (capaian kinerja >= 100) and something was left. Local practice.
    SISA_ANGGARAN = "sisa anggaran"

    def aturan(self, tahun: int | None = None) -> Aturan:
        """The rule of this method in force for a report of ``tahun`` (now when ``None``).

        Raises:
            NotComputableError: no edition sakip knows governs that year.

        Examples:
            >>> MetodeEfisiensi.KEMENKEU.aturan(2022).regulasi
            'PMK 22/PMK.02/2021'
        """
        return aturan_berlaku(ATURAN_EFISIENSI[self], tahun, nama=f"MetodeEfisiensi.{self.name}")


#: The rules behind each efficiency method, oldest edition first.
ATURAN_EFISIENSI: Final[Mapping[MetodeEfisiensi, tuple[Aturan, ...]]] = types.MappingProxyType(
    {
        MetodeEfisiensi.SELISIH_CAPAIAN: (
            Aturan(
                regulasi="LKjIP Dinas Sosial dan PMD Kota Dumai 2023",
                letak="bagian 3.7, Tabel VI",
                status=StatusSumber.PRAKTIK_LOKAL,
                berlaku_dari=2014,
                dikutip_dari="LKjIP Dinas Sosial dan PMD Kota Dumai 2023, bagian 3.7",
                catatan="No regulation fixes it; applied to any SAKIP year (Perpres 29/2014 on).",
            ),
        ),
        MetodeEfisiensi.KEMENKEU: (
            # PMK 214/PMK.02/2017 (Pengukuran dan Evaluasi Kinerja Anggaran atas
            # Pelaksanaan RKA-K/L), replacing PMK 249/PMK.02/2011; its title and
            # recitals read at JDIH Kemenkeu. The formula of E was read in a
            # published copy of the lampiran (123dok.com); the limit of E and the
            # score were not in the part read.
            Aturan(
                regulasi="PMK 214/PMK.02/2017",
                letak="Lampiran (efisiensi)",
                status=StatusSumber.BELUM_DIVERIFIKASI,
                berlaku_dari=2018,
                berlaku_sampai=2020,
                catatan=(
                    "E = sum(PAK x CK - RAK) / sum(PAK x CK) x 100 read in a published copy of "
                    "the lampiran; the limit of E to [-20, 20] and the score, stated by the "
                    "source check of sakip issue 12, not read."
                ),
            ),
            # PMK 22/PMK.02/2021, replacing PMK 214/PMK.02/2017 (read in its
            # recitals and in the JDIH Kemenkeu summary).
            Aturan(
                regulasi="PMK 22/PMK.02/2021",
                letak="Lampiran huruf A.1 (aspek implementasi: efisiensi)",
                status=StatusSumber.DIKUTIP,
                berlaku_dari=2021,
                berlaku_sampai=2023,
                dikutip_dari="the JDIH Kemenkeu summary of PMK 22/PMK.02/2021",
                catatan=(
                    "The summary says only that efficiency compares what should have been spent "
                    "with realisasi; the formula and the limit of E are unverified."
                ),
            ),
            # PMK 62/2023 (Perencanaan Anggaran, Pelaksanaan Anggaran, serta
            # Akuntansi dan Pelaporan Keuangan): Pasal 245 (evaluasi kinerja
            # anggaran of planning and of execution) and Pasal 246 ayat (4) and
            # (7) (efektivitas and efisiensi penggunaan anggaran) read in a
            # published copy; the formula of E is not in the articles read.
            Aturan(
                regulasi="PMK 62/2023",
                letak="Pasal 245, Pasal 246 ayat (4) huruf b dan ayat (7) (efisiensi)",
                status=StatusSumber.DIBACA,
                berlaku_dari=2024,
                catatan=(
                    "The articles read name the efficiency of budget use, not the formula of E "
                    "or its limit; sakip computes the same E as before."
                ),
            ),
        ),
        MetodeEfisiensi.SISA_ANGGARAN: (
            Aturan(
                regulasi="published LAKIP (efisiensi = sisa anggaran / pagu x 100)",
                letak="",
                status=StatusSumber.PRAKTIK_LOKAL,
                berlaku_dari=2014,
                dikutip_dari="published LAKIP found by the source check of sakip issue 12",
                catatan="No regulation fixes it; efficient only when the target is met.",
            ),
        ),
    }
)

#: The rules behind :func:`penyerapan`, oldest edition first; the years are
#: budget years evaluated (evaluasi kinerja anggaran). Both editions give the
#: same formula as far as read, so :func:`penyerapan` has one method.
ATURAN_PENYERAPAN: Final[tuple[Aturan, ...]] = (
    # PMK 214/PMK.02/2017, Lampiran, butir b "Penyerapan Anggaran": P = A / PA x
    # 100%, A the accumulated realisasi, PA the accumulated pagu, with an example
    # for budget year 2016 (Rp734,881,464,333 of Rp855,830,897,000 = 85,87%); read
    # in the copy of the regulation published at 123dok.com. Its recitals name
    # PMK 249/PMK.02/2011 as the rule it replaces.
    Aturan(
        regulasi="PMK 214/PMK.02/2017",
        letak="Lampiran, butir b Penyerapan Anggaran (P = A / PA x 100%)",
        status=StatusSumber.DIBACA,
        berlaku_dari=2018,
        berlaku_sampai=2020,
        dikutip_dari="copy of the regulation at 123dok.com",
        catatan=(
            "Its example: pagu 855,830,897,000, realisasi 734,881,464,333, P = 85.87%. "
            "Which edition evaluated budget year 2020 (evaluated in 2021) depends on "
            "transitional provisions not read."
        ),
    ),
    # PMK 22/PMK.02/2021, replacing PMK 214/PMK.02/2017 (its recitals, read in
    # copies at scribd and edocs.msmconsulting.co.id); the JDIH Kemenkeu summary
    # says the aspek implementasi measures penyerapan anggaran by comparing
    # realisasi with the budget allocated.
    Aturan(
        regulasi="PMK 22/PMK.02/2021",
        letak="Lampiran huruf A.1 (aspek implementasi: penyerapan anggaran)",
        status=StatusSumber.DIKUTIP,
        berlaku_dari=2021,
        dikutip_dari="the JDIH Kemenkeu summary of PMK 22/PMK.02/2021",
        catatan=(
            "The formula itself was not read; no difference from P = A / PA is known, so "
            "sakip applies the same one. Whether PMK 62/2023 (cited for efisiensi from "
            "2024) also replaces it for penyerapan was not checked."
        ),
    ),
)

_BATAS_E_BAWAAN: Final = 20


@attrs.frozen(kw_only=True)
class Efisiensi:
    """The result of :func:`efisiensi`.

    Attributes:
        metode: the method used.
        nilai: the efficiency in percent (percentage points for
            ``SELISIH_CAPAIAN``), rounded. Called ``persen`` before 0.3.0;
            ``persen`` is kept, deprecated, until 0.4.0.
        eksak: the same, exact.
        rupiah: the Rupiah amount: unspent budget (``SELISIH_CAPAIAN``,
            ``SISA_ANGGARAN``), or ``sum(pagu x capaian) - sum(realisasi)``
            rounded to the Rupiah (``KEMENKEU``).
        kategori: "Efisien" or "Tidak Efisien".
        skor: the score for ``KEMENKEU`` (rounded), else ``None``. Called
            ``nilai`` before 0.2.0; since 0.3.0 ``nilai`` is the rounded
            efficiency, as in every other result record.
        capaian_dipakai: the capaian used, after any cap (``SELISIH_CAPAIAN``,
            ``SISA_ANGGARAN``).
        e_dipakai: for ``KEMENKEU``, the E that went into ``skor``: E itself,
            or the limit when ``batas_e`` cut it. Compare with ``eksak`` to see
            whether the limit acted.
        aturan: the rule cited, the edition in force for the year asked.

    Examples:
        >>> e = efisiensi(capaian=179, pagu=93_568_000, realisasi=92_944_034, maksimum_capaian=100)
        >>> e.capaian_dipakai, e.nilai, e.rupiah
        (Fraction(100, 1), Decimal('0.67'), 623966)
    """

    metode: MetodeEfisiensi
    nilai: Decimal
    eksak: Fraction
    rupiah: int
    kategori: str
    skor: Decimal | None = None
    capaian_dipakai: Fraction | None = None
    e_dipakai: Fraction | None = None
    aturan: Aturan | None = None

    @property
    def persen(self) -> Decimal:
        """Deprecated name of :attr:`nilai` (one name for a rounded result); removed in 0.4.0.

        Examples:
            >>> import warnings
            >>> e = efisiensi(capaian=100, pagu=1_000_000, realisasi=900_000)
            >>> with warnings.catch_warnings():
            ...     warnings.simplefilter("ignore")
            ...     e.persen == e.nilai
            True
        """
        usang("Efisiensi.persen", "Efisiensi.nilai", sejak="0.3.0", hingga="0.4.0")
        return self.nilai


def _satu(cs: list[Number], capaian: object, metode: MetodeEfisiensi) -> Number:
    if len(cs) != 1:
        raise InvalidValueError(
            field="capaian", value=capaian, expected=f"must be one value for {metode}"
        )
    return cs[0]


def efisiensi(
    *,
    capaian: Number | Sequence[Number],
    pagu: Number | Sequence[Number],
    realisasi: Number | Sequence[Number],
    metode: MetodeEfisiensi = MetodeEfisiensi.SELISIH_CAPAIAN,
    maksimum_capaian: Number | None = None,
    tempat: int = 2,
    batas_e: Number | None = _BATAS_E_BAWAAN,
    satuan: SatuanRupiah = SatuanRupiah.RUPIAH,
    tahun: int | None = None,
) -> Efisiensi:
    """Efisiensi (efficiency of resource use), by a named method.

    ``MetodeEfisiensi.SELISIH_CAPAIAN`` (default; the method of the reports):
    ``capaian (%) - penyerapan (%)``, in percentage points; "Efisien" when
    positive. ``maksimum_capaian`` caps capaian first (off unless given: the
    Dumai 2023 report caps 179% to 100% for one indicator and not for others).

    ``MetodeEfisiensi.KEMENKEU``: ``E = (sum(pagu x capaian) - sum(realisasi))
    / sum(pagu x capaian) x 100``, over one or more outputs (pass lists), and
    the score ``skor = 50 + 50 x E / 20``. Two readings are in use, and the
    choice is the caller's, never silent: with ``batas_e=20`` (default) E is
    limited to [-20, 20] before the score, so ``skor`` stays within 0-100
    (a limit stated for PMK 214/PMK.02/2017 but unverified); with
    ``batas_e=None`` there is no limit, as a published LAKIP computed
    (E = 74,03 gives skor 235,08). ``eksak`` and ``nilai`` always keep the
    unlimited E; ``e_dipakai`` holds the E the score used.

    ``MetodeEfisiensi.SISA_ANGGARAN``: ``sisa anggaran / pagu x 100``;
    "Efisien" only when the target is met (capaian kinerja >= 100) and
    something was left unspent.

    Args:
        capaian: capaian kinerja or capaian keluaran, in percent.
        pagu: Rupiah allocated (whole numbers, or in ``satuan``).
        realisasi: Rupiah spent (whole numbers, or in ``satuan``).
        metode: the method.
        maksimum_capaian: optional cap on capaian (``SELISIH_CAPAIAN`` only).
        tempat: decimal places of ``nilai`` and ``skor``.
        batas_e: ``KEMENKEU`` only: the limit of E for the score (more than
            0), or ``None`` for no limit.
        satuan: the unit the amounts are printed in.
        tahun: the report year; the rule cited is the edition in force then
            (the newest when ``None``).

    Raises:
        InvalidValueError: lists of different lengths, several outputs with a
            one-output method, a cap with another method than
            ``SELISIH_CAPAIAN``, a ``batas_e`` of 0 or less, bad amounts.
        NotComputableError: pagu 0, ``sum(pagu x capaian)`` 0 for
            ``KEMENKEU``, or a ``tahun`` no known edition governs.

    Sumber:
        ``SELISIH_CAPAIAN``: local practice, seen in LKjIP Dinas Sosial dan PMD
        Kota Dumai 2023 (section 3.7, Tabel VI); no regulation fixes it.
        ``KEMENKEU``: PMK 214/PMK.02/2017, Lampiran (unverified); PMK
        22/PMK.02/2021 (efficiency compares what should have been spent with
        realisasi, as quoted in its JDIH summary); PMK 62/2023 Pasal 245 and
        Pasal 246 ayat (4) and (7) (read; they name the efficiency of budget use,
        not the formula). ``SISA_ANGGARAN``: local practice. The editions and
        their years are in :data:`ATURAN_EFISIENSI`.

    Examples:
        >>> e = efisiensi(capaian=100, pagu=3_523_998_700, realisasi=3_470_356_630)
        >>> e.nilai, e.rupiah, e.kategori
        (Decimal('1.52'), 53642070, 'Efisien')
        >>> efisiensi(capaian=179, pagu=93_568_000, realisasi=92_944_034).nilai
        Decimal('79.67')
        >>> efisiensi(capaian=179, pagu=93_568_000, realisasi=92_944_034,
        ...           maksimum_capaian=100).nilai
        Decimal('0.67')
        >>> k = efisiensi(capaian=[100, 90], pagu=[1_000_000, 500_000],
        ...               realisasi=[900_000, 450_000], metode=MetodeEfisiensi.KEMENKEU)
        >>> k.nilai, k.skor, k.kategori
        (Decimal('6.90'), Decimal('67.24'), 'Efisien')
        >>> tanpa = efisiensi(capaian=100, pagu=10_000, realisasi=2_597,
        ...                   metode=MetodeEfisiensi.KEMENKEU, batas_e=None, tempat=0)
        >>> tanpa.nilai, tanpa.skor
        (Decimal('74'), Decimal('235'))
        >>> s = efisiensi(capaian=105, pagu=1_000_000, realisasi=950_000,
        ...               metode=MetodeEfisiensi.SISA_ANGGARAN)
        >>> s.nilai, s.kategori
        (Decimal('5.00'), 'Efisien')
    """
    if not isinstance(metode, MetodeEfisiensi):
        raise InvalidTypeError(field="metode", value=metode, expected="must be a MetodeEfisiensi")
    _periksa_tempat(tempat)
    aturan = metode.aturan(tahun)
    cs = urutan_angka(capaian, "capaian", boleh_tunggal=True)
    ps = urutan_angka(pagu, "pagu", boleh_tunggal=True)
    rs = urutan_angka(realisasi, "realisasi", boleh_tunggal=True)
    if not len(cs) == len(ps) == len(rs):
        raise InvalidValueError(
            field="capaian/pagu/realisasi",
            value=(len(cs), len(ps), len(rs)),
            expected="must have the same length",
        )
    if metode is not MetodeEfisiensi.KEMENKEU and batas_e != _BATAS_E_BAWAAN:
        raise InvalidValueError(
            field="batas_e",
            value=batas_e,
            expected="applies to MetodeEfisiensi.KEMENKEU only",
        )
    if metode is not MetodeEfisiensi.SELISIH_CAPAIAN and maksimum_capaian is not None:
        raise InvalidValueError(
            field="maksimum_capaian",
            value=maksimum_capaian,
            expected=f"must be None for {metode} (cap capaian yourself)",
        )
    if metode is MetodeEfisiensi.SELISIH_CAPAIAN:
        c = ke_pecahan(_satu(cs, capaian, metode), "capaian")
        if maksimum_capaian is not None:
            c = min(c, periksa_maksimum(maksimum_capaian, "maksimum_capaian"))
        serap = _penyerapan_pecahan(rs[0], ps[0], satuan)
        e = c - serap
        return Efisiensi(
            metode=metode,
            nilai=bulatkan_pecahan(e, tempat),
            eksak=e,
            rupiah=sisa_anggaran(pagu=ps[0], realisasi=rs[0], satuan=satuan),
            kategori="Efisien" if e > 0 else "Tidak Efisien",
            capaian_dipakai=c,
            aturan=aturan,
        )
    if metode is MetodeEfisiensi.SISA_ANGGARAN:
        c = ke_pecahan(_satu(cs, capaian, metode), "capaian")
        e = _SERATUS - _penyerapan_pecahan(rs[0], ps[0], satuan)
        sisa = sisa_anggaran(pagu=ps[0], realisasi=rs[0], satuan=satuan)
        return Efisiensi(
            metode=metode,
            nilai=bulatkan_pecahan(e, tempat),
            eksak=e,
            rupiah=sisa,
            kategori="Efisien" if c >= _SERATUS and sisa > 0 else "Tidak Efisien",
            capaian_dipakai=c,
            aturan=aturan,
        )
    batas: Fraction | None = None
    if batas_e is not None:
        batas = ke_pecahan(batas_e, "batas_e")
        if batas <= 0:
            raise InvalidValueError(field="batas_e", value=batas_e, expected="must be > 0")
    rencana = Fraction(0)
    belanja = 0
    for i, (c_, p_, r_) in enumerate(zip(cs, ps, rs, strict=True)):
        c = ke_pecahan(c_, f"capaian[{i}]")
        if c < 0:
            raise InvalidValueError(field=f"capaian[{i}]", value=c_, expected="must be >= 0")
        rencana += ke_rupiah(p_, f"pagu[{i}]", satuan) * c / _SERATUS
        belanja += ke_rupiah(r_, f"realisasi[{i}]", satuan)
    if rencana == 0:
        raise NotComputableError(
            field="pagu x capaian",
            value=0,
            expected="must not sum to 0",
            rule=f"E = sum(pagu x capaian - realisasi) / sum(pagu x capaian), {aturan}",
        )
    e = (rencana - belanja) * _SERATUS / rencana
    e_dipakai = e if batas is None else max(-batas, min(batas, e))
    skor = 50 + 50 * e_dipakai / 20
    return Efisiensi(
        metode=metode,
        nilai=bulatkan_pecahan(e, tempat),
        eksak=e,
        rupiah=int(bulatkan_pecahan(rencana - belanja, 0)),
        kategori="Efisien" if e > 0 else "Tidak Efisien",
        skor=bulatkan_pecahan(skor, tempat),
        e_dipakai=e_dipakai,
        aturan=aturan,
    )
