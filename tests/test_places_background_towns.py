"""A later sentence that tells an earlier event ("The attack came hours after a bomb exploded in Y") gives that
event's town, not the scene; a province it names still frames the story. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, want", [
    ("Gunmen attacked a mosque in Kano on Friday, killing 8. The attack came hours after a bomb exploded in a market "
     "in Maiduguri.", ("Nigeria", "Kano", "Kano")),
    ("A suicide bomber killed 11 people at a bus station in Quetta on Sunday. The bombing came two days after "
     "militants stormed a police post in Peshawar.", ("Pakistan", "Balochistan", "Quetta")),
])
def test_the_earlier_event_town_is_no_scene(text: str, want: tuple[str, str, str]) -> None:
    assert where(text) == want
