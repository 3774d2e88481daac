"""countries._capitalized_runs: every span of up to four words that all begin with a capital, as the namesake check
asked them of every span before."""
from __future__ import annotations

from worker.extract.countries import _capitalized_runs, placed_namesake


def test_runs_are_the_capitalized_spans() -> None:
    words = "Deputies of the Santa Clara County Sheriff Office said Ontario police".split()
    every = {(i, j) for i in range(len(words)) for j in range(i + 1, min(i + 5, len(words) + 1))
             if all(w[:1].isupper() for w in words[i:j])}
    assert set(_capitalized_runs(words, 4)) == every
    assert (3, 7) in every and (3, 8) not in every


def test_no_words_no_runs() -> None:
    assert _capitalized_runs([], 4) == []
    assert _capitalized_runs(["the", "town"], 4) == []


def test_namesake_placed_by_its_province() -> None:
    text = "Two men were shot in Kingston on Monday night, Ontario Provincial Police said."
    start = text.index("Kingston")
    assert placed_namesake("Kingston", text, start, start + len("Kingston")) == "Canada"
