"""The records of an audit: findings, explanations, summary tables and the result.

Examples:
    >>> Tingkat("tinggi")
    <Tingkat.TINGGI: 'tinggi'>
"""

from __future__ import annotations

import enum
from typing import Any

import attrs

from sakip._validasi import jenis, semua
from sakip._validasi import ke_tuple as _tuple
from sakip.errors import InvalidTypeError
from sakip.laporan import Laporan

__all__ = ["HasilAudit", "Penjelasan", "TabelRingkas", "Temuan", "Tingkat"]


_teks = jenis(str)


class Tingkat(enum.Enum):
    """How serious a finding is.

    * ``TINGGI``: a wrong Rupiah amount or total, overspending, or a figure
      that changes a conclusion (predikat, kategori, count of activities).
    * ``SEDANG``: a wrong percentage, or one reproduced only by a method the
      report does not declare.
    * ``RENDAH``: rounding, presentation, or a printed figure for something
      that cannot be computed.

    Examples:
        >>> Tingkat("tinggi")
        <Tingkat.TINGGI: 'tinggi'>
    """

    TINGGI = "tinggi"
    SEDANG = "sedang"
    RENDAH = "rendah"


@attrs.frozen(kw_only=True)
class Temuan:
    """A finding: where the report disagrees with itself or with its rules.

    Attributes:
        aturan: the check that failed (``angka``, ``metode``, ``rincian``,
            ``triwulan``, ``tak-terhitung``, ``skala``, ``banyak``, ``teks``,
            ``agregat``, ``anggaran``).
        tingkat: severity.
        letak: where: table, row and column (or file, sheet and cell).
        dicetak: what the report printed.
        dihitung: what sakip computes.
        rumus: the formula or rule behind the computed figure.
        keterangan: explanation: which other formula reproduces the printed
            figure, if any.

    Examples:
        >>> from sakip import contoh
        >>> from sakip.audit import periksa
        >>> t = periksa(contoh.dumai_2023()).temuan[0]
        >>> t.aturan, t.tingkat, t.dicetak, t.dihitung
        ('banyak', <Tingkat.TINGGI: 'tinggi'>, '7 (tujuh)', '18')
    """

    aturan: str = attrs.field(validator=_teks)
    tingkat: Tingkat = attrs.field(validator=jenis(Tingkat))
    letak: str = attrs.field(validator=_teks)
    dicetak: str = attrs.field(validator=_teks)
    dihitung: str = attrs.field(validator=_teks)
    rumus: str = attrs.field(validator=_teks)
    keterangan: str = attrs.field(default="", validator=_teks)

    def ke_dict(self) -> dict[str, str]:
        """A JSON-ready dict.

        Examples:
            >>> Temuan(aturan="angka", tingkat=Tingkat.RENDAH, letak="T / r / k", dicetak="1",
            ...        dihitung="2", rumus="x").ke_dict()["tingkat"]
            'rendah'
        """
        return {
            "aturan": self.aturan,
            "tingkat": self.tingkat.value,
            "letak": self.letak,
            "dicetak": self.dicetak,
            "dihitung": self.dihitung,
            "rumus": self.rumus,
            "keterangan": self.keterangan,
        }


@attrs.frozen(kw_only=True)
class Penjelasan:
    """Which formula and rounding reproduce a printed capaian.

    Examples:
        >>> from sakip import contoh
        >>> from sakip.audit import periksa
        >>> p = periksa(contoh.dumai_2023()).penjelasan[1]
        >>> p.dicetak, p.rumus
        ('179%', '179 = 75 / 42 x 100, higher is better, at 0 places')
    """

    letak: str = attrs.field(validator=_teks)
    dicetak: str = attrs.field(validator=_teks)
    rumus: str = attrs.field(validator=_teks)
    cocok: bool = attrs.field(validator=jenis(bool))


def _baris_teks(nilai: Any) -> tuple[tuple[str, ...], ...]:
    hasil = tuple(_tuple(b) for b in _tuple(nilai))
    for b in hasil:
        for s in b:
            if not isinstance(s, str):
                raise InvalidTypeError(field="baris", value=s, expected="must hold strings")
    return hasil


