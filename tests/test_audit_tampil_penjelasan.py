"""The text audit's explained capaian: a count, then examples, each formula once.

A review saw "6 of 6 reproduced" followed by four lines and took two as missing: the lines
are examples (each formula once, at most four), and the count line now says so.
"""

from __future__ import annotations

import io

from sakip import contoh
from sakip.audit import periksa
from sakip.audit.tampil import tampil_teks


def _baris() -> list[str]:
    out = io.StringIO()
    tampil_teks(periksa(contoh.dumai_2023()), out)
    teks = out.getvalue().splitlines()
    i = next(i for i, b in enumerate(teks) if b.startswith("Printed capaian explained"))
    return teks[i : teks.index("", i)]


def test_the_examples_are_announced_as_examples() -> None:
    kepala, *contoh_ = _baris()
    assert kepala == "Printed capaian explained: 26 of 26 reproduced, for example:"
    assert 0 < len(contoh_) < 26
    assert all(b.startswith("- ") for b in contoh_)
