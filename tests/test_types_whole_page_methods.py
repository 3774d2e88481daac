"""Event types that whole news pages got wrong: petrol bombs thrown in a riot, a raid's sequel after an arrest, a
defused device with its abbreviation, air raid sirens, a gun attack with grenades and a headline of two events.
Every text is written for these tests (real places, invented events)."""
from __future__ import annotations

from typing import Any

import pytest

from worker.extract import types
from worker.pipeline import incidents


def _types(nlp: Any, text: str, title: str | None = None) -> list[str]:
    found = incidents([{"id": "t", "url": "u", "source": "s", "title": title, "published": "2025-03-04",
                        "text": text}], nlp)[0]
    assert found, text
    return [f["event_type"] for f in found]


@pytest.mark.parametrize("text", [
    "Eleven police officers were injured in Derry on Saturday night after youths threw stones, bottles and petrol "
    "bombs at police lines in the Bogside area, the PSNI said.",
    "Petrol bombs, bricks and fireworks were thrown at police in the Shankill area of Belfast on Tuesday night, "
    "injuring six officers, police said.",
    "Firebombs were thrown at officers during a second night of violent disorder in Lurgan on Tuesday, injuring "
    "nine officers.",
])
def test_petrol_bombs_thrown_by_rioters_are_a_riot(nlp, text):
    assert _types(nlp, text)[0] == "riot"


@pytest.mark.parametrize("text,expected", [
    # thrown by masked men at a house: their attack's means
    ("Masked men threw petrol bombs at a house in Lurgan on Sunday night, police said.", "attack"),
    # a petrol bomb attack is told as an attack
    ("A petrol bomb attack on a mosque in Leeds on Friday caused minor damage, police said.", "attack"),
    # firebombs in a list of the gunmen's arms are no riot of theirs
    ("Four gunmen killed 20 people at a concert hall in Krasnogorsk on Friday. The group said the raid was carried "
     "out by four fighters armed with rifles, a pistol, knives and firebombs.", "attack"),
])
def test_petrol_bombs_of_armed_men_are_their_attack(nlp, text, expected):
    assert _types(nlp, text)[0] == expected


def test_a_raid_that_ends_in_an_arrest_stays_an_arrest_when_cars_are_burned_after(nlp):
    text = ("Navy marines arrested a regional cartel leader and four of his bodyguards in a raid on a house in "
            "Zapopan on Sunday, officials said. The operation was carried out without a shot being fired. After the "
            "arrest, cartel members set fire to two vehicles on roads in Zapopan and Tonala, the state civil "
            "protection unit said. No injuries were reported.")
    assert _types(nlp, text)[0] == "arrest"


@pytest.mark.parametrize("sentence,expected", [
    ("Police yesterday defused an improvised explosive device (IED) found near a temple in Khulna.", "other"),
    ("A bomb disposal unit on Monday defused an improvised explosive device (IED) left near a mosque in Sylhet.",
     "other"),
    # devices recovered beside a blast: the blast is told
    ("Troops recovered two improvised explosive devices (IEDs) after a roadside bomb killed a soldier.", "bombing"),
])
def test_a_defused_device_named_with_its_abbreviation_is_other(sentence, expected):
    tm = types.classify(sentence)
    assert tm is not None and tm.event_type == expected


def test_air_raid_sirens_are_no_air_strike(nlp):
    text = ("Russia launched a missile attack on Odesa early on Monday, killing two people, the regional governor "
            "said. Air raid sirens sounded in the city for three hours.")
    assert _types(nlp, text)[0] == "shelling"


@pytest.mark.parametrize("text,expected", [
    ("Militants opened fire on a police checkpoint near Tuz Khurmatu with machine guns and threw hand grenades at "
     "the position before fleeing on Sunday night, wounding three policemen.", "attack"),
    ("Gunmen opened fire on a police post and hurled a grenade at it in Turbat on Tuesday, killing two policemen.",
     "attack"),
    # a grenade alone is a bombing
    ("Unidentified men on a motorcycle hurled a hand grenade at a shop in Quetta on Tuesday evening, injuring four "
     "people.", "bombing"),
])
def test_a_gun_attack_with_grenades_is_an_attack(nlp, text, expected):
    assert _types(nlp, text)[0] == expected


def test_a_headline_of_two_events_names_no_method_of_the_lead(nlp):
    title = "Three Levies men martyred in Kech attack, five hurt in Khuzdar grenade blast"
    text = ("Three personnel of the Levies force were martyred on Tuesday when terrorists ambushed their vehicle near "
            "Hoshab in Kech district, officials said. In a separate incident, unidentified men hurled a hand grenade "
            "at a hotel in Khuzdar on Tuesday evening, injuring five people.")
    assert _types(nlp, text, title)[0] == "attack"
    assert types.headline_method(title) is None
    assert types.headline_method("Israeli drone strike kills two in Bint Jbeil").event_type == "air_strike"  # type: ignore[union-attr]


@pytest.mark.parametrize("text", [
    # a man who fires at an officer and meets the officers' fire: two armed sides
    "A Tucson police officer is recovering after being shot during a traffic stop on Sunday night, and the man who "
    "opened fire is dead, police say. As one officer approached, the driver got out and fired several rounds, "
    "hitting the officer in the leg. Officers returned fire, striking the driver. He was pronounced dead at the scene.",
    # a camp attacked, the dead of both sides fallen in the fighting
    "Rebel fighters attacked an army camp at Ber in the Timbuktu region on Sunday. The army said eight soldiers and "
    "30 assailants died in the fighting there.",
])
def test_an_attack_on_a_force_that_fights_back_is_an_armed_clash(nlp, text):
    assert _types(nlp, text)[0] == "armed_clash"
