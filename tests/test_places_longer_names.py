"""A village the text gives as a town by a direction from a landmark ("in X, north of Y") is the scene, not the
landmark, and of two landmarks ("near X, west of Y") the one the other locates; a village a district owns ("D
district's X village") is the scene, not the district; and a known place heading a longer name ("Katsina Christian
villagers", "Baghdad Mansour, near ...") keeps the country and province it gives. Fresh sentences written for
these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where
from worker.extract.near_towns import near_towns


@pytest.mark.parametrize("text, city", [
    ("Al-Shabaab fighters attacked an army base in Bal'ad Amin, north of Mogadishu, killing three soldiers on Monday.",
     "Bal'ad Amin"),
    ("Gunmen stormed Kurmin Dangi, south of Kafanchan, killing five worshippers on Sunday.", "Kurmin Dangi"),
    ("Armed men killed nine civilians in Mabalako Kati, west of Butembo, on Saturday, a local chief said.",
     "Mabalako Kati"),
    ("Jihadists killed 14 herders in Tin Hamara, northeast of Menaka, on Friday.", "Tin Hamara"),
    ("Rebels attacked a police post in Pachelly, southwest of Tibu, killing two officers on Tuesday.",
     "Pachelly"),
    # a known town by a direction from another: still that town
    ("A car bomb killed six people in Azaz, north of Aleppo, on Wednesday.", "Azaz"),
])
def test_the_village_by_its_direction(text: str, city: str) -> None:
    assert where(text)[2] == city


@pytest.mark.parametrize("text, city", [
    ("Militants ambushed an army patrol near Baiji, north of Tikrit, killing five soldiers on Saturday.", "Baiji"),
    ("Gunmen attacked a convoy outside Jalalabad, 150 km east of Kabul, killing four guards on Monday.", "Jalalabad"),
    ("Bandits killed eight traders near Funtua, some 70 km south of Katsina, on Thursday.", "Funtua"),
])
def test_the_landmark_a_landmark_locates(text: str, city: str) -> None:
    """Both towns are landmarks of the scene; the first is the nearer, the second only places it."""
    assert where(text)[2] == city


@pytest.mark.parametrize("text, country, admin1", [
    # a region or city heading a longer name keeps the place it gives: a people or faith before "villagers", a
    # quarter of the city, a village the gazetteer lacks (the whole-name reading of such villages was dropped: it
    # lost the country and admin1 the known head gave, or placed the name by a landmark's namesake abroad)
    ("Gunmen killed 5 Katsina Christian villagers on Monday.", "Nigeria", "Katsina"),
    ("Bandits killed 8 Kebbi Dakarkari villagers on Wednesday night.", "Nigeria", "Kebbi"),
    ("A mortar killed four people in Baghdad Mansour, near Zawraa Park, on Friday.", "Iraq", "Baghdad"),
    ("A grenade killed two people in Kabul Shahr-e-Naw, near Zarnegar Park, on Monday.", "Afghanistan", "Kabul"),
    ("Gunmen killed six herders in Katsina Ruwa village on Saturday.", "Nigeria", "Katsina"),
])
def test_the_known_head_keeps_its_place(text: str, country: str, admin1: str) -> None:
    got = where(text)
    assert (got[0], got[1]) == (country, admin1)


@pytest.mark.parametrize("text, city", [
    ("Gunmen killed two farmers in Kangpokpi district's Thingkangphai village on Monday.", "Thingkangphai"),
    ("Militants raided Zhob district's Killi Saradar village overnight, killing three policemen.", "Killi Saradar"),
])
def test_the_village_of_a_district_owner(text: str, city: str) -> None:
    assert where(text)[2] == city


@pytest.mark.parametrize("text, city", [
    # the known name is the whole name, or what follows it is no part of the name
    ("Gunmen killed four people at a market in Lagos Island on Friday.", "Lagos Island"),
    ("A blast killed two people in Kano, north of Abuja, on Sunday.", "Kano"),
    ("Gunmen killed three traders in Jos, near Bukuru, on Monday.", "Jos"),
])
def test_the_known_town_stays(text: str, city: str) -> None:
    assert where(text)[2] == city


@pytest.mark.parametrize("text, names", [
    ("fighters attacked a base in Bal'ad Amin, north of Mogadishu", ["Bal'ad Amin"]),
    ("gunmen stormed Kurmin Dangi, south of Kafanchan", ["Kurmin Dangi"]),
    ("a village north of Mogadishu", []),  # no name before the direction
    ("said Musa Bello, north of Kano", []),  # no place's slot before the name
])
def test_near_towns_by_direction(text: str, names: list[str]) -> None:
    assert [name for _, name, _ in near_towns(text, 0, len(text))] == names
