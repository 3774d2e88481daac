"""A town the gazetteer knows right after a village's comma ("in Kwakwa village, Bawku") is the town that places the
village, even where NER reads it as a firm: it gives the country and the province. Fresh sentences written for
these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, want", [
    ("Unknown assailants shot dead a trader in Kwakwa village, Bawku, on Friday, the regional police command said.",
     ("Ghana", "Upper East", "Kwakwa")),
    ("Unknown assailants shot dead a trader in Kwakwa village near Bawku on Friday, police said.",
     ("Ghana", "Upper East", "Kwakwa")),
])
def test_the_town_after_the_village_comma_places_it(text: str, want: tuple[str, str, str]) -> None:
    assert where(text) == want
