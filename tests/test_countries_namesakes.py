"""A town name that towns of several countries bear is the namesake of the country the rest of the text points to
(countries.namesake_countries, settled in countries._settle_shared), not the biggest namesake by size, and not a
bigger town that bears the name only as an alternate (Belém's "Bethlehem"). A namesake far smaller than the biggest
needs its state in the sentence. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import nlp, where
from worker.extract import extract_incidents
from worker.extract.countries import namesake_countries


@pytest.mark.parametrize("text, country", [
    # an alternate name of a bigger town abroad gives way to the town's own name where the demonyms point
    ("Israeli troops shot dead two Palestinians in Bethlehem on Sunday, the Palestinian health ministry said.",
     "Palestine"),
    ("A Palestinian teenager was killed by Israeli fire near Bethlehem on Tuesday, Palestinian medics said.",
     "Palestine"),
    ("Settlers wounded three Palestinian farmers outside Hebron on Friday, the Palestinian Red Crescent said.",
     "Palestine"),
    ("Gunmen killed two worshippers in Nazareth on Sunday, Israeli police said.", "Israel"),
    # two towns of their own name: the demonym chooses, whichever is bigger
    ("Gunmen shot dead a cleric in Hyderabad on Friday, Pakistani officials said.", "Pakistan"),
    ("Gunmen shot dead a shopkeeper in Hyderabad on Friday, Indian police said.", "India"),
    ("A car bomb killed three soldiers in Tripoli on Monday, the Lebanese army said.", "Lebanon"),
    ("Clashes between rival militias killed four people in Tripoli on Monday, Libyan officials said.", "Libya"),
    ("A man stabbed three people in Valencia on Saturday, Spanish police said.", "Spain"),
    ("Gunmen killed four people in Valencia on Saturday, Venezuelan police said.", "Venezuela"),
    ("Two police officers were shot dead in Cordoba on Sunday, the Spanish interior ministry said.", "Spain"),
    ("Gunmen killed three people in Cordoba on Sunday, Argentine police said.", "Argentina"),
    ("Police fired on protesters in Leon on Sunday, killing two, Nicaraguan human rights groups said.", "Nicaragua"),
    ("A gunman killed five people in Leon on Sunday, Mexican authorities said.", "Mexico"),
    ("A gunman shot dead two people in Barcelona on Sunday, Venezuelan police said.", "Venezuela"),
    ("Gunmen killed three guards in Merida on Sunday, Venezuelan officials said.", "Venezuela"),
    ("A bomb killed two soldiers in Cartagena on Sunday, the Spanish defence ministry said.", "Spain"),
    ("A bomb killed six people in Rafah on Sunday, Egyptian officials said.", "Egypt"),
    ("A gunman killed three people in Salem on Sunday, Indian police said.", "India"),
    # a province's name, written bare, is also a town's name the text may mean
    ("A gunman killed four people in Durango on Sunday, Spanish police said.", "Spain"),
    ("A gunman shot dead two people in Victoria on Sunday, Canadian police said.", "Canada"),
    # a far smaller namesake is not taken for a visitor's demonym
    ("An American tourist was stabbed to death in Alexandria on Sunday, police said.", "Egypt"),
    ("An American couple was stabbed in Paris on Sunday, police said.", "France"),
    ("A gunman killed two people in Naples on Saturday, Italian police said.", "Italy"),
    ("A gunman killed two people at a bar in Santiago on Saturday, Chilean police said.", "Chile"),
    # ...unless the sentence names its state
    ("A gunman killed two people at a gas station in Paris, Texas, on Sunday, police said.", "United States"),
    ("A gunman killed two people in Alexandria, Virginia, on Sunday.", "United States"),
])
def test_the_namesake_of_the_country_the_text_points_to(text: str, country: str) -> None:
    assert where(text)[0] == country


@pytest.mark.parametrize("text, want", [
    ("Israeli troops shot dead two Palestinians in Bethlehem on Sunday, the Palestinian health ministry said.",
     ("Palestine", "West Bank", "Bethlehem")),
    ("Gunmen shot dead a shopkeeper in Hyderabad on Friday, Indian police said.", ("India", "Telangana", "Hyderabad")),
    ("A car bomb killed three soldiers in Tripoli on Monday, the Lebanese army said.",
     ("Lebanon", "Ash Shimal", "Tripoli")),
    ("A man stabbed three people in Valencia on Saturday, Spanish police said.", ("Spain", "Valencia", "Valencia")),
    ("A gunman killed four people in Durango on Sunday, Spanish police said.", ("Spain", "País Vasco", "Durango")),
])
def test_the_town_is_that_country_s_namesake(text: str, want: tuple[str, str, str]) -> None:
    assert where(text) == want


@pytest.mark.parametrize("text, country", [
    # a visitor's, a government's or a victim's country told after the incident's sentences does not choose
    ("A bomb killed four people in Birmingham on Sunday. An American tourist was among the dead.", "United Kingdom"),
    ("A gunman killed three people in Valencia on Sunday. The victims included a Venezuelan student. The United "
     "States condemned the attack.", "Venezuela"),
    ("Gunmen killed five people in Tripoli on Monday. Washington condemned the attack, and Lebanon's foreign "
     "ministry urged calm.", "Libya"),
    # a country put where things are in the incident's sentence does
    ("A bomb killed four people in Valencia on Monday, the worst attack in Spain in a decade.", "Spain"),
])
def test_only_the_incident_s_own_clues_choose_the_namesake(text: str, country: str) -> None:
    assert where(text)[0] == country


@pytest.mark.parametrize("text, want", [
    # a country's name a far state bears: the places and bodies within the story's country decide
    ("A man shot dead two deputies in Georgia on Sunday, the FBI said.", ("United States", "Georgia")),
    ("A gunman killed four people at a church in Georgia on Sunday. Governor Brian Kemp ordered flags lowered in "
     "Atlanta.", ("United States", "Georgia")),
    ("Russian troops shelled villages in Georgia on Sunday, killing two, Georgian officials said. The U.S. State "
     "Department condemned the attack.", ("Georgia", None)),
    ("A bomb killed two policemen in Georgia on Sunday, officials in Tbilisi said.", ("Georgia", None)),
    # a neighbour's state of the name keeps the country's reading
    ("Jihadists killed 20 soldiers in Niger on Sunday. Nigerian troops closed the border near Sokoto.", ("Niger", None)),
])
def test_a_country_s_name_a_far_state_bears(text: str, want: tuple[str, str | None]) -> None:
    assert where(text)[:2] == want


@pytest.mark.parametrize("title, text, want", [
    # the headline's town stands as the dateline; the name said twice is one clue, settled by the others
    ("Lebanese soldiers killed in Tripoli bombing", "A car bomb killed three soldiers on Monday, the army said.",
     ("Lebanon", "Tripoli")),
    ("Militia clashes in Tripoli kill four", "Clashes between rival armed groups killed four people on Monday.",
     ("Libya", "Tripoli")),
    ("Shopkeeper shot dead in Hyderabad", "Gunmen shot dead a shopkeeper on Friday, Indian police said.",
     ("India", "Hyderabad")),
    ("Car bomb in Valencia", "A car bomb killed two people in Valencia on Monday, Spanish police said.",
     ("Spain", "Valencia")),
])
def test_the_headline_s_namesake_is_settled_too(title: str, text: str, want: tuple[str, str]) -> None:
    first = extract_incidents(text, nlp()(text), "2031-05-02", title)[0]
    assert (first.country, first.city) == want


def test_the_namesakes_a_reader_may_mean() -> None:
    assert {"Palestine", "Brazil"} <= namesake_countries("Bethlehem")  # Belém by an alternate name, a third its size
    assert namesake_countries("Hyderabad") == {"India", "Pakistan"}
    assert "United States" not in namesake_countries("Paris")  # Paris, Texas: under a tenth of Paris
    assert namesake_countries("Kano") == {"Nigeria"}
