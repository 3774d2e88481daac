"""A saint's parish named with its country ("St. Mary parish, Jamaica") is that country's unit, not a namesake
parish of another island spelled "St." in GeoNames: the abbreviated spelling is shown by the unit's own name
(gazetteer._saint_spellings). Fresh sentences written for these tests."""
from __future__ import annotations

from tests.place_cases import where


def test_saint_parish_named_with_its_country_stays_there() -> None:
    assert where("A shopkeeper was shot dead in St. Andrew parish, Jamaica, on Tuesday night.")[0] == "Jamaica"
