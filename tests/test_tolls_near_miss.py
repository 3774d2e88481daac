"""A harm told as one that nearly happened or was tried and failed ("nearly killing the imam", "without wounding
the driver", "was almost fatally stabbed") counts no victim. Every text is written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


def _total(sentence: str, kind: str = "killed") -> int | None:
    return casualties.merge(casualties.counts(sentence, kind))[0]


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Masked men burst into a mosque in Sokoto on Friday, nearly killing the imam.", "killed"),
    ("Raiders fired at a bus outside Gusau but failed in killing the driver.", "killed"),
    ("A gang ambushed a minibus near Funtua on Tuesday without wounding the driver, residents said.", "injured"),
    ("A shopkeeper was almost fatally stabbed by robbers in Onitsha on Sunday.", "killed"),
    ("Officers said the attacker tried but failed in fatally shooting three pupils.", "killed"),
])
def test_a_harm_that_did_not_happen_counts_no_one(sentence: str, kind: str) -> None:
    assert not _total(sentence, kind)


@pytest.mark.parametrize(("sentence", "n"), [
    ("Raiders failed to seize the depot, killing three guards instead.", 3),
    ("Bandits killed nearly 30 villagers in Maru on Sunday.", 30),
])
def test_a_failed_aim_beside_a_real_toll_keeps_the_toll(sentence: str, n: int) -> None:
    assert _total(sentence) == n
