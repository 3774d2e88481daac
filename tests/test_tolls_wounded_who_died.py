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


@pytest.mark.parametrize("text, tolls", [
    # the review's sentences (s23 script 01): "others" does not add the later dead to the wounded
    ("Gunmen killed three people and wounded five others, one of whom later died, in an attack in Kisumu, Kenya, "
     "on Saturday. The death toll rose to four, police said.", (4, 4)),
    ("Gunmen shot dead two police officers and wounded three others, one of whom later died, in Peshawar on Monday.",
     (3, 2)),
    # fresh variants
    ("Raiders killed a guard and injured seven other people, two of whom have since died.", (3, 5)),
    ("The blast killed one soldier and wounded four more, one of whom later died in hospital.", (2, 3)),
])
def test_others_before_the_wounded_who_died(text: str, tolls: tuple[int, int]) -> None:
    assert _tolls(text) == tolls


@pytest.mark.parametrize("text, dead", [
    # the review's sentences (s23 script 09): no figure of the wounded is told
    ("Gunmen killed three people and wounded dozens, one of whom later died, in Kano on Monday, police said.", 4),
    ("A bomb killed four people and injured several others, two of whom later died, in Kabul on Monday.", 6),
    ("A bomb killed four people and wounded scores, three of whom have since died, in Kabul on Monday.", 7),
    # fresh variants
    ("The explosion killed two workers and injured many more, one of whom later died.", 3),
    ("Gunmen shot dead a pastor and wounded hundreds, four of whom have since died.", 5),
])
def test_vague_wounded_with_later_deaths_give_no_wounded(text: str, dead: int) -> None:
    assert _tolls(text) == (dead, None)
