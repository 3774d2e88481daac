"""A unit GeoNames spells with "Saint" ("Saint Kitts") is found as news abbreviates it ("St. Kitts", "St Kitts") and
shown by its own name (gazetteer._saint_spellings). Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text", [
    "A fisherman was shot dead in St. Kitts on Sunday, police said.",
    "A fisherman was shot dead in St Kitts on Sunday, police said.",
])
def test_abbreviated_saint_unit_is_placed(text: str) -> None:
    assert where(text)[:2] == ("Saint Kitts and Nevis", "Saint Kitts")
