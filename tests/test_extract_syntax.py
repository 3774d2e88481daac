"""Actors from the dependency parse (worker/extract/syntax.py, data/roles.jsonl) and how actors.py reads them.
Every sentence here is written for these tests."""
from __future__ import annotations

from typing import Any

import pytest

from worker.extract import actors, syntax


def parsed(nlp: Any, sentence: str) -> list[syntax.Role]:
    return syntax.roles(next(iter(syntax.parse(nlp, [sentence]))))


def who(nlp: Any, sentence: str, event_type: str) -> list[str]:
    return actors.perpetrators([sentence], event_type, [parsed(nlp, sentence)])[0]


def test_the_pipeline_runs_ner_alone_and_keeps_the_parser_for_trigger_sentences(nlp):
    assert nlp.pipe_names == ["ner"]
    assert syntax.can_parse(nlp)
    assert [e.text for e in nlp("Gunmen attacked a bus near Garissa in Kenya.").ents]  # NER without tok2vec


def test_subject_of_an_active_verb_is_the_agent_and_its_object_the_patient(nlp):
    rs = parsed(nlp, "Fighters of the Allied Democratic Forces stormed a village near Beni, killing nine farmers.")
    assert ("agent", "Fighters of the Allied Democratic Forces") in [(r.role, r.text) for r in rs]
    assert ("patient", "a village") in [(r.role, r.text) for r in rs]
    assert who(nlp, "Fighters of the Allied Democratic Forces stormed a village near Beni, killing nine farmers.",
               "attack") == ["Allied Democratic Forces"]


def test_by_phrase_of_a_passive_is_the_agent(nlp):
    s = "Four traders were shot dead by al-Shabaab gunmen at a checkpoint outside Baidoa."
    assert [(r.role, r.text) for r in parsed(nlp, s)] == [("patient", "Four traders"), ("agent", "al-Shabaab gunmen")]
    assert who(nlp, s, "attack") == ["al-Shabaab"]


def test_who_claimed_responsibility_is_the_agent(nlp):
    s = "Boko Haram claimed responsibility for the blast, which wounded six worshippers in Konduga."
    assert who(nlp, s, "bombing") == ["Boko Haram"]


def test_both_sides_of_a_clash_are_perpetrators(nlp):
    s = "At least 20 people died in clashes between M23 rebels and the Allied Democratic Forces near Goma."
    assert [r.text for r in parsed(nlp, s) if r.role == "side"] == ["M23 rebels", "the Allied Democratic Forces"]
    assert sorted(who(nlp, s, "armed_clash")) == ["Allied Democratic Forces", "M23"]


def test_a_force_that_fires_on_a_crowd_is_the_perpetrator(nlp):
    assert who(nlp, "Riot police fired live rounds at demonstrators outside the stadium, witnesses said.",
               "protest") == ["police"]
    assert who(nlp, "Three mourners were killed by soldiers at the funeral in Kasai.", "attack") == ["military"]
    # soldiers who fought armed men are a side of a clash, not the doers of an attack on people
    assert who(nlp, "Soldiers killed two gunmen in a shootout near the border.", "attack") == []


def test_a_victim_group_is_never_the_perpetrator(nlp):
    s = "A Hezbollah commander and two aides were killed when a drone struck their car near Tyre."
    assert ("patient", "A Hezbollah commander") in [(r.role, r.text) for r in parsed(nlp, s)]
    assert who(nlp, s, "air_strike") == []


def test_the_coalition_that_struck_is_the_agent_not_the_country_struck(nlp):
    s = "Air strikes by Saudi-led warplanes on a market in northern Yemen killed eleven shoppers."
    assert who(nlp, s, "air_strike") == ["Saudi-led coalition"]
    assert actors.state_forces([s], "air_strike", "Yemen", [parsed(nlp, s)]) == []


def test_a_pronoun_stands_for_the_subject_above_it(nlp):
    s = "Hamas said its fighters fired rockets at a border town overnight."
    assert who(nlp, s, "shelling") == ["Hamas"]


def test_without_a_parse_the_word_patterns_still_decide():
    assert syntax.sentence_roles(None, [(0, 10)]) is None
    assert actors.perpetrators(["The attack was claimed by Boko Haram on Monday."], "attack", None)[0] == ["Boko Haram"]


def test_roles_are_cut_to_sentences_with_relative_offsets():
    r = syntax.Role("agent", "subject", "rebels", 110, 116, "rebels")

    class Parsed:
        roles = [r]
    assert syntax.sentence_roles(Parsed(), [(0, 100), (100, 200)]) == [[], [syntax.Role("agent", "subject",
                                                                                          "rebels", 10, 16, "rebels")]]


def test_patterns_are_data_and_an_unknown_word_list_is_an_error():
    assert {row[0] for row in syntax.patterns()} == {"agent", "patient", "side", "context"}
    assert all(any(p["RIGHT_ID"] == "actor" for p in pattern) for _, _, pattern in syntax.patterns())
    with pytest.raises(ValueError):
        syntax._expand({"LOWER": {"IN": "$no_such_list"}}, syntax.word_lists())


