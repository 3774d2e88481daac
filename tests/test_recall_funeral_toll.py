"""A funeral that counts the dead and recalls their killing by a pronoun ("mourners buried six miners, a day after
gunmen killed them") or by what was theirs ("after herdsmen attacked their community") gives the recalled killing
that toll, and the funeral folds into it: one attack on its own day, the story's event; an arrest's people are never
the recalled victims. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import extract_incidents

PUBLISHED = "2024-05-01"  # a Wednesday


def _incs(text: str) -> list[tuple[bool, str, str | None, int | None]]:
    return [(i.primary, i.event_type, i.date, i.killed) for i in extract_incidents(text, None, PUBLISHED)]


def test_the_funeral_counts_the_recalled_killing() -> None:
    text = "Mourners buried six miners in Zurak on Monday, a day after bandits killed them in an ambush."
    assert _incs(text) == [(True, "attack", "2024-04-28", 6)]


@pytest.mark.parametrize("text, day, dead", [
    ("Mourners buried 15 villagers in Bokkos on Sunday, two days after herdsmen attacked their community.",
     "2024-04-26", 15),
    ("Residents of Beni buried 18 people on Saturday, three days after ADF rebels raided their village.",
     "2024-04-24", 18),
    ("Relatives in Zhob buried seven labourers on Tuesday, a day after gunmen opened fire on their van.",
     "2024-04-29", 7),
])
def test_the_funeral_counts_the_attack_on_what_was_theirs(text: str, day: str, dead: int) -> None:
    assert _incs(text) == [(True, "attack", day, dead)]


def test_a_funeral_without_a_count_adds_no_dead() -> None:
    text = "Mourners gathered in Bokkos on Sunday, two days after herdsmen attacked their community."
    assert all(k is None for _, _, _, k in _incs(text))


def test_an_arrest_counts_no_victims_of_the_recalled_killing() -> None:
    text = "Police arrested four youths on Monday after gunmen killed them in Kano."
    assert all(k is None for _, t, _, k in _incs(text) if t != "arrest")


def test_a_later_funeral_counts_the_attack_that_told_no_dead() -> None:
    text = ("Gunmen attacked the village of Kuje on Friday night. Hundreds of mourners attended the burial of 21 "
            "victims of the attack on Sunday.")
    assert _incs(text) == [(True, "attack", "2024-04-26", 21)]


def test_a_funeral_after_an_arrest_gives_the_arrest_no_dead() -> None:
    text = "Police arrested five men in Kuje on Friday. Mourners attended the burial of 21 victims of the attack."
    assert all(k is None for _, t, _, k in _incs(text) if t == "arrest")
