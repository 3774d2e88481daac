"""A clause that tells a habit ("Gunmen often raided villages in 2023") with no toll and no day of its own is
background, not an incident of its own: the act is told by the clause beside it. Fresh sentences written for this
test."""
from __future__ import annotations

import pytest

from tests.place_cases import nlp
from worker.extract import extract_incidents, types


def _incidents(text: str) -> list[tuple[str | None, int | None]]:
    return [(i.date, i.killed) for i in extract_incidents(text, nlp()(text), "2031-05-02")]


def test_habit_clause_before_a_semicolon_is_no_incident() -> None:
    text = "Gunmen often raided villages in Zamfara in 2023; on Friday they killed 9 farmers."
    assert [k for _, k in _incidents(text)] == [9]


@pytest.mark.parametrize("clause, habit", [
    ("Gunmen often raided villages in Zamfara in 2023", True),
    ("Bandits frequently attack travellers on the Kaduna road", True),
    ("Boko Haram has repeatedly attacked Gwoza", True),
    ("Bandits often attacked travellers on Monday", False),  # a day of its own: one act
    ("The attackers repeatedly stabbed the guard", False),  # how one act went, not a habit
    ("Gunmen often raid the district, killing 12 people", False),  # a toll of its own
])
def test_habitual_clause(clause: str, habit: bool) -> None:
    assert types.habitual(clause) is habit
