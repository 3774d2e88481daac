"""Words that open a description of people a figure has already counted ("including", "mostly", "among them":
data/part_openers.csv) add no one: not when the aside lists several people with commas of its own ("ten people,
including a soldier, two women and a child,"), not when it ends the sentence ("killed 12 people, mostly women and
children."), and not after a first victim's joined people. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


def _killed(sentence: str) -> int | None:
    return casualties.merge(casualties.counts(sentence, "killed"))[0]


@pytest.mark.parametrize("sentence, n", [
    ("Ten villagers, including a soldier, two women and a child, were killed in the raid.", 10),
    ("The bomb killed nine people, including an imam, two guards and a boy, at the mosque.", 9),
    ("Seven traders, among them a widow, her brother and their driver, were shot dead.", 7),
    ("Raiders killed 14 people, mostly women and children.", 14),
    ("Raiders killed 14 people, among them women and children.", 14),
    ("Gunmen killed six people, including a pastor, his wife and three sons.", 6),
    ("Eleven miners, largely migrants and their families, were killed in the collapse.", 11),
])
def test_a_described_figure_stays_the_figure(sentence: str, n: int) -> None:
    assert _killed(sentence) == n


@pytest.mark.parametrize("sentence, n", [
    ("Six people, including a nurse, were killed and two others were wounded.", 6),
    ("Gunmen killed a farmer, his wife and their two sons on the farm.", 4),
    ("Civilians, four of them children, were killed in the shelling.", 4),
])
def test_other_lists_are_unchanged(sentence: str, n: int) -> None:
    assert _killed(sentence) == n
