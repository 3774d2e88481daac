"""A charge ("wanted for the attack in Jos") ends where the main clause's own violent verb begins: "A man wanted for
the attack in Jos killed 12 people in Bauchi" tells a toll of its own; a relative clause ("the attack that killed
12") and a gerund ("suspected of killing 12") stay the charge's. Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


def _toll(sentence: str) -> int | None:
    return casualties.merge(casualties.counts(sentence, "killed"))[0]


@pytest.mark.parametrize("sentence, n", [
    ("A gunman wanted for the bank robbery in Enugu killed four people at a checkpoint in Awka on Sunday.", 4),
    ("Two fighters suspected in the ambush near Gao shot dead a village chief in Ansongo on Tuesday.", 1),
])
def test_the_main_clause_keeps_its_own_toll(sentence: str, n: int) -> None:
    assert _toll(sentence) == n


@pytest.mark.parametrize("sentence", [
    "Police arrested a man wanted for the attack in Enugu that killed four people.",
    "Police arrested a man suspected of killing four people in Enugu.",
    "Police arrested a man suspected of having killed four people in Enugu.",
])
def test_the_charged_deed_keeps_its_figure(sentence: str) -> None:
    assert _toll(sentence) is None


def test_a_reduced_relative_participle_stays_in_the_charge() -> None:
    # "killed by the raiders" describes the victims named as the funeral's object: no main verb
    from worker.extract import types
    s = "On Monday, villagers buried the two herders killed by the raiders."
    assert [s[a:b] for a, b in types.reference_spans(s)] == ["the two herders killed by the raiders"]
