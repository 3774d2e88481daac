"""Place errors of issue 13 (fresh sentences written for these tests):
- a town that bears a name only as an alternate does not outvote a town bearing it as its own unless it is big and
  the name is made of real words (countries._alternate_known): "Taba" is Egypt's, not Teignmouth's other name;
  "Garden City" is no nickname of Singapore's; exonyms and old names of big towns still count ("Londonderry");
- a province's name that is another of its names plus "City" is its capital's, no spelling of the province
  (toponyms._city_form): "in Guatemala City" reports Guatemala department;
- an upper-case dateline with an accented capital ("CÚCUTA, Colombia —") is where the story was filed, no doer."""
from __future__ import annotations

import pytest

from tests.place_cases import nlp, where
from worker.extract import extract_incidents
from worker.extract.countries import namesake_countries, town_votes
from worker.extract.group_names import dateline_end


def _top(name: str) -> str:
    votes = town_votes(name)
    return max(votes, key=votes.__getitem__)


def test_a_small_town_s_other_language_name_does_not_outvote_the_town_of_that_name() -> None:
    assert _top("Taba") == "Egypt"
    assert namesake_countries("Taba") == {"Egypt"}


def test_a_nickname_of_plain_words_is_no_namesake() -> None:
    assert "Singapore" not in namesake_countries("Garden City")


@pytest.mark.parametrize("name, country", [("Londonderry", "United Kingdom"), ("Canton", "China"),
                                           ("Madras", "India"), ("Florence", "Italy")])
def test_a_big_town_s_exonym_or_old_name_still_counts(name: str, country: str) -> None:
    assert _top(name) == country


def test_a_text_naming_the_small_resort_by_its_own_name_is_in_its_country() -> None:
    assert where("A car bomb exploded outside a hotel in Taba on Sunday, killing three tourists.")[0] == "Egypt"


@pytest.mark.parametrize("text, want", [
    ("Gunmen shot dead four bus drivers in Guatemala City on Saturday, police said.",
     ("Guatemala", "Guatemala", "Guatemala City")),
    ("A grenade blast killed three people at a market in Cebu City on Monday.",
     ("Philippines", "Cebu", "Cebu City")),
    # the province's own English name keeps "City"
    ("A gunman shot dead two taxi drivers in Mexico City on Monday.", ("Mexico", "Mexico City", "Mexico City")),
])
def test_a_capital_named_with_city_is_no_spelling_of_its_province(text: str, want: tuple[str, str, str]) -> None:
    assert where(text) == want


def test_an_accented_upper_case_dateline_is_no_doer() -> None:
    text = ("CÚCUTA, Colombia — Clashes between the ELN and a rival armed group killed six people in a rural area "
            "of Tibú on Thursday, the governor said.")
    assert dateline_end(text) > 0
    first = extract_incidents(text, nlp()(text), "2031-05-02")[0]
    assert all("CÚCUTA" not in p and "Cúcuta" not in p for p in first.perpetrators)


@pytest.mark.parametrize("text, country", [
    # a small town abroad, in a country at peace the text names nowhere else, loses to the force's far country at war
    ("Malian troops shot dead nine herders accused of helping jihadists in Moura on Tuesday, villagers said.", "Mali"),
    # a town of a country at war keeps its vote, and so does a neighbour's town or one the text places otherwise
    ("Israeli drones struck a car in Naqoura on Sunday, killing two people.", "Lebanon"),
    ("Colombian soldiers killed five ELN rebels near Arauquita on Sunday.", "Colombia"),
    ("Malian soldiers shot dead two tourists in Moura, Portugal, on Tuesday, Portuguese police said.", "Portugal"),
])
def test_a_far_small_town_gives_way_to_a_force_s_country_at_war(text: str, country: str) -> None:
    assert where(text)[0] == country


@pytest.mark.parametrize("text, country", [
    # a people abroad is no sign of their country's war: the small town stays in its own country
    ("An Afghan refugee stabbed two women to death in Wolmirstedt on Thursday, prosecutors said.", "Germany"),
    ("A Syrian national stabbed a shopkeeper in Bad Oeynhausen on Saturday evening, killing him, police said.",
     "Germany"),
    # the country's armed group, a word between them, still carries the far small town abroad
    ("Malian army soldiers shot dead four traders in Moura on Friday, villagers said.", "Mali"),
])
def test_a_far_small_town_stays_when_the_demonym_names_people_abroad(text: str, country: str) -> None:
    assert where(text)[0] == country
