"""A group named in the clause that describes the victims ("suspected of being X informants", "accused of spying for
X") says who the victims were held to be, not who killed them; and a force that only answered the doers ("troops
dispersed militants who had attacked", "police dispersed a mob that had beaten") did not do the violence. Every
sentence is written for these tests."""
from __future__ import annotations

import pytest

from tests.perps_support import doers as who
from worker.extract import actors


@pytest.mark.parametrize("sentence", [
    "Unknown attackers shot dead four herders suspected of being ISWAP collaborators near Monguno on Friday.",
    "Gunmen killed two traders accused of spying for al-Shabaab in Afgoye on Friday.",
])
def test_the_victims_ties_name_no_doer(nlp, sentence: str) -> None:
    assert who(nlp, sentence, "attack") == []


def test_a_group_named_as_the_doer_still_is(nlp) -> None:
    assert who(nlp, "Al-Shabaab fighters killed two traders in Afgoye on Friday.", "attack") == ["al-Shabaab"]


@pytest.mark.parametrize("sentence, event_type, force", [
    ("Soldiers repelled gunmen who had raided Dansadau on Friday, killing six farmers.", "attack", "military"),
    ("Police dispersed a crowd that had beaten a suspected robber to death in Kano on Friday.", "riot", "police"),
])
def test_a_force_that_answered_the_doers_is_no_doer(nlp, sentence: str, event_type: str, force: str) -> None:
    assert force not in who(nlp, sentence, event_type)


def test_a_force_that_fired_on_a_crowd_stays_the_doer(nlp) -> None:
    assert who(nlp, "Police fired on protesters in Kano on Friday, killing three.", "protest") == ["police"]


@pytest.mark.parametrize("sentence", [
    "Troops killed nine armed herders near Agatu on Friday.",
    "Troops killed nine herders armed with AK-47 rifles near Agatu on Friday.",
])
def test_people_the_text_arms_are_no_civilians(sentence: str) -> None:
    assert "civilians" not in actors.target_categories([sentence], "armed_clash")[0]


def test_unarmed_herders_stay_civilians() -> None:
    assert actors.target_categories(["Gunmen killed nine herders near Agatu on Friday."], "attack")[0] == ["civilians"]
