"""Names whose sense in news is no place (feasts, months of a calendar, characters and brands) that GeoNames gives
towns: none is a town where the words do not give it as one. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests import place_cases
from worker.extract.geonames import index
from worker.extract.name_readings import is_name


def test_a_feast_is_no_other_name_of_a_town() -> None:
    assert not index().cities("Eid") and not index().cities("Passover")
    assert index().cities("Batman")[0].country == "Turkey"  # a town's own name stays


@pytest.mark.parametrize("text", [
    "Gunmen killed four worshippers at Eid al-Adha prayers in the morning, police said.",
    "Gunmen shot dead six guests at Passover dinner, officials said.",
    "A bomb killed two shoppers at Diwali, police said.",
])
def test_a_feast_after_at_gives_no_place(text: str) -> None:
    found = place_cases.where_all(text)
    assert found and all(w == (None, None, None) for w in found)


def test_a_character_or_brand_is_no_town_without_a_place_cue() -> None:
    found = place_cases.where_all("Two teenagers in Batman costumes were shot dead at a party, police said.")
    assert found and all(w[0] != "Turkey" for w in found)
    assert place_cases.where("A car bomb killed three policemen in Batman on Monday, officials said.")[:2] == (
        "Turkey", "Batman")


def test_months_and_feasts_are_no_unknown_names() -> None:
    assert not is_name("Rajab") and not is_name("Yom Kippur") and is_name("Rafah")
