"""The number words of English, one lexicon (data/number_words.csv) for every module that reads a figure in words:
tolls ("forty-two", "two hundred", "half a dozen"), subjects ("both ... and their son"), distances of time ("three
days after"). Each row has a kind: `cardinal` (one ... ninety), `scale` (hundred, thousand, million, dozen: they
multiply the figure before them), `ordinal` (first, second), `collective` (a set figure in a phrase: "a dozen",
"both") and `vague` (a floor, no figure of its own: "several", "dozens"). A module asks for the kinds it reads, so
a word added to the file reaches all of them. The words that bound a figure ("at least", "nearly", "an
estimated": data/quantity_bounds.csv) are here too, for the tolls that flag a floor and the line joining of
`segment` (a line that ends in one was wrapped before its figure).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from worker.extract.alternation import grouped_literal, literal
from worker.extract.gazetteer import data_rows

KINDS = frozenset({"cardinal", "scale", "ordinal", "collective", "vague"})


@lru_cache(maxsize=None)
def values(*kinds: str) -> dict[str, int]:
    """Word (lower case) to value for the rows of `kinds` ("cardinal", "vague", ...), in the file's order."""
    unknown = set(kinds) - KINDS
    if unknown:
        raise ValueError(f"number_words: no kind {sorted(unknown)}")
    return {r["word"].strip().lower(): int(r["value"]) for r in data_rows("number_words.csv") if r["kind"] in kinds}


def phrases_alternation(phrases: Iterable[str]) -> str:
    """Fixed phrases as one regex alternation, longest first (a phrase before the word it opens with: "half a dozen"
    before "half", "seventeen" before "seven"); one space between words, no group, no word boundary."""
    return literal(phrases)


def alternation(*kinds: str) -> str:
    """The words of `kinds` as one regex alternation, longest first (`phrases_alternation`)."""
    return phrases_alternation(values(*kinds))


# "both" counts two ("both men", "both of them", "both guards and their supervisor") unless an article opens a pair
# joined by "and" after it ("both the driver and the conductor", "both a soldier and a policeman"): there each side is
# counted by its own words
BOTH = r"both(?!\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}?and\b)"


def _cardinals(low: int, high: int, step: int = 1) -> str:
    """The cardinals from `low` to `high` (every `step`) as one alternation, longest first, grouped by first letter
    (`alternation.grouped_literal`, the same matches): `below_hundred` enters every toll figure four or five times, and
    a case-insensitive branch of literals is tried one word at a time."""
    return grouped_literal(w for w, v in values("cardinal").items() if low <= v <= high and v % step == 0)


@lru_cache(maxsize=1)
def below_hundred() -> str:
    """A number in words from one to ninety-nine ("seven", "seventeen", "forty", "forty-two", "forty two"): a ten and
    an optional unit after a hyphen or a space, then the teens and units. A regex without groups."""
    return (r"(?:(?:" + _cardinals(20, 90, 10) + r")(?:[- ](?:" + _cardinals(1, 9) + r"))?|"
            + _cardinals(1, 19) + ")")


@lru_cache(maxsize=1)
def count_words() -> str:
    """A count of units in words ("eleven days after", "two weeks ago", "several years earlier", "a few hours"): a
    number from one to ninety-nine (`below_hundred`) or a vague one (`several`, `a few`, `dozens`). A regex without
    groups; digits and the article of one ("a day after") are the caller's."""
    return below_hundred() + "|" + alternation("vague")


def count_value(text: str) -> int | None:
    """The value of a count of units: `value`, and the article of one ("a week ago", "an hour after") as 1."""
    return 1 if text.strip().lower() in ("a", "an") else value(text)


@lru_cache(maxsize=1)
def scales() -> dict[str, int]:
    """Words that multiply the figure before them: "hundred", "thousand", "million", "dozen"."""
    return values("scale")


def spelled(words: list[str]) -> int | None:
    """A number told in two or more words ("twenty one", "two hundred thousand", "a million", "one hundred and
    five"); None when a word is no cardinal, scale, "a"/"an" or a joining "and", or when there is one word."""
    total = current = 0
    for w in words:
        if w == "and" and current:  # "one hundred and twenty"
            continue
        if w in scales():
            current = (current or 1) * scales()[w]
            if scales()[w] > 100:
                total, current = total + current, 0
        elif w in ("a", "an"):
            current += 1
        elif w in values("cardinal"):
            current += values("cardinal")[w]
        else:
            return None
    return total + current if len(words) > 1 else None


def value(text: str) -> int | None:
    """The value of a figure in words or digits ("12", "twelve", "a dozen", "forty-two", "two hundred"), None when
    it is none."""
    t = text.lower().replace(",", "").strip()
    if t.isdigit():
        return int(t)
    known = values("cardinal", "scale", "collective", "vague")
    if t in known:
        return known[t]
    return spelled(re.split(r"[- ]+", t))


@lru_cache(maxsize=1)
def bounds() -> tuple[str, ...]:
    """The phrases that make a figure a floor or an estimate ("at least", "more than", "nearly", "an estimated"),
    longest first: data/quantity_bounds.csv."""
    return tuple(sorted((r["phrase"].strip().lower() for r in data_rows("quantity_bounds.csv")), key=lambda p: (-len(p), p)))


def bound_alternation() -> str:
    """`bounds()` as one regex alternation (no group, no word boundary)."""
    return phrases_alternation(bounds())
