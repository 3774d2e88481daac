"""Towns the gazetteer lacks or places in the wrong state, given by the project's rows (data/places.csv, as the
LGAs of Borno, Benue and Plateau): Baga, Borno's Lake Chad town (GeoNames knows only a Catalan Bagà and a Goan
Baga), and Taraba's LGAs (GeoNames puts Takum in Benue). Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, want", [
    ("Jihadists killed nine fishermen on Lake Chad near Baga on Thursday, a militia leader said.",
     ("Nigeria", "Borno", "Baga")),
    ("Gunmen killed six villagers in Takum on Thursday, officials in Jalingo said.", ("Nigeria", "Taraba", "Takum")),
    ("Armed herders killed four farmers in Ussa on Thursday, police said.", ("Nigeria", "Taraba", "Ussa")),
])
def test_the_project_row(text: str, want: tuple[str, str, str]) -> None:
    assert where(text) == want
