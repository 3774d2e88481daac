"""An arrest or a protest told after a lead of violence that dates only its statement ("..., police said Monday")
is a later act: its day is its own and does not date the violence (a sentence that tells violence too, "arrested
a man on Saturday who shot the watchman", still dates it). Texts written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import extract_incidents

PUBLISHED = "2024-03-12"  # a Tuesday: "said Monday" is 2024-03-11
LEAD = ("Bandits kidnapped nine farm workers and shot dead a watchman at a ranch near Birnin Gwari in Nigeria's "
        "Kaduna state, police said Monday. ")


@pytest.mark.parametrize("after", [
    "Police detained three suspects in Kuriga on Saturday.",
    "Soldiers arrested two herders on Friday at a market in Kakangi.",
    "The workers were in Kakangi on Saturday when police arrested four men over earlier thefts.",
    "Relatives protested over insecurity on Friday outside the local council.",
    "The market had closed on Friday when traders demonstrated against the levies.",
])
def test_a_later_arrest_or_protest_does_not_date_the_violence(after: str) -> None:
    found = extract_incidents(LEAD + after, None, PUBLISHED)
    assert found[0].date == "2024-03-11"
