"""A people that lives nearly all in one country names it like a demonym, weakly (data/peoples.csv, world facts);
it is no state's demonym, so it names no state force. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.country_cases import country, rows_name_known_countries
from worker.extract import countries



@pytest.mark.parametrize("text, expected", [
    ("Suspected herders killed 12 Tiv farmers in an overnight raid on their village, residents said.", "Nigeria"),
    ("Tigrayan forces shelled a market town, killing seven civilians, officials said.", "Ethiopia"),
    ("Armed Murle youths raided a Dinka cattle camp at dawn, killing 20 people.", "South Sudan"),
    ("Lendu militiamen attacked a Hema village with machetes, killing 14 people.", "Democratic Republic of the Congo"),
    ("Gunmen killed four Yazidis herding sheep near their village on Tuesday.", "Iraq"),
])
def test_a_people_of_one_country_names_it(text: str, expected: str) -> None:
    assert country(text) == expected


def test_a_named_place_outweighs_a_people(nlp) -> None:
    text = "Two Dinka traders were stabbed to death in a market in Omdurman on Friday, police said."
    assert country(text, nlp) == "Sudan"


def test_peoples_are_not_demonyms_of_states() -> None:
    assert "Tigrayan" not in countries.demonyms() and countries.peoples()["Tigrayan"] == "Ethiopia"


def test_every_people_row_names_a_known_country_and_says_why() -> None:
    assert len(rows_name_known_countries("peoples.csv", "people")) > 40
