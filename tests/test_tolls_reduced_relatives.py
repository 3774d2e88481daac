"""A participle right after the victims' noun, with a preposition after it, describes them ("two people shot in
Zaria on Sunday later died"): the sentence's verb comes after it and counts them. Fresh sentences written for these
tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


def _killed(sentence: str) -> int | None:
    return casualties.merge(casualties.counts(sentence, "killed"))[0]


@pytest.mark.parametrize("sentence, n", [
    ("Three farmers shot in Bokkos on Friday later died in hospital.", 3),
    ("A woman shot at the market on Monday died on Tuesday, police said.", 1),
    ("Two guards wounded during the raid later died.", 2),
])
def test_victims_described_by_a_participle_are_counted(sentence: str, n: int) -> None:
    assert _killed(sentence) == n


def test_a_participle_with_no_preposition_is_still_a_verb() -> None:
    assert casualties.counts("Gunmen shot two guards and fled.", "injured") == []
