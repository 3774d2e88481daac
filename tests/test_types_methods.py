"""Event types by method words the trigger lexicon (data/triggers.csv) and the precedence rules (data/precedence.csv)
read: explosives thrown, stepped on or rigged; suicide by vest or self-detonation; heavy weapons; two armed sides;
protesters shot by forces in what the text calls clashes (issue 13). Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import types


def _type(sentence: str) -> str | None:
    tm = types.classify(sentence)
    return types.retype(tm.event_type, [sentence]) if tm else None


@pytest.mark.parametrize("sentence,expected", [
    ("A man hurled a grenade into a crowded bar in Bujumbura on Saturday, killing two.", "bombing"),
    ("Two soldiers died when their truck struck a landmine near Gao on Monday.", "bombing"),
    ("A booby-trapped motorbike killed three traders at a market in Dori.", "bombing"),
    ("A woman wearing an explosives vest killed nine worshippers at a mosque in Konduga.", "suicide_bombing"),
    ("The attacker detonated himself at the gate of the police academy in Quetta, killing six.", "suicide_bombing"),
    ("The army bombarded rebel positions near Kalehe, killing four civilians.", "shelling"),
    ("Four children died when tank fire hit their home in Marib on Sunday.", "shelling"),
    ("Villagers fought back against the raiders in Zurmi, and seven people died.", "armed_clash"),
    ("At least nine people died in communal violence between two clans near Beledweyne.", "armed_clash"),
    ("Police opened fire on protesters who clashed with them in Omdurman, killing four.", "protest"),
    # the dead where protesters and forces clashed are protesters killed by the force: every gold set codes it a
    # protest (WAD; fresh-104, fresh-105, fresh2-b039), as the held-out WAD half counts riot for protest
    ("Nine people died in clashes between protesters and security forces in Kassala on Friday.", "protest"),
])
def test_method_words_give_the_type(sentence, expected):
    assert _type(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # grenades and mines that are carried, found or dug are no blast; a gold mine is no weapon
    ("Gunmen armed with rifles and grenades attacked a checkpoint in Kidal, killing two soldiers.", "attack"),
    ("Five miners were killed when gunmen raided a gold mine near Djibo.", "attack"),
])
def test_words_that_only_look_like_a_method(sentence, expected):
    assert _type(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Protesters threw stones and projectiles at police in Lyon, and two officers were hurt.", "riot"),
    ("Gunmen armed with heavy weapons stormed the town of Tillia, killing 12.", "attack"),
    ("Troops fired heavy weapons at the village of Kuki, killing three.", "shelling"),
])
def test_heavy_weapons_carried_are_no_shelling(sentence, expected):
    assert _type(sentence) == expected
