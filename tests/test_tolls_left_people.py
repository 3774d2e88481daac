""""left ... dead" counts the people named before the state, however they are told: one and the people joined to
him ("left a father and his son dead": 2), a list with commas of its own ("left a pastor, his wife and their
driver dead": 3); the wounded of "left ... injured" stay out of the dead. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


@pytest.mark.parametrize("sentence, killed", [
    ("The ambush left a trader and his son dead on the highway.", 2),
    ("The raid left an imam, his wife and their driver dead near the mosque.", 3),
    ("The bombing left eleven people, including two children, dead.", 11),
    ("The shelling left four people dead and nine others injured.", 4),
])
def test_left_dead_counts_the_people_before_the_state(sentence: str, killed: int) -> None:
    assert casualties.merge(casualties.counts(sentence, "killed"))[0] == killed


@pytest.mark.parametrize("sentence, injured", [
    ("The blast left a vendor and her two children injured.", 3),
    ("The grenade left a constable seriously injured.", 1),
    ("The shelling left four people dead and nine others injured.", 9),
    ("The shootings left 18 people and another 13 injured.", 13),
])
def test_left_injured_counts_the_people_before_the_state(sentence: str, injured: int) -> None:
    assert casualties.merge(casualties.counts(sentence, "injured"))[0] == injured
