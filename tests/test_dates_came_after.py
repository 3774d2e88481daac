""""The attack came three days after bandits abducted 20 pupils in Zonkwa on Sunday": a main clause whose only event
is the story's, pointed back at, sets the "after" clause's event apart as a recalled one, even with a day of its own;
the story keeps its own day and kind. Sentences written for these tests."""
from __future__ import annotations

from worker.extract import extract_incidents

FRIDAY = "2026-02-20"


def test_an_event_a_pointed_back_attack_came_after_is_a_recall_with_its_own_day() -> None:
    text = ("Gunmen shot dead six traders at a cattle market in Kafanchan, police said on Thursday. The attack came "
            "three days after bandits kidnapped 14 pupils from a school in Zonkwa on Monday.")
    found = extract_incidents(text, None, FRIDAY)
    primary = [i for i in found if i.primary]
    assert [(i.event_type, i.date, i.killed) for i in primary] == [("attack", "2026-02-19", 6)]
    assert [(i.event_type, i.date) for i in found if not i.primary] == [("abduction", "2026-02-16")]


def test_a_pronoun_for_the_story_opens_the_main_clause_too() -> None:
    text = ("Gunmen shot dead six traders at a cattle market in Kafanchan, police said on Thursday. It came three days "
            "after bandits kidnapped 14 pupils from a school in Zonkwa on Monday.")
    primary = [i for i in extract_incidents(text, None, FRIDAY) if i.primary]
    assert [(i.event_type, i.date) for i in primary] == [("attack", "2026-02-19")]
