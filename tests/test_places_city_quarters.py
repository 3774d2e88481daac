"""A city roundup names the city's quarters ("in Englewood on the South Side", "the Roseland neighborhood", "Little
Village") and the gazetteer has namesake towns of them elsewhere (Austin, Texas; Roseland, California): the quarter
is the city the page is about, each quarter's shooting still its own incident. Fresh texts written for these tests
(real places, invented events)."""
from __future__ import annotations

import pytest

from tests.place_cases import nlp, where, where_all
from worker.extract import city_quarters, extract_incidents

_ROUNDUP = (
    "Two people were killed and four others wounded in shootings across Chicago over the weekend, police said.\n\n"
    "Early Saturday, a 33-year-old man was found shot to death in a parked van in the 4800 block of West Kinzie "
    "Street in Austin on the West Side, police said. He died at the scene.\n\n"
    "The first shooting of the weekend happened Friday about 9 p.m. in Little Village, where two men were wounded "
    "when someone fired from a passing car in the 2700 block of South Pulaski Road. Both were expected to survive.\n\n"
    "No one was in custody.")


def test_a_quarter_on_a_side_of_the_city_is_the_city() -> None:
    found = where_all(_ROUNDUP)
    assert ("United States", "Texas", "Austin") not in found
    assert found and all(w == ("United States", "Illinois", "Chicago") for w in found)


def test_each_quarter_of_a_roundup_keeps_its_own_incident() -> None:
    found = extract_incidents(_ROUNDUP, nlp()(_ROUNDUP), "2031-05-05")
    assert len(found) >= 2
    assert {(i.date, i.city) for i in found[1:]} >= {("2031-05-02", "Chicago")}
    assert all(i.city not in ("Little", "Austin") for i in found)


def test_a_neighborhood_with_a_namesake_town_is_the_city() -> None:
    text = "A man was killed in a shooting in the Roseland neighborhood on Chicago's Far South Side on Monday, police said."
    assert where(text) == ("United States", "Illinois", "Chicago")


@pytest.mark.parametrize("text, want", [
    # a town the text places by its own state stays itself
    ("Gunmen killed four people in Austin, Texas, on Saturday night, police said.", ("United States", "Texas", "Austin")),
    ("A man was shot dead in Englewood, Colorado, on Sunday, police said.",
     ("United States", "Colorado", "Englewood")),
])
def test_a_town_placed_by_its_state_stays(text: str, want: tuple[str, str, str]) -> None:
    assert where(text) == want


def test_one_neighbourhood_told_with_its_city_stays_one_incident() -> None:
    text = ("A rocket fired by Houthi rebels struck a residential area in the city of Marib on Monday, killing six "
            "civilians, officials said.\n\nThe rocket hit the al-Rawdha neighbourhood in the evening, destroying three "
            "houses. Another 14 people were wounded.")
    found = where_all(text)
    assert len(found) == 1 and found[0][2] == "Marib"


@pytest.mark.parametrize("name, side", [("South Side", True), ("Far North Side", True), ("Northwest Side", True),
                                        ("South Sudan", False), ("Westside", False)])
def test_is_side(name: str, side: bool) -> None:
    assert city_quarters.is_side(name) is side
