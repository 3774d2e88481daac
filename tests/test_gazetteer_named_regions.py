"""Regions news names that are no subdivision of their country and share no core with one (data/named_regions.csv)
point to that country and are no towns. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where
from worker.extract.name_readings import is_name
from worker.extract.region_cores import country_of_region


@pytest.mark.parametrize("name, country", [
    ("Ambazonia", "Cameroon"), ("Jebel Marra", "Sudan"), ("Eastern Ghouta", "Syria"), ("Hirshabelle", "Somalia"),
    ("Nagorno-Karabakh", "Azerbaijan"), ("Katanga", "Democratic Republic of the Congo"), ("Uraba", "Colombia"),
])
def test_a_named_region_is_its_countrys(name: str, country: str) -> None:
    assert country_of_region(name) == country
    assert not is_name(name)  # a region, never read as a town


def test_a_story_told_in_a_named_region_is_in_its_country() -> None:
    assert where("Separatist fighters shot dead four gendarmes in Ambazonia on Monday.") == ("Cameroon", None, None)
