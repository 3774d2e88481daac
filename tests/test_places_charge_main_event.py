"""A sentence whose subject is wanted for an earlier deed ("a man wanted for the attack in Jos killed 12 people in
Bauchi") tells its own event with the main clause's verb: the charge ends there, and the charge's town is not the
scene, even when the classifier's event word is the charge's own ("attack"). Fresh sentences written for these
tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, want", [
    ("A gunman wanted for the massacre in Owo shot dead three traders in Akure on Sunday, police said.",
     ("Nigeria", "Ondo", "Akure")),
    ("A militant wanted for the bombing in Peshawar killed two policemen in Mardan on Sunday, officials said.",
     ("Pakistan", "Khyber Pakhtunkhwa", "Mardan")),
])
def test_the_main_clause_town(text: str, want: tuple[str, str, str]) -> None:
    assert where(text) == want
