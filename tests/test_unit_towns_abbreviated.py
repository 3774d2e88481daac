"""A namesake town placed by its unit written short ("Athens, Ga.", "London, Ont.", "Lebanon, PA"), said with "in"
("Moscow in Idaho"), or named before it ("the Ohio town of Athens", "Ontario's London"), is the town of that unit,
not the best-known town of the name."""
from __future__ import annotations

import pytest

from tests.place_cases import where
from worker.extract.unit_towns import abbreviations


@pytest.mark.parametrize("text,expected", [
    ("Two men were shot dead in Athens, Ga., on Saturday night.", ("United States", "Georgia", "Athens")),
    ("A gunman killed two clerks in London, Ont., on Friday.", ("Canada", "Ontario", "London")),
    ("A sniper killed two clerks in Lebanon, PA on Friday.", ("United States", "Pennsylvania", "Lebanon")),
    ("A gunman shot dead four people at a bar in Perth, W.A., on Friday.",
     ("Australia", "Western Australia", "Perth")),
    ("A gunman shot dead four people at a bar in Vancouver, WA, on Friday.",
     ("United States", "Washington", "Vancouver")),
])
def test_a_town_before_its_abbreviated_unit_is_that_units_namesake(text: str, expected: tuple[str, str, str]) -> None:
    assert where(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("A student shot dead two classmates in Athens in Georgia on Monday.", ("United States", "Georgia", "Athens")),
    ("A student shot dead two classmates in Lebanon in Tennessee on Monday.",
     ("United States", "Tennessee", "Lebanon")),
    ("A student shot dead two classmates in Rome in New York on Monday.", ("United States", "New York", "Rome")),
    ("A student shot dead two classmates in Tennessee's Lebanon on Monday.",
     ("United States", "Tennessee", "Lebanon")),
    ("A student shot dead two classmates in the Ohio town of Lebanon on Monday.",
     ("United States", "Ohio", "Lebanon")),
])
def test_a_town_said_in_a_unit_or_after_it_is_that_units_namesake(text: str, expected: tuple[str, str, str]) -> None:
    assert where(text) == expected


def test_the_abbreviations_cover_every_state_and_an_ambiguous_one_keeps_both_units() -> None:
    short = abbreviations()
    assert sum(1 for k, units in short.items() if len(k) == 2 and k.isupper()
               and any(u.country == "United States" for u in units)) >= 51  # 50 states and DC
    assert {u.country for u in short["WA"]} == {"United States", "Australia"}
    assert short["N.S."][0].admin1 == "Nova Scotia"


def test_a_short_form_with_no_namesake_there_places_no_town_abroad() -> None:
    # "SA" is South Australia's code; a writer may mean South Africa: no namesake there, no Australian town made up
    assert where("Robbers shot dead two guards in Johannesburg, SA, on Friday.")[0] == "South Africa"


@pytest.mark.parametrize("text,expected", [
    # a short form in capitals followed by a noun is an acronym of something else (the Palestinian Authority)
    ("Israeli soldiers shot dead a teenager in Hebron, PA health officials said on Tuesday.",
     ("Palestine", "West Bank", "Hebron")),
    # one that ends the address, or the sentence, is the unit
    ("A gunman shot dead two cashiers in Athens, GA.", ("United States", "Georgia", "Athens")),
    ("A gunman shot dead two cashiers in Athens, GA on Tuesday.", ("United States", "Georgia", "Athens")),
])
def test_an_acronym_after_a_comma_is_a_unit_only_where_the_address_ends(text: str,
                                                                        expected: tuple[str, str, str]) -> None:
    assert where(text) == expected
