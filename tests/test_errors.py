"""sakip.errors: a rule's stable identifier (Rule, SakipError.rule_id) beside its citation."""

from __future__ import annotations

import copy
import pickle
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip import capaian, penyerapan, sisa_anggaran
from sakip.errors import (
    InvalidTypeError,
    InvalidValueError,
    NotComputableError,
    ReportFormatError,
    Rule,
    SakipError,
)
from sakip.kinerja import Arah, MetodeTurun

#: Every raise of the rules that carry an identifier, with the identifier it must carry.
_BERIDENTITAS: list[tuple[str, Callable[[], object], str]] = [
    ("naik, target 0", lambda: capaian(realisasi=5, target=0), "capaian.naik"),
    (
        "turun, target 0",
        lambda: capaian(realisasi=5, target=0, arah=Arah.TURUN),
        "capaian.turun.selisih",
    ),
    (
        "selisih, target 0",
        lambda: capaian(realisasi=5, target=0, arah=Arah.TURUN, metode=MetodeTurun.SELISIH),
        "capaian.turun.selisih",
    ),
    (
        "rasio, target 0",
        lambda: capaian(realisasi=5, target=0, arah=Arah.TURUN, metode=MetodeTurun.RASIO),
        "capaian.turun.rasio",
    ),
    (
        "rasio, realisasi 0",
        lambda: capaian(realisasi=0, target=3, arah=Arah.TURUN, metode=MetodeTurun.RASIO),
        "capaian.turun.rasio",
    ),
    (
        "rasio, realisasi below 0",
        lambda: capaian(realisasi=-1, target=3, arah=Arah.TURUN, metode=MetodeTurun.RASIO),
        "capaian.turun.rasio",
    ),
    (
        "exact capaian, target 0",
        lambda: capaian(realisasi=5, target=0, tempat=None),
        "capaian.naik",
    ),
    ("penyerapan above pagu", lambda: penyerapan(realisasi=4, pagu=3), "anggaran.batas_pagu"),
    ("sisa above pagu", lambda: sisa_anggaran(pagu=3, realisasi=4), "anggaran.batas_pagu"),
]


@pytest.mark.parametrize(
    ("panggil", "identitas"),
    [(p, i) for _, p, i in _BERIDENTITAS],
    ids=[n for n, _, _ in _BERIDENTITAS],
)
def test_every_raise_of_an_identified_rule_carries_its_identifier(
    panggil: Callable[[], object], identitas: str
) -> None:
    with pytest.raises(SakipError) as info:
        panggil()
    e = info.value
    assert e.rule_id == identitas
    assert isinstance(e.rule, Rule)
    assert e.rule.id == identitas
    # the message is the citation, as before: the identifier is not printed
    assert str(e).endswith(f"; {e.rule!s}")
    assert identitas not in str(e)


def test_a_rule_without_an_identifier_has_none() -> None:
    with pytest.raises(SakipError) as info:
        penyerapan(realisasi=1, pagu=0)  # its rule is cited, with no identifier
    assert info.value.rule is not None
    assert info.value.rule_id is None
    assert InvalidValueError(field="x", value=1, expected="must be 0").rule_id is None


@given(
    teks=st.text(min_size=1, max_size=60),
    identitas=st.from_regex(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*", fullmatch=True),
    jenis=st.sampled_from([InvalidTypeError, InvalidValueError, NotComputableError]),
)
def test_a_rule_prints_as_its_text(teks: str, identitas: str, jenis: type[SakipError]) -> None:
    aturan = Rule(teks, id=identitas)
    dengan = jenis(field="f", value=1, expected="must be 2", rule=aturan)
    tanpa = jenis(field="f", value=1, expected="must be 2", rule=teks)
    assert str(dengan) == str(tanpa)
    assert aturan == teks
    assert hash(aturan) == hash(teks)
    assert (dengan.rule_id, tanpa.rule_id) == (identitas, None)


@pytest.mark.parametrize(
    "e",
    [
        NotComputableError(
            field="target", value=0, expected="must not be 0", rule=Rule("r", id="a.b")
        ),
        ReportFormatError(
            berkas="a.toml", letak="x", expected="must be 1", value=2, rule=Rule("r", id="c")
        ),
    ],
    ids=["NotComputableError", "ReportFormatError"],
)
def test_the_identifier_survives_pickle_and_copy(e: SakipError) -> None:
    for salinan in (pickle.loads(pickle.dumps(e)), copy.deepcopy(e), copy.copy(e)):
        assert (type(salinan), str(salinan), salinan.rule_id) == (type(e), str(e), e.rule_id)
    aturan = e.rule
    assert isinstance(aturan, Rule)
    for r in (pickle.loads(pickle.dumps(aturan)), copy.deepcopy(aturan)):
        assert (type(r), str(r), r.id) == (Rule, str(aturan), aturan.id)


@pytest.mark.parametrize(
    ("teks", "identitas", "galat"),
    [
        (None, "a", InvalidTypeError),
        (5, "a", InvalidTypeError),
        ("r", "", InvalidValueError),
        ("r", None, InvalidValueError),
        ("r", "Capaian", InvalidValueError),
        ("r", "capaian naik", InvalidValueError),
        ("r", "capaian.", InvalidValueError),
        ("r", ".capaian", InvalidValueError),
        ("r", "capaian..naik", InvalidValueError),
    ],
)
def test_a_rule_refuses_a_text_or_identifier_that_is_not_one(
    teks: object, identitas: object, galat: type[SakipError]
) -> None:
    with pytest.raises(galat):
        Rule(teks, id=identitas)  # type: ignore[arg-type]
