"""A sentence that opens with the time after an earlier event ("A day after gunmen killed 12 villagers, police
arrested three suspects") tells the new action; the killing it opens with is recalled. Fresh sentences."""
from __future__ import annotations

import pytest

from worker.extract import casualties, types


@pytest.mark.parametrize("sentence", [
    "A day after gunmen killed nine herders, police arrested four suspects on Wednesday.",
    "Two days after the market bombing, soldiers detained five men in a raid on Thursday.",
    "Just hours after the shooting, officers arrested a teenager near the school.",
])
def test_an_opening_time_after_an_earlier_event_makes_the_sentence_its_follow_up(sentence: str) -> None:
    match = types.classify(sentence)
    assert match is not None and match.event_type == "arrest" and match.followup


def test_the_recalled_killing_gives_the_follow_up_no_toll() -> None:
    sentence = "A day after gunmen killed nine herders, police arrested four suspects on Wednesday."
    assert casualties.merge(casualties.counts(sentence, "killed"))[0] is None


def test_an_opening_time_with_new_violence_keeps_its_type() -> None:
    match = types.classify("A day after gunmen killed nine herders, bandits attacked a second village.")
    assert match is not None and match.event_type == "attack" and not match.followup
