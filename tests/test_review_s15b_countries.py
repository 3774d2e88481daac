"""Review s15b defects of the article's country (countries.py, build_currencies.py). Sentences written for these
tests."""
from __future__ import annotations

import pytest

from tests.country_cases import country
from worker.extract import countries


@pytest.mark.parametrize("text, expected", [
    ("Thieves took 1500 rand and a phone from the tavern.", "South Africa"),
    ("Muggers grabbed 600 rand from a pensioner.", "South Africa"),
    ("The gang asked for 350 000 rand to free the boy.", "South Africa"),
    ("A clerk was paid 900 yen to look away.", "Japan"),
])
def test_a_noun_currency_after_a_plain_count_is_money(text: str, expected: str) -> None:
    assert [c.country for c in countries.currency_clues(text)] == [expected]


@pytest.mark.parametrize("text", [
    "Exports slowed after 2008 rand weakness hit the mines.",
    "The coach who in 2016 won the league was attacked.",
    "Police listed 4 real dangers at the stadium.",
])
def test_a_year_or_a_verb_after_a_figure_is_no_money(text: str) -> None:
    assert countries.currency_clues(text) == []


def test_an_alternate_name_of_a_big_city_does_not_hide_a_region_core(nlp) -> None:
    assert country("Soldiers clashed with guerrillas in Samar, leaving four dead.", nlp) == "Philippines"


@pytest.mark.parametrize("name, primary, expected", [
    ("St. Paul", "Saint Paul", True), ("Mt. Hagen", "Mount Hagen", True), ("Samar", "Samara", False),
    ("Concepcion", "Concepción", True),
])
def test_only_an_abbreviated_primary_name_counts_as_the_big_town(name: str, primary: str, expected: bool) -> None:
    assert countries._abbreviates(name, primary) is expected


def test_a_shared_unit_word_rules_out_a_namesake_abroad(nlp) -> None:
    assert country("Two miners died in clashes in Kono chiefdom, police said.", nlp) == "Sierra Leone"


@pytest.mark.parametrize("text, expected", [
    ("Soldiers were ambushed in San Juan, close to the Haitian border, on Friday.", "Dominican Republic"),
    ("Bandits shot two herders in Sindian near the border with Gambia.", "Senegal"),
])
def test_a_border_town_lies_in_a_neighbour_of_the_border_country(text: str, expected: str, nlp) -> None:
    assert country(text, nlp) == expected


@pytest.mark.parametrize("text, expected", [
    ("Militants blew up a pipeline in the Niger Delta, the Nigerian army said.", "Nigeria"),
    ("Settlers attacked a Palestinian farm in the Jordan Valley.", "Palestine"),
])
def test_a_country_name_that_begins_a_landform_is_no_clue_of_that_country(text: str, expected: str, nlp) -> None:
    assert country(text, nlp) == expected


def test_a_country_name_alone_still_names_the_country(nlp) -> None:
    assert country("Troops killed five rebels in Niger's west on Monday.", nlp) == "Niger"
