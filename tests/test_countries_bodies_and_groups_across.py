"""A legislature, party or force of one country names it, weakly (data/bodies.csv, world facts); a place inside such
a name is none of the story's; a group's home gives way to a neighbour's town the incident names; a country or
demonym inside a one-country group's name is that group's home, no second clue. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.country_cases import country, rows_name_known_countries
from worker.extract import countries


@pytest.mark.parametrize("text, expected", [
    ("A member of the Knesset was wounded when a gunman opened fire on his car.", "Israel"),
    ("Two Awami League activists were hacked to death in a village overnight.", "Bangladesh"),
    ("A ZANU-PF councillor was beaten to death by a mob on Sunday.", "Zimbabwe"),
    ("Assam Rifles personnel killed two insurgents in an encounter.", "India"),
    ("The Verkhovna Rada deputy survived a car bomb on Tuesday.", "Ukraine"),
])
def test_a_one_country_body_names_it(text: str, expected: str) -> None:
    assert country(text) == expected


def test_a_place_inside_a_body_name_is_no_clue() -> None:
    # Libya's Sabha is no clue of "the Lok Sabha"
    assert country("A member of the Lok Sabha was shot dead by gunmen on Monday.") == "India"


def test_a_body_inside_a_longer_word_or_lower_case_is_no_clue() -> None:
    assert countries.body_clues("the knesset, UNITAS and ANC-style slogans") == []


def test_every_body_row_names_a_known_country_and_says_what_it_is() -> None:
    assert len(rows_name_known_countries("bodies.csv", "name")) > 80


def test_a_group_raiding_a_neighbour_is_in_the_neighbour(nlp) -> None:
    # al-Shabaab's home is Somalia, Wajir a Kenyan town; Kataib Hezbollah's Iraq, Maharda a town of Syria's Hama (NER
    # reads it as a people: a weak untagged town, which the group outweighed)
    assert country("Al-Shabaab fighters killed six villagers in an attack in Wajir on Monday.", nlp) == "Kenya"
    assert country("Kataib Hezbollah fighters attacked Maharda on Monday, killing six villagers.", nlp) == "Syria"


def test_the_group_still_decides_alone_and_at_home(nlp) -> None:
    assert country("Al-Shabaab fighters killed six soldiers in an ambush on Monday.", nlp) == "Somalia"
    assert country("Al-Shabaab fighters killed six villagers in an attack in Baidoa on Monday.", nlp) == "Somalia"


def test_a_group_across_halves_only_its_own_clue() -> None:
    found = [countries.Clue("Somalia", 0.3, 0, "group"), countries.Clue("Kenya", 0.2, 40, "town")]
    out = countries._groups_across(found, [(0, 100)])
    assert out == [countries.Clue("Somalia", 0.3 * countries.GROUP_ACROSS, 0, "group"), found[1]]
    far = [countries.Clue("Somalia", 0.3, 0, "group"), countries.Clue("Peru", 0.2, 40, "town")]
    assert countries._groups_across(far, [(0, 100)]) == far


def test_a_country_inside_a_group_name_is_the_group_home_only(nlp) -> None:
    # the town of Lubumbashi outweighs the home of a Central African group whose name holds its country
    assert country("Popular Front for the Renaissance of the Central African Republic fighters killed six "
                   "villagers in an attack in Lubumbashi on Monday.", nlp) == "Democratic Republic of the Congo"


@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed three residents of a remote payam overnight, a local official said.", "South Sudan"),
    ("Militants killed four farmers in a vereda on Sunday, the army said.", "Colombia"),
])
def test_unit_words_and_peoples_of_one_country_name_it(text: str, expected: str) -> None:
    assert country(text) == expected


def test_a_body_name_is_no_place_nor_holds_one(nlp) -> None:
    from worker.extract import places
    for text in ("A member of the Bundeswehr was stabbed on Monday.", "A member of the Lok Sabha was stabbed.",
                 "Assam Rifles troops killed two insurgents on Monday."):
        doc = nlp(text)
        assert places.find(text, 0, len(text), doc) == []


@pytest.mark.parametrize("people", ["Dalit", "Tharu", "Acholi", "Pokot", "Dayak", "Mapuche", "Yanomami"])
def test_a_people_of_several_countries_is_no_one_country_clue(people: str) -> None:
    # peoples living in numbers on both sides of a border (data/peoples.csv keeps only one-country peoples)
    assert people not in countries.peoples()
