"""Aturan (dated rules): which regulation fixes a scale or a method, since when, and how read.

Every built-in scale and method names its source as a :class:`Aturan`: the
regulation, the date it was set (where read), the years of report it governs,
where in it the rule sits, and how sakip knows it (:class:`StatusSumber`: read
in the regulation, quoted by a secondary source, unverified, or local
practice). A rule that changed keeps its earlier edition beside it, so that a
report of 2019 is checked against the rules of 2019 (:func:`aturan_berlaku`).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence

import attrs

from sakip._validasi import jenis, opsional
from sakip.errors import InvalidTypeError, InvalidValueError, NotComputableError

__all__ = ["Aturan", "StatusSumber", "aturan_berlaku"]


class StatusSumber(enum.Enum):
    """How sakip knows a rule.

    Examples:
        >>> StatusSumber("dikutip")
        <StatusSumber.DIKUTIP: 'dikutip'>
    """

    #: Read in the regulation itself (or a verbatim copy of it).
    DIBACA = "dibaca"
    #: Only read as quoted by a secondary source, named in ``dikutip_dari``.
    DIKUTIP = "dikutip"
    #: Not confirmed in any source sakip's authors read.
    BELUM_DIVERIFIKASI = "belum diverifikasi"
    #: No regulation fixes it; local practice, seen where ``dikutip_dari`` says.
    PRAKTIK_LOKAL = "praktik lokal"


def _tahun(nilai: object) -> int | None:
    if nilai is None:
        return None
    if type(nilai) is not int or not 1945 <= nilai <= 9999:
        raise InvalidValueError(
            field="tahun", value=nilai, expected="must be a year from 1945 to 9999 (an int)"
        )
    return nilai


def _tahun_wajib(nilai: object) -> int:
    t = _tahun(nilai)
    if t is None:
        raise InvalidValueError(
            field="tahun", value=nilai, expected="must be a year from 1945 to 9999 (an int)"
        )
    return t


@attrs.frozen(kw_only=True)
class Aturan:
    """One dated rule: a regulation and where in it, as sakip read it.

    Attributes:
        regulasi: the regulation ("PMK 22/PMK.02/2021").
        letak: where in it ("Lampiran huruf A.1.a.1)"), or ``""`` when not read.
        status: how sakip knows it.
        berlaku_dari: the first report year it governs.
        berlaku_sampai: the last report year it governs, or ``None`` (still in force).
        ditetapkan: the date it was set, where read; else ``None``.
        dikutip_dari: the secondary source or the report where it was seen.
        catatan: anything an auditor needs beside it.

    Examples:
        >>> a = Aturan(regulasi="Permendes PDTT 2/2016", letak="Lampiran",
        ...            status=StatusSumber.DIKUTIP, berlaku_dari=2016,
        ...            dikutip_dari="materi IDM Dispermades Kebumen")
        >>> str(a)
        'Permendes PDTT 2/2016, Lampiran (as quoted in materi IDM Dispermades Kebumen)'
        >>> a.berlaku(2015), a.berlaku(2019)
        (False, True)
    """

    regulasi: str = attrs.field(validator=jenis(str))
    letak: str = attrs.field(validator=jenis(str))
    status: StatusSumber = attrs.field(validator=jenis(StatusSumber))
    berlaku_dari: int = attrs.field(converter=_tahun_wajib)
    berlaku_sampai: int | None = attrs.field(default=None, converter=_tahun)
    ditetapkan: dt.date | None = attrs.field(default=None, validator=opsional(jenis(dt.date)))
    dikutip_dari: str = attrs.field(default="", validator=jenis(str))
    catatan: str = attrs.field(default="", validator=jenis(str))

    def __attrs_post_init__(self) -> None:
        if self.berlaku_sampai is not None and self.berlaku_sampai < self.berlaku_dari:
            raise InvalidValueError(
                field="Aturan.berlaku_sampai",
                value=self.berlaku_sampai,
                expected="must be >= berlaku_dari",
            )

    def berlaku(self, tahun: int) -> bool:
        """Whether this rule governs a report of ``tahun``.

        Examples:
            >>> Aturan(regulasi="r", letak="", status=StatusSumber.DIBACA,
            ...        berlaku_dari=2018, berlaku_sampai=2020).berlaku(2021)
            False
        """
        t = _tahun_wajib(tahun)
        return self.berlaku_dari <= t and (self.berlaku_sampai is None or t <= self.berlaku_sampai)

    def __str__(self) -> str:
        teks = f"{self.regulasi}, {self.letak}" if self.letak else self.regulasi
        if self.status is StatusSumber.DIKUTIP:
            return f"{teks} (as quoted in {self.dikutip_dari})"
        if self.status is StatusSumber.BELUM_DIVERIFIKASI:
            return f"{teks} (unverified)"
        if self.status is StatusSumber.PRAKTIK_LOKAL:
            return f"local practice, seen in {self.dikutip_dari}"
        return teks


def aturan_berlaku(riwayat: Sequence[Aturan], tahun: int | None, *, nama: str) -> Aturan:
    """The edition of a rule in force for a report of ``tahun`` (the newest when ``None``).

    Args:
        riwayat: the editions, oldest first.
        tahun: the report year, or ``None`` for the edition in force now.
        nama: what the rule is, for the error message.

    Raises:
        InvalidValueError: ``tahun`` is not a year.
        NotComputableError: no edition sakip knows governs that year.

    Sumber:
        sakip; the dating of rules follows the holidays library's practice.

    Examples:
        >>> lama = Aturan(regulasi="PMK 214/PMK.02/2017", letak="", berlaku_dari=2018,
        ...               berlaku_sampai=2020, status=StatusSumber.BELUM_DIVERIFIKASI)
        >>> baru = Aturan(regulasi="PMK 22/PMK.02/2021", letak="", berlaku_dari=2021,
        ...               status=StatusSumber.DIBACA)
        >>> aturan_berlaku([lama, baru], 2019, nama="efisiensi").regulasi
        'PMK 214/PMK.02/2017'
        >>> aturan_berlaku([lama, baru], None, nama="efisiensi").regulasi
        'PMK 22/PMK.02/2021'
        >>> aturan_berlaku([lama, baru], 2010, nama="efisiensi")
        Traceback (most recent call last):
        ...
        sakip.errors.NotComputableError: tahun must be a year governed by a known edition \
of efisiensi (from 2018) (got 2010)
    """
    daftar: object = riwayat  # callers may pass anything: check before iterating
    if (
        not isinstance(daftar, (list, tuple))
        or not daftar
        or not all(isinstance(a, Aturan) for a in daftar)
    ):
        raise InvalidTypeError(field="riwayat", value=riwayat, expected="must hold Aturan")
    if tahun is None:
        return riwayat[-1]
    t = _tahun_wajib(tahun)
    for a in reversed(riwayat):
        if a.berlaku(t):
            return a
    raise NotComputableError(
        field="tahun",
        value=tahun,
        expected=(
            f"must be a year governed by a known edition of {nama} "
            f"(from {riwayat[0].berlaku_dari})"
        ),
    )
