"""Whom a strike was aimed at is its target, not its doer: "the raid was aimed at Boko Haram fighters" and "the drone
had been on a mission against bandits" (roles.jsonl aimed_verb_at, mission_against; data/role_words.csv
aimed_verbs, mission_nouns), also when the army's words are quoted ("against 'terrorists and bandits'"); the state
whose aircraft struck is the doer (data/states.csv: "Nigerian military")."""
from __future__ import annotations

import pytest

from tests.perps_support import roles_of, story


@pytest.mark.parametrize("sentence, target", [
    ("The military said the raid was aimed at Boko Haram fighters hiding in the forest.", "Boko Haram fighters"),
    ("The army said the jet had been on a mission against al-Shabaab and had hit the village by mistake.",
     "al-Shabaab"),
])
def test_the_target_of_an_aim_is_a_patient(nlp, sentence: str, target: str) -> None:
    found = roles_of(nlp, sentence)
    assert [r.role for r in found if r.text == target] == ["patient"]


@pytest.mark.parametrize("text", [
    "At least 14 villagers were killed when an air force jet bombed a cattle market in Gamboru in Borno State on "
    "Tuesday, officials said. The military said the raid was aimed at Boko Haram fighters hiding in the area.",
    "At least 30 villagers were killed when a military drone mistakenly bombed a wedding party in Kurmin village "
    "in Kaduna State on Sunday, officials said. The army said the drone had been on a patrol mission against "
    "'kidnappers and bandits' and had hit the village by error.",
])
def test_a_strike_that_missed_its_target_names_the_state(nlp, text: str) -> None:
    assert story(nlp, text, published="2024-06-04")[0] == ["Nigerian military"]


@pytest.mark.parametrize("text, target", [
    # no striker named: the target is still no doer, in a sentence the parse does not read (the word pattern), and
    # a demonym inside its name ("Pakistani Taliban") names no state's military either
    ("A drone strike killed three men on a motorbike near Datta Khel in North Waziristan on Friday. The strike was "
     "directed at Pakistani Taliban militants.", "Tehreek-e-Taliban Pakistan"),
    ("A drone struck a car near Marib on Sunday, killing three men. The strike was directed against AQAP "
     "militants.", "AQAP"),
    ("A drone strike killed four people near Malam Fatori in Borno State on Tuesday. The strike was aimed at ISWAP "
     "fighters, a security source said.", "Islamic State West Africa Province"),
])
def test_an_unclaimed_strike_does_not_name_its_target(nlp, text: str, target: str) -> None:
    found = story(nlp, text, published="2024-06-04")[0]
    assert target not in found and "Pakistan Army" not in found
