"""number_words' cardinals and manner_of_death's phrases are joined by alternation.literal (longest first), not by
a hand-sorted join of their own."""
from __future__ import annotations

import re

import pytest

from worker.extract import manner_of_death, number_words


@pytest.mark.parametrize("text, word", [("seventeen herders", "seventeen"), ("sixty-four pupils", "sixty-four"),
                                        ("ninety nine miners", "ninety nine"), ("eight porters", "eight")])
def test_a_number_below_a_hundred_is_read_whole(text: str, word: str) -> None:
    m = re.match(number_words.below_hundred(), text)
    assert m is not None and m.group() == word


@pytest.mark.parametrize("text, phrase", [("the guard was shot and killed at the gate", "shot and killed"),
                                          ("a trader stabbed to death near the ferry", "stabbed to death")])
def test_a_killing_phrase_is_read_whole(text: str, phrase: str) -> None:
    m = re.search(r"\b" + manner_of_death.kills() + r"\b", text)
    assert m is not None and m.group() == phrase
