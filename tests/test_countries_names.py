"""Where one place's name ends in another's ("Mocimboa da Praia" and Praia, Cabo Verde's capital) the name is the
first place's; a three-letter town NER takes for a person still counts after "near" or "in" ("near Gao"), an
acronym does not. Sentences written for these tests."""
from __future__ import annotations

from tests.country_cases import country
from worker.extract import countries, places



def test_the_tail_of_a_longer_place_name_is_no_second_place(nlp) -> None:
    assert country("Rwandan troops killed 18 insurgents near Mocimboa da Praia on Friday.", nlp) == "Mozambique"


def test_a_three_letter_town_after_a_preposition_is_a_clue(nlp) -> None:
    assert country("French troops killed 15 jihadists in an air strike near Gao.", nlp) == "Mali"


def test_a_three_letter_acronym_is_no_town(nlp) -> None:
    text = "Gunmen killed two guards near NGO offices, the agency said."
    assert not [c for c in countries.clues(text, places.find(text, 0, len(text), nlp(text)), nlp(text))
                if c.why == "town"]


def test_a_town_whose_name_goes_on_after_the_found_word_is_the_longer_town(nlp) -> None:
    # the place finder takes "Tal" alone, a name of towns in Syria, India, Pakistan...; the text writes Tal Abyad
    text = "A car bomb killed eight civilians in Tal Abyad during a ceasefire, medics said."
    doc = nlp(text)
    found = countries.clues(text, places.find(text, 0, len(text), doc), doc)
    assert {c.country for c in found if c.why == "town"} == {"Syria"}
