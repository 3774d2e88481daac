"""A lead told without a day of its own ("Gunmen killed 12 ..., officials said on Monday") is gone back to by a
definite retelling after a recalled event ("The attack on Sunday night lasted three hours"), which dates it, when
the day is of the week before the statement; a day further back is another event. Texts written for these tests."""
from __future__ import annotations

from worker.extract import extract_incidents

MONDAY = "2024-05-06"


def _found(text: str) -> list[tuple[str | None, bool]]:
    return [(i.date, i.primary) for i in extract_incidents(text, None, MONDAY)]


def test_the_retelling_after_a_recall_dates_the_undated_lead() -> None:
    text = ("Gunmen killed at least 12 people in an attack on a village in Zamfara, officials said on Monday. In "
            "January, bandits killed 30 people in the same district. The attack on Sunday night lasted three hours.")
    assert _found(text)[0] == ("2024-05-05", True)


def test_a_day_weeks_before_the_statement_does_not_date_the_lead() -> None:
    text = ("Gunmen killed at least 12 people in an attack on a village in Zamfara, officials said on Monday. In "
            "January, bandits killed 30 people in the same district. The attack on April 2 lasted three hours.")
    assert _found(text)[0] == (MONDAY, True)
