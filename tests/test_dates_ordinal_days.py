"""A bare ordinal day ("on the 3rd", "on the 2nd instant") is a day of the article's month, or of the month before
when it lies after the article's day. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from worker.extract import dates

WEDNESDAY = date(2025, 3, 5)


@pytest.mark.parametrize("sentence,day", [
    ("Gunmen killed five people on the 3rd, police said.", "2025-03-03"),
    ("Bandits struck the village on the 2nd instant.", "2025-03-02"),
    ("The attack on the 28th in Kano left five people dead.", "2025-02-28"),  # after the article's day: last month
    ("Villagers fled on the night of the 4th.", "2025-03-04"),
    ("On the 12th of February gunmen struck the market.", "2025-02-12"),  # a month named: that month
])
def test_an_ordinal_day_of_the_month(sentence: str, day: str) -> None:
    assert [m.value for m in dates.find(sentence, WEDNESDAY)] == [day]


@pytest.mark.parametrize("sentence", [
    "The gunman fired from the 5th floor of the hotel.",
    "It was the 3rd attack in a row on the market.",
    "Since the 1st, ten people have been killed in the district.",  # a period's start, no event's day
])
def test_ordinals_that_name_no_day(sentence: str) -> None:
    assert dates.find(sentence, WEDNESDAY) == []


def test_without_an_article_date_the_ordinal_day_is_unresolved() -> None:
    assert [(m.value, m.key) for m in dates.find("Gunmen killed five on the 3rd.", None)] == [(None, "d3")]
