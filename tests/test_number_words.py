"""One lexicon of number words (data/number_words.csv) read by tolls, joined subjects and distances of time: every
number below a hundred reads in each of them, and a set or round phrase ("a score", "half a dozen") reads where a
figure does. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import casualties, number_words, recalled_days


@pytest.mark.parametrize("text, n", [
    ("ninety-nine", 99), ("forty two", 42), ("seventeen", 17), ("a hundred", 100), ("two hundred", 200),
    ("two hundred and fifty", 250), ("half a dozen", 6), ("two dozen", 24), ("a score", 20), ("both", 2), ("12", 12),
])
def test_values(text: str, n: int) -> None:
    assert number_words.value(text) == n


def test_no_number() -> None:
    assert number_words.value("people") is None
    assert number_words.spelled(["seven", "villagers"]) is None


def test_kinds_are_checked() -> None:
    with pytest.raises(ValueError):
        number_words.values("cardinals")


def test_below_hundred_reads_the_longest_word() -> None:
    import re
    rx = re.compile(number_words.below_hundred(), re.I)
    assert rx.match("eighteen").group() == "eighteen"
    assert rx.match("seventy-three").group() == "seventy-three"


def _killed(sentence: str) -> int | None:
    return casualties.merge(casualties.counts(sentence, "killed"))[0]


@pytest.mark.parametrize("sentence, n", [
    ("Fourteen students and their teacher were killed when the bus was ambushed.", 15),
    ("Twenty-one pilgrims and their guide were shot dead on the road.", 22),
    ("Raiders killed a score of villagers in the night.", 20),
    ("The fire killed seventy-three people in the market.", 73),
    ("Two hundred and fifty people were killed in the bombing.", 250),
])
def test_tolls_read_every_number_word(sentence: str, n: int) -> None:
    assert _killed(sentence) == n


@pytest.mark.parametrize("words, distance", [
    ("Thirteen days after ", (13, "day")),
    ("Twenty-one days after ", (21, "day")),
    ("Forty-eight hours after ", (2, "day")),
    ("a week after ", (1, "week")),
])
def test_distances_read_every_number_word(words: str, distance: tuple[int, str]) -> None:
    assert recalled_days.distance(words, len(words)) == distance


@pytest.mark.parametrize("sentence, n", [
    ("Both the driver and the conductor were shot dead at the toll gate.", 2),
    ("Raiders killed both the imam and his deputy.", 2),
    ("Both guards were killed in the raid.", 2),
    ("Raiders killed both of them near the well.", 2),
])
def test_both_opening_a_pair_is_no_figure_of_its_own(sentence: str, n: int) -> None:
    assert _killed(sentence) == n
