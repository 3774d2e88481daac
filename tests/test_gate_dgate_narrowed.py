"""The dgate rules held only where they were meant to: a convict's old sentence in a relative clause does not make
the new killing the main clause tells a record; a transitive "who had assembled the bombs" stays an earlier deed
(only a crowd that "had gathered outside" is the scene); a "lone wolf" is a person; a passive blow at a thing is a
figure of speech only when the sentence names no toll; a first or earlier identification still names the group.
Every text is written for these tests (real places, invented events); each fails on the branch before this fix."""
from __future__ import annotations

import pytest

from tests.recall_cases import run


@pytest.fixture(autouse=True, scope="module")
def _nlp(nlp: object) -> None:
    _run.nlp = nlp  # the session's model (conftest)


def _run(text: str) -> list[dict]:
    return run(_run.nlp, text, published="2024-06-12")


@pytest.mark.parametrize("text", [
    "A prisoner who was handed a 15-year jail term for fraud stabbed a guard to death at Luzira prison in Kampala on "
    "Monday, officials said.",
    "A prisoner who was given a life sentence for murder shot dead a guard at Luzira prison in Kampala on Monday, "
    "officials said.",
])
def test_a_convicts_old_sentence_in_a_relative_clause_keeps_the_new_killing(text: str) -> None:
    assert _run(text) != []


def test_a_transitive_had_assembled_stays_an_earlier_deed() -> None:
    got = _run("Soldiers killed four militants who had assembled the explosives used in the bombing of a market in "
               "Maiduguri, the army said on Monday.")
    assert got and got[0]["event_type"] in ("armed_clash", "attack")


@pytest.mark.parametrize("text", [
    "A lone wolf attack killed four people at a railway station in Hanover on Monday, police said.",
    "Police said the lone-wolf attack on a mosque in Hamburg killed three people on Monday.",
])
def test_a_lone_wolf_is_a_person(text: str) -> None:
    assert _run(text) != []


def test_a_passive_blow_at_stocks_in_a_raid_with_a_toll_stays() -> None:
    assert _run("Food stocks were torched in Beni in North Kivu on Monday as 14 died in the raid.") != []


def test_a_first_identification_names_the_group() -> None:
    got = _run("The gunmen, whom the army first identified as ISWAP fighters, stormed a mosque in Bama, Borno State, "
               "on Monday, killing five worshippers.")
    assert got and any("West Africa" in p for p in got[0]["perpetrators"])
