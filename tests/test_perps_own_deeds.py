"""A group that tells the deed as that of its own men ("X said two of its members had detonated ...", "X said in a
statement that its fighters had overrun the base") is its doer, even with no claim word and no event word of the
lexicon in that sentence, which then joins the event told before it. A passive or a negated deed of its men names no
doer. Texts written for these tests (own_deeds.py)."""
from __future__ import annotations

import re

import pytest

from tests.perps_support import doers, story
from worker.extract.own_deeds import own_deed


@pytest.mark.parametrize("sentence, group", [
    ("A bomb killed four soldiers near Tal Afar on Monday, and the Islamic State group said two of its members had "
     "planted it.", "Islamic State"),
    ("Nine soldiers died near Menaka on Sunday, and JNIM said in a statement that several of its fighters had "
     "ambushed the convoy.", "JNIM"),
    ("Five labourers were shot dead near Turbat on Monday; the Balochistan Liberation Front said its fighters had "
     "targeted them.", "Balochistan Liberation Front"),
])
def test_a_speaker_whose_own_men_did_the_deed_is_the_doer(nlp, sentence, group):
    assert group in doers(nlp, sentence)


@pytest.mark.parametrize("text, group", [
    ("MOGADISHU - Nine soldiers were killed when militants stormed an army base near Jowhar on Tuesday, a military "
     "officer said. Al-Shabaab said in a statement that its fighters had overrun the base.", "al-Shabaab"),
    ("BAMAKO - Gunmen killed 17 soldiers in an attack on a military post near Boulkessi on Sunday, the army said. The "
     "Islamic State Sahel Province said in a message on Telegram that its fighters had overrun the post.",
     "Islamic State Sahel Province"),
    ("KABUL - A suicide bomber killed six people at the gate of a ministry in Kabul on Monday, police said. The "
     "Taliban said one of their fighters had blown himself up at the gate.", "Taliban"),
    ("KISMAYO, Somalia - Six people died when a car packed with explosives rammed a hotel gate in Kismayo on Friday, "
     "police said. Al-Shabaab said one of its martyrdom seekers drove the car.", "al-Shabaab"),
    ("DIFFA, Niger - Eleven villagers were killed near Diffa on Tuesday, the governor said. Boko Haram later said its "
     "men had raided the village to punish informers.", "Boko Haram"),
])
def test_the_next_sentence_telling_its_own_deed_names_the_doer(nlp, text, group):
    assert [group] in story(nlp, text)


def test_its_men_as_victims_name_no_doer(nlp):
    text = ("KANDAHAR - Eight policemen were killed when attackers stormed a checkpoint in Maiwand district on "
            "Saturday, the governor said. The Taliban spokesman said in a tweet that their fighters were killed in "
            "the fighting.")
    assert all("Taliban" not in p for p in story(nlp, text))


@pytest.mark.parametrize("text", [
    ("SANAA - A drone hit a fuel depot in the port of Hodeidah on Thursday, killing four workers, the health ministry "
     "said. The Houthis said in a statement that their forces had not attacked the depot."),
    ("GAO, Mali - A car bomb killed six people outside a bank in Gao on Tuesday, officials said. JNIM said it did not "
     "carry out the bombing."),
])
def test_a_group_that_says_its_men_did_not_do_it_is_no_doer(nlp, text):
    assert all(p == [] for p in story(nlp, text))


@pytest.mark.parametrize("text, group", [
    ("ENUGU - Gunmen burned a police post in Nsukka on Friday, killing two officers. Police blamed the Eastern "
     "Security Network for the attack but said they had not detained anyone.", "Eastern Security Network"),
    ("MOPTI, Mali - Gunmen killed five traders near Sevare on Sunday. The army blamed JNIM for the killings but "
     "said its soldiers had not been hurt.", "JNIM"),
    ("GOMA - Rebels killed seven villagers near Rutshuru on Monday. The provincial governor said his forces had not "
     "shot at anyone and blamed the M23 for the deaths.", "M23"),
])
def test_a_speaker_who_blames_another_and_tells_what_its_men_did_not_do_keeps_the_blame(nlp, text, group):
    assert any(group in p for p in story(nlp, text))


@pytest.mark.parametrize("text, group", [
    ("Islamic Jihad said on Monday that dozens of its members detained during raids in Nablus had been released, in "
     "a statement that did not mention the shooting in Jerusalem.", "Islamic Jihad"),
    ("MOSUL - Soldiers stormed a village near Tal Afar on Friday, killing two men. The tribe said the soldiers had "
     "searched the houses and that they beat several elders.", "tribe"),
    ("MARAWI - Gunmen killed a farmer near Marawi on Sunday. The Abu Sayyaf said 40 of its members burned their "
     "rifles at a ceremony in Sulu last week.", "Abu Sayyaf"),
])
def test_its_men_as_captives_another_clause_or_no_violence_name_no_doer(nlp, text, group):
    assert all(group not in p for p in story(nlp, text))


def test_a_statement_about_another_time_and_place_stays_apart(nlp):
    text = ("Gunmen killed nine farmers in Benue on Saturday. Separately, ISWAP said its fighters had overrun an army "
            "post in Yobe last month.")
    assert all("ISWAP" not in p for p in story(nlp, text)[:1])


@pytest.mark.parametrize("sentence", [
    "The Pakistani Taliban said one of its suicide bombers had detonated a vest at the checkpoint.",
    "The rebels said two of their snipers shot the officers near the bridge.",
    "Hamas said its martyrdom seekers had attacked the post.",
])
def test_men_named_by_their_deed_in_role_words_are_the_speakers_own(sentence: str) -> None:
    """data/role_words.csv deed_nouns: the speaker's men named by what they do, not by their rank."""
    assert re.search(own_deed(men_only=True), sentence, re.I)


def test_a_deed_noun_of_no_speakers_own_is_no_deed() -> None:
    assert not re.search(own_deed(men_only=True), "The army said suicide bombers had attacked the post.", re.I)
