"""A day an event is ranked since ("the deadliest attack since a blast at a bus park on Sunday", "the second such
attack since Sunday") is another event's, never the story's; "fighting since Sunday" without a rank starts the story's
own. "A similar attack on Sunday" tells another event, not the story's day. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from tests.test_dates_followups import primary_date
from worker.extract import dates

THURSDAY = date(2026, 10, 8)
LEAD = "At least 11 people were killed when a bomb went off at a fuel depot in Gao. "


@pytest.mark.parametrize("sentence", [
    "It was the deadliest attack since a blast at a bus park on Sunday killed six.",
    "It was the second such attack in the town since Sunday.",
    "The bombing was the worst in the region since a raid on a barracks on Sunday.",
])
def test_a_day_the_event_is_ranked_since_is_no_day(sentence: str) -> None:
    assert [m.value for m in dates.find(sentence, THURSDAY)] == []


def test_a_day_without_a_rank_after_since_is_a_day() -> None:
    assert [m.value for m in dates.find("Fighting in the town since Sunday has killed 40.", THURSDAY)] == ["2026-10-04"]


@pytest.mark.parametrize("after", [
    "It was the deadliest attack since a blast at a bus park on Sunday killed six.",
    "The town was hit by a similar attack on Sunday.",
])
def test_the_story_keeps_no_day_of_the_earlier_event(after: str) -> None:
    assert primary_date(LEAD + after, "2026-10-08") == "2026-10-08"
