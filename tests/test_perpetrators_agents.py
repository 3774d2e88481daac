"""Perpetrators on unseen text (issue #13): the text's own names, communal sides, forces found by the parse, and
groups named only in passing. Every sentence here is written for these tests."""
from __future__ import annotations

from typing import Any

import pytest

from tests.perps_support import roles_of as parsed
from worker.extract import actors


def who(nlp: Any, text: str, event_type: str) -> list[str]:
    """Perpetrators of a one-incident text, named as the pipeline names them (actors.specialise)."""
    sentences = [s.strip() + "." for s in text.split(". ") if s.strip()]
    sentences[-1] = sentences[-1].rstrip(".") + "."
    names, _ = actors.perpetrators(sentences, event_type, [parsed(nlp, s) for s in sentences])
    return actors.specialise(names, text)


def force(nlp: Any, sentence: str, event_type: str, country: str, day: str | None = "2018-06-01") -> list[str]:
    return actors.state_forces([sentence], event_type, country, [parsed(nlp, sentence)], day)


def test_a_group_outside_the_canonical_few_is_named_as_the_text_names_it(nlp):
    assert who(nlp, "PKK fighters ambushed a gendarmerie convoy near Hakkari, killing four conscripts.",
               "attack") == ["PKK"]
    assert who(nlp, "Gunmen of al Qaida stormed a checkpoint in Abyan, killing six guards.", "attack") == ["al Qaida"]
    # the text gives the lexicon's own name: that name
    assert who(nlp, "The Kurdistan Workers' Party (PKK) claimed responsibility for the blast that killed two.",
               "bombing") == ["Kurdistan Workers' Party"]


def test_the_canonical_few_keep_their_canonical_name(nlp):
    assert who(nlp, "ISIS militants stormed a village near Kirkuk, killing eleven shepherds.", "attack") == \
        ["Islamic State"]
    assert who(nlp, "Al Shabab fighters attacked a hotel in Kismayo, killing nine guests.", "attack") == ["al-Shabaab"]
    assert actors.as_written("Taliban", "Afghan Taliban fighters killed five.") == "Taliban"


def test_an_unattributed_air_strike_in_yemen_is_the_coalition_s_and_nowhere_else(nlp):
    assert force(nlp, "An air strike hit a wedding tent in Hajjah, killing eight guests.", "air_strike", "Yemen") == \
        ["Saudi-led coalition"]
    assert force(nlp, "Coalition jets struck a bus station in Saada, killing five.", "air_strike", "Yemen") == \
        ["Saudi-led coalition"]
    assert force(nlp, "An air strike hit a wedding tent in Raqqa, killing eight guests.", "air_strike", "Syria") == []
    # a doer the text names is not overruled
    assert force(nlp, "A US drone strike hit a car in Shabwa, killing three.", "air_strike", "Yemen") != \
        ["Saudi-led coalition"]
    # shelling is not flown: no default doer
    assert force(nlp, "Shells fell on a market in Taiz, killing four traders.", "shelling", "Yemen") == []


def test_the_one_side_that_flies_is_a_fact_of_a_period_not_of_a_country():
    s = "An air strike hit a wedding tent in Hajjah, killing eight guests."
    assert actors.air_power("Yemen", "2019-02-03") == "Saudi-led coalition"
    assert actors.air_power("Yemen", "2024-02-03") is None  # others strike Yemen since: no default doer
    assert actors.air_power("Yemen", "2014-12-01") is None
    assert actors.air_power("Yemen", None) is None  # an undated strike cannot be placed in the war
    assert actors.air_power(None, "2019-02-03") is None
    assert actors.air_power("Yemen", "2019-02") == "Saudi-led coalition"  # a month-precise incident
    assert actors.state_forces([s], "air_strike", "Yemen", [[]], "2025-03-16") == []
    assert actors.state_forces([s], "air_strike", "Yemen", [[]], "2017-03-16") == ["Saudi-led coalition"]


def test_the_sides_of_a_conflict_noun_are_both_perpetrators(nlp):
    s = "After months of calm in the land conflict between farmers and herders, six villagers were killed in Riyom."
    assert sorted(who(nlp, s, "armed_clash")) == ["farmers", "herders"]


