"""A route's end ("fled to Tbilisi", "flown to Florida") is no scene and weighs nothing in the vote, but it is a place
within a country the story names, so it tells which country a name means that a far country's state bears
("Georgia": countries._route_clues, _settle_shared). Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, want", [
    ("Two American missionaries were shot dead in Georgia on Sunday. The suspect had fled to Tbilisi, the FBI said.",
     ("Georgia", None, None)),
    ("A deputy was shot dead in Georgia on Sunday. Police said the suspect fled to Florida.",
     ("United States", "Georgia", None)),
])
def test_a_route_s_end_tells_which_georgia(text: str, want: tuple[str, str | None, str | None]) -> None:
    assert where(text) == want


def test_a_route_s_end_is_no_scene() -> None:
    assert where("Gunmen killed two guards in Maradi on Sunday and fled to Katsina.")[0] == "Niger"
