""""X town of Y LGA": Y is the unit X lies in, not a place X qualifies ("the Aleppo town of Azaz" names Azaz), so
the town is the site; an "area" of a district stays the district. Fresh sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where


@pytest.mark.parametrize("text, city", [
    ("Gunmen killed three people in Kafanchan town of Jema'a LGA on Sunday.", "Kafanchan"),
    ("Gunmen killed two traders in Zonkwa town of Zangon Kataf Local Government Area on Friday.", "Zonkwa"),
    # no article: the first name is the town, the second its unit (review s17/30)
    ("Bandits killed four farmers in Kankara town of Katsina on Tuesday.", "Kankara"),
    ("Gunmen killed two people in Tsafe town of Zamfara on Friday.", "Tsafe"),
    # the qualifying reading stays: the province names the town after it
    ("Rebels killed nine people in the Aleppo town of Azaz on Monday.", "Azaz"),
    ("A bomb killed four people in the Mir Ali area of North Waziristan district on Friday, police said.",
     "North Waziristan"),
])
def test_town_of_its_unit(text: str, city: str) -> None:
    assert where(text)[2] == city
