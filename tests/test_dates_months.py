"""Months named against the article's: "last March" is the latest March before the article's month, "this March"
the article's year's, and "the last week of November" is November's, not last week. Sentences written for these
tests."""
from __future__ import annotations

from datetime import date

import pytest

from worker.extract import dates

DECEMBER = date(2024, 12, 9)
MARCH = date(2024, 3, 9)


@pytest.mark.parametrize("sentence,published,month", [
    ("Rebels overran the garrison last March.", DECEMBER, "2024-03"),
    ("Rebels overran the garrison last March.", MARCH, "2023-03"),  # in March, last March is a year ago
    ("Rebels overran the garrison last December.", DECEMBER, "2023-12"),
    ("Rebels overran the garrison this March.", MARCH, "2024-03"),
    ("Rebels overran the garrison in the last week of November.", DECEMBER, "2024-11"),
    ("Rebels overran the garrison in the last week of November.", MARCH, "2023-11"),
])
def test_a_month_named_against_the_article(sentence: str, published: date, month: str) -> None:
    assert [m.value for m in dates.find(sentence, published)] == [month]


def test_the_last_year_is_a_period_not_a_date() -> None:
    assert dates.find("Kidnappings for ransom have doubled in the last year.", DECEMBER) == []
    assert dates.find("Kidnappings for ransom doubled over the last month of the campaign.", DECEMBER) == []
