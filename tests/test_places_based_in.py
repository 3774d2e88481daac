"""People "based in", "stationed in" or "living in" a town, in a sentence that goes on to place the event elsewhere
("soldiers based in X were ambushed near Y"), name their home, not the scene; alone ("gunmen attacked soldiers
stationed in X") the town is the scene. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, city", [
    ("Soldiers based in Bourem were ambushed near Tessit on Wednesday, leaving five of them dead, the army said.",
     "Tessit"),
    ("Policemen stationed in Douentza were killed in an ambush near Bandiagara on Wednesday, officials said.",
     "Bandiagara"),
    ("Jihadists attacked soldiers stationed in Bourem on Wednesday, killing three, the army said.", "Bourem"),
])
def test_the_scene_not_the_home(text: str, city: str) -> None:
    assert where(text)[2] == city


@pytest.mark.parametrize("text, country, city", [
    # the base still tells the country when the town near which the event was has a namesake abroad
    ("Gendarmes stationed in Diffa were ambushed near Bosso on Tuesday, and three of them died.", "Niger", None),
    # a denied event clause places nothing: the base stays the scene
    ("Soldiers stationed in Maiduguri were not ambushed near Damboa on Friday; gunmen raided their base and killed "
     "three of them.", "Nigeria", "Maiduguri"),
])
def test_the_home_still_tells(text: str, country: str, city: str | None) -> None:
    got = where(text)
    assert got[0] == country and (city is None or got[2] == city)


@pytest.mark.parametrize("text, city", [
    # "residents of X", "natives of X": the victims' home, when the sentence places the killing elsewhere
    ("The dead, all residents of Dikwa, were ambushed near Ngala on Thursday, a militia leader said.", "Ngala"),
    ("Four traders, natives of Kontagora, were shot dead in Mariga on Thursday, police said.", "Mariga"),
    # alone, the home is where they were killed; a province right after it is where the home lies
    ("Bandits killed six residents of Mariga on Thursday night, police said.", "Mariga"),
    ("Bandits killed six residents of Mariga in Niger State on Thursday night, police said.", "Mariga"),
    # an appositive that says what the home is and where it lies places no other scene
    ("Gunmen shot dead four residents of Dansadau, a farming village in Maru local government area, on Sunday.",
     "Dansadau"),
    ("Kidnappers seized nine residents of Kontagora, the district headquarters in Niger State, on Sunday.",
     "Kontagora"),
    # a clause after the appositive still places the event elsewhere
    ("Six residents of Dikwa, a town in Borno State, were ambushed near Ngala on Sunday, a militia leader said.",
     "Ngala"),
])
def test_residents_of_a_town_name_their_home(text: str, city: str) -> None:
    assert where(text)[2] == city
