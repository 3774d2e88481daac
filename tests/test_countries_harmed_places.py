"""The place an act of harm hit ("Russian missiles struck Kyiv", "an attack on Kharkiv", "the shelling of central
Belgorod") is put where the event is, as "in Kyiv" is: the striking side's country, named as a speaker or a doer
further on ("in what Russia called a response"), does not outvote it. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.country_cases import country
from tests.place_cases import where
from worker.extract import countries


@pytest.mark.parametrize("text, name, placed", [
    ("Russian missiles struck Kyiv on Friday.", "Kyiv", True),
    ("Israeli jets pounded Beirut overnight.", "Beirut", True),
    ("an air strike on Sanaa killed six", "Sanaa", True),
    ("the heavy shelling of central Donetsk went on", "Donetsk", True),
    ("a bomb went off in Kabul", "Kabul", True),
    ("Moscow said the strikes were a response.", "Moscow", False),
    ("talks with Washington collapsed", "Washington", False),
])
def test_the_object_of_harm_is_placed(text: str, name: str, placed: bool) -> None:
    assert countries._placed_at(text, text.index(name)) is placed


@pytest.mark.parametrize("text, want", [
    ("Russian missiles struck Kyiv on Friday, killing 30 people, in what Russia called a response to attacks on "
     "its territory.", "Ukraine"),
    ("Russian drones hit Kharkiv on Monday, killing six people, and Russia's defence ministry said it had targeted "
     "military sites.", "Ukraine"),
    ("Ukrainian shelling of central Belgorod killed 24 people on Saturday, the regional governor said, a day after "
     "a Russian air attack on Kyiv.", "Russia"),
    ("Saudi-led jets bombed Sanaa on Tuesday, killing eleven civilians, and Riyadh blamed the Houthis.", "Yemen"),
])
def test_the_harmed_place_sets_the_country(text: str, want: str) -> None:
    assert country(text) == want


def test_the_harmed_city_keeps_its_province() -> None:
    assert where("Russian missiles struck Kyiv on Friday, killing 30 people, in what Russia called a response to "
                 "attacks on its territory.") == ("Ukraine", "Kyiv", "Kyiv")
