"""An event named by a noun a day's possessive dates ("the death toll from Sunday's suicide bombing") is that day's,
though the sentence times what was done about it by another day ("Officials on Monday raised ..."); not when the
sentence tells violence of its own outside that noun's phrase, nor in a follow-up. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.test_dates_followups import primary_date


@pytest.mark.parametrize("text, published, day", [
    ("Officials on Monday raised to seven the death toll from Sunday's suicide bombing at a mosque in Kabul.",
     "2024-03-11", "2024-03-10"),
    ("Rescuers on Tuesday pulled two more bodies from the rubble of Sunday's air strike on a residential building "
     "in Kharkiv.", "2024-07-02", "2024-06-30"),
    ("The army on Tuesday deployed extra troops to Ogun state after Saturday evening's attack on a church that "
     "killed four worshippers.", "2024-03-05", "2024-03-02"),
])
def test_the_possessive_dates_the_event(text: str, published: str, day: str) -> None:
    assert primary_date(text, published) == day


@pytest.mark.parametrize("text, published, day", [
    # the sentence's own violence, told before the possessed noun
    ("Gunmen killed seven farmers in Benue on Monday, two days after Saturday's attack on a village in the same "
     "district.", "2024-03-05", "2024-03-04"),
    ("Gunmen on Monday attacked mourners returning from the burial of victims of Saturday's massacre in Benue, "
     "killing three.", "2024-03-05", "2024-03-04"),
    ("Gunmen killed five people in Jos on Monday in revenge for Saturday's attack on a village nearby.",
     "2024-03-05", "2024-03-04"),
    # force used on people outside the possessed noun (no event word the types read), the sentence's own violence
    ("Soldiers on Wednesday fired live ammunition at a crowd mourning the dead of Monday's raid in Beni, wounding "
     "four.", "2024-04-11", "2024-04-10"),
    ("Police on Thursday fired teargas at hundreds marching against Tuesday's abduction of a priest in Enugu, "
     "injuring nine.", "2024-04-12", "2024-04-11"),
    # the possessive alone
    ("Saturday's attack on a market in Maiduguri killed nine traders, residents said.", "2024-03-04", "2024-03-02"),
    ("The death toll from Saturday's suicide bombing at a wedding in Gwoza rose to 32 on Monday, officials said.",
     "2024-03-04", "2024-03-02"),
])
def test_other_days_kept(text: str, published: str, day: str) -> None:
    assert primary_date(text, published) == day
