"""Lembar Kerja Evaluasi (LKE, the evaluation worksheet) as typed records.

A sheet is a tree: :class:`Komponen` (component, weighted) holds
:class:`SubKomponen` (sub-components, weighted), which hold :class:`Kriteria`
(criteria, each answered on a :class:`~sakip.lke.jawaban.SkalaJawaban`). Every
criterion may carry two answers: the self-assessment (``mandiri``) and the
evaluator's (``evaluator``). A :class:`Lembar` checks its weights when it is
built, so a sheet that exists is a sheet whose weights add up.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Mapping
from fractions import Fraction
from types import MappingProxyType
from typing import Final

import attrs

from sakip._eksak import bulatkan_pecahan, tempat_tepat
from sakip._validasi import jenis, opsional, semua
from sakip.angka import tulis_desimal
from sakip.errors import ReportFormatError
from sakip.lke.jawaban import SkalaJawaban

__all__ = [
    "SKALA_PREDIKAT_LKE",
    "Cara",
    "Cetakan",
    "Komponen",
    "Kriteria",
    "Lembar",
    "Sisi",
    "SubKomponen",
]

#: The total of the component weights: the LKE scores out of 100.
TOTAL_BOBOT: Final = Fraction(100)


class Cara(enum.Enum):
    """Cara (method): how a sub-component combines its criteria.

    ``RATA_RATA`` (average): the sub-component's weight times the mean of its
    criteria's answer values; criteria carry no weight of their own.
    ``AKUMULASI`` (accumulation): the sum of each criterion's own weight times
    its answer value; the criteria's weights add up to the sub-component's.

    Examples:
        >>> Cara("akumulasi")
        <Cara.AKUMULASI: 'akumulasi'>
    """

    RATA_RATA = "rata-rata"
    AKUMULASI = "akumulasi"


class Sisi(enum.Enum):
    """Sisi (side): whose answers are scored.

    ``MANDIRI`` is the self-assessment (penilaian mandiri) of the unit
    evaluated; ``EVALUATOR`` the answers of the Inspektorat or KemenPANRB.

    Examples:
        >>> [s.value for s in Sisi]
        ['mandiri', 'evaluator']
    """

    MANDIRI = "mandiri"
    EVALUATOR = "evaluator"


@attrs.frozen(kw_only=True)
class Kriteria:
    """One criterion: its code, wording, answer scale, weight and answers.

    Attributes:
        kode: the criterion's code ("1.a.1").
        uraian: its wording, as the sheet gives it.
        skala: the answer scale.
        bobot: its own weight, only under :attr:`Cara.AKUMULASI`.
        mandiri: the self-assessment's answer, ``None`` when not given.
        evaluator: the evaluator's answer, ``None`` when not given.
        letak: where the sheet file states it (for error messages).

    Raises:
        ReportFormatError: an answer that is not on the criterion's scale.

    Examples:
        >>> from sakip.lke.jawaban import SKALA_JAWABAN
        >>> k = Kriteria(kode="1.a.1", uraian="Pedoman", skala=SKALA_JAWABAN["Y/T"],
        ...              mandiri="Y", evaluator="T")
        >>> k.jawaban(Sisi.EVALUATOR)
        'T'
    """

    kode: str
    uraian: str = ""
    skala: SkalaJawaban
    bobot: Fraction | None = None
    mandiri: str | None = None
    evaluator: str | None = None
    letak: str = ""
    berkas: str = "<data>"

    def __attrs_post_init__(self) -> None:
        for sisi in Sisi:
            j = self.jawaban(sisi)
            if j is not None and not self.skala.memuat(j):
                raise ReportFormatError(
                    berkas=self.berkas,
                    letak=f"{self.letak_pesan()}, {sisi.value}",
                    expected=(
                        f"must be one of {', '.join(self.skala.nilai)} (scale {self.skala.nama!r})"
                    ),
                    value=j,
                )

    def letak_pesan(self) -> str:
        """Where this criterion is, for a message: its place in the file or its code.

        Examples:
            >>> from sakip.lke.jawaban import SKALA_JAWABAN
            >>> Kriteria(kode="2.b.3", skala=SKALA_JAWABAN["A-E"]).letak_pesan()
            'kriteria 2.b.3'
        """
        return self.letak or f"kriteria {self.kode}"

    def jawaban(self, sisi: Sisi) -> str | None:
        """The answer given on one side, or ``None``.

        Examples:
            >>> from sakip.lke.jawaban import SKALA_JAWABAN
            >>> Kriteria(kode="k", skala=SKALA_JAWABAN["Y/T"], mandiri="Y").jawaban(Sisi.MANDIRI)
            'Y'
        """
        return self.mandiri if sisi is Sisi.MANDIRI else self.evaluator


@attrs.frozen(kw_only=True)
class SubKomponen:
    """A sub-component: weighted, combining its criteria by a :class:`Cara`.

    Examples:
        >>> from sakip.lke.jawaban import SKALA_JAWABAN
        >>> s = SubKomponen(kode="1.a", nama="Pemenuhan", bobot=Fraction(6),
        ...                 cara=Cara.RATA_RATA,
        ...                 kriteria=(Kriteria(kode="1.a.1", skala=SKALA_JAWABAN["Y/T"]),))
        >>> s.bobot, len(s.kriteria)
        (Fraction(6, 1), 1)
    """

    kode: str
    nama: str
    bobot: Fraction
    cara: Cara
    kriteria: tuple[Kriteria, ...]
    letak: str = ""


@attrs.frozen(kw_only=True)
class Komponen:
    """A component of the LKE (Perencanaan Kinerja, ...), weighted.

    Examples:
        >>> Komponen(kode="1", nama="Perencanaan Kinerja", bobot=Fraction(30),
        ...          subkomponen=()).bobot
        Fraction(30, 1)
    """

    kode: str
    nama: str
    bobot: Fraction
    subkomponen: tuple[SubKomponen, ...]
    letak: str = ""


def _peta(m: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(m))


@attrs.frozen(kw_only=True)
class Cetakan:
    """The results a published LKE printed, as text, for the audit.

    Attributes:
        sisi: whose answers the printed figures score.
        nilai: the printed total ("72,45"), or ``None``.
        predikat: the printed predikat ("BB"), or ``None``.
        komponen: component code -> printed score.
        subkomponen: sub-component code -> printed score.

    Examples:
        >>> Cetakan(nilai="9,99", komponen={"1": "9,99"}).komponen["1"]
        '9,99'
    """

    sisi: Sisi = Sisi.EVALUATOR
    nilai: str | None = None
    predikat: str | None = None
    komponen: Mapping[str, str] = attrs.field(factory=dict, converter=_peta)
    subkomponen: Mapping[str, str] = attrs.field(factory=dict, converter=_peta)

    def kosong(self) -> bool:
        """Whether nothing is printed.

        Examples:
            >>> Cetakan().kosong()
            True
        """
        return (
            self.nilai is None
            and self.predikat is None
            and not self.komponen
            and not self.subkomponen
        )


def _angka(x: Fraction) -> str:
    """A weight written the Indonesian way (4,5), exact up to six places."""
    return tulis_desimal(bulatkan_pecahan(x, tempat_tepat(x, 6)))


#: The scales an LKE score may be rated on: the two readings of the PermenPANRB 88/2021
#: predikat table, which secondary sources and e-SAKIP applications read with each band open
#: below or closed below (see :data:`sakip.skala.PERMENPANRB_88_2021`). The first is the
#: default.
SKALA_PREDIKAT_LKE: Final = ("PERMENPANRB_88_2021", "PERMENPANRB_88_2021_TERMASUK_BAWAH")


@attrs.frozen(kw_only=True)
class Lembar:
    """A whole Lembar Kerja Evaluasi: its components and where it came from.

    The constructor checks the sheet: component weights add up to 100, each
    component's sub-components add up to its weight, each accumulating
    sub-component's criteria add up to its weight (and an averaging one's
    criteria carry no weight), every weight is positive, every sub-component
    has criteria, and no code repeats.

    Attributes:
        judul: the sheet's title.
        komponen: the components, in order.
        instansi: the unit evaluated.
        tahun: the year evaluated, or ``None``.
        tempat: decimal places of the printed scores (default 2).
        acuan: the built-in weight table the sheet follows, or ``None``.
        skala_predikat: the built-in scale the score is rated on, one of
            :data:`SKALA_PREDIKAT_LKE` (default ``"PERMENPANRB_88_2021"``, each
            band open below; ``"PERMENPANRB_88_2021_TERMASUK_BAWAH"`` reads each
            band closed below, as some e-SAKIP applications do).
        cetakan: results the sheet's publication printed, for the audit.
        berkas: the file it was read from (``"<data>"`` when built in code).

    Raises:
        ReportFormatError: a rule above broken, naming the file and the place.

    Examples:
        >>> from sakip.lke import contoh_lembar
        >>> lembar = contoh_lembar()
        >>> [k.bobot for k in lembar.komponen] == [30, 30, 15, 25]
        True
    """

    judul: str = attrs.field(validator=jenis(str))
    komponen: tuple[Komponen, ...] = attrs.field(validator=[jenis(tuple), semua(Komponen)])
    instansi: str = attrs.field(default="", validator=jenis(str))
    tahun: int | None = attrs.field(default=None, validator=opsional(jenis(int)))
    tempat: int = attrs.field(default=2, validator=jenis(int))
    acuan: str | None = None
    skala_predikat: str = attrs.field(default=SKALA_PREDIKAT_LKE[0], validator=jenis(str))
    cetakan: Cetakan | None = None
    berkas: str = attrs.field(default="<data>", validator=jenis(str))

    def __attrs_post_init__(self) -> None:
        self._periksa()

    def _salah(self, letak: str, expected: str, value: object) -> ReportFormatError:
        return ReportFormatError(
            berkas=self.berkas,
            letak=letak,
            expected=expected,
            value=value,
            rule="LKE weights, PermenPANRB 88/2021",
        )

    def _periksa(self) -> None:
        if self.skala_predikat not in SKALA_PREDIKAT_LKE:
            raise ReportFormatError(
                berkas=self.berkas,
                letak="skala_predikat",
                expected=f"must be one of {', '.join(SKALA_PREDIKAT_LKE)} (the readings of "
                "the PermenPANRB 88/2021 predikat scale)",
                value=self.skala_predikat,
            )
        if not self.komponen:
            raise self._salah("komponen", "must have at least one component", [])
        kode_dilihat: set[str] = set()

        def unik(kode: str, letak: str) -> None:
            if kode in kode_dilihat:
                raise self._salah(letak, "must have a code used once in the sheet", kode)
            kode_dilihat.add(kode)

        for k in self.komponen:
            letak_k = k.letak or f"komponen {k.kode}"
            unik(k.kode, letak_k)
            if k.bobot <= 0:
                raise self._salah(f"{letak_k}, bobot", "must be > 0", _angka(k.bobot))
            if not k.subkomponen:
                raise self._salah(letak_k, "must have at least one sub-component", [])
            for s in k.subkomponen:
                letak_s = s.letak or f"subkomponen {s.kode}"
                unik(s.kode, letak_s)
                if s.bobot <= 0:
                    raise self._salah(f"{letak_s}, bobot", "must be > 0", _angka(s.bobot))
                if not s.kriteria:
                    raise self._salah(letak_s, "must have at least one criterion", [])
                for c in s.kriteria:
                    unik(c.kode, c.letak_pesan())
                    self._periksa_bobot_kriteria(s, c)
                if s.cara is Cara.AKUMULASI:
                    jumlah = sum((c.bobot or Fraction(0) for c in s.kriteria), Fraction(0))
                    if jumlah != s.bobot:
                        raise self._salah(
                            letak_s,
                            f"must have criteria weights adding up to its weight "
                            f"{_angka(s.bobot)} (cara akumulasi)",
                            _angka(jumlah),
                        )
            jumlah_s = sum((s.bobot for s in k.subkomponen), Fraction(0))
            if jumlah_s != k.bobot:
                raise self._salah(
                    letak_k,
                    f"must have sub-component weights adding up to its weight {_angka(k.bobot)}",
                    _angka(jumlah_s),
                )
        total = sum((k.bobot for k in self.komponen), Fraction(0))
        if total != TOTAL_BOBOT:
            raise self._salah("komponen", "must have weights adding up to 100", _angka(total))

    def _periksa_bobot_kriteria(self, s: SubKomponen, c: Kriteria) -> None:
        if s.cara is Cara.AKUMULASI:
            if c.bobot is None or c.bobot <= 0:
                raise self._salah(
                    f"{c.letak_pesan()}, bobot",
                    "must be given and > 0 under cara akumulasi",
                    None if c.bobot is None else _angka(c.bobot),
                )
        elif c.bobot is not None:
            raise self._salah(
                f"{c.letak_pesan()}, bobot",
                "must not be given under cara rata-rata (criteria share the weight equally)",
                _angka(c.bobot),
            )

    def semua_kriteria(self) -> Iterator[Kriteria]:
        """Every criterion, in sheet order.

        Examples:
            >>> from sakip.lke import contoh_lembar
            >>> sum(1 for _ in contoh_lembar().semua_kriteria())
            38
        """
        for k in self.komponen:
            for s in k.subkomponen:
                yield from s.kriteria

    def sisi_terisi(self) -> tuple[Sisi, ...]:
        """The sides with at least one answer, self-assessment first.

        Examples:
            >>> from sakip.lke import contoh_lembar
            >>> contoh_lembar().sisi_terisi()
            (<Sisi.MANDIRI: 'mandiri'>, <Sisi.EVALUATOR: 'evaluator'>)
        """
        return tuple(
            s for s in Sisi if any(c.jawaban(s) is not None for c in self.semua_kriteria())
        )
