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