def test_communal_rioters_are_perpetrators_unless_they_fought_the_police(nlp):
    s = "Clashes between Hausa traders and Yoruba youths in the market left seven people dead."
    assert "Yoruba youths" in who(nlp, s, "riot")
    s = "Yoruba youths clashed with police officers at the market, leaving seven people dead."
    assert "Yoruba youths" not in who(nlp, s, "riot")


def test_a_group_that_only_caused_an_earlier_displacement_is_not_the_doer(nlp):
    s = "A bomber struck a camp for families displaced by Boko Haram violence near Mora, killing seven."
    assert who(nlp, s, "suicide_bombing") == []
    assert who(nlp, "Boko Haram fighters struck a camp near Mora, killing seven.", "attack") == ["Boko Haram"]


def test_an_army_cracking_down_is_the_doer_of_an_air_strike_in_its_country(nlp):
    s = "Nine villagers died from an aerial attack while the army was cracking down on rebels near Kyaukme."
    assert force(nlp, s, "air_strike", "Myanmar") == ["Myanmar military"]


def test_a_force_that_shot_unarmed_people_is_the_doer_and_one_that_shot_armed_men_is_not(nlp):
    assert who(nlp, "Soldiers shot dead four fishermen on the shore near Baga.", "attack") == ["military"]
    assert who(nlp, "Police opened fire on striking miners outside the shaft, killing six.", "attack") == ["police"]
    assert who(nlp, "Soldiers shot dead four gunmen on the shore near Baga.", "attack") == []
    # a commander is armed; his group is the victim's, not the doer
    assert who(nlp, "Police killed a commander of the Hizbul Mujahideen near Sopore.", "attack") == []


def test_a_hedge_opening_the_sentence_is_no_part_of_the_name(nlp):
    assert who(nlp, "Suspected Bororo militia attacked a farming village near Bouar, killing eight.", "attack") == \
        ["Bororo militia"]


def test_at_the_hands_of_names_the_doer(nlp):
    assert who(nlp, "Six traders died at the hands of soldiers near the market in Kamako.", "attack") == ["military"]


@pytest.mark.parametrize("sentence, event_type, expected", [
    # a group that denies the attack, or a charge the sentence says was denied, is not the doer
    ("Al Shabab denied carrying out the bombing of the bus near Afgoye.", "bombing", []),
    ("The ministry accused the Houthis of shelling the camp near Haradh, a charge the rebels denied.", "shelling", []),
    # a denial of something else leaves the doer the parse found
    ("Houthi fighters shelled a camp near Haradh, but the group denied targeting civilians.", "shelling", ["Houthis"]),
    # who claimed or is blamed is the doer
    ("Gunmen shot dead seven pilgrims near Bouna in an attack later claimed by JNIM.", "attack",
     ["JNIM"]),
    ("A roadside bomb killed four engineers near Gao, an attack claim by the Katiba Serma militants.", "bombing",
     ["Katiba Serma"]),
    ("Police blamed Boko Haram for the raid on the market, which killed nine traders.", "attack", ["Boko Haram"]),
    # a group named beside a doer the parse cannot name is not the doer, unless the doer's phrase names it
    ("A suicide bomber killed eleven mourners at the funeral of a Taliban commander in Baghlan.", "suicide_bombing", []),
    ("Gunmen believed to belong to al-Shabaab killed six teachers in Mandera.", "attack", ["al-Shabaab"]),
])
def test_denials_claims_charges_and_unnamed_doers(nlp, sentence, event_type, expected):
    assert who(nlp, sentence, event_type) == expected


def test_aircraft_where_one_side_alone_flies_are_that_side_s_whatever_the_event_type(nlp):
    s = "A raid by coalition aircraft killed nine members of one family near Sirwah."
    assert force(nlp, s, "attack", "Yemen") == ["Saudi-led coalition"]
    assert force(nlp, "Two suicide bombers killed nine soldiers near Sirwah.", "suicide_bombing", "Yemen") == []
    assert force(nlp, s, "attack", "Iraq") == []


def test_at_a_protest_the_words_before_the_verb_name_the_force_the_parse_misplaces():
    s = ["At the rally in Aba, Abia State, a joint team of the army and police clashed with marchers, leaving nine dead."]
    assert sorted(c for _, c in actors.forces_before_verbs(s)) == ["military", "police"]
    assert actors.forces_before_verbs(["Police said marchers attacked a bus at the rally in Aba."]) == []


