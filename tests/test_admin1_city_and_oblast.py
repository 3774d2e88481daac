"""A city that is a first-level unit of its own beside a province of its name ("Kyiv" and "Kyiv Oblast"): "the Kyiv
region" is the province, "in Kyiv" the city (gazetteer.province keeps the unit's type word). Fresh sentences
written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, want", [
    ("A Russian drone killed two people in the Kyiv region on Sunday, Ukrainian officials said.",
     ("Ukraine", "Kyiv Oblast", None)),
    ("Russian missiles killed four people in Kyiv on Sunday, the mayor said.", ("Ukraine", "Kyiv", "Kyiv")),
])
def test_the_region_is_the_oblast_the_city_its_own(text: str, want: tuple) -> None:
    assert where(text) == want
