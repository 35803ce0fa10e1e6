"""Running the command in-process for tests: its status and what it wrote."""

from __future__ import annotations

import io

import pytest

from sakip.cli import main


def jalankan(*args: str) -> tuple[int, str, str]:
    """``sakip ARGS``: the exit status, stdout and stderr (argparse's exits caught).

    Examples:
        >>> jalankan("terbilang", "12")
        (0, 'dua belas\\n', '')
    """
    out, err = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("sys.stderr", err)
        try:
            status = main(list(args), out=out)
        except SystemExit as e:  # argparse's usage error
            status = e.code if isinstance(e.code, int) else -1
    return status, out.getvalue(), err.getvalue()


def ditolak(*args: str) -> str:
    """The one line a refusal prints, after checking it is one: exit 2, nothing on stdout,
    no traceback."""
    status, keluar, galat = jalankan(*args)
    assert (status, keluar) == (2, ""), galat
    assert galat.count("\n") == 1, galat
    assert "Traceback" not in galat
    return galat
