"""A district the text names as the place, with no town the gazetteer knows, is reported in the province that holds
it: GeoNames' second-level units have no parent of their own, the towns listed in them tell it
(district_provinces). Fresh sentences written for this test."""
from __future__ import annotations

import pytest

from tests.place_cases import where
from worker.extract.district_provinces import district_province, spelled_province


def test_a_district_s_province_is_the_one_its_towns_lie_in() -> None:
    assert district_province("Hawija", "Iraq") == "Kirkuk"
    assert district_province("Bokkos", "Nigeria") == "Plateau"


def test_no_province_for_a_name_no_district_of_the_country_bears() -> None:
    assert district_province("Hawija", "Syria") is None
    assert district_province("Qwertyville", "Iraq") is None
    assert district_province("Hawija", None) is None


@pytest.mark.parametrize("text, want", [
    ("A roadside bomb killed four soldiers in Hawija district on Tuesday, Iraqi officials said.",
     ("Iraq", "Kirkuk", "Hawija")),
    ("Clashes between two villages killed three men in Nuh district on Friday, Indian police said.",
     ("India", "Haryana", "Nuh")),
])
def test_a_district_named_alone_is_the_city_in_its_province(text: str, want: tuple[str, str, str]) -> None:
    assert where(text) == want


def test_a_town_spelled_another_way_gives_its_province() -> None:
    assert spelled_province("Bossasso", "Somalia") == "Bari"  # GeoNames' Bosaso
    assert spelled_province("Qwertyville", "Iraq") is None
    assert spelled_province("Bossasso", None) is None


def test_a_town_spelled_another_way_is_reported_as_written_in_its_province() -> None:
    assert where("Gunmen killed three traders in the town of Bossasso on Monday, Somali police said.") == \
        ("Somalia", "Bari", "Bossasso")
    assert where("A roadside bomb killed four soldiers near Bossasso in Puntland on Monday.") == \
        ("Somalia", "Bari", "Bossasso")
