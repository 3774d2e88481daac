"""Perpetrators named by the parse where the lexicon knows no name: the parties of a feud ("a rival clan"), the
communities of a riot, a force that fired into a crowd, and a state's own forces by another name. Every sentence is
written for these tests."""
from __future__ import annotations

from typing import Any

from tests.perps_support import doers as who, roles_of as parsed
from worker.extract import actors, group_names


def test_a_rival_group_is_named_by_its_side_when_nothing_else_says_who(nlp):
    assert who(nlp, "Members of a rival clan stormed the village of Bardale, killing eight herders.", "attack") == \
        ["rival clan"]
    # two rival clans: each party is one rival clan
    assert who(nlp, "Fighting between two rival clans near Dhusamareb killed eleven people.", "armed_clash") == \
        ["rival clan"]
    # another qualifier names them: the side adjective is no part of the name
    assert who(nlp, "Gunmen from rival drug gangs shot dead nine people at a bar in Culiacan.", "attack") == \
        ["drug gangs"]
    # "armed" says what they are like, not who
    assert who(nlp, "Armed men stormed the village of Bardale, killing eight herders.", "attack") == []


def test_the_communities_of_a_riot_are_its_sides(nlp):
    s = "Riots between Hindus and Muslims in the town of Bhagalpur left nine people dead."
    assert group_names.may_name_a_group(s)  # the gate sends the sentence to the parser
    assert who(nlp, s, "riot") == ["Hindus", "Muslims"]


def test_a_force_that_fired_into_a_crowd_is_the_doer(nlp):
    assert who(nlp, "Soldiers fired into a crowd of mourners in Gao, killing four.", "attack") == ["military"]
    # into a building held by gunmen: armed men are no crowd
    assert who(nlp, "Soldiers fired into a compound held by gunmen in Gao, killing four gunmen.", "attack") == []


def test_a_sentence_naming_the_regime_or_government_as_doer_is_parsed():
    assert actors.names_an_actor("Five civilians died in regime airstrikes on Ariha.")
    assert actors.names_an_actor("Government forces shelled the town of Kafr Zita.")
    assert not actors.names_an_actor("Five civilians died when a fuel tanker exploded on the highway.")


def force(nlp: Any, sentence: str, event_type: str, country: str) -> list[str]:
    return actors.state_forces([sentence], event_type, country, [parsed(nlp, sentence)], "2018-06-01")


def test_a_state_the_table_lacks_is_still_named_by_its_demonym(nlp):
    assert actors.military_of("Chad") == "Chadian military"
    assert actors.military_of("Syria") == "Syrian military"  # the table's own name where it has one
    assert force(nlp, "Chadian jets bombed an island on Lake Chad, killing seven fishermen.", "air_strike",
                 "Nigeria") == ["Chadian military"]
    assert force(nlp, "Government forces shelled the town of Rumonge, killing five civilians.", "shelling",
                 "Burundi") == ["Burundian military"]
    # a demonym that only says where: no doer
    assert force(nlp, "Shells fell on a Chadian refugee camp near Abeche, killing five.", "shelling", "Chad") == []


def test_joined_qualifiers_name_both_sides_not_the_first(nlp):
    assert who(nlp, "Nine people were killed when Hausa and Fulani youths clashed in Zangon Kataf.", "armed_clash") \
        == ["Hausa youths", "Fulani youths"]  # both sides, each named (group_names.sides_of)


def test_the_group_of_an_encounter_is_a_side(nlp):
    # "encounter" (data/role_words.csv clash_nouns): the word South Asian and Philippine news use for a clash
    sentence = "Two soldiers died in an encounter with Zelva Liberation Army rebels near Kalibo on Sunday."
    assert who(nlp, sentence, "armed_clash") == ["Zelva Liberation Army"]
    assert who(nlp, "Two soldiers died in an encounter with the rebels near Kalibo on Sunday.", "armed_clash") == []
