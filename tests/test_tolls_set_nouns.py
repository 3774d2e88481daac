"""A noun that names a set number of people as a casualty verb's object ("killed the couple": 2) counts them, with
the people joined after it ("and their cook": 3); an object's modifiers never run across "and". Fresh sentences
written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


def _killed(sentence: str) -> int | None:
    return casualties.merge(casualties.counts(sentence, "killed"))[0]


@pytest.mark.parametrize("sentence, n", [
    ("Raiders murdered the elderly couple at their farmhouse.", 2),
    ("Raiders murdered the couple and their driver at their farmhouse.", 3),
    ("A stray shell killed the twins near the school.", 2),
    ("Gunmen shot dead the couple and their two guards.", 4),
])
def test_a_set_noun_object_counts_its_people(sentence: str, n: int) -> None:
    assert _killed(sentence) == n


def test_a_set_noun_is_no_singled_out_victim() -> None:
    found = casualties.counts("Raiders murdered the couple and their driver at their farmhouse.", "killed")
    assert [c.joined for c in found] == [0]
