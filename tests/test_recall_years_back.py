"""A sentence whose clause sets its deed years back ("Eleven years ago, bandits killed 20 people there") recalls an
earlier event: its toll and doer are not the story's, though the words give no day that `_new_day` could tell apart.
Texts written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import extract_incidents

LEAD = "Militiamen shot dead seven fishermen near Kalemie, Tanganyika, on Thursday. "


@pytest.mark.parametrize("recall", [
    "Twelve years ago, rebels killed 31 fishermen on the same lake shore.",
    "Three decades earlier, rebels killed 31 fishermen on the same lake shore.",
    "Rebels killed 31 fishermen on the same lake shore a decade ago.",
    "Many years ago, 31 fishermen were killed on the same lake shore.",
])
def test_a_deed_years_back_keeps_its_toll_apart(recall: str) -> None:
    lead = extract_incidents(LEAD + recall, None, "2025-03-08")[0]
    assert (lead.date, lead.killed) == ("2025-03-06", 7)


def test_a_story_clause_beside_an_old_founding_keeps_the_story() -> None:
    text = LEAD + "Gunmen also abducted four boatmen from the port, which was built years ago."
    lead = extract_incidents(text, None, "2025-03-08")[0]
    assert (lead.date, lead.killed) == ("2025-03-06", 7)
