"""A town its sentence puts by a country's border is its namesake in one of that country's neighbours; a namesake on
neither side of the border votes for no country."""
from __future__ import annotations

import pytest

from tests.place_cases import nlp, where
from worker.extract import countries, places
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


def test_a_namesake_far_from_the_border_the_sentence_names_gives_no_clue() -> None:
    # Egypt's Al Bajur is no town beside Afghanistan's border: the name votes for no country, the others decide
    text = ("In Wana, gunmen opened fire on a wedding party on Sunday in the Bajur area, which shares a border with "
            "Afghanistan, killing nine guests.")
    doc = nlp()(text)
    found = countries.clues(text, places.find(text, 0, len(text), doc), doc)
    assert "Egypt" not in {c.country for c in found if c.weight > 0}
    assert where(text)[0] == "Pakistan"
