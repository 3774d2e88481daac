"""A first victim given a name by a phrase of its own ("a trader identified as Musa Ali", "a boy named Ibrahim", "a
man known as Baba Ali") keeps the people joined after the name. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


def _killed(sentence: str) -> int | None:
    return casualties.merge(casualties.counts(sentence, "killed"))[0]


@pytest.mark.parametrize("sentence, n", [
    ("Raiders killed a cobbler identified as Danjuma Isa and his apprentice near the market.", 2),
    ("Gunmen shot dead a boy named Yusuf and his uncle at the farm.", 2),
    ("Bandits killed a man known as Baba Sule, his wife and their son.", 3),
    ("Militants killed a herder called Garba and two of his sons.", 3),
])
def test_a_named_first_victim_keeps_his_companions(sentence: str, n: int) -> None:
    assert _killed(sentence) == n


def test_a_named_victim_alone_is_one() -> None:
    assert _killed("Raiders killed a cobbler identified as Danjuma Isa on Sunday.") == 1


@pytest.mark.parametrize("sentence, n", [
    ("Raiders killed a mother of five and her teenage daughter.", 2),
    ("A father of six children, his wife and their driver were shot dead.", 3),
    ("Militants killed the chief of the village and his son.", 2),
    ("The head of the trade union and two of his aides were killed.", 3),
    ("Raiders killed the husband of the midwife and two of their children.", 3),
])
def test_an_of_phrase_of_the_first_victim_keeps_his_companions(sentence: str, n: int) -> None:
    assert _killed(sentence) == n


def test_a_parent_alone_is_one() -> None:
    assert _killed("Raiders killed a father of three in the village.") == 1