@attrs.frozen(kw_only=True)
class TabelRingkas:
    """A summary table the audit recomputed (IKU, program budgets, efisiensi), as text cells.

    Attributes:
        judul: the table's title.
        keterangan: a short gloss of what it shows, or "".
        kolom: the column headings.
        baris: the rows, each as many cells as :attr:`kolom`; "-" where a
            figure does not exist (a target or pagu of 0).
        kanan: the columns holding numbers (aligned right when printed).

    Examples:
        >>> from sakip import contoh
        >>> from sakip.audit import periksa
        >>> t = periksa(contoh.dumai_2023()).tabel[1]
        >>> t.judul, t.kolom[-1], t.baris[-1][1]
        ('Anggaran per program', '%', 'Jumlah')
    """

    judul: str = attrs.field(validator=_teks)
    kolom: tuple[str, ...] = attrs.field(converter=_tuple, validator=semua(str))
    baris: tuple[tuple[str, ...], ...] = attrs.field(converter=_baris_teks)
    kanan: tuple[int, ...] = attrs.field(default=(), converter=_tuple, validator=semua(int))
    keterangan: str = attrs.field(default="", validator=_teks)

    def ke_dict(self) -> dict[str, object]:
        """A JSON-ready dict.

        Examples:
            >>> TabelRingkas(judul="T", kolom=("a",), baris=[("1",)]).ke_dict()["baris"]
            [['1']]
        """
        return {
            "judul": self.judul,
            "kolom": list(self.kolom),
            "baris": [list(b) for b in self.baris],
        }


@attrs.frozen(kw_only=True)
class HasilAudit:
    """The result of an audit of one file (TOML report or CSV rows).

    Attributes:
        berkas: the audited file's name (``"<data>"`` for a report built in Python).
        judul: the title line (the report's title, or the file name).
        temuan: the findings, in the order of the report.
        penjelasan: for every printed capaian, how it is reproduced.
        diperiksa: how many printed figures were recomputed.
        tabel: the summary tables recomputed by the audit.
        laporan: the audited report, when the file was one.

    Examples:
        >>> from sakip import contoh
        >>> from sakip.audit import periksa
        >>> h = periksa(contoh.dumai_2023())
        >>> h.diperiksa, len(h.temuan), h.berkas
        (590, 39, 'dumai_2023.toml')
    """

    berkas: str = attrs.field(validator=_teks)
    judul: str = attrs.field(validator=_teks)
    temuan: tuple[Temuan, ...] = attrs.field(converter=_tuple, validator=semua(Temuan))
    penjelasan: tuple[Penjelasan, ...] = attrs.field(
        default=(), converter=_tuple, validator=semua(Penjelasan)
    )
    diperiksa: int = attrs.field(default=0, validator=jenis(int))
    tabel: tuple[TabelRingkas, ...] = attrs.field(
        default=(), converter=_tuple, validator=semua(TabelRingkas)
    )
    laporan: Laporan | None = attrs.field(
        default=None, validator=attrs.validators.optional(jenis(Laporan))
    )

    def ke_dict(self) -> dict[str, object]:
        """A JSON-ready dict, the same shape for every kind of file.

        Examples:
            >>> from sakip import contoh
            >>> from sakip.audit import periksa
            >>> d = periksa(contoh.dumai_2023()).ke_dict()
            >>> d["jumlah_temuan"], d["laporan"]["tahun"]
            (39, 2023)
        """
        lap = self.laporan
        return {
            "berkas": self.berkas,
            "judul": self.judul,
            "laporan": None
            if lap is None
            else {"instansi": lap.instansi, "tahun": lap.tahun, "judul": lap.judul},
            "diperiksa": self.diperiksa,
            "jumlah_temuan": len(self.temuan),
            "tabel": [t.ke_dict() for t in self.tabel],
            "penjelasan": [attrs.asdict(p) for p in self.penjelasan],
            "temuan": [t.ke_dict() for t in self.temuan],
        }
