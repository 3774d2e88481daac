"""A border named as the only place is the border of the country the report speaks from, not the neighbour's."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text,country", [
    ("Gunmen killed four traders near the border with Cameroon on Monday, Nigerian police said.", "Nigeria"),
    ("Five soldiers were killed on Tuesday near the border with Niger, the Malian army said.", "Mali"),
])
def test_the_reporting_side_of_a_border(text: str, country: str) -> None:
    assert where(text)[0] == country


def test_a_town_across_the_border_is_still_its_own_country() -> None:
    assert where("Rebels killed six villagers in Kousseri, near the border with Chad, Cameroonian officials said.")[0] == "Cameroon"
