"""A place named with its unit: "the village of X" names the village (no province of a namesake abroad), "the X
region" the province whose own name holds the type word, "the X province of <country>" that country's province,
and "Town, Georgia" the US state's town even when NER alone finds the town."""
from __future__ import annotations

from tests.place_cases import where


def test_a_village_of_a_name_is_no_province() -> None:
    got = where("Bandits abducted 12 pupils from a school in the village of Kuriga late on Friday.")
    assert got[1] is None


def test_a_region_whose_name_holds_the_word() -> None:
    got = where("Two fighters died when a drone hit their post in the Kurdistan region of northern Iraq on Tuesday.")
    assert got[:2] == ("Iraq", "Kurdistan Region")


def test_a_province_of_the_country_named_after_it() -> None:
    assert where("Rebels killed six soldiers in the Punjab province of India on Tuesday.")[:2] == ("India", "Punjab")


def test_a_town_of_the_us_state_named_like_a_country() -> None:
    assert where("Police said two men were shot dead outside a bar in Columbus, Georgia late on Saturday.") == \
        ("United States", "Georgia", "Columbus")
    assert where("A gunman wounded three shoppers at a mall in Albany, Georgia, police said on Monday.") == \
        ("United States", "Georgia", "Albany")


def test_a_town_the_gazetteer_lacks_in_the_unit_after_the_comma() -> None:
    assert where("Gunmen shot dead two farmers in San Isidro, Petén on Monday.") == ("Guatemala", "Petén", "San Isidro")
    assert where("Gunmen shot dead two farmers in La Paz, Petén on Monday.") == ("Guatemala", "Petén", "La Paz")


def test_a_province_then_its_country_after_the_comma() -> None:
    assert where("Troops killed six militants in Punjab, India on Monday.")[:2] == ("India", "Punjab")
