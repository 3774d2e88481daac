"""A mission, force or agency that works in one country names it, weakly (data/institutions.csv, world facts).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.country_cases import country, rows_name_known_countries
from worker.extract import countries



@pytest.mark.parametrize("text, expected", [
    ("The ISPR said four soldiers died in an exchange of fire with militants overnight.", "Pakistan"),
    ("FARDC soldiers repelled an attack on their camp; nine assailants were killed.", "Democratic Republic of the Congo"),
    ("UNMISS said 16 civilians were killed when armed youths attacked a cattle camp.", "South Sudan"),
    ("The Tatmadaw shelled a village overnight, killing six people, residents said.", "Myanmar"),
])
def test_a_one_country_institution_names_it(text: str, expected: str) -> None:
    assert country(text) == expected


def test_an_institution_inside_a_longer_name_or_lower_case_is_no_clue() -> None:
    assert countries.institution_clues("the SPLA-style fbi-like tatmadaw") == []


def test_every_institution_row_names_a_known_country_and_says_what_it_is() -> None:
    assert len(rows_name_known_countries("institutions.csv", "name")) > 50
