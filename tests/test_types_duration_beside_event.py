"""A clause that tells a side's act over a period with no figure ("Rebels have shelled Goma since the offensive
began") is the backdrop of the day's event told beside it ("and on Tuesday gunmen kidnapped six aid workers"): the
event's own method types it. Only a bare "attack" beside the duration leaves the duration's method standing. Every
text is written for this test."""
from __future__ import annotations

from typing import Any

import pytest

from worker.extract import toll_phrases
from worker.pipeline import incidents


def _types(nlp: Any, text: str) -> list[str]:
    article = {"id": "t", "url": "", "title": None, "published": "2024-05-15", "text": text}
    return [m["event_type"] for m in incidents([article], nlp)[0] if m["primary"]]


@pytest.mark.parametrize("text, expected", [
    ("Rebels have shelled Goma since the offensive began, and on Tuesday gunmen kidnapped six aid workers outside the "
     "city.", "abduction"),
    ("Jihadists have bombed the highway repeatedly since the coup, and on Friday gunmen shot dead four traders near "
     "Djibo.", "attack"),
    ("Militias have shelled Bentiu since the war started, and on Saturday a gunman shot dead five people at a "
     "water point.", "attack"),
])
def test_the_days_method_types_the_event(nlp: Any, text: str, expected: str) -> None:
    assert _types(nlp, text)[:1] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Fighters have shelled El Fasher since October, and on Monday an attack on the market killed nine people.",
     "shelling"),
    ("Fighters have shelled El Fasher since October, and on Monday a shell killed nine people at a market.",
     "shelling"),
])
def test_a_bare_attack_keeps_the_durations_method(nlp: Any, text: str, expected: str) -> None:
    assert _types(nlp, text)[:1] == [expected]


def test_a_period_after_the_clauses_own_verb_is_not_fronted() -> None:
    text = "Rebels have shelled Goma since the offensive began, and on Tuesday gunmen kidnapped six aid workers."
    assert [text[a:b] for a, b in toll_phrases.aggregate_spans(text)] == \
        ["Rebels have shelled Goma since the offensive began"]
