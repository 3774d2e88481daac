"""A capital standing for its government, the subject of a verb of speech or reaction ("Paris and Berlin condemned
the attack", "Moscow denied"), is where a state speaks from, not a scene: it gives way to the place the incident's
sentences name. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where
from worker.extract.aside_places import government_seat


@pytest.mark.parametrize("text, name, seat", [
    ("Paris and Berlin condemned the bombing.", "Paris", True),
    ("Paris and Berlin condemned the bombing.", "Berlin", True),
    ("Moscow denied any role in the raid.", "Moscow", True),
    ("A bomb exploded in Paris on Sunday.", "Paris", False),  # put in place: the scene
    ("Kano condemned the killings.", "Kano", False),  # no capital: a town's people may speak at home
])
def test_a_capital_that_speaks_is_a_government_seat(text: str, name: str, seat: bool) -> None:
    start = text.index(name)
    assert government_seat(text, start, start + len(name)) is seat


@pytest.mark.parametrize("text, expected", [
    ("Bandits killed nine farmers in Katsina State on Sunday. Paris and Berlin condemned the killings.",
     ("Nigeria", "Katsina", None)),
    ("Jihadists killed eleven soldiers in Mopti region on Sunday. Paris condemned the attack.",
     ("Mali", "Mopti", None)),
])
def test_the_reacting_capital_is_no_city_of_the_incident(text: str, expected: tuple) -> None:
    got = where(text)
    assert (got[0], got[2]) == (expected[0], expected[2]) and got[1] == expected[1]
