"""A town named as the seat of a ministry ("Gaza's health ministry said", "the Makurdi ministry of ...") is who
speaks, not the scene (place_roles.ministry_seat, read by places.find). Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, want", [
    ("Air strikes killed six people in the Gaza Strip on Tuesday, the Gaza Health Ministry said.",
     ("Palestine", "Gaza Strip", None)),
    ("Shelling killed four people across the Gaza Strip on Monday, according to Gaza's health ministry.",
     ("Palestine", "Gaza Strip", None)),
    ("Gunmen killed three farmers in Guma on Sunday, the Makurdi ministry of information said.",
     ("Nigeria", "Benue", "Guma")),
    # the town written as the scene stays
    ("An air strike killed five people in Gaza City on Sunday, the health ministry said.",
     ("Palestine", "Gaza Strip", "Gaza City")),
])
def test_a_ministry_s_seat_is_no_scene(text: str, want: tuple[str, str, str | None]) -> None:
    assert where(text) == want
