"""An opening sentence that names a death as a noun and gives the day of its occasion ("Sunday's derby ... the death
of a supporter after the game") dates the killing told later in undated sentences, not the page's day; a killing
with a day of its own keeps it. Texts written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import death_leads, extract_incidents

PUBLISHED = "2024-03-12"  # a Tuesday: "Sunday" is 2024-03-10
OPENING = ("Olimpia beat Cerro Porteño 1-0 in Sunday's derby at the Defensores del Chaco, moving level with the "
           "leaders of the league, but the win was overshadowed by the death of a home supporter after the game.\n"
           "The only goal came in the 60th minute, when striker Juan Benítez headed in a corner.\n")


UNDATED = ("A 20-year-old Olimpia supporter died in hospital after he was stabbed by a group of men who attacked him "
           "outside the stadium in Asuncion, about an hour after the match. Police said three suspects were detained.")
DATED = ("A 20-year-old Olimpia supporter died in hospital on Monday after he was stabbed by a group of men outside the "
         "stadium in Asuncion.")


def test_the_opening_death_dates_an_undated_killing_only() -> None:
    assert extract_incidents(OPENING + UNDATED, None, PUBLISHED)[0].date == "2024-03-10"
    assert extract_incidents(OPENING + DATED, None, PUBLISHED)[0].date == "2024-03-11"  # its own day stands


@pytest.mark.parametrize("sentence, named", [
    ("The win was overshadowed by the death of a home supporter after the game.", True),
    ("Fans mourned the killing of two supporters outside the ground.", True),
    ("The death toll rose to five.", False),
    ("The player received death threats after the game.", False),
])
def test_names_a_death(sentence: str, named: bool) -> None:
    assert death_leads.names_a_death(sentence) is named
