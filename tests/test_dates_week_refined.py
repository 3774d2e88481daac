"""A week's phrase ("last week", "earlier this week", "a few days ago"), dated by its month, is refined by a day of
that week the text tells after it ("The attack took place on Friday"); a week told after the event's day ("Earlier
in the week, on Monday, ...") is another, earlier event, and a day outside the week is not the week's. Sentences
written for these tests (weeks across month and year ends)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.test_dates_followups import primary_date
from worker.extract import dates, extract_incidents


@pytest.mark.parametrize("text, published, day", [
    ("Bandits killed 11 villagers in Zamfara state last week, local officials said on Tuesday. The attack took place "
     "on Friday in the village of Kairu.", "2024-04-02", "2024-03-29"),
    ("Jihadists killed nine soldiers in an ambush in Burkina Faso earlier this week, the army said. The convoy was "
     "attacked on Monday near Djibo.", "2024-02-01", "2024-01-29"),
    ("Gunmen killed six worshippers at a church in Plateau state last week, police said. The attack happened on "
     "Christmas Day.", "2025-01-03", "2024-12-25"),
    ("A car bomb killed seven people in Mogadishu earlier this week, officials said on Friday. The bomb went off on "
     "Tuesday outside a restaurant.", "2025-01-03", "2024-12-31"),
    ("Security forces killed 14 militants in Waziristan last week, the army said on Monday. The raid was carried "
     "out on Wednesday.", "2024-06-10", "2024-06-05"),
    ("Armed men killed a mayor in Guerrero a few days ago, prosecutors said. He was shot dead on Thursday outside "
     "the town hall.", "2024-11-05", "2024-10-31"),
    ("Earlier this week, militants attacked a police station in Khyber district, killing three officers. The attack "
     "began late on Tuesday.", "2024-03-07", "2024-03-05"),
    ("Rebels killed 20 civilians in Ituri province last week. Local officials said on Monday that the massacre "
     "happened on Friday night.", "2024-06-10", "2024-06-07"),
    ("Gunmen killed a traditional chief in Kasai earlier this week, officials said on Thursday. The attack happened "
     "on Tuesday night in the village of Tshikapa.", "2024-03-07", "2024-03-05"),
    ("Gunmen killed a traditional chief in Kasai last week, officials said on Tuesday. The attack happened on "
     "Wednesday, March 6.", "2024-03-12", "2024-03-06"),
])
def test_a_day_of_the_week_told_after_it(text: str, published: str, day: str) -> None:
    assert primary_date(text, published) == day


@pytest.mark.parametrize("text, published, day", [
    ("Gunmen killed five people at a market in Kaduna last week. On Monday, police arrested two suspects.",
     "2024-06-10", "2024-06"),
    ("Bandits killed 11 villagers in Zamfara state last week, officials said. Police arrested three suspects on "
     "Monday.", "2024-04-02", "2024-03"),
    ("Gunmen killed five people at a market in Kaduna on Saturday, police said. Earlier this week, gunmen killed "
     "three farmers near the city.", "2024-06-10", "2024-06-08"),
])
def test_a_day_outside_the_week_or_a_week_after_the_day(text: str, published: str, day: str) -> None:
    assert primary_date(text, published) == day


def test_a_week_told_after_the_day_is_another_event() -> None:
    text = ("BEIRUT (AP) — Airstrikes on a market street in the town of Kafr Nabl in Idlib province killed nine "
            "civilians on Saturday, rescuers said. Earlier in the week, on Monday, government shelling of the town "
            "of Saraqeb killed four people, the Observatory said.")
    assert [i.date for i in extract_incidents(text, None, "2019-07-14")] == ["2019-07-13", "2019-07-08"]


def test_narrows_only_from_the_week_to_its_day() -> None:
    week, tuesday = dates.find("Gunmen struck last week, and again on Tuesday.", date(2024, 3, 12))
    assert week.value == "2024-03" and week.through == "2024-03-10"
    assert not dates.narrows(tuesday, week)  # Tuesday 12 March is after last week
    friday = dates.find("The attack happened on Friday.", date(2024, 3, 12))[0]
    assert dates.narrows(friday, week) and not dates.narrows(week, friday)
