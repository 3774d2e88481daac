"""The type words of provinces and the compass words of place names are one copy each (unit_words.py,
compass_words.py), read by every place finder: the named sets keep the finders' differences explicit, and a unit
named by any of its type words or placed by a compass word is still read. Sentences written for these tests."""
from __future__ import annotations

import re

import pytest

from tests.place_cases import where
from worker.extract.compass_words import BETWEEN, CARDINALS, NAME_WORDS, POINTS, QUALIFIER
from worker.extract.unit_words import DISTRICT_WORDS, FIRST_LEVEL_WORDS, PROVINCE_OF_WORDS, PROVINCE_WORDS


def test_the_named_sets_nest_as_their_names_say() -> None:
    assert set(PROVINCE_WORDS) < set(FIRST_LEVEL_WORDS)
    assert set(PROVINCE_OF_WORDS) == set(FIRST_LEVEL_WORDS) - {"region"}  # "the region of X" is a town's surroundings
    assert not set(DISTRICT_WORDS) & set(FIRST_LEVEL_WORDS)
    assert set(CARDINALS) < set(POINTS) < set(NAME_WORDS)


@pytest.mark.parametrize("words", ["northern ", "southeastern ", "central ", "Western "])
def test_the_qualifier_is_a_compass_word_and_its_ending(words: str) -> None:
    assert re.fullmatch(QUALIFIER, words, re.I)


@pytest.mark.parametrize("word", ["northeast", "north-west", "southwest", "south-east"])
def test_the_points_between_in_one_word_or_hyphened(word: str) -> None:
    assert re.fullmatch(BETWEEN, word)


@pytest.mark.parametrize("text, place", [
    ("Militants killed four soldiers in the prefecture of Kidal, Mali, on Monday.", ("Mali", "Kidal", None)),
    ("Russian shelling killed three civilians in Kharkiv oblast on Sunday, the regional governor said.",
     ("Ukraine", "Kharkiv Oblast", None)),
    ("Gunmen killed nine villagers in north-eastern Zamfara state on Friday, police said.",
     ("Nigeria", "Zamfara", None)),
    ("A roadside bomb killed two soldiers in Colombia's Cauca department on Wednesday.", ("Colombia", "Cauca", None)),
    ("Gunmen killed five traders at Tabaka in Kenya's Kisii county on Thursday.", ("Kenya", "Kisii", "Tabaka")),
    ("Jihadists killed seven herders in the Far North region of Cameroon on Saturday.",
     ("Cameroon", "Far North", None)),
    ("Attackers killed eleven civilians in Burkina Faso's Centre-Nord region on Sunday.",
     ("Burkina Faso", "Centre-Nord", None)),
    ("A car bomb killed eight people in Nineveh governorate, Iraq, on Monday.", ("Iraq", "Nineveh", None)),
])
def test_a_unit_named_by_its_type_word_or_placed_by_a_compass_word(text: str, place: tuple) -> None:
    assert where(text) == place


def test_a_hyphened_point_between_is_no_qualifier() -> None:
    """QUALIFIER reads one word: "south-eastern" is read by the finders that join BETWEEN to the points."""
    assert not re.fullmatch(QUALIFIER, "south-eastern ")
