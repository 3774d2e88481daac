"""A province written with a possessive before its town ("Narino's Tumaco district") is reported without the
possessive: the "'s" is no letter of the province's name, however near the spelling rule finds it. Fresh sentences
written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, admin1", [
    ("Rebels ambushed an army patrol in Narino's Barbacoas area on Thursday, killing three soldiers.", "Narino"),
    ("Gunmen stormed a police post in Meghalaya's Mairang district on Friday, killing two constables.", "Meghalaya"),
])
def test_the_province_without_its_possessive(text: str, admin1: str) -> None:
    assert where(text)[1] == admin1
