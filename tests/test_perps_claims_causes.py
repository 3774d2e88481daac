"""Claims of an event noun other than "attack" ("JNIM claimed the ambush", data/role_words.csv claim_objects) and a
side named by its cause ("dissident republicans": a side adjective before a group noun, a lower-case noun NER calls
NORP no name by itself)."""
from __future__ import annotations

from functools import partial

import pytest

from tests.perps_support import story


doers = partial(story, published="2024-03-02")  # the perpetrators of each incident of a text


@pytest.mark.parametrize("text, group", [
    ("The BLA claimed the blast that killed six passengers on a bus in Quetta on Monday.", "BLA"),
    ("JNIM claimed the ambush that killed 14 soldiers on the road to Djibo on Thursday.",
     "JNIM"),
])
def test_claim_of_an_event_noun(nlp, text: str, group: str) -> None:
    assert [group] in doers(nlp, text)


@pytest.mark.parametrize("text", [
    "Two prison officers were shot dead in Newry on Tuesday in an attack carried out by dissident republicans.",
    "A policeman was wounded when a bomb planted by dissident republicans exploded under his car in Omagh.",
])
def test_a_side_named_by_its_cause(nlp, text: str) -> None:
    assert ["dissident republicans"] in doers(nlp, text)
