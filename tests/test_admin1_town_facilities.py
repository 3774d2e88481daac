"""A name that is both a province and its capital town ("Bauchi", "Gombe", "Kano") before a facility it names
("the Bauchi Main Mosque", "the Gombe Central Market") is the town: a mosque or a market stands in a town
(capital_names.reading, data/place_levels.csv). A state's hospital or university named with its type word, or a
road named after where it leads, is no such town. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, want", [
    ("A suicide bomber killed five worshippers at the Bauchi Main Mosque on Friday, police said.",
     ("Nigeria", "Bauchi", "Bauchi")),
    ("A suicide bomber killed five worshippers at the Bauchi Central Mosque on Friday, police said.",
     ("Nigeria", "Bauchi", "Bauchi")),
    ("Gunmen killed two traders at the Gombe Main Market on Friday, police said.", ("Nigeria", "Gombe", "Gombe")),
    ("A bomb killed four traders at the Jos Main Market on Friday.", ("Nigeria", "Plateau", "Jos")),
])
def test_a_facility_named_after_a_province_s_capital_is_in_the_town(text: str, want: tuple[str, str, str]) -> None:
    assert where(text) == want


@pytest.mark.parametrize("text, want", [
    ("Gunmen killed a patient at the Kano State Hospital on Friday.", ("Nigeria", "Kano", None)),
    ("Gunmen killed two students at the Bauchi State University on Friday.", ("Nigeria", "Bauchi", None)),
    ("Gunmen killed two nurses at the Plateau Specialist Hospital on Friday.", ("Nigeria", "Plateau", None)),
])
def test_a_state_s_facility_stays_the_state_s(text: str, want: tuple[str, str, None]) -> None:
    assert where(text) == want
