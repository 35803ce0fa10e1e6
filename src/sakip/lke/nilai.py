"""Scoring an LKE exactly, from the criterion up, and rounding once.

For one side (self-assessment or evaluator):

* a criterion's value is its answer's value on its scale (0 to 1);
* a sub-component under ``rata-rata`` scores its weight times the mean of its
  criteria's values; under ``akumulasi``, the sum of each criterion's weight
  times its value;
* a component scores the sum of its sub-components, the nilai the sum of the
  components; every sum is exact (``Fraction``);
* each printed figure is the exact figure rounded once, ROUND_HALF_UP, at the
  printed places; the printed nilai is never a sum of rounded parts;
* the predikat is read from the printed nilai on the PermenPANRB 88/2021 scale
  (``sakip.PERMENPANRB_88_2021``).
"""

from __future__ import annotations

import enum
from decimal import Decimal
from fractions import Fraction

import attrs

from sakip._eksak import bulatkan_pecahan
from sakip.errors import InvalidTypeError, InvalidValueError, ReportFormatError
from sakip.lke.lembar import Cara, Kriteria, Lembar, Sisi, SubKomponen
from sakip.skala import skala_bernama

__all__ = [
    "HasilLKE",
    "Kosong",
    "NilaiKomponen",
    "NilaiKriteria",
    "NilaiSubKomponen",
    "Selisih",
    "andil",
    "hasil",
    "selisih",
]

_RUMUS = "LKE score, PermenPANRB 88/2021"
MAKS_TEMPAT_LKE = 6


class Kosong(enum.Enum):
    """What to do with a missing answer on a side that has answers.

    ``TOLAK`` (refuse, the default) raises, naming the criterion; ``NOL``
    scores it as zero and lists it in :attr:`HasilLKE.kosong`.

    Examples:
        >>> Kosong("nol")
        <Kosong.NOL: 'nol'>
    """

    TOLAK = "tolak"
    NOL = "nol"


@attrs.frozen(kw_only=True)
class NilaiKriteria:
    """One criterion scored: its answer, the answer's value, and its share.

    Attributes:
        kode: the criterion's code.
        jawaban: the answer, ``None`` when missing (scored as zero).
        nilai_jawaban: the answer's value on its scale (0 to 1).
        andil: the points it adds to the nilai, exact.
        bobot: its weight in points (its sub-component's weight divided by
            the number of criteria under ``rata-rata``).

    Examples:
        >>> from sakip.lke import contoh_lembar
        >>> k = hasil(contoh_lembar()).komponen[0].subkomponen[0].kriteria[0]
        >>> k.kode, k.jawaban, k.andil
        ('1.a.1', 'Y', Fraction(2, 1))
    """

    kode: str
    jawaban: str | None
    nilai_jawaban: Fraction
    andil: Fraction
    bobot: Fraction


@attrs.frozen(kw_only=True)
class NilaiSubKomponen:
    """A sub-component scored: exact and as printed.

    Examples:
        >>> from sakip.lke import contoh_lembar
        >>> s = hasil(contoh_lembar()).komponen[0].subkomponen[0]
        >>> s.kode, s.nilai
        ('1.a', Decimal('6.00'))
    """

    kode: str
    nama: str
    bobot: Fraction
    cara: Cara
    eksak: Fraction
    nilai: Decimal
    kriteria: tuple[NilaiKriteria, ...]


@attrs.frozen(kw_only=True)
class NilaiKomponen:
    """A component scored: exact and as printed.

    Examples:
        >>> from sakip.lke import contoh_lembar
        >>> k = hasil(contoh_lembar()).komponen[2]
        >>> k.nama, k.nilai
        ('Pelaporan Kinerja', Decimal('11.57'))
    """

    kode: str
    nama: str
    bobot: Fraction
    eksak: Fraction
    nilai: Decimal
    subkomponen: tuple[NilaiSubKomponen, ...]


