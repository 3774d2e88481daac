"""actors' word-list alternations (blame, report, denial, claim, rule, armed nouns) come from alternation.literal,
and the blame verbs and the spoken report verbs are each built once for every pattern that needs them."""
from __future__ import annotations

import pytest

from worker.extract import actors
from worker.extract.speech_verbs import blame_verbs, report_verbs


def test_the_blame_patterns_share_one_alternation() -> None:
    verbs = blame_verbs()
    assert verbs in actors._blames_name().pattern and verbs in actors._blame_verb().pattern
    assert actors._blames_name().search("Villagers in the valley unblamed the ") is None  # a verb of the list, whole
    assert actors._blames_name().search("The governor's office accuses the ").group().strip() == "accuses the"


def test_the_spoken_report_verbs_leave_according_out() -> None:
    assert "according" in report_verbs().split("|")
    assert "according" not in report_verbs(according=False).split("|")
    spoken = report_verbs(according=False)
    assert spoken in actors._says().pattern and spoken in actors._speaker_phrases().pattern


@pytest.mark.parametrize("text, words", [
    ("a militia spokesman announced on radio", "a militia spokesman"),
    ("five died, according to gendarmerie sources.", "gendarmerie sources"),
])
def test_a_speaker_phrase_is_found_whole(text: str, words: str) -> None:
    m = actors._speaker_phrases().search(text)
    assert m is not None and words in m.group()


@pytest.mark.parametrize("text, found", [
    ("The rebels denied any part in the raid on the depot.", True),
    ("The rebels denying any part in it was expected.", True),
    ("The rebels' denial came late.", False),
])
def test_a_denial_verb_is_a_whole_word(text: str, found: bool) -> None:
    assert actors._denies(text) is found


def test_a_claim_phrase_takes_any_verb_and_object_of_the_lists() -> None:
    assert actors._claim_phrase().search("a faction later admitted the kidnappings in a video")
    assert not actors._claim_phrase().search("a faction later admitted its members were tired")
