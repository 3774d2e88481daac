"""A compass word before a name that is a province and its town ("an airstrike in northern Gaza", "in southern
Kherson") names a side of the province, not a quarter of the town: the province, no city; a country's capital
keeps the town ("western Kabul" is a part of the city). Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, want", [
    ("A drone strike on a house in northern Gaza killed six people on Friday, medics said.",
     ("Palestine", "Gaza Strip", None)),
    ("Shelling in southern Kherson killed two farmers on Friday, the regional governor said.",
     ("Ukraine", "Kherson", None)),
    ("A suicide bomber killed eleven people at a school in western Kabul on Friday, police said.",
     ("Afghanistan", "Kabul", "Kabul")),
])
def test_the_side_of_the_province(text: str, want: tuple[str, str, str | None]) -> None:
    assert where(text) == want
