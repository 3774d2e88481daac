"""A year or month inside an "after" clause that names an earlier event beside the sentence's own ("Three years after
the bombing of 2021, a gunman on Friday shot dead ...") dates that earlier event, never the sentence's. Sentences
written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from tests.test_dates_followups import primary_date
from worker.extract import dates, recalled_days

THURSDAY = date(2025, 6, 12)


@pytest.mark.parametrize("text, day", [
    ("Three years after the bombing of 2021, a gunman on Monday shot dead four worshippers at a church in Owo.",
     "2025-06-09"),
    ("Three years after the bombing of 2021, a gunman shot dead four worshippers at a church in Owo.", "2025-06-12"),
    ("Months after the ambush of March 2025, militants on Monday killed six soldiers at a base in Tillaberi.",
     "2025-06-09"),
])
def test_a_recalled_clauses_year_does_not_date_the_sentences_event(text: str, day: str) -> None:
    assert primary_date(text, "2025-06-12") == day


def test_a_sentence_that_only_recalls_keeps_its_year() -> None:
    sentence = "Schools reopened three years after the bombing of 2021 that killed 40 worshippers."
    found = dates.find(sentence, THURSDAY)
    assert recalled_days.without_recalled_years(sentence, found) == found


def test_a_full_day_in_the_clause_stays() -> None:
    sentence = "Gunmen killed four guards on Monday after clashes on 7 June 2025 in the same district."
    found = dates.find(sentence, THURSDAY)
    assert recalled_days.without_recalled_years(sentence, found) == found


@pytest.mark.parametrize("text", [
    "Bandits killed nine farmers in Kauru after they overran the village in April, a community leader said.",
    "Militants killed six soldiers in Tillaberi soon after an assault on a nearby outpost in April, officials said.",
])
def test_an_after_clause_without_a_distance_keeps_its_month(text: str) -> None:
    """No distance stated: the clause tells a step of the same event, whose month it is."""
    assert primary_date(text, "2025-06-12") == "2025-04"
