""""near X in Y", where Y is a province named after its capital: the text places the town X in the province Y, so
the scene is X (a landmark the text locates is nearer the event than the province), and Y is the province, not its
capital. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, want", [
    ("Gunmen killed four traders near Saraqib in Idlib on Tuesday, a war monitor said.",
     ("Syria", "Idlib", "Saraqib")),
    ("Jihadists ambushed a convoy near Bankass in Mopti on Tuesday, killing eight soldiers, the army said.",
     ("Mali", "Mopti", "Bankass")),
    # the landmark a district known by its bare name (an LGA named after its town), the capital a big city
    ("Bandits attacked a farming village near Kajuru in Kaduna on Tuesday, killing seven people, police said.",
     ("Nigeria", "Kaduna", "Kajuru")),
])
def test_the_town_the_text_places_in_the_province(text: str, want: tuple[str, str, str]) -> None:
    assert where(text) == want