def named(nlp: Any, sentence: str, event_type: str) -> list[str]:
    """Perpetrators with the parse and the NER labels of the sentence, as the pipeline gives them."""
    doc = next(iter(syntax.parse(nlp, [sentence])))
    return actors.perpetrators([sentence], event_type, [syntax.roles(doc, 0, list(nlp(sentence).ents))])[0]


@pytest.mark.parametrize("sentence, event_type, expected", [
    # a group outside the lexicon that claims the attack
    ("Katibat al-Furqan, a breakaway faction of the Islamic State, claimed responsibility for the ambush near Gao.",
     "attack", ["Katibat al-Furqan"]),
    # a militia by a passive, through the member noun of its phrase
    ("The villagers were attacked by members of the Kamwina militia on Tuesday night, a local chief said.",
     "attack", ["Kamwina militia"]),
    # a hedge and an article are not part of the name; a lower-case ethnic name still qualifies the noun
    ("Eleven farmers were killed in an attack by suspected Tiv herdsmen near Makurdi.", "attack", ["Tiv herdsmen"]),
    # both named sides of a communal clash, one of them through a verb the clash verb completes
    ("The Garre and Murule clans started fighting over a well near Mandera, killing nine.", "armed_clash",
     ["Garre clan", "Murule clan"]),
    # an identity label as the text writes it
    ("Nine people died when farmers clashed with herders near Jos.", "armed_clash", ["farmers", "herders"]),
    # nobody named: a generic noun, a lower-case adjective, a nationality, a person
    ("Armed men stormed a market in Bunia and killed seven traders.", "attack", []),
    ("Unknown gunmen shot dead a teacher in Kismayo on Monday.", "attack", []),
    ("Somali gunmen abducted two engineers near Dhobley.", "abduction", []),
])
def test_groups_outside_the_lexicon_are_named_by_the_parse(nlp, sentence, event_type, expected):
    assert sorted(named(nlp, sentence, event_type)) == expected


def test_a_name_before_an_event_noun_may_be_the_target_and_is_not_taken(nlp):
    s = "The mastermind of the Karachi Dockyard attack was shot dead in a raid on Friday."
    assert named(nlp, s, "attack") == []


def test_a_compound_says_whether_the_group_did_it():
    s = "A Boko Haram-claimed bombing killed four traders in Konduga."
    assert actors.perpetrators([s], "bombing", None)[0] == ["Boko Haram"]
    s = "A drone strike killed six people in a Houthi-held town near Saada, medics said."
    assert actors.perpetrators([s], "air_strike", None)[0] == []


def test_a_spelling_variant_and_a_splinter_group_of_a_known_name(nlp):
    s = "Gunmen of the Kurdistan Workers Party killed two village guards in Hakkari."
    assert named(nlp, s, "attack") == ["Kurdistan Workers' Party"]
    s = "Lashkar-e-Islam, a splinter group of the Pakistani Taliban, claimed the bombing in Bara."
    assert named(nlp, s, "bombing") == ["Lashkar-e-Islam"]


def test_the_sides_of_a_clash_that_broke_out_and_what_names_no_group(nlp):
    s = "Fighting broke out between the Dinka and Nuer communities near Malakal, leaving 14 dead."
    assert named(nlp, s, "armed_clash") == ["Dinka community", "Nuer community"]  # each side named
    assert named(nlp, "The Russians shelled a school in Kharkiv overnight, officials said.", "shelling") == []
    assert named(nlp, "Hundreds of youths attacked a police station in Kano on Monday.", "riot") == []


def test_the_regime_or_government_that_struck_is_the_countrys_military(nlp):
    s = "In the town of Maarat, four civilians were killed in regime airstrikes, monitors said."
    assert actors.state_forces([s], "air_strike", "Syria", [parsed(nlp, s)]) == ["Syrian military"]
    s = "Government warplanes bombed a market in Nyala, killing eleven."
    assert actors.state_forces([s], "air_strike", "Sudan", [parsed(nlp, s)]) == ["Sudanese Armed Forces"]
    s = "Warplanes of the Arakan Army bombed a market in Rathedaung."  # an army that is not the state's
    assert actors.state_forces([s], "air_strike", "Myanmar", [parsed(nlp, s)]) == []


def test_an_organisation_that_qualifies_fighters_is_the_group_and_a_people_is_not(nlp):
    assert named(nlp, "Anti-Balaka militants stormed a church compound in Bangassou.", "attack") == ["Anti-Balaka"]
    assert named(nlp, "Suspected Kurdish militants shot dead a village guard in Lice.", "attack") == []


@pytest.mark.parametrize("sentence", [
    "Responsibility for the bombing of the bus station was claimed by Ansar al-Furqan on Friday.",
    "Ansar al-Furqan took responsibility for the bombing of the bus station in Chabahar.",
])
def test_a_claim_in_other_words_names_the_group(nlp, sentence):
    assert named(nlp, sentence, "bombing") == ["Ansar al-Furqan"]


def test_a_group_that_acted_after_an_air_strike_is_not_its_doer(nlp):
    s = ("An air strike by the Saudi-led coalition killed nine fishermen near Hodeidah, and the Houthis later "
         "fired a missile at Jizan.")
    assert named(nlp, s, "air_strike") == ["Saudi-led coalition"]
