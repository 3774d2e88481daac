""""Killing himself and 18 others": the attacker's death is one of the incident's deaths (GOLD_FORMAT: killed is all
deaths), and the others are counted with it. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


@pytest.mark.parametrize("sentence, n", [
    ("A bomber rammed an explosives-laden car into the gate of the base, killing himself and seven soldiers.", 8),
    ("The assailant set off a grenade inside the bar, killing herself and at least three patrons.", 4),
    ("The gunman turned his rifle on the crowd at the rally, killing himself and 11 others.", 12),
])
def test_the_attacker_counts_with_the_others(sentence: str, n: int) -> None:
    assert casualties.merge(casualties.counts(sentence, "killed"))[0] == n


def test_the_attacker_alone_is_one() -> None:
    assert casualties.merge(casualties.counts("The attacker later shot himself in a nearby field.", "killed"))[0] == 1
