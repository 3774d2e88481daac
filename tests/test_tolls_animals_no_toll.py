"""A toll counts people: animals named as the subject of a death ("three goats were shot dead", "shot two lions
dead") are no victims, though a person joined to them is. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


def _toll(sentence: str) -> int | None:
    return casualties.merge(casualties.counts(sentence, "killed"))[0]


@pytest.mark.parametrize("sentence", [
    "Game wardens shot three elephants dead near Kasane on Sunday.",
    "Soldiers shot four stray dogs dead at the barracks gate.",
    "Four stray dogs were shot dead by council workers in Eldoret.",
])
def test_dead_animals_are_no_toll(sentence: str) -> None:
    assert not _toll(sentence)


@pytest.mark.parametrize("sentence, n", [
    ("Three camel herders were shot dead near Moyale on Tuesday.", 3),  # herders are people, whatever they herd
    ("Two herdsmen and 40 goats were killed in the raid.", 2),
])
def test_people_beside_animals_still_count(sentence: str, n: int) -> None:
    assert _toll(sentence) == n
