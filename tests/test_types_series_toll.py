"""A toll told in a simple past and set right in "a series of clashes" is the series' own toll, an event, not a
backdrop; a total told by a perfect or over a period stays background. Texts written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import types


@pytest.mark.parametrize("sentence", [
    "The governor imposed a curfew after reports that as many as 35 villagers were killed and more than 60 injured in "
    "a series of ethnic clashes near the border.",
    "At least 14 people died in a wave of mob attacks on Muslim shops in the town.",
])
def test_a_toll_of_the_series_is_an_event(sentence: str) -> None:
    assert not types.context(sentence)


@pytest.mark.parametrize("sentence", [
    "More than 300 people have been killed in a series of ethnic clashes in the state.",
    "At least 50 people were killed in a wave of bandit raids across the region over the past month.",
    "The army has mounted a series of raids on rebel camps.",
])
def test_a_total_or_a_bare_series_stays_background(sentence: str) -> None:
    assert types.context(sentence)
