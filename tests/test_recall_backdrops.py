"""A backdrop, a record or a description set off by commas ("Amid a surge in violence, ...", "Bandits, notorious for
kidnappings, ...", "Violence has killed thousands since 2019, and on Monday ...") frames the event the main clause
tells with its day; it does not replace it. An accident word in a political phrase ("after the ceasefire collapsed")
is no accident beside a violent verb. Texts written for these tests."""
from __future__ import annotations

from typing import Any

import pytest

from tests.recall_cases import run
from worker.extract import types


@pytest.mark.parametrize("text,event_type", [
    ("Amid a surge in violence in the north-west, gunmen killed 15 villagers in Kaura Namoda, Zamfara state, on Monday.",
     "attack"),
    ("In the latest of a series of attacks, militants killed six soldiers at a checkpoint in Mali's Segou region on "
     "Friday.", "attack"),
    ("In a wave of violence, rioters torched 30 homes in Manipur's Churachandpur district on Wednesday.", "riot"),
    ("Bandits, notorious for kidnappings in the region, abducted 25 travellers near Birnin Gwari on Thursday.",
     "abduction"),
    ("Violence has killed thousands in the region since 2019, and on Monday gunmen shot dead eight miners in Shurugwi, "
     "Zimbabwe.", "attack"),
    ("A day after the ceasefire collapsed, Sudanese army jets bombed a market in Omdurman, killing 22 people.",
     "air_strike"),
    ("Three men, accused of stealing a motorcycle, were lynched by a mob in Kano on Monday.", "riot"),
])
def test_the_main_clause_tells_its_event(nlp: Any, text: str, event_type: str) -> None:
    assert [f["event_type"] for f in run(nlp, text)] == [event_type]


@pytest.mark.parametrize("text", [
    "Amid a surge in violence, the governor of Zamfara imposed a dusk-to-dawn curfew on Monday.",
    "In recent weeks, gunmen have killed dozens of people across Zamfara state.",
    "Bandits, notorious for kidnappings in the region, were the focus of a security meeting in Kaduna on Monday.",
    "The general, known for his role in the 2017 massacres, opened a school in Sittwe on Monday.",
    "A day after the ceasefire collapsed, aid agencies in Khartoum warned of famine on Tuesday.",
    "Five people were killed when a building collapsed in Lagos on Monday.",
])
def test_no_event_of_its_own(nlp: Any, text: str) -> None:
    assert run(nlp, text) == []


def test_a_record_and_an_event_joined_by_and_are_two_clauses() -> None:
    sentence = "Violence has killed thousands since 2019, and on Monday gunmen shot dead eight miners."
    tm = types.classify(sentence)
    assert tm is not None and tm.strong
