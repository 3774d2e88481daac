"""A span of past time on the verb whose object the event noun is ("the district has seen attacks by X in recent
years") tells the group's record, not who did the incident: no doer, as when the span hangs on the noun itself."""
from __future__ import annotations

from typing import Any

import pytest

from worker.extract import actors, syntax


def who(nlp: Any, sentences: list[str], event_type: str) -> list[str]:
    parsed = [syntax.roles(d) for d in syntax.parse(nlp, sentences)]
    return actors.perpetrators(sentences, event_type, parsed)[0]


@pytest.mark.parametrize("background", [
    "The district has suffered attacks by the Lord's Resistance Army in recent years.",
    "The district has endured raids by the Lord's Resistance Army in recent months.",
])
def test_a_record_of_past_attacks_names_no_doer(nlp: Any, background: str) -> None:
    sentences = ["Armed men killed eleven villagers in Obo on Thursday, a local official said.", background]
    assert who(nlp, sentences, "attack") == []


def test_a_dated_attack_by_a_group_keeps_its_doer(nlp: Any) -> None:
    sentences = ["Fighters of the Lord's Resistance Army carried out raids on two villages near Obo on Thursday, "
                 "killing eleven people."]
    assert who(nlp, sentences, "attack") == ["Lord's Resistance Army"]
