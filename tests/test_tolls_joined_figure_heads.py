"""A passive's subject that joins people to a first item with a figure ("three nephews and their uncle") or sets the
joined victims off after a head noun ("the victims, a pharmacist and her brother,") counts every one; a figure before
two bare plurals counts both nouns once ("twelve pupils and teachers"). Every text is written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


def _total(sentence: str, kind: str = "killed") -> int | None:
    return casualties.merge(casualties.counts(sentence, kind))[0]


@pytest.mark.parametrize(("sentence", "n"), [
    ("Three nephews and their uncle were shot dead outside Kaduna on Friday.", 4),
    ("Both guards and their supervisor were killed when the depot was stormed.", 3),
    ("The victims, a pharmacist and her brother, were shot dead in Jos.", 2),
])
def test_people_joined_to_a_figure_or_set_off_after_a_head_count(sentence: str, n: int) -> None:
    assert _total(sentence) == n


def test_a_figure_before_two_bare_plurals_counts_them_once() -> None:
    assert _total("Twelve pupils and teachers were wounded in the blast at the school.", "injured") == 12
