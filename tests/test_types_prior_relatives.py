"""A pluperfect relative clause ("bandits who had abducted 12 travellers") tells what the people it describes did
before; the main clause's own event decides the type ("police killed three bandits who had abducted ..." is no
abduction). Without an event of its own, the sentence keeps the clause's. Every sentence is written for these
tests."""
from __future__ import annotations

import pytest

from worker.extract import types


@pytest.mark.parametrize("sentence", [
    "Police killed three suspected bandits who had abducted 12 travellers near Tsafe on Sunday.",
    "Vigilantes shot dead two herders who had allegedly kidnapped a farmer in Lafia.",
])
def test_the_main_clause_decides_the_type(sentence: str) -> None:
    tm = types.classify(sentence)
    assert tm is not None and tm.event_type != "abduction"
    assert sentence[tm.start:tm.end].lower() in ("killed", "shot dead")


def test_a_sentence_without_its_own_event_keeps_the_clause() -> None:
    tm = types.classify("The men who had abducted the pupils from the school in Kebbi were never found.")
    assert tm is not None and tm.event_type == "abduction"
