"""The verbs of blame and of report (worker/extract/speech_verbs.py) are each one alternation for every reader; the
readers that must not take "suspect" for a verb, or "according" for a verb after its speaker, say so in their call."""
from __future__ import annotations

import re

import pytest

import worker.extract as extract
from worker.extract import actors, affiliated_doers, own_deeds
from worker.extract.speech_verbs import blame_verbs, report_verbs, report_words


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


def test_according_is_left_out_only_when_asked() -> None:
    assert "according" in report_words() and "said" in report_words()
    assert "according" not in report_words(according=False) and "told" in report_words(according=False)
    assert report_verbs(according=False) in actors._says().pattern and report_verbs() in extract._said_of_it().pattern


@pytest.mark.parametrize("text, own", [
    ("The Arakan Army said in a statement that its fighters had overrun a post near Maungdaw.", True),
    ("According to the Arakan Army, its fighters had overrun a post near Maungdaw.", False),
])
def test_an_own_deed_is_told_by_a_spoken_verb(text: str, own: bool) -> None:
    assert bool(re.search(own_deeds.own_deed(), text, re.I)) is own
