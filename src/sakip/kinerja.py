"""Capaian kinerja (performance achievement): realisasi against target.

Two directions (:class:`Arah`): higher is better (``NAIK``) and lower is better
(``TURUN``). For lower-is-better indicators two formulas are in use; both are
supported by name (:class:`MetodeTurun`) and never mixed silently. A target is
a number, a :class:`Rentang` (a range or a one-sided bound, whose direction
must agree with ``arah``) or a :class:`Rasio` ("1:32", direction explicit).

=========================  ===============================  ==============================
arah / metode              formula                          source (as read)
=========================  ===============================  ==============================
NAIK                       realisasi / target x 100         PermenPANRB 8/2021, Lampiran
                                                            BAB VI A.1.b.1)(e) "kondisi
                                                            normal" (SKP of individual
                                                            civil servants; read)
TURUN, SELISIH (default)   (2 x target - realisasi)         PermenPANRB 8/2021, Lampiran
                           / target x 100                   BAB VI, "kondisi khusus"
                                                            (SKP; read): the closest
                                                            regulated formula, applied
                                                            to a Laporan Kinerja by
                                                            analogy
TURUN, RASIO               target / realisasi x 100         local practice, seen in
                                                            several e-SAKIP apps
=========================  ===============================  ==============================

PermenPANRB 8/2021 governs the performance of individual civil servants
(capaian IKI of an SKP), not institutional SAKIP; no regulation read fixes a
lower-is-better formula for a Laporan Kinerja. Its Lampiran BAB VI A.1.b.1)(d)
names the two conditions; (e) gives the normal formula; the "kondisi khusus"
formula read is item (g) on page 100 of the published copy, after the section
on the nilai of an SKP, with examples on the quantity and time aspects; the
outline above that item was not read, so sakip cites no sub-item for it.
"""

from __future__ import annotations

import enum
import types
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Final, overload

import attrs

from sakip._eksak import (
    _BAGI,
    _BATAS,
    _HASIL_DUA,
    _KALI,
    _SATUAN_DUA,
    _SERATUS,
    MAKS_HASIL_DUA,
    MAKS_TEMPAT,
    Number,
    _bagi_tunggal,
    _periksa_tempat,
    bagi_cepat,
    desimal_dua,
    hasil,
    ke_batas,
    ke_pecahan,
    periksa_maksimum,
    persen_rasio,
)
from sakip.aturan import Aturan, StatusSumber
from sakip.errors import InvalidTypeError, InvalidValueError, NotComputableError, Rule

__all__ = ["ATURAN_CAPAIAN", "Arah", "MetodeTurun", "Rasio", "Rentang", "capaian"]

#: The rules of the three capaian formulas, with the identifiers callers key on
#: (sakip.errors.Rule lists them).
_RULE_NAIK: Final = Rule(
    "capaian = realisasi / target x 100 (Arah.NAIK), PermenPANRB 8/2021 Lampiran BAB VI "
    "A.1.b.1)(e)",
    id="capaian.naik",
)
_RULE_SELISIH: Final = Rule(
    "capaian = (2 x target - realisasi) / target x 100 (Arah.TURUN, MetodeTurun.SELISIH), "
    "PermenPANRB 8/2021 Lampiran BAB VI kondisi khusus, applied by analogy",
    id="capaian.turun.selisih",
)
_RULE_RASIO: Final = Rule(
    "capaian = target / realisasi x 100 (Arah.TURUN, MetodeTurun.RASIO), local practice",
    id="capaian.turun.rasio",
)
_RULE_SATU_SISI: Final = (
    "a one-sided target: 'maksimal' / 'kurang dari' (Rentang(atas=...)) means lower is "
    "better, 'minimal' / 'lebih dari' (Rentang(bawah=...)) higher is better"
)


class Arah(enum.Enum):
    """Arah (polarity) of an indicator: which way is better.

    Examples:
        >>> Arah("turun")
        <Arah.TURUN: 'turun'>
    """

    #: Semakin tinggi realisasi semakin baik (higher is better).
    NAIK = "naik"
    #: Semakin rendah realisasi semakin baik (lower is better).
    TURUN = "turun"


