"""Which clause a day belongs to: the event's clause or the statement's ("officials said")."""
from __future__ import annotations

from datetime import date

import pytest

from tests.test_dates_followups import primary_date
from worker.extract import dates, extract_incidents

WEDNESDAY = date(2025, 3, 5)


def _read(sentence: str) -> list[tuple[str | None, bool]]:
    return [(m.value, m.reporting) for m in dates.find(sentence, WEDNESDAY)]


@pytest.mark.parametrize("sentence", [
    "Rockets killed five people in Kramatorsk on Monday, officials said.",
    "Five people were killed in a rocket attack on the town of Kramatorsk on Monday, officials said.",
    "The attack on Monday, police said, left five people dead.",
])
def test_a_weekday_in_the_events_clause_dates_the_event_though_a_speech_verb_follows(sentence: str) -> None:
    assert _read(sentence) == [("2025-03-03", False)]


@pytest.mark.parametrize("sentence", [
    "On Monday, officials said rockets had killed five people in Kramatorsk.",
    "Police on Monday said gunmen had killed five people.",
    "Five people were killed, and on Monday officials said the toll would rise.",
    "An air strike killed eight people in a market, officials said Monday.",
])
def test_a_weekday_that_opens_the_statements_clause_is_the_statements_day(sentence: str) -> None:
    assert _read(sentence) == [("2025-03-03", True)]


def test_a_later_incident_dated_in_its_own_clause_keeps_its_day() -> None:
    """A background incident dated only by a statement gets its month; one dated by its own clause, its day."""
    text = ("A missile strike killed seven people in Odesa on Wednesday, the governor said.\n\n"
            "Elsewhere, a drone killed two people in the city of Kharkiv on Sunday, officials said.")
    incs = extract_incidents(text, None, WEDNESDAY.isoformat())
    assert [(i.primary, i.date) for i in incs] == [(True, "2025-03-05"), (False, "2025-03-02")]


# "while" with a pronoun and "was/were" tells what the victim was doing at the time: the same report, whose day is
# the event's (the sentence is not cut there)
@pytest.mark.parametrize("text", [
    "A radio host was shot dead in his studio in Dipolog, Zamboanga del Norte, while he was on air on Sunday "
    "morning, police said.",
    "Two worshippers were stabbed to death at a chapel in Tamale, Northern Region, while they were praying on "
    "Sunday evening, police said.",
])
def test_a_while_clause_of_the_victims_doing_keeps_the_day(text: str) -> None:
    assert primary_date(text, "2023-11-06") == "2023-11-05"
