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


# the review of the rule: only the opening's death of the same dead, on the death's own occasion, dates a killing
@pytest.mark.parametrize("text, not_day", [
    # another death (a collapse on stage) than the killing told next
    ("Saturday's festival in Accra was marred by the death of a dancer who collapsed on stage.\nGunmen shot dead a "
     "trader at a market in Kumasi, police said.", "2024-03-09"),
    # an anniversary: the day is the gathering's, years after the death
    ("Supporters gathered on Saturday, five years since the death of a fan at the old ground.\nA fan was stabbed to "
     "death outside the Centenario stadium in Montevideo, police said.", "2024-03-09"),
    # a plan: "will be held on Saturday" is no day of the death (and resolves to the Saturday past)
    ("A memorial will be held on Saturday after the death of a young fan in Montevideo.\nThe young fan was stabbed to "
     "death by rival supporters outside the Centenario stadium, police said.", "2024-03-09"),
])
def test_a_death_lead_of_another_occasion_dates_nothing(text: str, not_day: str) -> None:
    assert not_day not in [x.date for x in extract_incidents(text, None, PUBLISHED)]


def test_only_the_opening_sentence_is_a_death_lead() -> None:
    tribute = "Fans will remember the death of the supporter at Friday's game against Libertad.\n"
    assert extract_incidents(OPENING + tribute + UNDATED, None, PUBLISHED)[0].date == "2024-03-10"


@pytest.mark.parametrize("sentence, dead", [
    ("The win was overshadowed by the death of a home supporter after the game.", "supporter"),
    ("Saturday's march ended with the killing of two students outside parliament.", "students"),
    ("Tributes were paid on Sunday after the death of a former captain.", None),  # the tributes' day
    ("A vigil will be held on Friday for the death of a young fan.", None),  # a plan
])
def test_dead_noun(sentence: str, dead: str | None) -> None:
    assert death_leads.dead_noun(sentence) == dead
    if dead:  # the draft that tells the same dead takes the day, not another event's
        assert death_leads.names_the_dead(dead, ["A 19-year-old " + dead.rstrip("s") + " died in hospital."])
        assert not death_leads.names_the_dead(dead, ["Gunmen shot dead a trader."])


def test_a_statement_day_does_not_block_the_death_lead() -> None:
    said = ("A 20-year-old Olimpia supporter died in hospital after he was stabbed by a group of men outside the "
            "stadium in Asuncion, prosecutors said Monday.")
    assert extract_incidents(OPENING + said, None, PUBLISHED)[0].date == "2024-03-10"
