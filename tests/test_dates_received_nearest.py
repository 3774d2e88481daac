"""An undated text's weekday and yearless day pin the fitting day nearest to its arrival (at most a day after it: an
incident is reported after it happened); the evaluation gives records without `fetched_at` a fixed
arrival time. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from worker.evaluation import set_received, with_received
from worker.extract import dates

TEXT = "Police on Saturday (Jan 9) arrested three men over the bombing of a fuel depot in Maiduguri."


def test_a_writer_a_day_ahead_of_the_clock_keeps_the_year() -> None:
    # Jan 9 is a Saturday in 2027 and in 2021: a record that arrives the evening before must not jump six years back
    assert dates.reference_date(TEXT, date(2027, 1, 8)) == date(2027, 1, 9)
    assert dates.reference_date(TEXT, date(2027, 1, 12)) == date(2027, 1, 9)


def test_a_killing_is_not_dated_after_its_arrival() -> None:
    assert dates.reference_date("Gunmen on Friday (May 9) killed 12 people in Bama.", date(2031, 5, 2)) == date(2025, 5, 9)


def test_a_day_far_after_arrival_is_the_past_one() -> None:
    assert dates.reference_date(TEXT, date(2026, 11, 20)) == date(2021, 1, 9)
    assert dates.nearest_fitting(1, 2, 5, date(2027, 1, 1)) == date(2027, 1, 2)  # across New Year


def test_the_evaluation_arrival_is_the_sets_newest_day_not_the_clock() -> None:
    records = [{"published": "2023-05-02"}, {"published": None}, {"published": "2024-02-11T08:00:00Z"}]
    assert set_received(records) == "2024-02-11T23:59:59+00:00"
    assert set_received([{"published": None}], "2019-11-30T00:00:00+00:00") == "2019-11-30T00:00:00+00:00"
    arts = with_received([{"id": "a"}, {"id": "b", "fetched_at": "2022-01-01T00:00:00Z"}], "2024-02-11T23:59:59+00:00")
    assert [a["fetched_at"] for a in arts] == ["2024-02-11T23:59:59+00:00", "2022-01-01T00:00:00Z"]
