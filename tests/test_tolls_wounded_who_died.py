""""Wounded four, one of whom later died": the death moves from the wounded to the dead (three wounded, one more
dead), and "has since died" is read like "later died". Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


def _tolls(text: str) -> tuple[int | None, int | None]:
    return casualties.merge([c for s in text.split(". ") for c in casualties.counts(s, "killed")])[0], \
        casualties.merge([c for s in text.split(". ") for c in casualties.counts(s, "injured")])[0]


@pytest.mark.parametrize("text, tolls", [
    ("Gunmen killed three farmers and wounded four others near Gusau on Monday, one of whom later died.", (4, 3)),
    ("Gunmen killed three farmers and wounded four others near Gusau, one of whom has since died.", (4, 3)),
    ("Raiders shot dead two guards and injured six traders at the market, two of whom have since died.", (4, 4)),
    ("A bomb killed two soldiers and wounded six in Kidal. Two of the wounded later died in hospital.", (4, 4)),
])
def test_wounded_who_died_leave_the_wounded(text: str, tolls: tuple[int, int]) -> None:
    assert _tolls(text) == tolls


def test_died_without_later_moves_nobody() -> None:
    # the lead's toll may count this death among both already
    assert _tolls("A bomb killed one man and wounded 11 people, one of whom died in hospital.") == (1, 11)


def test_relative_after_the_dead_moves_nobody() -> None:
    assert _tolls("Gunmen wounded four villagers and killed three, one of whom was a teacher.") == (3, 4)


def test_wounded_who_died_alone_gives_no_wounded() -> None:
    assert _tolls("Two of the wounded later died in hospital.") == (2, None)
