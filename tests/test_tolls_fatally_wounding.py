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


@pytest.mark.parametrize(("sentence", "n"), [
    ("A night guard was fatally wounded when robbers raided a bank in Owerri on Friday.", 1),
    ("Robbers raided a bank in Owerri on Friday, fatally wounding a night guard.", 1),
    ("Two traders were fatally injured when a gang attacked the market in Aba.", 2),
])
def test_fatally_wounded_or_injured_is_killed_not_injured(sentence: str, n: int) -> None:
    assert _total(sentence) == n and not _total(sentence, "injured")


@pytest.mark.parametrize(("sentence", "n"), [
    ("A father of three was fatally stabbed outside a bar in Enugu on Saturday.", 1),
    ("A mother of five was shot dead at her shop in Kano.", 1),
    ("Gunmen killed a father of four and his two sons in Ikot Ekpene.", 3),
])
def test_the_children_of_a_parent_are_no_victims(sentence: str, n: int) -> None:
    assert _total(sentence) == n
