"""An administrative unit's word that one country uses ("woreda", "LGA", "barangay") names it, weakly
(data/unit_words.csv, world facts). Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.country_cases import country, rows_name_known_countries
from worker.extract import countries


@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed eleven farmers in Gambo woreda on Monday, residents said.", "Ethiopia"),
    ("Bandits killed six vigilantes in Zango LGA overnight, police said.", "Nigeria"),
    ("Two soldiers died when militants attacked a patrol base in Barangay Tumahubong.", "Philippines"),
    ("A mob beat two men to death in a village of Sherpur upazila on Friday.", "Bangladesh"),
])
def test_a_one_country_unit_word_names_it(text: str, expected: str) -> None:
    assert country(text) == expected


def test_a_capitalised_word_of_a_name_is_no_unit_word() -> None:
    assert countries.unit_word_clues("Guests at the Hyatt Regency hotel were evacuated.") == []


def test_every_unit_word_row_names_a_known_country() -> None:
    assert len(rows_name_known_countries("unit_words.csv", "word")) > 30
