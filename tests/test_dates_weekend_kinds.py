"""Weekends a text qualifies (long, holiday, a named holiday's), counts back ("two weekends ago", "the weekend
before last") or calls past ("this past weekend" in a weekend's article: the one that is over). Sentences written
for these tests."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from worker.extract import dates, holidays


@pytest.mark.parametrize("sentence,published,saturday", [
    # a qualified weekend is still the last one
    ("Bandits raided two farms near Gusau over the long weekend.", date(2025, 6, 11), "2025-06-07"),
    ("A bus was ambushed during the bank holiday weekend, police said.", date(2025, 6, 11), "2025-06-07"),
    # a holiday's weekend is that holiday's, however long ago
    ("Twelve people were shot in Detroit over the Memorial Day weekend.", date(2025, 6, 11), "2025-05-24"),
    ("A church was torched during the Easter weekend in Jos.", date(2025, 5, 2), "2025-04-19"),
    ("Shootings rose over the Thanksgiving weekend, police said.", date(2025, 12, 3), "2025-11-29"),
    # past weekends in an article written on a weekend: the one that is over
    ("Looters burned shops this past weekend, residents said.", date(2025, 6, 14), "2025-06-07"),
    ("Looters burned shops over the past weekend.", date(2025, 6, 15), "2025-06-07"),
    # counted back
    ("Militiamen torched the market two weekends ago.", date(2025, 6, 11), "2025-05-31"),
    ("Militiamen torched the market the weekend before last, elders said.", date(2025, 6, 11), "2025-05-31"),
])
def test_a_weekend_is_dated_by_its_saturday(sentence: str, published: date, saturday: str) -> None:
    found = dates.find(sentence, published)
    assert [m.value for m in found] == [saturday]
    assert found[0].vague and found[0].through == (date.fromisoformat(saturday) + timedelta(days=1)).isoformat()


def test_a_holiday_weekend_without_a_publication_date_keys_as_its_name() -> None:
    assert [m.key for m in dates.find("Riots broke out over the Easter weekend.", None)] == ["weekend-easter"]


def test_a_weekend_that_qualifies_a_noun_dates_nothing() -> None:
    assert dates.find("The Easter weekend traffic was heavy in Lagos.", date(2025, 5, 2)) == []


@pytest.mark.parametrize("name,year,day", [("Memorial Day", 2025, "2025-05-26"), ("Labor Day", 2025, "2025-09-01"),
                                           ("Thanksgiving", 2025, "2025-11-27"), ("Thanksgiving", 2026, "2026-11-26")])
def test_a_weekday_of_a_month_counts_from_the_month(name: str, year: int, day: str) -> None:
    assert holidays.day_in(name, year).isoformat() == day
