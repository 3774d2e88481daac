"""A sentence that tells its own event and, in an "after" clause, an earlier one told apart by a distance ("days
after") or a day of its own gives two incidents: its own (primary) and the earlier (background), each with its own
toll, day and place; a sentence whose only event is in the clause takes the clause's day. Fresh sentences written
for these tests."""
from __future__ import annotations

from worker.extract import extract_incidents, types

PUBLISHED = "2024-05-01"  # a Wednesday


def _incs(text: str) -> list[tuple[bool, str | None, int | None]]:
    return [(i.primary, i.date, i.killed) for i in extract_incidents(text, None, PUBLISHED)]


def test_a_reprisal_on_another_day_is_not_the_killing_it_answers() -> None:
    text = "Vigilantes killed eight bandits on Monday after the bandits killed four farmers in Gusau on Saturday."
    assert _incs(text) == [(True, "2024-04-29", 8), (False, "2024-04-27", 4)]


def test_a_blast_days_after_another_keeps_its_own_toll() -> None:
    text = "A roadside bomb killed six soldiers in Kandahar on Monday, weeks after an ambush there killed 14 police."
    assert [(p, k) for p, _, k in _incs(text)] == [(True, 6), (False, 14)]


def test_a_clause_of_the_same_day_stays_with_the_event() -> None:
    text = "Troops killed twelve insurgents on Monday after the insurgents attacked a base in Maiduguri on Monday."
    assert [(p, k) for p, _, k in _incs(text)] == [(True, 12)]


def test_a_sentence_whose_only_event_is_the_clause_takes_its_day() -> None:
    text = "Traders closed their shops in Kano on Tuesday after robbers killed three money changers on Sunday."
    assert _incs(text) == [(True, "2024-04-28", 3)]


def test_the_clause_finder_reads_what_the_clause_tells() -> None:
    sentence = "Troops killed ten rebels after a gun battle, officials said."
    assert [sentence[a:b] for a, b, _ in types.earlier_clauses(sentence)] == ["a gun battle"]


def test_a_distance_from_a_statement_times_the_statement_not_another_event() -> None:
    text = ("Nine people were killed in clashes in Jonglei, officials said on Tuesday, a day after soldiers broke up "
            "a rally in Bor.")
    assert [(p, k) for p, _, k in _incs(text)] == [(True, 9)]


def test_a_clause_without_a_toll_of_its_own_may_be_the_fight_beginning() -> None:
    text = "Soldiers killed fifteen fighters in Kidal on Wednesday after the fighters stormed the town on Monday."
    assert [(p, k) for p, _, k in _incs(text)] == [(True, 15)]
