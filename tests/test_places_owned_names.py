"""A name before a possessive and a person's property or household ("raided Bello's farm", "Bello's wife") is the
owner, a person or a firm, not the town that bears the name (Colombia's Bello); a town's possessive before another
thing stays the town (name_readings.owned_nouns, data/owned_nouns.csv). Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text", [
    "Troops raided Bello's farm on Sunday and arrested five kidnapping suspects.",
    "Gunmen stormed Bello's compound on Friday night, shooting dead his two guards.",
])
def test_an_owner_is_no_town(text: str) -> None:
    assert where(text)[0] != "Colombia" and where(text)[2] != "Bello"


def test_a_town_s_possessive_before_a_place_stays_the_town() -> None:
    assert where("Police raided Medellin's biggest market on Sunday, arresting six gang members.")[:1] == ("Colombia",)

