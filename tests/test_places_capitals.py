"""A province's official type words are left out of the reported name ("Somali Regional State" -> "Somali"), and a
bare name that is both a province and its capital town ("Gombe", "Kano", "Herat") is read from the words around it.
Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where
from worker.extract import capital_names, places, toponyms


@pytest.mark.parametrize("name, country, want", [
    ("Somali Regional State", "Ethiopia", "Somali"),
    ("Somali Regional", "Ethiopia", "Somali"),
    ("Oromia Regional State", "Ethiopia", "Oromia"),
    ("Cross River State", "Nigeria", "Cross River"),
    ("Far North Region", "Cameroon", "Far North"),
    # the type word is part of the name when the rest is a compass or a plain adjective, or names no province
    ("South Governorate", "Lebanon", "South Governorate"),
    ("Free State", "South Africa", "Free State"),
    ("Federal Capital Territory", "Nigeria", "Federal Capital Territory"),
    # kept as the gold sets write them
    ("Stockholm County", "Sweden", "Stockholm County"),
    ("Sumy Oblast", "Ukraine", "Sumy Oblast"),
])
def test_plain_province(name: str, country: str, want: str) -> None:
    assert toponyms.plain_province(name, country) == want


def test_a_regional_state_is_reported_by_its_name() -> None:
    assert where("Gunmen killed seven herders near Jijiga in the Somali Regional State on Tuesday, officials said.")[:2] \
        == ("Ethiopia", "Somali")


@pytest.mark.parametrize("text, start, want", [
    ("Gunmen killed two soldiers in Gombe town on Friday.", "Gombe", "town"),
    ("A bomb hit a market in Kano, the state capital, on Friday.", "Kano", "town"),
    ("Police patrolled the streets of Kano on Friday.", "Kano", "town"),
    ("A mob lynched a thief on a street in Gombe on Friday.", "Gombe", "town"),
    ("Bandits attacked a village in Kano on Friday.", "Kano", "province"),
    ("Bandits attacked Kano's Bichi local government area on Friday.", "Kano", "province"),
    ("Bandits attacked Kano, the northern state, on Friday.", "Kano", "province"),
    ("Gunmen killed two people in Kano on Friday.", "Kano", None),
    # a city has districts too: "Kabul's Dashti-Barchi district" is the city's
    ("A bomb exploded in Kabul's Dashti-Barchi district on Friday.", "Kabul", None),
])
def test_reading(text: str, start: str, want: str | None) -> None:
    at = text.index(start)
    assert capital_names.reading(text, at, at + len(start)) == want


def test_twin_needs_a_province_and_its_capital() -> None:
    places.warm()
    pair = capital_names.twin("Gombe", "Nigeria")
    assert pair is not None and (pair[0].kind, pair[1].kind) == ("admin1", "city")
    assert capital_names.twin("Borno", "Nigeria") is None  # a state with no town of its name
    assert capital_names.twin("Maiduguri", "Nigeria") is None  # a town with no state of its name


@pytest.mark.parametrize("text, want", [
    ("Police said a mob lynched a suspected thief on a busy street in Gombe on Friday.", ("Nigeria", "Gombe", "Gombe")),
    ("Gunmen killed two soldiers in Gombe town, capital of Gombe State, on Friday.", ("Nigeria", "Gombe", "Gombe")),
    ("Gunmen killed three farmers in Gombe State on Friday, police said.", ("Nigeria", "Gombe", None)),
    ("Gunmen attacked a village in Kano, killing four people, the state police command said.", ("Nigeria", "Kano", None)),
    ("A bomb hit a market in Kano, the state capital, killing 12, police said.", ("Nigeria", "Kano", "Kano")),
])
def test_province_or_capital_in_an_incident(text: str, want: tuple[str, str, str | None]) -> None:
    assert where(text) == want
