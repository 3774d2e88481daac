"""A sentence whose only event is an "after" clause set back by a stated distance ("a year after", "six months
after", "weeks after") recalls that event: a background incident at the clause's place, its day counted back from the
sentence's (to the month for calendar units) or left open, never the sentence's own day. Fresh sentences written for
these tests."""
from __future__ import annotations

from datetime import date

import pytest

from worker.extract import dates, extract_incidents, recalled_days

PUBLISHED = "2024-05-01"  # a Wednesday; "on Monday" is 2024-04-29


def _found(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(i.event_type, i.date, i.city) for i in extract_incidents(text, None, PUBLISHED)]


@pytest.mark.parametrize("text, day", [
    ("The clinic reopened in Maiduguri on Monday, a year after militants killed nine nurses in Konduga.", "2023-04"),
    ("Farmers returned to Gusau on Monday, six months after bandits killed 14 villagers in Tsafe.", "2023-10"),
    ("Classes resumed in Kaduna on Monday, two weeks after gunmen killed seven pupils in Kajuru.", "2024-04-15"),
    ("Traders went back to Jos on Monday, weeks after gunmen killed eight herders in Riyom.", None),
])
def test_a_distance_sets_the_recalled_killing_back(text: str, day: str | None) -> None:
    got = _found(text)
    assert len(got) == 1 and got[0][1] == day and got[0][2] in ("Konduga", "Tsafe", "Kajuru", "Riyom")


def test_an_undated_recall_takes_no_article_day() -> None:
    got = _found("A year after militants killed nine nurses in Konduga, relatives still await justice.")
    assert [d for _, d, _ in got] == [None]


def test_all_day_after_is_no_distance() -> None:
    sentence = "Volunteers searched the rubble all day after a drone strike hit Sumy."
    assert recalled_days.distance(sentence, sentence.index("a drone")) is None


def test_a_month_counted_back_crosses_the_year() -> None:
    sentence = "Police arrested two men on Monday, a month after gunmen killed four guards in Lokoja."
    a = sentence.index("gunmen")
    mentions = dates.find(sentence, date(2024, 1, 10))
    got = recalled_days.before(sentence, (a, len(sentence) - 1), mentions, date(2024, 1, 10))
    assert got is not None and got.value == "2023-12" and got.past


def test_a_story_opening_with_the_recall_places_it_and_goes_on_telling_it() -> None:
    text = ("Families fled Gwoza on Tuesday, two days after bandits killed 15 villagers in the town. "
            "The bandits also set fire to the market.")
    got = [(i.event_type, i.date, i.killed) for i in extract_incidents(text, None, PUBLISHED)]
    assert got == [("attack", "2024-04-28", 15)]
    assert [i.city for i in extract_incidents(text, None, PUBLISHED)] == ["Gwoza"]


@pytest.mark.parametrize("text, day", [
    ("Soldiers shot dead three looters in Bama on Monday, a year after militants killed nine nurses in Konduga.",
     "2023-04"),
    ("Soldiers shot dead three looters in Bama on Monday, two years after militants killed nine nurses in Konduga.",
     "2022-04"),
    ("Soldiers shot dead three looters in Bama on Monday, a fortnight after militants killed nine nurses in Konduga.",
     "2024-04-15"),
])
def test_a_new_event_and_a_recall_a_year_or_a_fortnight_back_are_two(text: str, day: str) -> None:
    got = sorted(_found(text), key=lambda r: r[2] or "")
    assert [(d, c) for _, d, c in got] == [("2024-04-29", "Bama"), (day, "Konduga")]
