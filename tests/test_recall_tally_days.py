"""A tally of ten or more incidents is a record; the day a statement gives it ("the ministry said on Friday") is
the statement's, not one incident's, so it does not make the tally one event. Texts written for these tests."""
from __future__ import annotations

from typing import Any

import pytest

from tests.recall_cases import run
from worker.extract import types


@pytest.mark.parametrize("text", [
    "Jihadists killed 120 soldiers in 18 raids on army posts in northern Burkina Faso last month, the defence "
    "ministry said on Friday.",
    "More than 60 villagers have been killed in 12 separate attacks in Plateau State, the governor told reporters "
    "on Wednesday.",
])
def test_a_tally_told_on_a_statement_day_is_no_incident(nlp: Any, text: str) -> None:
    assert run(nlp, text) == []


def test_the_statement_day_is_no_event_day_but_the_deed_day_is() -> None:
    assert not types.event_day("18 raids last month, the ministry said on Friday")
    assert types.event_day("gunmen struck on Sunday night, the ministry said on Friday")
