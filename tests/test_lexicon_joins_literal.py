"""number_words' cardinals and manner_of_death's phrases are joined by alternation.literal (longest first), and the
hedges and descriptors before a plain noun of people (violent_doers.doer_marks) are one alternation for both
violent_doers and affiliated_doers."""
from __future__ import annotations

import re

import pytest

from worker.extract import affiliated_doers, manner_of_death, number_words, violent_doers


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


def test_the_doer_marks_are_one_alternation_for_both_readers() -> None:
    marks = violent_doers.doer_marks()
    assert marks in violent_doers._doer() and marks in affiliated_doers._rx().pattern
    assert re.fullmatch(marks, "heavily-armed") and re.fullmatch(marks, "so-called")


@pytest.mark.parametrize("sentence, word", [
    ("Two hooded men shot dead a cattle trader in the market.", "shot"),
    ("A cattle trader was killed by heavily-armed men at dusk.", "killed"),
])
def test_marked_people_are_violent_doers(sentence: str, word: str) -> None:
    at = sentence.index(word)
    assert violent_doers.has_violent_doer(sentence, at, at + len(word))


@pytest.mark.parametrize("text", ["He was gunned down and shot dead.", "Twenty-one of the twenty died, eleven fled.",
                                  "A Burkinabe and a Burundian man, then an Iraqi-Kurdish team.", "nothing here"])
def test_grouped_literal_matches_what_literal_matches(text):
    """alternation.grouped_literal (the killing verbs, number words and demonyms) is literal's order grouped by first
    letter: the same word at every position, the longer word first."""
    import re

    from worker.extract.alternation import grouped_literal, literal
    words = ["gunned down", "gunned", "shot dead", "shot", "twenty-one", "twenty", "eleven", "Burkinabe", "Burundian",
             "Iraqi-Kurdish", "Iraqi"]
    plain, grouped = (re.compile(rf"\b(?:{p})", re.I) for p in (literal(words), grouped_literal(words)))
    assert [m.group() for m in grouped.finditer(text)] == [m.group() for m in plain.finditer(text)]
    assert grouped_literal(words) != literal(words)  # it is the grouped form, not the plain join
