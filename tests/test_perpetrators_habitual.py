"""Perpetrators: what a group habitually does is no doer of the reported event; group names the parse reads from a
member noun ("fighters of the X group", "members of the X cult") and from a blame whose "on" phrase the parser hangs
on the event noun. Every sentence is written for these tests."""
from __future__ import annotations

from tests.perps_support import doers as who
from worker.extract import actors, group_names, syntax


def test_a_group_named_for_its_past_or_habitual_attacks_is_no_doer(nlp):
    assert who(nlp, "A bomb killed nine traders at a market in Baidoa, and no one claimed it, but al-Shabaab has "
               "carried out similar attacks in the town.", "bombing") == []
    assert who(nlp, "Two guards died when a mine hit their truck near Kandahar; the Taliban often target supply "
               "convoys on that road.", "bombing") == []
    assert who(nlp, "Nine farmers were shot dead near Jos, where repeated attacks by Fulani herdsmen in recent "
               "years have emptied villages.") == []


def test_the_same_group_as_the_doer_of_this_attack_stays_the_doer(nlp):
    assert who(nlp, "Al-Shabaab carried out the attack on a hotel in Kismayo that killed nine guests.") == ["al-Shabaab"]
    assert who(nlp, "The Taliban attacked a checkpoint in Kunduz on Monday, killing five police officers.") == \
        ["Taliban"]


def test_a_named_group_behind_a_member_noun_is_named_without_the_word_group(nlp):
    assert who(nlp, "Fighters from the Nyatura Abazungu group killed seven herders near Masisi on Friday.") == \
        ["Nyatura Abazungu"]
    assert who(nlp, "Members of the Vikings cult shot dead three students near Port Harcourt on Sunday.") == \
        ["Vikings cult"]
    assert who(nlp, "Members of an armed group killed seven herders near Masisi on Friday.") == []


def test_blaming_the_attack_on_a_group_names_it(nlp):
    assert who(nlp, "A district official blamed the massacre on fighters of the Zandu rebel group.") == ["Zandu"]
    assert who(nlp, "Unknown gunmen launched an attack on fighters of the Zandu rebel group near Bria.") == []


def test_the_name_before_group_is_its_proper_run():
    assert group_names._proper_run(["3R", "rebel"]) == ["3R"]
    assert group_names._proper_run(["the", "Mai-Mai", "Kata", "Katanga"]) == ["Mai-Mai", "Kata", "Katanga"]
    assert group_names._proper_run(["armed"]) == []


def test_a_group_noun_after_a_proper_name_is_no_part_of_the_name():
    def named(core: str) -> str | None:
        return group_names.name(syntax.Role("agent", "subject", "fighters of the " + core, 0, 20, "fighters", core))
    assert named("Kata Ngoma group") == "Kata Ngoma"
    assert named("5R rebel group") == "5R"
    assert named("armed group") is None
    assert named("Chadian group") is None  # a nationality names no group


def test_who_was_behind_the_event_is_its_doer(nlp):
    assert who(nlp, "Police said the Red Scorpion cult was behind the killing of three men in Warri.") == \
        ["Red Scorpion cult"]


def test_a_sentence_that_claims_or_blames_an_actor_attributes_the_event():
    assert actors.attributes("Officials blamed the Zandu militia.")
    assert actors.attributes("The Taliban later claimed responsibility.")
    assert actors.attributes("Police said the Vikings cult was behind it.")
    assert not actors.attributes("The minister blamed the heat.")  # no actor
    assert not actors.attributes("The Taliban control the district.")  # no claim or blame
    assert not actors.attributes("The suspect claimed that he had recently joined the Taliban.")  # the noun


def test_a_generic_armed_noun_opening_the_sentence_names_no_group(nlp):
    assert who(nlp, "Jihadists on motorbikes killed 14 herders near Djibo on Friday.") == []
    assert who(nlp, "Islamists killed nine fishermen near Baga on Friday.") == []
    assert who(nlp, "Members of the Kata Ngoma group killed nine fishermen near Baga on Friday.") == ["Kata Ngoma"]


def test_who_parked_a_vehicle_the_text_calls_laden_with_explosives_did_the_bombing(nlp):
    assert who(nlp, "A bomb-laden van that Islamic State fighters had left near the mosque exploded in Baiji, "
               "killing 11 people.", "bombing") == ["Islamic State"]
    assert who(nlp, "A grain-laden van that Islamic State fighters had bought last year was hit by a rocket in "
               "Baiji, killing 11 people.", "bombing") == []