class MetodeTurun(enum.Enum):
    """The two formulas in use for lower-is-better (``Arah.TURUN``) indicators.

    ``SELISIH`` is sakip's default: the closest regulated formula (the
    "kondisi khusus" of PermenPANRB 8/2021, written for the SKP of individual
    civil servants and applied to a Laporan Kinerja by analogy) and the one
    the 2023 Dumai report prints (see :func:`capaian`).

    Examples:
        >>> MetodeTurun.SELISIH.value
        'selisih'
    """

    #: (2 x target - realisasi) / target x 100. PermenPANRB 8/2021, Lampiran
    #: BAB VI, "kondisi khusus" (capaian IKI of an SKP; read in the published
    #: copy, item (g) on page 100): capaian = (1 + (1 - realisasi / target)) x
    #: 100%. Applied to institutional indicators by analogy. Linear; can fall
    #: below 0.
    SELISIH = "selisih"
    #: target / realisasi x 100. Local practice, seen in several e-SAKIP
    #: applications; not defined for realisasi 0.
    RASIO = "rasio"


#: The rule behind each capaian formula, as read (see the module table).
ATURAN_CAPAIAN: Final[Mapping[Arah | MetodeTurun, Aturan]] = types.MappingProxyType(
    {
        # PermenPANRB 8/2021 (Sistem Manajemen Kinerja PNS), Lampiran BAB VI
        # A.1.b.1)(e): capaian IKI "kondisi normal"; read in the published copy.
        Arah.NAIK: Aturan(
            regulasi="PermenPANRB 8/2021",
            letak="Lampiran BAB VI A.1.b.1)(e) (capaian IKI, kondisi normal)",
            status=StatusSumber.DIBACA,
            berlaku_dari=2021,
            catatan="Written for the SKP of individual civil servants; R / T is the definition.",
        ),
        # The same Lampiran, formula for "kondisi khusus" (item (g), page 100 of
        # the published copy); applied to a Laporan Kinerja by analogy.
        MetodeTurun.SELISIH: Aturan(
            regulasi="PermenPANRB 8/2021",
            letak="Lampiran BAB VI, capaian IKI kondisi khusus (applied by analogy)",
            status=StatusSumber.DIBACA,
            berlaku_dari=2021,
            catatan=(
                "The closest regulated formula; no regulation read fixes a lower-is-better "
                "formula for a Laporan Kinerja."
            ),
        ),
        MetodeTurun.RASIO: Aturan(
            regulasi="e-SAKIP applications",
            letak="",
            status=StatusSumber.PRAKTIK_LOKAL,
            berlaku_dari=2014,
            dikutip_dari="several e-SAKIP applications",
        ),
    }
)

_NAIK: Final = Arah.NAIK
_TURUN: Final = Arah.TURUN
_RASIO: Final = MetodeTurun.RASIO
_SELISIH: Final = MetodeTurun.SELISIH
#: Two places, the default: compared by identity on the hot path.
_DUA: Final = 2


#: The formula a zero target breaks, by direction and method (``None`` is the default).
_RUMUS_NOL: Final[Mapping[tuple[Arah, MetodeTurun | None], str]] = types.MappingProxyType(
    {
        (Arah.NAIK, None): _RULE_NAIK,
        (Arah.TURUN, None): _RULE_SELISIH,
        (Arah.TURUN, MetodeTurun.SELISIH): _RULE_SELISIH,
        (Arah.TURUN, MetodeTurun.RASIO): _RULE_RASIO,
    }
)


def _batas_rentang(nilai: Number | None) -> Fraction | None:
    # a named converter for attrs (its mypy plugin reads no lambdas)
    return ke_batas(nilai, "Rentang")


