"""The whole-page type rules narrowed after review: a disorder charge, a headline's claim part, grenades beside rifles
only named or a force's fire, a civilian massacre ended by the police, a riot told after arrests, petrol bombs of a
few men. Every text is written for these tests (real places, invented events)."""
from __future__ import annotations

from typing import Any

import pytest

from worker.extract import types
from worker.pipeline import incidents


def _type(nlp: Any, text: str, title: str | None = None) -> str:
    found = incidents([{"id": "t", "url": "u", "source": "s", "title": title, "published": "2025-03-04",
                        "text": text}], nlp)[0]
    assert found, text
    return ([f for f in found if f.get("primary")] or found)[0]["event_type"]


def test_a_public_disorder_charge_leaves_a_march_a_protest(nlp):
    text = ("Several thousand teachers marched through Lisbon on Wednesday to demand higher pay. Police said two "
            "marchers were arrested for public disorder.")
    assert _type(nlp, text) == "protest"


@pytest.mark.parametrize("title,expected", [
    ("Suicide bomber kills 9 at Peshawar church; TTP claims attack", "suicide_bombing"),
    ("Car bomb kills 5 in Baidoa, militants claim attack", "bombing"),
])
def test_a_claim_part_of_a_headline_keeps_its_method(title, expected):
    tm = types.headline_method(title)
    assert tm is not None and tm.event_type == expected


@pytest.mark.parametrize("text", [
    # rifles only named: no shot fired
    "Two men on a motorcycle hurled a grenade at a police station in Quetta on Sunday, wounding three constables. "
    "Officials said the men carried rifles.",
    # the force's fire at the fleeing throwers
    "Militants lobbed a grenade at a paramilitary vehicle in Anantnag on Friday, injuring four troopers. Soldiers "
    "opened fire but the militants fled into a nearby village.",
])
def test_a_grenade_with_no_shot_of_its_throwers_stays_a_bombing(nlp, text):
    assert _type(nlp, text) == "bombing"


@pytest.mark.parametrize("text", [
    "A gunman killed six people at a supermarket in Boulder, Colorado, on Monday. He fired at an officer who "
    "arrived at the store, and the officer returned fire, wounding him.",
    "Bandits raided a village and a police post in Katsina on Sunday, killing 22 villagers. Three policemen were "
    "killed in the fighting, police said.",
])
def test_a_massacre_of_civilians_stays_an_attack(nlp, text):
    assert _type(nlp, text) == "attack"


@pytest.mark.parametrize("text,expected", [
    ("Police arrested 30 people in Leicester on Saturday night. Rioters set two cars ablaze and looted shops in the "
     "city centre, injuring four officers.", "riot"),
    ("Troops arrested a gang leader in a raid in Reynosa on Monday. After the arrest, his men fought a gun battle "
     "with soldiers and set fire to buses across the city, leaving six dead.", "armed_clash"),
])
def test_a_riot_or_a_gun_battle_told_after_arrests_types_the_page(nlp, text, expected):
    assert _type(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Two men threw a petrol bomb at a Sikh temple in Coventry early on Sunday, police said. No one was hurt.",
    "Ruling party thugs threw petrol bombs at a trade union office in Bulawayo on Friday, injuring three people.",
])
def test_petrol_bombs_of_a_few_men_are_their_attack(nlp, text):
    assert _type(nlp, text) == "attack"
