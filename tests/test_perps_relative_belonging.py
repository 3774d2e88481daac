"""The body the doers belonged to, told in a relative clause on the armed noun ("militants who belonged to X",
"gunmen who police said belonged to X"), is the doer, as "the assailants belonged to X" is; victims who belonged
to a group are not. Every sentence here is written for these tests."""
from __future__ import annotations

from typing import Any

import pytest

from tests.perps_support import doers as who


@pytest.mark.parametrize("sentence,want", [
    ("Seven pilgrims were killed on Friday by militants who police said belonged to Lashkar-e-Taiba.",
     ["Lashkar-e-Taiba"]),
    ("Five traders were shot dead by gunmen who belonged to Lashkar-e-Jhangvi, officials said.",
     ["Lashkar-e-Jhangvi"]),
])
def test_the_doers_body_in_a_relative_clause_is_the_doer(nlp: Any, sentence: str, want: list[str]) -> None:
    assert who(nlp, sentence) == want


def test_victims_who_belonged_to_a_group_name_no_doer(nlp: Any) -> None:
    sentence = "Gunmen killed four villagers who belonged to the Jukun community near Wukari on Monday."
    assert who(nlp, sentence) == []


@pytest.mark.parametrize("sentence", [
    "Gunmen, whom police identified as members of the Eiye confraternity, shot dead three traders in Warri on Sunday.",
    "Gunmen, identified by police as members of the Eiye confraternity, shot dead three traders in Warri on Sunday.",
])
def test_doers_identified_as_members_are_the_body_s(nlp: Any, sentence: str) -> None:
    assert who(nlp, sentence) == ["Eiye confraternity"]


def test_victims_identified_as_members_name_no_doer(nlp: Any) -> None:
    sentence = "Gunmen killed two men whom police identified as members of the Eiye confraternity in Warri on Sunday."
    assert who(nlp, sentence) == []
