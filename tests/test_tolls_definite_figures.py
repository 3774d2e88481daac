"""A figure after "the" in an active verb's object is the toll ("killed the three men", "shot dead the two
suspects"), as one after a possessive is ("killed his two sons"); an age ("the 25-year-old driver") stays one person.
Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


@pytest.mark.parametrize("sentence, kind, n", [
    ("Raiders killed the three herders and a boy near the river.", "killed", 4),
    ("Troops shot dead the two suspects at the checkpoint.", "killed", 2),
    ("The crash of the bus killed the 31 passengers on board.", "killed", 31),
    ("The grenade wounded the four guards at the gate.", "injured", 4),
    ("Gunmen killed the 25-year-old driver of the truck.", "killed", 1),
])
def test_a_definite_figure_is_the_toll(sentence: str, kind: str, n: int) -> None:
    assert casualties.merge(casualties.counts(sentence, kind))[0] == n
