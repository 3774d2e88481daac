"""A part of a big town named in an appositive ("Ntinda, a suburb on the eastern outskirts of Kampala", "Eastleigh, a
suburb of Nairobi") is coded as the town, as "the Ikotun area of Lagos" is (the gold's convention for quarters and
suburbs). Fresh sentences written for these tests."""
from __future__ import annotations

from tests.place_cases import where


def test_a_suburb_on_the_outskirts_of_a_capital_is_the_capital() -> None:
    text = ("A bomb exploded at a bar in Ntinda, a suburb on the eastern outskirts of Kampala, on Saturday night, "
            "killing two people, police said.")
    assert where(text)[2] == "Kampala"


def test_a_suburb_of_a_city_is_the_city() -> None:
    text = "Gunmen killed three people in Eastleigh, a suburb of Nairobi, on Friday, police said."
    assert where(text) == ("Kenya", "Nairobi", "Nairobi")
