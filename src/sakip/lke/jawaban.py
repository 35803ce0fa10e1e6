"""Skala jawaban (answer scales) of the Lembar Kerja Evaluasi, as data.

Each criterion of an LKE is answered on a scale: ``Y``/``T`` (ya/tidak, yes/no)
or letters (``A`` to ``E``, or ``AA`` to ``E`` in eight steps). A scale maps
each answer to a value from 0 to 1; the criterion's share of its sub-component
is that value times its weight. The built-in scales are rows of
:data:`SKALA_JAWABAN`, each with its source and the status of that source; a
sheet may declare further scales with their own source.
"""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction
from types import MappingProxyType
from typing import Any, Final

import attrs

from sakip._eksak import ke_pecahan
from sakip._validasi import jenis
from sakip.errors import InvalidTypeError, InvalidValueError

__all__ = ["SKALA_JAWABAN", "SkalaJawaban", "skala_jawaban"]

#: Most answers a scale may have (the letter scales in use have two to eight).
MAKS_JAWABAN: Final = 20


def _ke_tabel(nilai: Mapping[str, Any]) -> Mapping[str, Fraction]:
    if not isinstance(nilai, Mapping):
        raise InvalidTypeError(
            field="SkalaJawaban.nilai", value=nilai, expected="must be a mapping answer -> value"
        )
    if not 2 <= len(nilai) <= MAKS_JAWABAN:
        raise InvalidValueError(
            field="SkalaJawaban.nilai",
            value=len(nilai),
            expected=f"must have 2 to {MAKS_JAWABAN} answers",
        )
    tabel: dict[str, Fraction] = {}
    for kunci, v in nilai.items():
        if not isinstance(kunci, str) or not kunci.strip() or len(kunci) > 10:
            raise InvalidValueError(
                field="SkalaJawaban.nilai",
                value=kunci,
                expected="must have answers written as short non-empty text",
            )
        x = ke_pecahan(v, f"SkalaJawaban.nilai[{kunci!r}]")
        if not 0 <= x <= 1:
            raise InvalidValueError(
                field=f"SkalaJawaban.nilai[{kunci!r}]", value=v, expected="must be from 0 to 1"
            )
        baku = kunci.strip().upper()
        if baku in tabel:
            raise InvalidValueError(
                field="SkalaJawaban.nilai", value=kunci, expected="must not repeat an answer"
            )
        tabel[baku] = x
    if max(tabel.values()) != 1:
        raise InvalidValueError(
            field="SkalaJawaban.nilai",
            value=max(tabel.values()),
            expected="must have a top answer worth 1 (full marks)",
        )
    return MappingProxyType(tabel)


@attrs.frozen(kw_only=True)
class SkalaJawaban:
    """Skala jawaban (answer scale): each answer and its value from 0 to 1.

    Answers are compared without regard to case or surrounding spaces
    (``" y "`` is ``Y``). The top answer must be worth 1, so that a sheet
    answered at the top of every scale scores exactly its weights.

    Attributes:
        nama: the scale's name as a sheet names it (``"Y/T"``, ``"A-E"``).
        nilai: answer -> value, read-only, in the order given.
        sumber: where the values come from, with the status of that source.

    Raises:
        InvalidValueError: fewer than two answers, a value outside 0 to 1, or
            no answer worth 1.

    Examples:
        >>> s = SkalaJawaban(nama="Y/T", nilai={"Y": 1, "T": 0}, sumber="contoh")
        >>> s.nilai_jawaban("y"), s.nilai_jawaban("T")
        (Fraction(1, 1), Fraction(0, 1))
        >>> SkalaJawaban(nama="x", nilai={"A": "0.5", "B": 0}, sumber="contoh")
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidValueError: SkalaJawaban.nilai must have a top answer worth 1 \
(full marks) (got Fraction(1, 2))
    """

    nama: str = attrs.field(validator=jenis(str))
    nilai: Mapping[str, Fraction] = attrs.field(converter=_ke_tabel)
    sumber: str = attrs.field(validator=jenis(str))

    def memuat(self, jawaban: str) -> bool:
        """Whether ``jawaban`` is one of this scale's answers.

        Examples:
            >>> SKALA_JAWABAN["A-E"].memuat("F")
            False
        """
        return isinstance(jawaban, str) and jawaban.strip().upper() in self.nilai

    def nilai_jawaban(self, jawaban: str) -> Fraction:
        """The value of one answer.

        Raises:
            InvalidValueError: an answer that is not on this scale.

        Examples:
            >>> SKALA_JAWABAN["A-E"].nilai_jawaban("B")
            Fraction(3, 4)
            >>> SKALA_JAWABAN["Y/T"].nilai_jawaban("Ya")
            Traceback (most recent call last):
            ...
            sakip.errors.InvalidValueError: jawaban must be one of Y, T on the scale 'Y/T' \
(got 'Ya')
        """
        if not self.memuat(jawaban):
            raise InvalidValueError(
                field="jawaban",
                value=jawaban,
                expected=f"must be one of {', '.join(self.nilai)} on the scale {self.nama!r}",
            )
        return self.nilai[jawaban.strip().upper()]


