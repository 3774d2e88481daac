"""Titles of offices and ranks one country uses (data/office_titles.csv) and the one-country forces added to
data/institutions.csv name that country weakly: alone they answer, beside a country the text writes they do not
outvote it. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.country_cases import country, rows_name_known_countries
from worker.extract import countries


@pytest.mark.parametrize("text, expected", [
    ("The Divisional Police Officer said gunmen killed three traders at a village market.", "Nigeria"),
    ("The sarpanch of the village was shot dead by unidentified men on his farm.", "India"),
    ("The bupati said a landslide and a mob attack left four people dead.", "Indonesia"),
    ("VDP fighters repelled an attack on a convoy; eleven assailants were killed.", "Burkina Faso"),
    ("Imbonerakure members beat two opposition activists to death, witnesses said.", "Burundi"),
    ("The Counter Terrorism Department said five militants were killed in a raid.", "Pakistan"),
])
def test_a_one_country_title_or_force_names_it(text: str, expected: str) -> None:
    assert country(text) == expected


def test_a_title_does_not_outvote_a_written_country() -> None:
    text = ("Gunmen killed six villagers in Niger's Tillaberi region on Sunday. A visiting Divisional Police Officer "
            "from across the border was among the wounded.")
    assert country(text) == "Niger"


def test_a_title_in_lower_case_or_inside_a_word_is_no_clue() -> None:
    assert countries.office_clues("the divisional police officer of the PPROs and an igwe") == []


def test_every_title_row_names_a_known_country_and_says_what_it_is() -> None:
    assert len(rows_name_known_countries("office_titles.csv", "title")) >= 10
