"""pipeline.gate reads a story's intent (types.told_deliberate, a pass over the whole text) only when a sentence
tells a vehicle driven into people: most stories tell none, and the gate runs on every article."""
from __future__ import annotations

import pytest

from worker import pipeline
from worker.extract import types


def _no_intent_read(text: str) -> bool:
    raise AssertionError("told_deliberate read for a story without a vehicle driven into people")


@pytest.mark.parametrize("text", [
    "The central bank held its key rate on Thursday, saying inflation had eased. Analysts had expected a cut.",
    "Police said the attack was deliberate. Gunmen killed four traders at a market in Gombi on Monday.",
])
def test_no_vehicle_no_intent_pass(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(types, "told_deliberate", _no_intent_read)
    pipeline.gate(text)  # raises if the intent is read


def test_a_deliberate_ramming_still_passes_the_gate() -> None:
    text = ("A van ploughed into pedestrians on a busy shopping street in Leeds on Saturday, killing three people. "
            "Police said they were treating it as a deliberate attack.")
    assert any(pipeline.gate(text))
    told = text.replace("Police said they were treating it as a deliberate attack.",
                        "Police said the driver had suffered a medical episode.")
    assert types.told_deliberate(text) and not types.told_deliberate(told)
