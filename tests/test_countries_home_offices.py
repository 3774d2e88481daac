"""A body that keeps order at home only (police, gendarmerie, an interior ministry) speaks of its own ground: "X's
interior ministry said" places the story in X as "in X" does, and "Portuguese police said" in a town's sentence
gives the town to its namesake in Portugal (countries._HOME_OFFICE_AFTER, _demonym_seat, _sentence_owner). A
foreign ministry or a government speaks of anywhere. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, want", [
    # the police's people settle a town a bigger namesake abroad bears, a capital too when that country has one
    ("A man shot dead two people in Perth on Friday, Scottish police said.", ("United Kingdom", "Scotland", "Perth")),
    ("Gunmen killed a shopkeeper in Santiago on Monday, Cuban police said.", ("Cuba", "Santiago de Cuba", "Santiago")),
    # a country with no town of the name leaves a capital where it is; a government speaks of anywhere
    ("A suicide bomber killed six people in Kabul on Sunday, Pakistani police said.",
     ("Afghanistan", "Kabul", "Kabul")),
    ("A Portuguese tourist was stabbed to death in Lagos on Sunday, Nigerian police said.",
     ("Nigeria", "Lagos", "Lagos")),
])
def test_the_reporting_police_s_people_settle_a_shared_town(text: str, want: tuple[str, str, str]) -> None:
    assert where(text) == want


def test_an_interior_ministry_places_the_story_in_its_country() -> None:
    text = ("A car bomb killed four people in Tripoli on Friday. Lebanon's interior ministry said the bombers fled "
            "north. Libya's foreign ministry condemned the attack, saying one of the dead was a Libyan citizen from "
            "Tripoli, Libya.")
    assert where(text)[0] == "Lebanon"


@pytest.mark.parametrize("text, want", [
    # no place named: the home-keeping force's people outweigh the soldiers', whoever is named first
    ("A roadside bomb hit a patrol on Tuesday, wounding three Georgian soldiers and two Iraqi police officers.",
     "Iraq"),
    ("A car bomb struck a convoy on Sunday, wounding four Italian troops and an Afghan police officer.",
     "Afghanistan"),
    ("Gunmen ambushed a convoy on Monday, killing two Malian police officers and a French soldier.", "Mali"),
])
def test_a_home_forces_demonym_outweighs_a_soldiers(text: str, want: str) -> None:
    assert where(text)[0] == want
