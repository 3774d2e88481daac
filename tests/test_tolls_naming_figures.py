"""A figure that names a formation ("the 25 Brigade") or counts a possessive's owners ("the two women's father") is
no toll; the victim after it is one person. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


@pytest.mark.parametrize("sentence, n", [
    ("Insurgents ambushed and killed the 81 Division commander on the Maiduguri road.", 1),
    ("The 12 Battalion adjutant was shot dead at a checkpoint on Tuesday.", 1),
    ("Raiders killed the three fishermen's boss at the jetty.", 1),
    ("The 30 pilgrims' guide was stabbed to death in the market.", 1),
    ("Militants shot dead his two daughters' tutor in Peshawar.", 1),
])
def test_a_naming_figure_counts_one_victim(sentence: str, n: int) -> None:
    assert casualties.merge(casualties.counts(sentence, "killed"))[0] == n


@pytest.mark.parametrize("sentence, n", [
    ("Three women's rights campaigners were shot dead in Herat.", 3),  # a classifying possessive: the figure counts
    ("Gunmen killed two of the chief's bodyguards.", 2),
    ("Gunmen killed four guards outside the senator's residence.", 4),
    ("Militants killed the two Chinese surveyors near the dam.", 2),
])
def test_a_counting_figure_stays(sentence: str, n: int) -> None:
    assert casualties.merge(casualties.counts(sentence, "killed"))[0] == n
