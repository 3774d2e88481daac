"""A first-level unit whose GeoNames name is a plain adjective alone ("Free" of the Free State) is named by its
other name that goes on from it (geonames._whole_name). Sentences written for these tests."""
from __future__ import annotations

from tests.place_cases import where
from worker.extract import geonames


def test_the_free_state_keeps_its_whole_name() -> None:
    assert where("Gunmen shot dead two farmers near Welkom, Free State, on Saturday, South African police said.") \
        == ("South Africa", "Free State", "Welkom")


def test_a_compass_name_stays_as_geonames_gives_it() -> None:
    assert "Eastern" in {s.name for s in geonames.index().subdivisions_named("Eastern Province", level=1)
                         if s.country == "Zambia"}
