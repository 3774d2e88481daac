"""A saint-named town whose own province or district bears its name keeps its place before a unit's word ("the St.
Louis region", "the St. Petersburg region"); a saint's unit elsewhere still places no namesake town. Fresh
sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, country", [
    ("Three men were shot dead in the St. Louis region on Monday.", "United States"),
    ("Gunmen shot dead a shopkeeper in the St. Petersburg region on Monday.", "Russia"),
])
def test_a_saint_town_before_its_own_unit_keeps_its_country(text: str, country: str) -> None:
    assert where(text)[0] == country
