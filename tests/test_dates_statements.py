"""A day after a speech verb's own complements ("said in a statement on Tuesday", "told Reuters by phone on
Tuesday") is the statement's, not the event's; a reported clause with its own verb ("said five villagers died on
Tuesday") dates its event. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from tests.test_dates_followups import primary_date
from worker.extract import dates

WEDNESDAY = date(2024, 5, 1)


@pytest.mark.parametrize("sentence", [
    "Soldiers killed 12 insurgents near Damboa, the army said in a statement on Tuesday.",
    "A spokesman told reporters on Tuesday that soldiers killed 12 insurgents near Damboa.",
    "Soldiers killed 12 insurgents near Damboa, a commander told Reuters by phone on Tuesday.",
    "Soldiers killed 12 insurgents near Damboa, the ministry said on its website on Tuesday.",
    "Soldiers killed 12 insurgents near Damboa, an officer said on condition of anonymity on Tuesday.",
    "Soldiers killed 12 insurgents near Damboa, according to a statement on Tuesday.",
])
def test_the_day_of_a_statement(sentence: str) -> None:
    assert [(m.value, m.reporting) for m in dates.find(sentence, WEDNESDAY)] == [("2024-04-30", True)]


@pytest.mark.parametrize("sentence", [
    "The army said five villagers died near Damboa on Tuesday.",
    "The army said insurgents stormed the village on Tuesday.",
    "The army said the attack on Tuesday left five dead.",
    "The army said five villagers were killed near Damboa on Tuesday.",
])
def test_the_day_of_a_reported_clause(sentence: str) -> None:
    assert [(m.value, m.reporting) for m in dates.find(sentence, WEDNESDAY)] == [("2024-04-30", False)]


def test_the_event_day_told_later_wins_over_the_statement_day() -> None:
    text = ("Soldiers killed 12 insurgents near Damboa, the army said in a statement on Tuesday. "
            "The insurgents had attacked a military base near Damboa on Sunday.")
    assert primary_date(text, WEDNESDAY.isoformat()) == "2024-04-28"