# Y/T (ya/tidak): a yes scores the whole weight, a no nothing. As quoted in
# public LKE applications (an answer "ya" scores 1, anything else 0); the
# lampiran of PermenPANRB 88/2021 itself was not read.
_Y_T: Final = SkalaJawaban(
    nama="Y/T",
    nilai={"Y": 1, "T": 0},
    sumber=(
        "PermenPANRB 88/2021 LKE, as quoted in public LKE applications (ya = 1, tidak = 0); "
        "the regulation's lampiran not read"
    ),
)

# A-E: five levels in equal steps of 0.25. As quoted in a public SAKIP/LKE
# application (five options scored 1 / 0.75 / 0.5 / 0.25 / 0) and in issue 14;
# the lampiran of PermenPANRB 88/2021 itself was not read.
_A_E: Final = SkalaJawaban(
    nama="A-E",
    nilai={"A": 1, "B": "0.75", "C": "0.5", "D": "0.25", "E": 0},
    sumber=(
        "PermenPANRB 88/2021 LKE, as quoted in a public LKE application "
        "(A 1, B 0,75, C 0,5, D 0,25, E 0); the regulation's lampiran not read"
    ),
)

# AA-E: eight levels, AA 100, A 90, BB 80, B 70, CC 60, C 50, D 30 and E 0
# per hundred. As quoted in public e-SAKIP LKE applications (two answer
# controllers give these values for the answers of the PermenPANRB 88/2021 LKE);
# the lampiran of PermenPANRB 88/2021 itself was not read.
_AA_E: Final = SkalaJawaban(
    nama="AA-E",
    nilai={
        "AA": 1,
        "A": "0.9",
        "BB": "0.8",
        "B": "0.7",
        "CC": "0.6",
        "C": "0.5",
        "D": "0.3",
        "E": 0,
    },
    sumber=(
        "PermenPANRB 88/2021 LKE, as quoted in public e-SAKIP LKE applications (AA 100, A 90, "
        "BB 80, B 70, CC 60, C 50, D 30, E 0 per hundred); the regulation's lampiran not read"
    ),
)

#: The built-in answer scales by the name a sheet uses. A sheet declares any
#: other scale with its own values and source (a built-in name is not
#: redefined).
SKALA_JAWABAN: Final[Mapping[str, SkalaJawaban]] = MappingProxyType(
    {"Y/T": _Y_T, "A-E": _A_E, "AA-E": _AA_E}
)


def skala_jawaban(nama: str) -> SkalaJawaban:
    """The built-in answer scale with this name.

    Raises:
        InvalidValueError: no built-in scale has that name.

    Examples:
        >>> skala_jawaban("A-E").nilai_jawaban("C")
        Fraction(1, 2)
        >>> skala_jawaban("AA-E").nilai_jawaban("BB")
        Fraction(4, 5)
        >>> skala_jawaban("A-F")
        Traceback (most recent call last):
        ...
        sakip.errors.InvalidValueError: skala must be one of A-E, AA-E, Y/T, or declared in \
the sheet's [skala] table (got 'A-F')
    """
    try:
        return SKALA_JAWABAN[nama]
    except (KeyError, TypeError):
        raise InvalidValueError(
            field="skala",
            value=nama,
            expected=(
                f"must be one of {', '.join(sorted(SKALA_JAWABAN))}, "
                "or declared in the sheet's [skala] table"
            ),
        ) from None
