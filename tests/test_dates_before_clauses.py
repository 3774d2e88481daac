"""A day in a "before"/"since" clause that tells another, non-violent happening ("before the Taliban seized power in
August") does not date the sentence's event. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from worker.extract import before_clauses, dates, extract_incidents

MONDAY = "2024-05-06"


def _dates(text: str) -> list[str | None]:
    return [i.date for i in extract_incidents(text, None, MONDAY)]


@pytest.mark.parametrize("sentence,kept", [
    ("Gunmen shot dead a former army officer in Kabul who had served before the Taliban seized power in August.", []),
    ("It was the deadliest bombing in the city since the army took power in 2021.", []),
    ("A bomb exploded near the ministry, which had housed embassies before Kenya sent troops in October.", []),
    # the clause tells violence itself: its day is the readers of recalled events' to weigh
    ("Bandits abducted the pastor on Friday before gunmen killed him on Sunday.", ["2024-05-03", "2024-05-05"]),
    # no clause with a subject and a verb: "before dawn on Sunday" is the event's own time
    ("Gunmen killed five villagers before dawn on Sunday.", ["2024-05-05"]),
    # the clause comes before the violence word: it is the sentence's frame, not an aside
    ("Before the army took power in March, soldiers killed hundreds in the capital.", ["2024-03"]),
])
def test_the_days_of_an_other_clause_are_dropped(sentence: str, kept: list[str]) -> None:
    found = dates.find(sentence, date(2024, 5, 6))
    assert [x.value for x in before_clauses.without_other_clause_days(sentence, found) if not x.reporting] == kept


def test_an_undated_killing_beside_a_before_clause_takes_the_article_day() -> None:
    text = ("Gunmen shot dead a former army officer in Kabul who had served in the army before the Taliban seized "
            "power in August.")
    assert _dates(text) == [MONDAY]


def test_the_event_keeps_its_own_day_beside_the_clause() -> None:
    text = ("Unknown gunmen shot dead a former judge, who had worked in Kabul before the Taliban took over in August, "
            "in Kunduz on Saturday.")
    assert _dates(text) == ["2024-05-04"]


@pytest.mark.parametrize("text,day", [
    # the review's texts: a "before" clause right after the violence tells what ended it, on the event's own day
    ("A mob lynched two suspected thieves in Nairobi's Kibera slum before the police arrived on Wednesday, "
     "witnesses said.", "2024-05-01"),
    ("Militants killed 12 soldiers in an attack on an army base in Tillaberi, Niger, before the army repelled the "
     "assault on Tuesday, the defence ministry said.", "2024-04-30"),
    # fresh variants
    ("Gunmen shot dead three traders at a market in Maiduguri before the soldiers reached the scene on Saturday.",
     "2024-05-04"),
    ("Bandits abducted 20 pupils from a school in Kaduna before the vigilantes mobilised on Thursday, a teacher said.",
     "2024-05-02"),
])
def test_a_before_clause_after_the_violence_keeps_the_events_day(text: str, day: str) -> None:
    assert next(i.date for i in extract_incidents(text, None, MONDAY) if i.primary) == day


@pytest.mark.parametrize("sentence", [
    "A bomb killed a retired colonel in Herat who had commanded troops before the Taliban seized power in August.",
    "Gunmen attacked the old courthouse, which had served as a school before the council moved it in October.",
    "A car bomb exploded near the old quarter that housed several ministries before the rebels took the city in March.",
])
def test_a_before_clause_on_a_clause_of_its_own_is_still_dropped(sentence: str) -> None:
    found = dates.find(sentence, date(2024, 5, 6))
    assert [x.value for x in before_clauses.without_other_clause_days(sentence, found)] == []


def test_many_before_clauses_cost_linear_time() -> None:
    import time
    sentence = "Gunmen killed five people in Kano " + " ".join(["before the army struck on Monday"] * 2000) + "."
    found = dates.find(sentence, date(2024, 5, 6))
    t = time.perf_counter()
    before_clauses.without_other_clause_days(sentence, found)
    assert time.perf_counter() - t < 2.0
