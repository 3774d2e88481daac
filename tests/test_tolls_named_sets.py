"""Nouns that name a set of people ("the pair", "the trio": data/plural_nouns.csv), mercenaries among the victim
nouns, and starvation among the manners of death (data/manner_of_death.csv). Fresh sentences written for these
tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


@pytest.mark.parametrize("sentence, n", [
    ("Raiders shot dead the pair outside their shop in Jos.", 2),
    ("Militants abducted and later killed the trio near the border.", 3),
    ("Eight mercenaries were killed when their convoy hit a mine.", 8),
    ("Jailers starved nine inmates to death in the old fort.", 9),
    ("Fourteen hostages were starved to death by their kidnappers.", 14),
])
def test_named_sets_mercenaries_and_starvation_count(sentence: str, n: int) -> None:
    assert casualties.merge(casualties.counts(sentence, "killed"))[0] == n
