"""A saint's parish named with its country ("St. Mary parish, Jamaica") is that country's unit, not a namesake
parish of another island spelled "St." in GeoNames: the abbreviated spelling is shown by the unit's own name
(gazetteer._saint_spellings). Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.xfail(reason="held only while Barbados' 'Saint Andrew' took Guernsey's own 'St. Andrew' entry (a "
                          "regression, review s34 04); a parish named with another country is not yet read so "
                          "(review s34 09, as on the base); strict: a fix must turn this into a plain test", strict=True)
def test_saint_parish_named_with_its_country_stays_there() -> None:
    assert where("A shopkeeper was shot dead in St. Andrew parish, Jamaica, on Tuesday night.")[0] == "Jamaica"
