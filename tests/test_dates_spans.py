"""Spans and distances of days: a weekend (dated by its Saturday, through its Sunday), a range of days, "days
ago" and "two weeks ago" (told by their month), and a month-day whose year is "last year". Sentences written for
these tests."""
from __future__ import annotations

from datetime import date

import pytest

from worker.extract import dates

MONDAY = date(2024, 12, 9)
THURSDAY = date(2024, 12, 12)
SUNDAY = date(2024, 12, 8)


def _found(sentence: str, published: date | None) -> list[tuple[str | None, str | None]]:
    return [(m.value, m.through) for m in dates.find(sentence, published)]


@pytest.mark.parametrize("sentence", [
    "Bandits killed six farmers over the weekend in the hills above the river.",
    "Two grenades were thrown into a bar at the weekend, wounding nine.",
    "Militants burned the clinic during the weekend, residents said.",
    "A car bomb exploded outside the ministry this past weekend.",
    "A car bomb exploded outside the ministry last weekend.",
])
def test_a_weekend_told_on_a_weekday_is_the_saturday_before_through_its_sunday(sentence: str) -> None:
    assert _found(sentence, MONDAY) == [("2024-12-07", "2024-12-08")]
    assert _found(sentence, THURSDAY) == [("2024-12-07", "2024-12-08")]


def test_last_weekend_in_a_weekend_article_is_the_one_before() -> None:
    assert _found("A car bomb exploded outside the ministry last weekend.", SUNDAY) == [("2024-11-30", "2024-12-01")]
    assert _found("A car bomb exploded outside the ministry over the weekend.", SUNDAY) \
        == [("2024-12-07", "2024-12-08")]


def test_this_weekend_on_a_weekday_is_ahead_and_a_weekend_noun_is_no_date() -> None:
    ms = dates.find("Organisers will hold the harvest fair this weekend despite the threats.", THURSDAY)
    assert [(m.value, m.key) for m in ms] == [(None, "next-weekend")]
    assert dates.find("Traders at the weekend market fled when shots rang out.", MONDAY) == []
    assert dates.find("Vendors reopened on the weekend of the vote.", MONDAY) == []


def test_a_day_of_the_weekend_is_consistent_with_it_and_refines_it() -> None:
    span = dates.find("Bandits killed six farmers over the weekend.", MONDAY)[0]
    sunday = dates.find("The attack happened on Sunday near the dam.", MONDAY)[0]
    friday = dates.find("The attack happened on Friday near the dam.", MONDAY)[0]
    assert dates.consistent(span, sunday) and dates.consistent(sunday, span)
    assert not dates.consistent(span, friday)
    assert dates.most_precise([span, sunday]) is sunday


def test_a_range_of_days_is_dated_by_its_first_and_spans_to_its_last() -> None:
    span, = dates.find("Clashes on 12-13 March left eleven dead in the market town.", MONDAY)
    assert (span.value, span.through) == ("2024-03-12", "2024-03-13")
    later, = dates.find("On 13 March troops retook the town.", MONDAY)
    assert dates.consistent(span, later)


@pytest.mark.parametrize("sentence,value,past", [
    ("Gunmen shot dead a trader days ago on the highway to the port.", "2024-12", False),
    ("A few days ago a mortar round hit the school yard.", "2024-12", False),
    ("Two weeks ago a mortar round hit the school yard.", "2024-11", True),
    ("A fortnight ago a mortar round hit the school yard.", "2024-11", True),
    ("Earlier in the week a mortar round hit the school yard.", "2024-12", True),
])
def test_days_and_weeks_ago_are_told_by_their_month(sentence: str, value: str, past: bool) -> None:
    assert [(m.value, m.past) for m in dates.find(sentence, MONDAY)] == [(value, past)]


@pytest.mark.parametrize("sentence,value", [
    ("The same militia killed 14 villagers on December 7 last year.", "2023-12-07"),
    ("The same militia killed 14 villagers on 3 March last year.", "2023-03-03"),
    ("The same militia killed 14 villagers on March 3 this year.", "2024-03-03"),
])
def test_a_month_day_of_last_year_is_in_the_year_before_the_article(sentence: str, value: str) -> None:
    assert [m.value for m in dates.find(sentence, MONDAY)] == [value]
    assert [m.value for m in dates.find(sentence, None)] == [None]


def test_a_stated_range_keeps_its_first_day_when_a_later_day_of_it_is_told() -> None:
    span, = dates.find("Clashes on 12-13 March left eleven dead in the market town.", MONDAY)
    later, = dates.find("On 13 March troops retook the town.", MONDAY)
    assert dates.most_precise([span, later]) is span


@pytest.mark.parametrize("sentence,span", [
    ("Clashes on Saturday and Sunday left twelve dead in the hills.", ("2024-12-07", "2024-12-08")),
    ("Raiders looted the depot on the night of Saturday to Sunday.", ("2024-12-07", "2024-12-08")),
    ("Raiders looted the depot on Saturday into the early hours of Sunday.", ("2024-12-07", "2024-12-08")),
    ("Riots on Nov. 30-Dec. 1 left four dead.", ("2024-11-30", "2024-12-01")),
    ("Raiders looted the depot on Friday and Sunday.", ("2024-12-06", None)),  # two days, not one span
])
def test_two_days_joined_into_a_span_are_dated_by_the_first_through_the_second(sentence: str,
                                                                               span: tuple[str, str | None]) -> None:
    assert _found(sentence, MONDAY)[0] == span


@pytest.mark.parametrize("published,phrase,month", [
    (date(2024, 12, 2), "this week", "2024-12"),  # a Monday: the week began in December, not in November
    (date(2024, 12, 3), "earlier this week", "2024-12"),  # its Monday, December 2
    (date(2024, 12, 5), "last week", "2024-11"),  # November 25 to December 1: six of seven days in November
    (date(2024, 12, 9), "last week", "2024-12"),  # December 2 to 8
    (date(2024, 12, 5), "days ago", "2024-12"),  # November 29 to December 3: three days of five in December
])
def test_a_week_is_told_by_the_month_most_of_its_days_fall_in(published: date, phrase: str, month: str) -> None:
    assert [m.value for m in dates.find(f"Looters emptied the warehouse {phrase}.", published)] == [month]


def test_weeks_counted_from_a_told_day_are_seven_days_each() -> None:
    told = date(2024, 12, 2)
    assert [m.value for m in dates.find("A week later, raiders torched the granary.", MONDAY, told)] == ["2024-12-09"]
    ms = dates.find("Two weeks earlier, raiders torched the granary.", MONDAY, told)
    assert [(m.value, m.past) for m in ms] == [("2024-11", True)]  # about November 18: its month, as "two weeks ago"
    assert [m.value for m in dates.find("Two weeks later, raiders torched the granary.", MONDAY, told)] == [None]
