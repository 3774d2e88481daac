"""One island of an "X and Y" country places a town only right after it ("Sandy Point, St. Kitts"); an island
named as a person's origin or a people ("Turks") places no town. Fresh sentences written for these tests."""
from __future__ import annotations

from tests.place_cases import where


def test_a_people_named_like_an_island_places_no_town_there() -> None:
    text = "Three Turks were shot dead in Kew on Monday, police said."
    assert where(text)[0] != "Turks and Caicos Islands"


def test_an_origin_island_places_no_town_there() -> None:
    text = "A nurse from Antigua was stabbed to death in Freetown on Monday, police said."
    assert where(text)[0] == "Sierra Leone"


def test_the_island_after_the_town_places_it() -> None:
    text = "A man was stabbed to death in Sandy Point, St. Kitts, on Monday, police said."
    assert where(text)[0] == "Saint Kitts and Nevis"
