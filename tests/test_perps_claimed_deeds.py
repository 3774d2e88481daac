"""A claim of the deed right after a name ("Islamic Jihad claimed the rocket fire", "Hezbollah had claimed a barrage
at the area") names the doer, whatever the parse makes of the deed's words, and a claim sentence with no event word
of its own joins the event told before it; the deed may be a barrage, a salvo, rocket fire or shelling (role_words.csv
claim_objects). A denied claim names no one. Texts written for these tests."""
from __future__ import annotations

import pytest

from tests.perps_support import story


@pytest.mark.parametrize("text, group", [
    ("Five farm workers were killed when a rocket fired from Lebanon hit an orchard near Kiryat Shmona on Thursday, "
     "medics said. Hezbollah had claimed a barrage at the area earlier in the day.", "Hezbollah"),
    ("Four civilians died when rockets struck a market in Sderot on Friday. Islamic Jihad claimed the rocket fire.",
     "Islamic Jihad"),
    ("Three soldiers were killed when mortar rounds hit a base near Kismayo on Monday, officials said. Al-Shabaab "
     "claimed the shelling in a statement.", "al-Shabaab"),
])
def test_a_claim_of_the_deed_names_the_doer(nlp, text, group):
    assert [group] in story(nlp, text)


def test_a_denied_claim_names_no_one(nlp):
    text = ("Four civilians died when rockets struck a market in Sderot on Friday. Islamic Jihad has not claimed the "
            "rocket fire.")
    assert all(p == [] for p in story(nlp, text))


@pytest.mark.parametrize("text, group", [
    ("Rockets hit a field near Ashkelon on Tuesday, lightly injuring a farmer. Hamas claimed the rocket fire had come "
     "from a small faction, Islamic Jihad.", "Hamas"),
])
def test_claimed_with_a_clause_of_its_own_is_no_claim(nlp, text, group):
    assert all(group not in p for p in story(nlp, text))
