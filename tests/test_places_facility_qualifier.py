"""A facility named after its town with a qualifier between ("Potiskum Main Market", "Yola Central Mosque") stands in
that town: the qualifier is not part of a town's name. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, town", [
    ("A bomb killed two men near the Jos Central Mosque on Friday.", "Jos"),
    ("Two inmates were killed at the Jos Main Prison on Friday.", "Jos"),
    ("A suicide bomber killed nine traders at the Potiskum Main Market early on Friday.", "Potiskum"),
])
def test_the_facility_stands_in_its_town(text: str, town: str) -> None:
    got = where(text)
    assert got[0] == "Nigeria" and got[2] == town


def test_a_two_word_town_keeps_its_second_word() -> None:
    assert where("A bomb killed six traders at the Benin City Market on Sunday.")[2] == "Benin City"
