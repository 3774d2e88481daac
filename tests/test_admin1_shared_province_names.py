"""The province a text names beside a town (issue 13): a province name several countries bear is the one that holds
the town ("Mukono, Central": Uganda's, not Botswana's); a province owning a district ("Madhesh's Janakpur
district") is the town's. Fresh sentences written for this test."""
from __future__ import annotations

import pytest

from tests.place_cases import where
from worker.extract.unit_towns import units_after


def test_a_shared_unit_name_after_a_comma_names_every_country_s_unit() -> None:
    text = "Mukono, Central, police said"
    countries = {u.country for u in units_after(text, len("Mukono"))}
    assert {"Uganda", "Botswana"} <= countries


@pytest.mark.parametrize("text, country, admin1", [
    ("Armed men shot dead four traders in Mukono, Central, on Friday, police said.", "Uganda", "Central"),
    ("Separatist fighters killed two teachers in Kumba, South-West, late on Friday, residents said.", "Cameroon",
     "South-West"),
    ("In Nord-Ouest, separatist fighters killed three gendarmes in the village of Bafut on Friday.", "Cameroon",
     "Nord-Ouest"),
])
def test_a_shared_province_name_is_the_one_holding_the_town(text: str, country: str, admin1: str) -> None:
    got = where(text)
    assert got[0] == country and got[1] == admin1


@pytest.mark.parametrize("text, town", [
    ("Gunmen shot dead three shopkeepers in Madhesh's Janakpur district on Friday, police said.", "Janakpur"),
    ("Gunmen shot dead three shopkeepers in Madhesh's Birgunj district on Friday, police said.", "Birgunj"),
])
def test_a_province_owning_a_district_places_its_town(text: str, town: str) -> None:
    """"X's Y district": X a first-level unit no town bears (NER's organisation) is Y's province, and its country."""
    assert where(text) == ("Nepal", "Madhesh", town)
