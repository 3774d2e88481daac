"""Where the wounded or the bodies were taken after the event ("were taken to X", "were moved to X", "to the X
General Hospital") is no scene (review s17/41, s17/52). Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


def test_where_the_wounded_were_taken_is_not_the_scene() -> None:
    text = "Bandits killed four people in a village in Katsina state on Monday. The injured were moved to Funtua."
    assert where(text)[2] != "Funtua"


def test_the_wounded_brought_to_a_town() -> None:
    text = "Gunmen shot dead five miners in Niger state on Saturday. The wounded were brought to Minna."
    assert where(text)[2] != "Minna"


@pytest.mark.parametrize("text", [
    "Bandits killed four people in a village in Zamfara on Monday. Six wounded were taken to the Federal Medical "
    "Centre Gusau.",
    "Bandits killed four people in a village in Zamfara on Monday. Six wounded were rushed to Gusau Specialist "
    "Hospital.",
])
def test_the_hospital_named_by_its_town(text: str) -> None:
    assert where(text)[2] != "Gusau"
