"""A "where" clause that describes a place by what goes on there ("a district where the army has been fighting
al-Shabaab") names background, not the doer of the event told before it; a "where" clause that tells the violence
itself ("the market where gunmen killed 12 people") keeps its doer. Every sentence here is written for these tests."""
from __future__ import annotations

from typing import Any

from tests.perps_support import doers as who


def test_a_place_described_by_fighting_names_no_doer(nlp: Any) -> None:
    sentence = ("Nine traders were killed on Friday when a shell hit a market in Afgoye, a town where the army has "
                "been fighting al-Shabaab.")
    assert who(nlp, sentence, "shelling") == []


def test_a_where_clause_of_violence_keeps_its_doer(nlp: Any) -> None:
    sentence = "Police sealed off the market where Boko Haram fighters killed 12 traders on Friday."
    assert who(nlp, sentence, "attack") == ["Boko Haram"]
