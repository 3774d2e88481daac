"""A sentence is cut where it joins two reports, not where "while" opens an adjunct of the same report."""
from __future__ import annotations

import pytest

from worker.extract import segment


def _parts(text: str) -> list[str]:
    return [c.text for s in segment.sentences(text) for c in segment.clauses(s)]


@pytest.mark.parametrize("text", [
    "Gunmen shot dead a trader near Kubwa market, while on his way home from the evening prayers.",
    "The convoy was ambushed outside Marsabit town, while travelling to the county headquarters at dawn.",
    "A teacher was abducted in the hills above Gashua, while being escorted by two vigilantes.",
])
def test_while_opening_an_adjunct_keeps_the_report_whole(text: str) -> None:
    assert _parts(text) == [text]


@pytest.mark.parametrize("text,n", [
    ("Shots were fired at a checkpoint in Dori, while a bomb exploded near the bus station in Kaya.", 2),
    ("Two police officers died in the raid on the camp; three soldiers were hurt in a separate ambush.", 2),
    ("Police said a blast hit the market in Lodwar, while Beijing said its nationals were all safe.", 2),
])
def test_a_second_report_is_still_its_own_clause(text: str, n: int) -> None:
    assert len(_parts(text)) == n


def test_while_before_a_place_that_tells_its_own_violence_is_a_second_report() -> None:
    text = "Gunmen killed four people in Kaduna on Saturday, while in Zamfara bandits abducted 20 villagers."
    assert _parts(text) == ["Gunmen killed four people in Kaduna on Saturday",
                            "in Zamfara bandits abducted 20 villagers."]
