""""Fatally shot", "fatally stabbed": a wounding verb that "fatally" makes a killing (data/manner_of_death.csv), as
the object of an active verb or the verb of a passive. Every text is written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties, extract_incidents


def _total(sentence: str, kind: str = "killed") -> int | None:
    return casualties.merge(casualties.counts(sentence, kind))[0]


@pytest.mark.parametrize(("sentence", "n"), [
    ("Police said a drunk soldier fatally shot his landlord in Jos.", 1),
    ("A herder was fatally stabbed at a watering point near Lafia on Friday.", 1),
    ("The robbers fatally shot two cashiers and a guard at the bank.", 3),
    ("Three pupils were fatally stabbed outside the school gate.", 3),
    ("He ran off after fatally stabbing two guards, the police spokesman said.", 2),
])
def test_fatally_wounded_is_killed(sentence: str, n: int) -> None:
    assert _total(sentence) == n


def test_an_article_of_a_fatal_shooting_counts_one_dead() -> None:
    incs = extract_incidents("A police officer fatally shot a motorcyclist at a checkpoint in Enugu on Saturday, "
                             "witnesses said.", None, "2024-05-06")
    assert incs and incs[0].killed == 1


def test_shot_alone_still_kills_no_one() -> None:
    assert not _total("A man was shot in the leg at a checkpoint in Enugu.")
