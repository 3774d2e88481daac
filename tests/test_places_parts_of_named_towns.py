"""A part of a town named with its town ("the Chamelecón sector of San Pedro Sula", "the Los Olivos barrio of
Mazatlán") is coded as the town, and the town after "sector of" is a place even when NER calls it a person. Fresh
sentences written for these tests (issue #13)."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, city", [
    ("Gang members shot dead four taxi drivers in the Rivera Hernández sector of San Pedro Sula on Friday, police "
     "said.", "San Pedro Sula"),
    ("Police said four men were shot dead in the Los Olivos barrio of Mazatlán on Sunday.", "Mazatlán"),
    ("Gunmen killed three people in the Bellavista colonia of Culiacán on Saturday, prosecutors said.", "Culiacán"),
])
def test_a_part_of_a_named_town_is_the_town(text: str, city: str) -> None:
    assert where(text)[2] == city


@pytest.mark.parametrize("text, city", [
    ("Two guards were killed when a grenade exploded at the gate of Insein prison in Yangon on Sunday, the junta "
     "said.", "Yangon"),
    ("Gunmen killed five traders at Kawo market in Kaduna on Friday, police said.", "Kaduna"),
])
def test_a_facility_named_after_a_part_of_the_town_it_is_in_is_the_town(text: str, city: str) -> None:
    assert where(text)[2] == city
