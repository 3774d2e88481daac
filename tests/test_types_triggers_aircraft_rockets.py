"""Trigger rows of review 17: armed aircraft that strafe or kill fly an air strike (gunmen who strafe do not); a
bomber's worn explosives make a suicide bombing; a named rocket system is shelling when fired or firing, not as a
unit's name. Every text is written for these tests."""
from __future__ import annotations

import pytest

from worker.extract import types


def _type(sentence: str) -> str | None:
    tm = types.classify(sentence)
    return tm.event_type if tm else None


@pytest.mark.parametrize("sentence", [
    "Military helicopters strafed a cattle camp near Bentiu on Tuesday, killing seven herders.",
    "Fighter jets strafing the road hit a bus near Marib on Friday.",
    "Army drones killed four fighters near Kidal on Wednesday.",
    "Enemy helicopters wounded nine villagers in Tawila on Monday.",
])
def test_armed_aircraft_that_strafe_or_kill_fly_an_air_strike(sentence: str) -> None:
    assert _type(sentence) == "air_strike"


def test_strafing_by_gunmen_stays_an_attack() -> None:
    assert _type("Gunmen strafed a jeepney in Maguindanao on Monday, wounding three.") == "attack"


@pytest.mark.parametrize("sentence", [
    "A woman detonated explosives tied to her waist at a bus stop in Maiduguri, killing eight.",
    "The assailant set off his belt outside a church in Quetta, killing three guards.",
    "A boy blew up the explosives he was wearing near a mosque in Konduga, killing four.",
])
def test_a_bombers_worn_explosives_are_a_suicide_bombing(sentence: str) -> None:
    assert _type(sentence) == "suicide_bombing"


@pytest.mark.parametrize("sentence,expected", [
    ("Fighters of the Tochka brigade shot dead three men in Avdiivka on Monday.", "targeted_killing"),
    ("Separatists fired Katyushas at Mariupol on Monday, killing two.", "shelling"),
    ("Smerch rockets hit a school in Kharkiv on Monday.", "shelling"),
    ("Uragan salvos pounded the village overnight.", "shelling"),
])
def test_a_named_rocket_system_is_shelling_only_when_fired(sentence: str, expected: str) -> None:
    assert _type(sentence) == expected


def test_a_quadcopter_that_drops_a_grenade_flies_an_air_strike() -> None:
    assert _type("A quadcopter dropped a grenade on a checkpoint near Toretsk, killing a soldier.") == "air_strike"
