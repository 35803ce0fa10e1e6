"""The weights of the LKE under PermenPANRB 88/2021, as data with their source.

Four components, each split in the same three sub-components: pemenuhan
(whether the documents exist; the issue calls it *keberadaan*), kualitas
(their quality) and pemanfaatan (their use; *implementasi* in some sheets).
A sheet that names this table as its ``acuan`` may leave its component and
sub-component weights out; where it gives them, they must agree with it.
"""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction
from types import MappingProxyType
from typing import Final

import attrs

from sakip.errors import InvalidValueError
from sakip.lke.lembar import Cara

__all__ = ["ACUAN", "PERMENPANRB_88_2021", "Acuan", "BobotKomponen", "BobotSubKomponen", "acuan"]


@attrs.frozen(kw_only=True)
class BobotSubKomponen:
    """A sub-component's code, name, weight and how it combines its criteria.

    Examples:
        >>> PERMENPANRB_88_2021.komponen[2].subkomponen[1].bobot
        Fraction(9, 2)
    """

    kode: str
    nama: str
    bobot: Fraction
    cara: Cara


@attrs.frozen(kw_only=True)
class BobotKomponen:
    """A component's code, name, weight and sub-components.

    Examples:
        >>> PERMENPANRB_88_2021.komponen[0].nama
        'Perencanaan Kinerja'
    """

    kode: str
    nama: str
    bobot: Fraction
    subkomponen: tuple[BobotSubKomponen, ...]


@attrs.frozen(kw_only=True)
class Acuan:
    """A table of LKE weights and its source, with the status of each fact.

    Attributes:
        nama: the name a sheet uses (``"PERMENPANRB_88_2021"``).
        sumber: the regulation and where in it.
        status: how each fact was read: from the regulation, as quoted in a
            secondary source, or unverified.
        komponen: the components, in order.

    Examples:
        >>> sum(k.bobot for k in PERMENPANRB_88_2021.komponen)
        Fraction(100, 1)
    """

    nama: str
    sumber: str
    status: tuple[str, ...]
    komponen: tuple[BobotKomponen, ...]

    def subkomponen(self, kode: str) -> BobotSubKomponen | None:
        """The sub-component with this code, or ``None``.

        Examples:
            >>> PERMENPANRB_88_2021.subkomponen("4.c").bobot
            Fraction(25, 2)
        """
        for k in self.komponen:
            for s in k.subkomponen:
                if s.kode == kode:
                    return s
        return None

    def komponen_bernama(self, kode: str) -> BobotKomponen | None:
        """The component with this code, or ``None``.

        Examples:
            >>> PERMENPANRB_88_2021.komponen_bernama("3").bobot
            Fraction(15, 1)
        """
        for k in self.komponen:
            if k.kode == kode:
                return k
        return None


def _komponen(kode: str, nama: str, bobot: str, sub: tuple[str, str, str]) -> BobotKomponen:
    nama_sub = ("Pemenuhan", "Kualitas", "Pemanfaatan")
    return BobotKomponen(
        kode=kode,
        nama=nama,
        bobot=Fraction(bobot),
        subkomponen=tuple(
            BobotSubKomponen(
                kode=f"{kode}.{huruf}", nama=n, bobot=Fraction(b), cara=Cara.RATA_RATA
            )
            for huruf, n, b in zip("abc", nama_sub, sub, strict=True)
        ),
    )


#: PermenPANRB 88/2021 (Evaluasi Akuntabilitas Kinerja Instansi Pemerintah,
#: Berita Negara 2021 No. 1569), Lampiran, LKE. The lampiran itself was not
#: read; every figure below is as quoted in secondary sources (see ``status``).
PERMENPANRB_88_2021: Final = Acuan(
    nama="PERMENPANRB_88_2021",
    sumber="PermenPANRB 88/2021, Lampiran (Lembar Kerja Evaluasi AKIP)",
    status=(
        "component weights 30/30/15/25: as quoted in public e-SAKIP applications "
        "(an LKE seed labelled PermenPANRB 88/2021; a Laravel seeder) and in issue 14",
        "sub-component weights 6/9/15, 6/9/15, 3/4,5/7,5: as quoted in a public e-SAKIP "
        "seeder (Pemenuhan/Kualitas/Pemanfaatan) and in issue 14",
        "sub-component weights 5/7,5/12,5 of Evaluasi Akuntabilitas Kinerja Internal: "
        "as quoted in issue 14 only; the seeder read has 5/7,5 and splits the remaining "
        "12,5 into Pemanfaatan 5 and Capaian 7,5 (a local variant): unverified",
        "cara rata-rata for every sub-component: as quoted in a public LKE application "
        "(mean of the answer values times the weight); unverified against the lampiran",
    ),
    komponen=(
        _komponen("1", "Perencanaan Kinerja", "30", ("6", "9", "15")),
        _komponen("2", "Pengukuran Kinerja", "30", ("6", "9", "15")),
        _komponen("3", "Pelaporan Kinerja", "15", ("3", "4.5", "7.5")),
        _komponen("4", "Evaluasi Akuntabilitas Kinerja Internal", "25", ("5", "7.5", "12.5")),
    ),
)

#: The built-in weight tables by the name a sheet uses as its ``acuan``.
ACUAN: Final[Mapping[str, Acuan]] = MappingProxyType({"PERMENPANRB_88_2021": PERMENPANRB_88_2021})


def acuan(nama: str) -> Acuan:
    """The built-in weight table with this name.

    Raises:
        InvalidValueError: no built-in table has that name.

    Examples:
        >>> acuan("PERMENPANRB_88_2021").komponen[3].bobot
        Fraction(25, 1)
        >>> acuan("PERMENPANRB_12_2015")
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidValueError: acuan must be one of PERMENPANRB_88_2021 \
(got 'PERMENPANRB_12_2015')
    """
    try:
        return ACUAN[nama]
    except (KeyError, TypeError):
        raise InvalidValueError(
            field="acuan", value=nama, expected=f"must be one of {', '.join(sorted(ACUAN))}"
        ) from None
