"""A force's seat named with a plain police word ("Waterloo police said") places nothing unless a big town bears
that very name: an old name of a big city (Waterloo, Austin's first name) is no namesake (police_forces.force_seat).
Fresh sentences written for these tests."""
from __future__ import annotations

from tests.place_cases import where


def test_seat_alias_of_a_big_city_is_no_namesake() -> None:
    assert where("A student was stabbed to death near a bar on Friday, Waterloo police said.")[:2] != ("United States", "Texas")
