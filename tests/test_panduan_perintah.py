"""The guide's command examples print what the command prints.

``docs/panduan/capaian.md`` and ``docs/panduan/anggaran.md`` show ``sakip capaian`` and
``sakip efisiensi`` on figures of the LKjIP Dumai 2023 in ```` ```text ```` blocks (a
``$ sakip ...`` line, then its output), which the doctests do not run. Each is run here and
its output compared, as ``tests/test_cli.py`` does for ``docs/panduan/angka.md``.
"""

from __future__ import annotations

import io
import re
import shlex
from pathlib import Path
from typing import Final

import pytest

from sakip.cli import main

PANDUAN: Final = Path(__file__).parent.parent / "docs" / "panduan"


def _contoh(nama: str) -> list[tuple[str, str]]:
    """Each ``$ sakip ...`` line of the guide page's text blocks, with the lines under it."""
    teks = (PANDUAN / nama).read_text(encoding="utf-8")
    blok = re.findall(r"```text\n(.*?)```", teks, re.S)
    return re.findall(r"^\$ sakip (.*)\n((?:[^$].*\n)*)", "".join(blok), re.M)


@pytest.mark.parametrize(("nama", "paling_sedikit"), [("capaian.md", 2), ("anggaran.md", 2)])
def test_the_guides_command_examples_are_true(
    nama: str, paling_sedikit: int, capsys: pytest.CaptureFixture[str]
) -> None:
    contoh = _contoh(nama)
    assert len(contoh) >= paling_sedikit
    for perintah, keluaran in contoh:
        out = io.StringIO()
        main(shlex.split(perintah), out=out)
        assert out.getvalue() + capsys.readouterr().err == keluaran, perintah
