"""A clause of the incident's own sentence that tells another event ("..., days after a blast in Y killed 10", "in
an attack that recalled last year's massacre in Y") gives that event's town, not the incident's, when the sentence
names its own town or the clause tells a past event; a clause that only times the incident ("The raid comes days
after ... in Y") may tell its town (review s17/13). Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, city", [
    ("A car bomb killed eleven people in Mosul on Tuesday, two weeks after a suicide attack in Kirkuk killed 20.",
     "Mosul"),
    ("Bandits killed eight farmers in Gusau on Friday, hours after an ambush near Kaura Namoda left four dead.",
     "Gusau"),
    ("Gunmen killed three soldiers on Thursday in an attack that recalled last year's violence in Beni, officials in "
     "Goma said.", None),
])
def test_other_events_town_in_the_trigger_sentence(text: str, city: str | None) -> None:
    assert where(text)[2] == city


@pytest.mark.parametrize("text, city", [
    ("Police are hunting the kidnappers. The abduction comes weeks after gunmen seized 40 pupils in Kankara.",
     "Kankara"),
    ("Gunmen have killed 30 people in Plateau state since Sunday in attacks on Bokkos.", "Bokkos"),
])
def test_a_clause_that_only_times_the_incident_keeps_its_town(text: str, city: str) -> None:
    assert where(text)[2] == city
