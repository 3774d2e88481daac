"""Event types of crowds, prisons, drones and marked days (fresh sentences written for these tests): inmates who
fight each other or attempt a mass breakout riot (gunmen who free them attack); communal fighting between two
peoples is an armed clash even where homes burn, while communal clashes in which mobs torch and loot are a riot;
a crowd that sets a police post ablaze keeps its riot (the police post is no doer); forces firing on a crowd
during unrest is a protest; an attack drone flies an air strike; a suicide blast among crowds marking an
anniversary is that day's event, not a backdrop; a revised death toll is an update of the toll told before; a
pronoun killed after its holder's home or car was struck ("stormed the home of a district judge, killing her") is
that office holder, singled out; victims after "shooting dead" and activists are targets too."""
from __future__ import annotations

from typing import Any

import pytest

from tests.perps_support import roles_of
from worker.extract import casualties, singled_out, types
from worker.extract.actors import target_categories


def _typed(text: str) -> str | None:
    match = types.classify(text)
    return None if match is None else types.retype(match.event_type, [text])


@pytest.mark.parametrize("text", [
    "Inmates armed with knives and pistols fought for hours inside the Tacumbú prison on Sunday, leaving nine dead.",
    "Clashes between rival inmates at the Litoral penitentiary killed 31 prisoners on Tuesday, officials said.",
    "Prisoners from two gangs battled each other in a cellblock of the Kigali jail overnight, leaving four dead.",
])
def test_inmates_fighting_each_other_riot(text: str) -> None:
    assert _typed(text) == "riot"


@pytest.mark.parametrize("text, expected", [
    ("Dozens died during an attempted mass breakout from the Koutoukalé prison on Friday as guards opened fire.",
     "riot"),
    ("Prisoners tried to break out of the Kirikiri jail on Sunday and warders fired on them, killing four.", "riot"),
    ("Gunmen freed 300 inmates in a jailbreak in Owerri on Monday, killing two guards.", "attack"),
])
def test_an_attempted_breakout_of_inmates_is_a_riot(text: str, expected: str) -> None:
    assert _typed(text) == expected


@pytest.mark.parametrize("text", [
    "Tribal fighting between Lou Nuer and Murle communities near Pibor on Friday killed 40 people as huts were "
    "torched across three villages.",
    "Clan fighting between two sub-clans near Beledweyne left 11 dead on Monday, and several homes were set ablaze.",
])
def test_communal_fighting_with_burned_homes_is_a_clash(text: str) -> None:
    assert _typed(text) == "armed_clash"


@pytest.mark.parametrize("text", [
    "Four people were killed after communal clashes erupted in Jos on Sunday, and mobs torched shops and a church.",
    "Sectarian violence spread through the old city on Friday as mobs set fire to a mosque, leaving three dead.",
])
def test_communal_clashes_of_mobs_are_a_riot(text: str) -> None:
    assert _typed(text) == "riot"


@pytest.mark.parametrize("text, expected", [
    ("Three people died on Monday when angry traders went on the rampage in Onitsha, setting a police station "
     "ablaze after a colleague died in custody.", "riot"),
    ("Gunmen set several houses ablaze in Zurmi on Monday and killed 12 villagers, police said.", "attack"),
])
def test_a_police_building_set_ablaze_is_no_police_doer(text: str, expected: str) -> None:
    assert _typed(text) == expected


def test_troops_firing_on_a_crowd_during_unrest_is_a_protest() -> None:
    text = ("Eleven people died in Gulistan on Saturday during unrest over a new land law, and witnesses said "
            "soldiers had opened fire on the crowd.")
    assert _typed(text) == "protest"


def test_police_answering_protesters_with_live_fire_is_a_protest() -> None:
    text = ("Nine people were killed in clashes between police and protesters in Cusco on Tuesday; police answered "
            "the protesters with tear gas and live fire.")
    assert _typed(text) == "protest"


@pytest.mark.parametrize("text", [
    "Russian troops hit a minibus near Kupiansk with an FPV drone on Friday, killing three passengers.",
    "The militia struck a market in Kadugli using a kamikaze drone on Monday, killing seven people.",
])
def test_an_attack_drone_flies_an_air_strike(text: str) -> None:
    assert _typed(text) == "air_strike"


def test_a_blast_among_crowds_marking_an_anniversary_is_the_event() -> None:
    text = "A suicide bomber blew himself up among mourners marking the anniversary of a cleric's death in Quetta."
    assert not types.context(text)
    assert types.context("On the anniversary of the massacre, residents laid flowers in the square.")


@pytest.mark.parametrize("text", [
    "Officials revised the death toll down to 61 on Thursday.",
    "The ministry lowered the death toll to 18 after some bodies were counted twice.",
])
def test_a_revised_toll_is_an_update(text: str) -> None:
    found = casualties.counts(text, "killed")
    assert found and found[-1].update


@pytest.mark.parametrize("sentence, expected", [
    ("Police opened fire on villagers protesting against a dam near Bargi, killing four.", ["protesters"]),
    ("A radio commentator was shot dead outside his studio in Tagum on Sunday.", ["journalists"]),
    ("Gunmen killed a political columnist in Culiacán on Friday.", ["journalists"]),
    ("A land rights activist was shot dead outside his home in Bukidnon on Friday.", ["civilians"]),
    ("Gunmen shot dead two opposition activists in Harare on Monday.", ["politicians"]),
    ("Raiders stormed Kauran Namoda on Sunday, shooting dead 11 farmers and rustling cattle.", ["civilians"]),
])
def test_victims_named_by_what_they_did(sentence: str, expected: list[str]) -> None:
    event_type = "protest" if "protesting" in sentence else "attack"
    assert target_categories([sentence], event_type)[0] == expected


@pytest.mark.parametrize("sentence, singled", [
    ("Militants stormed the home of a district judge in Kunar on Tuesday, killing her and her son, police said.", True),
    ("Gunmen ambushed the convoy of a provincial governor near Kismayo, killing him and two guards.", True),
    ("Bandits raided the house of a farmer in Zurmi on Sunday, killing him, residents said.", False),
])
def test_a_pronoun_victim_of_a_struck_holder_is_singled_out(nlp: Any, sentence: str, singled: bool) -> None:
    assert (singled_out.victim([sentence], [roles_of(nlp, sentence)]) is not None) is singled
