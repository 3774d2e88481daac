"""The traditional state abbreviations (Chicago Manual, New York Times style: "Me.") and the unspaced forms of the
two-word ones ("N.Dak.") place a town in its state as the postal and AP forms do. Fresh sentences written for
these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where
from worker.extract.unit_towns import abbreviations


@pytest.mark.parametrize("text, state, town", [
    ("A gunman killed two clerks at a store in Lewiston, Me., on Tuesday.", "Maine", "Lewiston"),
    ("Two guards were shot dead in Portland, Me. on Saturday night.", "Maine", "Portland"),
    ("A gunman killed two clerks in Las Cruces, N.Mex., on Tuesday.", "New Mexico", "Las Cruces"),
])
def test_the_town_of_the_state_written_traditionally(text: str, state: str, town: str) -> None:
    assert where(text) == ("United States", state, town)


def test_every_two_word_form_is_read_with_and_without_its_space() -> None:
    spaced = [k for k in abbreviations() if ". " in k]
    assert spaced and all(k.replace(". ", ".") in abbreviations() for k in spaced)
