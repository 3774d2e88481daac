"""Named days of the calendar (data/holidays.csv): fixed ones as their month-day, Easter's feasts counted from Easter
Sunday of the article's year (or the year before when it is still ahead). Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from worker.extract import dates, holidays


@pytest.mark.parametrize("year,sunday", [(2019, "2019-04-21"), (2024, "2024-03-31"), (2025, "2025-04-20"),
                                         (2038, "2038-04-25"), (2008, "2008-03-23")])
def test_easter_sunday_of_the_gregorian_computus(year: int, sunday: str) -> None:
    assert holidays.easter(year).isoformat() == sunday


@pytest.mark.parametrize("sentence,published,day", [
    ("Suicide bombers struck three churches on Easter Sunday.", date(2019, 4, 23), "2019-04-21"),
    ("Gunmen fired on a procession on Good Friday.", date(2024, 4, 2), "2024-03-29"),
    ("Gunmen fired on a procession on Palm Sunday.", date(2024, 4, 2), "2024-03-24"),
    ("A mob burned a chapel on Easter Monday, witnesses said.", date(2024, 4, 2), "2024-04-01"),
    ("Gunmen fired on a procession on Good Friday.", date(2024, 2, 10), "2023-04-07"),  # this year's is ahead
    ("Shelling hit the cathedral on Orthodox Christmas Eve.", date(2024, 1, 9), "2024-01-06"),
    ("Shelling hit the cathedral on Orthodox Christmas.", date(2024, 1, 9), "2024-01-07"),
    ("A grenade was thrown into a bar on Christmas Eve.", date(2025, 1, 3), "2024-12-24"),
])
def test_a_named_day_is_the_latest_one_not_after_the_article(sentence: str, published: date, day: str) -> None:
    assert [m.value for m in dates.find(sentence, published)] == [day]


def test_a_fixed_holiday_without_a_publication_date_keys_as_its_month_day() -> None:
    assert [m.key for m in dates.find("A grenade was thrown into a bar on Christmas Day.", None)] == ["12-25"]
    assert [m.key for m in dates.find("Suicide bombers struck three churches on Easter Sunday.", None)] \
        == ["easter sunday"]
