"""Killings told by their manner ("beaten to death", "burned alive", "lynched") are violence the trigger lexicon
knows, and their dead are counted; a killing by a crowd is mob violence, a riot (ACLED), not an armed attack or an
assassination. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties, types


@pytest.mark.parametrize("sentence, event_type", [
    ("A trader was beaten to death by soldiers at a checkpoint outside Bama.", "attack"),
    ("Two women were burned alive by militiamen near Djugu on Tuesday.", "attack"),
    ("A herder was bludgeoned to death on his way to the market.", "attack"),
    ("Soldiers tortured a detainee to death at the barracks, his family said.", "attack"),
    ("Villagers lynched two suspected cattle thieves in Garki on Sunday.", "riot"),
    ("Hackers hacked the ministry's website on Monday.", None),  # a computer is no victim
])
def test_manners_of_killing_are_triggers(sentence: str, event_type: str | None) -> None:
    match = types.classify(sentence)
    assert (match.event_type if match else None) == event_type


@pytest.mark.parametrize("sentence, n", [
    ("Two women were burned alive by militiamen.", 2),
    ("Three suspected robbers were lynched in the market square.", 3),
    ("Four farmers were bludgeoned to death in their fields.", 4),
])
def test_manners_of_killing_are_tolls(sentence: str, n: int) -> None:
    assert casualties.merge(casualties.counts(sentence, "killed"))[0] == n


@pytest.mark.parametrize("texts, before, after", [
    (["The district head was beaten to death by an angry mob on Friday."], "targeted_killing", "riot"),
    (["Irate youths descended on the trader and beat him to death."], "attack", "riot"),
    (["Residents said the people had descended on the imam and beat him."], "attack", "riot"),
    # an armed group or a passive toll keeps the attack
    (["Gunmen killed the village head; angry youths later burned the police station."], "attack", "attack"),
    (["Five people were killed in an attack on the village, residents said."], "attack", "attack"),
    (["Villagers said the raiders descended on the market and killed six."], "attack", "attack"),
])
def test_killing_by_a_crowd_is_a_riot(texts: list[str], before: str, after: str) -> None:
    assert types.retype(before, texts) == after


@pytest.mark.parametrize("sentence, n", [
    ("Militia fighters hacked 17 civilians to death with machetes.", 17),
    ("The attackers burned two women alive in their hut.", 2),
    ("Jihadists slit the throats of five shepherds.", 5),
    ("Police shot 13 protesters in the square.", None),  # shot, not said to be dead
])
def test_manner_after_the_victims_is_a_toll(sentence: str, n: int | None) -> None:
    assert casualties.merge(casualties.counts(sentence, "killed"))[0] == n
