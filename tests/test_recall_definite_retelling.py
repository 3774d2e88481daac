"""A follow-up that retells the story's event in an "after" clause by definite nouns ("... after the gunmen killed
the traders") is an action of its own: the arrest stays an incident beside the killing, anchored by the event it
follows, and the clause makes no second killing. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import extract_incidents

PUBLISHED = "2024-05-01"


@pytest.mark.parametrize("text", [
    "Gunmen killed four traders in Kaduna on Monday. Soldiers later detained six men after the gunmen killed the traders.",
    "Militants shot dead three teachers in Gombe on Sunday. Police then arrested two suspects following the "
    "shooting of the teachers.",
])
def test_the_arrest_after_a_retold_killing_is_kept(text: str) -> None:
    found = extract_incidents(text, None, PUBLISHED)
    assert sorted(i.event_type for i in found) == ["arrest", "attack"]
    assert [i.killed for i in found if i.event_type == "attack"] in ([4], [3])


def test_a_follow_up_without_an_after_clause_still_joins() -> None:
    text = "Gunmen killed four traders in Kaduna on Monday. The gunmen also burned two shops."
    assert [i.event_type for i in extract_incidents(text, None, PUBLISHED)] == ["attack"]


@pytest.mark.parametrize("later", [
    "No arrests have been made following the shooting.",
    "Police have not detained anyone after the gunmen killed the traders.",
    "Officers said they were working to arrest those behind the killing.",
])
def test_a_denied_or_sought_arrest_is_no_incident(later: str) -> None:
    text = "Gunmen killed four traders in Kaduna on Monday. " + later
    assert [i.event_type for i in extract_incidents(text, None, PUBLISHED)] == ["attack"]
