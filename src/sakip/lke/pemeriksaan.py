"""The audit of a printed LKE result: where it disagrees, and which mistake reproduces it.

Given the scores a published LKE printed (per component, sub-component and in
total, with the predikat), each printed figure is compared with the exact
score rounded once at the places it was printed with. Where they differ, the
common ways of computing it wrongly are tried, each a row of :data:`KELIRU`:

* ``bulat-per-kriteria``: each criterion's share rounded first, then summed
  (a weight of 10 over three criteria gives 3,33 x 3 = 9,99);
* ``bulat-per-kriteria, dibatasi``: the same, each level then capped at its
  weight and the total at 100 (an application that cannot score above 100%);
* ``rata-rata untuk akumulasi``: averaging where the rule accumulates;
* ``jumlah yang dibulatkan``: each total summed from its parts as printed: a
  component from its sub-components rounded, the nilai from the components
  rounded (each from its own exact score);
* ``jumlah bertingkat yang dibulatkan``: the same carried up: the nilai summed
  from components that were themselves summed from rounded sub-components.

A finding names the mistakes that reproduce the printed figure (the simplest:
a mistake that only adds capping to one that already reproduces it is not
named), or says that none does.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from types import MappingProxyType
from typing import Final

import attrs

from sakip._eksak import MAKS_TEMPAT, bulatkan_pecahan
from sakip.angka import baca as baca_angka
from sakip.angka import tulis_desimal
from sakip.audit import Temuan, Tingkat
from sakip.errors import InvalidTypeError, ReportFormatError, SakipError
from sakip.lke.lembar import SKALA_PREDIKAT_LKE, Cara, Cetakan, Lembar
from sakip.lke.nilai import HasilLKE, Kosong, hasil
from sakip.skala import skala_bernama

__all__ = ["KELIRU", "Keliru", "periksa"]

_RUMUS: Final = "sum of criteria shares, exact, rounded once (PermenPANRB 88/2021, LKE)"


@attrs.frozen(kw_only=True)
class _Cara:
    """How a variant computes: which mistakes it makes."""

    bulat_kriteria: bool = False
    dibatasi: bool = False
    rata_rata_saja: bool = False
    jumlah_bulat: bool = False
    jumlah_bulat_bertingkat: bool = False

    def kekeliruan(self) -> frozenset[str]:
        return frozenset(k for k, v in attrs.asdict(self).items() if v)


@attrs.frozen(kw_only=True)
class Keliru:
    """A common mistake in scoring an LKE, as a way of computing.

    Attributes:
        nama: its short name, used in findings.
        keterangan: what it does, in words.

    Examples:
        >>> KELIRU["bulat-per-kriteria"].keterangan
        "each criterion's share rounded at the printed places before summing"
    """

    nama: str
    keterangan: str
    cara: _Cara

    def angka(self, h: HasilLKE, tempat: int) -> Mapping[str, Fraction]:
        """Every figure as this mistake computes it: codes, and ``"nilai"``.

        Examples:
            >>> from sakip.lke import contoh_lembar
            >>> from sakip.lke.nilai import hasil
            >>> KELIRU["bulat-per-kriteria"].angka(hasil(contoh_lembar()), 2)["3.a"]
            Fraction(129, 50)
        """
        return _angka_varian(h, tempat, self.cara)


def _bulat(x: Fraction, tempat: int) -> Fraction:
    return Fraction(bulatkan_pecahan(x, tempat))


def _angka_varian(h: HasilLKE, tempat: int, c: _Cara) -> Mapping[str, Fraction]:
    hasil_: dict[str, Fraction] = {}
    total = Fraction(0)
    for k in h.komponen:
        jumlah_k = Fraction(0)
        # the component summed from its sub-components as printed (rounded): what a
        # report that adds its printed parts shows for the component
        dari_cetak = Fraction(0)
        for s in k.subkomponen:
            if c.rata_rata_saja and s.cara is Cara.AKUMULASI:
                nilai_rata = sum((x.nilai_jawaban for x in s.kriteria), Fraction(0))
                bagian = [s.bobot * nilai_rata / len(s.kriteria)]
            else:
                bagian = [x.andil for x in s.kriteria]
            if c.bulat_kriteria:
                bagian = [_bulat(b, tempat) for b in bagian]
            nilai_s = sum(bagian, Fraction(0))
            if c.dibatasi:
                nilai_s = min(nilai_s, s.bobot)
            hasil_[s.kode] = nilai_s
            jumlah_k += nilai_s
            dari_cetak += _bulat(nilai_s, tempat)
        if c.dibatasi:
            jumlah_k = min(jumlah_k, k.bobot)
            dari_cetak = min(dari_cetak, k.bobot)
        dari_bagian = c.jumlah_bulat or c.jumlah_bulat_bertingkat
        hasil_[k.kode] = dari_cetak if dari_bagian else jumlah_k
        if c.jumlah_bulat_bertingkat:  # the components as summed from their printed parts
            total += _bulat(dari_cetak, tempat)
        elif c.jumlah_bulat:  # each component rounded from its own score
            total += _bulat(jumlah_k, tempat)
        else:
            total += jumlah_k
    hasil_["nilai"] = min(total, Fraction(100)) if c.dibatasi else total
    return MappingProxyType(hasil_)


#: The common mistakes the audit tries, by name.
KELIRU: Final[Mapping[str, Keliru]] = MappingProxyType(
    {
        k.nama: k
        for k in (
            Keliru(
                nama="bulat-per-kriteria",
                keterangan="each criterion's share rounded at the printed places before summing",
                cara=_Cara(bulat_kriteria=True),
            ),
            Keliru(
                nama="bulat-per-kriteria, dibatasi",
                keterangan=(
                    "each criterion's share rounded first, then each level capped at its "
                    "weight and the total at 100"
                ),
                cara=_Cara(bulat_kriteria=True, dibatasi=True),
            ),
            Keliru(
                nama="rata-rata untuk akumulasi",
                keterangan=(
                    "a sub-component whose rule accumulates its criteria's own weights "
                    "scored as its weight times the mean of the answers"
                ),
                cara=_Cara(rata_rata_saja=True),
            ),
            Keliru(
                nama="jumlah yang dibulatkan",
                keterangan="each total summed from its parts as printed, rounded",
                cara=_Cara(jumlah_bulat=True),
            ),
            Keliru(
                nama="jumlah bertingkat yang dibulatkan",
                keterangan=(
                    "components summed from rounded sub-components, the nilai from those "
                    "components rounded again"
                ),
                cara=_Cara(jumlah_bulat_bertingkat=True),
            ),
        )
    }
)


def _tempat_cetak(teks: str) -> int:
    isi = teks.strip().rstrip("%").strip()
    _, koma, pecahan = isi.rpartition(",")
    return len(pecahan) if koma else 0


def _baca_cetak(lembar: Lembar, teks: str, letak: str) -> tuple[Decimal, int]:
    try:
        d = baca_angka(teks, pemisah_desimal=",")
    except SakipError as e:
        raise ReportFormatError(
            berkas=lembar.berkas, letak=f"dicetak, {letak}", expected=e.expected, value=teks
        ) from None
    tempat = _tempat_cetak(teks)
    if tempat > MAKS_TEMPAT:  # rounding there is past sakip's limits
        raise ReportFormatError(
            berkas=lembar.berkas,
            letak=f"dicetak, {letak}",
            expected=f"must show at most {MAKS_TEMPAT} decimal places",
            value=teks,
        )
    return d, tempat


def _tulis(x: Fraction, tempat: int) -> str:
    return tulis_desimal(bulatkan_pecahan(x, tempat))


def _temuan_angka(
    lembar: Lembar, h: HasilLKE, kunci: str, letak: str, teks: str, tingkat: Tingkat
) -> Temuan | None:
    dicetak, tempat = _baca_cetak(lembar, teks, letak)
    benar = _angka_varian(h, tempat, _Cara())[kunci]
    if bulatkan_pecahan(benar, tempat) == dicetak:
        return None
    cocok = [
        k.nama
        for k in KELIRU.values()
        if bulatkan_pecahan(k.angka(h, tempat)[kunci], tempat) == dicetak
    ]
    # The simplest explanation: drop a mistake that only adds to another that matches.
    cocok = [
        n
        for n in cocok
        if not any(
            KELIRU[m].cara.kekeliruan() < KELIRU[n].cara.kekeliruan() for m in cocok if m != n
        )
    ]
    if cocok:
        ket = "reproduced by: " + "; ".join(f"{n} ({KELIRU[n].keterangan})" for n in cocok)
    else:
        ket = "no common mistake reproduces it: check the answers and weights it used"
    return Temuan(
        aturan="lke",
        tingkat=tingkat,
        letak=letak,
        dicetak=teks,
        dihitung=_tulis(benar, tempat),
        rumus=_RUMUS,
        keterangan=ket,
    )


def _temuan_predikat(lembar: Lembar, h: HasilLKE, c: Cetakan) -> Temuan | None:
    if c.predikat is None:
        return None
    skala = skala_bernama(lembar.skala_predikat)
    benar = h.predikat
    if c.nilai is not None:
        nilai, tempat = _baca_cetak(lembar, c.nilai, "nilai")
        benar = skala.predikat(bulatkan_pecahan(h.eksak, tempat))
    else:
        nilai = h.nilai
    dicetak = c.predikat.strip().upper()  # "b" is B: as answers, compared without case
    if dicetak == benar:
        return None
    ket = ""
    if c.nilai is not None and dicetak == h.predikat:
        ket = (
            f"the score at the sheet's {h.tempat} places, {tulis_desimal(h.nilai)}, is "
            f"{h.predikat}; the nilai the report prints, {tulis_desimal(nilai)}, is {benar}: "
            "it rates a figure other than the one it prints"
        )
    if not ket:
        ket = _bacaan_lain(lembar.skala_predikat, nilai, dicetak)
    return Temuan(
        aturan="lke-predikat",
        tingkat=Tingkat.TINGGI,
        letak="predikat",
        dicetak=c.predikat,
        dihitung=benar,
        rumus=f"{lembar.skala_predikat}: {skala.nama} ({skala.sumber})",
        keterangan=ket,
    )


def _bacaan_lain(nama: str, nilai: Decimal, dicetak: str) -> str:
    """Why a printed predikat differs when the other reading of the scale gives it: the
    sheet rates on ``nama``, the printed predikat is that of another reading (a value on a
    band's edge, 90 read as AA or as A); empty when no other reading gives it."""
    for lain in SKALA_PREDIKAT_LKE:
        if lain != nama and skala_bernama(lain).predikat(nilai) == dicetak:
            return (
                f"reproduced by the other reading of the scale, {lain}, which puts "
                f"{tulis_desimal(nilai)} in {dicetak} (the two readings differ only on the "
                f"edges of the bands); the sheet rates on {nama}: declare skala_predikat = "
                f'"{lain}" if the evaluation used that reading'
            )
    return ""


def periksa(
    lembar: Lembar, cetakan: Cetakan | None = None, *, kosong: Kosong = Kosong.TOLAK
) -> tuple[Temuan, ...]:
    """Periksa (check) a printed LKE result against the sheet it was computed from.

    Each printed figure is compared with the exact score rounded once at the
    places it was printed with; a printed predikat with the predikat of the
    correct nilai. Findings name the common mistakes of :data:`KELIRU` that
    reproduce the printed figure.

    Args:
        lembar: the sheet, with its answers.
        cetakan: the printed results; default the sheet's own ``[dicetak]``.
        kosong: how missing answers are scored (see :class:`~sakip.lke.nilai.Kosong`).

    Returns:
        The findings, components first, then the total and the predikat;
        empty when everything printed is right.

    Raises:
        InvalidTypeError: ``lembar`` or ``cetakan`` of the wrong type.
        ReportFormatError: a printed figure that is not a number, or a code
            the sheet does not have.

    Sumber:
        PermenPANRB 88/2021, Lampiran (LKE weights, as quoted in secondary
        sources) and its predikat scale (the sheet's ``skala_predikat``).

    Examples:
        >>> from sakip.lke import contoh_lembar
        >>> for t in periksa(contoh_lembar()):
        ...     print(t.letak, t.dicetak, t.dihitung, t.keterangan.split(" (")[0])
        komponen 3 (Pelaporan Kinerja) 11,59 11,57 reproduced by: bulat-per-kriteria
        subkomponen 3.a 2,58 2,57 reproduced by: bulat-per-kriteria
        nilai 69,05 69,03 reproduced by: bulat-per-kriteria
    """
    if not isinstance(lembar, Lembar):
        raise InvalidTypeError(field="lembar", value=lembar, expected="must be a Lembar")
    c = lembar.cetakan if cetakan is None else cetakan
    if c is None:
        return ()
    if not isinstance(c, Cetakan):
        raise InvalidTypeError(field="cetakan", value=c, expected="must be a Cetakan")
    if c.sisi not in lembar.sisi_terisi():
        # scoring a side with no answer at all as zero would compare the printed results
        # with a score that does not exist, even where missing answers are scored as zero
        raise ReportFormatError(
            berkas=lembar.berkas,
            letak="dicetak.sisi",
            expected="must name a side with answers: its printed results need a score",
            value=c.sisi.value,
        )
    h = hasil(lembar, sisi=c.sisi, kosong=kosong)
    nama: dict[str, str] = {}
    for k in h.komponen:
        nama[k.kode] = f"komponen {k.kode} ({k.nama})"
        for s in k.subkomponen:
            nama[s.kode] = f"subkomponen {s.kode}"
    temuan: list[Temuan] = []
    daftar: list[tuple[str, str, Tingkat]] = []
    for bagian, peta in (("subkomponen", c.subkomponen), ("komponen", c.komponen)):
        for kode, teks in peta.items():
            if kode not in nama or not nama[kode].startswith(bagian):
                raise ReportFormatError(
                    berkas=lembar.berkas,
                    letak=f"dicetak.{bagian}.{kode}",
                    expected=f"must be the code of a {bagian} of the sheet",
                    value=kode,
                )
            daftar.append((kode, teks, Tingkat.SEDANG))
    urutan = list(nama)
    daftar.sort(key=lambda d: urutan.index(d[0]))
    if c.nilai is not None:
        daftar.append(("nilai", c.nilai, Tingkat.TINGGI))
    for kunci, teks, tingkat in daftar:
        t = _temuan_angka(lembar, h, kunci, nama.get(kunci, "nilai"), teks, tingkat)
        if t is not None:
            temuan.append(t)
    tp = _temuan_predikat(lembar, h, c)
    if tp is not None:
        temuan.append(tp)
    return tuple(temuan)
