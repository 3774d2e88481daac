"""One definition of a doer noun (worker/extract/doer_words.py): the armed and violent nouns of data/role_words.csv,
read by scene_days, affiliated_doers and violent_doers, each naming in its call the words it drops."""
from __future__ import annotations

import re

import pytest

from worker.extract import affiliated_doers, scene_days, violent_doers
from worker.extract.doer_words import RANK_AND_QUALITY, doer_alternation, doer_words
from worker.extract.syntax import word_lists


def test_a_doer_noun_is_an_armed_or_a_violent_noun() -> None:
    lists = word_lists()
    assert doer_words() == frozenset(lists["armed_nouns"]) | frozenset(lists["violent_nouns"])
    assert {"gunmen", "thugs", "hitmen"} <= doer_words() and "troops" not in doer_words()
    assert "troops" in doer_words(force=True) and "forces" in doer_words(also=("forces",))


def test_a_reader_drops_only_the_words_it_names() -> None:
    assert not RANK_AND_QUALITY & doer_words(RANK_AND_QUALITY)
    assert doer_words(RANK_AND_QUALITY) == doer_words() - RANK_AND_QUALITY
    # "raiders" stands in both lists: the armed nouns alone keep it, the violent ones alone are gone
    armed = doer_words(violent=False)
    assert "raiders" in armed and "thugs" not in armed and "gunmen" in armed


def test_the_alternation_is_longest_first_and_whole() -> None:
    rx = re.compile(r"\b(?:" + doer_alternation() + r")\b", re.I)
    assert [m.group() for m in rx.finditer("Gunmen and suicide bombers hit a ferry")] == ["Gunmen", "suicide bombers"]


def test_each_reader_builds_its_nouns_here() -> None:
    assert doer_alternation() in scene_days._doers().pattern
    assert doer_alternation(RANK_AND_QUALITY) in affiliated_doers.said_to_be_rx().pattern
    assert doer_alternation(RANK_AND_QUALITY, also=affiliated_doers._BODIES) in affiliated_doers._rx().pattern
    assert doer_alternation(RANK_AND_QUALITY, violent=False, also=affiliated_doers._BODIES) \
        in affiliated_doers._compound_rx().pattern
    assert violent_doers.doer_nouns() == doer_alternation(violent_doers._NOT_DOERS, violent=False)


@pytest.mark.parametrize("clause, violent", [
    ("when hooded cattle rustlers blocked the track to Gusau", True),
    ("when the commanders stopped at a fuel station", True),   # scene_days drops no word: its list is whole
    ("when the ferry stopped at Lokoja", False),
])
def test_scene_days_reads_every_doer_noun(clause: str, violent: bool) -> None:
    assert scene_days.violent_act(clause) is violent


@pytest.mark.parametrize("sentence, said", [
    ("The hitmen were believed to be members of the Gulf Clan, the prosecutor said.", True),
    ("The commanders were believed to be members of the Gulf Clan, the prosecutor said.", False),
])
def test_said_to_be_drops_the_rank(sentence: str, said: bool) -> None:
    assert bool(affiliated_doers.said_to_be_rx().search(sentence)) is said


@pytest.mark.parametrize("text, named", [("the suspects fled towards Kaduna", False),
                                         ("the bandits fled towards Kaduna", True),
                                         ("the commander spoke in Goma", False)])
def test_violent_doers_drop_suspects_and_ranks(text: str, named: bool) -> None:
    assert violent_doers.names_doer(text) is named


def test_the_armed_noun_set_is_the_doer_words_without_the_violent_ones() -> None:
    from worker.extract import armed_victims, other_acts, singled_out
    assert other_acts.armed_nouns() == doer_words(violent=False)
    assert "rebels" in armed_victims.armed_words() and "gunmen" not in armed_victims.armed_words()
    assert singled_out._combatant("a rebel commander") and not singled_out._combatant("a ferry captain")
