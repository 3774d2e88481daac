"""A province whose name is a plain word with its type word ("Free State") keeps the type word when the text writes
it so: "Free" alone names nothing. Fresh sentences written for these tests."""
from __future__ import annotations

from tests.place_cases import where


def test_the_free_state_keeps_its_word() -> None:
    assert where("Two men were shot dead at a shebeen in Bethlehem on Friday, Free State police said.")[:2] \
        == ("South Africa", "Free State")
