"""A saint's name is whole: before a unit's word it names the unit ("St. Thomas parish"), not a namesake town of the
whole name elsewhere, nor the town its last word alone names; NER's one name of a saint's shrine "in" a town leaves
the town; a town placed by one island of a two-island country ("San Fernando, Trinidad") is that country's. Fresh
sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, wrong", [
    ("Gunmen shot dead two fishermen in St. Thomas parish on Friday.", "Canada"),  # St. Thomas, Ontario
    ("A mob killed a suspected thief in St. Michael parish on Friday.", "United States"),  # St. Michael, Minnesota
    ("Rebels killed three villagers in St. Paul district on Tuesday.", "United States"),  # St. Paul, Minnesota
])
def test_a_saint_before_a_unit_word_is_no_namesake_town(text: str, wrong: str) -> None:
    assert where(text)[0] != wrong


def test_a_shrine_in_a_town_leaves_the_town() -> None:
    text = "A grenade killed two people at the St. Anthony's Shrine in Jaffna on Sunday."
    assert where(text) == ("Sri Lanka", "Northern", "Jaffna")


def test_an_island_of_a_two_island_country_places_the_town() -> None:
    text = "Two men were shot dead outside a bar in San Fernando, Trinidad, on Saturday, police said."
    assert where(text)[0] == "Trinidad and Tobago"

