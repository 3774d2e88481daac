"""Regressions of the second outside review of the extractor (issue #13): years read as tolls, large figures,
dates out of the calendar or after the article's day, planned days as the reference, victims as perpetrators.
Every sentence here is written for these tests."""
from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import schemas
from worker.extract import actors, casualties, dates, extract_incidents, syntax
from worker.models import to_messages


def killed(sentence: str) -> list[int]:
    return [c.n for c in casualties.counts(sentence, "killed")]


@pytest.mark.parametrize(("sentence", "want"), [
    ("In 2018 four villagers were killed by a landmine near Mopti.", [4]),
    ("In 2020, three guards were killed at the border post.", [3]),
    ("2017, six miners were killed in the blast.", [6]),
    ("In May 2021 two teachers were killed when the school was shelled.", [2]),
])
def test_a_year_before_a_victim_list_is_no_toll(sentence: str, want: list[int]) -> None:
    assert killed(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    ("Rebels killed 1,950 villagers in the province last month.", [1950]),
    ("The militia killed 2,050 people in the district on Monday.", [2050]),
    ("Soldiers killed 2000 prisoners, the report found.", [2000]),
])
def test_a_toll_between_1900_and_2100_after_the_verb_is_a_count(sentence: str, want: list[int]) -> None:
    assert killed(sentence) == want
    assert killed("The cholera outbreak killed 2020 in total.") == []  # a bare year-like figure stays no toll


@pytest.mark.parametrize(("sentence", "want"), [
    ("The famine killed 2,400,000 people in the north.", [2_400_000]),
    ("The epidemic killed 2.5 million civilians.", [2_500_000]),
    ("Floods killed two hundred farmers in the delta.", [200]),
    ("The epidemic killed a million and two people.", [1_000_002]),
    ("3,100,000 people were killed during the war.", [3_100_000]),
    ("About 1.2 million residents were killed in the siege.", [1_200_000]),
])
def test_large_figures_are_read_whole(sentence: str, want: list[int]) -> None:
    assert killed(sentence) == want


@pytest.mark.parametrize("text", ["A mob killed two traders in Jos yesterday.", "A mob killed two traders in Jos last Friday.",
                                  "A mob killed two traders in Jos last year.", "A mob killed two traders in Jos in June."])
def test_published_in_year_one_neither_raises_nor_gives_invalid_dates(text: str) -> None:
    article = {"id": "cd" * 16, "url": "u", "source": "s", "title": None, "published": "0001-01-01"}
    msgs = to_messages(extract_incidents(text, None, article["published"], None), article)
    assert msgs
    assert [e for m in msgs for e in schemas.errors("incident.v1", m, strict=True)] == []


def test_a_sentence_initial_year_dates_the_event() -> None:
    first = extract_incidents("In 2016, bandits killed seven herders near Zamfara.", None, "2023-05-02", None)
    assert [i.date for i in first] == ["2016"]
    assert [(d.value, d.start) for d in dates.find("During 2015 the camp was raided.", date(2023, 5, 2))] == [("2015", 0)]


@pytest.mark.parametrize("text", [
    "A grenade exploded at a market in Goma on June 4, 2026, killing three people.",
    "A grenade exploded at a market in Goma in July this year, killing three people.",
    "A grenade exploded at a market in Goma in February next year, killing three people.",
    "Farmers will march through Goma on May 20, 2025, and police vowed to arrest anyone who attacks the convoy.",
])
def test_no_incident_is_dated_after_its_article(text: str) -> None:
    published = "2025-05-12"
    for inc in extract_incidents(text, None, published, None):
        assert inc.date is None or inc.date <= published[:len(inc.date)]
    assert dates.find("on May 13, 2025", date(2025, 5, 12))[0].value == "2025-05-13"  # a time zone's day later


def test_a_planned_day_is_not_the_reference_of_an_undated_article() -> None:
    text = ("Militants attacked a police post in Bannu on Tuesday, May 7, 2024, killing two constables. "
            "The hearing of the attackers is scheduled for June 9, 2030.")
    assert dates.reference_date(text) == date(2024, 5, 7)
    assert all(not (i.date or "").startswith("2030") for i in extract_incidents(text, None, None, None))


def who(nlp: Any, sentences: list[str], event_type: str) -> list[str]:
    parsed = [syntax.roles(d) for d in syntax.parse(nlp, sentences)]
    return actors.perpetrators(sentences, event_type, parsed)[0]


def test_a_group_among_the_dead_is_no_perpetrator(nlp: Any) -> None:
    assert who(nlp, ["Al-Shabaab fighters were among the nine people killed when a mine exploded near Kismayo."],
                "bombing") == []
    assert who(nlp, ["Officials said the Houthis suffered losses as 14 Houthis were killed when a depot exploded."],
                "bombing") == []
    assert who(nlp, ["Al-Shabaab fighters planted a mine that exploded near Kismayo, killing nine people."],
                "bombing") == ["al-Shabaab"]
