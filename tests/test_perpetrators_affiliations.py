"""Doers named through an affiliation phrase after an armed noun ("gunmen believed to be members of X", "fighters
loyal to X", "jihadists linked to X"): the group whose men acted is the perpetrator; a backer ("rebels backed by
Rwanda") and a leader (named by the group the lexicon knows for them, else by the whole phrase) never are; nor
anyone linked to victims or loyal to a chief. Every sentence is written for these tests."""
from __future__ import annotations

from typing import Any

import pytest

from tests.perps_support import doers as who
from worker.extract import actors, extract_incidents, syntax
from worker.extract.affiliated_doers import affiliated_doers, sponsored


@pytest.mark.parametrize("sentence, event_type, expected", [
    ("Gunmen believed to be members of the Mai-Mai militia killed six civilians in Beni territory on Monday.",
     "attack", ["Mai-Mai militia"]),
    ("Fighters loyal to Haftar shelled a residential district of Tripoli on Monday, killing four civilians.",
     "shelling", ["Libyan National Army"]),
    ("Jihadists linked to al-Qaeda killed 11 soldiers in an ambush in central Mali on Sunday, the army said.",
     "attack", ["al-Qaeda"]),
    ("Three traders were shot dead by gunmen suspected of belonging to the Jukun militia near Wukari.",
     "attack", ["Jukun militia"]),
    ("Militants affiliated with the Islamic State stormed a checkpoint in north Sinai, killing three policemen.",
     "attack", ["Islamic State"]),
    ("Fighters from the Arakan Army overran a police outpost in Rathedaung township on Thursday.",
     "attack", ["Arakan Army"]),
    ("Insurgents allied to the Taliban ambushed a convoy in Kunar province, killing seven soldiers.",
     "attack", ["Taliban"]),
    ("Rebels aligned with the Sudan People's Liberation Movement-in-Opposition attacked a barge on the Nile.",
     "attack", ["SPLA-IO"]),
    ("Rebels aligned with the Zelva People's Movement-in-Exile attacked a barge on the river.",
     "attack", ["Zelva People's Movement-in-Exile"]),
    ("Fighters loyal to Hemedti attacked a market in El Geneina, killing 20 people.", "attack",
     ["Rapid Support Forces"]),
    ("Rebels loyal to Riek Machar attacked a barge near Malakal on Friday.", "attack", ["SPLA-IO"]),
    ("The attack was carried out by gunmen loyal to Joseph Kony.", "attack", ["Lord's Resistance Army"]),
    ("Militiamen of the Zelva Liberation Front burned houses in the village of Koro.",
     "attack", ["Zelva Liberation Front"]),
    ("Seven fishermen were killed by militants linked to Boko Haram on the shores of Lake Chad.",
     "attack", ["Boko Haram"]),
    ("Gunmen thought to be members of the Ansaru group abducted 20 passengers on the Kaduna-Abuja highway.",
     "abduction", ["Ansaru"]),
    ("Twelve civilians were killed by fighters loyal to Khalifa Haftar in southern Tripoli.",
     "attack", ["Libyan National Army"]),
    ("Armed men believed to be from the Lord's Resistance Army looted a clinic in Haut-Uele.",
     "attack", ["Lord's Resistance Army"]),
    ("Gunmen loyal to the Sinaloa Cartel killed four police officers in Culiacan.",
     "attack", ["Sinaloa Cartel"]),
    ("Attackers believed to be members of the Fulani militia set fire to a church in Plateau state.",
     "attack", ["Fulani militia"]),
    ("The militants, linked to the Pakistani Taliban, attacked a police station in Bannu.",
     "attack", ["Tehreek-e-Taliban Pakistan"]),
    ("Two soldiers were wounded when fighters allied with M23 fired mortars at their base near Sake.",
     "shelling", ["M23"]),
    ("Gunmen suspected of links to the Ogaden Liberation Front killed 12 herders near Degehabur.",
     "attack", ["Ogaden Liberation Front"]),
    ("Five civilians were killed on Monday by militants believed to be from the Allied Democratic Forces.",
     "attack", ["Allied Democratic Forces"]),
    ("Five soldiers were killed when militants linked to ISWAP attacked their base in Borno.",
     "attack", ["Islamic State West Africa Province"]),
    ("Rebels of the Seleka coalition attacked Bria on Sunday.", "attack", ["Seleka"]),
    ("Fighters loyal to the Kurdish-led Syrian Democratic Forces shelled a village near Manbij, killing two children.",
     "shelling", ["Syrian Democratic Forces"]),
    ("Gunmen linked to the jihadist group JNIM killed 14 villagers near Djibo on Sunday.", "attack",
     ["JNIM"]),
    ("Attackers linked to the banned outfit Lashkar-e-Jhangvi shot dead five Hazara miners in Mach.", "attack",
     ["Lashkar-e-Jhangvi"]),
    ("Militants linked to the Islamic State group killed nine villagers near Palma.", "attack", ["Islamic State"]),
    ("Fighters loyal to Jama'at Nusrat al-Islam wal-Muslimin (JNIM) attacked a convoy near Djibo.",
     "attack", ["JNIM"]),
])
def test_the_group_of_affiliated_doers_is_the_perpetrator(nlp, sentence, event_type, expected):
    assert who(nlp, sentence, event_type) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Forces loyal to President Salva Kiir attacked the town of Pagak on Friday, killing 12 people.",
     ["forces loyal to President Salva Kiir"]),
    ("Fighters loyal to Abu Bakr al-Baghdadi beheaded three aid workers in Raqqa.",
     ["fighters loyal to Abu Bakr al-Baghdadi"]),
])
def test_a_leader_the_lexicon_does_not_know_is_kept_in_the_phrase(nlp, sentence, expected):
    assert who(nlp, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Rebels backed by Rwanda killed nine villagers near Goma on Saturday.",
    "Militiamen supported by Turkey shelled a village near Afrin, killing a child.",
    "Fighters backed by the Rapid Support Forces attacked El Fasher, killing 30 civilians.",
    "Police said the attackers were linked to no group.",
    "A man linked to the victims was arrested on Sunday.",
    "Gunmen from Zamfara State killed nine farmers in Sokoto on Tuesday.",
    "Soldiers killed two fighters linked to al-Shabaab in Lower Shabelle on Sunday.",
    "Militants linked to the Islamic State were killed in an air strike near Raqqa.",
    "A convoy escorted by fighters loyal to Haftar was ambushed by gunmen near Sirte, killing three.",
    "Police arrested four men linked to the Islamic State in Istanbul.",
    "Gunmen linked to the killing of a pastor were arrested in Plateau.",
])
def test_backers_victims_and_unaffiliated_are_no_doers(nlp, sentence):
    assert who(nlp, sentence) == []


