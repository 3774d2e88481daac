"""A toll update's day is no evidence that the event was the day before: most tolls are updated the same day ("hours
after the blast"), and a day written after the updated figure is often the event's own ("in the attack on Friday",
"in Friday night's raid"). Sentences written for these tests."""
from __future__ import annotations

from worker.extract import extract_incidents

SUNDAY = "2026-01-18"


def _first_date(text: str) -> str | None:
    return next((i.date for i in extract_incidents(text, None, SUNDAY)), None)


def test_update_told_hours_after_the_blast_keeps_its_day() -> None:
    text = ("The death toll from a car bomb near a checkpoint in Kirkuk has risen to 17, officials said Saturday, "
            "hours after the explosion.")
    assert _first_date(text) == "2026-01-17"


def test_event_day_after_the_updated_figure_is_the_events() -> None:
    text = "The death toll has climbed to 22 in the ambush on Friday on a convoy near Kirkuk, officials said."
    assert _first_date(text) == "2026-01-16"


def test_possessive_night_is_the_events_day() -> None:
    text = "The number of dead has risen to 11 in Friday night's rocket attack on a camp near Kirkuk, officials said."
    assert _first_date(text) == "2026-01-16"
