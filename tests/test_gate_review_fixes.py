"""Fixes after the outside review of the gate branch: masks that hid real incidents, and a backtracking hang."""
import re
import re._constants as C
import re._parser as P
import signal

import pytest

from worker.extract import violent_doers

_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT)


def _space_run(item) -> bool:
    op, av = item
    return op in _REPEATS and av[1] > 1 and list(av[2]) == [(C.IN, [(C.CATEGORY, C.CATEGORY_SPACE)])]


def _optional(item) -> bool:
    op, av = item
    return op in _REPEATS and av[0] == 0 and not _space_run(item)


def _ambiguous_blanks(seq) -> bool:
    """Two runs of blanks with only optional items between them ("\\s*,?\\s+") outside an atomic group: a run of n
    blanks splits n ways, and repeated per word the splits multiply."""
    items = list(seq)
    for i, item in enumerate(items):
        if _space_run(item):
            j = i + 1
            while j < len(items) and _optional(items[j]):
                j += 1
            if j < len(items) and _space_run(items[j]):
                return True
        op, av = item
        if op == C.ATOMIC_GROUP:
            continue
        if op in _REPEATS and _ambiguous_blanks(av[2]):
            return True
        if op == C.SUBPATTERN and _ambiguous_blanks(av[3]):
            return True
        if op == C.BRANCH and any(_ambiguous_blanks(b) for b in av[1]):
            return True
    return False


def test_by_phrase_gap_never_splits_a_run_of_blanks():
    """A bounded-steps property, not a timing: the by-phrase pattern has no two adjacent blank quantifiers, so a
    masked sentence full of blank runs is read in linear steps."""
    assert _ambiguous_blanks(P.parse(r"(?:\s*,?\s+\w+){0,8}?\s*,?\s+by"))  # the check sees the old shape
    assert not _ambiguous_blanks(P.parse(violent_doers._after().pattern, re.I))


def _alarm(*_):
    raise TimeoutError("backtracking")


def test_masked_blanks_keep_the_by_phrase():
    """The same answers as before on ordinary and blank-padded text."""
    assert violent_doers.has_violent_doer("He was killed by bandits", 7, 13)
    assert violent_doers.has_violent_doer("He was killed on Sunday in Dansadau, Zamfara state, by bandits", 7, 13)
    assert violent_doers.has_violent_doer("He was killed      by bandits", 7, 13)
    assert not violent_doers.has_violent_doer("He was killed off by the Pirates", 7, 13)
    padded = "killed" + ("   " + " " * 9 + "x") * 400
    old = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(30)  # a guard so a regression fails instead of hanging the suite; the property above is the test
    try:
        assert not violent_doers.has_violent_doer(padded, 0, 6)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
