"""Two units named one inside the other: the inner one is the site. "X tehsil of Y district" (a sub-unit the text
places inside a district, known to the gazetteer or not), "X in [Owner's] Y district" (a town right before the
district it lies in) and "X, Y municipality / commune / cercle" (an address chain) give X, as "X village of Y LGA"
does; a district of a province stays the district. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, city", [
    ("Gunmen killed two soldiers in Rajo tehsil of Dera Bugti district, Balochistan, on Saturday.", "Rajo"),
    ("Militants ambushed a police patrol in Wana Tehsil of South Waziristan district on Friday, killing three.",
     "Wana"),
    ("Cattle raiders killed six herders in Loima sub-county of Turkana county on Sunday, police said.", "Loima"),
    ("Gunmen shot dead three people at Moreh in Manipur's Tengnoupal district on Tuesday.", "Moreh"),
    ("Gunmen killed two soldiers in Dera Bugti district's Pir Koh tehsil on Saturday.", "Pir Koh"),
    ("Militants ambushed a Levies patrol in Zhob district's Sambaza tehsil on Friday, killing two.", "Sambaza"),
    # a district of a province: the district
    ("Insurgents detonated a bomb in Bannang Sata district of Yala province on Monday, killing two rangers.",
     "Bannang Sata"),
    # a tehsil alone keeps its name; a district alone its own
    ("A suicide bomber killed nine people at a rally in the Khar tehsil of Bajaur district on Sunday.", "Khar"),
    ("Gunmen killed two polio workers in Dera Bugti district on Monday, officials said.", "Dera Bugti"),
])
def test_the_inner_unit(text: str, city: str) -> None:
    assert where(text)[2] == city


@pytest.mark.parametrize("text, city", [
    # an address chain "X, Y municipality / commune / cercle, Z": the municipality, commune or cercle is X's unit
    ("Gunmen killed a village chief in Pinyamo, Guapi municipality, Cauca, on Saturday.", "Pinyamo"),
    ("Cartel gunmen killed seven people in El Salto, Pueblo Nuevo municipality, Durango, on Saturday.", "El Salto"),
    ("Armed men killed five people in Ngouyali, Bosso commune, Diffa region, on Sunday.", "Ngouyali"),
    ("A landmine killed three soldiers in Dogofry village, Niono cercle, Segou region, on Thursday.", "Dogofry"),
    # the unit alone, or named after its town, is the town
    ("Gunmen killed five people in Guapi municipality on Saturday.", "Guapi"),
    ("A bomb killed three policemen in the municipality of Tibu, Norte de Santander, on Friday.", "Tibu"),
    ("Jihadists attacked an army post in Niono cercle, Segou region, killing eight soldiers.", "Niono"),
])
def test_the_town_of_an_address_chain(text: str, city: str) -> None:
    assert where(text)[2] == city


@pytest.mark.parametrize("text, city", [
    # a place named before "X tehsil/sub-county of Y district/county" is the innermost: the site
    ("Bandits killed four herders in Lokori, in Turkana East sub-county of Turkana county, on Monday.", "Lokori"),
    ("Gunmen killed two teachers in Inayat Kalay in Khar tehsil of Bajaur district on Tuesday.", "Inayat Kalay"),
])
def test_a_place_before_the_nested_units(text: str, city: str) -> None:
    assert where(text)[2] == city


@pytest.mark.parametrize("text, city", [
    # a person named before "Y municipality/commune/cercle" with a post, or after a person's noun: Y is the town
    ("Gunmen killed Pedro Gomez, Toribio municipality councillor, on Friday.", "Toribio"),
    ("Armed men killed Issa Sawadogo, Arbinda commune's mayor, on Sunday.", "Arbinda"),
    ("Dissidents killed community leader Ana Rios, Argelia municipality, Cauca, on Monday.", "Argelia"),
])
def test_a_person_before_the_municipality(text: str, city: str) -> None:
    assert where(text)[2] == city
