"""A definite event noun on the story's day after a sentence that recalled another event ("The Saturday night attack
lasted two hours" after "... a raid on a school in 2021") goes back to the story's incident: its later figures (the
wounded) are the story's. Texts written for these tests."""
from __future__ import annotations

from worker.extract import extract_incidents

PUBLISHED = "2025-06-04"  # a Wednesday
LEAD = "Gunmen stormed a wedding party in the town of Gusau on Saturday, killing 12 guests, police said. "
RECALL = ("No group has claimed the raid, but bandits have claimed previous attacks in the same district, including a "
          "raid on a school in 2021. ")


def test_the_story_day_noun_goes_back_to_the_lead() -> None:
    found = extract_incidents(LEAD + RECALL + "The Saturday night attack lasted two hours. \"Twelve people were killed "
                              "and 30 others were wounded,\" police spokesman Yazid Abubakar said.", None, PUBLISHED)
    story = [i for i in found if i.date == "2025-05-31"]
    assert len(story) == 1
    assert (story[0].primary, story[0].killed, story[0].injured) == (True, 12, 30)


def test_the_recalled_event_stays_apart() -> None:
    found = extract_incidents(LEAD + RECALL + "The Saturday night attack lasted two hours.", None, PUBLISHED)
    assert [i.date for i in found] == ["2025-05-31", "2021"]


def test_a_noun_on_another_day_does_not_go_back() -> None:
    found = extract_incidents(LEAD + RECALL + "The Sunday attack on a church in Gusau killed four worshippers.", None,
                              PUBLISHED)
    assert "2025-06-01" in [i.date for i in found]
