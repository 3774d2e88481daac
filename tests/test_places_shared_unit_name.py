"""A province name that units (or a unit and a country) of several countries bear is the unit of the country the
text's other clues point to: "Punjab" of an Indian story is India's, "Georgia" after an American town the US state.
Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where, where_all
from worker.extract.gazetteer import places
from worker.extract.place_mention import PlaceMention
from worker.extract.scene_choice import localize


@pytest.mark.parametrize("text, country", [
    ("Masked men shot dead two shopkeepers in Punjab on Friday, Indian officials said.", "India"),
    ("Masked men shot dead two shopkeepers in Punjab on Friday, Pakistani officials said.", "Pakistan"),
])
def test_the_bare_name_goes_to_the_country_the_other_clues_name(text: str, country: str) -> None:
    assert where(text)[:2] == (country, "Punjab")


def test_a_second_incident_in_the_bare_province_stays_in_the_story_country() -> None:
    got = where_all("A bomb killed four people at a bus stand in Ludhiana on Friday. "
                    "A second blast killed one man in Punjab on Saturday.")
    assert [g[:2] for g in got] == [("India", "Punjab"), ("India", "Punjab")]


def test_a_country_name_that_is_a_state_of_the_story_country() -> None:
    georgia = places().get("georgia")
    assert georgia is not None and georgia.kind == "country"
    got = localize([PlaceMention(georgia, "Georgia", 30, 37, locative=True)], "United States")
    assert got[0].place is not None and (got[0].place.kind, got[0].place.country) == ("admin1", "United States")


def test_a_country_name_stays_the_country_where_the_story_country_has_no_such_unit() -> None:
    georgia = places().get("georgia")
    got = localize([PlaceMention(georgia, "Georgia", 30, 37, locative=True)], "Russia")
    assert got[0].place == georgia


def test_a_neighbour_country_keeps_its_reading() -> None:
    # Niger is Nigeria's neighbour and the name of one of its states: cross-border news names the country
    got = where_all("Nigerian troops killed 20 bandits in Zamfara on Monday. "
                    "In neighbouring Niger, jihadists killed 12 soldiers on Tuesday.")
    assert [g[:2] for g in got] == [("Nigeria", "Zamfara"), ("Niger", None)]


@pytest.mark.parametrize("text, want", [
    ("Gunmen opened fire on a bus near Ngomedzap in Centre on Monday, killing six passengers, police said.",
     ("Cameroon", "Centre", "Ngomedzap")),
    ("Jihadists killed 12 civilians in Centre-Nord on Sunday.", ("Burkina Faso", "Centre-Nord", None)),
])
def test_a_compass_named_province_is_no_one_country_s_region(text: str, want: tuple) -> None:
    """"Centre" is Burkina Faso's, Cameroon's and Haiti's (no region core: region_cores._POSITION); the town named
    with it tells which; NER's "Centre" of "Centre-Nord" is the hyphened province (whole_names)."""
    assert where(text) == want
