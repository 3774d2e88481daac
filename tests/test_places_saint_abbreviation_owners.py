"""An abbreviated saint's name ("St Mary", "St. Andrew", "St Paul") stays with the unit or town that is already
spelled so, and is no unit's when several countries have a unit of that saint (gazetteer._saint_taken). Fresh
sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.place_cases import where
from worker.extract.gazetteer import places


@pytest.mark.parametrize("key, country", [("st mary", "Jersey"), ("st saviour", "Jersey"), ("st. andrew", "Guernsey")])
def test_unit_spelled_so_keeps_its_spelling(key: str, country: str) -> None:
    assert places()[key].country == country


@pytest.mark.parametrize("text, country", [
    ("Gunmen shot dead two shopkeepers in St Paul on Monday, police said.", "Antigua and Barbuda"),
    ("A taxi driver was stabbed to death in St Thomas on Monday, police said.", "Barbados"),
])
def test_dotless_spelling_of_a_town_is_no_island_parish(text: str, country: str) -> None:
    assert where(text)[0] != country


def test_shared_saint_parish_keeps_its_country_reading() -> None:
    got = where("A bus conductor was shot dead in St Andrew, Jamaica, late on Friday.")
    assert got[0] == "Jamaica" and any(x and "Andrew" in x for x in got[1:])


def test_unique_saint_unit_still_abbreviated() -> None:
    assert where("A fisherman was stabbed to death in St Elizabeth on Sunday, Jamaican police said.")[:2] \
        == ("Jamaica", "Saint Elizabeth")
