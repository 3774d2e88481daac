"""Victims told after their state read through a short phrase of when or where between the state and its verb
("Killed in the attack were ...", "Among those killed in the raid were ...", "Those wounded on Sunday included
..."), as without one. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


@pytest.mark.parametrize("sentence, kind, expected", [
    ("Killed in the ambush were a soldier, a ranger and three porters.", "killed", (5, False)),
    ("Among those killed in the raid were a midwife and two nurses.", "killed", (3, True)),
    ("Those wounded on Sunday included four pupils.", "injured", (4, True)),
    ("Killed were a herder and his son.", "killed", (2, False)),
])
def test_state_first_with_a_phrase_between(sentence: str, kind: str, expected: tuple[int, bool]) -> None:
    assert casualties.merge(casualties.counts(sentence, kind)) == expected


@pytest.mark.parametrize("sentence, kind, expected", [
    ("Killed in the raid near Gao on Friday were two nurses and a driver.", "killed", (3, False)),
    ("Among those wounded in the blast at the market on Monday were four traders and a boy.", "injured", (5, True)),
    ("Those killed in the crash on the highway included three students.", "killed", (3, True)),
])
def test_a_place_and_a_day_between(sentence: str, kind: str, expected: tuple[int, bool]) -> None:
    """A place phrase and a day phrase (or two places) between the state and its verb read as one phrase does."""
    assert casualties.merge(casualties.counts(sentence, kind)) == expected


def test_no_figure_after_the_verb_is_no_toll() -> None:
    assert casualties.merge(casualties.counts("The people killed in the blast were mostly traders.", "killed"))[0] is None
