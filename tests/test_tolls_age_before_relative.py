"""A victim's age set off by commas before a relative clause ("Ana Perez, 41, who hosted a talk show, was shot
dead") is an age, not a toll: the relative aside is blanked first and took the age's closing comma with it. One
person shot dead is counted, and a named person killed alone is a targeted killing. Every text is written for this
test."""
from __future__ import annotations

from typing import Any

import pytest

from worker.extract import casualties
from worker.pipeline import incidents


@pytest.mark.parametrize("sentence", [
    "Television presenter Ana Lucia Perez, 41, who hosted an evening talk show, was shot dead by two men on a "
    "motorbike in Escuintla on Tuesday evening.",
    "The village chief, 67, who had refused to pay the gang, was hacked to death on Sunday.",
    "Union organiser Tomas Herrera, 38, who led a strike at the port last year, was gunned down in Buenaventura.",
])
def test_the_age_is_no_toll(sentence: str) -> None:
    assert [c.n for c in casualties.counts(sentence, "killed")] == [1]


def test_a_plural_verb_after_the_blanked_aside_keeps_the_count() -> None:
    sentence = "In the market of Kidal, 12, witnesses said, were killed by the blast."
    assert [c.n for c in casualties.counts(sentence, "killed")] != [1]


def test_the_named_presenter_is_a_targeted_killing(nlp: Any) -> None:
    text = ("Television presenter Ana Lucia Perez, 41, who hosted an evening talk show, was shot dead by two men on a "
            "motorbike in Escuintla on Tuesday evening, the press union said in a statement.")
    article = {"id": "t", "url": "", "title": None, "published": "2024-05-15", "text": text}
    found = [(m["event_type"], m["killed"]) for m in incidents([article], nlp)[0]]
    assert found[:1] == [("targeted_killing", 1)]
