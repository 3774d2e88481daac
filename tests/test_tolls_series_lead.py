"""A lead fronted by "in the latest of a series of attacks" names its event as one of a series (data/aggregates.csv,
column fronted = no): the toll after it is the event's own, while a fronted period ("Since January, ...") still
makes a record. Every text is written for these tests."""
from __future__ import annotations

from worker.extract import casualties, toll_phrases


def _total(sentence: str) -> int | None:
    return casualties.merge(casualties.counts(sentence, "killed"))[0]


def test_the_latest_of_a_series_keeps_its_own_toll() -> None:
    assert _total("In the latest of a string of raids, bandits killed nine herders near Gusau on Sunday.") == 9


def test_one_in_a_wave_keeps_its_own_toll() -> None:
    assert _total("In one of a wave of ambushes, insurgents killed four policemen outside Damboa.") == 4


def test_a_fronted_period_still_governs_the_clause_after_it() -> None:
    s = "Since March, more than 300 villagers have been killed in the district."
    assert toll_phrases.aggregate_spans(s) == [(0, len(s))]


def test_a_series_with_its_own_total_is_still_a_record() -> None:
    assert not _total("The ambush was the latest in a wave of attacks that have killed 300 people.")
