"""A military junta's forces are the state's own: "junta troops shelled" and "the Tatmadaw" (data/groups.csv) name the
country's military (states.csv), as "regime airstrikes" and "government forces" do."""
from __future__ import annotations

from functools import partial
from typing import Any

import pytest

from tests.perps_support import story


doers = partial(story, published="2024-02-19")  # the perpetrators of each incident of a text


@pytest.mark.parametrize("text", [
    "Junta troops shelled a village in Magway region of Myanmar on Sunday, killing seven civilians.",
    "Tatmadaw soldiers shelled a village in Magway region on Sunday, killing seven civilians, residents said.",
])
def test_the_junta_is_the_state_military(nlp: Any, text: str) -> None:
    assert doers(nlp, text) == [["Myanmar military"]]


def test_a_junta_that_only_speaks_is_no_doer(nlp: Any) -> None:
    text = ("Gunmen killed seven villagers in Magway region of Myanmar on Sunday, the junta said, blaming no group.")
    assert doers(nlp, text) == [[]]


@pytest.mark.parametrize("text", [
    "Anti-junta militiamen shelled an army post in Magway region of Myanmar on Sunday, killing seven soldiers.",
    "The junta's opponents shelled an army post in Magway region of Myanmar on Sunday, killing seven soldiers.",
    "Anti-government rebels shelled a police post in Magway region of Myanmar on Sunday, killing seven officers.",
])
def test_the_juntas_enemies_are_not_the_state_military(nlp: Any, text: str) -> None:
    assert "Myanmar military" not in doers(nlp, text)[0]
