"""A trial or a sentence retells the killing it tries: the court's day and town are no day and place of a killing
(README: trials and sentences recall, not report). Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import extract_incidents, types

PUBLISHED = "2024-05-01"


@pytest.mark.parametrize("text", [
    "A high court in Kano on Thursday sentenced three men to life in prison for killing nine worshippers in Zaria "
    "in 2021.",
    "Four men went on trial in Abuja on Tuesday for the massacre of 30 villagers in Benue two years ago.",
    "A judge in Lagos on Friday jailed a former soldier over the murder of two traders in 2020.",
])
def test_a_court_day_makes_no_killing(text: str) -> None:
    assert [(i.event_type, i.date, i.killed) for i in extract_incidents(text, None, PUBLISHED)
            if i.date and i.date.startswith("2024-04")] == []


def test_the_tried_crime_is_named_as_a_charge() -> None:
    sentence = "A court on Monday convicted two men of killing a pastor in Jos."
    tm = types.classify(sentence)
    assert tm is not None and types.named_as_charge(sentence, tm)


def test_a_killing_of_a_convict_is_still_the_sentence_s_own() -> None:
    text = "Gunmen on Monday shot dead a man convicted of fraud in Kano."
    assert [i.killed for i in extract_incidents(text, None, PUBLISHED)] == [1]
