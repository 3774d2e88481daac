"""A dateline that writes a country or province after its town ("KUTA, Nigeria —", "BANGOR, Maine (AP) —") says
which of the town's namesakes it is, and the province it writes is no scene smaller than the town: the town is the
city. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, want", [
    ("BANGOR, Maine (AP) — A man shot and wounded two people outside a diner on Tuesday night, police said.",
     ("United States", "Maine", "Bangor")),
    ("PORTLAND, Maine (AP) — Two teenagers were shot dead in a parking lot early Sunday, police said.",
     ("United States", "Maine", "Portland")),
    ("KUTA, Nigeria — Gunmen killed six worshippers at a mosque on Friday, residents said.",
     ("Nigeria", "Niger", "Kuta")),
    ("KITA, Mali — Suspected jihadists killed four gendarmes at a checkpoint on Friday, the army said.",
     ("Mali", "Kayes", "Kita")),
])
def test_the_namesake_the_dateline_places(text: str, want: tuple[str, str, str]) -> None:
    assert where(text) == want


def test_the_people_after_the_dateline_are_no_town() -> None:
    """NER may tag the capitalised first word after a dateline ("Gunmen") a place: a noun of people is none."""
    assert where("JOS, Nigeria — Gunmen killed nine miners at a tin mine on Saturday, the police said.") \
        == ("Nigeria", "Plateau", "Jos")
