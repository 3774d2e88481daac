"""Relative days (counted back, holidays, "the day after"), statement weekdays a day ahead of the
article's clock, and the byline date of a text without a publication date. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from worker.extract import dates

TUESDAY = date(2024, 3, 12)


def _values(sentence: str, published: date | None = TUESDAY) -> list[str | None]:
    return [m.value for m in dates.find(sentence, published)]


@pytest.mark.parametrize("sentence,day", [
    ("Two days ago a roadside bomb killed four soldiers near the border.", "2024-03-10"),
    ("A grenade attack 3 days ago wounded nine traders.", "2024-03-09"),
    ("Gunmen stormed the village a day ago, residents said.", "2024-03-11"),
    ("The day before yesterday, bandits abducted eleven pupils.", "2024-03-10"),
    ("Rebels attacked the base on New Year's Day, killing two guards.", "2024-01-01"),
    ("A bomb went off outside a church on Christmas Eve.", "2023-12-24"),
])
def test_relative_days_count_back_from_the_article(sentence: str, day: str) -> None:
    assert _values(sentence) == [day]


def test_overnight_alone_is_no_day_and_next_to_a_weekday_is_that_weekday() -> None:
    """A night spans two calendar days: "overnight" alone does not say which; the weekday beside it does."""
    assert _values("Shelling overnight killed a family of five in the suburbs.") == []
    assert _values("Drones struck the port overnight Friday, officials said.") == ["2024-03-08"]
    assert _values("On Saturday overnight, militants raided a checkpoint.") == ["2024-03-09"]


def test_counted_days_without_a_publication_date_stay_unresolved() -> None:
    ms = dates.find("Four days ago gunmen killed a teacher.", None)
    assert [(m.value, m.key) for m in ms] == [(None, "-4d")]


def test_a_statement_weekday_after_the_article_day_is_the_next_day_not_last_week() -> None:
    said = dates.find("An air strike killed eight people in a market, officials said Wednesday.", TUESDAY)
    assert [(m.value, m.reporting) for m in said] == [("2024-03-13", True)]
    assert dates.event_day_of(said[0], TUESDAY) == "2024-03-12"  # the article's day bounds what it reports
    on = dates.find("An air strike killed eight people in a market, officials said on Wednesday.", TUESDAY)
    assert [m.value for m in on] == ["2024-03-13"]
    last = dates.find("An air strike killed eight people in a market, officials said last Wednesday.", TUESDAY)
    assert [m.value for m in last] == ["2024-03-06"]  # "last" says the past
    told = dates.find("An air strike killed eight people in a market on Wednesday.", TUESDAY)
    assert [m.value for m in told] == ["2024-03-06"]  # an event's weekday keeps its last-week reading
    assert dates.event_day_of(told[0], TUESDAY) == "2024-03-06"


def test_the_day_after_a_statement_day_dates_what_the_statement_tells() -> None:
    ms = dates.find("Eleven people died in the riots, doctors said Monday, the day after troops fired on a march.",
                    TUESDAY)
    assert [(m.value, m.reporting) for m in ms] == [("2024-03-11", True), ("2024-03-10", False)]
    ms = dates.find("Nine were killed, police said on Sunday, two days after the raid.", TUESDAY)
    assert [(m.value, m.reporting) for m in ms] == [("2024-03-10", True), ("2024-03-08", False)]


def test_an_event_day_before_the_day_after_is_not_shifted() -> None:
    ms = dates.find("A bomb exploded in the square on Monday, the day after the election.", TUESDAY)
    assert [(m.value, m.reporting) for m in ms] == [("2024-03-11", False)]


@pytest.mark.parametrize("text,day", [
    ("By Amina Yusuf on 14 Feb 2023\n\nGunmen killed three farmers on Monday.", date(2023, 2, 14)),
    ("Published: June 2, 2021. A blast hit a bus depot.", date(2021, 6, 2)),
    ("Posted on Friday, 9 August 2019 | Police said a mob lynched two men.", date(2019, 8, 9)),
    ("By THE NEWSDESK | October 30, 2020\nA raid left six dead.", date(2020, 10, 30)),
])
def test_a_byline_that_opens_the_text_gives_its_date(text: str, day: date) -> None:
    assert dates.byline_date(text) == day
    assert dates.reference_date(text) == day


@pytest.mark.parametrize("text", [
    "By the afternoon of March 3, 2024, the crowd had left.",
    "Markets were calm. Published: June 2, 2021",
    "By Amina Yusuf\nGunmen killed three farmers.",
])
def test_no_byline_date_elsewhere(text: str) -> None:
    assert dates.byline_date(text) is None


@pytest.mark.parametrize("verb", ["revealed", "explained", "tweeted", "acknowledged"])
def test_more_reporting_verbs_make_a_statement_day(verb: str) -> None:
    ms = dates.find(f"Six traders were shot dead on Sunday, the district chief {verb} on Monday.", TUESDAY)
    assert [(m.value, m.reporting) for m in ms] == [("2024-03-10", False), ("2024-03-11", True)]


SATURDAY = date(2024, 3, 16)


@pytest.mark.parametrize("sentence,day", [
    ("The families will bury the victims next Saturday.", None),
    ("Protesters plan to return this coming Friday.", None),
    ("This past Saturday, gunmen killed two herders.", "2024-03-09"),
    ("Last Saturday gunmen killed two herders.", "2024-03-09"),
    ("On Saturday gunmen killed two herders.", "2024-03-16"),
    ("A mortar round hit the camp this afternoon.", "2024-03-16"),
])
def test_weekdays_ahead_are_no_event_day_and_past_ones_a_week_back(sentence: str, day: str | None) -> None:
    assert _values(sentence, SATURDAY) == [day]


def test_an_adjective_or_a_victim_participle_is_no_statement() -> None:
    ms = dates.find("Gunmen killed four villagers on Sunday, the alleged attackers fled on motorcycles.", TUESDAY)
    assert [(m.value, m.reporting) for m in ms] == [("2024-03-10", False)]
    ms = dates.find("Nine wounded people were admitted on Sunday to the general hospital.", TUESDAY)
    assert [(m.value, m.reporting) for m in ms] == [("2024-03-10", False)]


@pytest.mark.parametrize("text,day", [
    # a statement weekday a day ahead of the article: the event is bounded by the article's day, not last week
    ("An air strike killed eight people in a market in Saada, officials said Wednesday.", "2024-03-12"),
    # the event's day told in a later sentence of the incident wins over the statement's day of the lead
    ("Security forces shot dead four protesters in Khartoum, medics said Tuesday. The protesters had gathered "
     "outside the army headquarters on Monday.", "2024-03-11"),
    ("Militants ambushed a police patrol in Bannu, killing three officers. The attack took place late on Sunday, "
     "police said on Monday.", "2024-03-10"),
    ("Gunmen killed six villagers in Zamfara State. The attack happened two days ago, residents said.", "2024-03-10"),
    # an undated night: it began the day before the article (dates.at_night)
    ("Shelling overnight killed a family of five in Donetsk, officials said.", "2024-03-11"),
    # no day at all: the article's own day (a report without a day is, most often, the day's news)
    ("Gunmen killed six villagers in Zamfara State, residents said.", "2024-03-12"),
])
def test_the_incident_day_read_across_its_sentences(text: str, day: str) -> None:
    from worker.extract import extract_incidents
    assert [i.date for i in extract_incidents(text, None, TUESDAY.isoformat(), None)][:1] == [day]
