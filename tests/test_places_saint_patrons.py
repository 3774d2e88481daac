"""A saint's name owning an institution ("St. Mary's Medical Center", "St. Vincent's Hospital") is no town, though
the gazetteer knows a town of the bare name (Mary, Turkmenistan), nor is the whole care centre's name NER gives as
a place: the dateline's town stays the scene. A unit or town named after a saint ("St. Mary's County", "St. Louis")
keeps its name. Fresh sentences written for these tests."""
from __future__ import annotations

from tests.place_cases import where


def test_a_saints_medical_center_does_not_replace_the_dateline_town() -> None:
    text = ("LEWISTON, Maine (AP) — A gunman opened fire inside a bar on Saturday night, killing two people, "
            "authorities said. One of the wounded was in critical condition at St. Mary's Medical Center.")
    assert where(text) == ("United States", "Maine", "Lewiston")


def test_a_care_centre_named_after_a_saint_is_no_town_but_a_county_is() -> None:
    text = ("ROCHESTER, N.Y. (AP) — A gunman shot four people at a party on Saturday, killing one, police said. Two "
            "of the wounded were treated at St. Mary's Medical Center.")
    assert where(text) == ("United States", "New York", "Rochester")
    county = "Gunmen killed two people in St. Mary's County, Maryland, on Friday, police said."
    assert where(county) == ("United States", "Maryland", "St. Mary's County")
    assert where("A gunman killed two people in St. Louis on Friday, police said.")[2] == "St. Louis"


def test_a_saint_s_hospital_with_a_lower_case_kind_is_no_town() -> None:
    # NER's "St. Mary's" before a lower-case "hospital" is a hospital, not a town
    text = ("MADISON, Wis. (AP) — A gunman killed two people outside a bar on Sunday. The wounded were treated at "
            "St. Mary's hospital.")
    assert where(text)[2] == "Madison"
