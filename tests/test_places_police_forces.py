"""Police forces named by the territory they guard (data/police_forces.csv): "Essex Police" is Britain's county
force, not the namesake town's police in the United States; "Durham police" may be either, so it places neither;
an acronym's police ("METRA police") is a transit system's, not a town spelled so. Fresh sentences written for
these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text", [
    "A teenager was stabbed to death outside a takeaway on Friday night, Essex Police said.",
    "A pensioner was found beaten to death in her flat on Sunday, Dorset Police said.",
    "Two men were shot dead outside a pub in a market town on Saturday, Sussex Police said.",
])
def test_a_county_force_is_its_country(text: str) -> None:
    assert where(text)[:2] == ("United Kingdom", "England")


def test_a_regional_force_is_its_province() -> None:
    text = "A man was shot dead in a parking lot on Thursday night, Halton Regional Police said."
    assert where(text)[:2] == ("Canada", "Ontario")


def test_a_shire_with_another_police_word_places_no_namesake() -> None:
    # "Durham police": Durham Constabulary or the North Carolina city's department; the name alone says neither
    text = "Three people were shot dead at a house party early on Sunday, Durham police said."
    assert where(text)[:2] != ("United States", "North Carolina")


def test_a_transit_system_police_is_no_town() -> None:
    text = "A man was stabbed to death on a commuter train on Tuesday, METRA police said."
    assert where(text)[0] is None


def test_a_big_town_keeps_its_police() -> None:
    # guard: Cleveland is also a British force's seat, but a city of 370,000 is what "Cleveland police" means
    text = "Two teenagers were shot dead outside a gas station on Saturday, Cleveland police said."
    assert where(text)[:3] == ("United States", "Ohio", "Cleveland")
