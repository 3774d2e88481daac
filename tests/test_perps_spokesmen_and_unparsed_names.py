"""A man named as the doer or claimant who speaks or commands for a group ("claimed by Abu Omar, spokesman of X")
acts for it: the perpetrator is the group, not the man; one quoted as a source ("said Y, a leader of X") still names
no doer. A group's name written right before its men's noun ("Suspected X militants operating nearby killed") is whose
men they are even where the parse's doer phrase holds only the noun. Every text is written for these tests."""
from __future__ import annotations

from typing import Any

import pytest

from tests.perps_support import story
from worker.extract.affiliated_doers import spoken_for


@pytest.mark.parametrize("text, expected", [
    ("A roadside bomb killed six soldiers near Wana on Tuesday. The attack was claimed by Abu Omar Khan, spokesman of "
     "the TTP.", ["Tehreek-e-Taliban Pakistan"]),
    ("Gunmen shot dead three policemen at a checkpoint in Tank on Friday. Saifullah Mehsud, a spokesman for the "
     "Tehreek-e-Taliban Pakistan, claimed responsibility.", ["Tehreek-e-Taliban Pakistan"]),
    ("Hassan Dahir, a commander of al-Shabaab, led the raid that killed eight soldiers near Balad on Monday.",
     ["al-Shabaab"]),
    ("Suspected Boko Haram militants operating in the area killed nine herders in Bama, Borno State, on Sunday.",
     ["Boko Haram"]),
    ("Suspected ISWAP fighters hiding in the forest killed four farmers near Damboa on Sunday.",
     ["Islamic State West Africa Province"]),
])
def test_the_group_a_doer_speaks_for_or_belongs_to_is_the_perpetrator(nlp: Any, text: str,
                                                                       expected: list[str]) -> None:
    assert story(nlp, text, "2024-05-15")[0] == expected


@pytest.mark.parametrize("text", [
    "Gunmen killed five traders on the road to Ansongo on Monday, said Moussa Ag Intalla, a leader of the Movement "
    "for the Salvation of Azawad.",
    "Unknown attackers killed a chief in Kidal on Monday, according to Bilal Ag Cherif, a spokesman for the "
    "Coordination of Azawad Movements.",
])
def test_a_quoted_sources_body_is_still_no_doer(nlp: Any, text: str) -> None:
    assert story(nlp, text, "2024-05-15")[0] == []


@pytest.mark.parametrize("sentence, name, group", [
    ("The attack was claimed by Abu Omar, spokesman of the TTP.", "Abu Omar", "TTP"),
    ("Yasir Ali, a senior commander of the Islamic State, led it.", "Yasir Ali", "Islamic State"),
    ("Yasir Ali, who lives in Kabul, led it.", "Yasir Ali", None),
    ("Yasir Ali, a farmer from Kunar, was killed.", "Yasir Ali", None),
])
def test_spoken_for_finds_the_group_after_the_apposition(sentence: str, name: str, group: str | None) -> None:
    at = spoken_for(sentence, sentence.index(name) + len(name))
    assert (sentence[at:at + len(group)] if at is not None else None) == group
