"""A named area the text places in its district with the district's type word ("in the Mashkay area of Awaran
district") is the locality, the scene, as a village of it is; the district is its unit. Fresh sentences written for
these tests (the WAD convention: the locality, else the district)."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize(("text", "expected"), [
    ("Two soldiers were killed when their vehicle hit a roadside bomb in the Mashkay area of Awaran district on "
     "Sunday, the military said.", ("Pakistan", "Balochistan", "Mashkay")),
    ("Militants attacked a police post in the Daraban area of Dera Ismail Khan district on Monday, killing two "
     "constables, police said.", ("Pakistan", "Khyber Pakhtunkhwa", "Daraban")),
])
def test_the_area_of_a_district_is_the_town(text: str, expected: tuple[str, str, str]) -> None:
    assert where(text) == expected
