"""Shapes of place misses on unread text (issue #13): a village the gazetteer lacks beside a province named like
its capital ("in Dankuraba in Kano"), a province qualifying its town where a bigger town abroad bears the
province's name ("the Zou town of Ouinhi"), a province whose own name is a compass word written with its type word
("the Western region": reported "Western"), and a province the country before it places ("Ghana's Western
Region"). Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where
from worker.extract import capital_names, toponyms


@pytest.mark.parametrize("text, want", [
    ("Bandits shot dead four herders in Kwanaruwa in Kano on Thursday, police said.",
     ("Nigeria", "Kano", "Kwanaruwa")),
    ("Unknown gunmen killed two traders in Qasribeh in Tartus on Sunday, a monitor said.",
     ("Syria", "Tartus", "Qasribeh")),
    ("Three farmers were killed in Lomindaro in Loja on Friday, officials said.",
     ("Ecuador", "Loja", "Lomindaro")),
])
def test_an_unknown_village_beside_a_capital_named_province_is_the_village(text: str, want: tuple) -> None:
    assert where(text) == want


def test_a_known_quarter_beside_the_capital_is_still_read_as_the_town() -> None:
    # "Sabon Gari" names towns the gazetteer knows: the words do not say the province is meant
    text = "in Sabon Gari in "
    assert capital_names.reading(text + "Kano", len(text), len(text) + 4) is None


@pytest.mark.parametrize("text, want", [
    ("Gunmen shot dead three traders on Friday in the Zou town of Ouinhi, police said.", ("Benin", "Zou", "Ouinhi")),
    ("A bomb killed two soldiers in the Aleppo town of Azaz on Friday.", ("Syria", "Aleppo", "Azaz")),
])
def test_the_province_town_of_shape_names_the_province(text: str, want: tuple) -> None:
    assert where(text) == want


@pytest.mark.parametrize("name, country, want", [
    ("Western Region", "Uganda", "Western"),
    ("Eastern Region", "Uganda", "Eastern"),
    ("Northern Region", "Ghana", "Northern"),
    ("South Governorate", "Lebanon", "South Governorate"),  # the gazetteer and the gold call it so
    ("Free State", "South Africa", "Free State"),
])
def test_a_compass_province_is_reported_without_its_type_word(name: str, country: str, want: str) -> None:
    assert toponyms.plain_province(name, country) == want


@pytest.mark.parametrize("text, want", [
    ("Rebels ambushed a convoy in the Western region on Saturday, killing three soldiers, the Ugandan army said.",
     ("Uganda", "Western", None)),
    ("Gunmen killed two miners in Tarkwa in Ghana's Western Region on Sunday, police said.",
     ("Ghana", "Western", "Tarkwa")),
])
def test_a_region_named_with_its_type_word(text: str, want: tuple) -> None:
    assert where(text) == want


@pytest.mark.parametrize("text, want", [
    # the text ties the town to a province the gazetteer does not put it in: reported as the text says
    ("Gunmen shot dead six people on Friday in the Kirkuk town of Tuz Khurmatu, officials said.",
     ("Iraq", "Kirkuk", "Tuz Khurmatu")),
    ("Gunmen raided a police post in Guera's Ati district on Friday, killing three officers.",
     ("Chad", "Guera", "Ati")),
])
def test_the_province_the_text_ties_the_town_to(text: str, want: tuple) -> None:
    assert where(text) == want


def test_a_possessive_province_that_holds_its_district_is_kept() -> None:
    text = "Gunmen raided a police post in Batha's Ati district on Friday, killing three officers."
    assert where(text) == ("Chad", "Batha", "Ati")


@pytest.mark.parametrize("text, want", [
    # a two-word compass province written as one word, its country told by the town beside it
    ("Separatists burned houses in Kumbo in the Northwest region on Friday, killing two people.",
     ("Cameroon", "North-West", "Kumbo")),
    ("Armed men attacked a village near Maun in the Northwest region on Friday, killing two herders.",
     ("Botswana", "North West", "Maun")),
])
def test_a_one_word_compass_province(text: str, want: tuple) -> None:
    assert where(text) == want


# review of the shapes above (fresh sentences): a quarter of a metropolis, a feast or a landmark before "in <city>",
# a compass region of a country the text names, a country's possessive, a country after "province of"
@pytest.mark.parametrize("text, want", [
    ("Gunmen shot dead three traders in Gwammaja in Kano on Tuesday, police said.", ("Nigeria", "Kano", "Kano")),
    ("A blast killed two men in Tudun Wadarawa in Kaduna on Tuesday.", ("Nigeria", "Kaduna", "Kaduna")),
])
def test_an_unknown_quarter_of_a_metropolis_is_the_city(text: str, want: tuple) -> None:
    assert where(text) == want


def test_a_rural_setting_keeps_the_village_beside_a_metropolis() -> None:
    text = "Bandits killed four farmers in Gidan Dorawa in Kano on Tuesday, villagers said."
    assert where(text) == ("Nigeria", "Kano", "Gidan Dorawa")


@pytest.mark.parametrize("before", ["in Ramadan in ", "in December in ", "near Central Mosque in "])
def test_a_feast_month_or_landmark_is_no_village(before: str) -> None:
    assert capital_names.reading(before + "Gombe", len(before), len(before) + 5) != "province"


@pytest.mark.parametrize("text, want", [
    ("Gunmen killed seven villagers in Dankoli in the Northwest region of Nigeria on Tuesday.", "Nigeria"),
    ("Rebels killed five people in Kabasa in the Northeast region on Tuesday, Congolese officials said.",
     "Democratic Republic of the Congo"),
])
def test_a_compass_region_abroad_yields_to_the_named_country(text: str, want: str) -> None:
    assert where(text)[0] == want


def test_a_country_possessive_is_no_province() -> None:
    assert where("Gunmen killed three officers in Djibouti's Tadjourah district on Tuesday.")[1] == "Tadjourah"


def test_a_country_after_province_of_is_the_country() -> None:
    assert where("Gunmen killed four people in the Copperbelt province of Zambia on Tuesday.")[:2] == \
        ("Zambia", "Copperbelt")
