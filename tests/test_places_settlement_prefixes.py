"""A village named after the word its language writes before the name (data/settlement_prefixes.csv: "Barangay
Tubod", "kibbutz Nir Yitzhak", "vereda El Tablazo") is the city, in that word's country; a name the shape cannot
spell to its end gives no part of it, and a word several countries use leaves the country to the text; a barangay
the text places in a named town leaves the town as the place."""
from __future__ import annotations

import pytest

from tests.place_cases import where
from worker.extract.place_words import settlement_named


@pytest.mark.parametrize("text, country, city", [
    ("Soldiers and NPA rebels clashed in Barangay Malinao, Northern Samar, on Sunday, killing two.",
     "Philippines", "Malinao"),
    ("Gunmen shot dead a village councillor in Barangay Tubod, Lanao del Norte, on Friday, police said.",
     "Philippines", "Tubod"),
    ("Soldiers killed two rebels in sitio Balintawak, Davao de Oro, on Wednesday.", "Philippines", "Balintawak"),
    ("Hamas gunmen killed 20 residents of kibbutz Nir Yitzhak on Saturday, Israeli officials said.",
     "Israel", "Nir Yitzhak"),
    ("FARC dissidents killed four soldiers in the vereda El Tablazo, Cauca, on Sunday.", "Colombia", "El Tablazo"),
])
def test_a_prefixed_village_is_the_city(text: str, country: str, city: str) -> None:
    got = where(text)
    assert (got[0], got[2]) == (country, city)


def test_a_barangay_of_a_named_town_is_the_town() -> None:
    # a barangay is a part of its municipality, as a quarter is of its city
    got = where("Three soldiers and two rebels were killed in a clash in Barangay Cabagal, Himamaylan City, on "
                "Thursday, the army said.")
    assert got[2] == "Himamaylan"
    got = where("BACOLOD CITY — Two soldiers were killed in an encounter with rebels in Sitio Lunoy, Barangay "
                "Bulwangan, Himamaylan City, Negros Occidental, on Sunday, the army said.")  # a chain of parts
    assert got[2] == "Himamaylan"


def test_the_unit_after_the_comma_picks_the_namesake() -> None:
    assert where("Gunmen shot dead a village councillor in Barangay Tubod, Lanao del Norte, on Friday.")[1] \
        == "Lanao del Norte"


@pytest.mark.parametrize("text, name", [
    ("A rocket hit moshav Netiv HaAsara on Tuesday.", None),  # the shape cannot spell "HaAsara": no part of it
    ("The barangay captain was shot on Tuesday.", None),  # no name after the word
    ("Rebels raided Douar Ouled Said at dawn.", "Ouled Said"),
    ("Rebels raided Douar Ouled Said Ben Ali at dawn.", None),  # longer than the shape spells: no part of it
    ("Rebels raided douar Tikht, police said.", "Tikht"),
])
def test_the_name_is_the_whole_capitalised_run(text: str, name: str | None) -> None:
    m = settlement_named().search(text)
    assert (m.group("d") if m else None) == name
