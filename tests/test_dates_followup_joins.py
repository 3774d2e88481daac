"""A sentence without its own event joins an incident (a weapon, a scene): it dates a follow-up only when it tells
the follow-up's action again. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.test_dates_followups import primary_date

WEDNESDAY = "2025-03-05"


@pytest.mark.parametrize("text", [
    "John Miller, the man suspected in the Dayton school shooting, was found dead, police said. "
    "Officers recovered a rifle he had bought on Saturday.",
    "John Miller, the man suspected in the Dayton school shooting, has been found dead in a forest. "
    "A rifle and two pistols were found next to him on Sunday.",
])
def test_a_weapon_sentence_does_not_date_a_suspect_found_dead(text: str) -> None:
    assert primary_date(text, WEDNESDAY) == WEDNESDAY  # no day of its own: the article's


def test_a_sentence_that_retells_the_followup_dates_it() -> None:
    text = ("Police said the suspect in the Dayton shooting has been found dead. "
            "He was found on Tuesday near a farm outside the city.")
    assert primary_date(text, WEDNESDAY) == "2025-03-04"


def test_a_weapon_sentence_still_dates_the_attack_it_joins() -> None:
    text = "Gunmen killed six people at a school in Dayton. The attackers carried rifles and fled on Saturday."
    assert primary_date(text, WEDNESDAY) == "2025-03-01"
