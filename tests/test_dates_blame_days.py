"""A blame's day ("the army on Tuesday blamed ...") is a statement's when the sentence tells the blamed event with a
day of its own: an event told in a relative clause of the blame is dated by its own words (a month stays a month), not
by the blame. Without another day the blame's day stays the sentence's. Texts written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import extract_incidents

LEAD = "Gunmen shot dead nine miners near Kamituga, South Kivu, on Saturday. "
PUBLISHED = "2025-06-04"  # a Wednesday


@pytest.mark.parametrize("blame, day", [
    ("The army on Monday blamed the CODECO militia, whose fighters abducted 25 traders in Djugu in February.",
     "2025-02"),
    ("The army blamed on Monday the CODECO militia, whose fighters abducted 25 traders in Djugu on May 20.",
     "2025-05-20"),
    ("The governor on Monday accused the CODECO militia, whose fighters abducted 25 traders in Djugu in April.",
     "2025-04"),
])
def test_the_event_a_blame_recalls_keeps_its_own_day(blame: str, day: str) -> None:
    found = extract_incidents(LEAD + blame, None, PUBLISHED)
    assert [(i.event_type, i.date) for i in found if i.event_type == "abduction"] == [("abduction", day)]


def test_a_blame_without_another_day_keeps_its_day() -> None:
    found = extract_incidents("Gunmen shot dead nine miners near Kamituga, South Kivu. The army on Monday blamed the "
                              "CODECO militia for the killings.", None, PUBLISHED)
    assert found[0].date == "2025-06-02"
