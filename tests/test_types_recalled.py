"""A sentence that tells its own event beside an earlier one it names by its time ("a protest that began at the
site of a bombing earlier this week turned deadly") takes its own event's type. Fresh sentences for this test."""
from __future__ import annotations

import pytest

from worker.extract import types


@pytest.mark.parametrize("sentence, event_type", [
    ("A protest march that started at the site of a car bomb blast in Mogadishu last week turned deadly when police fired "
     "on the marchers.", "protest"),
    ("Gunmen killed five traders at the market, two years after a bomb blast there.", "attack"),
    ("Mourners returning from a burial for victims of Tuesday's bombing were kidnapped on the highway.", "abduction"),
    # no event of its own: the time-named event is what the sentence tells
    ("Sunday's bombing killed 12 people at the bus station.", "bombing"),
    ("The suicide bombing in 2019 killed 40 people.", "suicide_bombing"),
])
def test_recalled_event_gives_way_to_the_sentence_own(sentence: str, event_type: str) -> None:
    match = types.classify(sentence)
    assert match is not None and match.event_type == event_type


def test_recalled_bombing_does_not_block_the_protest_precedence() -> None:
    texts = ["Protesters gathered at the site of last week's bombing in the capital on Friday.",
             "Security forces opened fire on the demonstrators, killing four."]
    assert types.retype("attack", texts) == "protest"
