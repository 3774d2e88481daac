"""A victim told as shot dead, gunned down or hacked to death implies a killer, as one told as abducted implies
abductors: the killing is a security incident though the text names no doer and the toll reader finds no figure
(data/cues.csv actors). Every text is written for these tests."""
from __future__ import annotations

from worker.extract import extract_incidents


def _count(text: str) -> int:
    return len(extract_incidents(text, None, "2024-05-01"))


def test_victims_shot_dead_with_no_doer_named_are_an_incident() -> None:
    assert _count("Two cobblers, both natives of Ilorin, were shot dead in Offa on Tuesday.") == 1
    assert _count("A councillor was gunned down outside his home in Ikorodu on Tuesday.") == 1


def test_a_game_title_with_a_trigger_word_and_no_victim_is_no_incident() -> None:
    assert _count("Fans in Lagos queued on Tuesday for the new Shooting Star game.") == 0
