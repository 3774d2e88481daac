"""A recalled event told in a clause of its own comes before the sentence's action: its day is counted back from
that action's day (recalled_days), never forward from the article's. Fresh sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from worker.extract import extract_incidents, recalled_days, types

PUBLISHED = "2024-05-01"  # a Wednesday


def _recalled(text: str) -> list[tuple[str, str | None]]:
    return [(i.event_type, i.date) for i in extract_incidents(text, None, PUBLISHED) if not i.primary]


@pytest.mark.parametrize("text, day", [
    ("A day after bandits killed five farmers in Zamfara, troops arrested two suspects on Monday.", "2024-04-28"),
    ("Three days after gunmen shot dead four miners in Niger State, police detained six men on Tuesday.",
     "2024-04-27"),
    ("A week after militants killed eleven villagers in Borno, soldiers arrested a commander on Sunday.",
     "2024-04-21"),
])
def test_a_distance_before_the_action_dates_the_recalled_event(text: str, day: str) -> None:
    assert [d for _, d in _recalled(text)] == [day]


def test_a_weekday_of_the_recalled_event_is_the_one_before_the_action() -> None:
    text = "Detectives arrested a driver on Monday after gunmen killed three worshippers in Jos on Tuesday."
    assert [d for _, d in _recalled(text)] == ["2024-04-23"]  # not Tuesday 2024-04-30, after the arrest


def test_bare_days_after_gives_no_day() -> None:
    sentence = "Days after gunmen killed five farmers in Zamfara, troops arrested two suspects on Monday."
    span = types.recalled_event(sentence, types.classify(sentence))
    assert span is not None
    assert recalled_days.before(sentence, span, [], date(2024, 5, 1)) is None
