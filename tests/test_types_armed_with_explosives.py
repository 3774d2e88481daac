"""A raid told with explosives as its means ("attacked a police station with hand grenades", "hit the convoy with an
improvised explosive device", "an improvised device") is a bombing (triggers.csv bombing, GOLD_FORMAT: IED, grenade,
remote or planted explosives); explosives named beside guns ("with grenades and assault rifles") and a raid with
rifles stay an attack. Every text is written for these tests."""
from __future__ import annotations

from typing import Any

import pytest

from tests.test_types_targeted import _type


@pytest.mark.parametrize("text", [
    "Two policemen were killed in an attack on their patrol with an improvised device in Khyber district on Tuesday.",
    "Militants attacked a police station in Dera Ismail Khan with hand grenades on Thursday, injuring three officers.",
    "Unknown men attacked a bar in Goma using a homemade bomb on Saturday, wounding six people.",
    "Police said the attackers hit the convoy with an improvised explosive device near Wana on Monday, killing two "
    "soldiers.",
])
def test_a_raid_with_explosives_is_a_bombing(nlp: Any, text: str) -> None:
    assert _type(nlp, text) == "bombing"


@pytest.mark.parametrize("text", [
    "Gunmen attacked the village with grenades and assault rifles on Sunday, killing nine residents.",
    "Bandits attacked the village with guns and explosives on Monday, killing four people.",
    "Insurgents stormed the town with rifles on Friday, killing 11 people.",
])
def test_explosives_beside_guns_stay_an_attack(nlp: Any, text: str) -> None:
    assert _type(nlp, text) == "attack"


@pytest.mark.parametrize("text", [
    "Troops stormed a rebel camp near Beni using grenades on Sunday, killing three fighters, the army said.",
    "Gunmen attacked an army post in Tillaberi with grenades, sparking a gunfight that lasted two hours, killing "
    "three soldiers.",
])
def test_grenades_in_a_storming_or_before_a_gunfight_are_no_bombing(nlp: Any, text: str) -> None:
    assert _type(nlp, text) == "armed_clash"


def test_an_improvised_device_found_is_no_bombing(nlp: Any) -> None:
    text = ("Gunmen shot dead three policemen at a roadblock in Lakki Marwat on Tuesday, and police later recovered "
            "an improvised device nearby.")
    assert _type(nlp, text) == "attack"
