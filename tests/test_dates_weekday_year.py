"""A weekday written beside a yearless month-day pins its year, but only among years the text or the article's date
offers (a weekday and a month-day recur together every 5 to 11 years). Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from worker.extract import dates, extract_incidents


def test_pinned_year_is_the_latest_candidate_whose_weekday_fits() -> None:
    # 2024-03-24 and 2019-03-24 are Sundays, 2023-03-24 a Friday
    assert dates.pinned_year(3, 24, 6, [2019, 2023, 2024]) == 2024
    assert dates.pinned_year(3, 24, 6, [2019, 2023]) == 2019
    assert dates.pinned_year(3, 24, 6, [2023]) is None
    assert dates.pinned_year(3, 24, 6, [2019, 2024], latest=date(2023, 6, 1)) == 2019
    assert dates.pinned_year(2, 29, 3, [2023, 2024]) == 2024  # a leap day exists in one of them only


def test_an_undated_text_is_referenced_by_a_weekday_day_in_a_year_it_names() -> None:
    text = ("Police on Thursday (Oct 17) arrested two men suspected of the bombing of a bus station.\n\n"
            "The station was rebuilt in 2019 and reopened in 2020.")
    assert dates.reference_date(text) == date(2019, 10, 17)  # a Thursday in 2019, a Saturday in 2020


def test_without_a_year_in_the_text_the_weekday_pins_nothing() -> None:
    text = "Police on Thursday (Oct 17) arrested two men suspected of the bombing of a bus station."
    assert dates.reference_date(text) is None
    primary = [i for i in extract_incidents(text, None, None) if i.primary]
    assert primary and primary[0].date is None


def test_the_pinned_reference_dates_the_incident() -> None:
    text = ("Gunmen on Saturday (Jun 1) killed three traders at a market in Kaduna, police said.\n\n"
            "The market had been attacked before, in 2019 and again in 2024.")
    primary = [i for i in extract_incidents(text, None, None) if i.primary]
    assert primary and primary[0].date == "2024-06-01"  # a Saturday in both years: the latest


def test_with_an_article_date_the_weekday_can_move_a_day_to_the_year_before() -> None:
    late_december = date(2024, 12, 30)
    assert [m.value for m in dates.find("Militants attacked the camp on Sunday, Dec 24.", late_december)] == \
        ["2023-12-24"]
    assert [m.value for m in dates.find("Militants attacked the camp on Tuesday, Dec 3.", late_december)] == \
        ["2024-12-03"]
    # a weekday that fits neither year is a slip of the text: the day stays in the latest year
    assert [m.value for m in dates.find("Militants attacked the camp on Monday, Dec 3.", late_december)] == \
        ["2024-12-03"]


def test_the_month_days_on_a_weekday_are_found_in_the_years_order() -> None:
    assert list(dates._on_weekday(3, 24, 6, range(2018, 2026))) == [date(2019, 3, 24), date(2024, 3, 24)]
    assert list(dates._on_weekday(3, 24, 6, [2024, 2019])) == [date(2024, 3, 24), date(2019, 3, 24)]
    assert list(dates._on_weekday(2, 29, 3, range(2020, 2030))) == [date(2024, 2, 29)]  # no leap day elsewhere
