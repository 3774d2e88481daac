"""A wire dateline whose country follows the town in brackets ("Hagen (Germany), May 3 (NNN-AGENCIES) --") is the
filing day, not the event's: the lead's own day ("on Thursday night") dates the event. And a year that names the
event a period starts from ("Since the 2022 massacre, gunmen have killed eleven more") does not date the sentence.
Texts written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from worker.extract import dates, extract_incidents

SATURDAY = "2024-05-04"


def _dates(text: str, published: str = SATURDAY) -> list[tuple[str, str | None]]:
    return [(i.event_type, i.date) for i in extract_incidents(text, None, published)]


@pytest.mark.parametrize("text", [
    "Hagen (Germany), May 3 (NNN-AGENCIES) -- A man stabbed three people to death at a street fair in Hagen",
    "Tarnow (Southern Poland), May 3 (PAP) - A man stabbed three people to death at a street fair",
])
def test_a_bracketed_country_after_the_town_keeps_the_dateline(text: str) -> None:
    assert dates.filed_day(text, date(2024, 5, 4)) == date(2024, 5, 3)
    first = dates.find(text, date(2024, 5, 3))[0]
    assert first.value == "2024-05-03" and first.reporting


def test_the_leads_own_day_dates_the_event_after_a_bracketed_dateline() -> None:
    text = ("Hagen (Germany), May 3 (NNN-AGENCIES) -- A man stabbed three people to death at a street fair in Hagen "
            "on Thursday night, police said.")
    assert _dates(text) == [("attack", "2024-05-02")]


def test_an_undated_lead_takes_the_filing_day() -> None:
    text = ("Hagen (Germany), May 3 (NNN-AGENCIES) -- A man stabbed three people to death at a street fair in Hagen, "
            "police said.")
    assert _dates(text) == [("attack", "2024-05-03")]


def test_a_bracketed_aside_later_in_a_sentence_is_no_dateline() -> None:
    sentence = "The market in Hagen (Germany), May 3 - a day of trading - was closed after the attack."
    assert dates.filed_day(sentence, date(2024, 5, 4)) is None


@pytest.mark.parametrize("text", [
    "Since the 2022 massacre in Kuriga, gunmen have killed eleven more villagers in the district, residents said "
    "on Friday.",
    "In the years since the 2019 bombing, militants have killed 40 more people in the town, the mayor said on Friday.",
])
def test_a_named_event_that_opens_a_period_does_not_date_the_sentence(text: str) -> None:
    assert [d for _, d in _dates(text)] == ["2024-05-03"]


def test_a_named_event_told_as_history_keeps_its_year() -> None:
    text = "Families of victims of the 2016 Nice truck attack, in which a man killed 86 people, gathered on Sunday."
    assert [d for _, d in _dates(text)] == ["2016"]
