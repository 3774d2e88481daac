""""<Country>'s <Name>" where Name is a first-level unit of that country and no town of it bears the name is the
province ("Colombia's Santander", "Iraq's Anbar"), not a small namesake town of another province; a province
whose capital shares its name ("Syria's Idlib") keeps the town reading."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text,admin1", [
    ("Security forces killed four rebels in Colombia's Santander on Friday.", "Santander"),
    ("Security forces killed four rebels in Venezuela's Bolívar on Friday.", "Bolívar"),
])
def test_a_countrys_province_named_with_the_country_is_the_province(text: str, admin1: str) -> None:
    assert where(text)[1:] == (admin1, None)


def test_a_province_and_its_capital_of_one_name_stay_the_town() -> None:
    assert where("Security forces killed four rebels in Syria's Idlib on Friday.")[1:] == ("Idlib", "Idlib")
