"""In an armed clash nobody is named the doer of, the non-state side that lost men stands for the side the forces
fought when the words tell an exchange ("police killed seven members of X in a shootout": X); when they tell none,
the force that killed them did it ("police shot dead seven members of X": police, exchanges.py); when the parse gives the killing to attackers it cannot name
("gunmen", "unidentified attackers"), the group that lost men is only their victim, named for who was killed."""
from __future__ import annotations

from functools import partial

import pytest

from tests.perps_support import story


doers = partial(story, published="2024-03-02")  # the perpetrators of each incident of a text


@pytest.mark.parametrize("text", [
    "Gunmen killed five members of the Yan Sakai vigilante group in an ambush near Tsafe on Monday, residents said.",
    "Unidentified attackers shot dead two Hamas commanders outside a mosque in Sidon on Friday.",
])
def test_a_group_unnamed_attackers_killed_is_no_doer(nlp, text: str) -> None:
    assert doers(nlp, text) == [[]]


def test_the_group_forces_fought_stays_the_side(nlp) -> None:
    text = "Nine members of the Mungiki sect were shot dead by police in a shootout in Nakuru on Wednesday."
    assert doers(nlp, text) == [["Mungiki"]]
