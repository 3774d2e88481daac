"""A province's force that speaks in the order "Police in X said" tells the province, as "X police said" does
(speaker_seats._force_seat feeding seat_province): among a country's towns of one name, the one in that province.
Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, admin1", [
    # India has Sultanpurs in Uttar Pradesh (the big one), Himachal Pradesh, Punjab, Madhya Pradesh, Maharashtra
    ("Police in Maharashtra said a mob lynched two men in Sultanpur on Saturday.", "Maharashtra"),
    ("Authorities in Madhya Pradesh said gunmen killed two traders in Sultanpur on Saturday.", "Madhya Pradesh"),
])
def test_force_in_a_province_chooses_its_namesake(text: str, admin1: str) -> None:
    assert where(text)[1] == admin1


def test_no_seat_keeps_the_biggest() -> None:
    # police in a province who shot someone speak for nothing there: the biggest Sultanpur stays
    assert where("Gunmen killed two traders in Sultanpur on Saturday, police said.")[1] == "Uttar Pradesh"
