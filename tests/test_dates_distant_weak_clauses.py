"""An "after" clause at a stated distance tells another event even with a weak word ("days after a raid on the
village in April"): its month does not date the sentence's own event. Sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import extract_incidents, types

MONDAY = "2024-05-06"


@pytest.mark.parametrize("sentence", [
    "Gunmen killed five villagers in Kaduna state, police said on Monday, days after a raid on the village in April.",
    "Bandits shot dead four traders near Gusau, residents said on Monday, two weeks after a police raid in April.",
])
def test_a_distant_raid_does_not_date_the_killing(sentence: str) -> None:
    assert [i.date for i in extract_incidents(sentence, None, MONDAY) if i.primary] == [MONDAY]


def test_a_distant_weak_clause_is_an_earlier_clause_but_a_near_one_is_not() -> None:
    assert [d for _, _, d in types.earlier_clauses("Gunmen killed five, days after a raid on the village.")] == [True]
    assert types.earlier_clauses("Five were killed after a raid on the village.") == []


def test_the_killing_keeps_its_own_day_beside_the_raid() -> None:
    text = "Gunmen killed five villagers in Kaduna state on Sunday, a week after a raid on a police post in April."
    assert [i.date for i in extract_incidents(text, None, MONDAY) if i.primary] == ["2024-05-05"]
