"""The whole LKE report: each side's score, their differences, the audit.

:func:`laporan` gathers what the command prints: the score of every side that
has answers, the per-criterion differences between the self-assessment and
the evaluator, and the findings on the sheet's printed results. It computes
nothing itself; :mod:`sakip.lke.nilai` and :mod:`sakip.lke.pemeriksaan` do.
"""

from __future__ import annotations

import attrs

from sakip.audit import Temuan
from sakip.errors import InvalidTypeError, NotComputableError
from sakip.lke.lembar import Lembar
from sakip.lke.nilai import HasilLKE, Kosong, Selisih, hasil, selisih
from sakip.lke.pemeriksaan import periksa

__all__ = ["LaporanLKE", "laporan"]


@attrs.frozen(kw_only=True)
class LaporanLKE:
    """What ``sakip lke`` prints: the sheet, its scores, differences and findings.

    Examples:
        >>> from sakip.lke import contoh_lembar
        >>> lap = laporan(contoh_lembar())
        >>> [(h.sisi.value, str(h.nilai)) for h in lap.hasil]
        [('mandiri', '87.77'), ('evaluator', '69.03')]
    """

    lembar: Lembar
    hasil: tuple[HasilLKE, ...]
    selisih: tuple[Selisih, ...]
    temuan: tuple[Temuan, ...]


def laporan(lembar: Lembar, *, kosong: Kosong = Kosong.TOLAK) -> LaporanLKE:
    """Laporan (report) of an LKE: every answered side scored, compared and audited.

    Args:
        lembar: the sheet.
        kosong: refuse missing answers (default) or score them as zero.

    Raises:
        InvalidTypeError: ``lembar`` is not a :class:`~sakip.lke.lembar.Lembar`.
        NotComputableError: no criterion has an answer on either side.
        ReportFormatError: a missing answer under :attr:`Kosong.TOLAK`.

    Sumber:
        PermenPANRB 88/2021, Lampiran (LKE); see :func:`sakip.lke.hasil`.

    Examples:
        >>> from sakip.lke import contoh_lembar
        >>> len(laporan(contoh_lembar()).temuan)
        3
    """
    if not isinstance(lembar, Lembar):
        raise InvalidTypeError(field="lembar", value=lembar, expected="must be a Lembar")
    sisi = lembar.sisi_terisi()
    if not sisi:
        raise NotComputableError(
            field=f"{lembar.berkas}: jawaban",
            value=0,
            expected="must have answers on at least one side (mandiri or evaluator)",
            rule="LKE score, PermenPANRB 88/2021",
        )
    return LaporanLKE(
        lembar=lembar,
        hasil=tuple(hasil(lembar, sisi=s, kosong=kosong) for s in sisi),
        selisih=selisih(lembar),
        temuan=periksa(lembar, kosong=kosong),
    )
