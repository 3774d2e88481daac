"""The no-people veto (human_acts.no_people_act, extract._drafts) reads only the agent of a violent verb (its active
subject or its passive's "by" agent, never a compound, an "in" phrase or a weapon's fire), keeps words that name
people or their weapons out of its non-human list (a driver, a hit team, fire), reads a blow at no one only for
kill / shoot down in a sentence that names no people, a drill only where the sentence names an exercise, and applies
only to a page that tells no people's act. Each text is written for these tests (real places, invented events);
each gave the right answer on the base (b902404) and a wrong one before this narrowing."""
from __future__ import annotations

import pytest

from tests.recall_cases import run
from worker.extract import casualties, human_acts, syntax


@pytest.fixture(autouse=True, scope="module")
def _nlp(nlp: object) -> None:
    _run.nlp = nlp  # the session's model (conftest)


def _run(text: str) -> list[dict]:
    return run(_run.nlp, text, published="2024-03-12")


def _no_people(sentence: str) -> bool:
    return human_acts.no_people_act(next(iter(syntax.parse(_run.nlp, [sentence]))))


@pytest.mark.parametrize("text,killed", [
    ("Six people were killed in a lorry bombing in Kirkuk on Thursday, police said.", 6),  # a compound is no agent
    ("Seven villagers were killed in mortar fire in Sumy on Monday, the governor said.", 7),  # an "in" phrase
    ("Three farmers were killed by fire from a helicopter in Gao on Friday, residents said.", 3),  # a weapon's fire
    ("A minibus driver shot dead two traders in Onitsha on Tuesday, police said.", 2),  # a driver is a person
    ("A hit squad shot dead two lawyers in Tegucigalpa on Friday, police said.", 2),
    ("Four people died when militants attacked a football match in Mogadishu on Sunday.", 4),  # a match has people
    ("Two sailors died when a drone struck a floating pier in Odesa on Tuesday, officials said.", 2),  # no drill
])
def test_peoples_act_found(text: str, killed: int) -> None:
    found = _run(text)
    assert found and found[0]["killed"] == killed


def test_toll_sentence_of_a_raid_keeps_its_dead() -> None:
    """A page that tells a people's act reads its other sentences as before: the toll joins the raid."""
    found = _run("Gunmen raided Gwoza in Borno State on Friday night. Seven villagers were killed in the bitter "
                 "cold as they fled, residents said.")
    assert found and found[0]["killed"] == 7


def test_neighbouring_flood_makes_no_accident() -> None:
    found = _run("There was an explosion in Rinkeby on Tuesday night and three people were hurt. Separately, a flood "
                 "killed two people in Gothenburg.")
    assert any(g["city"] == "Rinkeby" for g in found)


@pytest.mark.parametrize("sentence", [
    "Soldiers fired at floating targets off Rason on Tuesday.",  # no exercise named
    "Militants attacked the peace talks in Doha on Monday.",  # attack is never a blow at an idea
    "Rebels shot down the ceasefire plan on Monday.",  # the sentence names people
])
def test_not_vetoed(sentence: str) -> None:
    assert not _no_people(sentence)


def test_named_death_by_cattle_thieves_counted() -> None:
    """Only the animal that is the "by" agent itself tells an animal's act ("cattle thieves" are people)."""
    assert [c.n for c in casualties.counts("Idris Lawal died after being attacked by cattle thieves in Sokoto on "
                                           "Monday.", "killed")] == [1]
