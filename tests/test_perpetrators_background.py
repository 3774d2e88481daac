"""Perpetrators: a group named only in a clause that describes a place or a victim is background, not the doer,
read from the dependency parse (data/roles.jsonl `relative_clause_subject`). Every sentence is written for these
tests."""
from __future__ import annotations

from tests.perps_support import doers as who, roles_of as parsed
from worker.extract import actors, syntax


def test_a_group_in_a_relative_clause_about_the_place_or_victim_is_background(nlp):
    s = "A farmer who rented his fields to the camp where ELN guerrillas will disarm was murdered near Tame."
    assert "context" in {r.role for r in parsed(nlp, s) if "ELN" in r.text}
    assert who(nlp, s, "attack") == []
    assert who(nlp, "A trader was shot dead in the district where al-Shabaab operates, residents said.", "attack") == []


def test_a_relative_clause_that_tells_the_violence_or_the_claim_keeps_its_doer(nlp):
    # the relative pronoun stands for the group, and the clause's verb is a report or a claim: still the doer
    assert who(nlp, "Al-Shabaab, which controls much of the countryside, attacked a base near Afgoye, killing six.",
               "attack") == ["al-Shabaab"]
    assert who(nlp, "The blast, which the Taliban claimed, killed nine people at a market in Ghazni.",
               "bombing") == ["Taliban"]


def test_word_lists_join_in_a_pattern():
    lists = {"a": ["x"], "b": ["y", "z"]}
    assert syntax._expand({"LOWER": {"NOT_IN": "$a+b"}}, lists) == {"LOWER": {"NOT_IN": ["x", "y", "z"]}}


def test_who_holds_uses_or_attends_a_place_is_background(nlp):
    assert who(nlp, "A car bomb exploded outside a mosque attended by Taliban commanders in Kabul, killing six.",
               "bombing") == []
    assert who(nlp, "The blast hit a market in a district controlled by the ruling Houthis, killing nine.",
               "bombing") == []
    assert who(nlp, "A roadside bomb struck a convoy escorted by AMISOM troops near Afgoye, killing four civilians.",
               "bombing") == []
    # a 'by' phrase of the violence itself still names the doer
    assert who(nlp, "A market in Saada was bombed by Houthi fighters, killing nine.", "bombing") == ["Houthis"]


def test_who_guards_the_scene_afterwards_or_once_seized_power_is_no_doer(nlp):
    assert who(nlp, "Taliban fighters stood guard at the site after a blast killed five people in Kabul.",
               "bombing") == []
    assert [r for r in parsed(nlp, "The bombing was the deadliest since the Taliban seized power last year.")
            if r.role == "agent" and "Taliban" in r.text] == []


def test_a_force_is_named_by_its_phrase_not_by_what_a_gunman_wears(nlp):
    assert who(nlp, "A gunman wearing a vest and a military helmet opened fire on shoppers in Tulsa, killing four.",
               "attack") == []
    assert set(who(nlp, "A joint team of the military and police opened fire on villagers in Agatu, killing six.",
                   "attack")) == {"military", "police"}


def test_a_spokesman_named_after_his_title_only_reports():
    assert actors._only_speaks("Taliban spokesman Zabihullah Mujahid said the attackers would be punished.", 0, 7)


def test_a_group_that_only_qualifies_its_rule_or_territory_is_background(nlp):
    assert who(nlp, "A bomb exploded at a bus stop in the Houthi stronghold of Saada, killing five travellers.",
               "bombing") == []
    assert who(nlp, "It was the deadliest blast in Kabul since the Taliban takeover, killing nine worshippers.",
               "bombing") == []
    # the group's own fighters are no rule noun
    assert who(nlp, "Houthi fighters shelled a market in Taiz, killing five travellers.", "shelling") == ["Houthis"]


def test_a_group_that_searched_and_then_struck_is_the_doer(nlp):
    assert who(nlp, "ISIS fighters searched houses in Hawija and executed nine men, residents said.", "attack") == \
        ["Islamic State"]
