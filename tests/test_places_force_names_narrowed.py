"""An official force's name is one clue of its country, not an override: a big namesake town abroad keeps its
police ("Cleveland Police" is Ohio's), a story's own places outweigh it, a word of another force after it makes it
the namesake town's ("Surrey Police Service", "Kent Police Department"), and letters the gazetteer knows as a region
are no transit system's ("NWFP police"). Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


def test_a_big_namesake_town_keeps_its_capitalised_police() -> None:
    text = "A man was stabbed to death near a bus stop on Monday, Cleveland Police said."
    assert where(text)[0] == "United States"


def test_the_story_places_outweigh_a_force_name() -> None:
    text = ("A woman was stabbed to death in a parking garage on Monday, Kent Police said. Officers were called to a "
            "home in the suburb south of Seattle.")
    assert where(text)[0] == "United States"


@pytest.mark.parametrize("text, country", [
    ("Two men were stabbed to death outside a restaurant on Monday, Surrey Police Service said.", "Canada"),
    ("A man was found shot dead on Monday, Kent Police Department said.", "United States"),
])
def test_another_force_word_after_the_name_is_the_town_force(text: str, country: str) -> None:
    assert where(text)[0] == country


def test_a_force_head_keeps_the_county_force() -> None:
    text = "A man was shot dead on Friday, Kent Police Chief Constable Alan Pughsley said."
    assert where(text)[:2] == ("United Kingdom", "England")


@pytest.mark.parametrize("text", [
    "A bomb killed four people at a market on Monday, FATA police said.",
    "A gunman killed a shopkeeper on Monday, NWFP police said.",
])
def test_region_letters_before_police_keep_their_country(text: str) -> None:
    assert where(text)[0] == "Pakistan"


def test_a_living_county_force_keeps_its_name_before_a_bigger_town_abroad() -> None:
    # guard: Surrey, B.C. is bigger, but Surrey is a county of England, whose force is "Surrey Police"
    text = "A woman was stabbed to death in a village on Tuesday, Surrey Police said."
    assert where(text)[:2] == ("United Kingdom", "England")