def test_a_backed_group_is_itself_the_doer(nlp):
    assert who(nlp, "Iran-backed Houthis fired a missile at the port of Mokha, killing two workers.",
               "shelling") == ["Houthis"]


def test_villagers_loyal_to_a_chief_are_victims(nlp):
    assert who(nlp, "Villagers loyal to the chief were killed by bandits in Zamfara on Monday.") == ["bandits"]


def test_the_affiliation_reader_alone():
    found = affiliated_doers("Jihadists linked to al-Qaeda killed 11 soldiers near Gao.")
    assert [(a.name, a.kind) for a in found] == [("al-Qaeda", "group")]
    assert affiliated_doers("Villagers loyal to the chief were killed by bandits.") == []
    assert affiliated_doers("The attackers were linked to no group, police said.") == []
    assert affiliated_doers("Gunmen linked to al-Qaeda have been active in the region for years.") == []
    assert sponsored("Rebels backed by Rwanda killed nine villagers.", len("Rebels backed by "))
    assert not sponsored("Rebels linked to Rwanda killed nine villagers.", len("Rebels linked to "))


def test_a_claimant_is_more_precise_than_the_network_the_doers_are_linked_to(nlp):
    sentences = ["Militants linked to al-Qaeda ambushed a convoy near Menaka, killing nine soldiers.",
                 "The Zelva Liberation Front claimed responsibility for the ambush."]
    found = [syntax.roles(doc, 0, nlp(s).ents) for s, doc in zip(sentences, syntax.parse(nlp, sentences))]
    assert actors.perpetrators(sentences, "attack", found)[0] == ["Zelva Liberation Front"]


