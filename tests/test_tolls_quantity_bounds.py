"""One list of the phrases that bound a figure (data/quantity_bounds.csv), read by the tolls of objects and subjects
and by the line joining of `segment`: a subject's "no fewer than 12" is a floor as an object's is, and a line that
ends in any of them ("around", "upwards of") was wrapped before its figure. Fresh texts written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties, number_words, segment


def test_the_list_is_longest_first() -> None:
    phrases = number_words.bounds()
    assert "at least" in phrases and "an estimated" in phrases
    assert phrases.index("just over") < phrases.index("over")


@pytest.mark.parametrize("sentence, n", [
    ("No fewer than 12 people were killed in the raid on the market.", 12),
    ("Upwards of 30 villagers were killed when the militia attacked.", 30),
    ("Well over 50 people were killed in the fighting.", 50),
    ("Gunmen killed no fewer than 12 people in the raid.", 12),
])
def test_a_subject_bound_is_a_floor(sentence: str, n: int) -> None:
    assert casualties.merge(casualties.counts(sentence, "killed")) == (n, True)


def test_an_exact_subject_stays_exact() -> None:
    assert casualties.merge(casualties.counts("Twelve people were killed in the raid.", "killed")) == (12, False)


@pytest.mark.parametrize("text", [
    "Gunmen killed around\n30 villagers in Zaria on Sunday.",
    "Gunmen killed upwards of\n30 villagers in Zaria on Sunday.",
    "The blast wounded close to\n40 people in Quetta on Friday.",
])
def test_a_line_ending_in_a_bound_goes_on(text: str) -> None:
    assert [s.text for s in segment.sentences(text)] == [text.replace("\n", " ")]
