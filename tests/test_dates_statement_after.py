"""A statement's day "a day after" an event counts that event's day back from it ("said Monday, the day after
troops fired on marchers"), unless the words after name another event ("a day after a similar ambush", "two days
after another attack"): that one is a recalled event, no day of the story's. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from worker.extract import dates

SATURDAY = date(2026, 4, 11)


@pytest.mark.parametrize("sentence", [
    "Rebels killed nine herders near Bunia, the army said on Friday, a day after a similar raid left four dead.",
    "Rebels killed nine herders near Bunia, the army said on Friday, two days after another attack on the town.",
    "Rebels killed nine herders near Bunia, the army said on Friday, a day after an earlier raid on the camp.",
])
def test_a_day_after_another_event_is_no_day_of_the_story(sentence: str) -> None:
    assert [(m.value, m.reporting) for m in dates.find(sentence, SATURDAY)] == [("2026-04-10", True)]


def test_the_day_after_the_event_told_counts_back() -> None:
    found = dates.find("Residents buried the dead, officials said on Friday, the day after troops fired on marchers.",
                       SATURDAY)
    assert [(m.value, m.reporting) for m in found] == [("2026-04-10", True), ("2026-04-09", False)]


@pytest.mark.parametrize("count, day", [
    ("the day", "2026-04-09"), ("two days", "2026-04-08"), ("nine days", "2026-04-01"), ("12 days", "2026-03-29"),
    ("thirty days", "2026-03-11"),
])
def test_the_event_a_statement_counts_back_is_counted_back_once(count: str, day: str) -> None:
    """The day `dates.find` counted back from the statement is the recalled clause's day: recalled_days must not
    count the distance back again from it (the event would land twice as far back)."""
    from worker.extract import extract_incidents
    text = (f"Fishermen said on Friday, {count} after pirates killed four crew members off Bakassi, Cameroon, "
            "that they had stopped sailing.")
    assert [i.date for i in extract_incidents(text, None, SATURDAY.isoformat())] == [day]
