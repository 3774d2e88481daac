"""'the <people> village in <district>' is a people's village, not a village named after the people, whether NER
tags the people (NORP) or not: the peoples' tables decide the names it misses (review s16/11). A kind word in capitals
is part of a name ("Hazara Town"). Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, want", [
    ("Armed herders stormed the Berom village in Riyom LGA of Plateau State on Sunday, killing seven people.",
     ("Nigeria", "Plateau", "Riyom")),
    ("Gunmen attacked the Jukun community in Wukari Local Government Area of Taraba State, killing nine residents.",
     ("Nigeria", "Taraba", "Wukari")),
    ("Gunmen raided the Dogon village in Bankass district of central Mali, killing 14 people.",
     ("Mali", "Mopti", "Bankass")),
    # a village's own name before the kind word stays the village
    ("Gunmen attacked the Tumbaru village in Guma LGA of Benue State, killing eight.", ("Nigeria", "Benue", "Tumbaru")),
])
def test_a_peoples_village_is_no_village_name(text: str, want: tuple[str, str, str]) -> None:
    assert where(text) == want
