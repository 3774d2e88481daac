"""An undated text that states no year: a weekday beside a yearless month-day (or a wire dateline's statement
weekday) dates it in the year that fits nearest to the article's arrival (at most a week after it). Sentences written for these
tests."""
from __future__ import annotations

from datetime import date, datetime, timezone

from worker.extract import dates, extract_incidents
from worker.pipeline import received


def test_the_latest_fitting_year_not_after_arrival() -> None:
    text = "Police on Thursday (Oct 17) arrested two men suspected of the bombing of a bus station."
    # Oct 17 is a Thursday in 2024 and 2019; received in 2026 -> 2024, received early in 2024 -> 2019
    assert dates.reference_date(text, date(2026, 12, 6)) == date(2024, 10, 17)
    assert dates.reference_date(text, date(2024, 5, 1)) == date(2019, 10, 17)
    assert dates.reference_date(text) is None  # no arrival time: nothing pins the year


def test_a_year_the_text_states_wins_over_the_arrival() -> None:
    text = ("Police on Thursday (Oct 17) arrested two men suspected of the bombing of a bus station.\n\n"
            "The station was rebuilt in 2019 and reopened in 2020.")
    assert dates.reference_date(text, date(2026, 12, 6)) == date(2019, 10, 17)


def test_a_wire_datelines_statement_weekday_pins_its_year() -> None:
    text = ("Nov. 9 (UPI) -- Police said Saturday that gunmen killed two guards at a bank in Tulsa, Oklahoma, "
            "on Friday night.")
    assert dates.reference_date(text, date(2026, 12, 6)) == date(2024, 11, 9)  # a Saturday in 2024, not 2025/2026
    primary = [i for i in extract_incidents(text, None, None, received="2026-12-06T10:00:00+00:00") if i.primary]
    assert primary and primary[0].date == "2024-11-08"


def test_a_weekday_far_from_a_month_day_outside_a_dateline_pins_nothing() -> None:
    text = "Police said Saturday that the Nov. 9 raid on a bank in Tulsa, Oklahoma, killed two guards."
    assert dates.reference_date(text, date(2026, 12, 6)) is None


def test_the_service_receives_an_article_when_it_was_fetched_or_now() -> None:
    assert received({"fetched_at": "2025-02-03T04:05:06+00:00"}) == "2025-02-03T04:05:06+00:00"
    now = datetime.now(timezone.utc)
    assert abs((datetime.fromisoformat(received({"fetched_at": None})) - now).total_seconds()) < 60
