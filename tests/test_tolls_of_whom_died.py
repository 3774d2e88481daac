""""Shot four guards, one of whom was later pronounced dead": the dead among the victims a relative clause counts.
Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


def _killed(sentence: str) -> int | None:
    return casualties.merge(casualties.counts(sentence, "killed"))[0]


@pytest.mark.parametrize("sentence, n", [
    ("Pirates shot four crew members off Bonny Island on Sunday, one of whom was later pronounced dead.", 1),
    ("Bandits opened fire on five motorists near Birnin Gwari, two of whom died in hospital.", 2),
])
def test_the_dead_of_whom_are_counted(sentence: str, n: int) -> None:
    assert _killed(sentence) == n


def test_of_whom_without_a_death_is_no_toll() -> None:
    assert _killed("Pirates shot four crew members off Bonny Island, one of whom was the captain.") is None
