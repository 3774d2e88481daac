"""A story dated only by a statement ("..., police said on Wednesday") takes a day of the week before it told next as
its event's, unless that sentence tells another death toll ("Last Friday, gunmen killed 12 people in the town"): then
it is another event, and the story keeps the statement's day. A source's own count ("residents said 12 were killed")
or one above the story's lower bound ("at least seven") may count the same event. Sentences written for these
tests."""
from __future__ import annotations

from worker.extract import extract_incidents

THURSDAY = "2026-01-15"


def _dated(text: str) -> list[tuple[str | None, int | None]]:
    return [(i.date, i.killed) for i in extract_incidents(text, None, THURSDAY)]


def test_another_toll_on_an_earlier_day_is_another_event() -> None:
    text = ("Herders killed nine farmers in Riyom, police said on Wednesday. Last Saturday, herders killed 14 people "
            "in the same district.")
    assert _dated(text)[:2] == [("2026-01-14", 9), ("2026-01-10", 14)]


def test_the_same_toll_on_an_earlier_day_dates_the_story() -> None:
    text = ("Herders killed nine farmers in Riyom, police said on Wednesday. On Monday night, herders killed nine "
            "people in the district.")
    assert _dated(text)[:1] == [("2026-01-12", 9)]


def test_another_toll_on_a_day_after_an_undated_lead_is_another_event() -> None:
    text = ("At least nine farmers were killed when herders raided Riyom. On Sunday, herders killed 14 people at a "
            "market in the same district.")
    assert _dated(text)[:2] == [("2026-01-15", 9), ("2026-01-11", 14)]


def test_a_sources_count_is_the_same_event() -> None:
    text = ("Herders killed at least nine farmers in Riyom, police said on Wednesday. Villagers said herders killed "
            "14 people on Monday night.")
    assert _dated(text)[:1] == [("2026-01-12", 14)]
