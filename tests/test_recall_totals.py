"""A toll of one event stated as a total ("killed a total of 30 villagers in two raids on Tuesday") is that event's
toll; a record is what names a period ("so far this year") or a tally of ten or more incidents without their day ("in
45 attacks"). Texts written for these tests (run through the whole pipeline, relevance gate included)."""
from __future__ import annotations

from typing import Any

import pytest

from tests import recall_cases
from worker.extract import types


def run(nlp: Any, text: str) -> list[dict[str, Any]]:
    return recall_cases.run(nlp, text, "2024-03-14")


@pytest.mark.parametrize("text,killed", [
    ("Gunmen killed a total of 30 villagers in two raids in Kaduna state on Tuesday, police said.", 30),
    ("Suspected jihadists killed a total of 14 soldiers in an attack on an army post in Tillaberi region on Sunday.",
     14),
    ("A total of 22 people were shot dead when armed men stormed a bar in Celaya, Guanajuato, on Saturday night.", 22),
    ("Militants ambushed a convoy near Wana in South Waziristan on Monday, killing a total of nine policemen.", 9),
    ("Bandits killed 40 people in three raids on villages in Maru, Zamfara state, on Tuesday.", 40),
    # a few attacks with no day in the sentence are one coordinated event, not a tally
    ("Suicide bombers carried out three attacks in Konduga, Borno state, killing 18 people.", 18),
])
def test_a_total_of_one_event_is_its_toll(nlp: Any, text: str, killed: int) -> None:
    found = run(nlp, text)
    assert [f["killed"] for f in found] == [killed]


@pytest.mark.parametrize("text", [
    "A total of 300 people have been killed by bandits in Kaduna state so far this year, police said.",
    "A total of 120 civilians were killed in 45 attacks across Borno state, the report said.",
    "Since January, a total of 85 police officers have been killed in Sinaloa, officials said.",
    "Militants carried out a total of 17 attacks in Khyber Pakhtunkhwa, killing 61 people, the report said.",
])
def test_a_record_is_no_incident(nlp: Any, text: str) -> None:
    assert run(nlp, text) == []


@pytest.mark.parametrize("sentence,record", [
    ("Gunmen killed 12 people in 31 attacks on villages in the north-west.", True),
    ("Gunmen killed 12 people in three attacks on villages in Kaduna on Sunday.", False),
    ("Gunmen killed 12 people in three attacks on villages in Kaduna.", False),  # too few for a tally
    ("Gunmen killed 90 people in dozens of raids on villages in Kaduna.", True),
    ("Survivors of the 2008 attacks in Mumbai met on Sunday.", False),  # a year, not a count
])
def test_a_count_of_incidents_without_its_day_is_a_record(sentence: str, record: bool) -> None:
    assert types._record(sentence, 0, len(sentence)) is record
