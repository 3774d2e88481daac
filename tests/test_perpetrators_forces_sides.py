"""Perpetrators: a state's "forces" at a protest, a lexicon alias that spans the doer and its event noun ("an Israeli
strike"), religious communities as the sides of communal fighting, and the headline passive ("Six villagers
killed"). Every sentence is written for these tests."""
from __future__ import annotations

from tests.perps_support import doers as who, roles_of as parsed
from worker.extract import actors, group_names


def test_a_states_forces_that_fire_on_a_crowd_are_its_security_forces(nlp):
    assert who(nlp, "Malian forces shot dead three marchers in Kayes on Tuesday, a union leader said.", "protest") == \
        ["security forces"]
    assert who(nlp, "Government forces fired on students in Gulu, killing two, a nurse said.", "protest") == \
        ["security forces"]
    # a force the lexicon names keeps its own name, and no category is added beside it
    assert who(nlp, "Israeli forces fired on marchers near Jenin, killing one, medics said.", "protest") == \
        ["Israel Defense Forces"]


def test_an_alias_holding_its_event_noun_takes_the_modifiers_role(nlp):
    assert who(nlp, "Two Hezbollah members died in an Israeli strike on a motorbike near Tyre.", "attack") == \
        ["Israel Defense Forces"]


def test_religious_communities_are_the_sides_of_communal_fighting(nlp):
    assert sorted(x.lower() for x in who(nlp, "Nine people died in clashes between Muslims and Christians in Jos "
                                              "on Sunday.", "armed_clash")) == ["christians", "muslims"]
    assert who(nlp, "Gunmen shot dead eight Christians at a church in Kajuru on Sunday.", "attack") == []


def test_a_counted_subject_of_a_killing_verb_without_object_suffered_it(nlp):
    found = parsed(nlp, "Seven Hazara miners killed and four wounded in an ambush in Mach.")
    assert [r.role for r in found if r.head == "miners"] == ["patient"]
    found = parsed(nlp, "Four gunmen killed seven miners in Mach.")
    assert [r.role for r in found if r.head == "gunmen"] == ["agent"]


def test_every_country_whose_aircraft_the_parse_makes_the_doer_is_named(nlp):
    s = "Russian and Syrian warplanes pounded a hospital in Kafr Nabl on Tuesday, killing nine patients."
    found = actors.state_forces([s], "air_strike", "Syria", [parsed(nlp, s)], "2019-05-07")
    assert found == [actors.military_of("Russia"), actors.military_of("Syria")]


def test_a_named_air_force_before_its_aircraft_is_the_doer(nlp):
    assert who(nlp, "A Chadian Air Force helicopter bombed a market in Kaiga on Friday, killing eight traders.",
               "bombing") == ["Chadian Air Force"]


def test_a_peoples_men_are_named_by_the_whole_phrase(nlp):
    assert who(nlp, "Armed Tuareg men attacked a convoy near Kidal, killing six drivers.", "attack") == ["Tuareg men"]
    assert who(nlp, "Unknown armed men killed four traders near Gao on Monday.", "attack") == []


def test_an_armed_groups_army_is_no_state_force(nlp):
    assert who(nlp, "The Zelva Liberation Army, a rebel group, attacked a village near Muse, killing nine villagers.",
               "attack") == ["Zelva Liberation Army"]
    assert group_names.own_name("Kachin Independence Army") and not group_names.own_name("Nigerian Army")
    assert not group_names.own_name("Anti-riot Police") and not group_names.own_name("Federal Police")
