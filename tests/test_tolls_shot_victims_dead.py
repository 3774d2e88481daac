""""Shot the trader dead": "dead" closes "shot" after its victims as "to death" closes "stabbed" (data/
manner_of_death.csv), so a named or definite victim between them counts one and a list counts each. Every sentence
is written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties, toll_phrases


def _toll(sentence: str) -> int | None:
    return casualties.merge(casualties.counts(sentence, "killed"))[0]


@pytest.mark.parametrize("sentence, n", [
    ("Gunmen shot Chinedu Eze dead outside his pharmacy in Aba on Monday.", 1),
    ("Armed robbers shot the bank manager dead during the raid.", 1),
    ("Unknown assailants shot Hauwa Sani and her driver dead near the toll gate.", 2),
    ("The attackers shot his wife and two sons dead before fleeing.", 3),  # not only "two sons dead"
])
def test_victims_between_shot_and_dead_are_counted(sentence: str, n: int) -> None:
    assert _toll(sentence) == n


@pytest.mark.parametrize("sentence", [
    "Gunmen shot at the convoy and left one soldier dead.",  # "dead" closes no "shot at ..."
    "Gunmen shot and wounded two guards and left a driver dead.",
])
def test_shot_without_its_victims_is_not_moved(sentence: str) -> None:
    assert toll_phrases.manner_first(sentence) == sentence


def test_alive_does_not_close_shot() -> None:
    assert _toll("The mob shot the man alive in the village.") is None


@pytest.mark.parametrize("sentence", [
    "Raiders shot six herders and left two dead near the river in Agatu on Friday.",
    "Masked men shot five passengers, leaving two dead, at a checkpoint outside Makurdi.",
    "Soldiers shot five suspects and found two dead at the scene later, the army said.",
])
def test_a_verb_that_takes_its_own_dead_keeps_the_closer(sentence: str) -> None:
    assert toll_phrases.manner_first(sentence) == sentence  # not every one shot is dead
    assert _toll(sentence) == 2


@pytest.mark.parametrize("sentence", [
    "A mob beat a man found stealing a goat to death in Gombe on Monday.",
    "Bandits hacked a herder found grazing his cattle to death near the river.",
])
def test_to_death_stays_the_manners_past_a_participle(sentence: str) -> None:
    """"found stealing" describes the victim: only "X dead" belongs to such a verb, "to death" closes the manner."""
    assert [c.n for c in casualties.counts(sentence, "killed")] == [1]
