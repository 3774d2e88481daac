"""The West Bank's main towns are the project's (data/places.csv, with Jenin and Nablus; each in its governorate,
as GeoNames places it, reported as the territory: data/reported_provinces.csv): a bare "Bethlehem" is the West Bank's, not Belém (whose alternate name it is in GeoNames),
while a text that places it elsewhere ("Bethlehem, Pennsylvania", "South African police said") still decides.
Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, want", [
    ("A gunman shot dead a shopkeeper in Bethlehem on Saturday, witnesses said.", ("Palestine", "West Bank", "Bethlehem")),
    ("Two men were stabbed to death outside a bar in Bethlehem, Pennsylvania, on Saturday, police said.",
     ("United States", "Pennsylvania", "Bethlehem")),
    ("Two men were shot dead at a tavern in Bethlehem on Saturday, South African police said.",
     ("South Africa", "Free State", "Bethlehem")),
    ("Settlers shot dead a farmer near Ramallah on Saturday, the health ministry said.",
     ("Palestine", "West Bank", "Ramallah")),
])
def test_the_namesake_the_text_means(text: str, want: tuple[str, str, str]) -> None:
    assert where(text) == want


@pytest.mark.parametrize("text, want", [
    ("Israeli troops shot dead two young men in Jenin on Monday, the health ministry said.",
     ("Palestine", "West Bank", "Jenin")),
    ("An Israeli drone strike killed three men in Tubas on Wednesday, Palestinian officials said.",
     ("Palestine", "West Bank", "Tubas")),
    ("Settlers attacked the village of Turmus Ayya near Ramallah on Sunday, wounding three Palestinians.",
     ("Palestine", "West Bank", "Turmus Ayya")),
    ("An air strike killed five people in Khan Younis on Sunday, medics said.", ("Palestine", "Gaza Strip", "Khan Younis")),
])
def test_one_level_for_palestine_s_admin1(text: str, want: tuple[str, str, str]) -> None:
    """Every governorate is reported as its territory, whichever table gave the town (toponyms.reported_provinces)."""
    assert where(text) == want
