"""A violent doer makes a casualty word an attack only where the clause tells one deed of this news: not a history
("killed by rebels two decades ago", "in 1994"), a class of victims ("those shot by bandits"), a degree or a
comparison that states a view of a record ("far more herders have been killed by vigilantes than by soldiers"), a
quoted title, a match's "killed off", or a doer noun that owns what follows ("the Raiders' defence"); a perfect alone
is a news lead's tense. Texts written for these tests."""
from __future__ import annotations

from typing import Any

import pytest

from tests.recall_cases import run
from worker.extract.violent_doers import has_violent_doer


@pytest.mark.parametrize("text", [
    "A museum opened in Gulu on Saturday to remember the pupils who were killed by rebels two decades ago.",
    "A memorial service in Kigali on Sunday honoured the traders who were shot by militiamen in 1994.",
    "Far more herders have been killed by vigilantes than by soldiers, the association said in Jos on Tuesday.",
    "Cattle rustlers have killed more herders than drought has, the governor of Turkana said on Thursday.",
    "Bishop Okon asked worshippers in Calabar on Sunday to remember all those shot by cultists on the city's streets.",
    'The play "Wounded by Rebels" opened at the National Theatre in Accra on Friday.',
])
def test_a_doer_with_no_deed_of_this_news_is_no_incident(nlp: Any, text: str) -> None:
    assert run(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Gunmen have killed worshippers at a church in Ondo on Sunday, police said.",
    "Herders were killed by vigilantes near Lafia, Nasarawa state, on Wednesday night, residents said.",
    "Suspected herdsmen have killed villagers in Agatu, Benue state, police said on Monday.",
])
def test_a_doer_with_the_day_of_its_deed_is_an_attack(nlp: Any, text: str) -> None:
    assert [f["event_type"] for f in run(nlp, text)] == ["attack"]


@pytest.mark.parametrize("sentence,word", [
    ("Sundowns were killed off by Pirates in extra time.", "killed"),
    ("Their unbeaten run was killed by the Raiders' defence.", "killed"),
])
def test_a_match_figure_of_speech_has_no_doer(sentence: str, word: str) -> None:
    at = sentence.index(word)
    assert not has_violent_doer(sentence, at, at + len(word))
