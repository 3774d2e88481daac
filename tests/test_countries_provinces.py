"""A bare name that a big first-level unit bears ("Florida", "Ontario", "Victoria") is read as that province, not as
a foreign town of the name; an office named by its province ("Florida police said") says whose ground the story's
towns are on; a facility named after a town abroad ("Victoria Hospital") is where its sentence's province is.
Sentences written for these tests."""
from __future__ import annotations

from tests.country_cases import country
from worker.extract import countries


def test_a_state_name_outweighs_foreign_towns_of_that_name() -> None:
    assert max(countries.bare_province_votes("Florida").items(), key=lambda kv: kv[1])[0] == "United States"
    assert countries.bare_province_votes("Ontario") == {"Canada": 1.0}


def test_a_town_bigger_than_the_units_of_its_name_keeps_its_reading() -> None:
    assert countries.bare_province_votes("Granada") == {}  # Spain's city, not Nicaragua's department
    assert countries.bare_province_votes("Salem") == {}


def test_compass_units_are_no_bare_province() -> None:
    assert countries.bare_province_votes("North") == {} and countries.bare_province_votes("Centre") == {}


def test_a_bare_province_in_the_text_names_its_country(nlp) -> None:
    assert country("A gunman killed three people in Ontario on Sunday.", nlp) == "Canada"
    assert country("A gunman opened fire at a nightclub in Florida, killing four.", nlp) == "United States"
    assert country("Floods and a landslide killed nine people in Victoria overnight.", nlp) == "Australia"


def test_a_provincial_office_is_a_clue(nlp) -> None:
    assert country("Florida police said a gunman killed three people at a bar on Saturday.", nlp) == "United States"
    assert country("A gunman killed four people in a village on Sunday, Ontario Provincial Police said.", nlp) \
        == "Canada"


def test_a_town_is_on_the_ground_of_the_office_that_speaks_of_it(nlp) -> None:
    # India's Salem is far bigger than any Salem of the United States; the Florida force speaks of its own ground
    assert country("Florida police said a gunman killed three people at a bar in Salem on Saturday.", nlp) \
        == "United States"


def test_a_facility_named_after_a_town_abroad_is_where_its_sentence_says(nlp) -> None:
    assert country("Gunmen killed two guards at Victoria Hospital on Sunday, Karnataka police said.", nlp) == "India"
    assert country("Two nurses were stabbed at Victoria Hospital in Tamil Nadu on Sunday.", nlp) == "India"


def test_an_office_seated_in_a_state_and_its_capital_of_one_country_names_that_country(nlp) -> None:
    # "Kaduna" is a state and its capital, both Nigeria's: whichever seat the police have, the ground is Nigeria's,
    # and a hospital named after a town abroad takes that country
    text = "Gunmen stormed Salem Hospital in Gidan Waya on Monday and killed two nurses, Kaduna police said."
    assert country(text, nlp) == "Nigeria"


def test_a_province_office_does_not_flip_a_written_country(nlp) -> None:
    # the office's province is a weak clue: a country the lead writes where the event is still wins
    text = ("A suicide bomber killed 12 people at a market in Afghanistan's Nangarhar province on Friday. "
            "Punjab police said they had raised security across the border after the blast.")
    assert country(text, nlp) == "Afghanistan"


def test_a_facility_town_keeps_its_namesake_when_the_sentence_names_no_province(nlp) -> None:
    assert country("Gunmen stormed the Victoria Hotel in Seychelles, killing two guards.", nlp) == "Seychelles"


def test_an_office_written_before_its_seat_is_one_too(nlp) -> None:
    assert country("A gunman killed three people at a bar in Salem on Saturday, police in Florida said.", nlp) \
        == "United States"


def test_a_capital_stays_where_it_is_whatever_office_speaks(nlp) -> None:
    # a capital that is the biggest town of its name keeps its country beside another country's provincial office
    assert country("A bomb killed three people in Kathmandu on Sunday, police in Punjab said.", nlp) == "Nepal"


def test_a_country_s_name_is_no_bare_province() -> None:
    assert countries.bare_province_votes("Georgia") == {}  # the country, as the place table reads it


def test_a_shared_province_office_leaves_its_town_in_the_namesake_province_it_lies_in(nlp) -> None:
    # Punjab's office leans to Pakistan by size, but Ludhiana lies in India's Punjab, which the sentence names
    assert country("Gunmen shot dead two men in Ludhiana on Sunday, Punjab police said.", nlp) == "India"


def test_a_unit_of_a_province_is_in_that_province(nlp) -> None:
    # Logo is a hamlet of Ivory Coast to the gazetteer; the text puts its council in Nigeria's Benue State
    text = "Ten people were killed in Tse-Agbo village in Logo Local Council of Benue State by suspected herdsmen."
    assert country(text, nlp) == "Nigeria"
    doc = nlp(text)
    found = countries.clues(text, countries.places.find(text, 0, len(text), doc), doc)
    assert {c.country for c in found if c.why in ("town", "province")} == {"Nigeria"}


def test_a_name_of_the_bank_of_kind_still_counts_little() -> None:
    assert countries._weight_at("The Bank of Ghana", len("The Bank of ")) == countries.NAMED * countries.NAME_PART
    assert countries._weight_at("Logo Local Council of Benue", len("Logo Local Council of ")) == countries.NAMED
