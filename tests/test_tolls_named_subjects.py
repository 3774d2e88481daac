"""Persons' names joined as the subject of a passive casualty verb count one each ("Musa Ali and John Doe were
killed": 2), also set off as an apposition; a group, a people, a place-less determiner phrase lists no person.
Every text is written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


def _total(sentence: str, kind: str = "killed") -> int | None:
    return casualties.merge(casualties.counts(sentence, kind))[0]


@pytest.mark.parametrize(("sentence", "n"), [
    ("Halima Garba and Yusuf Danjuma were shot dead outside their shop in Katsina on Monday.", 2),
    ("The victims, Peter Okoye, Samuel Eze and Grace Nwosu, were killed in the raid on Friday.", 3),
    ("Police said Chinedu Obi and Emeka Nwankwo were hacked to death near Awka.", 2),
])
def test_named_victims_of_a_passive_count_one_each(sentence: str, n: int) -> None:
    assert _total(sentence) == n


def test_named_wounded_count_too() -> None:
    assert _total("Aisha Umar and Bello Musa were wounded in the blast at the market.", "injured") == 2


@pytest.mark.parametrize("sentence", [
    "Al-Shabaab and ISIS Somalia fighters were killed in the clashes near Bosaso.",
    "Mali and Niger were hit by the sanctions on Monday.",
])
def test_groups_or_things_list_no_named_victims(sentence: str) -> None:
    assert not _total(sentence)
