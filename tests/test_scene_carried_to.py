"""Where the wounded or the bodies were taken after the event ("were taken to X", "were moved to X", "to the X
General Hospital") is no scene (review s17/41, s17/52). Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


def test_where_the_wounded_were_taken_is_not_the_scene() -> None:
    text = "Bandits killed four people in a village in Katsina state on Monday. The injured were moved to Funtua."
    assert where(text)[2] != "Funtua"


def test_the_wounded_brought_to_a_town() -> None:
    text = "Gunmen shot dead five miners in Niger state on Saturday. The wounded were brought to Minna."
    assert where(text)[2] != "Minna"


@pytest.mark.parametrize("text", [
    "Bandits killed four people in a village in Zamfara on Monday. Six wounded were taken to the Federal Medical "
    "Centre Gusau.",
    "Bandits killed four people in a village in Zamfara on Monday. Six wounded were rushed to Gusau Specialist "
    "Hospital.",
])
def test_the_hospital_named_by_its_town(text: str) -> None:
    assert where(text)[2] != "Gusau"


@pytest.mark.parametrize("text", [
    "Gunmen killed five herders in a village on Saturday. The wounded were taken to a hospital in Sokoto, police "
    "said.",
    "Jihadists killed six civilians in a hamlet on Saturday. Their bodies were taken to the morgue in Mopti.",
])
def test_a_care_town_alone_gives_the_country_not_the_province(text: str) -> None:
    got = where(text)
    assert got[0] is not None and got[1] is None and got[2] is None


def test_a_route_end_alone_still_gives_its_province() -> None:
    text = "Bandits ambushed a bus on the road from Gusau to Sokoto on Saturday, killing four passengers."
    assert where(text)[1] is not None


@pytest.mark.parametrize("text, city", [
    # "shifted to" (South Asian English for "taken to"): the hospital's town is no scene
    ("A blast in Mamund killed four people on Sunday. The wounded were shifted to a hospital in Khar.", "Mamund"),
    ("Militants ambushed a police van at Darra Pezu on Monday, killing two officers. The injured were shifted to "
     "Lakki Marwat District Hospital.", "Darra Pezu"),
    # a hospital named by its district: no scene either
    ("Maoists killed two jawans in Tarrem on Monday. The injured were airlifted to Raipur District Hospital.",
     "Tarrem"),
    ("Gunmen killed five people in Kotulo village on Monday. The wounded were taken to Elwak Sub-County Hospital.",
     "Kotulo"),
])
def test_the_hospital_town_after_shifted_or_by_its_district(text: str, city: str) -> None:
    assert where(text)[2] == city


@pytest.mark.parametrize("text, want", [
    # the fighting or the violence "shifted to X": X is the scene, not where the wounded were carried
    ("The fighting shifted to Kharkiv, where Russian shelling killed four civilians on Tuesday.",
     ("Ukraine", "Kharkiv Oblast", "Kharkiv")),
    ("Clashes later shifted to Parachinar, where gunmen killed six people on Friday.",
     ("Pakistan", "Khyber Pakhtunkhwa", "Parachinar")),
])
def test_violence_shifted_to_the_scene(text: str, want: tuple[str, str, str]) -> None:
    assert where(text) == want


@pytest.mark.parametrize("text", [
    # the hospital's town is no scene, but its province is the weak clue left for the scene's province
    "Gunmen killed a shopkeeper in Ghalanai on Sunday. The injured were shifted to Mardan Medical Complex in Mardan.",
    "A blast killed two policemen at Shewa Adda on Friday. The wounded were shifted to Swabi District Hospital.",
])
def test_the_hospital_town_keeps_its_province(text: str) -> None:
    assert where(text)[1] == "Khyber Pakhtunkhwa"
