"""Review s15 (dates): a day counted from an unresolved day, a wire dateline's day as the filing day that relative
days count from, and a dateline a day ahead of the UTC publication day. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from worker.extract import dates, extract_incidents


def _summary(text: str, published: str | None) -> list[tuple[str | None, str | None, int | None]]:
    return [(i.date, i.admin1, i.killed) for i in extract_incidents(text, None, published)]


def test_a_day_counted_from_an_unresolved_day_is_another_day() -> None:
    """Without a publication date "on Tuesday" is not resolved, yet "two days earlier" is still another day."""
    found = dates.find("Two days earlier, militants burned a police post.", None, None, "tuesday")
    assert [(m.value, m.key, m.past) for m in found] == [(None, "tuesday-2d", True)]


def test_a_day_before_an_undated_one_opens_its_own_incident() -> None:
    text = ("Armed men killed seven farmers in Benue on Tuesday. "
            "The day before, herders killed three people in Plateau.")
    got = _summary(text, None)
    assert [(a, k) for _, a, k in got] == [("Benue", 7), ("Plateau", 3)]


@pytest.mark.parametrize("lead,day", [
    ("A car bomb killed six policemen in Mosul province yesterday, officials said.", "2024-03-10"),
    ("A car bomb killed six policemen in Mosul on Sunday, officials said.", "2024-03-10"),
])
def test_relative_days_count_from_the_datelines_filing_day(lead: str, day: str) -> None:
    """Filed Monday, March 11 and published two days later: "yesterday" is Sunday the 10th."""
    text = "BAGHDAD, March 11 (AFP) - " + lead
    assert [d for d, _, _ in _summary(text, "2024-03-13")] == [day]


def test_filing_day_of_a_dateline() -> None:
    assert dates.filed_day("DHAKA, Feb 2 (Reuters) - Police said ...", date(2024, 2, 4)) == date(2024, 2, 2)
    assert dates.filed_day("Gunmen killed two on Feb 2 - police said.", date(2024, 2, 4)) is None


@pytest.mark.parametrize("text,published,month", [
    ("MANILA, June 8 (Reuters) - Gunmen killed three soldiers in Sulu province, the army said.",
     "2024-06-07T19:00:00+00:00", "2024-06"),
    ("JAKARTA, Jan 1 (Reuters) - A bomb killed two policemen in Poso, police said.",
     "2023-12-31T20:00:00+00:00", "2024-01"),
])
def test_a_dateline_a_day_ahead_of_the_utc_day_is_not_last_years(text: str, published: str, month: str) -> None:
    got = [d for d, _, _ in _summary(text, published)]
    assert got and all(d is not None and d.startswith(month) for d in got)


def test_a_yearless_day_one_day_after_the_article_is_that_day() -> None:
    assert [m.value for m in dates.find("on Oct 9", date(2025, 10, 8))] == ["2025-10-09"]
    assert [m.value for m in dates.find("on Oct 10", date(2025, 10, 8))] == ["2024-10-10"]  # two days: a year back
