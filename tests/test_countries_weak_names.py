"""Names that look like a place's but name no place of the event: an owner's possessive before a shop ("Nakamura's
Noodle House"), a language word before a person ("a Telugu tutor"), a place's name in a
compound adjective ("a Texas-based firm"). Each weighs little or nothing against the country a state's demonym or
name writes. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.country_cases import country
from worker.extract import countries


@pytest.mark.parametrize("text", [
    "Robbers shot a guard dead at Nakamura's Noodle House on Friday, police said.",
    "A woman was stabbed outside Wojciechowski's Deli on Monday, police said.",
    "Three men were wounded in a brawl at Okonkwo's, a bar near the harbour, police said.",
])
def test_an_owners_possessive_invents_no_country(text: str, nlp) -> None:
    """The spelling fallback (name_shapes) reads no person's or firm's name as a village."""
    assert country(text, nlp) is None


def test_a_place_known_as_possessor_still_places_the_name_after_it() -> None:
    assert not countries._owned("raided Nigeria's Anguwan Dutse village", len("raided Nigeria's "))
    assert countries._owned("stabbed at Novak's Bakery", len("stabbed at Novak's "))


@pytest.mark.parametrize("text, expected", [
    ("A Telugu tutor was beaten to death outside a community hall, American police said.", "United States"),
    ("Gunmen killed a Khmer monk near a temple, Thai police said.", "Thailand"),
])
def test_a_language_word_does_not_outvote_a_states_demonym(text: str, expected: str, nlp) -> None:
    assert country(text, nlp) == expected


def test_a_language_people_alone_still_names_its_country() -> None:
    assert country("Wolof herders said raiders killed four of them at a well.") == "Senegal"


@pytest.mark.parametrize("text, expected", [
    ("Gunmen shot dead a driver of a Texas-based aid group, Honduran police said.", "Honduras"),
    ("Bandits robbed and killed three passengers of a Nairobi-bound bus, Ugandan police said.", "Uganda"),
    ("A Kenya-registered lorry was torched and its driver killed, Somali officials said.", "Somalia"),
])
def test_a_compound_adjective_of_a_place_does_not_outvote_the_speakers_country(text: str, expected: str, nlp) -> None:
    assert country(text, nlp) == expected


def test_a_compound_adjective_of_a_place_alone_still_leans_to_it(nlp) -> None:
    assert country("Bandits robbed and killed three passengers of a Nairobi-bound bus on Monday.", nlp) == "Kenya"
