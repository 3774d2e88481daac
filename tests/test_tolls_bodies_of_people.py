"""Bodies found are the dead they name: a figure after "found the bodies of" ("police found the bodies of 12 men"),
and people named one by one with no figure ("the bodies of a man and his wife were found": 2). Animals' bodies and
bodies handed over, not found, count no one. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


def _killed(sentence: str) -> int | None:
    return casualties.merge(casualties.counts(sentence, "killed"))[0]


@pytest.mark.parametrize("sentence, n", [
    ("Vigilantes found the bodies of nine traders in the forest.", 9),
    ("The bodies of a farmer and his wife were found in a ditch near the farm.", 2),
    ("Divers recovered the bodies of a fisherman and his two sons from the lake.", 3),
    ("The bodies of a teacher, her husband and their daughter were later discovered in the house.", 3),
])
def test_bodies_found_are_the_dead(sentence: str, n: int) -> None:
    assert _killed(sentence) == n


@pytest.mark.parametrize("sentence", [
    "Herders found the bodies of six cows and a goat near the well.",
    "The bodies of two camels were found near the village.",
    "The bodies of the pastor and his driver were handed to their families.",
])
def test_no_people_found_no_toll(sentence: str) -> None:
    assert _killed(sentence) is None


@pytest.mark.parametrize("sentence, n", [
    ("The bodies of two guards and a cook were pulled from the river.", 3),
    ("Villagers found the bodies of 6 farmers and three herders near the dam.", 9),
    ("Rescuers recovered the bodies of four miners and their foreman.", 5),
    ("The bodies of two herders and three cows were found near the stream.", 2),
])
def test_a_figure_of_bodies_goes_on_with_the_people_joined_to_it(sentence: str, n: int) -> None:
    """The figure counts its own noun's people; each item joined after it counts too, animals none."""
    assert _killed(sentence) == n
