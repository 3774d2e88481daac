"""A possessive noun before a figure owns the victims the figure counts ("killed the farmer's three sons": 3), and
an owner's noun is never the victim ("killed the farmer's son": the son, one). Fresh sentences written for these
tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


def _toll(sentence: str, kind: str) -> int | None:
    return casualties.merge(casualties.counts(sentence, kind))[0]


@pytest.mark.parametrize("sentence, kind, n", [
    ("Raiders shot dead the trader's four nephews outside Gusau.", "killed", 4),
    ("The mob lynched the chief's two guards at the market.", "killed", 2),
    ("The explosion wounded the shepherds' five children near the well.", "injured", 5),
    ("Militants killed Ahmed's three brothers at the checkpoint.", "killed", 3),
    ("Bandits killed the widow's son and wounded two neighbours.", "killed", 1),
])
def test_a_figure_after_a_possessive_noun_is_the_toll(sentence: str, kind: str, n: int) -> None:
    assert _toll(sentence, kind) == n


def test_the_owners_noun_is_not_the_object_that_ends_the_victim() -> None:
    found = casualties.counts("Gunmen killed the driver's wife and two passengers near Zaria.", "killed")
    assert casualties.merge(found)[0] == 3
