"""Event words the trigger lexicon (data/triggers.csv) lacked: a vehicle driven on purpose into people (a ramming
attack) and an uprising or mutiny inside a prison (a riot). Their look-alikes stay out: a vehicle that crashes into
people is told without an agent's own vehicle, and a country's uprising or an army's rebellion is no prison's.
Texts written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import types


def _kind(sentence: str) -> str | None:
    tm = types.classify(sentence)
    return tm.event_type if tm is not None and tm.strong else None


@pytest.mark.parametrize("sentence,expected", [
    ("A man rammed his car into a crowd of shoppers in Trier on Tuesday.", "attack"),
    ("Police said the suspect deliberately drove his van into pedestrians on a bridge in London.", "attack"),
    ("Six people were hurt in a car-ramming attack at a bus stop in Jerusalem on Monday.", "attack"),
    ("Investigators are treating the incident as a vehicle attack.", "attack"),
    ("A 14-hour uprising at a prison in Guayaquil claimed the lives of 68 inmates on Saturday.", "riot"),
    ("A prison mutiny in Tegucigalpa left 46 women dead on Tuesday.", "riot"),
    ("Inmates rioted at the Litoral penitentiary on Monday; at least 20 were killed.", "riot"),
    ("Inmates revolted at an overcrowded detention centre in Makala on Sunday.", "riot"),
    # look-alikes
    ("A car ploughed into pedestrians at a bus stop after its brakes failed.", None),
    ("The 1991 uprising in Iraq was crushed within weeks.", None),
    ("Rebel commanders said the rebellion in the east would go on.", None),
    ("The prison population rose by 4 percent last year.", None),
])
def test_new_event_words(sentence: str, expected: str | None) -> None:
    assert _kind(sentence) == expected
