"""An unknown name right after "in"/"at"/"near" and before a comma and a province written with its type word ("at
Tungar Kwana, Zamfara State") is a town of that province, whatever NER calls it; a month there is no town, nor is
a country after the comma a province. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, want", [
    ("Bandits killed 11 villagers at Tungar Kwana, Zamfara State, on Wednesday.", ("Nigeria", "Zamfara", "Tungar Kwana")),
    ("Militants killed four soldiers near Kilwa Bagu, Borno State, on Monday.", ("Nigeria", "Borno", "Kilwa Bagu")),
    ("Attackers killed eight people in Mbayire, Ituri province, on Tuesday, local officials said.",
     ("Democratic Republic of the Congo", "Ituri", "Mbayire")),
    ("Gunmen killed three people in January, Kaduna State police said.", ("Nigeria", "Kaduna", None)),
])
def test_typed_province_after_comma(text: str, want: tuple[str, str, str | None]) -> None:
    assert where(text) == want
