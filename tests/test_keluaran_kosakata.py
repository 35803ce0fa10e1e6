"""The three audits speak one language: English framing, the regulation's terms Indonesian.

``sakip audit`` renders a report, an E.81 workbook and (as ``sakip lke``) LKE answers, each
as text and Markdown. Their framing words (headings, labels, counts, table headers) are the
same English words for the same things, as the report audit writes them; only the
regulation's own terms (capaian, predikat, Penilaian mandiri, ...) and the figures and reasons
of each finding stay as they are. Run on real inputs, so a renderer that drifts back to its
own words fails here.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from sakip._tabel import KATA
from tests._perintah import jalankan

RAKSASA = Path(__file__).resolve().parents[1]
E81_SUKABUMI = RAKSASA / "tests" / "data" / "e81" / "e81_sukabumi_bappeda_2018.xlsx"
LKE_CONTOH = RAKSASA / "src" / "sakip" / "lke" / "data" / "contoh.toml"

#: Each audit as the command runs it: the report (the embedded Dumai 2023), an E.81
#: workbook with summary rows and findings, and LKE answers with printed results.
_PERINTAH: dict[str, tuple[str, ...]] = {
    "report": ("audit",),
    "e81": ("audit", str(E81_SUKABUMI)),
    "lke": ("lke", str(LKE_CONTOH)),
}

#: Indonesian framing words one of the outputs once used, where the others say "findings",
#: "printed", "computed", "rule", "cell", "rows", "file", "sheet", "summary", "(none)", ...
#: (a rule's id such as ``rumus-induk`` is a name, not a framing word).
_KATA_LAMA = re.compile(
    r"(?<![-\w])(?:temuan|dicetak|dihitung|diperiksa|aturan|tingkat|letak|rumus|keterangan|berkas|"
    r"lembar|sel|baris|ringkasan|selisih|poin|tidak ada)(?![-\w])",
    re.IGNORECASE,
)

#: A finding's first line in the E.81 text, one per finding (``grep -c "^\["`` counts them).
_BARIS_TEMUAN_E81 = re.compile(
    r"^\[(?:tinggi|sedang|rendah)\] (?:\S+ )?\S+: printed .*, computed "
)


def _keluaran(audit: str, bentuk: str) -> str:
    status, keluar, galat = jalankan(*_PERINTAH[audit], "--format", bentuk)
    assert (status, galat) == (0, ""), galat
    return keluar


def _bingkai_teks(teks: str) -> list[str]:
    """The framing lines of a text output: those before the first finding."""
    baris = teks.splitlines()
    awal = next(
        (i for i, b in enumerate(baris) if re.match(r"(?:1\. )?\[(?:tinggi|sedang|rendah)\]", b)),
        len(baris),
    )
    return baris[:awal]


def _bingkai_markdown(teks: str) -> list[str]:
    """The framing lines of a Markdown output: headings, prose and each table's header row."""
    baris = teks.splitlines()
    kepala = [b for b, lanjut in itertools.pairwise(baris) if lanjut.startswith("|---")]
    return [b for b in baris if not b.startswith("|")] + kepala


def _kepala_temuan(teks: str) -> list[str]:
    """The header cells of the Markdown table of findings (the one with a "printed" column)."""
    (kepala,) = [
        b
        for b, lanjut in itertools.pairwise(teks.splitlines())
        if lanjut.startswith("|---") and f" {KATA['dicetak']} |" in b
    ]
    return [s.strip() for s in kepala.strip("|").split("|")]


@pytest.mark.parametrize("audit", sorted(_PERINTAH))
@pytest.mark.parametrize("bentuk", ["text", "markdown"])
def test_each_output_counts_findings_in_english(audit: str, bentuk: str) -> None:
    keluar = _keluaran(audit, bentuk)
    bingkai = (_bingkai_markdown if bentuk == "markdown" else _bingkai_teks)(keluar)
    assert any(re.search(r"\bfindings\b", b, re.IGNORECASE) for b in bingkai), keluar[:2000]
    lama = [b for b in bingkai if _KATA_LAMA.search(b)]
    assert lama == []


@pytest.mark.parametrize("audit", sorted(_PERINTAH))
def test_the_markdown_tables_of_findings_share_their_header(audit: str) -> None:
    kepala = _kepala_temuan(_keluaran(audit, "markdown"))
    assert set(kepala) <= {"#", *KATA.values()}
    assert {"severity", "rule", "printed", "computed", "note"} <= set(kepala)


def test_the_shared_words_are_those_of_the_report_audits_text() -> None:
    teks = _keluaran("report", "text")
    assert re.search(r"^\d+ printed figures recomputed; \d+ findings$", teks, re.MULTILINE)
    for bidang in ("dicetak", "dihitung", "rumus", "keterangan"):
        assert re.search(rf"^   {KATA[bidang]} +\S", teks, re.MULTILINE), bidang
    # the formula is labelled as in Markdown: "rule" names the finding's aturan alone
    assert not re.search(r"^   rule ", teks, re.MULTILINE)


def test_the_e81_text_keeps_one_line_per_finding_in_the_shared_words() -> None:
    teks = _keluaran("e81", "text")
    temuan = [b for b in teks.splitlines() if b.startswith("[")]
    assert len(temuan) == 38
    assert all(_BARIS_TEMUAN_E81.match(b) for b in temuan), temuan
    assert "\n26 rows, 264 cells checked, 38 findings\n" in teks
    assert (
        "\nby rule: angka: 6, predikat: 2, rujukan-program: 8, rumus-induk: 9, "
        "rumus-jumlah: 8, rumus-rata: 4, tangga-predikat: 1\n" in teks
    )


#: What a finding prints for a blank cell and for a figure that does not exist: English
#: machinery words, as the framing (``(none)`` is the E.81 lists' word for no rows already).
_KOSONG_LAMA = re.compile(r"\((?:kosong|tidak ada)\)")


@pytest.mark.parametrize("bentuk", ["text", "markdown"])
def test_the_e81_findings_say_blank_and_none_in_english(bentuk: str) -> None:
    # Z17 is blank where the form computes a figure; Y41 rates a cell holding no number
    keluar = _keluaran("e81", bentuk)
    assert _KOSONG_LAMA.findall(keluar) == []
    temuan = [b for b in keluar.splitlines() if re.search(r"\bZ17\b|\bY41\b", b)]
    assert any("(blank)" in b for b in temuan), temuan
    assert any("(none)" in b for b in temuan), temuan
