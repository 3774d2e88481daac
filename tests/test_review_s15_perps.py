"""Review s15, perpetrators: a denied or negated 'behind' names no doer; a frequency adverb in a dated clause is no
habit; a group the text blames is never also the target. Every sentence is written for these tests."""
from __future__ import annotations

from tests.perps_support import doers as who, roles_of
from worker.extract import actors, syntax


def test_a_group_that_denies_being_behind_the_attack_is_no_doer(nlp):
    assert who(nlp, "The Taliban denied they were behind the blast at the Herat bus station.") == []
    assert who(nlp, "Boko Haram denied that it was behind the bombing of the Maiduguri market.") == []
    assert who(nlp, "The ADF was not behind the massacre in Beni, the army said.") == []


def test_a_group_that_is_said_to_be_behind_the_attack_stays_the_doer(nlp):
    assert who(nlp, "Officials said the Taliban were behind the blast at the Herat bus station.") == ["Taliban"]


def test_a_denied_act_gives_its_subject_no_doer_role(nlp):
    found = roles_of(nlp, "The ADF denied it was behind the massacre in Beni.")
    assert not [r for r in found if r.role == syntax.AGENT]


def test_a_frequency_adverb_in_a_dated_clause_keeps_the_doer(nlp):
    assert who(nlp, "Al-Shabaab fighters repeatedly shelled the Afgoye base on Tuesday, killing three soldiers.") == \
        ["al-Shabaab"]
    assert who(nlp, "ISWAP fighters repeatedly attacked the Monguno barracks yesterday, killing two soldiers.") == \
        ["Islamic State West Africa Province"]


def test_a_frequency_adverb_without_a_day_or_an_earlier_adverb_is_still_background(nlp):
    assert who(nlp, "A mine killed two guards near Kandahar; the Taliban frequently attack convoys on that road.",
               "bombing") == []
    assert who(nlp, "A mine killed two guards near Kandahar; the Taliban previously attacked the convoy on Monday.",
               "bombing") == []


def test_a_plural_day_names_a_habit_not_a_day(nlp):
    doc = next(iter(syntax.parse(nlp, ["Gunmen often attack the market on Fridays."])))
    verb = next(t for t in doc if t.lower_ == "attack")
    assert not syntax.dated(verb)
    doc = next(iter(syntax.parse(nlp, ["Gunmen attacked the market on Friday."])))
    assert syntax.dated(next(t for t in doc if t.lower_ == "attacked"))


def test_a_blamed_group_is_no_target():
    for sentence in ("Police blamed the ambush on the ADF.",
                     "Officials blamed the weekend bombing on Boko Haram, which rejected the charge."):
        targets, _ = actors.target_categories([sentence], "attack")
        assert targets == [], sentence


def test_a_group_blamed_for_an_attack_on_others_leaves_them_the_target():
    targets, _ = actors.target_categories(["Police blamed the ADF for the attack on the police station."], "attack")
    assert targets == ["police"]


def test_a_negated_claim_names_no_doer(nlp):
    sentences = ["A bomb killed six people at a market in Jalalabad.",
                 "The Taliban have not claimed responsibility for the blast."]
    roles = [roles_of(nlp, s) for s in sentences]
    assert actors.perpetrators(sentences, "bombing", roles)[0] == []


def test_last_night_dates_the_clause(nlp):
    assert who(nlp, "Al-Shabaab fighters last night repeatedly fired mortars at the army base in Afgoye.") == \
        ["al-Shabaab"]
