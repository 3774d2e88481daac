"""A town's name that begins a street's ("the 4800 block of West Chicago Avenue") names the street, not the town
(West Chicago, Illinois): US crime reports place shootings by "the N block of <street>". The street's type words are
data (data/street_words.csv). Fresh sentences written for these tests."""
from __future__ import annotations

from tests.place_cases import where


def test_a_street_named_after_a_town_is_not_the_town() -> None:
    text = "A man was shot and killed Saturday night in the 4800 block of West Chicago Avenue, police said."
    assert where(text)[2] != "West Chicago"


def test_the_town_after_a_street_named_like_another_stays_the_scene() -> None:
    text = ("A teenager was shot dead in the 2100 block of West Chicago Avenue in Chicago on Sunday night, police "
            "said.")
    assert where(text) == ("United States", "Illinois", "Chicago")


def test_a_road_named_after_its_own_town_keeps_the_town() -> None:
    # no other place: the road runs in the town it is named after (the rule once dropped the country too)
    text = "A bomb exploded on the Karachi Expressway on Tuesday, killing two people, police said."
    assert where(text)[0] == "Pakistan"


def test_a_town_before_a_street_word_in_a_union_name_stays() -> None:
    text = "Gunmen shot dead three officials of the Kano Street Traders Union on Tuesday, police said."
    assert where(text)[0] == "Nigeria"


def test_a_street_name_ner_gives_is_no_town() -> None:
    text = "Gunmen killed four people on Kano Road in Zaria on Tuesday, police said."
    assert where(text) == ("Nigeria", "Kaduna", "Zaria")


def test_a_street_named_after_a_town_of_another_province_is_a_landmark() -> None:
    text = "Gunmen shot dead two traders on Thika Road in Nairobi on Tuesday, police said."
    assert where(text) == ("Kenya", "Nairobi", "Nairobi")


def test_a_street_named_after_the_province_s_big_town_keeps_its_state() -> None:
    text = "A gunman killed three people on Lagos Street in Ebute Metta on Tuesday, police said."
    assert where(text)[:2] == ("Nigeria", "Lagos")


def test_a_street_address_keeps_the_province_of_the_street_s_town() -> None:
    # NER's "West Chicago Ave" is no town either
    text = "A woman was shot dead Friday in the 1300 block of West Chicago Ave., police said."
    assert where(text) == ("United States", "Illinois", None)
