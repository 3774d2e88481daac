"""Armed men who overrun a base, a post or a town and kill the people there carry out an attack, not a mere takeover
(data/precedence.csv, other -> attack); a takeover with no one killed stays other. Every text is written for this
test."""
from __future__ import annotations

from typing import Any

import pytest

from worker.pipeline import incidents


def _types(nlp: Any, text: str) -> list[str]:
    article = {"id": "t", "url": "", "title": None, "published": "2024-05-15", "text": text}
    return [m["event_type"] for m in incidents([article], nlp)[0] if m["primary"]]


@pytest.mark.parametrize("text", [
    "Jihadists overran a military post near Menaka on Sunday, killing 23 soldiers, the army said.",
    "ISWAP fighters overran a police station in Damboa late on Tuesday and killed six officers, residents said.",
])
def test_an_overrun_that_kills_is_an_attack(nlp: Any, text: str) -> None:
    assert _types(nlp, text)[:1] == ["attack"]


def test_a_takeover_with_no_dead_stays_other(nlp: Any) -> None:
    assert _types(nlp, "Rebels seized control of the town of Rutshuru on Monday, residents said.")[:1] == ["other"]
