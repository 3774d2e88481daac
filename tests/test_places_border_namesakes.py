"""A town its sentence puts by a country's border is its namesake in one of that country's neighbours."""
from __future__ import annotations

import pytest

from tests.place_cases import where
from worker.extract.countries import neighbours


def test_neighbours_come_from_the_world_table() -> None:
    assert {"Cameroon", "Niger", "Chad", "Benin"} <= neighbours()["Nigeria"]
    assert "India" not in neighbours()["Nigeria"]


@pytest.mark.parametrize("text,expected", [
    ("Gunmen killed two soldiers in Mora, near the border with Nigeria, on Monday.", ("Cameroon", "Mora")),
    ("Insurgents shot dead four fishermen in Mora, close to the Nigerian border, on Friday.", ("Cameroon", "Mora")),
    ("Rebels killed three herders in Mora, close to the frontier with Chad, local officials said.", ("Cameroon", "Mora")),
])
def test_the_namesake_beside_the_border(text: str, expected: tuple[str, str]) -> None:
    country, _, city = where(text)
    assert (country, city) == expected


def test_no_border_leaves_the_namesakes_alone() -> None:
    assert where("Gunmen killed two soldiers in Mora on Monday, police said.")[0] != "Cameroon"
