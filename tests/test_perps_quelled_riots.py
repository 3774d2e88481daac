"""At a riot the mob did the violence; a force that only quelled it (data/role_words.csv riot_control: "fired tear
gas", a response verb: "to disperse the crowd", no toll or live rounds in its sentence) is no doer, whether the parse
reads its sentence (actors._only_quells) or the word pattern does (actors._quells). A force that killed is still one,
and so is one whose crowd is counted among the dead in any sentence of the incident (actors._crowd_harmed)."""
from __future__ import annotations

import pytest

from tests.perps_support import story
from worker.extract import actors


@pytest.mark.parametrize("text", [
    "KOHIMA — Three men were beaten to death and 20 shops were set on fire when a mob went on the rampage in the "
    "market town of Dimapur in Nagaland late on Friday, officials said. Police fired tear gas to disperse the crowd.",
    "A mob lynched two men accused of cattle theft and torched a dozen houses in Jalna district of Maharashtra on "
    "Sunday, police said. Security forces used water cannon to disperse the rioters.",
])
def test_the_force_that_quelled_a_riot_is_no_doer(nlp, text: str) -> None:
    assert story(nlp, text, published="2024-11-18")[0] == []


def test_the_word_pattern_skips_a_force_that_only_quelled() -> None:
    sentences = ["A mob killed two men in Moreh on Thursday.", "Security forces fired tear gas to disperse the crowd."]
    assert actors.forces_before_verbs(sentences, riot=True) == []


@pytest.mark.parametrize("text", [
    # the crowd's own dead, told in a later sentence: the force that faced it may have killed them
    "Police fired tear gas to break up rioters in Kano on Wednesday. A demonstrator died of his injuries after "
    "being struck by a canister, a doctor said.",
    "Riot police used water cannon to disperse rioters in Bamako on Saturday. They later shot dead three rioters.",
])
def test_a_force_whose_crowd_died_did_more_than_quell(nlp, text: str) -> None:
    assert story(nlp, text, published="2024-11-18")[0] == ["police"]


def test_a_crowd_that_killed_others_was_only_quelled(nlp) -> None:
    text = ("Rioters killed two shopkeepers and burned a market in Jos on Monday, residents said. Police fired tear "
            "gas to disperse the rioters.")
    assert story(nlp, text, published="2024-11-18")[0] == []


def test_the_word_pattern_reads_died_as_a_toll() -> None:
    sentences = ["A mob stormed a police post in Jos on Monday.",
                 "Police fired tear gas at the crowd and three protesters suffocated."]
    assert (1, "police") in actors.forces_before_verbs(sentences, riot=True)
