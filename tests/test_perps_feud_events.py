"""An event noun told as a feud names its sides with "between" or "among" ("revenge attacks between the Dinka and
Nuer communities"), as a clash noun does; "attacks against X" names the target, and a place "between" two towns
names no side. Every sentence here is written for these tests."""
from __future__ import annotations

from typing import Any

from tests.perps_support import doers as who


def test_revenge_attacks_between_communities_name_both_sides(nlp: Any) -> None:
    sentence = "At least 21 people were killed in revenge attacks between the Lou and Jikany communities on Sunday."
    assert who(nlp, sentence, "armed_clash") == ["Lou community", "Jikany community"]


def test_a_road_between_towns_names_no_side(nlp: Any) -> None:
    sentence = "Six people were killed in an ambush on the road between Kabul and Jalalabad on Sunday."
    assert who(nlp, sentence, "armed_clash") == []
