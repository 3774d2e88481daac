"""The locality where it happened is the city, its district's town only the unit: a village named with its kind word
"near" which a clash took place, placed "in Y district" (a province's possessive may own the district), and a commune
an appositive places "in the Y district" (the level below the district). Fresh sentences written for these tests
(real places, invented events)."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, want", [
    ("Four soldiers were killed in a clash with militants near Kolpara village in Malkangiri district on Monday.",
     ("India", "Odisha", "Kolpara")),
    ("Three Maoists were killed in an exchange of fire with police near Gompad village in Chhattisgarh's Sukma "
     "district on Tuesday.", ("India", "Chhattisgarh", "Gompad")),
    ("At least nine traders were killed on Friday when an airstrike hit the weekly fair of Boulkessi, a commune on "
     "the border in the Douentza district of the Mopti region, local officials said.", ("Mali", "Mopti", "Boulkessi")),
])
def test_the_village_in_its_district_is_the_city(text: str, want: tuple[str, str, str]) -> None:
    assert where(text) == want



def test_a_countrys_other_name_given_as_a_community_is_the_town() -> None:
    """"Gwada" is also Guadeloupe's name: an appositive that calls it a community in an LGA makes it the town."""
    text = ("Gunmen have abducted nine farmers from their homes in Gwada, a community in the Shiroro Local "
            "Government Area of Niger State, on Friday.")
    assert where(text) == ("Nigeria", "Niger", "Gwada")


def test_the_assailants_sentence_names_the_village() -> None:
    """"The assailants arrived ... in X, in Y territory": the sentence after the lead points back at its doers (as
    "the attackers" does) and tells where it happened; the territory's town named later is only the unit."""
    text = ("Rebels armed with guns and machetes killed at least 14 people late on Sunday in a village in the "
            "Democratic Republic of the Congo's North Kivu province, local officials said.\n"
            "The assailants arrived at about 7pm in Kalunguta, in Beni territory, as farmers were coming home, said "
            "a civil society leader.\n"
            "The administrator of Beni territory said the army had been deployed. Hundreds of families fled to Oicha "
            "and Beni on Monday.")
    assert where(text) == ("Democratic Republic of the Congo", "North Kivu", "Kalunguta")


@pytest.mark.parametrize("text, want", [
    ("In Swaziland, a village was set on fire by armed men on Sunday, killing four people.", "Eswatini"),
    ("On Wednesday in Burma, a town in Sagaing was shelled by army troops, killing nine people.", "Myanmar"),
])
def test_a_fronted_country_by_its_other_name_stays_the_country(text: str, want: str) -> None:
    """"In Swaziland, a village was ...": a locative the sentence opens with and the subject after it, no appositive
    that calls the country's other name a town: the country stays, and its name is no city."""
    country, _, city = where(text)
    assert country == want and city not in ("Swaziland", "Burma")


@pytest.mark.parametrize("text", [
    "Bandits killed nine farmers in a village in Nigeria on Monday, police said.\n"
    "The assailants came from Gusau, a local leader said.",
    "Bandits killed nine farmers in a village in Nigeria on Monday, police said.\n"
    "The attackers, who came from Gusau, rode on motorcycles, a local leader said.",
])
def test_where_the_doers_came_from_is_no_scene(text: str) -> None:
    """"The assailants came from Gusau": a sentence that points back at the event by its doers gives the event
    only the place of their act, not their origin."""
    assert where(text)[2] is None


def test_a_village_the_doers_stayed_near_is_no_site() -> None:
    """"the rebels had camped near X village in Y district": where the doers stayed, not the site of the act, so
    the village is not taken as the city."""
    text = ("Maoists shot dead two constables in Narayanpur on Friday. Police said the attackers had camped near "
            "Tarrem village in Bijapur district before the attack.")
    assert where(text)[2] != "Tarrem"


def test_a_fronted_country_names_no_town() -> None:
    """"In Mozambique, a village near Mocimboa da Praia was raided": the capitalised preposition and the country
    that open the sentence are no town's name."""
    text = "In Mozambique, a village near Mocimboa da Praia was raided by insurgents on Sunday, killing eight people."
    assert not (where(text)[2] or "").startswith("In ")


def test_a_fronted_appositive_still_names_the_town() -> None:
    """"In Gwada, a community in Shiroro LGA, gunmen abducted ...": a fronted appositive that closes with a comma
    still calls the country's other name a town, without the sentence's "In"."""
    text = ("In Gwada, a community in the Shiroro Local Government Area of Niger State, gunmen abducted six "
            "traders on Monday.")
    assert where(text) == ("Nigeria", "Niger", "Gwada")
