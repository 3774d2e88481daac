"""alternation.tested_alternation: a yes-or-no test of many patterns grouped by their first characters answers as the
plain join does (types._opens, the trigger test of every sentence, reads it so)."""
from __future__ import annotations

import re

import pytest

from worker.extract import types
from worker.extract import alternation
from worker.extract.alternation import CaselessTest, at_word_starts

_PATTERNS = [r"\bgunm[ae]n\b", r"\bbomb(?:s|ed|ing)?\b", r"\b(?:shot|shelled)\b", r"\bsuicide\s+bombers?\b",
             r"\b(?:kidnapp|abduct)(?:ed|ing)\b", r"\bstab(?:bed|bing)\b"]


@pytest.mark.parametrize("text", [
    "Gunmen shot three traders in Mopti on Monday.", "GUNMEN SHOT THREE TRADERS", "The bombing of the bridge",
    "A bombastic speech", "Shelling resumed", "They were shelled overnight.", "abductees returned home",
    "Suicide  bombers struck a market", "Stabbing in Ålesund", "the gunman's car", "nothing happened here", "",
])
def test_the_grouped_test_answers_as_the_join(text: str) -> None:
    grouped = CaselessTest(alternation.tested_alternation(_PATTERNS, re.I))
    joined = CaselessTest(at_word_starts(_PATTERNS, re.I))
    assert grouped(text) == joined(text)
    assert bool(grouped._exact.search(text)) == bool(joined._exact.search(text))


def test_patterns_are_grouped_behind_their_first_letters() -> None:
    pattern = alternation.tested_alternation(_PATTERNS, re.I)
    assert pattern.startswith(r"\b(?=\w)")
    assert pattern.count("(?=") == 1 + len({"g", "b", "s", "k", "a"})  # the word guard, then one per letter


def test_a_pattern_opening_with_a_class_keeps_the_join() -> None:
    patterns = _PATTERNS + [r"\b[A-Z]\w+ Brigade\b"]
    assert alternation.tested_alternation(patterns, re.I) == at_word_starts(patterns, re.I)


def test_the_trigger_test_is_grouped() -> None:
    assert types._opens()._exact.pattern.count("(?=") > 10
    assert types._opens()("Gunmen stormed a church in Owo.") and not types._opens()("The council met on Monday.")
