"""A toll told as what a deed "left" its victims ("an ambush by militants on the convoy left 23 dead"): the words before
"left" are the deed's subject, not a list of victims, even when they name people ("militants"). Every text is written
for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


def _total(sentence: str, kind: str = "killed") -> int | None:
    return casualties.merge(casualties.counts(sentence, kind))[0]


@pytest.mark.parametrize(("sentence", "n"), [
    ("An ambush by militants on the convoy near Dori left 23 dead.", 23),
    ("A raid by herders on three hamlets outside Bokkos left at least 14 people dead.", 14),
    ("An assault by insurgents on the barracks left two soldiers and three civilians dead.", 5),
])
def test_a_deed_with_people_in_its_subject_leaves_its_figure_dead(sentence: str, n: int) -> None:
    assert _total(sentence) == n


def test_the_wounded_it_left_are_counted_too() -> None:
    assert _total("A strike by rebels on the market in Goma left 6 dead and 19 wounded.", "injured") == 19


def test_a_passive_subject_is_still_its_victims() -> None:
    assert _total("Two farmers who left their village at dawn were killed near Bama.") == 2


def test_a_person_who_leaves_children_was_among_the_dead() -> None:
    assert _total("A nurse who leaves three children behind was among 9 people killed in a raid near Dori on "
                  "Sunday.") == 9
