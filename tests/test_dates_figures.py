"""Days written in figures ("28/04/2024", "2024-04-28"), "a week ago", "Monday last week", "on Sunday last" and ranges
("12-13 March": the first) are event days the text states. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from tests.test_dates_relative import _values

WEDNESDAY = date(2024, 5, 1)


@pytest.mark.parametrize("sentence, day", [
    ("Bandits attacked the village on 2024-04-27, residents said.", "2024-04-27"),
    ("Bandits attacked the village on 27/04/2024, residents said.", "2024-04-27"),
    ("Bandits attacked the village on 04/27/2024, residents said.", "2024-04-27"),
    ("Bandits attacked the village on 27.04.2024, residents said.", "2024-04-27"),
    # both readings are days: the one nearer before the article (April 2, not February 4)
    ("Bandits attacked the village on 02/04/2024, residents said.", "2024-04-02"),
])
def test_a_day_in_figures(sentence: str, day: str) -> None:
    assert _values(sentence, WEDNESDAY) == [day]


def test_a_day_in_figures_without_the_article_date() -> None:
    assert _values("Bandits attacked the village on 27/04/2024.", None) == ["2024-04-27"]
    assert _values("Bandits attacked the village on 02/04/2024.", None) == []  # April 2 or February 4
    assert _values("Bandits attacked the village on 31/02/2024.", WEDNESDAY) == []  # no such day


@pytest.mark.parametrize("sentence, day", [
    ("A bomb killed four traders in the market a week ago.", "2024-04-24"),
    ("A bomb killed four traders in the market on Monday last week.", "2024-04-22"),
    ("A bomb killed four traders in the market on Thursday of last week.", "2024-04-25"),
    ("A bomb killed four traders in the market on Wednesday last week.", "2024-04-24"),
])
def test_a_week_back(sentence: str, day: str) -> None:
    assert _values(sentence, WEDNESDAY) == [day]


@pytest.mark.parametrize("sentence, day", [
    ("A bomb killed four traders in the market on Wednesday last, police said.", "2024-04-24"),  # not today
    ("A bomb killed four traders in the market on Sunday last.", "2024-04-28"),
])
def test_a_weekday_then_last(sentence: str, day: str) -> None:
    assert _values(sentence, WEDNESDAY) == [day]


@pytest.mark.parametrize("sentence, day", [
    ("Raiders burnt the village on the night of 27 to 28 April.", "2024-04-27"),
    ("Clashes on 27-28 April left nine dead.", "2024-04-27"),
    ("Clashes on 27–28 April 2024 left nine dead.", "2024-04-27"),
    ("Raiders killed 15 and 3 April was the day of the raid.", "2024-04-03"),  # a count, then a day
])
def test_a_range_of_days_is_dated_by_its_first(sentence: str, day: str) -> None:
    assert _values(sentence, WEDNESDAY) == [day]