@pytest.mark.parametrize("text, expected", [
    ("Unknown gunmen shot dead four traders in Wukari on Sunday. Police said the attackers were suspected of "
     "belonging to the Jukun militia.", ["Jukun militia"]),
    ("Gunmen stormed a village in Djibo province on Sunday and killed 15 people. The assailants are thought to be "
     "linked to al-Qaeda, a security source said.", ["al-Qaeda"]),
    ("Gunmen killed four people in Kaduna on Sunday. Police said the attackers were not linked to Boko Haram.", []),
    ("Gunmen killed four people in Kaduna on Sunday. Police said the attackers were linked to no group.", []),
    ("Armed men killed a chief in Ituri on Monday. The gunmen were loyal to a rival chief, residents said.", []),
])
def test_the_doers_said_again_to_be_a_group_s_name_it(text, expected):
    assert extract_incidents(text, None, "2024-03-12")[0].perpetrators == expected


def test_names_joined_after_the_phrase_are_each_the_doers_but_not_a_habit(nlp):
    assert who(nlp, "Militants linked to al-Qaeda and the Islamic State attacked an army post in Tillaberi on "
                    "Tuesday, killing nine soldiers.") == ["al-Qaeda", "Islamic State"]
    assert affiliated_doers("Jihadists linked to al-Qaeda and the Islamic State have killed thousands across the "
                            "Sahel since 2012.") == []


@pytest.mark.parametrize("sentence, expected", [
    ("Fighters loyal to Haftar clashed with militiamen of the Zelva Liberation Front near Sirte on Monday, leaving "
     "12 dead.", {"Libyan National Army", "Zelva Liberation Front"}),
    ("Twelve people were killed on Monday in clashes between fighters loyal to Haftar and gunmen linked to the Zelva "
     "Liberation Front near Sirte.", {"Libyan National Army", "Zelva Liberation Front"}),
])
def test_affiliated_sides_of_a_clash(nlp, sentence, expected):
    assert set(who(nlp, sentence, "armed_clash")) == expected


def test_a_later_clause_of_the_sentence_is_no_habit(nlp):
    assert who(nlp, "Jihadists linked to al-Qaeda killed 11 soldiers near Gao on Sunday, the deadliest attack since "
                    "the coup.") == ["al-Qaeda"]


@pytest.mark.parametrize("sentence, expected", [
    ("Islamic State-linked insurgents beheaded four farmers near Macomia on Thursday, local sources said.",
     ["Islamic State"]),
    ("Two teachers were shot dead by al-Shabaab-affiliated gunmen near Lamu on Thursday.", ["al-Shabaab"]),
    ("Al-Qaeda-linked jihadists ambushed a convoy near Gao on Thursday, killing seven soldiers.", ["al-Qaeda"]),
])
def test_a_hyphened_affiliation_before_armed_men_names_their_group(nlp: Any, sentence: str,
                                                                 expected: list[str]) -> None:
    assert who(nlp, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Islamic State-linked insurgents have killed thousands of civilians since 2017, officials said.",
    "Rwanda-backed rebels shelled a camp near Goma on Thursday, killing five people.",
])
def test_a_hyphened_affiliation_of_a_habit_or_a_backer_names_no_doer(sentence: str) -> None:
    assert not [a for a in affiliated_doers(sentence) if a.name in ("Islamic State", "Rwanda")]


@pytest.mark.parametrize("sentence, charged", [
    ("Officials accused militants linked to ISWAP of the ambush.", True),
    # "accused" after a determiner or a number is the adjective: the men it describes are not blamed by it
    ("The two accused gunmen linked to the Eiye cult were shot dead while fleeing custody.", False),
    ("Troops killed the accused fighters loyal to the M23 at a checkpoint.", False),
])
def test_accused_after_a_determiner_is_an_adjective_not_a_blame(sentence: str, charged: bool) -> None:
    assert any(a.charged for a in affiliated_doers(sentence)) is charged
