"""A sentence that opens with "It happened" / "It took place" stands for the event told just before it, so the
place it names is the incident's. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where
from worker.extract.scene_reference import points_back


@pytest.mark.parametrize("text, want", [
    ("Three soldiers died in an ambush on Monday. It happened near Djibo, in the north of Burkina Faso.",
     ("Burkina Faso", "Sahel", "Djibo")),
    ("Five traders were killed by gunmen on Friday. It reportedly took place in Mubi, Adamawa State, police said.",
     ("Nigeria", "Adamawa", "Mubi")),
])
def test_the_place_of_the_sentence_that_says_where_it_happened(text: str, want: tuple[str, str, str]) -> None:
    assert where(text) == want


def test_only_the_event_pronoun_points_back() -> None:
    assert points_back("It happened on the road to the market.")
    assert not points_back("It said the toll could rise.")
