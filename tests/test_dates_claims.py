"""A claim of responsibility is a statement: its day ("claimed responsibility on Friday for ...") is the claim's, and
the event's own day told with it dates the event; a day after the violence the claim names ("claimed responsibility
for the ambush on Friday") may be the ambush's and stays the event's. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from tests.test_dates_followups import primary_date
from worker.extract import dates

SATURDAY = date(2026, 3, 14)


@pytest.mark.parametrize("sentence", [
    "The militia claimed responsibility on Friday for the ambush near Beni.",
    "The group claimed credit on Friday in a post on its channel.",
])
def test_the_day_of_a_claim_is_a_statements(sentence: str) -> None:
    assert [(m.value, m.reporting) for m in dates.find(sentence, SATURDAY)] == [("2026-03-13", True)]


def test_a_day_after_the_violence_a_claim_names_stays_the_events() -> None:
    found = dates.find("The militia claimed responsibility for the ambush near Beni on Friday.", SATURDAY)
    assert [(m.value, m.reporting) for m in found] == [("2026-03-13", False)]


def test_the_event_day_beside_a_claims_day_dates_the_event() -> None:
    text = ("The Allied Democratic Forces claimed responsibility on Friday for an ambush on a convoy near Beni that "
            "killed nine soldiers on Thursday.")
    assert primary_date(text, "2026-03-14") == "2026-03-12"
