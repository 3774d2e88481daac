"""One person named by a trade and shot dead alone is singled out (singled_out.by_role) even where the parse's
phrase stops before a modifier ("a nurse with a local charity was shot dead") and where the trade is two words ("an
aid worker", "a health worker"), which the parse must be asked to read. Every text is written for this test."""
from __future__ import annotations

from typing import Any

import pytest

from worker.extract import singled_out
from worker.pipeline import incidents


def _types(nlp: Any, text: str) -> list[str]:
    article = {"id": "t", "url": "", "title": None, "published": "2024-05-15", "text": text}
    return [m["event_type"] for m in incidents([article], nlp)[0] if m["primary"]]


@pytest.mark.parametrize("text", [
    "A nurse with a local charity was shot dead on the outskirts of Torit, Eastern Equatoria, on Friday. The army "
    "blamed SPLA-IO rebels, who denied any involvement.",
    "An aid worker with a local health charity was shot dead on the outskirts of Torit, Eastern Equatoria, on Monday. "
    "The army blamed SPLA-IO rebels, who denied any involvement.",
    "A health worker with a polio vaccination team was shot dead in Bannu on Tuesday, police said.",
])
def test_one_trade_holder_shot_dead_is_singled_out(nlp: Any, text: str) -> None:
    assert _types(nlp, text)[:1] == ["targeted_killing"]


def test_a_two_word_trade_asks_for_the_parse() -> None:
    assert singled_out.worth_parsing("An aid worker was shot dead near Yambio on Sunday.")
