"""A province the incident's sentences give as a location with its type word, that the gazetteer knows by no
tail of its name (states split and renamed after the gazetteer was made), is the admin1 when the gazetteer's own
province is written nowhere in the text. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where
from worker.extract import place_ranking, places


@pytest.mark.parametrize("text, want", [
    # GeoNames knows Tonj as a town of Warrap; the text names the state Tonj
    ("Six traders were killed by gunmen in South Sudan's Tonj State on Monday, officials said.",
     ("South Sudan", "Tonj", None)),
    # a province the gazetteer knows stays as it is
    ("Militants of the Islamic State killed four soldiers in Kirkuk province on Monday.", ("Iraq", "Kirkuk", None)),
    ("Gunmen killed three farmers in Gombe State on Friday, police said.", ("Nigeria", "Gombe", None)),
])
def test_a_province_the_gazetteer_lacks(text: str, want: tuple[str, str, str | None]) -> None:
    assert where(text) == want


@pytest.mark.parametrize("text, want", [
    ("Gunmen killed two herders in Ruweng State on Monday.", "Ruweng"),
    ("Gunmen killed two herders in South Sudan's Ruweng State on Monday.", "Ruweng"),
    ("Gunmen killed two herders in Ruweng State and in Latjoor State on Monday.", None),  # two: none is the one
    ("Tourists were robbed near the Empire State Building on Monday.", None),  # part of a longer name
    ("Fighters of the Islamic State killed two herders on Monday.", None),
    ("Gunmen killed two herders in Kirkuk province on Monday.", None),  # known
])
def test_unknown_province(text: str, want: str | None) -> None:
    places.warm()
    assert places._unknown_province(place_ranking.Cue(text, (0, 1), ((0, len(text)),), None)) == want
