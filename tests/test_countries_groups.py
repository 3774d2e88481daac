"""An armed group that fights in one country names that country when the text names no place of it
(data/group_countries.csv, world facts); a group that fights in several names none. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.country_cases import country



@pytest.mark.parametrize("text, expected", [
    ("Abu Sayyaf gunmen beheaded a hostage they had held for months, the military said.", "Philippines"),
    ("Fighters of the Oromo Liberation Army killed 20 civilians in a raid on Sunday.", "Ethiopia"),
    ("Anti-Balaka militiamen killed 12 people sheltering near a church, the UN mission said.", "Central African Republic"),
    ("FDLR rebels killed seven villagers in an overnight raid, a local official said.", "Democratic Republic of the Congo"),
    ("Shining Path guerrillas ambushed an army patrol, killing five soldiers.", "Peru"),
    ("Kataib Hezbollah fighters clashed with police at a checkpoint, leaving two dead.", "Iraq"),
    ("The Haqqani network claimed a truck bombing that killed eleven people.", "Afghanistan"),
    ("Comando Vermelho gang members killed three police officers in a shootout.", "Brazil"),
])
def test_a_group_that_fights_in_one_country_names_it(text: str, expected: str) -> None:
    assert country(text) == expected


def test_a_group_that_fights_in_several_countries_names_none() -> None:
    assert country("Islamic State fighters killed nine shepherds on Tuesday, a monitor said.") is None
    assert country("Lord's Resistance Army fighters abducted 14 children overnight.") is None


def test_a_place_outweighs_the_group_s_home() -> None:
    text = "Abu Sayyaf gunmen seized two fishermen off Semporna in Sabah, Malaysian police said."
    assert country(text) == "Malaysia"
