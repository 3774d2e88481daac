"""A charge phrase ("suspected in the shooting that took place in Dover, Delaware on Monday and left six dead") runs
past the comma that ties a town to its state or country: the deed's toll is not the toll of the sentence's own event.
Texts written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties, types


@pytest.mark.parametrize("sentence", [
    "James Holt, the man suspected in the shooting that took place in Dover, Delaware on Monday and left six people "
    "dead, was found dead in a motel.",
    "A teenager wanted for the stabbing at a fair in Leeds, England last week that killed two girls was arrested.",
])
def test_the_charged_deed_toll_is_not_counted(sentence: str) -> None:
    assert all(c.n not in (6, 2) for c in casualties.counts(sentence, "killed"))


def test_the_span_passes_over_the_place_comma() -> None:
    s = "A man wanted for the attack in Kano, Nigeria on Friday that killed nine traders surrendered."
    assert any(s[a:b].rstrip().endswith("nine traders") for a, b in types.reference_spans(s))


def test_a_comma_before_a_lowercase_word_still_ends_it() -> None:
    s = "A man charged over the riot in Dover, police said, killed three guards in a jailbreak."
    assert [c.n for c in casualties.counts(s, "killed")] == [3]
