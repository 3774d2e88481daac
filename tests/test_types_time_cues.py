"""`types.recalled` skips a sentence that holds none of the time cues: every time phrase it reads must hold its cue
outside any optional part, so a phrase added later cannot be hidden by the quick test. Fresh sentences."""
from __future__ import annotations

import re

import pytest

from worker.extract import types


def _depth_zero(pattern: str, at: int) -> bool:
    """Whether position `at` of a regular expression's source lies outside every group and character class."""
    depth, in_class, i = 0, False, 0
    while i < at:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        i += 1
    return depth == 0 and not in_class


@pytest.mark.parametrize("cue, pattern", types.PAST_AFTER_TIMES + types.PAST_BEFORE_TIMES)
def test_every_time_phrase_holds_its_cue_outside_any_group(cue: str, pattern: str) -> None:
    at = pattern.find(cue)
    assert at >= 0 and _depth_zero(pattern, at), (cue, pattern)
    assert not re.match(r"[?*]|\{0", pattern[at + len(cue):]), "the cue may not be optional"
    assert cue in types._TIME_CUE.pattern


@pytest.mark.parametrize("sentence", [
    "Mourners gathered at the scene of a shooting earlier this month before police fired tear gas.",
    "Students marched past the site of a bombing three weeks ago and were attacked by a mob.",
    "Gunmen opened fire on relatives of victims of Friday's massacre near the border.",
    "Days after an ambush near the dam, militants kidnapped two engineers.",
    "Villagers who survived a massacre in 2014 were attacked again by gunmen.",
    "Years since a bombing at the stadium, a gunman shot two guards there.",
])
def test_the_quick_test_changes_no_reading(sentence: str, monkeypatch: pytest.MonkeyPatch) -> None:
    quick = types.recalled(sentence)
    assert quick, sentence  # each sentence recalls an earlier event by its time
    monkeypatch.setattr(types, "_TIME_CUE", re.compile(""))  # every sentence read in full
    assert types.recalled(sentence) == quick


def test_a_sentence_without_a_cue_recalls_nothing() -> None:
    assert types.recalled("Gunmen attacked a police post and a bombing followed near the market.") == []
