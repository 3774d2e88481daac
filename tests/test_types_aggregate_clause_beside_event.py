"""A lead that tells one attack and then, in a clause of the same sentence, the toll of the whole conflict ("15 were
killed when militants attacked a village, in an insurgency that has killed 35,000 since 2009") reports the attack:
only the conflict's clause is a record. Wire leads end this way every day. Every text is written for this test."""
from __future__ import annotations

from typing import Any

import pytest

from worker.pipeline import incidents


def _found(nlp: Any, text: str) -> list[tuple[str, int | None]]:
    article = {"id": "t", "url": "", "title": None, "published": "2024-05-15", "text": text}
    return [(m["event_type"], m["killed"]) for m in incidents([article], nlp)[0]]


@pytest.mark.parametrize("text, expected", [
    ("At least 15 people were killed when suspected Boko Haram militants attacked a village in Borno state, in an "
     "insurgency that has killed more than 35,000 people since 2009.", ("attack", 15)),
    ("Suspected Islamist militants killed 14 civilians in an attack in northern Burkina Faso, where jihadist violence "
     "has killed thousands since 2015.", ("attack", 14)),
    ("Air strikes by the Saudi-led coalition killed 9 civilians in Saada province, adding to a war that has killed "
     "tens of thousands since 2015.", ("air_strike", 9)),
    ("Fighting between rival clans killed 13 people in the Galgaduud region of Somalia, elders said, in a land dispute "
     "that has claimed dozens of lives over the past decade.", ("armed_clash", 13)),
])
def test_the_attack_survives_its_conflicts_total(nlp: Any, text: str, expected: tuple[str, int]) -> None:
    assert _found(nlp, text)[:1] == [expected]


def test_a_sentence_that_is_only_the_conflicts_total_stays_no_incident(nlp: Any) -> None:
    assert _found(nlp, "The insurgency in Borno state has killed more than 35,000 people since 2009.") == []


@pytest.mark.parametrize("text, expected", [
    ("Rebel fighters have shelled the town of Kadugli since the war began, and on Sunday a shell killed seven people "
     "at a bus station, medics said.", ("shelling", 7)),
    ("Gunmen killed four farmers in Kagoro on Sunday. No group has claimed the killings, but bandits have claimed "
     "previous attacks in the same area, including a raid on a market in 2020.", ("attack", None)),
])
def test_a_duration_with_no_figure_still_names_the_method(nlp: Any, text: str, expected: tuple[str, int | None]) -> None:
    """A part with no figure ("have shelled X since April") is a duration beside the event, not a period's sum: its
    method word stays the event's."""
    assert expected in _found(nlp, text)
