"""A province the text writes by one of GeoNames' names for it (issue 13): the project's file, which spells some
provinces only through its towns, does not rename another GeoNames unit after them (Lebanon's Nabatieh is no part of
the South), and a name written without its accents ("Al Janub" of "Al Janūb") is reported as written. Fresh
sentences written for this test."""
from __future__ import annotations

import pytest

from tests.place_cases import where
from worker.extract import toponyms
from worker.extract.gazetteer import places


def test_the_project_s_town_rows_do_not_rename_another_geonames_province() -> None:
    nabatieh = places().province("An Nabatiyah")
    assert nabatieh is not None and nabatieh.country == "Lebanon" and nabatieh.name != "South Governorate"


@pytest.mark.parametrize("text, admin1", [
    ("A drone strike killed two men on a motorbike near Tebnine, in An Nabatiyah governorate, on Friday.",
     "An Nabatiyah"),
    ("A drone strike killed two men on a motorbike in Jezzine, Al Janub, on Friday, the army said.", "Al Janub"),
])
def test_a_province_written_by_a_geonames_name_is_reported_as_written(text: str, admin1: str) -> None:
    assert where(text)[1] == admin1


def test_a_project_province_named_by_its_plain_name_keeps_it() -> None:
    text = "A drone strike killed two men on a motorbike in Jezzine in south Lebanon on Friday."
    assert toponyms.as_written("South Governorate", "Lebanon", text) == "South Governorate"