def test_verbs_and_nouns_of_the_lexicon_beyond_kill_and_attack(nlp):
    roles = parsed(nlp, "Boko Haram fighters butchered eleven farmers near Damboa.")
    assert ("agent", "Boko Haram fighters") in [(r.role, r.text) for r in roles]
    roles = parsed(nlp, "Eight shoppers died in a rampage by al-Shabaab gunmen at the mall in Garissa.")
    assert ("agent", "al-Shabaab gunmen") in [(r.role, r.text) for r in roles]
    assert sorted(who(nlp, "Six inmates died in a brawl between the Barrio Azteca and Mexicles gangs.",
                      "armed_clash")) == ["Barrio Azteca gang", "Mexicles gang"]  # each gang a side


def test_the_lexicon_knows_armed_groups_of_many_wars_and_names_them_as_the_text_does(nlp):
    assert who(nlp, "Nusra Front fighters shelled a village near Suran, killing five.", "shelling") == ["Nusra Front"]
    assert who(nlp, "LRA rebels abducted twelve children near Obo.", "abduction") == ["LRA"]
    assert who(nlp, "Militants of the Abu Sayyaf Group beheaded a hostage on Jolo.", "attack") == ["Abu Sayyaf Group"]


@pytest.mark.parametrize("sentence, event_type", [
    ("HERAT (AP) — A roadside bomb killed seven pilgrims on a bus outside Herat on Sunday, officials said.", "bombing"),
    ("BAMAKO, Mali (AFP) - Armed men shot dead nine herders near Mopti on Sunday, the mayor said.", "attack"),
])
def test_a_wire_dateline_is_where_the_story_was_filed_not_who_did_it(nlp, sentence, event_type):
    assert who(nlp, sentence, event_type) == []


@pytest.mark.parametrize("sentence, event_type, expected", [
    # a doer that points back to the group ("its gunmen") names it, whoever else denied it
    ("Al Shabab rejected the charge, but the governor said its gunmen killed nine quarry workers near Mandera.",
     "attack", ["al-Shabaab"]),
    ("Boko Haram dismissed the report, but soldiers said its fighters burned seven huts near Gwoza.", "arson",
     ["Boko Haram"]),
    # the group denies that its own men did it: still a disputed charge
    ("Al Shabab denied that its gunmen killed nine quarry workers near Mandera.", "attack", []),
])
def test_a_doer_pointing_back_to_a_group_names_it_despite_a_denial(nlp, sentence, event_type, expected):
    assert who(nlp, sentence, event_type) == expected


@pytest.mark.parametrize("sentence, event_type", [
    ("A missile strike destroyed a clinic in Marib on Sunday, killing four nurses, Houthi media reported.",
     "air_strike"),
    ("Artillery fire killed six shepherds near Tal Tamr on Sunday, according to PKK officials.", "shelling"),
    ("Two roadside bombs killed nine recruits near Baidoa, an al-Shabaab spokesman told reporters.", "bombing"),
])
def test_a_group_whose_people_only_report_the_attack_is_not_its_doer(nlp, sentence, event_type):
    assert who(nlp, sentence, event_type) == []


@pytest.mark.parametrize("sentence, event_type", [
    # an acronym the sentence spells out as another body's: the Australian Defence Force, not Uganda's rebels
    ("Police arrested two men who threatened staff at an Australian Defence Force (ADF) base near Darwin.", "arrest"),
    # a group the sentence says the suspects did not belong to, or a firm a victim worked for
    ("Detectives said the four men held over the killing of a trader near Medellin were not ELN members.", "attack"),
    ("Gunmen shot dead a courier working for ELN Logistics near Cucuta.", "attack"),
])
def test_acronyms_of_other_bodies_negated_groups_and_employers_are_no_doers(nlp, sentence, event_type):
    assert who(nlp, sentence, event_type) == []


def test_a_group_s_own_long_name_before_its_acronym_keeps_it(nlp):
    assert actors.groups_in("Gunmen of the Lord's Resistance Army (LRA) looted a village.")[-1][0] == \
        actors.groups_in("LRA gunmen looted a village.")[0][0]
