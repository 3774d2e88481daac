"""The abroad shapes of test_countries_abroad_shapes, narrowed: a demonym before a town's kind names the town's
country only when the town lies there (or a namesake does), not a people's or a region's adjective; a province or
a "<demonym> city of" abroad outweighs the dateline only as the scene of its clause's violent act, not where a
group operates, a flight's end or a comparison; a region both sides name ("Kurdistan") is the dateline's own.
Sentences written for these tests (real places, invented events)."""
from __future__ import annotations

import pytest

from worker.extract import extract_incidents

PUBLISHED = "2024-05-01"


@pytest.fixture(scope="module")
def country_of(nlp):
    def read(text: str) -> str | None:
        found = extract_incidents(text, nlp(text), PUBLISHED)
        return found[0].country if found else None
    return read


@pytest.mark.parametrize("text, country", [
    ("Unknown attackers burned two shops in the ethnic Albanian town of Gostivar on Sunday, police said.",
     "North Macedonia"),
    ("A bomb killed three people in the Azeri city of Ardabil on Sunday, state media said.", "Iran"),
])
def test_a_people_s_demonym_leaves_the_town_s_country(text: str, country: str, country_of) -> None:
    assert country_of(text) == country


@pytest.mark.parametrize("text, country", [
    ("DAKAR, Senegal — Gunmen killed two herders at a well on Sunday, the army said, blaming bandits operating in "
     "Mopti region.", "Senegal"),
    ("AMMAN, Jordan — A bomb killed four people at a bus station on Friday, an attack officials likened to those in "
     "the Iraqi city of Mosul.", "Jordan"),
    ("ERBIL, Iraq — An Iranian drone struck a village in Kurdistan on Sunday, killing two farmers, officials "
     "said.", "Iraq"),
])
def test_a_place_abroad_outside_the_act_s_clause_leaves_the_dateline(text: str, country: str, country_of) -> None:
    assert country_of(text) == country


def test_a_demonym_with_a_second_modifier_names_the_country(country_of) -> None:
    assert country_of("AMMAN, Jordan — A suicide bomber killed nine worshippers in the Iraqi holy city of Najaf on "
                      "Friday, officials said.") == "Iraq"
