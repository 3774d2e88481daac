"""A funeral that counts the dead and recalls their killing by a pronoun ("mourners buried six miners, a day after
gunmen killed them") gives the recalled killing that toll; an arrest's people are never the recalled victims. Fresh
sentences written for these tests."""
from __future__ import annotations

from worker.extract import extract_incidents

PUBLISHED = "2024-05-01"  # a Wednesday


def _incs(text: str) -> list[tuple[bool, str, str | None, int | None]]:
    return [(i.primary, i.event_type, i.date, i.killed) for i in extract_incidents(text, None, PUBLISHED)]


def test_the_funeral_counts_the_recalled_killing() -> None:
    text = "Mourners buried six miners in Zurak on Monday, a day after bandits killed them in an ambush."
    assert _incs(text)[1:] == [(False, "attack", "2024-04-28", 6)]


def test_an_arrest_counts_no_victims_of_the_recalled_killing() -> None:
    text = "Police arrested four youths on Monday after gunmen killed them in Kano."
    assert all(k is None for _, t, _, k in _incs(text) if t != "arrest")
