"""group_names' cue words, habit_days' habitual adverbs and the words a definite noun shares with a draft
(extract._worded) are joined by alternation.literal, as every lexicon is, not by a hand-sorted join."""
from __future__ import annotations

import pytest

from worker.extract import group_names, habit_days


@pytest.mark.parametrize("text, found", [
    ("Herders routinely graze cattle near the river.", "routinely"),
    ("Bandits often raid the market on Thursdays.", "often"),
    ("Oftentimes the road is closed.", None),
])
def test_a_habitual_adverb_is_a_whole_word(text: str, found: str | None) -> None:
    m = habit_days._habitual().search(text)
    assert (m.group() if m else None) == found


def test_a_cue_word_is_read_whole_and_longest_first() -> None:
    rx = group_names._cue_rx()
    assert rx.search("A confraternity clash left two dead.").group().lower() == "confraternity"
    assert rx.search("The faction claimed responsibility on Friday.") is not None
