"""War craft that kill fly an air strike (data/war_aircraft.csv), as the subject of the kill or in its by-phrase;
a craft any flyer has ("plane") only as a side's, a crash stays no strike, a team named like a craft is no craft.
Every text is written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import types


def _type(sentence: str) -> str | None:
    tm = types.classify(sentence)
    return tm.event_type if tm else None


@pytest.mark.parametrize("sentence", [
    "Army jets killed seven herders near Gwoza on Saturday.",
    "Jets also wounded four traders at the cattle market in Mubi.",
    "Eleven fishermen were killed by helicopters on the lake shore near Baga on Friday.",
    "Three shepherds were wounded by a gunship outside Kafr Nabl on Thursday.",
    "Two nurses were killed by Ethiopian military planes in Bahir Dar on Monday.",
    "The guards were killed by fighter-bombers on the ridge near Sinjar.",
])
def test_war_craft_that_kill_fly_an_air_strike(sentence: str) -> None:
    assert _type(sentence) == "air_strike"


@pytest.mark.parametrize("sentence", [
    "Four tourists were killed in a helicopter crash near Queenstown on Sunday.",
    "The Jets killed the Dolphins' last drive with an interception on Sunday.",
])
def test_crash_or_team_is_no_air_strike(sentence: str) -> None:
    assert _type(sentence) != "air_strike"
