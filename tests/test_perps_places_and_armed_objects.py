"""A group named as the owner of the place or gathering an event struck ("at the funeral of an X commander", "near
the office of X") says where, not who; and a force whose own object is armed men ("... and troops killed 20
insurgents") fought the armed side, so unarmed victims named earlier in the sentence do not make it their killer.
Every sentence here is written for these tests."""
from __future__ import annotations

from typing import Any

import pytest

from tests.perps_support import doers as who
from worker.extract import actors


@pytest.mark.parametrize("sentence", [
    "A blast killed five mourners at the funeral of an al-Shabaab commander near Jowhar on Monday.",
    "A bomb left near the house of a Taliban commander killed four children in Ghazni on Sunday.",
])
def test_the_owner_of_the_place_struck_is_no_doer(nlp: Any, sentence: str) -> None:
    assert who(nlp, sentence, "bombing") == []


@pytest.mark.parametrize("before", ["at the hands of ", "on the orders of ", "in an attack on behalf of the "])
def test_orders_and_hands_are_no_place(before: str) -> None:
    assert actors._WHERE_OF.search("Nine guards were killed " + before) is None


@pytest.mark.parametrize("before", ["at the funeral of an ", "near the office of the ", "at a rally of the "])
def test_a_place_s_owner_is_a_place(before: str) -> None:
    assert actors._WHERE_OF.search("A blast killed five people " + before) is not None


def test_hands_still_name_the_doer(nlp: Any) -> None:
    sentence = "Twelve villagers were killed at the hands of Boko Haram fighters near Bama on Tuesday."
    assert who(nlp, sentence, "attack") == ["Boko Haram"]


def test_a_force_that_killed_insurgents_is_no_side_of_the_ambush(nlp: Any) -> None:
    sentence = ("The Taliban ambushed a police convoy in Farah on Monday, killing nine officers, and Afghan forces "
                "killed 15 insurgents in a counter-attack.")
    assert who(nlp, sentence, "armed_clash") == ["Taliban"]


def test_a_force_that_shot_villagers_is_still_their_killer(nlp: Any) -> None:
    sentence = "Soldiers shot dead seven villagers near Beni on Sunday, residents said."
    assert who(nlp, sentence, "attack") == ["military"]
