"""The province whose office speaks ("Florida police said") decides which of the country's towns of one name is
meant: the namesake inside that province, or, when the gazetteer has none there, a town of that province it lacks
(never the biggest namesake of another state). Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, want", [
    ("Gunmen killed three people in Salem on Monday, Florida police said.", ("United States", "Florida", "Salem")),
    ("A gunman shot dead two clerks in Salem on Tuesday, Massachusetts police said.",
     ("United States", "Massachusetts", "Salem")),
])
def test_the_office_province_picks_the_namesake(text: str, want: tuple[str, str, str]) -> None:
    assert where(text) == want


def test_a_town_without_namesakes_keeps_its_province() -> None:
    assert where("Bandits killed four traders in Kaduna on Monday, Kaduna police said.") == ("Nigeria", "Kaduna", "Kaduna")


def test_without_an_office_the_biggest_namesake_stays() -> None:
    assert where("Gunmen killed three people in Salem, Oregon, on Monday, officials said.") == \
        ("United States", "Oregon", "Salem")
