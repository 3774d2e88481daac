"""A namesake town given with its distance from a landmark ("Springfield, about 40 miles from Dayton") is the
namesake at about that distance from it, the largest there, not the country's most populous namesake far away.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, expected", [
    ("A gunman killed three customers at a diner in Springfield, about 40 miles from Dayton, on Tuesday, police "
     "said.", ("United States", "Ohio", "Springfield")),
    ("A gunman killed four people in Springfield, some 200 miles southwest of Chicago, on Tuesday, police said.",
     ("United States", "Illinois", "Springfield")),
])
def test_the_landmark_settles_the_namesake(text: str, expected: tuple[str, str, str]) -> None:
    assert where(text) == expected


def test_without_a_landmark_the_largest_namesake_stays() -> None:
    assert where("A gunman killed four people in Springfield on Tuesday, police said.")[1] == "Missouri"


@pytest.mark.parametrize("text, expected", [
    # the distance rule finds the town itself: the namesake at that distance is kept (review s23, 10)
    ("A gunman killed three people in Columbus, about 100 miles from Atlanta, on Sunday, police said.",
     ("United States", "Georgia", "Columbus")),
    ("A gunman killed three people in Jackson, about 85 miles from Memphis, on Sunday, police said.",
     ("United States", "Tennessee", "Jackson")),
])
def test_the_distance_found_namesake_is_placed(text: str, expected: tuple[str, str, str]) -> None:
    assert where(text) == expected
