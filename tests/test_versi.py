"""One version, written in three places: the package, its metadata and the lock file."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import sakip

RAKSASA = Path(__file__).resolve().parents[1]


def test_the_version_is_one() -> None:
    proyek = tomllib.loads((RAKSASA / "pyproject.toml").read_text(encoding="utf-8"))
    kunci = (RAKSASA / "uv.lock").read_text(encoding="utf-8")
    terkunci = re.search(r'\[\[package\]\]\nname = "sakip"\nversion = "([^"]+)"', kunci)
    assert terkunci is not None
    assert sakip.__version__ == proyek["project"]["version"] == terkunci.group(1)


def test_the_changelog_dates_this_version() -> None:
    teks = (RAKSASA / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(
        rf"^## \[{re.escape(sakip.__version__)}\] - \d{{4}}-\d{{2}}-\d{{2}}$", teks, re.M
    )
