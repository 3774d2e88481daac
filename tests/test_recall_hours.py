"""A distance in hours that makes a day or more ("48 hours after", "72 hours after") sets the recalled event back by
whole days, as "two days after" does; fewer hours ("12 hours after", "hours after") leave it on the sentence's own
day. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import extract_incidents, recalled_days

PUBLISHED = "2024-05-01"  # a Wednesday; "on Monday" is 2024-04-29


def _killing(text: str) -> tuple[str | None, str | None]:
    found = [(i.date, i.city) for i in extract_incidents(text, None, PUBLISHED) if i.event_type != "arrest"]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize("hours, day", [("48 hours", "2024-04-27"), ("72 hours", "2024-04-26"),
                                        ("12 hours", "2024-04-29"), ("hours", "2024-04-29")])
def test_an_arrest_dates_the_killing_it_follows_back_by_whole_days(hours: str, day: str) -> None:
    text = f"Police detained three suspects in Makurdi on Monday, {hours} after gunmen shot dead a farmer in Agatu."
    assert _killing(text) == (day, "Agatu")


def test_a_recall_set_back_by_days_of_hours_is_placed_and_dated_by_its_clause() -> None:
    assert _killing("Markets reopened in Makurdi on Monday, 48 hours after gunmen shot dead a farmer in Agatu.") \
        == ("2024-04-27", "Agatu")


def test_hours_that_make_days_read_as_days() -> None:
    sentence = "Curfew was lifted on Monday, 36 hours after a mob burned a church."
    assert recalled_days.distance(sentence, sentence.index("a mob")) == (1, "day")
    sentence = "Curfew was lifted on Monday, six hours after a mob burned a church."
    assert recalled_days.distance(sentence, sentence.index("a mob")) == (6, "hour")
