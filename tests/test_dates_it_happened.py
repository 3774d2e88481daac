"""A sentence that opens with "It happened"/"It took place" tells the event just told again, and a verb of
happening before its day makes the day the event's, not the statement's ("It happened on Saturday, officials
said"). Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from worker.extract import dates, extract_incidents

MONDAY = "2024-05-06"


@pytest.mark.parametrize("sentence", [
    "It happened on Saturday, officials said.",
    "The ambush took place on Saturday, a spokesman said.",
    "It reportedly occurred on Saturday near Bama, the army said.",
])
def test_a_day_after_a_verb_of_happening_is_the_events(sentence: str) -> None:
    day = next(x for x in dates.find(sentence, date(2024, 5, 6)) if x.value == "2024-05-04")
    assert not day.reporting


def test_a_bare_statement_day_stays_a_statements() -> None:
    day = dates.find("On Saturday, officials said the road was closed.", date(2024, 5, 6))[0]
    assert day.reporting


@pytest.mark.parametrize("text", [
    "A bomb blast killed five soldiers in Borno state. It happened on Saturday, officials said.",
    "Gunmen killed four herders near Wase in Plateau state. It took place on Saturday night, residents said.",
])
def test_it_happened_dates_the_event_just_told(text: str) -> None:
    assert [i.date for i in extract_incidents(text, None, MONDAY)] == ["2024-05-04"]


def test_a_ranking_since_a_day_does_not_date_it() -> None:
    text = "A bomb blast killed five soldiers in Borno state. It was the deadliest attack since Saturday, when seven died."
    assert [i.date for i in extract_incidents(text, None, MONDAY)][:1] == [MONDAY]
