"""A clause about a person's life or movements (came to, arrived in, moved to, was born in, lived in, studied,
was granted asylum: data/biography_clauses.csv) dates no event, even in a sentence that names the attack; the
attackers' coming to a place told by a common noun ("arrived in the village on Monday") is still the event's day.
Texts written for these tests."""
from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.recall_cases import run
from worker.extract import dates


@pytest.mark.parametrize("sentence", [
    "The suspect, who reportedly hid after the stabbing, came to Austria in November 2021, officials said.",
    "The gunman was born in 1991 and had lived in Malmo since 2008.",
    "The attacker, who fled after the shooting, moved to Rotterdam in March 2019.",
    "The man studied engineering in Lyon in 2015, before the attack.",
    "The suspect was granted asylum in 2017.",
])
def test_a_biography_date_is_no_event_day(sentence: str) -> None:
    assert [x for x in dates.find(sentence, date(2024, 5, 1)) if not x.reporting] == []


@pytest.mark.parametrize("sentence,value", [
    ("Gunmen who arrived in the village on Monday killed five farmers.", "2024-04-29"),
    ("The attackers came to the market in March 2023 and opened fire.", "2023-03"),
])
def test_an_event_day_stays(sentence: str, value: str) -> None:
    assert [x.value for x in dates.find(sentence, date(2024, 5, 1))] == [value]


def test_no_extra_incident_from_a_biography(nlp: Any) -> None:
    text = ("A man stabbed three people at a bus station in Graz on Saturday, police said. The suspect, who "
            "reportedly hid after the attack, came to Austria in November 2021, officials said.")
    assert [(f["event_type"], f["date"]) for f in run(nlp, text)] == [("attack", "2024-04-27")]


@pytest.mark.parametrize("sentence", [
    "Troops opened fire on marchers angry at the cost of living in Kisumu on Tuesday, killing three people.",
    "Police shot dead two men at a rally over the standard of living in Bulawayo on Tuesday, witnesses said.",
])
def test_the_noun_living_is_no_biography(sentence: str) -> None:
    assert [m.value for m in dates.find(sentence, date(2025, 10, 9))] == ["2025-10-07"]
