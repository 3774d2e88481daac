"""A province followed by a comma and a group's name that begins with a foreign province's name ("In Borno, Boko
Haram fighters ...": Latvia has a Boko) is the province, not a town of that foreign unit: a unit's name that goes on
with more capitalised words is part of a longer name. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, want", [
    ("In Borno, Boko Haram insurgents torched a market on Sunday, killing eleven traders, witnesses said.",
     ("Nigeria", "Borno", None)),
    ("In Yobe, Boko Haram fighters shot dead seven fishermen on Sunday, a vigilante leader said.",
     ("Nigeria", "Yobe", None)),
])
def test_the_province_before_the_group(text: str, want: tuple[str, str, None]) -> None:
    assert where(text) == want
