"""Units the text sets beside the scene: a state the town only borders ("in Kagara, which borders Kebbi State"), the
state of a town the attackers fled to ("escaped to Dansadau, in Zamfara State"), a town placed "in neighbouring"
country, and a sentence's capitalised "In" before a unit's name. Invented events, real places."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text,admin1", [
    ("Bandits killed three traders in Kagara, which borders Kebbi State, on Friday, villagers said.", "Niger"),
    ("Gunmen shot dead two herders in Jibia, adjoining Zamfara State, on Thursday.", "Katsina"),
    ("Gunmen shot dead two herders in Kagara, adjacent Kebbi State, on Thursday.", "Niger"),  # bare "adjacent"
])
def test_a_bordering_state_is_not_the_towns_state(text: str, admin1: str) -> None:
    assert where(text)[1] == admin1
    # the adjective after an article or "in" names the scene's own state: it stays
    assert where("Bandits killed six farmers in the bordering Kebbi State on Friday.")[1] == "Kebbi"
    assert where("Bandits killed six farmers in neighbouring Zamfara State on Friday.")[1] == "Zamfara"


@pytest.mark.parametrize("text", [
    "Bandits killed seven people in Kagara on Friday and escaped to Dansadau, in Zamfara State, residents said.",
    "Bandits killed seven people in Kagara on Friday before fleeing to Dansadau, in the neighbouring Zamfara State.",
    "Bandits killed seven people in Kagara on Friday and escaped into neighbouring Zamfara State, residents said.",
])
def test_the_state_the_attackers_fled_to_is_not_the_scenes(text: str) -> None:
    assert where(text)[1:] == ("Niger", "Kagara")


def test_a_town_in_neighbouring_country_keeps_the_town() -> None:
    text = "Militants killed four traders in Fotokol, in neighbouring Cameroon, on Friday, Nigerian officials said."
    assert where(text)[::2] == ("Cameroon", "Fotokol")
    # a neighbouring district is no country: the site before it keeps the district's state
    assert where("Suicide bombers killed four people at Custom Market, in the neighbouring Jere LGA, on Monday.")[1] \
        == "Borno"


def test_a_namesake_in_the_neighbouring_country_named() -> None:
    assert where("Jihadists killed five herders in Illela, in neighbouring Niger, on Friday, officials said.")[0] \
        == "Niger"


def test_a_sentence_opening_in_is_no_part_of_the_units_name() -> None:
    country, _, city = where("In Rafi LGA, bandits killed five farmers on Monday, police said.")
    assert country == "Nigeria" and city is not None and not city.startswith("In ")


def test_a_towns_own_in_stays_when_the_rest_is_no_known_name() -> None:
    # "In Gall", "In Amenas": Sahel towns whose "In" is their own; the gazetteer knows no place called "Amenas"
    assert where("In Amenas district, gunmen shot dead two guards on Tuesday, officials said.")[2] == "In Amenas"
    assert where("In Gall commune, jihadists killed seven herders on Friday, officials said.")[2] == "In Gall"


@pytest.mark.parametrize("text,admin1", [
    # the adjective after a preposition names the state the attackers entered: the scene's
    ("Gunmen moved into adjoining Katsina State and shot dead nine herders at Tudun Wada on Tuesday, police said.",
     "Katsina"),
])
def test_a_state_entered_stays_the_scenes(text: str, admin1: str) -> None:
    assert where(text)[1] == admin1


def test_a_site_adjoining_a_units_building_lies_in_the_unit() -> None:
    assert where("Bandits killed four traders at a shop adjoining the Chikun LGA secretariat on Friday.")[2] == "Chikun"


@pytest.mark.parametrize("text,city", [
    # the people fleeing are the victims, attacked on their way: where they went is the scene
    ("Jihadists ambushed families fleeing into Gwoza LGA on Friday, killing nine of them.", "Gwoza"),
    ("Scores of farmers fleeing to Tsafe were attacked by bandits, who killed seven of them, residents said.", "Tsafe"),
])
def test_victims_fleeing_into_a_place_are_attacked_there(text: str, city: str) -> None:
    assert where(text)[2] == city


@pytest.mark.parametrize("text,city", [
    ("At Quetta bus terminal, a bomb killed four passengers on Monday, police said.", "Quetta"),
    ("At Kandahar airport, a suicide bomber killed six guards on Friday, officials said.", "Kandahar"),
])
def test_a_sentence_opening_at_is_no_part_of_a_facilitys_town(text: str, city: str) -> None:
    assert where(text)[2] == city
