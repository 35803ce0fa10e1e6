"""Capaian kinerja (performance achievement): realisasi against target.

Two directions (:class:`Arah`): higher is better (``NAIK``) and lower is better
(``TURUN``). For lower-is-better indicators two formulas are in use; both are
supported by name (:class:`MetodeTurun`) and never mixed silently.

=========================  ===============================  ==========================
arah / metode              formula                          source
=========================  ===============================  ==========================
NAIK                       realisasi / target x 100         PermenPANRB 53/2014;
                                                            PermenPANRB 8/2021 Lamp.
                                                            BAB VI A.1.b.1)(e)
TURUN, SELISIH (default)   (2 x target - realisasi)         PermenPANRB 8/2021 Lamp.
                           / target x 100                   BAB VI A.1.b.1)(g),
                                                            "kondisi khusus"
TURUN, RASIO               target / realisasi x 100         local practice, seen in
                                                            several e-SAKIP apps
=========================  ===============================  ==========================
"""

from __future__ import annotations

import enum
from decimal import Decimal
from fractions import Fraction
from typing import Final, overload

import attrs

from sakip._eksak import (
    _BATAS,
    _BATAS_BAWAH,
    _SERATUS,
    MAKS_TEMPAT,
    Number,
    _periksa_tempat,
    hasil,
    ke_batas,
    ke_pecahan,
    periksa_maksimum,
    persen_rasio,
    rasio_cepat,
)
from sakip.errors import InvalidTypeError, InvalidValueError, NotComputableError

__all__ = ["Arah", "MetodeTurun", "Rentang", "capaian"]

_RULE_NAIK: Final = "capaian = realisasi / target x 100 (Arah.NAIK), PermenPANRB 53/2014"
_RULE_SELISIH: Final = (
    "capaian = (2 x target - realisasi) / target x 100 (Arah.TURUN, MetodeTurun.SELISIH), "
    "PermenPANRB 8/2021 kondisi khusus"
)
_RULE_RASIO: Final = (
    "capaian = target / realisasi x 100 (Arah.TURUN, MetodeTurun.RASIO), e-SAKIP practice"
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

    ``SELISIH`` is sakip's default: it is the regulation's formula and the one
    the 2023 Dumai report prints (see :func:`capaian`).

    Examples:
        >>> MetodeTurun.SELISIH.value
        'selisih'
    """

    #: (2 x target - realisasi) / target x 100. PermenPANRB 8/2021, Lampiran,
    #: BAB VI A.1.b.1)(g) ("kondisi khusus"): capaian = (1 + (1 - realisasi /
    #: target)) x 100%. Linear; can fall below 0.
    SELISIH = "selisih"
    #: target / realisasi x 100. Local practice, seen in several e-SAKIP
    #: applications; not defined for realisasi 0.
    RASIO = "rasio"


_NAIK: Final = Arah.NAIK
_TURUN: Final = Arah.TURUN
_RASIO: Final = MetodeTurun.RASIO
_SELISIH: Final = MetodeTurun.SELISIH


def _batas_rentang(nilai: Number | None) -> Fraction | None:
    # a named converter for attrs (its mypy plugin reads no lambdas)
    return ke_batas(nilai, "Rentang")


@attrs.frozen(kw_only=True)
class Rentang:
    """A target given as a range (``80 - 90``) or as a one-sided bound.

    Bounds are inclusive. A one-sided range (only ``bawah`` or only ``atas``)
    is a threshold: for :func:`capaian` it behaves as a plain target equal to
    the bound.

    Rule for :func:`capaian` (PermenPANRB 8/2021, Lampiran, BAB VI
    A.1.b.1)(e) and (g), "target yang ditetapkan dalam bentuk range"): a
    realisasi above the range is measured against the upper bound, one below
    it against the lower bound. A realisasi inside a two-sided range meets the
    target exactly: capaian 100 (sakip's reading; the regulation names only the
    two outside cases).

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
    realisasi: Number,
    target: Number | Rentang,
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
    r = ke_pecahan(realisasi, "realisasi")
    if isinstance(target, Rentang):
        t = _target_efektif(target, r)
        if t is None:
            return _batasi(_SERATUS, maksimum)
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
            rule=_RULE_NAIK if arah is Arah.NAIK else _RULE_SELISIH,
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


