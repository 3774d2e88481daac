"""A province GeoNames knows is named after the project's town row only when that row is no namesake of towns in
other provinces: Chhattisgarh's Bijapur must not rename Karnataka, Manipur's Bishnupur West Bengal."""
from __future__ import annotations

import pytest

from worker.extract.gazetteer import places
from worker.extract.geonames import fold


@pytest.mark.parametrize("town, province", [("Mysore", "Karnataka"), ("Hubli", "Karnataka"),
                                            ("Kolkata", "West Bengal"), ("Durgapur", "West Bengal")])
def test_a_big_town_keeps_its_own_province(town: str, province: str) -> None:
    found = places().get(town.lower())
    assert found is not None and fold(found.admin1 or "") == fold(province)


def test_a_province_known_through_an_unambiguous_town_keeps_the_projects_name() -> None:
    assert places().get("malmo").admin1 == "Skåne"  # type: ignore[union-attr]
