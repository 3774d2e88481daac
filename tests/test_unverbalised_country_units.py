"""Texts that never name the country (issue #13) but name a town with a province several countries' units share
("Delmas, Ouest": Haiti's and Cameroon's "Ouest"), or a region by its official style ("Somali Regional State",
Ethiopia's): the town or the region carries the country."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text,expected", [
    ("A roadside bomb killed three soldiers near Delmas, Ouest, on Tuesday.", ("Haiti", "Ouest", "Delmas")),
    ("Gunmen shot dead two traders in Bafoussam, Ouest, on Friday.", ("Cameroon", "Ouest", "Bafoussam")),
    ("Gunmen shot dead two traders in Jacmel, Sud-Est, on Friday.", ("Haiti", "Sud-Est", "Jacmel")),
])
def test_a_town_before_a_unit_name_several_countries_bear_is_the_towns(text: str,
                                                                      expected: tuple[str, str, str]) -> None:
    assert where(text) == expected


@pytest.mark.parametrize("text,country,admin1", [
    ("Fifteen people were killed in an attack by gunmen in Somali Regional State on Sunday.", "Ethiopia", "Somali"),
    ("Militiamen killed 12 farmers in Amhara Regional State on Sunday, residents said.", "Ethiopia", "Amhara"),
    ("Gunmen killed nine people in Oromia Regional State on Sunday.", "Ethiopia", "Oromia"),
])
def test_a_region_by_its_official_style_is_its_countrys(text: str, country: str, admin1: str) -> None:
    assert where(text)[:2] == (country, admin1)


@pytest.mark.parametrize("text,expected", [
    ("Jihadists attacked the town of Bosso near the Nigerian border overnight, killing four soldiers.",
     ("Niger", "Bosso")),
    ("Insurgents raided the town of Bosso, close to the frontier with Nigeria, and killed three herders.",
     ("Niger", "Bosso")),
    ("Gunmen killed six people in Bosso, Niger State, on Friday.", ("Nigeria", "Bosso")),
])
def test_a_district_of_the_project_beside_a_border_is_the_neighbours_namesake(text: str,
                                                                             expected: tuple[str, str]) -> None:
    country, _, city = where(text)
    assert (country, city) == expected