@attrs.frozen(kw_only=True)
class Rentang:
    """A target given as a range (``80 - 90``) or as a one-sided bound.

    Bounds are inclusive. A one-sided range (only ``bawah`` or only ``atas``)
    is a threshold: for :func:`capaian` it behaves as a plain target equal to
    the bound, and its side fixes the direction. ``Rentang(atas=49)``
    ("maksimal 49", "kurang dari 49") means lower is better and needs
    ``arah=Arah.TURUN``; ``Rentang(bawah=80)`` ("minimal 80") means higher is
    better and needs ``Arah.NAIK``. :func:`capaian` refuses the other
    combination rather than compute ``realisasi / target`` for a ceiling.

    Rule for :func:`capaian` (PermenPANRB 8/2021, Lampiran BAB VI A.1.b.1)(e),
    and the same note under the "kondisi khusus" formula, "target yang
    ditetapkan dalam bentuk range"; read): a realisasi above the range is
    measured against the upper bound, one below it against the lower bound. A
    realisasi inside a two-sided range meets the target exactly: capaian 100
    (sakip's reading; the regulation names only the two outside cases).

    Attributes:
        bawah: lower bound, or ``None``.
        atas: upper bound, or ``None``.

    Examples:
        >>> Rentang(bawah=80, atas=90)
        Rentang(bawah=Fraction(80, 1), atas=Fraction(90, 1))
        >>> Rentang(bawah=90, atas=80)
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidValueError: Rentang.atas must be >= bawah (got Fraction(80, 1))
    """

    bawah: Fraction | None = attrs.field(default=None, converter=_batas_rentang)
    atas: Fraction | None = attrs.field(default=None, converter=_batas_rentang)

    def __attrs_post_init__(self) -> None:
        if self.bawah is None and self.atas is None:
            raise InvalidValueError(
                field="Rentang", value=None, expected="needs bawah, atas or both"
            )
        if self.bawah is not None and self.atas is not None and self.atas < self.bawah:
            raise InvalidValueError(
                field="Rentang.atas", value=self.atas, expected="must be >= bawah"
            )
        for nama, batas in (("bawah", self.bawah), ("atas", self.atas)):
            if batas is not None and batas < 0:
                raise InvalidValueError(
                    field=f"Rentang.{nama}", value=batas, expected="must be >= 0"
                )

    def periksa_arah(self, arah: Arah) -> None:
        """Refuse ``arah`` when this is a one-sided target whose side contradicts it.

        A ceiling ("maksimal 49", only ``atas``) needs ``Arah.TURUN``; a floor
        ("minimal 80", only ``bawah``) needs ``Arah.NAIK``; a two-sided range
        takes either. :func:`capaian` and the column functions check this
        before computing.

        Raises:
            InvalidTypeError: ``arah`` is not an :class:`Arah`.
            InvalidValueError: the side contradicts ``arah``.

        Examples:
            >>> Rentang(bawah=80, atas=90).periksa_arah(Arah.TURUN)
            >>> Rentang(atas=49).periksa_arah(Arah.NAIK)
            Traceback (most recent call last):
            ...
            sakip.errors.InvalidValueError: arah must be Arah.TURUN for a target with only \
an upper bound (Rentang(atas=49): 'maksimal', 'kurang dari') (got <Arah.NAIK: 'naik'>); \
a one-sided target: 'maksimal' / 'kurang dari' (Rentang(atas=...)) means lower is better, \
'minimal' / 'lebih dari' (Rentang(bawah=...)) higher is better
        """
        if not isinstance(arah, Arah):  # "naik" would pass both tests below unchecked
            raise InvalidTypeError(field="arah", value=arah, expected="must be an Arah")
        if self.bawah is None and arah is Arah.NAIK:
            raise InvalidValueError(
                field="arah",
                value=arah,
                expected=(
                    f"must be Arah.TURUN for a target with only an upper bound "
                    f"(Rentang(atas={self.atas}): 'maksimal', 'kurang dari')"
                ),
                rule=_RULE_SATU_SISI,
            )
        if self.atas is None and arah is Arah.TURUN:
            raise InvalidValueError(
                field="arah",
                value=arah,
                expected=(
                    f"must be Arah.NAIK for a target with only a lower bound "
                    f"(Rentang(bawah={self.bawah}): 'minimal', 'lebih dari')"
                ),
                rule=_RULE_SATU_SISI,
            )


