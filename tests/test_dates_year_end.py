"""Days told across a year's end resolve into the year before the article's, and a day the writer's clock
already reached (a time zone ahead of the feed's) into the next. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from worker.extract import dates

JAN_2 = date(2025, 1, 2)  # a Thursday


@pytest.mark.parametrize("sentence,value", [
    ("Militiamen burned a granary on December 30, elders said.", "2024-12-30"),
    ("Militiamen burned a granary on 30 December.", "2024-12-30"),
    ("Militiamen burned a granary on the 30th, elders said.", "2024-12-30"),
    ("Militiamen burned a granary on Monday.", "2024-12-30"),
    ("Militiamen burned a granary on New Year's Eve.", "2024-12-31"),
    ("Militiamen burned a granary last month.", "2024-12"),
    ("Militiamen burned a granary in December.", "2024-12"),
    ("Militiamen burned a granary over the weekend.", "2024-12-28"),
    ("Militiamen burned a granary two weeks ago.", "2024-12"),
    ("Militiamen burned a granary on Thursday.", "2025-01-02"),  # the article's own weekday: its day
    ("Militiamen burned a granary earlier this month.", "2025-01"),
])
def test_days_before_new_year_are_last_years(sentence: str, value: str) -> None:
    assert [m.value for m in dates.find(sentence, JAN_2)] == [value]


def test_new_years_day_told_on_new_years_eve_is_the_writers_local_day() -> None:
    """A feed's UTC clock can lag the writer's: the day after the article's is the writer's today, not last year's."""
    assert [m.value for m in dates.find("Fireworks set a market ablaze on January 1.", date(2024, 12, 31))] \
        == ["2025-01-01"]
    # two days ahead is no writer's today: the latest January 2 not after the article, a recall of this year's
    assert [m.value for m in dates.find("Fireworks set a market ablaze on January 2.", date(2024, 12, 31))] \
        == ["2024-01-02"]
