""""Killing themselves and nine others": the attackers' own deaths join the toll, as many as the figure of the
attackers the sentence gives ("two suicide bombers"), as "killing himself and 18 others" counts one. Every text is
written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


def _total(sentence: str) -> int | None:
    return casualties.merge(casualties.counts(sentence, "killed"))[0]


@pytest.mark.parametrize(("sentence", "n"), [
    ("Three suicide bombers detonated their vests at a mosque in Konduga, killing themselves and 14 worshippers.", 17),
    ("Two female bombers struck a bus station in Mubi, killing themselves and six others.", 8),
    ("A suicide bomber struck a bus station in Mubi, killing himself and six others.", 7),
])
def test_the_attackers_are_counted_by_their_figure(sentence: str, n: int) -> None:
    assert _total(sentence) == n


def test_plural_attackers_without_a_figure_add_no_guess() -> None:
    assert _total("The bombers struck a bus station in Mubi, killing themselves and six others.") == 6


@pytest.mark.parametrize(("sentence", "n"), [
    ("Three suicide bombers, thought to be among 60 fighters who fled the army's offensive, struck a market in Gwoza, "
     "killing themselves and seven traders.", 10),
    ("Two suicide bombers, whom officials said had trained with 25 insurgents near Lake Chad, struck a mosque in Bama, "
     "killing themselves and five worshippers.", 7),
])
def test_a_figure_in_an_aside_is_not_the_attackers(sentence: str, n: int) -> None:
    assert _total(sentence) == n


def test_two_groups_of_attackers_with_their_own_figures_add_no_guess() -> None:
    # which group died the words do not say: the figure nearest "themselves" is no answer
    assert _total("Four gunmen led three suicide bombers into a hotel in Mogadishu, killing themselves and nine guests.") \
        == 9
    # the same group named twice is still one figure
    assert _total("Two suicide bombers struck a mosque in Maiduguri; the two suicide bombers were killing themselves "
                  "and five worshippers.") == 7
