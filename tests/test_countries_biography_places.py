"""A country or town named in a clause of a person's life ("the attacker, who was born in Nigeria", "grew up in
Chad") is where someone was born or lived, not where the event is: it weighs as where people went
(countries._biography_before, data/biography_clauses.csv). Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, country", [
    ("A gunman opened fire at a bar in Bafang on Saturday, killing two people. The attacker, who was born in Nigeria, "
     "fled.", "Cameroon"),
    ("Police said the man who killed two guards in Zinder on Monday was born in Nigeria and studied in Chad.", "Niger"),
])
def test_a_birthplace_does_not_move_the_story(text: str, country: str) -> None:
    assert where(text)[0] == country


def test_a_place_of_the_event_still_counts() -> None:
    assert where("Gunmen killed three farmers in Nigeria's Benue state on Sunday, police said.")[:2] == (
        "Nigeria", "Benue")
