"""A town NER reads as a person or a firm, in a place's slot by its verb ("gunmen attacked Niafunke", "gunmen who
came from Goundam"), is the gazetteer's town: a weak clue of its country, and a town only in the article's country
(places._unseen_towns, PlaceMention.misread). Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, want", [
    ("Gunmen who came from Goundam attacked Niafunke on Saturday, killing seven civilians, Malian officials said.",
     ("Mali", "Tombouctou", "Niafunke")),
    ("Armed men who came from Kutus attacked Kianyaga on Monday, killing eight villagers, a local chief said.",
     ("Kenya", "Kirinyaga", "Kianyaga")),
])
def test_the_town_in_an_assault_s_slot(text: str, want: tuple[str, str, str]) -> None:
    assert where(text) == want


def test_a_person_s_name_is_no_town_abroad() -> None:
    """"Johnson" is a town of Wisconsin, not of the Nigerian story that names a man so."""
    assert where("Gunmen attacked Johnson on Monday, killing his two guards, police in Kaduna said.")[2] is None
