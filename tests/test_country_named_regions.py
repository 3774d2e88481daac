"""Regions news names that are no subdivision ("the Donbas", "the Ogaden"): the country, and no town of that name.
Fresh sentences written for these tests."""
from __future__ import annotations

from tests.place_cases import nlp
from worker.extract import extract_incidents
from worker.extract.name_readings import is_name
from worker.extract.region_cores import country_of_region


def test_a_named_region_has_its_country_and_is_no_town() -> None:
    assert country_of_region("Ogaden") == "Ethiopia" and country_of_region("Donbass") == "Ukraine"
    assert not is_name("Casamance") and is_name("Kramatorsk")


def test_an_attack_in_a_named_region_gives_its_country_and_no_city() -> None:
    text = "Shelling killed four civilians in the Donbas overnight, regional officials said."
    found = extract_incidents(text, nlp()(text), "2031-05-02")
    assert found and (found[0].country, found[0].city) == ("Ukraine", None)