@attrs.frozen(kw_only=True)
class HasilLKE:
    """The score of one side of a sheet: nilai, predikat and every part.

    Attributes:
        sisi: whose answers were scored.
        tempat: the printed decimal places.
        eksak: the nilai, exact.
        nilai: the nilai rounded once at ``tempat`` places.
        predikat: the predikat of the printed nilai (PermenPANRB 88/2021).
        komponen: each component scored.
        kosong: codes of the criteria with no answer, scored as zero
            (only with :attr:`Kosong.NOL`).

    Examples:
        >>> from sakip.lke import contoh_lembar
        >>> h = hasil(contoh_lembar())
        >>> h.nilai, h.predikat, h.eksak == sum(k.eksak for k in h.komponen)
        (Decimal('69.03'), 'B', True)
    """

    sisi: Sisi
    tempat: int
    eksak: Fraction
    nilai: Decimal
    predikat: str
    komponen: tuple[NilaiKomponen, ...]
    kosong: tuple[str, ...] = ()

    def semua_kriteria(self) -> tuple[NilaiKriteria, ...]:
        """Every criterion scored, in sheet order.

        Examples:
            >>> from sakip.lke import contoh_lembar
            >>> len(hasil(contoh_lembar()).semua_kriteria())
            38
        """
        return tuple(c for k in self.komponen for s in k.subkomponen for c in s.kriteria)


def andil(sub: SubKomponen, kriteria: Kriteria) -> Fraction:
    """A criterion's weight in points: what a top answer adds to the nilai.

    Under ``rata-rata`` the sub-component's weight is shared equally by its
    criteria; under ``akumulasi`` the criterion carries its own weight.

    Examples:
        >>> from sakip.lke import contoh_lembar
        >>> lembar = contoh_lembar()
        >>> sub = lembar.komponen[2].subkomponen[1]
        >>> sub.cara.value, andil(sub, sub.kriteria[0])
        ('akumulasi', Fraction(2, 1))
    """
    if not isinstance(sub, SubKomponen) or not isinstance(kriteria, Kriteria):
        raise InvalidTypeError(
            field="andil", value=(sub, kriteria), expected="takes a SubKomponen and its Kriteria"
        )
    if sub.cara is Cara.AKUMULASI:
        assert kriteria.bobot is not None  # Lembar checks it
        return kriteria.bobot
    return sub.bobot / len(sub.kriteria)


def _tempat(tempat: object) -> int:
    if type(tempat) is not int:
        raise InvalidTypeError(field="tempat", value=tempat, expected="must be an int")
    if not 0 <= tempat <= MAKS_TEMPAT_LKE:
        raise InvalidValueError(
            field="tempat", value=tempat, expected=f"must be from 0 to {MAKS_TEMPAT_LKE}"
        )
    return tempat


def hasil(
    lembar: Lembar,
    *,
    sisi: Sisi = Sisi.EVALUATOR,
    tempat: int | None = None,
    kosong: Kosong = Kosong.TOLAK,
) -> HasilLKE:
    """Hasil (result) of an LKE for one side: nilai, predikat and every part.

    ``nilai = sum of components = sum of sub-components``; a sub-component is
    ``bobot x mean(values)`` (rata-rata) or ``sum(bobot_kriteria x value)``
    (akumulasi). Exact throughout; each figure is rounded once at ``tempat``.

    Args:
        lembar: the sheet.
        sisi: whose answers to score (default the evaluator's).
        tempat: printed decimal places; default the sheet's (2 unless it says).
        kosong: refuse a missing answer (default) or score it as zero.

    Returns:
        The :class:`HasilLKE`.

    Raises:
        InvalidTypeError: ``lembar`` is not a :class:`Lembar`.
        ReportFormatError: a missing answer under :attr:`Kosong.TOLAK`,
            naming the file and the criterion.

    Sumber:
        PermenPANRB 88/2021, Lampiran (LKE): weights and answer values as
        quoted in secondary sources (see ``sakip.lke.bobot``); the predikat
        scale is the sheet's ``skala_predikat`` (default
        ``sakip.PERMENPANRB_88_2021``; see :data:`~sakip.lke.SKALA_PREDIKAT_LKE`).

    Examples:
        >>> from sakip.lke import contoh_lembar
        >>> h = hasil(contoh_lembar(), sisi=Sisi.MANDIRI)
        >>> h.nilai, h.predikat
        (Decimal('87.77'), 'A')
        >>> hasil(contoh_lembar(), tempat=0).nilai
        Decimal('69')
    """
    if not isinstance(lembar, Lembar):
        raise InvalidTypeError(field="lembar", value=lembar, expected="must be a Lembar")
    if not isinstance(sisi, Sisi):
        raise InvalidTypeError(field="sisi", value=sisi, expected="must be a Sisi")
    if not isinstance(kosong, Kosong):
        raise InvalidTypeError(field="kosong", value=kosong, expected="must be a Kosong")
    t = _tempat(lembar.tempat if tempat is None else tempat)
    hilang: list[str] = []
    komponen: list[NilaiKomponen] = []
    for k in lembar.komponen:
        subs: list[NilaiSubKomponen] = []
        for s in k.subkomponen:
            kriteria: list[NilaiKriteria] = []
            for c in s.kriteria:
                j = c.jawaban(sisi)
                if j is None:
                    if kosong is Kosong.TOLAK:
                        raise ReportFormatError(
                            berkas=lembar.berkas,
                            letak=f"{c.letak_pesan()}, {sisi.value}",
                            expected="must have an answer (or score missing answers as zero)",
                            value=None,
                            rule=_RUMUS,
                        )
                    hilang.append(c.kode)
                    v = Fraction(0)
                else:
                    v = c.skala.nilai_jawaban(j)
                b = andil(s, c)
                kriteria.append(
                    NilaiKriteria(kode=c.kode, jawaban=j, nilai_jawaban=v, andil=b * v, bobot=b)
                )
            eksak_s = sum((x.andil for x in kriteria), Fraction(0))
            subs.append(
                NilaiSubKomponen(
                    kode=s.kode,
                    nama=s.nama,
                    bobot=s.bobot,
                    cara=s.cara,
                    eksak=eksak_s,
                    nilai=bulatkan_pecahan(eksak_s, t),
                    kriteria=tuple(kriteria),
                )
            )
        eksak_k = sum((x.eksak for x in subs), Fraction(0))
        komponen.append(
            NilaiKomponen(
                kode=k.kode,
                nama=k.nama,
                bobot=k.bobot,
                eksak=eksak_k,
                nilai=bulatkan_pecahan(eksak_k, t),
                subkomponen=tuple(subs),
            )
        )
    eksak = sum((x.eksak for x in komponen), Fraction(0))
    nilai = bulatkan_pecahan(eksak, t)
    return HasilLKE(
        sisi=sisi,
        tempat=t,
        eksak=eksak,
        nilai=nilai,
        predikat=skala_bernama(lembar.skala_predikat).predikat(nilai),
        komponen=tuple(komponen),
        kosong=tuple(hilang),
    )


