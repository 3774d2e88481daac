"""Review s15 (places): an epithet, an armed group's "province", a community, a building or a region's shared word
is no province or town of the incident. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, want", [
    # a US state's nickname is no province the gazetteer lacks: the town's own state stays
    ("A gunman shot dead three diners in Orlando on Sunday, the worst shooting in the Sunshine State since May.",
     ("United States", "Florida", "Orlando")),
    ("A gunman shot dead three shoppers in Dallas on Sunday, the latest attack in the Lone Star State.",
     ("United States", "Texas", "Dallas")),
])
def test_state_epithet_is_no_province(text: str, want: tuple[str, str, str]) -> None:
    assert where(text) == want


def test_group_province_is_no_province() -> None:
    # "Islamic State's Hind Province" is the group's name, not Kunar, the town's province
    got = where("Fighters of Islamic State's Hind Province killed five farmers in Asadabad on Sunday.")
    assert got[1] != "Hind"


def test_unknown_province_is_not_repeated_as_city() -> None:
    got = where("Raiders killed seven cattle keepers in Gok State, South Sudan, on Sunday, a commissioner said.")
    assert got[1] == "Gok" and got[2] is None


@pytest.mark.parametrize("text", [
    "Gunmen stormed Garissa Teaching College in eastern Kenya on Tuesday, killing nine students.",
    "Militants stormed Saint Luke Hospital in northern Mozambique on Tuesday, killing five nurses.",
])
def test_stormed_building_is_no_town(text: str) -> None:
    city = where(text)[2]
    assert city is None or not any(w in city for w in ("College", "Hospital"))


@pytest.mark.parametrize("text, people", [
    ("Militiamen killed nine Druze villagers near Suwayda on Sunday, a monitor said.", "Druze"),
    ("Soldiers killed nine Anglophone villagers in Cameroon on Sunday, a rights group said.", "Anglophone"),
    ("Gunmen killed nine Fulani villagers in central Mali on Sunday, a local official said.", "Fulani"),
])
def test_people_before_villagers_is_no_village(text: str, people: str) -> None:
    assert where(text)[2] != people


@pytest.mark.parametrize("text, region", [
    ("Airstrikes killed eleven people in Darfur on Sunday, a medical group said.", "Darfur"),
    ("A roadside bomb killed two soldiers in Waziristan on Sunday, the army said.", "Waziristan"),
])
def test_region_core_is_no_city(text: str, region: str) -> None:
    assert where(text)[2] != region
