"""A new attack told with an earlier one set back by hours ("..., hours after bandits killed three farmers in X") is
two incidents, each with its own doers: a stated distance of hours makes the clause another event as "a day after"
does, even on the same day. Fresh sentences written for these tests."""
from __future__ import annotations

from worker.extract import extract_incidents

PUBLISHED = "2024-05-01"  # a Wednesday; "on Monday" is 2024-04-29


def test_an_attack_hours_after_another_is_an_incident_of_its_own() -> None:
    found = extract_incidents("Gunmen shot dead four traders in Lafia on Monday, just hours after herders killed "
                              "six farmers in Doma.", None, PUBLISHED)
    by_toll = {i.killed: i for i in found}
    assert set(by_toll) == {4, 6}
    assert "herders" not in by_toll[4].perpetrators and by_toll[4].city == "Lafia"
    assert "herders" in by_toll[6].perpetrators and by_toll[6].city == "Doma" and by_toll[6].date == "2024-04-29"
