"""A manner of death closes after its victims however many words they take ("stabbed his wife and two young children
to death"): the killing is a trigger and its victims are counted as the object of "stabbed to death" would be.
Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties, toll_phrases, types


@pytest.mark.parametrize("sentence", [
    "Herders beat three elderly Christian farm workers to death near Jos on Sunday.",
    "Soldiers clubbed the driver of the minibus to death at the checkpoint.",
])
def test_a_long_object_keeps_the_manner_a_trigger(sentence: str) -> None:
    match = types.classify(sentence)
    assert match is not None and match.event_type == "attack"


@pytest.mark.parametrize("sentence, n", [
    ("Herders beat three elderly Christian farm workers to death near Jos on Sunday.", 3),
    ("The man strangled his mother and two teenage sisters to death at their farm.", 3),
    ("Raiders stabbed four men and a boy to death at the well.", 5),
    ("Militiamen burned a mother and her three children alive in their hut.", 4),
    ("Soldiers clubbed the driver of the minibus to death at the checkpoint.", 1),
    ("Police shot the fleeing suspect in the leg and took him alive.", None),  # "alive" closes no shooting
])
def test_victims_before_the_manner_are_counted(sentence: str, n: int | None) -> None:
    assert casualties.merge(casualties.counts(sentence, "killed"))[0] == n


def test_the_manner_moves_before_its_victims_and_keeps_the_length() -> None:
    sentence = "They hacked the old man and his son to death, witnesses said."
    moved = toll_phrases.manner_first(sentence)
    assert moved == "They hacked to death the old man and his son, witnesses said."
    assert len(moved) == len(sentence)
