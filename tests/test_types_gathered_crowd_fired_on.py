"""A crowd that gathered outside a police station, an office or a palace and was fired on by the force is a protest
(data/precedence.csv, the protest row): the force answered the crowd. Gunmen who fire on people gathered outside a
mosque carry out an attack. Every text is written for this test."""
from __future__ import annotations

from typing import Any

import pytest

from worker.pipeline import incidents


def _types(nlp: Any, text: str) -> list[str]:
    article = {"id": "t", "url": "", "title": None, "published": "2024-05-15", "text": text}
    return [m["event_type"] for m in incidents([article], nlp)[0] if m["primary"]]


@pytest.mark.parametrize("text", [
    "Security forces opened fire on worshippers who gathered outside a police station after prayers in Iranshahr on "
    "Friday, killing at least 12 people, rights groups said.",
    "Police opened fire on residents who gathered outside the governor's office in Kasese on Monday, killing three "
    "people.",
])
def test_a_gathered_crowd_the_force_fired_on_is_a_protest(nlp: Any, text: str) -> None:
    assert _types(nlp, text)[:1] == ["protest"]


def test_gunmen_firing_on_a_gathering_stay_an_attack(nlp: Any) -> None:
    text = "Gunmen opened fire on people who gathered outside a mosque in Kano on Friday, killing five."
    assert _types(nlp, text)[:1] == ["attack"]