def _ke_bagian_rasio(nilai: Number, field: str) -> Fraction:
    x = ke_pecahan(nilai, field)
    if x < 0:
        raise InvalidValueError(field=field, value=nilai, expected="must be >= 0")
    return x


def _ke_kiri(nilai: Number) -> Fraction:
    return _ke_bagian_rasio(nilai, "Rasio.kiri")


def _ke_kanan(nilai: Number) -> Fraction:
    return _ke_bagian_rasio(nilai, "Rasio.kanan")


@attrs.frozen(kw_only=True)
class Rasio:
    """A value printed as a ratio, ``"1:32"`` or ``"1:17,9"``, with its direction.

    Pupils per teacher, residents per hospital bed: the report prints ``1:32``
    and means 32 of the second per 1 of the first. The value :func:`capaian`
    uses is ``kanan / kiri``. Whether fewer or more is better is not in the
    text, so ``arah`` must be given; :func:`capaian` refuses an ``arah`` that
    differs from it.

    Attributes:
        kiri: the first term (more than 0).
        kanan: the second term (0 or more).
        arah: which way is better, for the second term per one of the first.

    Examples:
        >>> r = Rasio.dari_teks("1:17,9", arah=Arah.TURUN)
        >>> r.nilai
        Fraction(179, 10)
        >>> capaian(realisasi=Rasio(kiri=1, kanan=30, arah=Arah.TURUN),
        ...         target=Rasio(kiri=1, kanan=32, arah=Arah.TURUN), arah=Arah.TURUN)
        Decimal('106.25')
        >>> Rasio(kiri=0, kanan=32, arah=Arah.TURUN)
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidValueError: Rasio.kiri must be > 0 (got Fraction(0, 1))
    """

    kiri: Fraction = attrs.field(converter=_ke_kiri)
    kanan: Fraction = attrs.field(converter=_ke_kanan)
    arah: Arah = attrs.field()

    @arah.validator
    def _cek_arah(self, _: object, nilai: object) -> None:
        if not isinstance(nilai, Arah):
            raise InvalidTypeError(field="Rasio.arah", value=nilai, expected="must be an Arah")

    def __attrs_post_init__(self) -> None:
        if self.kiri == 0:
            raise InvalidValueError(field="Rasio.kiri", value=self.kiri, expected="must be > 0")

    @classmethod
    def dari_teks(cls, teks: str, *, arah: Arah) -> Rasio:
        """Read ``"1:32"`` or ``"1 : 17,9"`` (Indonesian numbers) with its direction.

        Examples:
            >>> Rasio.dari_teks("1:32", arah=Arah.TURUN).nilai
            Fraction(32, 1)
        """
        from sakip.angka import baca_rasio

        kiri, kanan = baca_rasio(teks)
        return cls(kiri=kiri, kanan=kanan, arah=arah)

    @property
    def nilai(self) -> Fraction:
        """``kanan / kiri``: the second term per one of the first."""
        return self.kanan / self.kiri

    def __str__(self) -> str:
        """The ratio with a decimal comma and no grouping, as :meth:`dari_teks` reads it."""
        from sakip._eksak import bulatkan_pecahan, tempat_tepat

        def tulis(x: Fraction) -> str:
            return f"{bulatkan_pecahan(x, tempat_tepat(x)):f}".replace(".", ",")

        return f"{tulis(self.kiri)}:{tulis(self.kanan)}"


def _dari_rasio(nilai: Rasio, field: str, arah: Arah) -> Fraction:
    if nilai.arah is not arah:
        raise InvalidValueError(
            field="arah",
            value=arah,
            expected=f"must equal {field}.arah ({nilai.arah}) for a ratio {field} '{nilai}'",
            rule="a ratio target states its own direction",
        )
    return nilai.nilai


