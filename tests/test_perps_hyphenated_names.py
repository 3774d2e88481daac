"""A hyphenated name the parser splits into pieces ("Lashkar-e-Jhangvi" as "Lashkar", "-", "e", "-", "Jhangvi", each
hung on the verb) is one phrase of the parse: the claimant after a semicolon is still the doer. Every sentence here
is written for these tests."""
from __future__ import annotations

from typing import Any

import pytest

from tests.perps_support import roles_of as parsed
from worker.extract import actors, syntax


@pytest.mark.parametrize("sentence", [
    "Nine Shiite pilgrims were shot dead by gunmen in Mastung on Monday; Lashkar-e-Jhangvi claimed responsibility.",
    "Gunmen shot dead four Hazara shopkeepers in Quetta on Friday; Lashkar-e-Jhangvi claimed the attack.",
])
def test_a_split_hyphenated_claimant_is_the_doer(nlp: Any, sentence: str) -> None:
    names, _ = actors.perpetrators([sentence], "attack", [parsed(nlp, sentence)])
    assert names == ["Lashkar-e-Jhangvi"]


def test_roles_cover_whole_words_once(nlp: Any) -> None:
    sentence = "Nine pilgrims were shot dead in Mastung on Monday; Lashkar-e-Jhangvi claimed responsibility."
    agents = [r for r in parsed(nlp, sentence) if r.role == syntax.AGENT]
    assert [r.text for r in agents] == ["Lashkar-e-Jhangvi"]
