"""A passive casualty verb after what was done to its victims first (data/prior_acts.csv): "were kidnapped, tortured
and killed" counts its subject as "were killed" does. Every text is written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties


def _total(sentence: str, kind: str = "killed") -> int | None:
    return casualties.merge(casualties.counts(sentence, kind))[0]


@pytest.mark.parametrize(("sentence", "n"), [
    ("Two teachers were kidnapped, tortured and killed near Birnin Kebbi.", 2),
    ("The imam and his son were abducted and later killed outside Maiduguri.", 2),
    ("The couple and their cook were seized and then executed near Bunia.", 3),
    ("A trader was robbed and stabbed to death in the market.", 1),
])
def test_prior_acts_before_a_passive_killing(sentence: str, n: int) -> None:
    assert _total(sentence) == n


def test_prior_act_before_a_wounding() -> None:
    assert _total("Three guards were attacked and wounded at the depot on Sunday.", "injured") == 3


def test_an_abduction_that_ends_in_release_kills_no_one() -> None:
    assert not _total("Five fishermen were abducted and later released near Baga.")
