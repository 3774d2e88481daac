"""Town names that are English words, the capitals whose name is also a province's, and a town placed by the unit
after its name ("Paris, Texas"). Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests import place_cases
from worker.extract.build_gazetteer import _alternates
from worker.extract.geonames import fold, index
from worker.extract.unit_towns import units_after


def test_builder_drops_other_names_that_are_common_words_but_keeps_the_own_name() -> None:
    common = frozenset({"port", "mobile"})
    assert _alternates("Harbour Ward", ["Harbour Ward", "Port District", "Port"], common) == [
        "Harbour Ward", "Port District"]  # not its bare form "Port"
    assert _alternates("Mobile", ["Mobile", "Mobila"], common) == ["Mobile", "Mobila"]


def test_the_gazetteer_knows_no_town_called_by_a_plain_word() -> None:
    assert all(c.name != "Port Area" for c in index().cities("Port"))
    assert not index().cities("Human") and not index().cities("Logos")  # Uman's and Lagos' other names
    assert all(c.name != "Caen" for c in index().cities("Can"))  # Turkey's Çan keeps its own name
    assert index().cities("Port of Spain")[0].country == "Trinidad and Tobago"


def test_a_small_capital_named_like_its_province_is_found_whole() -> None:
    assert place_cases.where("Two men were shot dead in Port of Spain late on Tuesday, police said.")[:2] == (
        "Trinidad and Tobago", "Port of Spain")


@pytest.mark.parametrize("text, where", [
    ("A gunman shot dead three people at a diner in Paris, Texas, on Saturday, police said.",
     ("United States", "Texas", "Paris")),
    ("Two officers were killed in a shooting in Salem, Oregon, on Friday night.",
     ("United States", "Oregon", "Salem")),
    ("A gunman shot dead two shoppers in Paris, France, on Saturday, police said.",
     ("France", "Île-de-France", "Paris")),
])
def test_a_town_followed_by_its_first_level_unit_is_that_units_town(text: str, where: tuple[str, str, str]) -> None:
    assert place_cases.where(text) == where


def test_a_list_of_names_is_no_town_and_its_unit() -> None:
    text = "Shelling hit Aleppo, Idlib and Hama on Monday."
    assert units_after(text, text.index(",")) == ()
    text = "Shelling hit the outskirts of Aleppo, Idlib, on Monday."
    assert [u.admin1 for u in units_after(text, text.index(","))] == ["Idlib"]


@pytest.mark.parametrize("text, where", [
    # a US town named after a country, its state after the comma
    ("A gunman shot dead two clerks at a store in Peru, Indiana, on Saturday, police said.",
     ("United States", "Indiana", "Peru")),
    # a town of one country, the country after the comma, where the gazetteer's pin is another's namesake
    ("Two traders were shot dead in Hyderabad, India overnight, officers said.", ("India", "Telangana", "Hyderabad")),
])
def test_a_name_followed_by_its_unit_or_country_is_the_namesake_there(text: str, where: tuple[str, str, str]) -> None:
    country, admin1, city = place_cases.where(text)
    assert (country, fold(admin1 or ""), city) == (where[0], fold(where[1]), where[2])


def test_two_countries_or_a_country_and_its_province_stay_countries() -> None:
    text = "Strikes hit Syria, Iraq on Monday."
    assert [u.kind for u in units_after(text, text.index(","))] == ["country"]
    assert place_cases.where("Gunmen killed four people in Ukraine, Crimea on Monday.")[0] == "Ukraine"
