"""Extraction cost is bounded whatever the input: no regular expression of worker/extract backtracks without
bound, long texts are cut, and the cost grows linearly with the incidents of an article (issue 17)."""
from __future__ import annotations

import multiprocessing as mp
import re
import time
from typing import Any, Callable

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from worker.extract import actors, casualties, dates, extract_incidents, places, segment, types, weapons

FORK = mp.get_context("fork")


def _runs_within(fn: Callable[..., Any], *args: Any, seconds: float) -> bool:
    """Runs fn in a forked child (a backtracking regex cannot be interrupted in-process) and kills it at `seconds`."""
    p = FORK.Process(target=fn, args=args)
    p.start()
    p.join(seconds)
    if p.is_alive():
        p.kill()
        p.join()
        return False
    return p.exitcode == 0


# -- the victim-list subject ("two soldiers, one policeman and a worker were killed") --------------------------------

@pytest.mark.parametrize("sentence", [
    "Rebels killed. " + "four guards five drivers " * 9 + "y",
    "Rebels killed. " + "4 guards 5 drivers " * 9 + "y",
    "Rebels killed. " + "four guards and five drivers and " * 9 + "y",
    "Rebels killed. " + "a boy a girl " * 12 + "y",
    "Officials said " + " and ".join(["one nurse", "two porters", "three cooks", "four clerks", "five pilots",
                                      "six miners", "seven bakers", "eight tailors", "nine masons", "ten welders",
                                      "eleven painters", "twelve plumbers", "thirteen drivers"]) + " were hurt.",
])
def test_victim_lists_are_read_in_bounded_time(sentence):
    assert _runs_within(casualties.counts, sentence, "killed", seconds=2.0)


def _old_subject_expression(verb: str) -> re.Pattern[str]:
    """The regular expression the token reader replaces (exponential on long lists): the oracle on short ones."""
    c = casualties
    return re.compile(r"(?P<subj>(?:\b" + c._BOUND + c._NUM + r"\s+(?:" + c._NOT_VERB + r"[\w'’-]+\s+){0,3}?"
                      + c._PERSON + r"(?:\s+(?!(?:were|was|and|are|have|had)\b)" + c._NOT_VERB
                      + r"[\w'’-]+){0,10}?\s*(?:,\s*including\b|,|\band\b|\s)\s*)+)"
                      r"(?:(?:were|was|have been|had been|are|got|being)\s+)?"
                      r"(?P<also>also\s+)?(?:(?:reportedly|allegedly|critically|seriously|severely|fatally|badly)\s+)?"
                      + verb + r"\b", re.I)


_LIST_WORDS = ["two", "three", "17", "a", "an", "at least", "more than", "nearly", "guards", "police officers",
               "villagers", "man", "woman", "and", ",", ", including", "were", "was", "also", "killed", "injured",
               "wounded", "arrested", "people", "others", "from", "the", "market", "Somalis", "security forces", "shot",
               "died", "forty-two", "a dozen", "3,500", "in", "Tuesday", "critically", "(", ".", "have been", "got",
               "her", "him", "dozens", "of"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LIST_WORDS), min_size=1, max_size=12), st.sampled_from(["killed", "injured", "arrested"]))
def test_victim_list_reader_finds_what_the_old_expression_found(words, kind):
    sentence = re.sub(r" ,", ",", " ".join(words))
    old = [(m.start(), m.end(), m.group("subj"), bool(m.group("also")))
           for m in _old_subject_expression(casualties._VERBS[kind]).finditer(sentence)]
    new = [(m.start, m.end, m.subj, m.also) for m in casualties._LISTERS[kind].finditer(sentence)]
    assert new == old
