"""Review s31/s32 typing fixes (helper counts): a truce's end as a period start, but not a truce ended on a day
that dates the event told after it. Texts written for these tests."""
from __future__ import annotations

import pytest

from tests.test_tolls_counts_s32 import _primary  # one helper for the counts helper's two files


@pytest.mark.parametrize("text", [
    "Soldiers have fought al-Shabaab fighters around Beledweyne since the truce broke down, and on Friday gunmen shot "
    "dead four traders in Jowhar.",
    "Government troops have clashed with Fano militiamen near Gondar since the peace deal collapsed, and on Sunday "
    "gunmen shot dead six farmers in Dembecha.",
])
def test_a_clash_since_a_truce_ended_does_not_type_the_day_s_shooting(text: str) -> None:
    found = _primary(text)
    assert found is not None and found["event_type"] == "attack"


@pytest.mark.parametrize("text, killed", [
    ("Since the truce broke down on Saturday, troops and al-Shabaab fighters clashed in Beledweyne, leaving 9 fighters "
     "dead on Sunday.", 9),
])
def test_a_truce_ended_on_a_weekday_keeps_the_event_told_after_it(text: str, killed: int) -> None:
    found = _primary(text)
    assert found is not None and found["killed"] == killed
