"""A figure after a possessive in a casualty verb's object ("wounded his two sons", "killed her three children") is
the toll of that verb; "killed her" alone is one person. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


def _toll(sentence: str, kind: str) -> int | None:
    return casualties.merge(casualties.counts(sentence, kind))[0]


@pytest.mark.parametrize("sentence, killed, injured", [
    ("Gunmen killed a man and wounded his two sons.", 1, 2),
    ("Raiders shot dead a herder and injured his three brothers near the river.", 1, 3),
    ("The attackers injured their four children and killed a guard.", 1, 4),
    ("Bandits killed her two sons on the farm road.", 2, None),
    ("Soldiers killed her at the gate.", 1, None),  # "her" alone: one person
    ("The blast wounded his 12-year-old son.", None, 1),  # an age is no figure: one son
])
def test_a_figure_after_a_possessive_counts_the_verbs_victims(sentence: str, killed: int | None,
                                                              injured: int | None) -> None:
    assert (_toll(sentence, "killed"), _toll(sentence, "injured")) == (killed, injured)
