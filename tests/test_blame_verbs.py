"""The verbs of blame (worker/extract/blame_verbs.py) are one alternation for every reader of a blame; the readers
that must not take "suspect" for a verb say so in their call."""
from __future__ import annotations

import re

import pytest

import worker.extract as extract
from worker.extract import actors, affiliated_doers
from worker.extract.blame_verbs import blame_verbs


def test_suspect_is_left_out_only_when_asked() -> None:
    assert {"suspect", "suspects", "accused", "blamed"} <= set(blame_verbs().split("|"))
    words = set(blame_verbs(suspect=False).split("|"))
    assert "accused" in words and not {"suspect", "suspects"} & words


def test_each_reader_builds_its_verbs_here() -> None:
    assert all(blame_verbs(suspect=False) in rx.pattern for rx in extract._blames())
    assert blame_verbs(suspect=False) in affiliated_doers._blamed_before().pattern
    assert blame_verbs(suspect=False) in actors._attribution_rx().pattern
    assert blame_verbs() in actors._blames_name().pattern and blame_verbs() in actors._blame_verb().pattern


@pytest.mark.parametrize("before, blamed", [
    ("The governor of Plateau State on Tuesday accused ", True),
    ("Army officers in Maiduguri blamed ", True),
    ("Police in Jos said the suspect ", False),
])
def test_a_blame_before_the_doers(before: str, blamed: bool) -> None:
    assert bool(affiliated_doers._blamed_before().search(before)) is blamed


def test_the_verbs_match_whole_words() -> None:
    rx = re.compile(r"\b(?:" + blame_verbs() + r")\b", re.I)
    assert [m.group() for m in rx.finditer("She blamed them, then unblamed nobody; he accuses")] == ["blamed", "accuses"]