def _capaian_rasio(
    realisasi: object, target: object, arah: object, metode: object
) -> tuple[int, int] | None:
    """:func:`capaian` / 100 without a cap, as integers ``(pembilang, penyebut)``.

    The same formulas as :func:`_capaian_pecahan`, in integer arithmetic on the
    inputs as :func:`sakip._eksak.rasio_cepat` reads them (no Fraction is
    built). ``None`` for every case that needs a rule or an error (a type to
    refuse, a range, a zero, a negative target): the caller then takes the
    exact path, which decides.
    """
    r = rasio_cepat(realisasi)
    t = rasio_cepat(target)
    if r is None or t is None:
        return None
    rn, rd = r
    tn, td = t
    if tn <= 0:
        return None
    if arah is _NAIK:
        if metode is None:
            return rn * td, rd * tn
    elif arah is _TURUN:
        if metode is None or metode is _SELISIH:
            return 2 * tn * rd - rn * td, rd * tn
        if metode is _RASIO and rn > 0:
            return tn * rd, td * rn
    return None


@overload
def capaian(
    *,
    realisasi: Number,
    target: Number | Rentang,
    arah: Arah = ...,
    metode: MetodeTurun | None = ...,
    maksimum: Number | None = ...,
    tempat: int = ...,
) -> Decimal: ...
@overload
def capaian(
    *,
    realisasi: Number,
    target: Number | Rentang,
    arah: Arah = ...,
    metode: MetodeTurun | None = ...,
    maksimum: Number | None = ...,
    tempat: None,
) -> Fraction: ...
def capaian(
    *,
    realisasi: Number,
    target: Number | Rentang,
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
    * ``MetodeTurun.RASIO`` with realisasi 0: ``NotComputableError``.
    * a negative target: ``InvalidValueError``. A negative realisasi is allowed
      (growth rates), except for ``MetodeTurun.RASIO``.

    Args:
        realisasi: the realised value.
        target: the target, a number or a :class:`Rentang`.
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
            ``Arah.NAIK``, a cap below 100, a malformed number.
        NotComputableError: target 0 (except the zero-incident case of
            ``Arah.TURUN``), realisasi 0 with ``MetodeTurun.RASIO``.

    Sumber:
        PermenPANRB 53/2014 (capaian = realisasi / target); PermenPANRB 8/2021,
        Lampiran BAB VI A.1.b.1)(e) "kondisi normal" and (g) "kondisi khusus",
        with the rule for targets "dalam bentuk range"; LKjIP Dinas Sosial dan
        PMD Kota Dumai 2023, BAB III (the two "Rumus").

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
planned) (got 0); capaian = realisasi / target x 100 (Arah.NAIK), PermenPANRB 53/2014
    """
    if maksimum is None:
        if type(tempat) is int and 0 <= tempat <= MAKS_TEMPAT:
            # Fast path: the common call with two ints, higher is better.
            if (
                type(realisasi) is int
                and type(target) is int
                and arah is _NAIK
                and metode is None
                and 0 < target < _BATAS
                and _BATAS_BAWAH < realisasi < _BATAS
            ):
                return persen_rasio(realisasi, target, tempat)
            # Integer path: any number type, either direction.
            rasio = _capaian_rasio(realisasi, target, arah, metode)
            if rasio is not None:
                return persen_rasio(rasio[0], rasio[1], tempat)
        elif tempat is None:
            rasio = _capaian_rasio(realisasi, target, arah, metode)
            if rasio is not None:
                return Fraction(100 * rasio[0], rasio[1])
    # The exact path: ranges, caps, every rule and error.
    if tempat is not None:
        _periksa_tempat(tempat)
    nilai = _capaian_pecahan(
        realisasi=realisasi, target=target, arah=arah, metode=metode, maksimum=maksimum
    )
    return hasil(nilai, tempat)
