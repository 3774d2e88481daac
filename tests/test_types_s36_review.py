"""The outside review of the s36 event-type rows: the nearby shapes each row must leave alone. Every text is written
for these tests (real places, invented events)."""
from __future__ import annotations

from typing import Any

import pytest

from worker.extract import types
from worker.pipeline import incidents


def _kind(sentence: str) -> str | None:
    tm = types.classify(sentence)
    return tm.event_type if tm else None


def _types(nlp: Any, text: str) -> list[str]:
    found = incidents([{"id": "t", "url": "u", "source": "s", "title": None, "published": "2025-03-04",
                        "text": text}], nlp)[0]
    return [m["event_type"] for m in found]


@pytest.mark.parametrize("sentence", [
    # prisoners held or guarded by one side of a war's battle: no prison, two armed sides
    "The militants, who were guarding 20 captured prisoners including a pilot, fought soldiers near Kidal on Friday.",
    # armed groups fighting around a prison, or armed factions at one
    "Clashes between two armed groups in the streets around the Bunia prison killed five people on Friday.",
    "Clashes between rival armed factions at the Abu Salim prison in Tripoli killed six people on Friday.",
])
def test_armed_sides_near_a_prison_are_no_prison_riot(sentence: str) -> None:
    assert _kind(sentence) == "armed_clash"


def test_a_rival_faction_named_elsewhere_keeps_the_prison_storming_an_attack(nlp: Any) -> None:
    text = ("Gunmen stormed the prison in Koutoukale on Friday night in a failed breakout, killing two guards; the attackers "
                "were from a rival faction of the Islamic State.")
    assert _types(nlp, text)[:1] == ["attack"]
