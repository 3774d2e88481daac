"""The province of an incident whose town the gazetteer does not know: the one province of the incident's country
the text names (issue 13). Fresh sentences written for this test."""
from __future__ import annotations

import pytest

from tests.place_cases import where_all


@pytest.mark.parametrize("text, country, admin1", [
    # the town is no GeoNames place; the province is named only in a later sentence of the story
    ("Gunmen killed nine farmers on Sunday in Ungwan Zobozibo, police said. Bandit gangs have long operated in the "
     "forests of Kaduna State.", "Nigeria", "Kaduna"),
    ("Gunmen killed nine farmers on Sunday in Ungwan Zobozibo, police said. Residents said the raiders came on "
     "motorcycles. Last year, dozens of villages in Kaduna State were attacked by bandits.", "Nigeria", "Kaduna"),
])
def test_an_unknown_town_takes_the_one_province_the_text_names(text: str, country: str, admin1: str) -> None:
    found = where_all(text)
    assert found and found[0][0] == country and found[0][1] == admin1


def test_two_provinces_named_give_no_province() -> None:
    text = ("Gunmen killed nine farmers on Sunday in Ungwan Zobozibo village, police said. Similar raids struck "
            "Kaduna State and Katsina State last month.")
    found = where_all(text)
    assert found and found[0][0] == "Nigeria" and found[0][1] is None


def test_a_province_of_another_country_is_not_taken() -> None:
    text = ("Gunmen killed nine farmers on Sunday in Ungwan Zobozibo village in northern Nigeria, police said. "
            "Aid groups said hundreds of families had fled north into Niger's Tahoua region since March.")
    found = where_all(text)
    assert found and found[0][0] == "Nigeria" and found[0][1] is None
