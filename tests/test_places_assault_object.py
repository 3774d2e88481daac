"""A town the gazetteer knows as the object of a verb of assault on a place ("jihadists overran X", "militants
stormed X"), where NER tags nothing, is the scene, as one right after "in"/"at" is. Fresh sentences written for
these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, want", [
    ("Jihadists overran Tessit on Thursday, killing 12 soldiers, the army said.", ("Mali", "Gao", "Tessit")),
    ("Militants stormed Mangina on Thursday, killing nine civilians, local officials said.",
     ("Democratic Republic of the Congo", "North Kivu", "Mangina")),
])
def test_the_assaulted_town(text: str, want: tuple[str, str, str]) -> None:
    assert where(text) == want