@attrs.frozen(kw_only=True)
class Selisih:
    """Where the self-assessment and the evaluator answered a criterion differently.

    Attributes:
        kode: the criterion's code.
        mandiri: the self-assessment's answer.
        evaluator: the evaluator's answer.
        nilai_mandiri: its value.
        nilai_evaluator: its value.
        andil: the evaluator's points minus the self-assessment's, exact.

    Examples:
        >>> from sakip.lke import contoh_lembar
        >>> d = selisih(contoh_lembar())[0]
        >>> d.kode, d.mandiri, d.evaluator, d.andil
        ('1.b.1', 'A', 'B', Fraction(-3, 4))
    """

    kode: str
    mandiri: str
    evaluator: str
    nilai_mandiri: Fraction
    nilai_evaluator: Fraction
    andil: Fraction


def selisih(lembar: Lembar) -> tuple[Selisih, ...]:
    """Selisih (difference) between the two sides, per criterion.

    Only criteria answered on both sides, with answers of different value,
    are listed; ``andil`` is the change in points the evaluator's answer
    makes to the nilai (negative when the evaluator scored lower).

    Raises:
        InvalidTypeError: ``lembar`` is not a :class:`Lembar`.

    Sumber:
        PermenPANRB 88/2021, Lampiran (LKE): the sheet holds the unit's own
        answers beside the evaluator's (as quoted in public LKE applications).

    Examples:
        >>> from sakip.lke import contoh_lembar
        >>> [(d.kode, d.andil) for d in selisih(contoh_lembar())][:2]
        [('1.b.1', Fraction(-3, 4)), ('1.b.3', Fraction(-3, 4))]
    """
    if not isinstance(lembar, Lembar):
        raise InvalidTypeError(field="lembar", value=lembar, expected="must be a Lembar")
    hasil_: list[Selisih] = []
    for k in lembar.komponen:
        for s in k.subkomponen:
            for c in s.kriteria:
                m, e = c.mandiri, c.evaluator
                if m is None or e is None:
                    continue
                vm, ve = c.skala.nilai_jawaban(m), c.skala.nilai_jawaban(e)
                if vm != ve:
                    hasil_.append(
                        Selisih(
                            kode=c.kode,
                            mandiri=m,
                            evaluator=e,
                            nilai_mandiri=vm,
                            nilai_evaluator=ve,
                            andil=andil(s, c) * (ve - vm),
                        )
                    )
    return tuple(hasil_)
