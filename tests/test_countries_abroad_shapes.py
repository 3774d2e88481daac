"""A story filed from one country about an event in another, told without the other's name: a province only that
country has ("in Lower Shabelle"), a demonym that qualifies the town's kind ("the Syrian city of Deir ez-Zor", "the
Afghan border town of Spin Boldak"), and a dateline whose town several countries' towns are named ("ISLAMABAD",
also Chattogram's old name), which weighs as a dateline, not as a town of the incident's sentence. Sentences
written for these tests (real places, invented events)."""
from __future__ import annotations

import pytest

from worker.extract import countries, extract_incidents

PUBLISHED = "2024-05-01"


@pytest.fixture(scope="module")
def country_of(nlp):
    def read(text: str) -> str | None:
        found = extract_incidents(text, nlp(text), PUBLISHED)
        return found[0].country if found else None
    return read


@pytest.mark.parametrize("text, country", [
    ("NAIROBI, Kenya (AP) — Al-Shabaab militants stormed an army post in Lower Shabelle on Thursday, killing eight "
     "soldiers, officials said.", "Somalia"),
    ("DAKAR, Senegal — Jihadists killed 14 soldiers in an ambush in Mopti region on Wednesday, the army said.", "Mali"),
])
def test_a_province_abroad_in_the_incident_outweighs_the_dateline(text: str, country: str, country_of) -> None:
    assert country_of(text) == country


def test_a_province_abroad_outweighs_a_bare_dateline_one_at_home_not(country_of) -> None:
    assert country_of("DAKAR, Senegal — Gunmen killed two fishermen in Mopti region on Friday, officials said.") == "Mali"
    assert country_of("NAIROBI — Gunmen killed three traders in Garissa county on Monday, police said.") == "Kenya"


@pytest.mark.parametrize("text, country", [
    ("BEIRUT (AP) — A drone strike killed five people in the Syrian city of Deir ez-Zor on Sunday, a monitor said.",
     "Syria"),
    ("AMMAN, Jordan — Gunmen shot dead three police officers in the Iraqi city of Ramadi on Tuesday, officials said.",
     "Iraq"),
])
def test_a_demonym_that_qualifies_a_town_s_kind_names_its_country(text: str, country: str, country_of) -> None:
    assert country_of(text) == country


def test_a_border_town_s_demonym_is_its_side() -> None:
    text = "Gunmen killed two guards in the Afghan border town of Spin Boldak on Friday."
    assert [c.country for c in countries.demonym_clues(text)] == ["Afghanistan"]
    assert countries.demonym_clues("Shelling near the Afghan border killed two on Friday.") == []


def test_a_namesake_dateline_weighs_as_a_dateline(country_of) -> None:
    assert country_of("ISLAMABAD — A suicide bomber killed nine worshippers at a mosque in the Afghan border town of "
                      "Spin Boldak on Friday.") == "Afghanistan"
    assert country_of("ISLAMABAD — Gunmen shot dead two police officers at a checkpoint on Monday, police said.") \
        == "Pakistan"