def _target_efektif(target: Rentang, r: Fraction) -> Fraction | None:
    """The bound the formula uses, or None when realisasi lies inside the range."""
    bawah, atas = target.bawah, target.atas
    if bawah is None:
        assert atas is not None
        return atas
    if atas is None:
        return bawah
    if r < bawah:
        return bawah
    if r > atas:
        return atas
    return None


def _capaian_pecahan(
    *,
    realisasi: Number | Rasio,
    target: Number | Rentang | Rasio,
    arah: Arah = Arah.NAIK,
    metode: MetodeTurun | None = None,
    maksimum: Number | None = None,
) -> Fraction:
    """The exact, unrounded value of :func:`capaian` (same rules)."""
    if not isinstance(arah, Arah):
        raise InvalidTypeError(field="arah", value=arah, expected="must be an Arah")
    if metode is not None and not isinstance(metode, MetodeTurun):
        raise InvalidTypeError(
            field="metode", value=metode, expected="must be a MetodeTurun or None"
        )
    if arah is Arah.NAIK and metode is not None:
        raise InvalidValueError(
            field="metode",
            value=metode,
            expected="must be None for Arah.NAIK (MetodeTurun applies to Arah.TURUN only)",
        )
    if isinstance(realisasi, Rasio):
        if not isinstance(target, Rasio):
            raise InvalidTypeError(
                field="realisasi",
                value=realisasi,
                expected="may be a Rasio only when the target is a Rasio",
            )
        r = _dari_rasio(realisasi, "realisasi", arah)
    else:
        r = ke_pecahan(realisasi, "realisasi")
    if isinstance(target, Rentang):
        target.periksa_arah(arah)
        t = _target_efektif(target, r)
        if t is None:
            return _batasi(_SERATUS, maksimum)
    elif isinstance(target, Rasio):
        t = _dari_rasio(target, "target", arah)
    else:
        t = ke_pecahan(target, "target")
    if t < 0:
        raise InvalidValueError(field="target", value=target, expected="must be >= 0")
    if t == 0:
        if r == 0 and arah is Arah.TURUN:
            # A lower-is-better target of 0 (zero incidents) met with 0 is achieved.
            return _batasi(_SERATUS, maksimum)
        raise NotComputableError(
            field="target",
            value=target,
            expected=(
                f"must not be 0 for {arah} (nothing was planned)"
                if arah is Arah.NAIK
                else f"must not be 0 when realisasi is not 0 for {arah}"
            ),
            rule=_RUMUS_NOL[arah, metode],
        )
    if arah is Arah.NAIK:
        nilai = r * _SERATUS / t
    elif metode is None or metode is MetodeTurun.SELISIH:
        nilai = (2 * t - r) * _SERATUS / t
    else:
        if r < 0:
            raise InvalidValueError(
                field="realisasi", value=realisasi, expected="must be >= 0", rule=_RULE_RASIO
            )
        if r == 0:
            raise NotComputableError(
                field="realisasi",
                value=realisasi,
                expected="must not be 0 for MetodeTurun.RASIO",
                rule=_RULE_RASIO,
            )
        nilai = t * _SERATUS / r
    return _batasi(nilai, maksimum)


def _batasi(nilai: Fraction, maksimum: Number | None) -> Fraction:
    if maksimum is None:
        return nilai
    return min(nilai, periksa_maksimum(maksimum))


