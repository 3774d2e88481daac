"""A holiday's name before a noun names that thing, not the clause's day ("the Good Friday Agreement", "the Boxing
Day tsunami"); the day's own hour or gathering ("a Christmas Eve service") and a bare "on" before it still date the
clause; an event the name calls by its day ("the Easter Sunday bombings") is this year's only within a week of it.
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from worker.extract import dates


@pytest.mark.parametrize("sentence", [
    "Two men were stabbed in Derry in the worst unrest since the Good Friday Agreement, police said.",
    "Fishermen who survived the Boxing Day tsunami were shot at sea off Aceh.",
    "Gunmen shot a guard at the Valentine's Day sale in Enugu.",
    "A mortar hit Kharkiv, months after the Christmas Day truce collapsed.",
    # a day named for what happened on it, or for an election or sales: no weekday of the incident
    "Veterans of Bloody Sunday laid wreaths as a car bomb went off nearby.",
    "A security guard was shot dead during Black Friday shopping in a Houston mall.",
    "Rival supporters clashed in Atlanta after the Super Tuesday primaries.",
    # a recalled event named by its holiday, months after the holiday: of a year the text does not say
    "A bomb wounded four in Negombo, the town hit hardest by the Easter Sunday attacks.",
])
def test_a_holiday_naming_a_thing_dates_nothing(sentence: str) -> None:
    assert dates.find(sentence, date(2025, 8, 20)) == []


@pytest.mark.parametrize("sentence,published,day", [
    ("Gunmen opened fire on a Christmas Eve service in Bokkos.", date(2024, 12, 27), "2024-12-24"),
    ("Two people were shot at a New Year's Eve party in Lagos.", date(2025, 1, 2), "2024-12-31"),
    ("On Good Friday militiamen stormed the chapel.", date(2025, 4, 20), "2025-04-18"),
    ("Survivors of the Easter Sunday attacks were flown to Colombo.", date(2025, 4, 22), "2025-04-20"),
    ("A grenade hit a bar on Halloween, killing two.", date(2025, 11, 2), "2025-10-31"),
])
def test_a_holiday_that_dates_its_clause(sentence: str, published: date, day: str) -> None:
    assert [m.value for m in dates.find(sentence, published)] == [day]


@pytest.mark.parametrize("sentence,day", [
    ("A car bomb hit the cathedral on Christmas Day 2021, the report recalls.", "2021-12-25"),
    ("Militiamen burned the mission on Good Friday of 2019.", "2019-04-19"),
    ("Survivors of the 2016 Easter Sunday attacks marched in Lahore.", "2016-03-27"),
])
def test_a_holiday_with_its_year_is_that_years(sentence: str, day: str) -> None:
    found = dates.find(sentence, date(2025, 8, 20))
    assert [(m.value, m.past) for m in found] == [(day, True)]


@pytest.mark.parametrize("sentence,published", [
    ("Churches in Kaduna will post guards on Good Friday, police said.", date(2025, 4, 8)),
    ("Police will close roads into Jos over the Easter weekend.", date(2025, 4, 8)),
    ("Extra patrols are planned for this Thanksgiving weekend.", date(2025, 11, 10)),
    ("Bars in Mombasa must close early on New Year's Eve.", date(2025, 12, 12)),
])
def test_a_named_day_a_month_or_less_ahead_is_the_coming_one(sentence: str, published: date) -> None:
    assert [m.value for m in dates.find(sentence, published)] == [None]
