"""Whom the doers belong to names them ("gunmen who belong to X"); a disguise names no force ("disguised as
soldiers"). Every sentence is written for these tests."""
from __future__ import annotations

from tests.perps_support import doers as who


def test_a_relative_clause_of_belonging_names_the_group(nlp):
    assert who(nlp, "The militants, who belong to the Allied Democratic Forces, raided a clinic in Oicha.") == [
        "Allied Democratic Forces"]
    assert who(nlp, "Gunmen who belong to the Ogaden Liberation Front killed 12 herders.") == [
        "Ogaden Liberation Front"]


def test_a_participle_of_belonging_or_membership_names_the_group(nlp):
    assert who(nlp, "Fighters belonging to the Ogaden Liberation Front killed 12 herders.") == [
        "Ogaden Liberation Front"]
    assert who(nlp, "The gunmen, who are members of the Ogaden Liberation Front, killed 12 herders.") == [
        "Ogaden Liberation Front"]


def test_victims_belonging_to_a_community_name_no_doer(nlp):
    assert "Tiv community" not in who(nlp, "Soldiers killed 12 villagers who belong to the Tiv community.")


def test_a_disguise_names_no_force(nlp):
    assert who(nlp, "Islamic State militants disguised as soldiers shot dead 15 people at a checkpoint.") == [
        "Islamic State"]
    assert who(nlp, "Gunmen posing as police officers shot dead a trader in the market.") == []

