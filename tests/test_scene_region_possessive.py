"""A region named by the word its provinces share owns the towns of those provinces ("Darfur's X" of West or Central
Darfur), as a province owns its own ("Borno's X"). Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, city", [
    ("Militiamen killed 40 people in Darfur's Zalingei on Sunday.", "Zalingei"),
    ("Gunmen killed five people in Borno's Konduga on Friday.", "Konduga"),
])
def test_a_town_of_the_region_named_before_it(text: str, city: str) -> None:
    assert where(text)[2] == city