@overload
def capaian(
    *,
    realisasi: Number | Rasio,
    target: Number | Rentang | Rasio,
    arah: Arah = ...,
    metode: MetodeTurun | None = ...,
    maksimum: Number | None = ...,
    tempat: int = ...,
) -> Decimal: ...
@overload
def capaian(
    *,
    realisasi: Number | Rasio,
    target: Number | Rentang | Rasio,
    arah: Arah = ...,
    metode: MetodeTurun | None = ...,
    maksimum: Number | None = ...,
    tempat: None,
) -> Fraction: ...
def capaian(
    *,
    realisasi: Number | Rasio,
    target: Number | Rentang | Rasio,
    arah: Arah = Arah.NAIK,
    metode: MetodeTurun | None = None,
    maksimum: Number | None = None,
    tempat: int | None = 2,
) -> Decimal | Fraction:
    """Capaian kinerja (performance achievement, %): realisasi against target.

    Formulas:

    * ``Arah.NAIK``: ``realisasi / target x 100``.
    * ``Arah.TURUN`` with ``MetodeTurun.SELISIH`` (default):
      ``(2 x target - realisasi) / target x 100``. The Dumai 2023 report prints
      this formula as "target - (realisasi - target) / target x 100%", which
      mixes a percentage with a ratio; read in ratios it is ``1 - (realisasi -
      target) / target``, that is ``(2 x target - realisasi) / target``, which
      sakip computes.
    * ``Arah.TURUN`` with ``MetodeTurun.RASIO``: ``target / realisasi x 100``.

    Results below 0 or above 100 are returned as computed; a cap is applied
    only when ``maksimum`` is given (100 or 120, as some ministries use).

    Zero rules:

    * ``Arah.TURUN`` with ``realisasi == target == 0``: capaian 100 (a
      zero-incident target met; published LKjIP print such indicators as
      achieved, and ``(2 x 0 - 0) / 0`` has no value of its own).
    * ``Arah.NAIK`` with target 0: ``NotComputableError``, whatever the
      realisasi (a higher-is-better target of 0 plans nothing; reports that
      print "0,00%" or "100%" there print a figure that does not exist).
    * ``Arah.TURUN`` with target 0 and realisasi above 0: ``NotComputableError``.
    * ``MetodeTurun.RASIO`` with realisasi 0 and a target above 0:
      ``NotComputableError`` (both 0 is the zero-incident case above).
    * a negative target: ``InvalidValueError``. A negative realisasi is allowed
      (growth rates), except for ``MetodeTurun.RASIO``.

    Args:
        realisasi: the realised value (a :class:`Rasio` when the target is one).
        target: the target, a number, a :class:`Rentang` or a :class:`Rasio`.
        arah: which way is better.
        metode: for ``Arah.TURUN`` only; ``None`` means ``MetodeTurun.SELISIH``.
        maksimum: optional cap, at least 100; never applied unless given.
        tempat: decimal places; ``None`` returns the exact ``Fraction``.

    Returns:
        ``Decimal`` with exactly ``tempat`` places, or the exact ``Fraction``.

    Raises:
        InvalidTypeError: a non-number, ``bool`` or ``None`` amount; a wrong
            ``arah`` or ``metode`` type.
        InvalidValueError: negative target, ``metode`` given with
            ``Arah.NAIK``, a cap below 100, a malformed number, a one-sided
            :class:`Rentang` or a :class:`Rasio` whose direction differs from
            ``arah``.
        NotComputableError: target 0 (except the zero-incident case of
            ``Arah.TURUN``), realisasi 0 with ``MetodeTurun.RASIO`` and a
            target above 0.

    Sumber:
        PermenPANRB 8/2021 (SKP of individual civil servants), Lampiran BAB VI
        A.1.b.1)(e) "kondisi normal", with the rule for targets "dalam bentuk
        range" (read); its "kondisi khusus" formula (read, page 100 of the
        published copy), applied to a Laporan Kinerja by analogy. PermenPANRB
        53/2014 asks a Laporan Kinerja to compare realisasi with target
        (unverified here). LKjIP Dinas Sosial dan PMD Kota Dumai 2023, BAB III
        (the two "Rumus"). One-sided and ratio targets: sakip's reading.

    Examples:
        >>> capaian(realisasi=75, target=42)
        Decimal('178.57')
        >>> capaian(realisasi=75, target=42, tempat=0)
        Decimal('179')
        >>> capaian(realisasi=13_999, target=20_000)
        Decimal('70.00')
        >>> capaian(realisasi=6.5, target=7, arah=Arah.TURUN, tempat=0)
        Decimal('107')
        >>> capaian(realisasi=6.5, target=7, arah=Arah.TURUN, metode=MetodeTurun.RASIO)
        Decimal('107.69')
        >>> capaian(realisasi=92, target=Rentang(bawah=80, atas=90), tempat=1)
        Decimal('102.2')
        >>> capaian(realisasi=75, target=42, maksimum=120)
        Decimal('120.00')
        >>> capaian(realisasi=5, target=0)
        Traceback (most recent call last):
        ...
        sakip.errors.NotComputableError: target must not be 0 for Arah.NAIK (nothing was \
planned) (got 0); capaian = realisasi / target x 100 (Arah.NAIK), PermenPANRB 8/2021 \
Lampiran BAB VI A.1.b.1)(e)
        >>> capaian(realisasi=40, target=Rentang(atas=49), arah=Arah.TURUN)
        Decimal('118.37')
    """
    # The fast paths. `tempat is _DUA` holds for the int 2 (CPython keeps one
    # object for each small int); any other spelling of two places takes the
    # slower general test below, with the same results.
    if tempat is _DUA and maksimum is None:
        if (
            type(realisasi) is int
            and type(target) is int
            and metode is None
            and arah is _NAIK
            and 0 < target < _BATAS
            and 0 <= realisasi < _BATAS
        ):
            # Fastest path: the common call, two ints, higher is better, two
            # places. persen_rasio(realisasi, target, 2) written out: the call
            # would cost a fifth of this path (property tests hold both copies
            # below to the same oracle); negative results and other places
            # call persen_rasio.
            n = (20000 * realisasi + target) // (2 * target)
            if n <= MAKS_HASIL_DUA:
                d = _HASIL_DUA[n]
                if d is not None:
                    return d
                return desimal_dua(n)
            return _KALI(n, _SATUAN_DUA)
        tipe = type(target)
        baca = _BAGI(tipe, _bagi_tunggal) if tipe is type(realisasi) else _bagi_tunggal
        bagi = baca(realisasi, target)
    elif maksimum is None and type(tempat) is int and 0 <= tempat <= MAKS_TEMPAT:
        # Fast path: no cap, realisasi / target read straight into integers
        # (in one call when both have one type), the formulas of
        # _capaian_pecahan in integer arithmetic. None for anything that needs
        # a rule or an error (a type to refuse, a range, a zero, a negative
        # target): the exact path below decides.
        bagi = bagi_cepat(realisasi, target)
    elif maksimum is None and tempat is None:
        bagi = _bagi_tunggal(realisasi, target)
    else:
        bagi = None
    if bagi is not None:
        # p / q = realisasi / target (target > 0); capaian = that x 100 for
        # Arah.NAIK, (2 - that) x 100 for SELISIH, its inverse for RASIO
        p, q = bagi
        if arah is _NAIK and metode is None:
            pass
        elif arah is _TURUN and (metode is None or metode is _SELISIH):
            p = 2 * q - p
        elif arah is _TURUN and metode is _RASIO and p > 0:
            p, q = q, p
        else:  # a rule to apply or an error to raise: the exact path
            q = 0
        if q:
            if tempat == 2 and p >= 0:  # persen_rasio(p, q, 2), written out as above
                n = (20000 * p + q) // (2 * q)
                if n <= MAKS_HASIL_DUA:
                    d = _HASIL_DUA[n]
                    if d is not None:
                        return d
                    return desimal_dua(n)
                return _KALI(n, _SATUAN_DUA)
            if tempat is None:
                return Fraction(100 * p, q)
            return persen_rasio(p, q, tempat)
    # The exact path: ranges, caps, every rule and error.
    if tempat is not None:
        _periksa_tempat(tempat)
    nilai = _capaian_pecahan(
        realisasi=realisasi, target=target, arah=arah, metode=metode, maksimum=maksimum
    )
    return hasil(nilai, tempat)
