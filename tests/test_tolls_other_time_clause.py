"""A sentence whose only event is told in a clause of another time ("Police said on Monday, a day after gunmen
killed five worshippers in Owo, that arrests were made"; "besieged the town for months before killing 40") counts
that clause's toll for the event it tells; a sentence with its own event still leaves the other clause's figure
out. Every text is written for these tests."""
from __future__ import annotations

from typing import Any

from tests.recall_cases import run
from worker.extract import toll_phrases


def test_the_clause_is_another_event_only_beside_an_event_of_its_own() -> None:
    alone = "Officials said on Friday, two days after bandits killed nine miners in Anka, that troops were deployed."
    beside = "Gunmen killed three farmers in Anka on Sunday, two days after bandits killed nine miners in Maru."
    assert toll_phrases.other_event_spans(alone, own_only=True) == []
    assert toll_phrases.other_event_spans(beside, own_only=True) == toll_phrases.other_event_spans(beside) != []


def test_the_only_event_of_a_sentence_keeps_its_toll(nlp: Any) -> None:
    text = "Officials said on Friday, two days after bandits killed nine miners in Anka, that arrests were made."
    assert [f["killed"] for f in run(nlp, text)] == [9]


def test_a_siege_before_the_killing_keeps_its_toll(nlp: Any) -> None:
    text = "Militants besieged Arbinda for weeks before killing 25 villagers on Saturday, the army said on Monday."
    assert [f["killed"] for f in run(nlp, text)] == [25]


def test_a_sentence_with_its_own_event_leaves_the_other_toll(nlp: Any) -> None:
    text = "Gunmen killed three farmers in Anka on Sunday, two days after bandits killed nine miners in Maru."
    assert run(nlp, text)[0]["killed"] == 3


def test_a_rest_that_points_back_keeps_the_clause_apart() -> None:
    s = "The incident comes a week after a gunman killed four people at a bar in Lyon."
    assert toll_phrases.other_event_spans(s, own_only=True) != []


def test_a_rest_that_tells_an_accident_keeps_the_clause_apart() -> None:
    s = "A blaze swept through the warehouse two days after gunmen killed six guards at the gate."
    assert toll_phrases.other_event_spans(s, own_only=True) != []
