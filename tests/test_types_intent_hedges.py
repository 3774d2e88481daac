""""Police have not ruled out terrorism" leaves intent open: it is a hedge, neither intent (a car ploughing into a
crowd stays an accident) nor a denial. Every text is written for these tests."""
from __future__ import annotations

from typing import Any

import pytest

from tests.recall_cases import run
from worker.extract import types


@pytest.mark.parametrize("text", [
    "Police have not ruled out terrorism.",
    "Investigators said they could not rule out a terror attack.",
    "Detectives are looking into whether the crash was deliberate.",
])
def test_an_open_question_is_no_intent(text: str) -> None:
    assert not types.told_deliberate(text)


def test_intent_told_beside_a_hedge_stays() -> None:
    assert types.told_deliberate("The driver deliberately steered into the queue; police have not ruled out terrorism.")
    assert types.told_deliberate("Police are treating the crash as terrorism.")


def test_a_hedged_crash_is_no_attack(nlp: Any) -> None:
    text = ("A van ploughed into shoppers on a high street in Leeds on Saturday, injuring nine people. "
            "Police have not ruled out terrorism.")
    assert [f["event_type"] for f in run(nlp, text)] == []
