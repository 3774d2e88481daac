""""Left him for dead": the victim was thought dead and lived, a wounded victim, while "left him dead" is a killing.
Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


def _tolls(sentence: str) -> tuple[int | None, int | None]:
    return casualties.merge(casualties.counts(sentence, "killed"))[0], \
        casualties.merge(casualties.counts(sentence, "injured"))[0]


@pytest.mark.parametrize("sentence, hurt", [
    ("Robbers stabbed a shopkeeper and left him for dead behind his kiosk in Lokoja on Friday.", 1),
    ("Cultists attacked the camp, leaving four students for dead, the school said.", 4),
])
def test_left_for_dead_is_wounded_not_killed(sentence: str, hurt: int) -> None:
    assert _tolls(sentence) == (None, hurt)


def test_left_dead_is_still_killed() -> None:
    assert _tolls("Robbers stabbed a shopkeeper and left him dead behind his kiosk in Lokoja.")[0] == 1


@pytest.mark.parametrize("sentence, hurt", [
    ("Robbers beat two herders near Ilorin on Monday and left them for dead.", 2),
    ("Thugs attacked a teacher and his son in their home, leaving them for dead.", 2),
    ("Cultists stabbed three students, leaving them all for dead.", 3),
])
def test_left_them_for_dead_counts_the_people_told_before(sentence: str, hurt: int) -> None:
    assert _tolls(sentence) == (None, hurt)


def test_left_them_for_dead_without_a_figure_is_no_toll() -> None:
    assert _tolls("The mob beat them and left them for dead.") == (None, None)


@pytest.mark.parametrize("sentence, dead", [
    # the review's sentences (s23 script 07)
    ("Attackers hacked two women to death in Ituri on Sunday and left them for dead, local officials said.", 2),
    ("Gunmen shot dead three farmers in Benue on Sunday and left them for dead in a bush, police said.", 3),
    ("Two people were stabbed to death in Nairobi on Sunday after attackers left them for dead, police said.", 2),
    ("Robbers attacked four travellers near Lokoja on Monday, killing two of them and leaving them for dead, "
     "police said.", 2),
    # fresh variants
    ("Bandits killed five herders near Gusau and left them for dead by the road.", 5),
    ("Militiamen beat three fishermen to death on the lake shore, leaving them for dead.", 3),
])
def test_left_them_for_dead_after_a_killing_adds_no_wounded(sentence: str, dead: int) -> None:
    assert _tolls(sentence) == (dead, None)


def test_left_them_for_dead_after_an_earlier_killing_still_counts_the_beaten() -> None:
    # the dead are told before the beaten people's figure: "them" are the beaten, wounded
    assert _tolls("Gunmen killed a guard, then beat three traders and left them for dead.") == (1, 3)
