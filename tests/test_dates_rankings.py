"""A current period that ranks the event ("the third attack this month", "the deadliest this week") is no date of
it, so the day the sentence tells ("The attack, which happened on Sunday night, was the third this month") dates
the event. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from tests.test_dates_followups import primary_date
from tests.test_dates_relative import _values

WEDNESDAY = date(2024, 5, 1)


@pytest.mark.parametrize("sentence, days", [
    ("Raiders burnt a school in the district, the third such attack this month.", []),
    ("It was the deadliest raid on the town this week.", []),
    ("Raiders burnt a school in the district this month.", ["2024-05"]),
    ("A second bomb went off in the market in March 2023.", ["2023-03"]),  # another event's date, no ranking
])
def test_a_ranking_period_is_no_date(sentence: str, days: list[str]) -> None:
    assert _values(sentence, WEDNESDAY) == days


def test_the_day_of_an_event_ranked_in_its_month() -> None:
    text = ("Raiders killed nine traders at a market in Kauru, Kaduna State. The attack, which happened on Sunday "
            "night, was the third this month.")
    assert primary_date(text, WEDNESDAY.isoformat()) == "2024-04-28"


@pytest.mark.parametrize("sentence, days", [
    ("Raiders killed nine guests on the third night of a festival in Kauru in August 2023.", ["2023-08"]),
    ("Troops of the 7th division shot dead four traders in Gwoza in March 2023.", ["2023-03"]),
    ("It was the second such raid on the town in March 2023.", []),
    ("It was the fourth time in 2023 that raiders struck the town.", []),
    ("Gunmen burnt the biggest warehouse in Onitsha in July 2023, killing a guard.", ["2023-07"]),
    ("It was the bloodiest ambush on the road in 2023.", []),
])
def test_an_ordinal_ranks_the_period_only_when_it_ranks_an_event(sentence: str, days: list[str]) -> None:
    assert _values(sentence, WEDNESDAY) == days
