"""Victims a participle says were hurt ("four guards stabbed at the gate on Friday"), and whose verb says they lived
("are recovering", "survived", "are in stable condition"), are the wounded; and a shooting's wounded alone pass the
relevance gate. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker import pipeline
from worker.extract import casualties


def _injured(sentence: str) -> int | None:
    return casualties.merge(casualties.counts(sentence, "injured"))[0]


@pytest.mark.parametrize("sentence, n", [
    ("Four guards stabbed at the gate on Friday are recovering in hospital.", 4),
    ("Three farmers shot near Bokkos last week survived.", 3),
    ("Two drivers attacked on the highway are in stable condition, police said.", 2),
    ("Five workers beaten at the depot have since recovered.", 5),
])
def test_victims_who_lived_are_the_wounded(sentence: str, n: int) -> None:
    assert _injured(sentence) == n


@pytest.mark.parametrize("sentence", [
    "Two men shot dead in Jos were survived by their wives.",  # an obituary's "survived by": no wounded
    "Three farmers shot near Bokkos last week later died.",
])
def test_the_dead_are_not_survivors(sentence: str) -> None:
    assert _injured(sentence) is None


def test_a_shootings_wounded_pass_the_gate() -> None:
    assert pipeline.gate("Three farmers shot near Bokkos on Friday are recovering in hospital.")[0]


def test_a_wounded_count_alone_does_not_pass_the_gate() -> None:
    """"Injured" may be a match's or a fall's: with no weapon's act, a wounded count opens no article."""
    assert pipeline.gate("Two players were injured in Madrid on Sunday during the derby.")[0] == []
