"""A town's name that begins a street's ("the 4800 block of West Chicago Avenue") names the street, not the town
(West Chicago, Illinois): US crime reports place shootings by "the N block of <street>". The street's type words are
data (data/street_words.csv). Fresh sentences written for these tests."""
from __future__ import annotations

from tests.place_cases import where


def test_a_street_named_after_a_town_is_not_the_town() -> None:
    text = "A man was shot and killed Saturday night in the 4800 block of West Chicago Avenue, police said."
    assert where(text)[2] != "West Chicago"


def test_the_town_after_a_street_named_like_another_stays_the_scene() -> None:
    text = ("A teenager was shot dead in the 2100 block of West Chicago Avenue in Chicago on Sunday night, police "
            "said.")
    assert where(text) == ("United States", "Illinois", "Chicago")
