"""A town named right after "in"/"at" that a landmark locates ("in X, east of Y") is the site, known to the
gazetteer or not; a name NER reads as a people before a district word is the district when the gazetteer knows
it as one of the province named right after it. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, want", [
    ("Fighters loyal to the unity government clashed with rival forces in Tajoura, east of Tripoli, killing four "
     "civilians.", ("Libya", "Tripoli", "Tajoura")),
    ("A roadside bomb killed four members of one family in Tarmiyah, 50 km north of Baghdad, police said.",
     ("Iraq", "Baghdad", "Tarmiyah")),
    # a neighbourhood named after a town elsewhere is a part of the town it lies in
    ("Gunmen killed six people at a house in the Juarez neighbourhood of Tijuana on Sunday.",
     ("Mexico", "Baja California", "Tijuana")),
    ("A gunman killed four people in Toronto's Danforth neighbourhood on Sunday, police said.",
     ("Canada", "Ontario", "Toronto")),
    # a district NER calls a people, placed in its province
    ("A coalition air strike killed seven civilians in the Sirwah district of Marib province on Monday, residents said.",
     ("Yemen", "Marib", "Sirwah")),
    # a people's district stays no place
    ("Gunmen killed five worshippers in a Shiite district of Baghdad province on Friday.", ("Iraq", "Baghdad", None)),
])
def test_the_site(text: str, want: tuple[str, str, str | None]) -> None:
    assert where(text) == want
